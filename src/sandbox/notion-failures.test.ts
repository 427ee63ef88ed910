import { APIResponseError } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { IDS, reviewSeed, title, useNotionHarness } from '../../test/support/notion-emulator-sandbox.ts';
import type { FaultEffect } from './faults.ts';

// The sandbox's Notion-specific failures, in the shapes Notion documents, seen through the real SDK.

const harness = useNotionHarness();

const paragraph = (text: string) => ({
  type: 'paragraph' as const,
  paragraph: { rich_text: [{ type: 'text' as const, text: { content: text } }] },
});
const createPage = (children = [paragraph('body')]) =>
  harness.client().pages.create({
    parent: { data_source_id: IDS.dataSource },
    properties: { Name: title('New') },
    children,
  });
const appendTo = (pageId: string, count: number) =>
  harness.client().blocks.children.append({
    block_id: pageId,
    children: Array.from({ length: count }, (_, i) => paragraph(`p${i}`)),
  });
const withPage = () =>
  harness.install({ seed: reviewSeed([{ id: IDS.page, properties: { Name: title('x') } }]) });

async function failure(request: Promise<unknown>): Promise<APIResponseError> {
  const error = await request.catch((e: unknown) => e);
  if (!APIResponseError.isAPIResponseError(error))
    throw new Error(`expected an API error, got ${String(error)}`);
  return error;
}

const pagesIn = (sandbox: ReturnType<typeof withPage>) =>
  [...sandbox.notion.store.pages.values()].filter((p) => p.parent.type === 'data_source_id').length;

describe('409 conflict_error', () => {
  it.each<[FaultEffect, number]>([
    [409, 1],
    ['conflict-applied', 2],
  ])('%s answers 409 conflict_error; the page count after is %i', async (respond, pages) => {
    const sandbox = withPage();
    sandbox.faults.script({ method: 'POST', path: '/v1/pages', respond });
    const error = await failure(createPage());
    expect([error.status, error.code]).toEqual([409, 'conflict_error']);
    expect(pagesIn(sandbox)).toBe(pages);
  });
});

describe('503 naming what it committed', () => {
  it('a create names the page it made', async () => {
    const sandbox = withPage();
    sandbox.faults.script({ method: 'POST', path: '/v1/pages', respond: 'committed-503' });
    const error = await failure(createPage());
    expect([error.status, error.code]).toEqual([503, 'service_unavailable']);
    const made = [...sandbox.notion.store.pages.keys()].filter((id) => id !== IDS.page);
    expect(error.additional_data).toMatchObject({ committed_resource_id: made[0] });
  });

  it('an append names the blocks it made, in order', async () => {
    const sandbox = withPage();
    sandbox.faults.script({ method: 'PATCH', path: '/children', respond: 'committed-503' });
    const error = await failure(appendTo(IDS.page, 2));
    const children = sandbox.notion.store.page(IDS.page).childIds;
    expect(children).toHaveLength(2);
    expect(error.additional_data?.committed_child_ids).toEqual(children);
  });
});

describe('429 with a rate_limit_reason', () => {
  it('blocked-429 says the requests are blocked', async () => {
    const sandbox = harness.install();
    sandbox.faults.script({ respond: 'blocked-429' });
    const error = await failure(harness.client().users.me({}));
    expect([error.status, error.code, error.additional_data]).toEqual([
      429,
      'rate_limited',
      { rate_limit_reason: 'public_api_request_blocked' },
    ]);
  });

  it('a workspace-wide limit can ask for more than a minute', async () => {
    const sandbox = harness.install();
    sandbox.faults.script({ respond: 429, retryAfter: 300, rateLimitReason: 'workspace_limit' });
    const error = await failure(harness.client().users.me({}));
    expect((error.headers as Headers).get('retry-after')).toBe('300');
    expect(error.additional_data).toEqual({ rate_limit_reason: 'workspace_limit' });
  });
});

describe('the Free-plan block cap', () => {
  it('refuses a create or append past the limit with 403 block_limit; edits go on', async () => {
    const sandbox = harness.install({
      seed: reviewSeed([{ id: IDS.page, properties: { Name: title('x') } }]),
      blockLimit: 4,
    });
    const page = await createPage(); // the page and its paragraph: 2 of 4
    const error = await failure(appendTo(IDS.page, 3));
    expect([error.status, error.code, error.additional_data]).toEqual([
      403,
      'restricted_resource',
      { block_limit: 'block_creation' },
    ]);
    await harness.client().pages.update({ page_id: page.id, properties: { Score: { number: 2 } } });
    await appendTo(IDS.page, 2); // exactly at the limit
    expect(sandbox.notion.blockCap.created).toBe(4);
    expect((await failure(appendTo(IDS.page, 1))).status).toBe(403);
  });
});
