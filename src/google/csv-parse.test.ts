import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConfigError } from '../errors.ts';
import { parseCsv, parseCsvRecords } from './csv-parse.ts';

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    ['empty text', '', []],
    ['one field', 'a', [['a']]],
    ['a trailing LF adds no record', 'a,b\n', [['a', 'b']]],
    ['a trailing CRLF adds no record', 'a,b\r\n', [['a', 'b']]],
    [
      'CRLF records',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'LF records',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a lone CR ends a record', 'a\rb', [['a'], ['b']]],
    ['a UTF-8 BOM is dropped', '\uFEFF"Timestamp",x\n', [['Timestamp', 'x']]],
    ['a BOM in the middle is data', 'a,\uFEFFb', [['a', '\uFEFFb']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['a trailing comma gives an empty last field', 'a,\n', [['a', '']]],
    ['a blank line is a record with one empty field', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['a quoted empty field', '""', [['']]],
    ['quoted fields', '"a","b c"', [['a', 'b c']]],
    ['a comma inside quotes', '"Smith, Jane",1', [['Smith, Jane', '1']]],
    ['doubled quotes', '"She said ""ship it""",x', [['She said "ship it"', 'x']]],
    ['only a doubled quote', '""""', [['"']]],
    ['LF inside quotes', '"line 1\nline 2",x\ny', [['line 1\nline 2', 'x'], ['y']]],
    ['CRLF inside quotes is kept verbatim', '"a\r\nb"\r\nc', [['a\r\nb'], ['c']]],
    ['a leading = stays text', '"=SUM(A1:A3)",=1+1', [['=SUM(A1:A3)', '=1+1']]],
    ['spaces around fields are kept', ' a , b ', [[' a ', ' b ']]],
    ['a stray quote in an unquoted field is literal', 'ab"c,d', [['ab"c', 'd']]],
    ['text after a closing quote is kept', '"ab"c,d', [['abc', 'd']]],
    ['ragged rows are not padded', 'a,b,c\nd\n', [['a', 'b', 'c'], ['d']]],
    ['unicode', '"Zoë ✓","日本"', [['Zoë ✓', '日本']]],
  ])('%s', (_name, input, expected) => {
    expect(parseCsv(input)).toEqual(expected);
  });

  it('rejects a quote that is never closed, naming the line it opens on', () => {
    expect(() => parseCsv('a,b\nc,"open\nstill open')).toThrow(ConfigError);
    expect(() => parseCsv('a,b\nc,"open\nstill open')).toThrow(/line 2/);
  });

  it('reads back whatever an RFC 4180 writer produced', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', '=', 'é') });
    const record = fc.array(field, { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), fc.boolean(), (rows, crlf) => {
        const text = rows
          .map((row) => row.map((value) => `"${value.replaceAll('"', '""')}"`).join(','))
          .join(crlf ? '\r\n' : '\n');
        expect(parseCsv(text)).toEqual(rows);
      }),
    );
  });
});

describe('parseCsvRecords', () => {
  it('gives the line each record starts on, counting line breaks inside quotes', () => {
    const text = 'h1,h2\r\n"multi\nline\ncomment",1\r\n\r\nlast,2\r\n';
    expect(parseCsvRecords(text)).toEqual([
      { fields: ['h1', 'h2'], line: 1 },
      { fields: ['multi\nline\ncomment', '1'], line: 2 },
      { fields: [''], line: 5 },
      { fields: ['last', '2'], line: 6 },
    ]);
  });
});
