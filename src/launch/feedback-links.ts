import type { forms_v1 } from '@googleapis/forms';
import type { Config, SourceConfig } from '../core/config-schema.ts';
import { ConfigError } from '../errors.ts';

// Pre-filled form links for a review page. Google's pre-fill format is
// `<responderUri>?usp=pp_url&entry.<N>=<value>`, where N is the question's id (a hex string in the
// Forms API) written in decimal.

type FormSource = Extract<SourceConfig, { type: 'form' }>;

export interface FormLinkTemplate {
  responderUri: string;
  revieweeEntry: string;
  /** The reviewee question's options when it is a choice question; the value must be one of them. */
  revieweeOptions: string[] | null;
  relationshipEntry: string | null;
  /** The relationship answer that means "about myself", when the form offers one. */
  selfAnswer: string | null;
}

/** `entry.N` takes the decimal form of the question's hex id. */
export function entryNumber(questionId: string): string {
  if (!/^[0-9a-f]+$/i.test(questionId)) throw new ConfigError(`form question id "${questionId}" is not hex`);
  return BigInt(`0x${questionId}`).toString(10);
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function findQuestion(form: forms_v1.Schema$Form, title: string) {
  const item = (form.items ?? []).find(
    (i) => i.questionItem?.question?.questionId && normalise(i.title ?? '') === normalise(title),
  );
  return item?.questionItem?.question ?? null;
}

export function linkTemplate(
  form: forms_v1.Schema$Form,
  source: FormSource,
  config: Config,
): FormLinkTemplate {
  if (!form.responderUri) throw new ConfigError(`the form "${form.info?.title ?? ''}" has no responder link`);
  const reviewee = findQuestion(form, source.fields.reviewee);
  if (!reviewee?.questionId) {
    throw new ConfigError(
      `the form "${form.info?.title ?? ''}" has no question "${source.fields.reviewee}"`,
      {
        details: [
          'Feedback links pre-fill that question; set `fields.reviewee` of the form source to its title.',
        ],
      },
    );
  }
  const relationship = findQuestion(form, source.fields.relationship);
  const options = (relationship?.choiceQuestion?.options ?? []).map((o) => o.value ?? '');
  const selfNames = Object.entries(config.raters.relationships)
    .filter(([, role]) => role === 'self')
    .map(([answer]) => answer);
  const selfAnswer =
    options.find((o) => selfNames.some((n) => normalise(n) === normalise(o))) ??
    (relationship && options.length === 0 ? (selfNames[0] ?? null) : null);
  const revieweeOptions = reviewee.choiceQuestion?.options?.map((o) => o.value ?? '') ?? null;
  return {
    responderUri: form.responderUri,
    revieweeEntry: entryNumber(reviewee.questionId),
    revieweeOptions,
    relationshipEntry: relationship?.questionId ? entryNumber(relationship.questionId) : null,
    selfAnswer,
  };
}

/** What to pre-fill for the reviewee: their email, or the option naming them on a choice question. */
function revieweeAnswer(template: FormLinkTemplate, person: { email: string; name: string }): string | null {
  if (template.revieweeOptions === null) return person.email;
  const wanted = [person.email, person.name].map(normalise);
  return template.revieweeOptions.find((o) => wanted.includes(normalise(o))) ?? null;
}

function withParams(base: string, params: [string, string][]): string {
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `${base}${base.includes('?') ? '&' : '?'}usp=pp_url&${query}`;
}

export interface FeedbackLinks {
  feedback: string;
  self: string | null;
}

/** Null when the reviewee cannot be pre-filled (a choice question without an option for them). */
export function feedbackLinks(
  template: FormLinkTemplate,
  person: { email: string; name: string },
): FeedbackLinks | null {
  const answer = revieweeAnswer(template, person);
  if (answer === null) return null;
  const about: [string, string] = [`entry.${template.revieweeEntry}`, answer];
  const self =
    template.relationshipEntry && template.selfAnswer
      ? withParams(template.responderUri, [
          about,
          [`entry.${template.relationshipEntry}`, template.selfAnswer],
        ])
      : null;
  return { feedback: withParams(template.responderUri, [about]), self };
}
