import type { forms_v1 } from '@googleapis/forms';
import { auth } from '@googleapis/sheets';
import { createGoogleAuth, type Env, type GoogleCredentials } from '../google/auth.ts';
import { createGoogleClients } from '../google/clients.ts';
import { describeGoogleFailure, readFailure, type GoogleTarget } from '../google/google-errors.ts';
import { ConfigError, isKnownError } from '../errors.ts';
import type { FormPlan } from './form-requests.ts';

// The only code that asks Google for a write scope. `sync` and `doctor` keep to GOOGLE_READ_SCOPES
// (src/google/auth.ts); creating a form needs `forms.body`, so init builds its own credentials here
// instead of widening the shared ones.

export const FORMS_WRITE_SCOPES: readonly string[] = Object.freeze([
  'https://www.googleapis.com/auth/forms.body',
]);

const nonBlank = (value: string | undefined): string | undefined =>
  value !== undefined && value.trim() !== '' ? value.trim() : undefined;

/**
 * Same order as a sync: a pre-issued token (which must have been issued with `forms.body`), then
 * Application Default Credentials asked for the write scope. The shared code handles the token case,
 * which carries no scope request of its own.
 */
export async function createFormWriteAuth(env: Env): Promise<GoogleCredentials> {
  if (nonBlank(env.GOOGLE_OAUTH_ACCESS_TOKEN) !== undefined) return createGoogleAuth(env);
  const keyFile = nonBlank(env.GOOGLE_APPLICATION_CREDENTIALS);
  const client = new auth.GoogleAuth({
    scopes: [...FORMS_WRITE_SCOPES],
    ...(keyFile === undefined ? {} : { keyFilename: keyFile }),
  });
  try {
    await client.getClient();
  } catch (error) {
    // Only the path is named: the library's own message may quote the file.
    throw new ConfigError(
      keyFile === undefined
        ? 'No Google credentials found to create the form.'
        : `GOOGLE_APPLICATION_CREDENTIALS names ${keyFile}, which could not be loaded as credentials.`,
      {
        cause: error,
        details: [
          `Set GOOGLE_OAUTH_ACCESS_TOKEN to a token issued with the scope ${FORMS_WRITE_SCOPES.join(' ')}, or GOOGLE_APPLICATION_CREDENTIALS to a service-account key.`,
        ],
      },
    );
  }
  return { client, method: 'application-default', principal: undefined };
}

export interface CreatedForm {
  formId: string;
  title: string;
  /** The link to send to raters, when the API returned it. */
  responderUri: string | undefined;
  questions: number;
}

/**
 * Writes are sent once, never retried: a repeated `forms.create` after a lost answer would leave a
 * second form. A failed batch after a successful create names the empty form so it can be deleted.
 */
async function once<T>(target: GoogleTarget, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw describeGoogleFailure(readFailure(error), target, undefined, error);
  }
}

export async function createGoogleForm(plan: FormPlan, forms: forms_v1.Forms): Promise<CreatedForm> {
  const { data: created } = await once({ kind: 'form', id: '(new)', method: 'forms.create' }, () =>
    forms.forms.create({ requestBody: { info: { title: plan.title, documentTitle: plan.title } } }),
  );
  const formId = created.formId ?? '';
  try {
    const { data } = await once({ kind: 'form', id: formId, method: 'forms.batchUpdate' }, () =>
      forms.forms.batchUpdate({
        formId,
        requestBody: { requests: plan.requests, includeFormInResponse: true },
      }),
    );
    return {
      formId,
      title: plan.title,
      responderUri: data.form?.responderUri ?? created.responderUri ?? undefined,
      questions: plan.requests.filter((r) => r.createItem).length,
    };
  } catch (error) {
    if (isKnownError(error)) {
      error.details.unshift(
        `The form ${formId} was created without its questions: delete it before running init --with-form again.`,
      );
    }
    throw error;
  }
}

/** The Forms client for init: the shared client factory, with the write-scoped credentials. */
export async function connectFormsForWrite(env: Env): Promise<forms_v1.Forms> {
  const credentials = await createFormWriteAuth(env);
  return createGoogleClients(credentials.client, env).forms;
}
