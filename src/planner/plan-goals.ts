import type { Goal } from '../core/domain.ts';
import type { GoalSummary } from '../core/summary/types.ts';
import type { UpdateGoalChange } from '../core/changes.ts';

/** A goal page is written only when its progress or status differs from what it holds. */
export function goalChanges(
  reviewPageId: string,
  goals: readonly Goal[],
  computed: readonly GoalSummary[],
): UpdateGoalChange[] {
  const changes: UpdateGoalChange[] = [];
  goals.forEach((goal, index) => {
    const next = computed[index];
    if (!next) return;
    const progressSame = next.progress === goal.owned.progress;
    const statusSame = (next.status ?? null) === (goal.owned.status ?? null);
    if (progressSame && statusSame) return;
    changes.push({
      kind: 'update-goal',
      reviewPageId,
      goalPageId: goal.pageId,
      title: goal.title,
      progress: next.progress,
      status: next.status,
    });
  });
  return changes;
}
