import { describe, expect, it } from 'vitest';
import { applyFieldMask, parseFieldMask } from './field-mask.ts';
import { googleSeedSchema } from './seed-schema.ts';

const sheet = {
  spreadsheetId: 's',
  timeZone: 'Europe/Berlin',
  sheets: [{ title: 'Sheet1', values: [['a']] }],
};
const form = { formId: 'f', info: { title: 'F' } };

describe('googleSeedSchema', () => {
  it('accepts a minimal seed and ignores the Notion keys beside it', () => {
    expect(googleSeedSchema.safeParse({ notion: {}, sheets: [sheet], forms: [form] })).toMatchObject({
      success: true,
    });
  });

  it.each([
    [
      'a formula cell',
      { sheets: [{ ...sheet, sheets: [{ title: 'S', values: [['ok', '=1+1']] }] }] },
      'sheets.0.sheets.0.values.0.1',
    ],
    ['an unknown time zone', { sheets: [{ ...sheet, timeZone: 'Mars/Olympus' }] }, 'sheets.0.timeZone'],
    [
      'duplicate sheet titles',
      { sheets: [{ ...sheet, sheets: [{ title: 'A' }, { title: 'a' }] }] },
      'sheets.0.sheets.1.title',
    ],
    [
      'values wider than the grid',
      {
        sheets: [
          { ...sheet, sheets: [{ title: 'A', gridProperties: { columnCount: 1 }, values: [['a', 'b']] }] },
        ],
      },
      'sheets.0.sheets.0.values',
    ],
    ['a locale other than en_US', { sheets: [{ ...sheet, locale: 'de_DE' }] }, 'sheets.0.locale'],
    ['an unknown key', { sheets: [{ ...sheet, colour: 'red' }] }, 'sheets.0'],
    [
      'a scale of 1..11',
      {
        forms: [
          { ...form, items: [{ questionItem: { question: { scaleQuestion: { low: 1, high: 11 } } } }] },
        ],
      },
      'forms.0.items.0.questionItem.question.scaleQuestion.high',
    ],
    [
      'an item with two kinds',
      { forms: [{ ...form, items: [{ textItem: {}, pageBreakItem: {} }] }] },
      'forms.0.items.0',
    ],
    [
      'an answer to an unknown question',
      {
        forms: [
          {
            ...form,
            responses: [
              { createTime: '2026-11-20T10:00:00Z', answers: { deadbeef: { textAnswers: { answers: [] } } } },
            ],
          },
        ],
      },
      'forms.0.responses.0.answers.deadbeef',
    ],
    [
      'a createTime with an offset',
      { forms: [{ ...form, responses: [{ createTime: '2026-11-20T10:00:00+01:00' }] }] },
      'forms.0.responses.0.createTime',
    ],
    ['duplicate form ids', { forms: [form, form] }, 'forms.1.formId'],
  ])('refuses %s at its path', (_label, seed, path) => {
    const result = googleSeedSchema.safeParse(seed);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('fields masks', () => {
  const body = { a: { b: 1, c: 2 }, list: [{ x: 1, y: 2 }, { x: 3 }], z: 0 };
  it.each([
    ['a.b', { a: { b: 1 } }],
    ['a.b,z', { a: { b: 1 }, z: 0 }],
    ['list(x)', { list: [{ x: 1 }, { x: 3 }] }],
    ['list/y,a(c)', { list: [{ y: 2 }, {}], a: { c: 2 } }],
    ['*', body],
    ['missing', {}],
  ])('%s', (mask, expected) => {
    expect(applyFieldMask(body, parseFieldMask(mask))).toEqual(expected);
  });

  it.each(['a(', 'a..b', ',', 'a)'])('refuses %s', (mask) => {
    expect(() => parseFieldMask(mask)).toThrow('Invalid field selection');
  });
});
