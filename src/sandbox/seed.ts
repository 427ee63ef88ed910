import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { googleSeedSchema, type GoogleSeed } from './google/index.ts';
import { notionSeedSchema, type NotionSeed } from './notion/seed-schema.ts';
import { formatPath, SeedError } from './seed-error.ts';

/** The sandbox seed: Notion state, Google sheets and forms, and optionally the accepted tokens. */
export interface SandboxSeed extends GoogleSeed {
  notion?: NotionSeed;
  tokens?: string[];
}

const frameSchema = z.object({
  notion: notionSeedSchema.optional(),
  tokens: z.array(z.string().min(1)).optional(),
  sheets: z.unknown().optional(),
  forms: z.unknown().optional(),
});

function refuse(issues: readonly z.core.$ZodIssue[]): never {
  const first = issues[0];
  throw new SeedError(first ? formatPath(first.path) : '', first?.message ?? 'invalid seed');
}

/** Validates a seed, refusing it with the path and reason of the first problem. */
export function parseSeed(raw: unknown): SandboxSeed {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new SeedError('', 'the seed must be a JSON object');
  const known = new Set(['notion', 'sheets', 'forms', 'tokens', '$schema']);
  const unknownKey = Object.keys(raw).find((key) => !known.has(key));
  if (unknownKey)
    throw new SeedError(unknownKey, 'unknown top-level key (expected notion, sheets, forms or tokens)');
  const frame = frameSchema.safeParse(raw);
  if (!frame.success) refuse(frame.error.issues);
  const { sheets, forms } = raw as Record<string, unknown>;
  const google = googleSeedSchema.safeParse({ ...(sheets ? { sheets } : {}), ...(forms ? { forms } : {}) });
  if (!google.success) refuse(google.error.issues);
  return {
    ...google.data,
    ...(frame.data.notion ? { notion: frame.data.notion } : {}),
    ...(frame.data.tokens ? { tokens: frame.data.tokens } : {}),
  };
}

export async function loadSeedFile(file: string): Promise<SandboxSeed> {
  const text = await readFile(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SeedError('', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseSeed(raw);
}
