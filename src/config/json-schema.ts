import { z } from 'zod';
import { configSchema } from '../core/config-schema.ts';

/** Where the generated schema lives, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'config/schema.json';

/**
 * The JSON Schema for config files, derived from the zod schema so the two never drift.
 * `io: 'input'` describes what a person writes: keys with defaults are optional, not required.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' });
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
