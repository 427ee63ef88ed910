import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../core/config-schema.ts';
import { GoogleApiError } from '../errors.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { FIXTURE_ANSWERS } from '../../test/fixtures/google-responses.ts';
import { formSeedFor, sheetSeedFor } from '../../test/support/google-seed-builders.ts';
import type { SandboxSeed, ScriptedFault } from '../sandbox/index.ts';
import { readFormSource } from './forms-source.ts';
import { readSheetSource } from './sheets-source.ts';
import {
  ROOT_URL,
  TOKEN,
  useGoogleSandbox,
  type GoogleTestRig,
  type RigOptions,
} from '../../test/support/google-sandbox.ts';

const kit = useGoogleSandbox();
const config = makeConfig();
const sheet = sourceSchema.parse({ type: 'sheet', spreadsheet: 'sheet-fixture-0001' });
const form = sourceSchema.parse({ type: 'form', form: 'form-fixture-0001' });
const seed: SandboxSeed = { sheets: [sheetSeedFor(FIXTURE_ANSWERS)], forms: [formSeedFor(FIXTURE_ANSWERS)] };

const readSheet = (rig: GoogleTestRig) =>
  sheet.type === 'sheet' ? readSheetSource(sheet, config, rig.context) : Promise.reject(new Error('sheet'));
const readForm = (rig: GoogleTestRig) =>
  form.type === 'form' ? readFormSource(form, config, rig.context) : Promise.reject(new Error('form'));

async function failure(promise: Promise<unknown>): Promise<GoogleApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GoogleApiError)) throw new Error(`expected a GoogleApiError, got ${String(error)}`);
  return error;
}

/** Google's 403 bodies for a disabled API and a token without the scope, which the sandbox does not emulate. */
function forbidden(message: string, reason: string) {
  kit.server.use(
    http.get(`${ROOT_URL}/v4/spreadsheets/:id`, () =>
      HttpResponse.json(
        {
          error: {
            code: 403,
            message,
            status: 'PERMISSION_DENIED',
            details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason }],
          },
        },
        { status: 403 },
      ),
    ),
  );
}

describe('401 and 403: setup errors that say what to fix', () => {
  it.each<[string, SandboxSeed, RigOptions, 'sheet' | 'form', number, string, string]>([
    [
      'an unknown token',
      { ...seed, tokens: ['other'] },
      {},
      'sheet',
      401,
      'UNAUTHENTICATED',
      'spreadsheets.get on spreadsheet sheet-fixture-0001 failed (401 UNAUTHENTICATED): Google did not accept the credentials.',
    ],
    [
      'a sheet not shared with the service account',
      { sheets: [{ ...sheetSeedFor(FIXTURE_ANSWERS), sharedWith: ['other'] }] },
      {},
      'sheet',
      403,
      'PERMISSION_DENIED',
      "spreadsheets.get on spreadsheet sheet-fixture-0001 failed (403 PERMISSION_DENIED): share the spreadsheet sheet-fixture-0001 with the service account's email as Viewer.",
    ],
    [
      'a sheet not shared, with the account known',
      { sheets: [{ ...sheetSeedFor(FIXTURE_ANSWERS), sharedWith: ['other'] }] },
      { principal: 'review-sync@team.iam.gserviceaccount.com' },
      'sheet',
      403,
      'PERMISSION_DENIED',
      'share the spreadsheet sheet-fixture-0001 with review-sync@team.iam.gserviceaccount.com as Viewer.',
    ],
    [
      'a form not shared with the service account',
      { forms: [{ ...formSeedFor(FIXTURE_ANSWERS), sharedWith: ['other'] }] },
      {},
      'form',
      403,
      'PERMISSION_DENIED',
      "forms.get on form form-fixture-0001 failed (403 PERMISSION_DENIED): add the service account's email as an editor of the form form-fixture-0001",
    ],
  ])('%s', async (_label, rigSeed, options, kind, status, code, message) => {
    const rig = await kit.start(rigSeed, options);
    const error = await failure(kind === 'sheet' ? readSheet(rig) : readForm(rig));
    expect([error.status, error.code, error.isAuth, error.message.includes(message)]).toEqual([
      status,
      code,
      true,
      true,
    ]);
    expect(rig.stats).toEqual({ total: 1, retries: 0 });
    expect(JSON.stringify([error.message, error.details])).not.toContain(TOKEN);
  });

  it.each([
    [
      'Google Sheets API has not been used in project 123 before or it is disabled.',
      'SERVICE_DISABLED',
      'enable the Google Sheets API in the Google Cloud project of the credentials',
    ],
    [
      'Request had insufficient authentication scopes.',
      'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
      'the access token lacks the read-only scope this call needs',
    ],
  ])('403 "%s" says how to fix it', async (googleMessage, reason, fix) => {
    const rig = await kit.start(seed);
    forbidden(googleMessage, reason);
    const error = await failure(readSheet(rig));
    expect([error.isAuth, error.message.includes(fix), error.details.at(-1)]).toEqual([
      true,
      true,
      `Google said: ${googleMessage}`,
    ]);
  });
});

describe('404', () => {
  it.each([
    ['sheet' as const, 'spreadsheet sheet-fixture-0001 was not found. Check the id or URL in config.'],
    ['form' as const, 'form form-fixture-0001 was not found. Check the id or URL in config.'],
  ])('an unknown %s is not retried and is not an auth error', async (kind, message) => {
    const rig = await kit.start({});
    const error = await failure(kind === 'sheet' ? readSheet(rig) : readForm(rig));
    expect([error.status, error.code, error.isAuth, error.message.endsWith(message)]).toEqual([
      404,
      'NOT_FOUND',
      false,
      true,
    ]);
    expect(rig.stats).toEqual({ total: 1, retries: 0 });
  });
});

describe('429, 5xx and dropped connections: retried once, by us only', () => {
  it.each<[ScriptedFault['respond'], number]>([
    [429, 1000],
    [500, -1],
    [502, -1],
    [503, -1],
    [504, -1],
    ['drop', -1],
  ])('one %s is retried after a backoff and the read succeeds', async (respond, delay) => {
    const rig = await kit.start(seed);
    rig.sandbox.faults.script({ path: '/values/', respond });
    expect((await readSheet(rig)).length).toEqual(FIXTURE_ANSWERS.length);
    expect(rig.stats).toEqual({ total: 3, retries: 1 });
    expect(rig.sandbox.requests.entries().length).toEqual(3);
    const [slept] = rig.sleeps;
    if (delay >= 0) expect(slept).toEqual(delay);
    else expect(slept !== undefined && slept >= 1000 && slept <= 2000).toEqual(true);
  });

  it.each<[ScriptedFault['respond'], number | undefined, string]>([
    [429, 429, 'failed (429 RESOURCE_EXHAUSTED) after one retry'],
    [503, 503, 'failed (503 UNAVAILABLE) after one retry: Google or the network is unavailable.'],
    [502, 502, 'failed (502) after one retry'],
    ['drop', undefined, 'after one retry: Google or the network is unavailable.'],
  ])('a %s that persists fails after exactly one retry', async (respond, status, message) => {
    const rig = await kit.start(seed);
    rig.sandbox.faults.script({ path: '/responses', respond, times: 2 });
    const error = await failure(readForm(rig));
    expect([error.status, error.isAuth, error.message.includes(message)]).toEqual([status, false, true]);
    expect(error.message.startsWith('forms.responses.list on form form-fixture-0001 failed')).toEqual(true);
    // forms.get, then the list and its one retry: the clients did not add attempts of their own.
    expect(rig.stats).toEqual({ total: 3, retries: 1 });
    expect(rig.sandbox.requests.entries().length).toEqual(3);
  });

  it('waits a minute before retrying a quota 429, which carries no Retry-After', async () => {
    const rig = await kit.start(seed, { sandbox: { googleQuotaPerMinute: 1 } });
    const error = await failure(readSheet(rig));
    expect([error.status, error.code, rig.sleeps]).toEqual([429, 'RESOURCE_EXHAUSTED', [60_000]]);
    expect(error.details[0]).toContain('Sheets reads 60, Forms responses.list 180');
  });
});
