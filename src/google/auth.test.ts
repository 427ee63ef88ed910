import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isolateGoogleCredentials, writeServiceAccountKey } from '../../test/google-credentials.ts';
import { sourceSchema } from '../core/config-schema.ts';
import { ConfigError } from '../errors.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { FIXTURE_ANSWERS } from '../../test/fixtures/google-responses.ts';
import { sheetSeedFor } from '../../test/support/google-seed-builders.ts';
import { createSandbox } from '../sandbox/index.ts';
import { sandboxHandlers } from '../../test/support/sandbox-handlers.ts';
import { createGoogleAuth, GOOGLE_READ_SCOPES } from './auth.ts';
import { createGoogleClients } from './clients.ts';
import { createGoogleQueue } from './google-queue.ts';
import { readSheetSource } from './sheets-source.ts';
import { ROOT_URL, useGoogleSandbox } from '../../test/support/google-sandbox.ts';

const kit = useGoogleSandbox();
const ISSUED = 'issued-by-the-token-endpoint';
const EMAIL = 'review-sync@team-project.iam.gserviceaccount.com';
const WRITE_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/forms.body',
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/forms',
];

const tempDir = isolateGoogleCredentials('review-sync-auth-');

/** Reads the fixture sheet with the credentials `env` gives, as a run does; the sandbox accepts `ISSUED` only. */
async function readWith(env: Record<string, string>) {
  const sandbox = createSandbox({ seed: { sheets: [sheetSeedFor(FIXTURE_ANSWERS)], tokens: [ISSUED] } });
  kit.server.use(...sandboxHandlers(sandbox, ROOT_URL));
  const credentials = await createGoogleAuth({ ...env, GOOGLE_API_ROOT_URL: ROOT_URL });
  const source = sourceSchema.parse({ type: 'sheet', spreadsheet: 'sheet-fixture-0001' });
  if (source.type !== 'sheet') throw new Error('sheet');
  const context = {
    clients: createGoogleClients(credentials.client, { GOOGLE_API_ROOT_URL: ROOT_URL }),
    queue: createGoogleQueue(),
  };
  return { credentials, responses: await readSheetSource(source, makeConfig(), context) };
}

describe('scopes', () => {
  it('are read-only, and no write scope is among them', () => {
    expect([...GOOGLE_READ_SCOPES]).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.readonly',
      'https://www.googleapis.com/auth/forms.body.readonly',
      'https://www.googleapis.com/auth/forms.responses.readonly',
    ]);
    expect(GOOGLE_READ_SCOPES.filter((scope) => WRITE_SCOPES.includes(scope))).toEqual([]);
  });

  it('a service-account key asks the token endpoint for the read-only scopes only, and uses its token', async () => {
    const keyFile = await writeServiceAccountKey(tempDir(), EMAIL);
    const requested: string[][] = [];
    kit.server.use(
      http.post('https://oauth2.googleapis.com/token', async ({ request }) => {
        const assertion = new URLSearchParams(await request.text()).get('assertion') ?? '';
        const claims = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString()) as {
          scope: string;
        };
        requested.push(claims.scope.split(' '));
        return HttpResponse.json({ access_token: ISSUED, expires_in: 3600, token_type: 'Bearer' });
      }),
    );
    const { credentials, responses } = await readWith({ GOOGLE_APPLICATION_CREDENTIALS: keyFile });
    expect([credentials.method, credentials.principal, responses.length]).toEqual([
      'application-default',
      EMAIL,
      FIXTURE_ANSWERS.length,
    ]);
    expect(requested).toEqual([[...GOOGLE_READ_SCOPES]]);
  });

  it('a Workload Identity Federation file exchanges its token for the read-only scopes only', async () => {
    await writeFile(join(tempDir(), 'oidc-token'), 'github-oidc-token');
    const keyFile = join(tempDir(), 'external.json');
    await writeFile(
      keyFile,
      JSON.stringify({
        type: 'external_account',
        audience: '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/providers/repo',
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: 'https://sts.googleapis.com/v1/token',
        credential_source: { file: join(tempDir(), 'oidc-token') },
      }),
    );
    const requested: string[][] = [];
    kit.server.use(
      http.post('https://sts.googleapis.com/v1/token', async ({ request }) => {
        const body = new URLSearchParams(await request.text());
        requested.push((body.get('scope') ?? '').split(' '));
        return HttpResponse.json({
          access_token: ISSUED,
          issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
          token_type: 'Bearer',
          expires_in: 3600,
        });
      }),
    );
    const { credentials, responses } = await readWith({ GOOGLE_APPLICATION_CREDENTIALS: keyFile });
    expect([credentials.method, responses.length]).toEqual(['application-default', FIXTURE_ANSWERS.length]);
    expect(requested).toEqual([[...GOOGLE_READ_SCOPES]]);
  });
});

describe('createGoogleAuth', () => {
  it('prefers a pre-issued access token over a credentials file', async () => {
    const { credentials, responses } = await readWith({
      GOOGLE_OAUTH_ACCESS_TOKEN: ISSUED,
      GOOGLE_APPLICATION_CREDENTIALS: join(tempDir(), 'never-read.json'),
    });
    expect([credentials.method, responses.length]).toEqual(['access-token', FIXTURE_ANSWERS.length]);
  });

  it.each([
    [{}, 'No Google credentials found for the sheet and form sources.'],
    [{ GOOGLE_OAUTH_ACCESS_TOKEN: '  ' }, 'No Google credentials found for the sheet and form sources.'],
    [{ GOOGLE_APPLICATION_CREDENTIALS: 'missing.json' }, 'names missing.json, which does not exist.'],
  ])('refuses %j with a config error naming every option', async (env, message) => {
    const error: unknown = await createGoogleAuth(env).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const { message: text, details } = error as ConfigError;
    expect(text.includes(message)).toEqual(true);
    expect(
      [
        'GOOGLE_OAUTH_ACCESS_TOKEN',
        'GOOGLE_APPLICATION_CREDENTIALS',
        'Workload Identity Federation',
        'gcloud',
      ].map((option) => `${text} ${details.join(' ')}`.includes(option)),
    ).toEqual([true, true, true, true]);
  });

  it('never quotes a broken credentials file', async () => {
    const keyFile = join(tempDir(), 'broken.json');
    await writeFile(keyFile, JSON.stringify({ type: 'service_account', private_key: 'SECRET-KEY-MATERIAL' }));
    const error = (await createGoogleAuth({ GOOGLE_APPLICATION_CREDENTIALS: keyFile }).catch(
      (e: unknown) => e,
    )) as ConfigError;
    expect(error.message).toEqual(
      `GOOGLE_APPLICATION_CREDENTIALS names ${keyFile}, which is a service-account key without its client_email or private_key.`,
    );
    expect(JSON.stringify([error.message, error.details])).not.toContain('SECRET');
  });
});
