import { describe, expect, it } from 'vitest';
import { goalProgress } from './progress.ts';
import { milestoneProgress, parseMilestones } from './milestones.ts';

describe('milestone goals', () => {
  it.each([
    ['[x] Orders\n[ ] Payments', [true, false]],
    ['- [X] Orders\n* [ ] Payments\n\nNotes without a box', [true, false]],
    ['☑ Orders\n☐ Payments\n✅ Search', [true, false, true]],
    ['[ ]   \n[x] Only one', [true]],
    ['', []],
  ])('%j gives %j', (text, done) => {
    expect(parseMilestones(text).map((m) => m.done)).toEqual(done);
  });

  it('measures progress as the share of milestones done, ignoring any numbers on the goal', () => {
    const milestones = parseMilestones('[x] a\n[x] b\n[ ] c\n[ ] d');
    expect(milestoneProgress(milestones)).toBe(0.5);
    expect(goalProgress({ baseline: 0, target: 10, current: 10, milestones })).toBe(0.5);
    expect(goalProgress({ baseline: 0, target: 10, current: 5, milestones: [] })).toBe(0.5);
    expect(milestoneProgress([])).toBeNull();
  });
});
