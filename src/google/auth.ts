import { readFile } from 'node:fs/promises';
import { GoogleAuth, OAuth2Client } from 'google-auth-library';
import { ConfigError } from '../errors.ts';

// Google credentials for the sheet and form sources. The order follows what each place offers: a token
// that google-github-actions/auth already issued (`token_format: access_token`), then Application Default
// Credentials (a service-account key file, or the external-account file Workload Identity Federation
// writes). google-auth-library is pinned to the version the generated clients depend on, so there is one
// copy and its classes fit the clients' types.

/**
 * The only scopes a sync ever asks for: read-only. `init` creates forms and asks for its own scopes;
 * nothing here may ever hold a write scope.
 */
export const GOOGLE_READ_SCOPES: readonly string[] = Object.freeze([
  'https://www.googleapis.com/auth/spreadsheets.readonly',
  'https://www.googleapis.com/auth/forms.body.readonly',
  'https://www.googleapis.com/auth/forms.responses.readonly',
]);

export type GoogleAuthClient = OAuth2Client | GoogleAuth;

export type GoogleAuthMethod = 'access-token' | 'application-default';

export interface GoogleCredentials {
  client: GoogleAuthClient;
  method: GoogleAuthMethod;
  /** The identity to share files with, when the credentials name it (a service account's email). */
  principal: string | undefined;
}

export type Env = Record<string, string | undefined>;

const nonBlank = (value: string | undefined): string | undefined =>
  value !== undefined && value.trim() !== '' ? value.trim() : undefined;

/**
 * Resolves Google credentials from `env` in the documented order. Application Default Credentials are
 * resolved eagerly (`getClient`), so a missing or unreadable credentials file fails the run at start-up
 * as a config error rather than at the first request. No message ever contains a token or key material.
 */
export async function createGoogleAuth(env: Env): Promise<GoogleCredentials> {
  const token = nonBlank(env.GOOGLE_OAUTH_ACCESS_TOKEN);
  if (token !== undefined) {
    // No refresh token and no expiry: the client sends the token as given and never tries to refresh it.
    const client = new OAuth2Client();
    client.setCredentials({ access_token: token });
    return { client, method: 'access-token', principal: undefined };
  }
  const keyFile = nonBlank(env.GOOGLE_APPLICATION_CREDENTIALS);
  const info = keyFile === undefined ? undefined : await inspectKeyFile(keyFile);
  if (keyFile !== undefined && info?.problem !== undefined) throw unreadableKeyFile(keyFile, info.problem);
  // Passing the file explicitly makes the injected env win over process.env, which the library reads.
  const client = new GoogleAuth({
    scopes: [...GOOGLE_READ_SCOPES],
    ...(keyFile === undefined ? {} : { keyFilename: keyFile }),
  });
  try {
    await client.getClient();
  } catch (error) {
    throw keyFile === undefined
      ? noCredentials(error)
      : unreadableKeyFile(keyFile, 'could not be loaded as credentials', error);
  }
  return {
    client,
    method: 'application-default',
    principal: info?.principal,
  };
}

const OPTIONS = [
  'GOOGLE_OAUTH_ACCESS_TOKEN: a pre-issued access token (google-github-actions/auth with `token_format: access_token`).',
  'GOOGLE_APPLICATION_CREDENTIALS: the path of a service-account key file, or of the external-account file that Workload Identity Federation writes (google-github-actions/auth with `workload_identity_provider`).',
  'Application Default Credentials from `gcloud auth application-default login`, or the metadata server when running on Google Cloud.',
  'See the README, "Setup with real Notion and Google accounts", for step-by-step setup.',
];

function noCredentials(cause: unknown): ConfigError {
  return new ConfigError(
    'No Google credentials found for the sheet and form sources. Set one of GOOGLE_OAUTH_ACCESS_TOKEN or GOOGLE_APPLICATION_CREDENTIALS, or provide Application Default Credentials.',
    { cause, details: OPTIONS },
  );
}

function unreadableKeyFile(path: string, reason: string, cause?: unknown): ConfigError {
  // Only the path and the kind of failure are shown: the library's own message may quote the file.
  return new ConfigError(`GOOGLE_APPLICATION_CREDENTIALS names ${path}, which ${reason}.`, {
    ...(cause === undefined ? {} : { cause }),
    details: OPTIONS,
  });
}

interface KeyFileInfo {
  /** The service account the file acts as, to say whom to share files with; undefined when unknown. */
  principal: string | undefined;
  /** Why the file cannot work, found before the first request would fail on it. */
  problem: string | undefined;
}

const KNOWN_TYPES = [
  'service_account',
  'external_account',
  'authorized_user',
  'impersonated_service_account',
];

/**
 * Reads just enough of a credentials file to catch the usual mistakes at start-up (the library only
 * notices a key without `client_email` at the first request) and to find its service account: the
 * `client_email` of a key, or the account in an external-account file's impersonation URL.
 */
async function inspectKeyFile(path: string): Promise<KeyFileInfo> {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return { principal: undefined, problem: code === 'ENOENT' ? 'does not exist' : 'is not readable JSON' };
  }
  const type = typeof json.type === 'string' ? json.type : '';
  if (!KNOWN_TYPES.includes(type)) {
    return { principal: undefined, problem: 'is not a service-account key or external-account file' };
  }
  if (
    type === 'service_account' &&
    (typeof json.client_email !== 'string' || typeof json.private_key !== 'string')
  ) {
    return {
      principal: undefined,
      problem: 'is a service-account key without its client_email or private_key',
    };
  }
  if (typeof json.client_email === 'string') return { principal: json.client_email, problem: undefined };
  const url = json.service_account_impersonation_url;
  const match = typeof url === 'string' ? /serviceAccounts\/([^/:]+):generateAccessToken/.exec(url) : null;
  return {
    principal: match?.[1] === undefined ? undefined : decodeURIComponent(match[1]),
    problem: undefined,
  };
}
