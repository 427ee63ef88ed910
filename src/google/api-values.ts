import { z } from 'zod';
import { GoogleApiError } from '../errors.ts';

// Zod schemas for the Sheets and Forms responses the tool reads, applied as each response arrives. Each
// lists only the fields used, so a response that grows new fields never breaks a run; one of the wrong
// shape (a proxy's error page, a changed API) stops the read with a GoogleApiError naming the request,
// rather than passing wrong values on to the column mapping.

const text = z.string().nullish();

/** `spreadsheets.get` with `fields=properties.timeZone,sheets.properties.title`. */
export const spreadsheetMeta = z.object({
  properties: z.object({ timeZone: text }).nullish(),
  sheets: z.array(z.object({ properties: z.object({ title: text }).nullish() })).nullish(),
});
export type SpreadsheetMeta = z.output<typeof spreadsheetMeta>;

/** An unformatted cell: text, a number (serial dates included) or a boolean; Google omits empty ones. */
export const sheetValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type SheetValue = z.output<typeof sheetValue>;

/** `spreadsheets.values.get` with `majorDimension=ROWS`; a tab with no values has no `values` at all. */
export const valueRange = z.object({ values: z.array(z.array(sheetValue)).nullish() });

const questionId = z.object({ questionId: text });

/** `forms.get`: the questions' ids and titles, grid rows, and linear scales' bounds. */
export const formResource = z.object({
  info: z.object({ title: text }).nullish(),
  items: z
    .array(
      z.object({
        title: text,
        questionItem: z
          .object({
            question: questionId
              .extend({
                scaleQuestion: z.object({ low: z.number().nullish(), high: z.number().nullish() }).nullish(),
              })
              .nullish(),
          })
          .nullish(),
        questionGroupItem: z
          .object({
            questions: z
              .array(questionId.extend({ rowQuestion: z.object({ title: text }).nullish() }))
              .nullish(),
          })
          .nullish(),
      }),
    )
    .nullish(),
});
export type FormResource = z.output<typeof formResource>;

/** One answer's text values: choice, scale and text questions all answer this way. */
const answer = z.object({
  textAnswers: z.object({ answers: z.array(z.object({ value: text })).nullish() }).nullish(),
});

export const formResponse = z.object({
  responseId: text,
  createTime: text,
  lastSubmittedTime: text,
  respondentEmail: text,
  answers: z.record(z.string(), answer).nullish(),
});
export type FormResponse = z.output<typeof formResponse>;

/** One page of `forms.responses.list`. */
export const formResponsePage = z.object({
  responses: z.array(formResponse).nullish(),
  nextPageToken: text,
});

/** Parses a response body at arrival; a mismatch names the request and the first fields that differ. */
export function parseGoogleResponse<S extends z.ZodType>(
  schema: S,
  data: unknown,
  request: string,
  source: string,
): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  throw new GoogleApiError(`${source}: ${request} answered with an unexpected shape`, {
    cause: parsed.error,
    details: [...issues, 'Is GOOGLE_API_ROOT_URL pointing at a proxy that rewrites responses?'],
  });
}
