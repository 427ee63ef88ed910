import { describe, expect, it } from 'vitest';
import { actionKey } from '../core/action-plan/index.ts';
import type { ExistingActionItem } from '../core/domain.ts';
import type { ActionPlanEntry } from '../core/action-plan/types.ts';
import { reconcileActionItems, touchedByPerson } from './plan-action-items.ts';
import { makeReview } from '../../test/support/review-builders.ts';

const review = makeReview();
const statuses = { open: 'Not started', withdrawn: 'Withdrawn' };
const key = (id: string) => actionKey(review, 'catalog', id);
const entry = (id: string): ActionPlanEntry => ({
  key: key(id),
  kind: 'training',
  code: 'SD',
  title: `Item ${id}`,
  detail: '',
  due: '2027-01-01',
});
const item = (id: string, status: string | null, syncedStatus: string | null): ExistingActionItem => ({
  pageId: `page-${id}`,
  key: key(id),
  reviewPageId: review.pageId,
  title: `Item ${id}`,
  status,
  syncedStatus,
});

describe('touchedByPerson', () => {
  it.each<[string, string | null, string | null, boolean]>([
    ['as the tool left it', 'Not started', 'Not started', false],
    ['withdrawn by the tool', 'Withdrawn', 'Withdrawn', false],
    ['moved on by a person', 'In progress', 'Not started', true],
    ['withdrawn by a person', 'Withdrawn', 'Not started', true],
    ['emptied by a person', null, 'Not started', true],
    ['no record, empty status', null, null, false],
    ['no record, open', 'Not started', null, false],
    ['no record, withdrawn', 'Withdrawn', null, false],
    ['no record, done', 'Done', null, true],
  ])('%s', (_name, status, synced, touched) => {
    expect(touchedByPerson(item('x', status, synced), statuses)).toBe(touched);
  });
});

describe('reconcileActionItems', () => {
  it('a changed plan creates the new, withdraws only untouched items, and keeps what a person moved', () => {
    const existing = [
      item('kept-planned', 'Not started', 'Not started'),
      item('untouched', 'Not started', 'Not started'),
      item('moved', 'In progress', 'Not started'),
      item('already-withdrawn', 'Withdrawn', 'Withdrawn'),
      // Another review's item is never this review's business.
      {
        ...item('other', 'Not started', 'Not started'),
        key: actionKey({ ...review, pageId: 'p-other' }, 'catalog', 'x'),
      },
    ];
    const result = reconcileActionItems(review, [entry('kept-planned'), entry('new')], existing, statuses);
    expect(result.changes).toEqual([
      { kind: 'create-action-item', reviewPageId: review.pageId, entry: entry('new') },
      {
        kind: 'set-action-item-status',
        reviewPageId: review.pageId,
        itemPageId: 'page-untouched',
        title: 'Item untouched',
        action: 'withdraw',
        status: 'Withdrawn',
      },
    ]);
    expect(result.kept).toEqual([{ title: 'Item moved', status: 'In progress' }]);
  });

  it('reopens a withdrawn item that is planned again, instead of creating a second one', () => {
    const result = reconcileActionItems(
      review,
      [entry('back')],
      [item('back', 'Withdrawn', 'Withdrawn')],
      statuses,
    );
    expect(result.changes).toEqual([
      {
        kind: 'set-action-item-status',
        reviewPageId: review.pageId,
        itemPageId: 'page-back',
        title: 'Item back',
        action: 'reopen',
        status: 'Not started',
      },
    ]);
  });

  it('leaves an item a person withdrew alone, even when it is planned again', () => {
    const result = reconcileActionItems(
      review,
      [entry('mine')],
      [item('mine', 'Withdrawn', 'Not started')],
      statuses,
    );
    expect(result).toEqual({ changes: [], kept: [] });
  });

  it('does nothing when plan and items agree', () => {
    const result = reconcileActionItems(review, [entry('a')], [item('a', 'Done', 'Not started')], statuses);
    expect(result).toEqual({ changes: [], kept: [] });
  });
});
