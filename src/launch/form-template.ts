import type { Config, SourceConfig } from '../core/config-schema.ts';
import { createGoogleAuth, type Env } from '../google/auth.ts';
import { createGoogleClients } from '../google/clients.ts';
import { parseFormId } from '../google/google-ids.ts';
import { createGoogleQueue } from '../google/google-queue.ts';
import { linkTemplate, type FormLinkTemplate } from './feedback-links.ts';

type FormSource = Extract<SourceConfig, { type: 'form' }>;

/** The first form source in config; pre-filled links need a form, a sheet alone gives none. */
export function formSourceOf(config: Config): FormSource | null {
  return config.sources.find((s): s is FormSource => s.type === 'form') ?? null;
}

/** One `forms.get` for the responder link and the question ids; null without a form source. */
export async function readLinkTemplate(config: Config, env: Env): Promise<FormLinkTemplate | null> {
  const source = formSourceOf(config);
  if (source === null) return null;
  const credentials = await createGoogleAuth(env);
  const clients = createGoogleClients(credentials.client, env);
  const queue = createGoogleQueue(
    credentials.principal === undefined ? {} : { principal: credentials.principal },
  );
  const formId = parseFormId(source.form);
  const { data: form } = await queue.run({ kind: 'form', id: formId, method: 'forms.get' }, () =>
    clients.forms.forms.get({ formId }),
  );
  return linkTemplate(form, source, config);
}
