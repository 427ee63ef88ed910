import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotionApiError } from '../errors.ts';
import { createNotionGateway } from './gateway.ts';
import { BASE_URL, IDS, N, reviewPage, TOKEN, useAdapterHarness } from '../../test/support/notion-sandbox.ts';

const harness = useAdapterHarness();

describe('gateway against the sandbox', () => {
  it('retries a 503 on a query but never repeats a create', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    sandbox.faults.script({ method: 'POST', path: '/query', respond: 503 });
    sandbox.faults.script({ method: 'POST', path: /\/v1\/pages$/, respond: 503 });
    const result = await gw.dataSources.query({ data_source_id: IDS.reviewsDs });
    expect(result.results).toHaveLength(1);
    await expect(
      gw.pages.create({
        parent: { data_source_id: IDS.itemsDs },
        properties: { Action: { title: [{ text: { content: 'x' } }] } },
      }),
    ).rejects.toBeInstanceOf(NotionApiError);
    const creates = sandbox.requests.entries().filter((e) => e.method === 'POST' && e.path === '/v1/pages');
    expect(creates).toHaveLength(1);
    expect(gw.stats.retries).toBe(1);
  });

  it('retries a 503 on the templates list, a read, and wraps its refusal', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    sandbox.faults.script({ method: 'GET', path: '/templates', respond: 503 });
    const list = await gw.dataSources.listTemplates({ data_source_id: IDS.reviewsDs });
    expect(list).toEqual({ templates: [], has_more: false, next_cursor: null });
    expect(gw.stats.retries).toBe(1);
    expect(gw.stats.byEndpoint['dataSources.listTemplates']).toBe(2);
    const refused = await gw.dataSources
      .listTemplates({ data_source_id: '00000000-0000-4000-8000-00000000dead' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(NotionApiError);
    expect((refused as NotionApiError).status).toBe(404);
  });

  it('retries 429 and 529 for a comment, and a dropped connection for a delete', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1, {})] });
    sandbox.faults.script({ method: 'POST', path: '/comments', respond: 429, retryAfter: 2 });
    // Scripts are checked in order and the first stops the search, so this one sees the second request first.
    sandbox.faults.script({ method: 'POST', path: '/comments', respond: 529 });
    await gw.comments.create({
      parent: { page_id: N(1) },
      rich_text: [{ type: 'text', text: { content: 'hi' } }],
    });
    expect(gw.stats).toMatchObject({ retries: 2, rateLimited: 2 });
    const appended = await gw.blocks.children.append({
      block_id: N(1),
      children: [
        {
          object: 'block',
          type: 'paragraph',
          paragraph: { rich_text: [{ type: 'text', text: { content: 'p' } }] },
        },
      ],
    });
    const blockId = appended.results[0]?.id ?? '';
    sandbox.faults.script({ method: 'DELETE', respond: 'drop' });
    await gw.blocks.delete({ block_id: blockId });
    expect(gw.stats.byEndpoint['blocks.delete']).toBe(2);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds the configured average rate with a burst of at most floor(rps)', async () => {
    harness.install();
    // The queue's window runs on a fake clock, so the test sees the one-second wait without spending it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const gw = createNotionGateway({ token: TOKEN, baseUrl: BASE_URL, requestsPerSecond: 5 });
    const started = Date.now();
    const done: number[] = [];
    const all = Promise.all(
      Array.from({ length: 7 }, () => gw.users.me().then(() => done.push(Date.now() - started))),
    );
    while (done.length < 7 && Date.now() - started < 5_000) await vi.advanceTimersByTimeAsync(50);
    await all;
    done.sort((a, b) => a - b);
    // Five go at once, the sixth and seventh wait for the rolling one-second window.
    expect(done[4]).toBeLessThan(900);
    expect(done[5]).toBeGreaterThanOrEqual(950);
  });
});
