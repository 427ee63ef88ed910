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

  it('gives every key a description, for editor hover text', () => {
    const undescribed: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [key, child] of Object.entries(properties)) {
        const at = path === '' ? key : `${path}.${key}`;
        if (typeof child.description !== 'string' || child.description === '') undescribed.push(at);
        walk(child, at);
      }
      if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
      for (const option of [...((node.oneOf ?? []) as never[]), ...((node.anyOf ?? []) as never[])]) {
        walk(option, path);
      }
    };
    walk(buildJsonSchema(), '');
    // A new key needs a line in src/config/descriptions.ts.
    expect(undescribed).toEqual([]);
  });

  it('rejects unknown keys, like the zod schema', () => {
    expect(buildJsonSchema()).toMatchObject({ additionalProperties: false });
  });
});
