import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, buildJsonSchema, renderJsonSchema } from './json-schema.ts';

const root = resolve(import.meta.dirname, '..', '..');

describe('config JSON Schema', () => {
  it('is up to date with the zod schema', async () => {
    const onDisk = await readFile(resolve(root, JSON_SCHEMA_PATH), 'utf8').catch(() => '');
    const fresh = renderJsonSchema();
    // A plain equality check, so the failure says what to do instead of printing a 10 000-line diff.
    if (onDisk !== fresh) {
      expect.fail(`${JSON_SCHEMA_PATH} is stale or missing: run \`npm run schema\` and commit the result`);
    }
  });

  it('describes input, so keys with defaults are optional', () => {
    const schema = buildJsonSchema() as { required: string[]; title: string; $schema: string };
    expect(schema.title).toBe('review-sync configuration');
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.required.sort()).toEqual(['actionPlan', 'cycles', 'framework', 'notion']);
  });

  it('rejects unknown keys, like the zod schema', () => {
    expect(buildJsonSchema()).toMatchObject({ additionalProperties: false });
  });
});
