import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { useMswServer } from '../../test/msw.ts';
import type { NotionApiError } from '../errors.ts';
import { createNotionGateway, type NotionGateway } from './gateway.ts';

// Failures as Notion documents them: what the gateway does with each, request by request.

const BASE = 'https://notion.test';
const PAGE = '22222222-2222-2222-2222-222222222222';
const DS = '11111111-1111-1111-1111-111111111111';
const server = useMswServer();

function gateway(sleeps: number[] = [], waitBudgetMs?: number): NotionGateway {
  let time = 0;
  return createNotionGateway({
    token: 'secret_token',
    baseUrl: BASE,
    requestsPerSecond: 1000,
    now: () => time,
    sleep: (ms) => {
      sleeps.push(ms);
      time += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
    ...(waitBudgetMs === undefined ? {} : { waitBudgetMs }),
  });
}

const notionError = (
  status: number,
  code: string,
  additional_data?: Record<string, unknown>,
  headers: Record<string, string> = {},
) =>
  HttpResponse.json(
    {
      object: 'error',
      status,
      code,
      message: `boom ${code}`,
      ...(additional_data ? { additional_data } : {}),
    },
    { status, headers },
  );

const paragraph = (text: string) => ({
  object: 'block' as const,
  type: 'paragraph' as const,
  paragraph: { rich_text: [{ type: 'text' as const, text: { content: text } }] },
});
const createArgs = { parent: { data_source_id: DS }, properties: {}, children: [paragraph('a')] };
const appendArgs = { block_id: PAGE, children: [paragraph('a'), paragraph('b')] };

describe('409 conflict_error', () => {
  it('is retried on an idempotent update', async () => {
    let calls = 0;
    server.use(
      http.patch(`${BASE}/v1/pages/${PAGE}`, () => {
        calls += 1;
        return calls === 1
          ? notionError(409, 'conflict_error')
          : HttpResponse.json({ object: 'page', id: PAGE });
      }),
    );
    await gateway().pages.update({ page_id: PAGE, properties: {} });
    expect(calls).toBe(2);
  });

  it('on a create is an unknown outcome, for the caller to verify before repeating', async () => {
    server.use(http.post(`${BASE}/v1/pages`, () => notionError(409, 'conflict_error')));
    const gw = gateway();
    await expect(gw.pages.create(createArgs)).rejects.toMatchObject({ status: 409, unknownOutcome: true });
    expect(gw.stats).toMatchObject({ total: 1, blocksCreated: 0 });
  });
});

describe('503 naming what it committed', () => {
  it('answers a create with the committed page, with no read and no repeat', async () => {
    server.use(
      http.post(`${BASE}/v1/pages`, () =>
        notionError(503, 'service_unavailable', { committed_resource_id: PAGE, retry_guidance: 'x' }),
      ),
    );
    const gw = gateway();
    const created = await gw.pages.create(createArgs);
    expect(created.id).toBe(PAGE);
    expect(gw.stats).toMatchObject({ total: 1, byEndpoint: { 'pages.create': 1 }, blocksCreated: 2 });
  });

  it('answers an append with the committed children, in order', async () => {
    server.use(
      http.patch(`${BASE}/v1/blocks/${PAGE}/children`, () =>
        notionError(503, 'service_unavailable', { committed_child_ids: ['b1', 'b2'] }),
      ),
    );
    const gw = gateway();
    const appended = await gw.blocks.children.append(appendArgs);
    expect(appended.results.map((b) => b.id)).toEqual(['b1', 'b2']);
    expect(gw.stats).toMatchObject({ total: 1, blocksCreated: 2 });
  });

  it('without ids, or with fewer children than sent, stays an unknown outcome', async () => {
    server.use(
      http.patch(`${BASE}/v1/blocks/${PAGE}/children`, () =>
        notionError(503, 'service_unavailable', { committed_child_ids: ['b1'] }),
      ),
    );
    await expect(gateway().blocks.children.append(appendArgs)).rejects.toMatchObject({
      status: 503,
      unknownOutcome: true,
    });
  });
});

describe('429 rate_limit_reason', () => {
  it('public_api_request_blocked stops at once: no wait, no retry, a setup error (exit 2)', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/v1/users/me`, () => {
        calls += 1;
        return notionError(
          429,
          'rate_limited',
          { rate_limit_reason: 'public_api_request_blocked' },
          {
            'retry-after': '1',
          },
        );
      }),
    );
    const sleeps: number[] = [];
    const error = (await gateway(sleeps)
      .users.me()
      .catch((e: unknown) => e)) as NotionApiError;
    expect([calls, sleeps, error.isAuth, error.refusal]).toEqual([1, [], true, 'request-blocked']);
    expect(error.message).toContain('retrying will not help');
  });

  it('a Retry-After over 60 s is waited out within the wait budget', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/v1/users/me`, () => {
        calls += 1;
        return calls === 1
          ? notionError(429, 'rate_limited', { rate_limit_reason: 'workspace' }, { 'retry-after': '300' })
          : HttpResponse.json({ object: 'user', id: 'bot' });
      }),
    );
    const sleeps: number[] = [];
    await gateway(sleeps).users.me();
    expect(sleeps).toContain(300_000);
  });

  it('a Retry-After past the budget gives up at once and holds back no other request', async () => {
    server.use(
      http.get(`${BASE}/v1/users/me`, () => notionError(429, 'rate_limited', {}, { 'retry-after': '3600' })),
      http.get(`${BASE}/v1/users`, () =>
        HttpResponse.json({ object: 'list', results: [], next_cursor: null, has_more: false }),
      ),
    );
    const sleeps: number[] = [];
    const gw = gateway(sleeps, 600_000);
    const error = (await gw.users.me().catch((e: unknown) => e)) as NotionApiError;
    expect(error.message).toMatch(/3600 s wait .*the next run picks this up/);
    await gw.users.list({});
    expect(Math.max(0, ...sleeps)).toBeLessThan(60_000);
  });
});

describe('403 restricted_resource with block_limit', () => {
  it('is not an auth error, and stops every later create and append without a request', async () => {
    let creates = 0;
    server.use(
      http.post(`${BASE}/v1/pages`, () => {
        creates += 1;
        return notionError(403, 'restricted_resource', { block_limit: 'block_creation' });
      }),
      http.patch(`${BASE}/v1/pages/${PAGE}`, () => HttpResponse.json({ object: 'page', id: PAGE })),
    );
    const gw = gateway();
    const error = (await gw.pages.create(createArgs).catch((e: unknown) => e)) as NotionApiError;
    expect([error.isAuth, error.isBlockLimit, error.unknownOutcome]).toEqual([false, true, false]);
    expect(error.message).toContain("Free plan's block limit");
    await expect(gw.blocks.children.append(appendArgs)).rejects.toBe(error);
    await expect(gw.pages.create(createArgs)).rejects.toBe(error);
    // Property edits still go through.
    await gw.pages.update({ page_id: PAGE, properties: {} });
    expect([creates, gw.stats.total, gw.stats.blocksCreated]).toEqual([1, 2, 0]);
  });

  it('a plain 403 stays an auth error', async () => {
    server.use(http.post(`${BASE}/v1/pages`, () => notionError(403, 'restricted_resource')));
    const error = (await gateway()
      .pages.create(createArgs)
      .catch((e: unknown) => e)) as NotionApiError;
    expect([error.isAuth, error.isBlockLimit]).toEqual([true, false]);
  });
});

describe('blocks created', () => {
  it('counts a page, its body and nested children', async () => {
    server.use(
      http.post(`${BASE}/v1/pages`, () => HttpResponse.json({ object: 'page', id: PAGE })),
      http.patch(`${BASE}/v1/blocks/${PAGE}/children`, () =>
        HttpResponse.json({ object: 'list', results: [], next_cursor: null, has_more: false }),
      ),
    );
    const gw = gateway();
    await gw.pages.create(createArgs);
    await gw.blocks.children.append({
      block_id: PAGE,
      children: [
        {
          type: 'callout',
          callout: { rich_text: [], children: [paragraph('x'), paragraph('y')] },
        },
      ],
    });
    expect(gw.stats.blocksCreated).toBe(2 + 3);
  });
});
