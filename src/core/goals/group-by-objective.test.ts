import { describe, expect, it } from 'vitest';
import type { GoalSummary } from '../summary/types.ts';
import { groupGoalsByObjective } from './group-by-objective.ts';

const goal = (title: string, objective: string | null): GoalSummary => ({
  title,
  progress: null,
  status: null,
  due: null,
  objective,
});

describe('groupGoalsByObjective', () => {
  it('groups under objectives in title order, goals without one last, goals in the given order', () => {
    const groups = groupGoalsByObjective([
      goal('g1', 'Speed'),
      goal('g2', null),
      goal('g3', 'Reliability'),
      goal('g4', 'Speed'),
    ]);
    expect(groups.map((g) => [g.objective, g.goals.map((x) => x.title)])).toEqual([
      ['Reliability', ['g3']],
      ['Speed', ['g1', 'g4']],
      [null, ['g2']],
    ]);
  });
});
