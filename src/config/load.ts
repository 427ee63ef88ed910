import { readFile, stat } from 'node:fs/promises';
import { isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { ConfigError } from '../errors.ts';
import { DEFAULT_CONFIG_PATH } from './default-path.ts';
import { formatIssues, issuesFromZod, type ConfigIssue } from './format-issues.ts';
import type { z } from 'zod';
import { closestKey, keysAt } from './did-you-mean.ts';
import { buildJsonSchema } from './json-schema.ts';
import { resolveConfigPaths } from './paths.ts';
import { checkRules } from './rules.ts';
import { checkValues } from './value-checks.ts';
import { configSchema, type Config } from '../core/config-schema.ts';

export { DEFAULT_CONFIG_PATH } from './default-path.ts';

/** A config is a page or two of YAML; anything near this size is a wrong file or an attack. */
export const MAX_CONFIG_BYTES = 256 * 1024;
export const MAX_ALIASES = 50;

function pathOf(ancestors: readonly unknown[], key: number | 'key' | 'value' | null): string {
  const parts: string[] = [];
  ancestors.forEach((node, i) => {
    const child = ancestors[i + 1];
    if (isPair(node) && isScalar(node.key)) parts.push(`.${String(node.key.value)}`);
    if (isSeq(node) && child !== undefined) parts.push(`[${node.items.indexOf(child)}]`);
  });
  if (typeof key === 'number') parts.push(`[${key}]`);
  return parts.join('').replace(/^\./, '') || '(root)';
}

function holdsAlias(node: unknown): boolean {
  if (!isNode(node)) return false;
  let found = false;
  visit(node, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Aliases let a few lines expand into gigabytes ("billion laughs"). A real config needs a handful, and
 * never an alias of a value that holds aliases itself, which is how the expansion multiplies.
 */
function aliasProblem(doc: Document): ConfigIssue | null {
  let seen = 0;
  let problem: ConfigIssue | null = null;
  visit(doc, {
    Alias(key, node, ancestors) {
      seen += 1;
      const target = node.resolve(doc);
      let message: string | null = null;
      if (target === undefined)
        message = `invalid YAML: the alias *${node.source} has no anchor &${node.source} before it`;
      else if (seen > MAX_ALIASES)
        message = `more than ${MAX_ALIASES} YAML aliases (*name); write the values out instead`;
      else if (holdsAlias(target))
        message = `the alias *${node.source} points at a value that holds aliases itself; YAML aliases may not nest`;
      if (message === null) return undefined;
      problem = { path: pathOf(ancestors, key), message };
      return visit.BREAK;
    },
  });
  return problem;
}

export type ParseResult = { ok: true; config: Config } | { ok: false; issues: ConfigIssue[] };

/** Parses and checks config text without throwing, so `config check` can list every problem at once. */
export function parseConfigText(text: string): ParseResult {
  if (text.length > MAX_CONFIG_BYTES) {
    return {
      ok: false,
      issues: [{ path: '(root)', message: `expected at most ${MAX_CONFIG_BYTES} bytes of YAML` }],
    };
  }
  // Without prettyErrors the parser leaves linePos unset, so positions come from our own line counter.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          path: `line ${pos.line}, column ${pos.col}`,
          message: `invalid YAML: ${e.message.split('\n')[0] ?? e.code}`,
        };
      }),
    };
  }
  const badAlias = aliasProblem(doc);
  if (badAlias !== null) return { ok: false, issues: [badAlias] };
  let raw: unknown;
  try {
    raw = (doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown) ?? {};
  } catch (error) {
    // The alias count above is per document; this catches an alias that expands too far on its own.
    return {
      ok: false,
      issues: [
        { path: '(root)', message: `invalid YAML: ${error instanceof Error ? error.message : 'unreadable'}` },
      ],
    };
  }
  const parsed = configSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) {
    const issues = checkRules(parsed.data);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, config: parsed.data };
  }
  const issues = issuesFromZod(parsed.error, suggestKey);
  // A misspelt key must not hide the cross-field rules: check them on the file without the unknown keys.
  if (parsed.error.issues.every((issue) => issue.code === 'unrecognized_keys')) {
    const again = configSchema.safeParse(withoutUnknownKeys(raw, parsed.error.issues));
    if (again.success) issues.push(...checkRules(again.data));
  }
  return { ok: false, issues };
}

let jsonSchema: ReturnType<typeof buildJsonSchema> | null = null;

function suggestKey(path: readonly PropertyKey[], key: string): string | null {
  jsonSchema ??= buildJsonSchema();
  return closestKey(key, keysAt(jsonSchema, path));
}

function withoutUnknownKeys(raw: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const copy = structuredClone(raw);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    let node: unknown = copy;
    for (const segment of issue.path) node = (node as Record<PropertyKey, unknown> | undefined)?.[segment];
    if (node !== null && typeof node === 'object') {
      for (const key of issue.keys) delete (node as Record<string, unknown>)[key];
    }
  }
  return copy;
}

/**
 * Everything `config check` reports: the parse above, then the placeholders and malformed ids that only
 * a person can fix. A sync skips the value checks, since Notion itself refuses such an id.
 */
export function checkConfigText(text: string): ParseResult {
  const result = parseConfigText(text);
  const doc = parseDocument(text, { prettyErrors: false });
  // A file refused for its aliases or size is not expanded a second time here.
  const refused =
    !result.ok && result.issues.some((i) => /YAML alias|aliases|bytes of YAML|invalid YAML/.test(i.message));
  const valueIssues = doc.errors.length > 0 || refused ? [] : checkValues(doc.toJS() ?? {});
  if (valueIssues.length === 0) return result;
  const seen = new Set(result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`));
  const issues = [...(result.ok ? [] : result.issues)];
  for (const issue of valueIssues) if (!seen.has(`${issue.path}: ${issue.message}`)) issues.push(issue);
  return { ok: false, issues };
}

export function parseConfig(text: string, source = 'config'): Config {
  const result = parseConfigText(text);
  if (!result.ok) {
    throw new ConfigError(`${source} is invalid (${result.issues.length} problem(s))`, {
      details: formatIssues(result.issues),
    });
  }
  return result.config;
}

export async function readConfigText(path: string): Promise<string> {
  try {
    const { size } = await stat(path);
    if (size > MAX_CONFIG_BYTES) {
      throw new ConfigError(
        `${path} is ${size} bytes; a config may be at most ${MAX_CONFIG_BYTES} bytes (is it the right file?)`,
      );
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const hint =
      code === 'ENOENT'
        ? `no file at ${path}; pass --config <file> or copy config/review-sync.example.yaml to ${DEFAULT_CONFIG_PATH}`
        : `cannot read ${path} (${code ?? 'unknown error'})`;
    throw new ConfigError(hint, { cause: error });
  }
}

/** Reads, validates and resolves a config file; relative paths in it are relative to the file. */
export async function loadConfig(path: string): Promise<Config> {
  return resolveConfigPaths(parseConfig(await readConfigText(path), path), path);
}
