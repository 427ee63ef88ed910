import { describe, expect, it } from 'vitest';
import { NotionApiError } from '../errors.ts';
import { IDS, N, reviewPage, useAdapterHarness } from './test-sandbox.ts';

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
});
