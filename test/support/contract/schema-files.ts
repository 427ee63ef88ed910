import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContractFamily } from '../../../scripts/contract/endpoints.ts';
import type { SchemaNode } from '../../../scripts/contract/strict-schema.ts';

/** A committed schema file, as `npm run contract:schemas` writes it. */
export interface ContractSchemaFile {
  versions: Record<string, string>;
  generator: string;
  roots: string[];
  definitions: Record<string, SchemaNode>;
}

export const SCHEMA_DIR = join(import.meta.dirname, '..', '..', 'contract', 'schemas');

/** Read fresh on every call: each validator set mutates its own copy with overlays. */
export function readSchemaFile(family: ContractFamily): ContractSchemaFile {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, `${family}.json`), 'utf8')) as ContractSchemaFile;
}
