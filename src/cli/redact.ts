// Secrets reach the tool only through these variables; anything printed passes through `redact` first.
export const SECRET_ENV_VARS = ['NOTION_TOKEN', 'GOOGLE_OAUTH_ACCESS_TOKEN'] as const;

const MIN_SECRET_LENGTH = 6;

function secretValues(env: NodeJS.ProcessEnv): string[] {
  return SECRET_ENV_VARS.map((name) => env[name]?.trim() ?? '').filter((v) => v.length >= MIN_SECRET_LENGTH);
}

/** Replaces every secret value, and anything that looks like a bearer token, with a marker. */
export function redact(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text;
  for (const secret of secretValues(env)) out = out.split(secret).join('[redacted]');
  return out
    .replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/g, '$1[redacted]')
    .replace(/\b(secret_|ntn_)[A-Za-z0-9]{10,}/g, '[redacted]')
    .replace(/\bya29\.[A-Za-z0-9._-]{10,}/g, '[redacted]');
}
