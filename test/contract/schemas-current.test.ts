import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOGLE_ENDPOINTS, NOTION_ENDPOINTS, rootsOf } from '../../scripts/contract/endpoints.ts';
import { ROUTES } from '../../src/sandbox/notion/router.ts';
import { readSchemaFile } from '../support/contract/schema-files.ts';
import { endpointFor } from '../support/contract/validator.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function installed(name: string): string {
  const manifest = readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}

describe('the committed contract schemas', () => {
  it.each(['notion', 'google'] as const)(
    '%s.json was generated from the installed SDK versions',
    (family) => {
      const file = readSchemaFile(family);
      for (const [name, version] of Object.entries(file.versions)) {
        expect(installed(name), `${name} changed: run npm run contract:schemas`).toBe(version);
      }
      expect(file.generator, 'the generator changed: run npm run contract:schemas').toBe(
        `ts-json-schema-generator ${installed('ts-json-schema-generator')}`,
      );
    },
  );

  it.each([
    ['notion', NOTION_ENDPOINTS],
    ['google', GOOGLE_ENDPOINTS],
  ] as const)('%s.json has a root for every request and response of every endpoint', (family, endpoints) => {
    const { roots, definitions } = readSchemaFile(family);
    const needed = endpoints.flatMap(rootsOf);
    expect([...new Set(needed)].sort(), 'run npm run contract:schemas').toEqual(roots);
    for (const root of roots) expect(definitions[root], root).toBeDefined();
  });
});

describe('every endpoint the sandbox answers has a contract', () => {
  it('lists each route of the Notion router, and nothing the router lacks', () => {
    const routes = ROUTES.map((r) => `${r.method} ${r.pattern.source}`);
    const contracts = NOTION_ENDPOINTS.map((e) => `${e.method} ${e.pattern.source}`);
    expect(contracts).toEqual(routes);
  });

  // The Google emulator routes by regular expressions inside its handlers, so its endpoints are named
  // here by one request each; the observer also fails any 2xx answer on a path with no contract.
  it.each([
    ['POST', '/v1/forms', 'forms.create'],
    ['GET', '/v1/forms/1FAIpQLSx', 'forms.get'],
    ['POST', '/v1/forms/1FAIpQLSx:batchUpdate', 'forms.batchUpdate'],
    ['GET', '/v1/forms/1FAIpQLSx/responses', 'forms.responses.list'],
    ['GET', '/v1/forms/1FAIpQLSx/responses/ACYDBNj', 'forms.responses.get'],
    ['GET', '/v4/spreadsheets/sheet-1', 'spreadsheets.get'],
    ['GET', '/v4/spreadsheets/sheet-1/values:batchGet', 'spreadsheets.values.batchGet'],
    ['GET', '/v4/spreadsheets/sheet-1/values/Form%20Responses%201!A1%3AZ', 'spreadsheets.values.get'],
    ['GET', '/v1/pages/66666666-6666-4666-8666-666666666666', 'pages.retrieve'],
    ['PATCH', '/v1/blocks/abc/children', 'blocks.children.append'],
  ])('%s %s is %s', (method, path, name) => {
    expect(endpointFor(method, path)?.name).toBe(name);
  });
});
