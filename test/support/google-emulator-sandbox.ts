import { forms, type forms_v1 } from '@googleapis/forms';
import { auth, sheets, type sheets_v4 } from '@googleapis/sheets';
import { http } from 'msw';
import { useMswServer } from '../msw.ts';
import { GoogleEmulator, type GoogleEmulatorOptions } from '../../src/sandbox/google/emulator.ts';
import { observeAnswer } from './contract/observer.ts';

/** Where the SDK clients are pointed; msw answers for it, so nothing leaves the process. */
export const ROOT_URL = 'http://sandbox.test/';

export interface GoogleHarness {
  /** Replaces the emulator behind the msw handler for the current test. */
  install(opts: GoogleEmulatorOptions): GoogleEmulator;
  sheets(token?: string): sheets_v4.Sheets;
  forms(token?: string): forms_v1.Forms;
}

/**
 * An OAuth2Client holding a bare access token and no expiry never refreshes, so it sends exactly
 * `Authorization: Bearer <token>`.
 */
function authFor(token: string): InstanceType<typeof auth.OAuth2> {
  const client = new auth.OAuth2();
  client.setCredentials({ access_token: token });
  return client;
}

/**
 * Routes every request, on the one shared msw server, to the installed GoogleEmulator. Unhandled
 * requests (the emulator returned null) fail the test, as everywhere in this project.
 */
export function useGoogleHarness(): GoogleHarness {
  const server = useMswServer();
  return {
    install(opts) {
      const installed = new GoogleEmulator(opts);
      server.use(
        http.all('*', async ({ request }) => {
          const sent = request.clone();
          const answer = await installed.handle(request, new URL(request.url));
          if (answer) await observeAnswer(sent, answer.clone());
          return answer ?? undefined;
        }),
      );
      return installed;
    },
    // retry: false keeps error tests fast; the real clients would back off and retry 429s and 5xx.
    sheets: (token = 'test-token') =>
      sheets({ version: 'v4', auth: authFor(token), rootUrl: ROOT_URL, retry: false }),
    forms: (token = 'test-token') =>
      forms({ version: 'v1', auth: authFor(token), rootUrl: ROOT_URL, retry: false }),
  };
}
