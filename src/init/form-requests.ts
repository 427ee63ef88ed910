import type { forms_v1 } from '@googleapis/forms';
import {
  sourceSchema,
  type Config,
  type CompetencyConfig,
  type SourceConfig,
} from '../core/config-schema.ts';

// Pure builder for the Google Form `init --with-form` creates. The real API takes only a title on
// `forms.create`; every question is added afterwards in one `forms.batchUpdate`, which applies all or
// nothing. Question titles are exactly the config's field names and competency questions, so `sync`
// maps the form without any edit.

export type FieldMapping = SourceConfig['fields'];

export interface FormPlan {
  /** Sent to `forms.create`: `info.title` (and the Drive file name) only. */
  title: string;
  /** Sent to `forms.batchUpdate` in one call. */
  requests: forms_v1.Schema$Request[];
  /** The field mapping the questions follow, for the config snippet. */
  fields: FieldMapping;
}

/**
 * Question titles follow the first form source in config, else any source (a CSV export or a response
 * sheet uses the same titles), else the defaults, so a form made here matches the config it came from.
 */
export function formFields(config: Config): FieldMapping {
  const source = config.sources.find((s) => s.type === 'form') ?? config.sources[0];
  return source?.fields ?? sourceSchema.parse({ type: 'form', form: '-' }).fields;
}

/** The N/A choice must be one the validator reads as N/A; "N/A" when configured, else the first value. */
export function naOption(config: Config): string | undefined {
  const values = config.scale.naValues;
  return values.includes('N/A') ? 'N/A' : values[0];
}

/** One rubric line per level, numbered from `scale.min`, so raters see what each number means. */
export function rubricDescription(competency: CompetencyConfig, config: Config): string {
  return competency.rubric.map((text, i) => `${config.scale.min + i}: ${text}`).join('\n');
}

const text = (title: string, required: boolean, paragraph = false): forms_v1.Schema$Item => ({
  title,
  questionItem: { question: { required, textQuestion: paragraph ? { paragraph: true } : {} } },
});

const radio = (
  title: string,
  values: readonly string[],
  required: boolean,
  description?: string,
): forms_v1.Schema$Item => ({
  title,
  ...(description === undefined ? {} : { description }),
  questionItem: {
    question: { required, choiceQuestion: { type: 'RADIO', options: values.map((value) => ({ value })) } },
  },
});

function scaleValues(config: Config): string[] {
  const values: string[] = [];
  for (let n = config.scale.min; n <= config.scale.max; n += 1) values.push(String(n));
  return values;
}

/** Items in form order: who, relationship, optional cycle, one rating (and comment) per code, comment. */
export function formItems(config: Config, fields: FieldMapping = formFields(config)): forms_v1.Schema$Item[] {
  const na = naOption(config);
  // A rating is required only when it can be declined: without an N/A choice, a peer who cannot judge
  // a code would be stuck.
  const ratings = [...scaleValues(config), ...(na === undefined ? [] : [na])];
  const items: forms_v1.Schema$Item[] = [
    text(fields.reviewee, true),
    radio(fields.relationship, Object.keys(config.raters.relationships), true),
  ];
  if (fields.cycle !== undefined) {
    items.push(
      radio(
        fields.cycle,
        config.cycles.map((c) => c.name),
        true,
      ),
    );
  }
  for (const competency of config.framework.competencies) {
    items.push(radio(competency.question, ratings, na !== undefined, rubricDescription(competency, config)));
    if (competency.commentQuestion !== undefined) items.push(text(competency.commentQuestion, false, true));
  }
  if (fields.comment !== undefined) items.push(text(fields.comment, false, true));
  return items;
}

/**
 * `forms.create` + one `forms.batchUpdate`. Verified email collection comes first: the validator needs
 * the respondent's address to check Manager answers and to keep only a rater's latest answer.
 */
export function formRequests(config: Config): FormPlan {
  const fields = formFields(config);
  const requests: forms_v1.Schema$Request[] = [
    {
      updateSettings: {
        settings: { emailCollectionType: 'VERIFIED' },
        updateMask: 'emailCollectionType',
      },
    },
    ...formItems(config, fields).map((item, index) => ({ createItem: { item, location: { index } } })),
  ];
  return { title: `${config.framework.name}: 360° feedback`, requests, fields };
}
