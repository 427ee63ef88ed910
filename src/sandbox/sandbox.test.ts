import { APIResponseError, UnknownHTTPResponseError } from '@notionhq/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSandbox } from './sandbox.ts';
import { SeedError } from './seed-error.ts';
import {
  BASE_URL,
  IDS,
  reviewSeed,
  title,
  TOKEN,
  useNotionHarness,
} from '../../test/support/notion-emulator-sandbox.ts';

const harness = useNotionHarness();

function notionRequest(path: string, init: RequestInit = {}): Request {
  return new Request(`${BASE_URL}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'notion-version': '2025-09-03',
      'content-type': 'application/json',
    },
  });
}

describe('rate limit', () => {
  it('answers 429 rate_limited with Retry-After once a token spends its budget, per 60 s window', async () => {
    let now = new Date('2026-03-01T10:00:00Z').getTime();
    const sandbox = harness.install({ rateLimit: 3, now: () => new Date(now) });
    const notion = harness.client();
    for (let i = 0; i < 3; i += 1) await notion.users.me({});
    now += 20_000;
    const error = await notion.users.me({}).catch((e: unknown) => e);
    expect(APIResponseError.isAPIResponseError(error) && [error.status, error.code]).toEqual([
      429,
      'rate_limited',
    ]);
    expect(APIResponseError.isAPIResponseError(error) && (error.headers as Headers).get('retry-after')).toBe(
      '40',
    );
    expect(await harness.client({ auth: 'another-token' }).users.me({})).toMatchObject({ type: 'bot' });
    now += 40_000;
    expect(await notion.users.me({})).toMatchObject({ id: IDS.bot });
    expect(sandbox.requests.entries().map((e) => e.status)).toEqual([200, 200, 200, 429, 200, 200]);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('a 429 with Retry-After is honoured by the SDK retry', async () => {
    const sandbox = harness.install();
    sandbox.faults.script({ method: 'GET', path: '/v1/users/me', respond: 429, retryAfter: 1 });
    // The SDK's wait runs on a fake clock: the test proves the second try waits for Retry-After without
    // spending that second for real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const started = Date.now();
    let settled = false;
    const request = harness
      .client({ retry: { maxRetries: 2 } })
      .users.me({})
      .finally(() => (settled = true));
    let retriedAfter = -1;
    while (!settled && Date.now() - started < 5_000) {
      if (retriedAfter < 0 && sandbox.requests.entries().length === 2) retriedAfter = Date.now() - started;
      await vi.advanceTimersByTimeAsync(50);
    }
    const me = await request;
    if (retriedAfter < 0) retriedAfter = Date.now() - started;
    expect(me.id).toBe(IDS.bot);
    expect(retriedAfter).toBeGreaterThanOrEqual(1_000);
    expect(retriedAfter).toBeLessThan(1_500);
    expect(sandbox.requests.entries().map((e) => [e.status, e.fault])).toEqual([
      [429, 'script:429'],
      [200, undefined],
    ]);
  });
});

describe('faults', () => {
  it('fails exactly the scripted nth request', async () => {
    const sandbox = harness.install({
      seed: reviewSeed([{ id: IDS.page, properties: { Name: title('x') } }]),
    });
    sandbox.faults.script({
      method: 'PATCH',
      path: new RegExp(`/v1/pages/${IDS.page}`),
      nth: 3,
      respond: 503,
    });
    const notion = harness.client();
    const update = () => notion.pages.update({ page_id: IDS.page, properties: { Score: { number: 1 } } });
    await update();
    await update();
    const error = await update().catch((e: unknown) => e);
    expect(APIResponseError.isAPIResponseError(error) && [error.status, error.code]).toEqual([
      503,
      'service_unavailable',
    ]);
    await update();
    expect(sandbox.faults.pending()).toBe(0);
  });

  it('answers 502 with an HTML body, as a proxy does', async () => {
    const sandbox = harness.install();
    sandbox.faults.script({ respond: 502 });
    const error = await harness
      .client()
      .users.me({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownHTTPResponseError);
    expect((error as UnknownHTTPResponseError).body).toContain('<h1>502 Bad Gateway</h1>');
  });

  it('drops the connection: fetch rejects', async () => {
    const sandbox = harness.install();
    sandbox.faults.script({ respond: 'drop' });
    await expect(fetch(notionRequest('/v1/users/me'))).rejects.toThrow();
    expect(sandbox.requests.entries()[0]).toMatchObject({ status: 0, fault: 'script:drop' });
  });

  it('random faults are reproducible for a given seed', async () => {
    const run = async () => {
      const sandbox = createSandbox({ seed: reviewSeed(), faultRate: 0.3, faultSeed: 7, slowResponseMs: 1 });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i += 1)
        statuses.push((await sandbox.handle(notionRequest('/v1/users/me'))).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first.filter((s) => s !== 200).length).toBeGreaterThan(3);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(20);
  });
});

describe('inspection', () => {
  it('logs requests with bodies, clears the log, and dumps state that reloads', async () => {
    harness.install();
    const notion = harness.client();
    const page = await notion.pages.create({
      parent: { data_source_id: IDS.dataSource },
      properties: { Name: title('Ada') },
    });
    await notion.blocks.children.append({
      block_id: page.id,
      children: [{ paragraph: { rich_text: [{ text: { content: 'hi' } }] } }],
    });
    const log = (await (await fetch(`${BASE_URL}/__sandbox/requests`)).json()) as {
      method: string;
      path: string;
      status: number;
      body: unknown;
    }[];
    expect(log.map((e) => [e.method, e.path, e.status])).toEqual([
      ['POST', '/v1/pages', 200],
      ['PATCH', `/v1/blocks/${page.id}/children`, 200],
    ]);
    expect(log[0]?.body).toEqual({
      parent: { data_source_id: IDS.dataSource },
      properties: { Name: title('Ada') },
    });
    expect((await fetch(`${BASE_URL}/__sandbox/requests`, { method: 'DELETE' })).status).toBe(204);
    expect(await (await fetch(`${BASE_URL}/__sandbox/requests`)).json()).toEqual([]);

    const state: unknown = await (await fetch(`${BASE_URL}/__sandbox/state`)).json();
    const reloaded = createSandbox({ seed: state });
    expect(reloaded.state()).toEqual(state);
    const pages = (
      state as {
        notion: { databases: { dataSources: { pages: { id: string; children?: unknown[] }[] }[] }[] };
      }
    ).notion.databases[0]?.dataSources[0]?.pages;
    expect(pages?.find((p) => p.id === page.id)?.children).toEqual([
      {
        type: 'paragraph',
        paragraph: {
          color: 'default',
          icon: null,
          rich_text: [expect.objectContaining({ text: { content: 'hi', link: null } })],
        },
      },
    ]);
  });
});

describe('seed validation', () => {
  it.each([
    [{ notion: { databases: [{ id: 'nope', title: 'x', dataSources: [] }] } }, 'notion.databases[0].id'],
    [{ surprise: true }, 'surprise'],
    [
      reviewSeed([{ properties: { Stage: { status: { name: 'Shipped' } } } }]),
      'notion.databases[0].dataSources[0].pages[0]',
    ],
    [reviewSeed([{ properties: { Missing: { number: 1 } } }]), 'notion.databases[0].dataSources[0].pages[0]'],
  ])('refuses an invalid seed with its path (%#)', (seed, path) => {
    let error: unknown;
    try {
      createSandbox({ seed });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).path).toBe(path);
  });
});
