import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `--help` must start in a blink: what program.ts loads statically (not `import type`, not a dynamic
// import inside an action) may not reach the Notion or Google clients, or any other heavy package.

const STATIC_IMPORT = /^import\s+(?!type\s)[^;]*?from\s+'([^']+)';/gms;

async function staticGraph(entry: string): Promise<{ files: string[]; packages: string[] }> {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (files.has(file)) return;
    files.add(file);
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.')) await visit(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  await visit(entry);
  return { files: [...files], packages: [...packages].sort() };
}

describe('lazy command loading', () => {
  it('keeps the help path to commander and Node built-ins', async () => {
    const { packages } = await staticGraph(resolve(import.meta.dirname, 'program.ts'));
    expect(packages.filter((p) => !p.startsWith('node:'))).toEqual(['commander']);
  });
});
