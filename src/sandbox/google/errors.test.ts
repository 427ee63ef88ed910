import { describe, expect, it } from 'vitest';
import { GoogleEmulator } from './emulator.ts';
import type { GoogleSeed } from './seed-schema.ts';
import { ROOT_URL, useGoogleHarness } from '../../../test/support/google-emulator-sandbox.ts';

const harness = useGoogleHarness();

const seed: GoogleSeed = {
  sheets: [
    { spreadsheetId: 'open', timeZone: 'Europe/Berlin', sheets: [{ title: 'Sheet1', values: [['a']] }] },
    {
      spreadsheetId: 'private',
      timeZone: 'Europe/Berlin',
      sharedWith: ['sa-token'],
      sheets: [{ title: 'Sheet1' }],
    },
  ],
  forms: [
    { formId: 'open-form', info: { title: 'Open' } },
    { formId: 'private-form', info: { title: 'Private' }, sharedWith: ['sa-token'] },
  ],
};

const error = (code: number, status: string, message?: string): object => ({
  status: code,
  response: { data: { error: { code, status, ...(message ? { message } : {}) } } },
});

describe('Google error bodies through the real clients', () => {
  it.each([
    [
      'an unknown spreadsheet',
      'sheets',
      'missing',
      'any-token',
      error(404, 'NOT_FOUND', 'Requested entity was not found.'),
    ],
    [
      'a spreadsheet not shared with the token',
      'sheets',
      'private',
      'other-token',
      error(403, 'PERMISSION_DENIED', 'The caller does not have permission'),
    ],
    ['a spreadsheet shared with the token', 'sheets', 'private', 'sa-token', null],
    [
      'an unknown form',
      'forms',
      'missing',
      'any-token',
      error(404, 'NOT_FOUND', 'Requested entity was not found.'),
    ],
    [
      'a form not shared with the token',
      'forms',
      'private-form',
      'other-token',
      error(403, 'PERMISSION_DENIED'),
    ],
    ['a form shared with the token', 'forms', 'private-form', 'sa-token', null],
  ])('%s', async (_label, api, id, token, expected) => {
    harness.install({ seed });
    const call =
      api === 'sheets'
        ? harness.sheets(token).spreadsheets.get({ spreadsheetId: id })
        : harness.forms(token).forms.get({ formId: id });
    if (expected === null) await expect(call).resolves.toMatchObject({ status: 200 });
    else await expect(call).rejects.toMatchObject(expected);
  });

  it.each([
    ['a token outside the accepted list', 'stolen', error(401, 'UNAUTHENTICATED')],
    ['an accepted token', 'sa-token', null],
  ])('with `tokens` set, refuses %s', async (_label, token, expected) => {
    harness.install({ seed, tokens: ['sa-token'] });
    const call = harness.sheets(token).spreadsheets.values.get({ spreadsheetId: 'open', range: 'Sheet1' });
    if (expected === null) await expect(call).resolves.toMatchObject({ status: 200 });
    else await expect(call).rejects.toMatchObject(expected);
  });

  it.each([
    ['no Authorization header', {}, 'Request is missing required authentication credential.'],
    [
      'a non-bearer scheme',
      { authorization: 'Basic abc' },
      'Request is missing required authentication credential.',
    ],
    [
      'an empty bearer token',
      { authorization: 'Bearer ' },
      'Request had invalid authentication credentials.',
    ],
  ])('answers 401 UNAUTHENTICATED for %s', async (_label, headers, prefix) => {
    const emulator = new GoogleEmulator({ seed });
    const url = new URL('v4/spreadsheets/open', ROOT_URL);
    const response = await emulator.handle(new Request(url, { headers }), url);
    expect(response?.status).toEqual(401);
    expect(response?.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    const body = (await response?.json()) as { error: { code: number; status: string; message: string } };
    expect(body.error).toMatchObject({ code: 401, status: 'UNAUTHENTICATED' });
    expect(body.error.message.startsWith(prefix)).toBe(true);
  });

  it('leaves other paths to the caller', async () => {
    const emulator = new GoogleEmulator({ seed });
    const url = new URL('v1/databases/abc', ROOT_URL);
    expect(await emulator.handle(new Request(url), url)).toBeNull();
  });
});

describe('per-minute quotas', () => {
  it.each([
    ['Sheets reads', 'sheets', 60],
    ['Forms responses.list (expensive reads)', 'forms', 180],
  ])(
    '%s (%s) default to %i per user per minute and refill on the next minute',
    async (_label, api, limit) => {
      let clock = new Date('2026-11-20T10:00:05Z');
      harness.install({ seed, now: () => clock });
      const call = (token: string): Promise<unknown> =>
        api === 'sheets'
          ? harness.sheets(token).spreadsheets.values.get({ spreadsheetId: 'open', range: 'Sheet1' })
          : harness.forms(token).forms.responses.list({ formId: 'open-form' });
      for (let i = 0; i < limit; i++) await call('a');
      await expect(call('a')).rejects.toMatchObject(error(429, 'RESOURCE_EXHAUSTED'));
      // Quotas are per user: another token still has its budget.
      await expect(call('b')).resolves.toMatchObject({ status: 200 });
      clock = new Date('2026-11-20T10:01:00Z');
      await expect(call('a')).resolves.toMatchObject({ status: 200 });
    },
  );

  it('quotaPerMinute overrides every bucket', async () => {
    harness.install({ seed, quotaPerMinute: 2, now: () => new Date('2026-11-20T10:00:00Z') });
    const client = harness.forms();
    await client.forms.get({ formId: 'open-form' });
    await client.forms.get({ formId: 'open-form' });
    await expect(client.forms.get({ formId: 'open-form' })).rejects.toMatchObject(
      error(
        429,
        'RESOURCE_EXHAUSTED',
        "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'forms.googleapis.com' for consumer 'project_number:0'.",
      ),
    );
  });
});
