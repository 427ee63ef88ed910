import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { useMswServer } from '../../test/msw.ts';
import { NotionApiError } from '../errors.ts';
import { createNotionGateway, type NotionGateway } from './gateway.ts';

const BASE = 'https://notion.test';
const TOKEN = 'secret_abc123TOKEN';
const DS = '11111111-1111-1111-1111-111111111111';
const server = useMswServer();

/** A gateway on a fake clock that only sleeping moves, so every wait it takes is recorded exactly. */
function gateway(sleeps: number[] = [], extra: { maxAttempts?: number } = {}): NotionGateway {
  let time = 0;
  return createNotionGateway({
    token: TOKEN,
    baseUrl: BASE,
    requestsPerSecond: 1000,
    now: () => time,
    sleep: (ms) => {
      sleeps.push(ms);
      time += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
    ...extra,
  });
}

const emptyList = {
  object: 'list',
  results: [],
  next_cursor: null,
  has_more: false,
  type: 'page_or_data_source',
  page_or_data_source: {},
};
const apiError = (status: number, code: string, headers: Record<string, string> = {}) =>
  HttpResponse.json({ object: 'error', status, code, message: `boom ${code}` }, { status, headers });

describe('createNotionGateway', () => {
  it('sends the token, the API version and the body, and counts by endpoint', async () => {
    let seen: { auth: string | null; version: string | null; body: unknown } | undefined;
    server.use(
      http.post(`${BASE}/v1/data_sources/${DS}/query`, async ({ request }) => {
        seen = {
          auth: request.headers.get('authorization'),
          version: request.headers.get('notion-version'),
          body: await request.json(),
        };
        return HttpResponse.json(emptyList);
      }),
    );
    const gw = gateway();
    await gw.dataSources.query({ data_source_id: DS, page_size: 100 });
    expect(seen).toEqual({ auth: `Bearer ${TOKEN}`, version: '2025-09-03', body: { page_size: 100 } });
    expect(gw.stats).toEqual({
      total: 1,
      byEndpoint: { 'dataSources.query': 1 },
      retries: 0,
      rateLimited: 0,
      blocksCreated: 0,
    });
  });

  it('honours Retry-After on 429, for writes too', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE}/v1/pages`, () => {
        calls += 1;
        return calls === 1
          ? apiError(429, 'rate_limited', { 'Retry-After': '7' })
          : HttpResponse.json({ object: 'page', id: 'p1' });
      }),
    );
    const sleeps: number[] = [];
    const gw = gateway(sleeps);
    await gw.pages.create({ parent: { data_source_id: DS }, properties: {} });
    expect(calls).toBe(2);
    expect(sleeps).toEqual([7000]);
    expect(gw.stats).toMatchObject({ total: 2, retries: 1, rateLimited: 1 });
  });

  it('retries 529 on an unsafe request with backoff', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE}/v1/comments`, () => {
        calls += 1;
        return calls < 3
          ? apiError(529, 'service_overload')
          : HttpResponse.json({ object: 'comment', id: 'c1' });
      }),
    );
    const sleeps: number[] = [];
    await gateway(sleeps).comments.create({
      parent: { page_id: DS },
      rich_text: [{ text: { content: 'hi' } }],
    });
    expect(calls).toBe(3);
    // equal jitter with random 0.5: 500 ms step → 375, 1000 ms step → 750
    expect(sleeps).toEqual([375, 750]);
  });

  it('retries 503 on a query but not on a create', async () => {
    let queries = 0;
    let creates = 0;
    server.use(
      http.post(`${BASE}/v1/data_sources/${DS}/query`, () => {
        queries += 1;
        return queries === 1 ? apiError(503, 'service_unavailable') : HttpResponse.json(emptyList);
      }),
      http.post(`${BASE}/v1/pages`, () => {
        creates += 1;
        return apiError(503, 'service_unavailable');
      }),
    );
    const sleeps: number[] = [];
    const gw = gateway(sleeps);
    await gw.dataSources.query({ data_source_id: DS });
    expect(queries).toBe(2);
    await expect(gw.pages.create({ parent: { data_source_id: DS }, properties: {} })).rejects.toMatchObject({
      name: 'NotionApiError',
      status: 503,
      code: 'service_unavailable',
      unknownOutcome: true,
    });
    expect(creates).toBe(1);
    // The query's backoff, the queue's 1 ms pacing at 1000/s, then one pause before the create's unknown
    // outcome goes back to the caller to be checked.
    expect(sleeps).toEqual([375, 1, 375]);
  });

  it('retries a dropped connection on an idempotent update only', async () => {
    let updates = 0;
    server.use(
      http.patch(`${BASE}/v1/pages/${DS}`, () => {
        updates += 1;
        return updates === 1 ? HttpResponse.error() : HttpResponse.json({ object: 'page', id: DS });
      }),
      http.patch(`${BASE}/v1/blocks/${DS}/children`, () => HttpResponse.error()),
    );
    const gw = gateway();
    await gw.pages.update({ page_id: DS, properties: {} });
    expect(updates).toBe(2);
    await expect(gw.blocks.children.append({ block_id: DS, children: [] })).rejects.toMatchObject({
      name: 'NotionApiError',
      unknownOutcome: true,
    });
    expect(gw.stats.byEndpoint['blocks.children.append']).toBe(1);
  });

  it('gives up after maxAttempts and wraps the SDK error once', async () => {
    server.use(http.get(`${BASE}/v1/users/me`, () => apiError(500, 'internal_server_error')));
    const gw = createNotionGateway({
      token: TOKEN,
      baseUrl: BASE,
      requestsPerSecond: 1000,
      sleep: () => Promise.resolve(),
      maxAttempts: 3,
    });
    const error = await gw.users.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotionApiError);
    const wrapped = error as NotionApiError;
    expect(wrapped.status).toBe(500);
    expect(wrapped.message).toContain('users.me');
    expect(wrapped.cause).not.toBeInstanceOf(NotionApiError);
    expect((wrapped.cause as { name: string }).name).toBe('APIResponseError');
    expect(gw.stats).toMatchObject({ total: 3, retries: 2 });
  });

  it('gives a safe request 8 attempts by default, backing off for about a minute in all', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/v1/users/me`, () => {
        calls += 1;
        return apiError(502, 'bad_gateway');
      }),
    );
    const sleeps: number[] = [];
    const error = (await gateway(sleeps)
      .users.me()
      .catch((e: unknown) => e)) as NotionApiError;
    expect(error.message).toContain('after 8 attempts');
    expect(calls).toBe(8);
    // Equal jitter at random 0.5: three quarters of 0.5, 1, 2, 4, 8, 16 and (capped) 30 s.
    expect(sleeps).toEqual([375, 750, 1500, 3000, 6000, 12_000, 22_500]);
  });

  it('never puts the token in an error message, even when the server echoes it', async () => {
    server.use(
      http.get(`${BASE}/v1/users/me`, () =>
        HttpResponse.json(
          { object: 'error', status: 401, code: 'unauthorized', message: `bad token ${TOKEN}` },
          { status: 401 },
        ),
      ),
    );
    const error = (await gateway()
      .users.me()
      .catch((e: unknown) => e)) as NotionApiError;
    expect(error.isAuth).toBe(true);
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).toContain('[redacted]');
  });

  it('keeps waiting out 429s past maxAttempts, as long as the wait budget lasts', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/v1/users/me`, () => {
        calls += 1;
        return calls <= 8
          ? apiError(429, 'rate_limited', { 'Retry-After': '30' })
          : HttpResponse.json({ object: 'user', id: 'bot' });
      }),
    );
    const sleeps: number[] = [];
    await gateway(sleeps, { maxAttempts: 3 }).users.me();
    expect(calls).toBe(9);
    expect(sleeps).toEqual(Array.from({ length: 8 }, () => 30_000));
  });

  it('gives up on a 429 once its wait would overrun the run’s wait budget', async () => {
    server.use(http.get(`${BASE}/v1/users/me`, () => apiError(429, 'rate_limited', { 'Retry-After': '40' })));
    const gw = createNotionGateway({
      token: TOKEN,
      baseUrl: BASE,
      requestsPerSecond: 1000,
      sleep: () => Promise.resolve(),
      waitBudgetMs: 100_000,
    });
    const error = (await gw.users.me().catch((e: unknown) => e)) as NotionApiError;
    expect(error.status).toBe(429);
    expect(error.message).toContain('wait budget (100 s) is used up');
    // 40 + 40 fit in 100 s; the third wait would not.
    expect(gw.stats).toMatchObject({ total: 3, retries: 2, rateLimited: 3 });
  });

  it('does not retry 4xx validation errors', async () => {
    let calls = 0;
    server.use(
      http.patch(`${BASE}/v1/pages/${DS}`, () => {
        calls += 1;
        return apiError(400, 'validation_error');
      }),
    );
    await expect(gateway().pages.update({ page_id: DS, properties: {} })).rejects.toMatchObject({
      status: 400,
    });
    expect(calls).toBe(1);
  });
});
