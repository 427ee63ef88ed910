import { describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../../src/sandbox/index.ts';
import { versionProblems } from './api-version.ts';

// The check the end-to-end runs rely on must itself catch what it is for.

const entry = (over: Partial<RequestLogEntry>): RequestLogEntry => ({
  method: 'GET',
  path: '/v1/users/me',
  status: 200,
  time: '2026-11-25T08:00:00.000Z',
  body: null,
  notionVersion: '2026-03-11',
  ...over,
});

describe('versionProblems', () => {
  it.each([
    { name: 'a clean read', e: entry({}), problems: [] },
    {
      name: 'a query naming its properties',
      e: entry({ method: 'POST', path: '/v1/data_sources/ds/query?filter_properties=title', body: {} }),
      problems: [],
    },
    {
      name: 'a query without filter_properties',
      e: entry({ method: 'POST', path: '/v1/data_sources/ds/query', body: {} }),
      problems: ['POST /v1/data_sources/ds/query: no filter_properties'],
    },
    {
      name: 'another header',
      e: entry({ notionVersion: '2025-09-03' }),
      problems: ['GET /v1/users/me: Notion-Version 2025-09-03'],
    },
    {
      name: 'archived, however deep',
      e: entry({ method: 'PATCH', path: '/v1/pages/p', body: { properties: { x: { archived: true } } } }),
      problems: ['PATCH /v1/pages/p: sends archived'],
    },
    {
      name: "an append's after",
      e: entry({ method: 'PATCH', path: '/v1/blocks/b/children', body: { children: [], after: 'x' } }),
      problems: ['PATCH /v1/blocks/b/children: sends after'],
    },
    {
      name: 'a Google request',
      e: entry({ path: '/v4/spreadsheets/s', notionVersion: undefined }),
      problems: [],
    },
  ])('under 2026-03-11: $name', ({ e, problems }) => {
    expect(versionProblems([e], '2026-03-11')).toEqual(problems);
  });

  it('under 2025-09-03, archived and after are fine', () => {
    const old = { notionVersion: '2025-09-03' };
    const entries = [
      entry({ ...old, method: 'PATCH', path: '/v1/pages/p', body: { archived: true } }),
      entry({ ...old, method: 'PATCH', path: '/v1/blocks/b/children', body: { children: [], after: 'x' } }),
    ];
    expect(versionProblems(entries, '2025-09-03')).toEqual([]);
  });
});
