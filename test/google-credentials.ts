import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

export const SERVICE_ACCOUNT_EMAIL = 'review-sync@team-project.iam.gserviceaccount.com';
export const TOKEN_URL = 'https://oauth2.googleapis.com/token';

/**
 * google-auth-library also reads process.env and the gcloud folder on its own; each test gets an empty
 * temporary folder instead, so no test ever finds this machine's credentials. Returns the folder.
 */
export function isolateGoogleCredentials(prefix: string): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', '');
    vi.stubEnv('CLOUDSDK_CONFIG', dir);
    vi.stubEnv('METADATA_SERVER_DETECTION', 'none');
  });
  afterEach(() => vi.unstubAllEnvs());
  return () => dir;
}

/** A real, freshly generated service-account key file, so token requests are signed as in production. */
export async function writeServiceAccountKey(dir: string, email = SERVICE_ACCOUNT_EMAIL): Promise<string> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyFile = join(dir, 'key.json');
  await writeFile(
    keyFile,
    JSON.stringify({
      type: 'service_account',
      project_id: 'team-project',
      private_key_id: 'k1',
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      client_email: email,
      client_id: '1',
      token_uri: TOKEN_URL,
    }),
  );
  return keyFile;
}
