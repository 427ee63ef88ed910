import { DateTime } from 'luxon';
import type { RawResponse } from '../../src/core/validation/types.ts';
import type { FormItemSeed, FormSeed } from '../../src/sandbox/google/forms-seed-schema.ts';
import type { SheetSeed } from '../../src/sandbox/google/sheets-seed-schema.ts';
import type { SeedCell } from '../../src/sandbox/google/cell-value.ts';
import { FORM_ITEMS, HEADERS, QUESTION_IDS, type FixtureAnswer } from '../fixtures/google-responses.ts';

// The fixture answers written out the three ways Google hands them over, and what each source should read
// back from them.

const ratingCells = (a: FixtureAnswer) => [a.ratings.CQ, a.ratings.SD, a.ratings.COL];

/** The linked response sheet: wall-clock times in the sheet's zone, typed as Sheets shows them. */
export function sheetSeedFor(
  answers: FixtureAnswer[],
  options: { spreadsheetId?: string; timeZone?: string; title?: string } = {},
): SheetSeed {
  const zone = options.timeZone ?? 'Europe/Berlin';
  const rows: SeedCell[][] = answers.map((a) => [
    DateTime.fromISO(a.at, { zone }).toFormat('M/d/yyyy H:mm:ss'),
    a.email,
    a.reviewee,
    a.relationship,
    ...ratingCells(a).map((r) => r ?? ''),
    // A leading = would be a formula when typed; the form's sheet stores it as text, as an apostrophe does.
    a.comment === undefined ? '' : a.comment.startsWith('=') ? `'${a.comment}` : a.comment,
  ]);
  return {
    spreadsheetId: options.spreadsheetId ?? 'sheet-fixture-0001',
    timeZone: zone,
    sheets: [{ title: options.title ?? 'Form Responses 1', values: [HEADERS, ...rows] }],
  };
}

/** The form: emails collected, answers keyed by question id, API times with microseconds. */
export function formSeedFor(
  answers: FixtureAnswer[],
  options: { formId?: string; items?: FormItemSeed[] } = {},
): FormSeed {
  const micro = (iso: string) => iso.replace('Z', '.123456Z');
  return {
    formId: options.formId ?? 'form-fixture-0001',
    info: { title: '360 feedback 2026-H2' },
    settings: { emailCollectionType: 'VERIFIED' },
    items: options.items ?? FORM_ITEMS,
    responses: answers.map((a) => {
      const values: [string, string | null | undefined][] = [
        [QUESTION_IDS.reviewee, a.reviewee],
        [QUESTION_IDS.relationship, a.relationship],
        [QUESTION_IDS.CQ, a.ratings.CQ],
        [QUESTION_IDS.SD, a.ratings.SD],
        [QUESTION_IDS.COL, a.ratings.COL],
        [QUESTION_IDS.comment, a.comment],
      ];
      const answered = values.filter((entry): entry is [string, string] => typeof entry[1] === 'string');
      return {
        responseId: a.id,
        createTime: micro(a.firstAt ?? a.at),
        lastSubmittedTime: micro(a.at),
        respondentEmail: a.email,
        answers: Object.fromEntries(
          answered.map(([id, value]) => [id, { questionId: id, textAnswers: { answers: [{ value }] } }]),
        ),
      };
    }),
  };
}

/** The "Download responses (.csv)" file: times with their offset in the form owner's zone. */
export function csvTextFor(answers: FixtureAnswer[], zone = 'Europe/Berlin'): string {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const lines = answers.map((a) =>
    [
      DateTime.fromISO(a.at, { zone }).toFormat("yyyy/MM/dd h:mm:ss a 'GMT'Z"),
      a.email,
      a.reviewee,
      a.relationship,
      ...ratingCells(a).map((r) => r ?? ''),
      a.comment ?? '',
    ]
      .map(quote)
      .join(','),
  );
  return [HEADERS.map(quote).join(','), ...lines].join('\r\n') + '\r\n';
}

/** What every source should produce for an answer, apart from `source` and `ref`. */
export function expectedResponse(a: FixtureAnswer): Omit<RawResponse, 'source' | 'ref'> {
  const ratings: Record<string, string | null> = { CQ: a.ratings.CQ, SD: a.ratings.SD, COL: a.ratings.COL };
  return {
    submittedAt: DateTime.fromISO(a.at).toMillis(),
    respondentEmail: a.email,
    reviewee: a.reviewee,
    relationship: a.relationship,
    cycle: null,
    ratings,
    comments: a.comment === undefined ? {} : { overall: a.comment },
  };
}
