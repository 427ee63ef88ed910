import type { Config, SourceConfig } from '../core/config-schema.ts';
import { ConfigError } from '../errors.ts';
import type { FormResource } from './api-values.ts';
import { normaliseHeader } from './response-mapping.ts';

// A form's questions as column headers. Titles follow the CSV export: a question's title, and for a grid
// `Grid title [Row title]` per row, so one config matches the export, the response sheet and the API.

type FormSourceConfig = Extract<SourceConfig, { type: 'form' }>;

/** Headers in row order: timestamp, then (when it is metadata) email, then one per question. */
export interface FormColumns {
  headers: string[];
  /** Question id of each question column, in the order after the metadata columns. */
  questionIds: string[];
  /** Whether column 2 is the collected respondent email rather than a question. */
  emailColumn: boolean;
  /** Scale bounds by normalised title, for the scale check. */
  scales: Map<string, { low: number; high: number }>;
}

export function formColumns(form: FormResource, source: FormSourceConfig): FormColumns {
  const titles: string[] = [];
  const questionIds: string[] = [];
  const scales = new Map<string, { low: number; high: number }>();
  for (const item of form.items ?? []) {
    const question = item.questionItem?.question;
    if (question?.questionId) {
      titles.push(item.title ?? '');
      questionIds.push(question.questionId);
      const scale = question.scaleQuestion;
      // proto3 omits a zero: a scale without `low` starts at 0.
      if (scale)
        scales.set(normaliseHeader(item.title ?? ''), { low: scale.low ?? 0, high: scale.high ?? 0 });
    }
    for (const row of item.questionGroupItem?.questions ?? []) {
      if (!row.questionId) continue;
      titles.push(`${item.title ?? ''} [${row.rowQuestion?.title ?? ''}]`);
      questionIds.push(row.questionId);
    }
  }
  // A form that collects emails has no email question; a form that asks for it as a question uses that.
  // A source configured to collect no email (null) keeps the column's place, with a header nothing maps.
  const emailTitle = source.fields.respondentEmail ?? '';
  const emailIsQuestion =
    emailTitle !== '' && titles.some((title) => normaliseHeader(title) === normaliseHeader(emailTitle));
  const meta = [source.fields.timestamp, ...(emailIsQuestion ? [] : [emailTitle])];
  return { headers: [...meta, ...titles], questionIds, emailColumn: !emailIsQuestion, scales };
}

/**
 * Every configured question must be in the form, and every rating question that is a linear scale must
 * span the config's scale. Both are config errors naming the question, since a renamed question or a
 * 1–10 scale would otherwise silently drop or misread every answer.
 */
export function checkFormQuestions(
  form: FormResource,
  columns: FormColumns,
  source: FormSourceConfig,
  config: Config,
  name: string,
): void {
  const present = new Set(columns.headers.slice(columns.emailColumn ? 2 : 1).map(normaliseHeader));
  const wanted = [
    { title: source.fields.reviewee, what: 'reviewee' },
    { title: source.fields.relationship, what: 'relationship' },
    ...config.framework.competencies.map((c) => ({ title: c.question, what: `rating for ${c.code}` })),
  ];
  const missing = wanted.filter((question) => !present.has(normaliseHeader(question.title)));
  const found = columns.headers.slice(columns.emailColumn ? 2 : 1).map((title) => `"${title}"`);
  if (missing.length > 0) {
    const names = missing.map((question) => `"${question.title}" (${question.what})`).join(', ');
    throw new ConfigError(
      `${name}: the form "${form.info?.title ?? ''}" has no question ${names}. Questions found: ${found.join(', ') || '(none)'}`,
      {
        details: [
          'Was the question renamed in the form? Titles are matched ignoring case and extra spaces.',
          "Set the source's `fields` or the competency's `question` to the title exactly as the form shows it.",
        ],
      },
    );
  }
  for (const competency of config.framework.competencies) {
    const scale = columns.scales.get(normaliseHeader(competency.question));
    if (!scale || (scale.low === config.scale.min && scale.high === config.scale.max)) continue;
    throw new ConfigError(
      `${name}: the question "${competency.question}" is a scale from ${scale.low} to ${scale.high}, but the config's scale is ${config.scale.min} to ${config.scale.max}`,
      { details: ["Change the question's scale in the form, or `scale.min`/`scale.max` in config."] },
    );
  }
}
