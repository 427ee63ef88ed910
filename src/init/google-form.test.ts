import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  isolateGoogleCredentials,
  TOKEN_URL,
  writeServiceAccountKey,
} from '../../test/google-credentials.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { GOOGLE_READ_SCOPES } from '../google/auth.ts';
import { formRequests } from './form-requests.ts';
import {
  connectFormsForWrite,
  createFormWriteAuth,
  createGoogleForm,
  FORMS_WRITE_SCOPES,
} from './google-form.ts';
import { initSeed, useInitSandbox } from '../../test/support/init-sandbox.ts';

const kit = useInitSandbox();
const ISSUED = 'ya29.issued-for-forms-body';

const tempDir = isolateGoogleCredentials('review-sync-init-auth-');

function serviceAccountKey(): Promise<string> {
  return writeServiceAccountKey(tempDir());
}

describe('form write credentials', () => {
  it('are forms.body only, and none of the read scopes a sync uses', () => {
    expect([...FORMS_WRITE_SCOPES]).toEqual(['https://www.googleapis.com/auth/forms.body']);
    expect(FORMS_WRITE_SCOPES.filter((s) => GOOGLE_READ_SCOPES.includes(s))).toEqual([]);
  });

  it('a service-account key asks the token endpoint for forms.body and creates the form with it', async () => {
    const sandbox = kit.start(initSeed({ tokens: [ISSUED] }));
    const requested: string[][] = [];
    kit.server.use(
      http.post(TOKEN_URL, async ({ request }) => {
        const assertion = new URLSearchParams(await request.text()).get('assertion') ?? '';
        const claims = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString()) as {
          scope: string;
        };
        requested.push(claims.scope.split(' '));
        return HttpResponse.json({ access_token: ISSUED, expires_in: 3600, token_type: 'Bearer' });
      }),
    );
    const env = {
      GOOGLE_APPLICATION_CREDENTIALS: await serviceAccountKey(),
      GOOGLE_API_ROOT_URL: 'http://init-sandbox.test/',
    };
    const forms = await connectFormsForWrite(env);
    const created = await createGoogleForm(formRequests(makeConfig()), forms);
    expect(requested).toEqual([[...FORMS_WRITE_SCOPES]]);
    expect(sandbox.state().forms?.map((f) => f.formId)).toEqual([created.formId]);
  });

  it('without any credentials is a config error that names the scope', async () => {
    await expect(createFormWriteAuth({})).rejects.toThrow(/No Google credentials found to create the form/);
  });

  it('names the empty form when the batch fails after the create', async () => {
    kit.start();
    const forms = await connectFormsForWrite({
      GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.init-test-token',
      GOOGLE_API_ROOT_URL: 'http://init-sandbox.test/',
    });
    const plan = formRequests(makeConfig());
    const broken = {
      ...plan,
      requests: [...plan.requests, { createItem: { item: { title: 'x' }, location: { index: 99 } } }],
    };
    const error = await createGoogleForm(broken, forms).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GoogleApiError', status: 400 });
    expect((error as { details: string[] }).details[0]).toMatch(
      /was created without its questions: delete it/,
    );
  });
});
