import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { NotionApiError } from '../errors.ts';
import { apply, type NotionWriter } from './apply.ts';
import type { ReviewPropertyWrite } from '../core/changes.ts';
import { plan } from '../planner/plan.ts';
import { makeReview } from '../../test/support/review-builders.ts';
import { fullResponses } from '../../test/support/response-builders.ts';

const config = makeConfig();
const NOW = new Date('2026-11-20T09:00:00Z');
const ada = makeReview();
const bo = makeReview({
  pageId: 'p-bo',
  title: 'Bo Chen',
  reviewee: { email: 'bo@example.com', name: 'Bo Chen' },
});
const twoReviews = plan({ reviews: [ada, bo], goals: [], responses: fullResponses() }, config, NOW);

/** Records every call; fails the calls a test names. */
function recordingWriter(fail: (method: string, pageId: string) => Error | null = () => null) {
  const calls: string[] = [];
  const call = (method: string, pageId: string) => {
    const error = fail(method, pageId);
    if (error) return Promise.reject(error);
    calls.push(`${method} ${pageId}`);
    return Promise.resolve();
  };
  const written: ReviewPropertyWrite[] = [];
  const writer: NotionWriter = {
    updateReview: (pageId, write) => {
      written.push(write);
      return call('updateReview', pageId);
    },
    replaceSummary: ({ reviewPageId: pageId }) =>
      call('replaceSummary', pageId).then(() => ({ containerId: `block-of-${pageId}`, personCopies: null })),
    createActionItem: (pageId) => call('createActionItem', pageId),
    setActionItemStatus: (pageId) => call('setActionItemStatus', pageId),
    updateGoal: (pageId) => call('updateGoal', pageId),
    postReminder: (reminder) => call('postReminder', reminder.reviewPageId),
  };
  return { writer, calls, written };
}

describe('apply', () => {
  it('writes each review in plan order', async () => {
    const { writer, calls } = recordingWriter();
    const outcomes = await apply(twoReviews, writer, { concurrency: 1 });
    expect(calls.filter((c) => c.endsWith('p-ada'))).toEqual(
      twoReviews.reviews[0]?.changes.map(
        (c) =>
          `${c.kind === 'replace-summary' ? 'replaceSummary' : c.kind === 'update-review' ? 'updateReview' : c.kind} p-ada`,
      ),
    );
    expect([...outcomes.values()].every((o) => o.errors.length === 0)).toBe(true);
  });

  it('records the new summary container with the hash, in the same property write', async () => {
    const { writer, written } = recordingWriter();
    await apply(twoReviews, writer, { concurrency: 1 });
    expect(written[0]).toMatchObject({
      summaryBlock: 'block-of-p-ada',
      summaryHash: expect.any(String) as string,
    });
  });

  it('a failed summary skips that review’s property write (and its hash), and the other review goes on', async () => {
    const { writer, calls } = recordingWriter((method, pageId) =>
      method === 'replaceSummary' && pageId === 'p-ada'
        ? new NotionApiError('server error', { status: 500 })
        : null,
    );
    const outcomes = await apply(twoReviews, writer);
    expect(calls.some((c) => c === 'updateReview p-ada')).toBe(false);
    expect(calls).toContain('updateReview p-bo');
    expect(outcomes.get('p-ada')?.errors).toEqual(['replace-summary: NotionApiError: server error']);
    expect(outcomes.get('p-bo')?.errors).toEqual([]);
  });

  it('an authentication failure stops the run and is rethrown, since every review would fail alike', async () => {
    const { writer } = recordingWriter(() => new NotionApiError('API token is invalid.', { status: 401 }));
    await expect(apply(twoReviews, writer)).rejects.toMatchObject({ name: 'NotionApiError', status: 401 });
  });

  it('the block cap stops every later summary, while each review’s properties are written without the hash', async () => {
    const cap = new NotionApiError('block limit', { status: 403, refusal: 'block-limit' });
    const { writer, calls, written } = recordingWriter((method) =>
      method === 'replaceSummary' ? cap : null,
    );
    const outcomes = await apply(twoReviews, writer, { concurrency: 1 });
    // Ada's summary met the cap; Bo's was never attempted. Reminders are comments, not blocks: they go on.
    expect(calls.filter((c) => !c.startsWith('postReminder'))).toEqual([
      'updateReview p-ada',
      'updateReview p-bo',
    ]);
    expect(written.map((w) => [w.summaryHash, w.summaryBlock, w.stage !== undefined])).toEqual([
      [undefined, undefined, true],
      [undefined, undefined, true],
    ]);
    expect(outcomes.get('p-ada')?.errors).toEqual(['replace-summary: NotionApiError: block limit']);
    expect(outcomes.get('p-bo')?.errors).toEqual([
      "replace-summary: not written, the workspace's block limit is reached",
    ]);
    expect([...outcomes.values()].map((o) => o.blocksSkipped)).toEqual([true, true]);
  });

  it('a request blocked outright stops the run like an auth failure', async () => {
    const blocked = new NotionApiError('blocked', { status: 429, refusal: 'request-blocked' });
    const { writer } = recordingWriter(() => blocked);
    await expect(apply(twoReviews, writer)).rejects.toBe(blocked);
  });
});
