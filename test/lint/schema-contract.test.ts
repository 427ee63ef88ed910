import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  ACTION_ITEM_PROPERTIES,
  FEEDBACK_REQUEST_PROPERTIES,
  GOAL_PROPERTIES,
  OBJECTIVE_PROPERTIES,
  REVIEW_PROPERTIES,
  TEAM_ROSTER_PROPERTIES,
  type PropertyDecl,
} from '../../src/core/notion-contract/contract.ts';
import { sourceFiles } from '../support/source-files.ts';

// Every Notion property the tool knows is declared once, in the schema contract. This scans the code
// (string literals only, not comments) of every production file for a default property name, and for
// the shape of a property configuration (`rich_text: {}`, `select: { options`…), outside the contract
// and the module that turns it into create requests. The sandbox is the other side of the API and has
// its own demo data, so it is not scanned.

const ROOT = join(import.meta.dirname, '..', '..');
const CONTRACT_HOMES = ['src/core/notion-contract/contract.ts', 'src/core/notion-schema/creation.ts'];

/**
 * Display labels that happen to equal a property name. The summary table's Manager column is the
 * manager's rating (the rater group), not the Manager property; it declares nothing. (The overview's
 * headers that show a property's content use the team's configured names.)
 */
const LABELS: Readonly<Record<string, readonly string[]>> = {
  'src/notion/summary-blocks.ts': ['Manager'],
  // The text chart's rater column and its per-manager grouping: a rater group and a heading, as above.
  'src/core/charts/text.ts': ['Manager'],
};

const SECTIONS: readonly Record<string, PropertyDecl>[] = [
  REVIEW_PROPERTIES,
  GOAL_PROPERTIES,
  ACTION_ITEM_PROPERTIES,
  FEEDBACK_REQUEST_PROPERTIES,
  OBJECTIVE_PROPERTIES,
  TEAM_ROSTER_PROPERTIES,
];

const DEFAULT_NAMES = new Set(
  SECTIONS.flatMap((section) => Object.values(section)).flatMap((decl) =>
    decl.name === null ? [] : [decl.name],
  ),
);

const CONFIGURATION =
  /\b(title|rich_text|people|checkbox|date): \{\}|\bselect: \{ options\b|\bnumber: \{ format\b/;

/** The string literals of one file that name a property, and lines that configure one. */
export function declarationsOutsideContract(file: string, text: string): string[] {
  const found: string[] = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const allowed = LABELS[file] ?? [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    const literal =
      token === ts.SyntaxKind.StringLiteral || token === ts.SyntaxKind.NoSubstitutionTemplateLiteral;
    const value = scanner.getTokenValue();
    if (literal && DEFAULT_NAMES.has(value) && !allowed.includes(value)) found.push(`${file}: '${value}'`);
  }
  text.split('\n').forEach((line, i) => {
    if (CONFIGURATION.test(line) && !line.trim().startsWith('//') && !line.trim().startsWith('*')) {
      found.push(`${file}:${i + 1}: ${line.trim()}`);
    }
  });
  return found;
}

describe('the Notion schema contract', () => {
  it('is the only production file that names a property or configures one', () => {
    const files = sourceFiles(join(ROOT, 'src'))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((file) => !file.startsWith('src/sandbox/') && !CONTRACT_HOMES.includes(file));
    const found = files.flatMap((file) =>
      declarationsOutsideContract(file, readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['a default name as a string', "const p = { summaryHash: 'Summary hash' };"],
    ['a default name as a template', 'const name = `Synced status`;'],
    ['a property configuration', "const created = { 'Notes': { rich_text: {} } };"],
    ['a select created with options', "const s = { select: { options: [{ name: 'A' }] } };"],
  ])('catches %s planted in another file', (_label, code) => {
    expect(declarationsOutsideContract('src/notion/planted.ts', code)).not.toEqual([]);
  });

  it.each([
    ['a name in a comment', '// the page\'s "Summary hash" property\nconst x = 1;'],
    ['a property value, not a configuration', "const v = { select: { name: 'Done' } };"],
    ["the summary table's rater column", "const header = ['Code', 'Manager'];"],
  ])('leaves %s alone', (_label, code) => {
    expect(declarationsOutsideContract('src/notion/summary-blocks.ts', code)).toEqual([]);
  });
});
