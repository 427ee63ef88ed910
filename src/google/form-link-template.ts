import type { forms_v1 } from '@googleapis/forms';
import type { Config, SourceConfig } from '../core/config-schema.ts';
import { entryNumber, normalise, type FormLinkTemplate } from '../core/forms/prefill-links.ts';
import { ConfigError } from '../errors.ts';

// The pre-fill template of a form, read from its `forms.get`: the responder link and the question ids.

type FormSource = Extract<SourceConfig, { type: 'form' }>;

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
