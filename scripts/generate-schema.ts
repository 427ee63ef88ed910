// Writes config/schema.json from the zod schema. Run with `npm run schema` after changing src/core/config-schema.ts;
// src/config/json-schema.test.ts fails until the file is regenerated.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { JSON_SCHEMA_PATH, renderJsonSchema } from '../src/config/json-schema.ts';

const target = resolve(import.meta.dirname, '..', JSON_SCHEMA_PATH);
await writeFile(target, renderJsonSchema(), 'utf8');
console.log(`wrote ${JSON_SCHEMA_PATH}`);
