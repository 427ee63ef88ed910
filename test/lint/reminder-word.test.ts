import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// A reminder comment on an overdue stage is called a reminder in code: types, functions, files and the
// change kind. The one place the older word stays is the name users know: the config key `nudges`
// (and the report's `counts.nudges`, kept beside `counts.reminders`). Two words for one thing sent
// readers looking for two things, so this fails on any other identifier, file name or change-kind
// string that says "nudge", in production code and tests alike.

const ROOT = join(import.meta.dirname, '..', '..');
const KEPT_NAME = 'nudges';

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const saysNudge = (text: string) => text.toLowerCase().includes('nudge');

/** `file:line: what` for each identifier or change-kind string in `text` that uses the older word. */
export function olderWordUses(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${file}:${line + 1}: ${what}`);
  };
  if (saysNudge(file.split('/').pop() ?? '')) found.push(`${file}: file name`);
  const visit = (node: ts.Node): void => {
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && saysNudge(node.text)) {
      if (node.text !== KEPT_NAME) report(node, `identifier ${node.text}`);
    } else if (ts.isStringLiteralLike(node) && node.text.toLowerCase() === 'nudge') {
      report(node, `string '${node.text}'`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('one word for reminders in code', () => {
  it.each([
    ['a type', 'export interface NudgeChange { kind: string }', ['planted.ts:1: identifier NudgeChange']],
    ['a function', 'export const nudgesFor = () => [];', ['planted.ts:1: identifier nudgesFor']],
    [
      'a local',
      'const nudge = 1;\nexport { nudge };',
      ['planted.ts:1: identifier nudge', 'planted.ts:2: identifier nudge'],
    ],
    ['the change kind', "export const kind = 'nudge';", ["planted.ts:1: string 'nudge'"]],
    ['the config key', 'export const on = (c: { nudges: { enabled: boolean } }) => c.nudges.enabled;', []],
    ['a config path in a string', "export const key = 'nudges.graceDays';", []],
    ['the word in a comment', '// a nudge, once\nexport const reminder = 1;', []],
  ])('%s', (_what, text, expected) => {
    expect(olderWordUses('planted.ts', text)).toEqual(expected);
  });

  it('names a file by the older word', () => {
    expect(olderWordUses('src/planner/plan-nudge.ts', '')).toEqual(['src/planner/plan-nudge.ts: file name']);
  });

  it('finds no identifier, file or change kind saying "nudge" in src', () => {
    const found = typeScriptFiles(join(ROOT, 'src')).flatMap((path) =>
      olderWordUses(relative(ROOT, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
