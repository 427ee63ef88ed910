import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../errors.ts';
import { formatIssues, issuesFromZod, type ConfigIssue } from './format-issues.ts';
import { checkRules } from './rules.ts';
import { configSchema, type Config } from '../core/config-schema.ts';

export const DEFAULT_CONFIG_PATH = 'review-sync.yaml';

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
  const parsed = configSchema.safeParse(doc.toJS() ?? {}, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const issues = checkRules(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, config: parsed.data };
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

export async function loadConfig(path: string): Promise<Config> {
  return parseConfig(await readConfigText(path), path);
}
