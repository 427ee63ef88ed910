import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The sources (src/cli/…) and the bundle (dist/…, in chunks) sit at different depths below the package
// root, so the root is found by walking up to the package.json that names this package.

let cached: { root: string; version: string } | null = null;

function locate(): { root: string; version: string } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown };
      if (parsed.name === 'review-sync') {
        return { root: dir, version: typeof parsed.version === 'string' ? parsed.version : '0.0.0' };
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('review-sync: cannot find its own package.json');
    dir = parent;
  }
}

/** The directory holding package.json, config/ and bin/. */
export function packageRoot(): string {
  cached ??= locate();
  return cached.root;
}

/** The version of the running package, as published. */
export function packageVersion(): string {
  cached ??= locate();
  return cached.version;
}
