import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files.ts';

// Core keeps no module state: whatever a run remembers (indexes, memos) lives in the RunContext the
// planner makes once per plan, so two plans in one process (tests under isolate:false, a long-lived
// worker) share nothing. This reads the top-level statements of every production file in src/core and
// names each `let` or `var`, and each Map, Set, WeakMap or WeakSet made there, unless it is a frozen
// constant: typed ReadonlySet or ReadonlyMap and built from literals only.

const ROOT = join(import.meta.dirname, '..', '..');
const COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet']);
const READONLY_TYPES = new Set(['ReadonlySet', 'ReadonlyMap']);

function unwrap(expression: ts.Expression): ts.Expression {
  let e = expression;
  while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)) {
    e = e.expression;
  }
  return e;
}

function isLiteral(node: ts.Expression): boolean {
  const e = unwrap(node);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isNumericLiteral(e)) return true;
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (e.kind === ts.SyntaxKind.NullKeyword) return true;
  // A Map's entries: [key, value] pairs of literals.
  return ts.isArrayLiteralExpression(e) && e.elements.every((element) => isLiteral(element));
}

/** A collection typed read-only and filled from literals: nothing can change it after it is made. */
function isFrozenConstant(declaration: ts.VariableDeclaration, made: ts.NewExpression): boolean {
  const type = declaration.type;
  if (type === undefined || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return false;
  if (!READONLY_TYPES.has(type.typeName.text)) return false;
  const [entries, ...rest] = made.arguments ?? [];
  if (rest.length > 0) return false;
  return entries === undefined || (ts.isArrayLiteralExpression(entries) && isLiteral(entries));
}

/** The top-level state of one file: `file:line: text` for each offending declaration. */
export function moduleState(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${file}:${line + 1}: ${what}`);
  };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of list.declarations) {
      const name = declaration.name.getText(source);
      if (!isConst) {
        report(declaration, `top-level let/var ${name}`);
        continue;
      }
      const init = declaration.initializer === undefined ? undefined : unwrap(declaration.initializer);
      if (init === undefined || !ts.isNewExpression(init) || !ts.isIdentifier(init.expression)) continue;
      const made = init.expression.text;
      if (COLLECTIONS.has(made) && !isFrozenConstant(declaration, init)) {
        report(declaration, `top-level ${made} ${name}`);
      }
    }
  }
  return found;
}

describe('core module state', () => {
  it('src/core keeps none: no top-level let, and no top-level collection but frozen constants', () => {
    const files = sourceFiles(join(ROOT, 'src', 'core')).map((path) =>
      relative(ROOT, path).split('\\').join('/'),
    );
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => moduleState(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });

  it.each([
    ['a let counter', 'let count = 0;', ['src/core/planted.ts:1: top-level let/var count']],
    [
      'an exported let',
      'export let last: string | null = null;',
      ['src/core/planted.ts:1: top-level let/var last'],
    ],
    ['a var', 'var seen = 0;', ['src/core/planted.ts:1: top-level let/var seen']],
    [
      'a cache Map',
      'const cache = new Map<string, number>();',
      ['src/core/planted.ts:1: top-level Map cache'],
    ],
    [
      'an exported WeakMap',
      'export const byConfig = new WeakMap<object, string>();',
      ['src/core/planted.ts:1: top-level WeakMap byConfig'],
    ],
    ['a WeakSet', 'const seen = new WeakSet();', ['src/core/planted.ts:1: top-level WeakSet seen']],
    [
      'a Set of literals typed as a mutable Set',
      "const KINDS: Set<string> = new Set(['a', 'b']);",
      ['src/core/planted.ts:1: top-level Set KINDS'],
    ],
    [
      'a ReadonlySet built from a variable',
      'const KINDS: ReadonlySet<string> = new Set(names);',
      ['src/core/planted.ts:1: top-level Set KINDS'],
    ],
    [
      'a Map behind a cast',
      'const memo = new Map() as ReadonlyMap<string, string>;',
      ['src/core/planted.ts:1: top-level Map memo'],
    ],
    ['a frozen ReadonlySet of literals', "const ON: ReadonlySet<string> = new Set<string>(['a', 'b']);", []],
    [
      'a frozen ReadonlyMap of literal pairs',
      "const BY: ReadonlyMap<string, number> = new Map([['a', 1]]);",
      [],
    ],
    [
      'a Map inside a function',
      'export function f() {\n  const m = new Map();\n  let n = 0;\n  return [m, n];\n}',
      [],
    ],
    ['a top-level constant', 'const LIMIT = 10_000;', []],
  ])('%s', (_name, code, expected) => {
    expect(moduleState('src/core/planted.ts', code)).toEqual(expected);
  });
});
