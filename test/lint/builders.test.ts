import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// One builder per type: a second `makeReview` with other defaults lets two tests mean different pages by
// the same words. Every `make*` function (and `fullResponses`) is defined once, in test/support.
const ROOT = join(import.meta.dirname, '..', '..');

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const DEFINITION =
  /^\s*(?:export\s+)?(?:async\s+)?(?:function\s*\*?|const|let|var)\s+(make[A-Z]\w*|fullResponses)\b/gm;

function definitions(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const folder of ['src', 'test', 'scripts']) {
    for (const file of typeScriptFiles(join(ROOT, folder))) {
      const where = relative(ROOT, file).split(sep).join('/');
      for (const match of readFileSync(file, 'utf8').matchAll(DEFINITION)) {
        const name = match[1] ?? '';
        found.set(name, [...(found.get(name) ?? []), where]);
      }
    }
  }
  return found;
}

describe('test builders', () => {
  const found = definitions();

  it('finds the builders it guards', () => {
    expect([...found.keys()]).toEqual(
      expect.arrayContaining(['makeReview', 'makeRaw', 'makeValidResponse', 'makeScore', 'makeConfig']),
    );
  });

  it.each([...found.entries()])('defines %s exactly once, where tests look for it', (name, files) => {
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^test\/support\/[a-z-]+\.ts$/);
  });
});
