import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files.ts';

// The folders of src/core import one way: a helper two folders share sits below both, never in one of
// them, so each folder can be read, tested and moved knowing only what is under it. This builds the
// folder-level graph of the production files' imports (type-only ones too: they tie folders together for
// a reader just the same) and fails on any cycle. A file directly in src/core is a node of its own.

const ROOT = join(import.meta.dirname, '..', '..');
const CORE = join(ROOT, 'src', 'core');

/** The node a core file belongs to: its top folder under src/core, or the file itself at the top. */
function nodeOf(file: string): string {
  const [first = '', ...rest] = relative(CORE, file).split(/[\\/]/);
  return rest.length === 0 ? first : `${first}/`;
}

/** Folder → the folders it imports from, over the given files (paths absolute, texts by path). */
export function folderGraph(files: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [file, text] of files) {
    const from = nodeOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
      if (!imported.fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), imported.fileName);
      if (relative(CORE, target).startsWith('..')) continue;
      const to = nodeOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the path that closes it: `a → b → a`. */
export function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string) => {
    const open = path.indexOf(node);
    if (open >= 0) {
      found.push([...path.slice(open), node].join(' → '));
      return;
    }
    if (done.has(node)) return;
    path.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) visit(next);
    path.pop();
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) visit(node);
  return found;
}

const core = (path: string) => join(CORE, path);

describe('folder cycles in src/core', () => {
  it.each([
    [
      'two folders importing each other',
      new Map([
        [core('summary/a.ts'), "import { x } from '../trends/b.ts';"],
        [core('trends/b.ts'), "import type { Y } from '../summary/c.ts';"],
      ]),
      ['summary/ → trends/ → summary/'],
    ],
    [
      'three folders in a ring, through a re-export',
      new Map([
        [core('a/one.ts'), "export { x } from '../b/two.ts';"],
        [core('b/two.ts'), "import { y } from '../c/three.ts';"],
        [core('c/three.ts'), "import { z } from '../a/one.ts';"],
      ]),
      ['a/ → b/ → c/ → a/'],
    ],
    [
      'both folders using a helper below them',
      new Map([
        [core('summary/a.ts'), "import { hash } from '../hash/sha.ts';\nimport { x } from '../trends/b.ts';"],
        [
          core('trends/b.ts'),
          "import { hash } from '../hash/sha.ts';\nimport type { D } from '../domain.ts';",
        ],
        [core('hash/sha.ts'), "import { createHash } from 'node:crypto';"],
      ]),
      [],
    ],
    [
      'imports within one folder and out of core',
      new Map([
        [core('summary/a.ts'), "import { b } from './b.ts';\nimport { c } from '../../sync/c.ts';"],
        [core('summary/b.ts'), "import { a } from './a.ts';"],
      ]),
      [],
    ],
  ])('%s', (_what, files, expected) => {
    expect(cycles(folderGraph(files))).toEqual(expected);
  });

  it('finds none in src/core', () => {
    const files = new Map(sourceFiles(CORE).map((path) => [path, readFileSync(path, 'utf8')]));
    expect(cycles(folderGraph(files))).toEqual([]);
  });
});
