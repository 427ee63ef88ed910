import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
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

export type ParseResult = { ok: true; config: Config } | { ok: false; issues: ConfigIssue[] };

/** Parses and checks config text without throwing, so `config check` can list every problem at once. */
export function parseConfigText(text: string): ParseResult {
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
  const raw: unknown = doc.toJS() ?? {};
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
  const valueIssues = doc.errors.length > 0 ? [] : checkValues(doc.toJS() ?? {});
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
    return await readFile(path, 'utf8');
  } catch (error) {
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
