import { GoogleApiError } from './errors.ts';

const HELP = 'See https://developers.google.com/identity/sign-in/web/devconsole-project.';
const CHALLENGE = { 'www-authenticate': 'Bearer realm="https://accounts.google.com/"' };

/**
 * Returns the caller's access token. Google accepts it as a bearer header or an `access_token` query
 * parameter; any non-empty token passes unless the seed pins the accepted list.
 */
export function authenticate(req: Request, url: URL, accepted: readonly string[] | undefined): string {
  const header = req.headers.get('authorization');
  // Headers drop trailing spaces, so "Bearer " arrives as "Bearer": an empty token, not a missing one.
  const scheme = header === null ? null : /^Bearer(?:\s+(.*))?$/i.exec(header);
  const bearer = scheme ? (scheme[1] ?? '').trim() : undefined;
  const token = bearer ?? url.searchParams.get('access_token') ?? undefined;
  if (token === undefined || (header !== null && bearer === undefined)) {
    throw new GoogleApiError(
      'UNAUTHENTICATED',
      `Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. ${HELP}`,
      undefined,
      CHALLENGE,
    );
  }
  if (token === '' || (accepted !== undefined && !accepted.includes(token))) {
    throw new GoogleApiError(
      'UNAUTHENTICATED',
      `Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. ${HELP}`,
      undefined,
      { 'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
    );
  }
  return token;
}

/** Emulates Drive sharing: a file with a `sharedWith` list is visible only to those tokens. */
export function canAccess(sharedWith: readonly string[] | undefined, token: string): boolean {
  return sharedWith === undefined || sharedWith.includes(token);
}
