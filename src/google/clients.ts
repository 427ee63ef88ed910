import { forms, type forms_v1 } from '@googleapis/forms';
import { sheets, type sheets_v4 } from '@googleapis/sheets';
import type { Env, GoogleAuthClient } from './auth.ts';
import type { GoogleQueue } from './google-queue.ts';

// The generated Sheets v4 and Forms v1 clients, built once per run. Their own retry logic is switched off
// because google-queue.ts owns the one retry layer: two stacked layers would multiply the attempts and
// hide how many requests a run really made.

export interface GoogleClients {
  sheets: sheets_v4.Sheets;
  forms: forms_v1.Forms;
}

/** A request that hangs longer than this fails, and the queue retries it once like a 5xx. */
const REQUEST_TIMEOUT_MS = 60_000;

/**
 * `GOOGLE_API_ROOT_URL` sends both clients to another host (a proxy, or the sandbox, which serves Sheets
 * and Forms on one port). The generated code appends paths like `v4/spreadsheets/...` to the root, so the
 * root must end with a slash.
 */
export function googleRootUrl(env: Env): string | undefined {
  const root = env.GOOGLE_API_ROOT_URL?.trim();
  if (root === undefined || root === '') return undefined;
  return root.endsWith('/') ? root : `${root}/`;
}

export function createGoogleClients(authClient: GoogleAuthClient, env: Env): GoogleClients {
  const rootUrl = googleRootUrl(env);
  const options = {
    auth: authClient,
    ...(rootUrl === undefined ? {} : { rootUrl }),
    retry: false,
    retryConfig: { retry: 0 },
    timeout: REQUEST_TIMEOUT_MS,
  };
  return {
    sheets: sheets({ version: 'v4', ...options }),
    forms: forms({ version: 'v1', ...options }),
  };
}

/** What the sheet and form sources need: the clients, and the queue every request goes through. */
export interface GoogleContext {
  clients: GoogleClients;
  queue: GoogleQueue;
}

/** Resolves the context on first use, so a config without Google sources never touches credentials. */
export type ConnectGoogle = () => Promise<GoogleContext>;
