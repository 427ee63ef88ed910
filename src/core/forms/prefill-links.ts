import { ConfigError } from '../../errors.ts';

// Pre-filled form links, pure: launch writes them on each review page and sync on each feedback
// request row, from the same template. Google's pre-fill format is
// `<responderUri>?usp=pp_url&entry.<N>=<value>`, where N is the question's id (a hex string in the
// Forms API) written in decimal.

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

export const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

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
