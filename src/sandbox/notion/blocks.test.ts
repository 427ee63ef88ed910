import { APIResponseError, type BlockObjectRequest } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { IDS, reviewSeed, title, useNotionHarness } from '../../../test/support/notion-emulator-sandbox.ts';

const harness = useNotionHarness();

function paragraph(text: string): BlockObjectRequest {
  return { paragraph: { rich_text: [{ text: { content: text } }] } };
}

function seedWithPage() {
  return { seed: reviewSeed([{ id: IDS.page, properties: { Name: title('Ada review') } }]) };
}

async function apiError(promise: Promise<unknown>): Promise<APIResponseError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!APIResponseError.isAPIResponseError(error))
    throw new Error(`expected an API error, got ${String(error)}`);
  return error;
}

async function texts(blockId: string): Promise<string[]> {
  const list = await harness.client().blocks.children.list({ block_id: blockId });
  return list.results.map((block) =>
    'type' in block && block.type === 'paragraph'
      ? block.paragraph.rich_text.map((t) => t.plain_text).join('')
      : '?',
  );
}

describe('blocks', () => {
  it('appends, lists, positions and deletes blocks', async () => {
    harness.install(seedWithPage());
    const notion = harness.client();
    const appended = await notion.blocks.children.append({
      block_id: IDS.page,
      children: [paragraph('one'), paragraph('three')],
    });
    expect(appended.results).toHaveLength(2);
    const [one, three] = appended.results;
    expect(one).toMatchObject({
      object: 'block',
      type: 'paragraph',
      parent: { type: 'page_id', page_id: IDS.page },
      has_children: false,
      in_trash: false,
      paragraph: { color: 'default', rich_text: [{ plain_text: 'one', href: null }] },
    });
    await notion.blocks.children.append({
      block_id: IDS.page,
      children: [paragraph('two')],
      position: { type: 'after_block', after_block: { id: one!.id } },
    });
    await notion.blocks.children.append({
      block_id: IDS.page,
      children: [paragraph('zero')],
      position: { type: 'start' },
    });
    await notion.blocks.children.append({
      block_id: IDS.page,
      children: [paragraph('one and a half')],
      after: one!.id,
    });
    expect(await texts(IDS.page)).toEqual(['zero', 'one', 'one and a half', 'two', 'three']);

    const deleted = await notion.blocks.delete({ block_id: three!.id });
    expect('in_trash' in deleted && deleted.in_trash).toBe(true);
    expect(await texts(IDS.page)).toEqual(['zero', 'one', 'one and a half', 'two']);
    const error = await apiError(notion.blocks.update({ block_id: three!.id, paragraph: { rich_text: [] } }));
    expect([error.status, error.code]).toEqual([400, 'validation_error']);
  });

  it('updates a block and nests children two levels deep', async () => {
    harness.install(seedWithPage());
    const notion = harness.client();
    const [callout] = (
      await notion.blocks.children.append({
        block_id: IDS.page,
        children: [
          {
            callout: {
              rich_text: [{ text: { content: 'Review summary' } }],
              children: [
                {
                  toggle: {
                    rich_text: [{ text: { content: 'Scores' } }],
                    children: [{ paragraph: { rich_text: [{ text: { content: '4.2' } }] } }],
                  },
                },
              ],
            },
          },
        ],
      })
    ).results;
    expect(callout).toMatchObject({ type: 'callout', has_children: true });
    const level1 = await notion.blocks.children.list({ block_id: callout!.id });
    expect(level1.results[0]).toMatchObject({ type: 'toggle', has_children: true });
    expect(await texts(level1.results[0]!.id)).toEqual(['4.2']);
    const updated = await notion.blocks.update({
      block_id: callout!.id,
      callout: { rich_text: [{ text: { content: 'Summary v2' } }] },
    });
    expect(updated).toMatchObject({ callout: { rich_text: [{ plain_text: 'Summary v2' }] } });
    const retrieved = await notion.blocks.retrieve({ block_id: callout!.id });
    expect(retrieved).toEqual(updated);
  });

  it('keeps a to-do unchecked unless told, and ticks it on update, text unchanged', async () => {
    harness.install(seedWithPage());
    const notion = harness.client();
    const todo = (text: string, checked?: boolean): BlockObjectRequest => ({
      to_do: { rich_text: [{ text: { content: text } }], ...(checked === undefined ? {} : { checked }) },
    });
    const [open, done] = (
      await notion.blocks.children.append({
        block_id: IDS.page,
        children: [todo('open'), todo('done', true)],
      })
    ).results;
    expect(open).toMatchObject({ type: 'to_do', to_do: { checked: false, color: 'default' } });
    expect(done).toMatchObject({ type: 'to_do', to_do: { checked: true } });
    const ticked = await notion.blocks.update({ block_id: open!.id, to_do: { checked: true } });
    expect(ticked).toMatchObject({ to_do: { checked: true, rich_text: [{ plain_text: 'open' }] } });
    const error = await apiError(
      notion.blocks.update({ block_id: open!.id, to_do: { checked: 'yes' } } as unknown as Parameters<
        typeof notion.blocks.update
      >[0]),
    );
    expect([error.status, error.message]).toEqual([
      400,
      'body failed validation: body.to_do.checked should be a boolean, instead was `"yes"`.',
    ]);
  });

  it('paginates block children', async () => {
    harness.install(seedWithPage());
    const notion = harness.client();
    for (let batch = 0; batch < 3; batch += 1) {
      const children = Array.from({ length: 50 }, (_, i) => paragraph(`p${batch * 50 + i}`));
      await notion.blocks.children.append({ block_id: IDS.page, children });
    }
    const first = await notion.blocks.children.list({ block_id: IDS.page });
    expect([first.results.length, first.has_more]).toEqual([100, true]);
    const second = await notion.blocks.children.list({
      block_id: IDS.page,
      start_cursor: first.next_cursor!,
    });
    expect([second.results.length, second.has_more, second.next_cursor]).toEqual([50, false, null]);
  });

  const deep: BlockObjectRequest = {
    toggle: {
      rich_text: [],
      children: [
        {
          toggle: {
            rich_text: [],
            children: [{ toggle: { rich_text: [], children: [paragraph('too deep')] } }],
          },
        },
      ],
    },
  } as unknown as BlockObjectRequest;

  it.each<[string, BlockObjectRequest[], string]>([
    [
      'text over 2000 characters',
      [paragraph('x'.repeat(2001))],
      'body failed validation: body.children[0].paragraph.rich_text[0].text.content.length should be ≤ `2000`, instead was `2001`.',
    ],
    [
      'more than 100 children',
      Array.from({ length: 101 }, () => paragraph('x')),
      'body failed validation: body.children.length should be ≤ `100`, instead was `101`.',
    ],
    [
      'more than 100 rich text items',
      [{ paragraph: { rich_text: Array.from({ length: 101 }, () => ({ text: { content: 'x' } })) } }],
      'body failed validation: body.children[0].paragraph.rich_text.length should be ≤ `100`, instead was `101`.',
    ],
    [
      'three nesting levels',
      [deep],
      'body.children[0].toggle.children[0].toggle.children[0].toggle.children should be not present',
    ],
    [
      'more than 1000 blocks',
      Array.from({ length: 11 }, () => ({
        toggle: { rich_text: [], children: Array.from({ length: 90 }, () => paragraph('x')) },
      })) as BlockObjectRequest[],
      'should contain at most `1000` blocks in total, instead had `1001`',
    ],
    [
      'a body over 500KB',
      Array.from({ length: 100 }, () => ({
        paragraph: { rich_text: Array.from({ length: 3 }, () => ({ text: { content: 'x'.repeat(2000) } })) },
      })),
      'should be ≤ `512000` bytes',
    ],
  ])('refuses %s with validation_error', async (_label, children, message) => {
    harness.install(seedWithPage());
    const error = await apiError(harness.client().blocks.children.append({ block_id: IDS.page, children }));
    expect([error.status, error.code]).toEqual([400, 'validation_error']);
    expect(error.message).toContain(message);
  });

  it('creates and lists comments on a page', async () => {
    harness.install(seedWithPage());
    const notion = harness.client();
    const comment = await notion.comments.create({
      parent: { page_id: IDS.page },
      rich_text: [
        { mention: { user: { id: IDS.ada } } },
        { text: { content: ' your self-assessment is overdue' } },
      ],
    });
    expect(comment).toMatchObject({ object: 'comment', parent: { type: 'page_id', page_id: IDS.page } });
    const list = await notion.comments.list({ block_id: IDS.page });
    expect(list.results.map((c) => c.rich_text.map((t) => t.plain_text).join(''))).toEqual([
      '@Ada Lovelace your self-assessment is overdue',
    ]);
  });
});
