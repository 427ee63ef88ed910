import { readFileSync } from 'node:fs';

// package.json sits two levels above both src/cli and dist/cli, so one relative path serves the
// sources and the compiled build alike.
const PACKAGE_JSON = new URL('../../package.json', import.meta.url);

/** The version of the running package, as `npm` published it. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}
