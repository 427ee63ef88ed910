import { z } from 'zod';
import { DESCRIPTIONS } from './descriptions.ts';
import { configSchema } from '../core/config-schema.ts';

/** Where the generated schema lives, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'config/schema.json';

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  [key: string]: unknown;
}

/** Puts each key's hover text (src/config/descriptions.ts) on its property, through lists and unions. */
function describe(node: SchemaNode, path: string): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const at = path === '' ? key : `${path}.${key}`;
    const text = DESCRIPTIONS[at];
    // Spread so the description comes first in the file, where a reader looks for it.
    if (text !== undefined) node.properties![key] = { description: text, ...child };
    describe(node.properties![key]!, at);
  }
  if (node.items) describe(node.items, `${path}[]`);
  for (const option of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) describe(option, path);
}

/**
 * The JSON Schema for config files, derived from the zod schema so the two never drift.
 * `io: 'input'` describes what a person writes: keys with defaults are optional, not required.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }) as SchemaNode;
  describe(generated, '');
  // Spread after our keys would reorder them; put the human-facing ones first so the file reads well.
  const { $schema, ...rest } = generated;
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    title: 'review-sync configuration',
    description:
      'One YAML file that configures review-sync: Notion data sources, response sources, cycles, ' +
      'the competency framework, scoring and the action plan. Generated from src/core/config-schema.ts by ' +
      '`npm run schema`; do not edit by hand.',
    ...rest,
  };
}

/** The exact file content, so the script and the staleness test agree byte for byte. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
