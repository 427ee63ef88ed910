import { DateTime } from 'luxon';
import type { EpochMillis } from '../core/domain.ts';
import { NO_COMMENTS } from '../core/validation/text.ts';
import type { RawResponse } from '../core/validation/types.ts';
import type { FormResponse } from './api-values.ts';
import type { FormColumns } from './form-questions.ts';
import type { ColumnMap } from './response-mapping.ts';

// A Forms API response straight to a RawResponse. The column map built from the form's question titles
// (the same one the CSV and sheet sources use, so the same config matches all three) is turned into
// question ids once; each response is then read by id, and its time is already an instant.

/** Where each response field is found in a Forms API response: a question id, or the response's metadata. */
export interface FormFieldMap {
  /** Whether the email is the one the form collected (response metadata) rather than a question's answer. */
  emailCollected: boolean;
  respondentEmail: string | null;
  reviewee: string | null;
  relationship: string | null;
  cycle: string | null;
  comment: string | null;
  ratings: Record<string, string | null>;
  comments: Record<string, string | null>;
  /** Every question of the form, so a response that answers none of them is known to be blank. */
  questionIds: readonly string[];
  /** Zone for a time written without an offset; the API always writes one. */
  timeZone: string;
}

/** Translates column positions (timestamp, email when collected, then questions) into question ids. */
export function formFieldMap(columns: FormColumns, map: ColumnMap): FormFieldMap {
  const metaColumns = columns.emailColumn ? 2 : 1;
  const question = (index: number | null): string | null =>
    index === null || index < metaColumns ? null : (columns.questionIds[index - metaColumns] ?? null);
  const byCode = (indexes: Record<string, number>) =>
    Object.fromEntries(Object.entries(indexes).map(([code, index]) => [code, question(index)]));
  return {
    // Not when config says the source collects no email: the mapping then has no email column.
    emailCollected: columns.emailColumn && map.respondentEmail !== null,
    respondentEmail: question(map.respondentEmail),
    reviewee: question(map.reviewee),
    relationship: question(map.relationship),
    cycle: question(map.cycle),
    comment: question(map.comment),
    ratings: byCode(map.ratings),
    comments: byCode(map.comments),
    questionIds: columns.questionIds,
    timeZone: map.timeZone,
  };
}

/**
 * The answer text, trimmed; several answers to one question (checkboxes) are joined with ";" as the CSV
 * export joins them. Null when the question was not answered.
 */
function answerText(response: FormResponse, questionId: string | null): string | null {
  if (questionId === null) return null;
  const answers = response.answers?.[questionId]?.textAnswers?.answers ?? [];
  const values = answers.map((answer) => answer.value ?? '').filter((value) => value !== '');
  const text = values.join(';').trim();
  return text === '' ? null : text;
}

/**
 * `lastSubmittedTime`, so an edited response counts from its last edit, cut to whole seconds as the CSV
 * export and the response sheet show it, so the same answer read from any source compares equal.
 */
function submittedAt(response: FormResponse, timeZone: string): EpochMillis | null {
  const text = (response.lastSubmittedTime ?? response.createTime ?? '').trim();
  if (text === '') return null;
  const instant = DateTime.fromISO(text, { zone: timeZone });
  return instant.isValid ? instant.startOf('second').toMillis() : null;
}

/**
 * One response as a RawResponse, or null when it carries nothing at all (no time, no email, no answer).
 * Answers are kept as text and never interpreted: checking them is the core's job.
 */
export function mapFormResponse(
  response: FormResponse,
  fields: FormFieldMap,
  sourceName: string,
): RawResponse | null {
  const email = fields.emailCollected
    ? (response.respondentEmail ?? '').trim() || null
    : answerText(response, fields.respondentEmail);
  const time = submittedAt(response, fields.timeZone);
  const timeText = (response.lastSubmittedTime ?? response.createTime ?? '').trim();
  const answered = fields.questionIds.some((id) => answerText(response, id) !== null);
  if (timeText === '' && email === null && !answered) return null;

  const ratings: Record<string, string | null> = {};
  for (const [code, id] of Object.entries(fields.ratings)) ratings[code] = answerText(response, id);
  let comments: Record<string, string> | null = null;
  for (const [code, id] of Object.entries(fields.comments)) {
    const text = answerText(response, id);
    if (text !== null) (comments ??= {})[code] = text;
  }
  const overall = answerText(response, fields.comment);
  if (overall !== null) (comments ??= {}).overall = overall;
  return {
    source: sourceName,
    ref: response.responseId ?? '',
    submittedAt: time,
    respondentEmail: email,
    reviewee: answerText(response, fields.reviewee) ?? '',
    relationship: answerText(response, fields.relationship) ?? '',
    cycle: answerText(response, fields.cycle),
    ratings,
    comments: comments ?? NO_COMMENTS,
  };
}
