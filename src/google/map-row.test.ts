import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../core/config-schema.ts';
import type { RawResponse } from '../core/validation/types.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { buildColumnMap, mapRow, type Cell, type ColumnMap } from './response-mapping.ts';

const HEADERS = [
  'Timestamp',
  'Email Address',
  'Who are you reviewing?',
  'Your relationship to them',
  'Code quality [CQ]',
  'System design [SD]',
  'Collaboration [COL]',
];
const source = sourceSchema.parse({ type: 'csv', path: 'responses.csv' });

describe('mapRow', () => {
  const map: ColumnMap = {
    ...buildColumnMap(HEADERS, source, makeConfig()),
    comment: 7,
    comments: { SD: 8 },
  };
  const base: RawResponse = {
    source: 'csv:responses.csv',
    ref: 'line 2',
    submittedAt: Date.parse('2026-11-20T09:15:04+01:00'),
    respondentEmail: 'ana@example.com',
    reviewee: 'ben@example.com',
    relationship: 'Backend peer',
    cycle: null,
    ratings: { CQ: '4', SD: 'N/A', COL: '5' },
    comments: { overall: 'Great, "really"\n=SUM(A1)', SD: 'Ask more questions' },
  };
  const full: Cell[] = [
    '2026/11/20 9:15:04 AM GMT+1',
    ' ana@example.com ',
    'ben@example.com',
    'Backend peer',
    '4',
    'N/A',
    '5',
    'Great, "really"\n=SUM(A1)',
    'Ask more questions',
  ];

  it.each<[string, Cell[], RawResponse | null]>([
    ['a full row', full, base],
    ['a blank row', ['', '', ''], null],
    ['a row of whitespace', [' ', '\t', ''], null],
    ['an empty row', [], null],
    [
      'a short row keeps what it has',
      full.slice(0, 5),
      { ...base, ratings: { CQ: '4', SD: null, COL: null }, comments: {} },
    ],
    ['a long row ignores the extra cells', [...full, 'extra', 'more'], base],
    [
      'a half-empty row',
      ['', '', 'ben@example.com', '', '', '3', ''],
      {
        ...base,
        submittedAt: null,
        respondentEmail: null,
        relationship: '',
        ratings: { CQ: null, SD: '3', COL: null },
        comments: {},
      },
    ],
    [
      'numbers from a sheet stay numbers; a serial timestamp is converted',
      [46346.5, null, 'ben@example.com', 'Backend peer', 4, 2, 5],
      {
        ...base,
        submittedAt: Date.parse('2026-11-20T12:00:00+01:00'),
        respondentEmail: null,
        ratings: { CQ: 4, SD: 2, COL: 5 },
        comments: {},
      },
    ],
    ['an unreadable timestamp is null', ['soon', ...full.slice(1)], { ...base, submittedAt: null }],
    [
      'an off-scale rating stays raw',
      [...full.slice(0, 4), '11', 'great', ...full.slice(6)],
      {
        ...base,
        ratings: { CQ: '11', SD: 'great', COL: '5' },
      },
    ],
  ])('%s', (_name, row, expected) => {
    expect(mapRow(row, map, 'line 2', 'csv:responses.csv')).toEqual(expected);
  });

  it('reads the cycle column when mapped', () => {
    const withCycle = { ...map, cycle: 9 };
    expect(mapRow([...full, '2026-H2'], withCycle, 'row 3', 's')?.cycle).toEqual('2026-H2');
  });
});
