import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configSchema } from '../core/config-schema.ts';
import type { RawResponse } from '../core/validation/types.ts';
import { ConfigError } from '../errors.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { FIXTURE_ANSWERS, fixtureConfigInput } from '../../test/fixtures/google-responses.ts';
import {
  csvTextFor,
  expectedResponse,
  formSeedFor,
  sheetSeedFor,
} from '../../test/support/google-seed-builders.ts';
import { createSandbox } from '../sandbox/index.ts';
import { sandboxHandlers } from '../../test/support/sandbox-handlers.ts';
import { createResponseSources, readAllResponses } from './create-sources.ts';
import { ENV, ROOT_URL, useGoogleSandbox } from '../../test/support/google-sandbox.ts';

const kit = useGoogleSandbox();
afterEach(() => vi.unstubAllEnvs());
const withoutOrigin = ({ source: _source, ref: _ref, ...rest }: RawResponse) => rest;

describe('createResponseSources and readAllResponses', () => {
  it.each([['Europe/Berlin'], ['America/New_York']])(
    'a sheet in %s, a form and the CSV export of the same answers give the same responses',
    async (sheetZone) => {
      const sandbox = createSandbox({
        seed: {
          sheets: [sheetSeedFor(FIXTURE_ANSWERS, { timeZone: sheetZone })],
          forms: [formSeedFor(FIXTURE_ANSWERS)],
        },
      });
      kit.server.use(...sandboxHandlers(sandbox, ROOT_URL));
      const stats = { total: 0, retries: 0 };
      const config = configSchema.parse(fixtureConfigInput());
      const sources = createResponseSources(config, {
        env: ENV,
        stats,
        readText: () => Promise.resolve(csvTextFor(FIXTURE_ANSWERS)),
      });
      expect(sources.map((source) => source.name)).toEqual(['sheet', 'form', 'csv']);

      const all = await readAllResponses(sources);
      const bySource = (name: string) => all.filter((response) => response.source === name);
      const expected = FIXTURE_ANSWERS.map((answer) => expectedResponse(answer));
      expect(bySource('sheet').map(withoutOrigin)).toEqual(expected);
      expect(bySource('form').map(withoutOrigin)).toEqual(expected);
      expect(bySource('csv').map(withoutOrigin)).toEqual(expected);
      expect(all.map((response) => `${response.source} ${response.ref}`)).toEqual([
        ...FIXTURE_ANSWERS.map((_answer, i) => `sheet row ${i + 2}`),
        ...FIXTURE_ANSWERS.map((answer) => `form ${answer.id}`),
        ...FIXTURE_ANSWERS.map((_answer, i) => `csv line ${i + 2 + (i > 3 ? 1 : 0)}`),
      ]);
      // Budget: two requests for the sheet, one for the form plus one page.
      expect(stats).toEqual({ total: 4, retries: 0 });
    },
  );

  it('reads a CSV-only config without any Google credentials', async () => {
    vi.stubEnv('METADATA_SERVER_DETECTION', 'none');
    const config = makeConfig({ sources: [{ type: 'csv', path: 'r.csv' }] });
    const sources = createResponseSources(config, {
      env: {},
      stats: { total: 0, retries: 0 },
      readText: () => Promise.resolve(csvTextFor(FIXTURE_ANSWERS.slice(0, 1))),
    });
    expect((await readAllResponses(sources)).length).toEqual(1);
  });

  it('asks for credentials only when a sheet or form is read, and fails as a config error', async () => {
    vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', '');
    vi.stubEnv('CLOUDSDK_CONFIG', join(tmpdir(), 'review-sync-no-gcloud-config'));
    vi.stubEnv('METADATA_SERVER_DETECTION', 'none');
    const config = makeConfig({ sources: [{ type: 'sheet', spreadsheet: 'sheet-fixture-0001' }] });
    const sources = createResponseSources(config, { env: {}, stats: { total: 0, retries: 0 } });
    await expect(readAllResponses(sources)).rejects.toBeInstanceOf(ConfigError);
  });
});
