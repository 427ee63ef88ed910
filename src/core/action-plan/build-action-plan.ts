import type { CatalogEntry, CompetencyConfig, Config, GoalTemplate } from '../config-schema.ts';
import type { ActionKind, ActionPlanEntry, CodeScore, Review, ReviewScore } from '../types.ts';
import { classifyScore, type CodeClass } from './classify.ts';
import { dueDateAfter } from './due-date.ts';
import { actionKey } from './action-key.ts';

export interface ActionPlanInput {
  review: Review;
  score: ReviewScore;
  config: Config;
  /**
   * The instant due dates count from. Sync passes a fixed day of the cycle (the feedback-delivery
   * due date), not the wall clock, so that the plan, and with it the summary hash, stays the same
   * from one run to the next.
   */
  startsOn: Date;
}

export type ActionPlanKind = ActionKind | 'goal';

/** The order entries appear in within one code: what to learn first, then what to celebrate. */
export const ACTION_PLAN_KIND_ORDER: readonly ActionPlanKind[] = [
  'training',
  'mentorship',
  'project',
  'goal',
  'recognition',
  'mentor-others',
];

// Which catalog kinds each classification draws; goal templates are drawn by growth areas only.
const KINDS_BY_CLASS: Record<CodeClass, readonly ActionKind[]> = {
  growth: ['training', 'mentorship', 'project'],
  strength: ['recognition', 'mentor-others'],
  neutral: [],
  unscored: [],
};

interface RankedEntry {
  entry: ActionPlanEntry;
  /** Higher comes first when the plan is cut to `maxItems`; growth always outranks strength. */
  urgency: number;
}

/**
 * How much a code's entries matter: for a growth area, how far the score falls below `growthBelow`,
 * times the code's weight, so a heavy code far below the line leads; for a strength, how far it
 * stands above `strengthAtLeast`, times the weight, and always after every growth area.
 */
function urgencyOf(
  codeClass: CodeClass,
  score: number | null,
  weight: number,
  thresholds: Config['actionPlan'],
): number {
  if (score === null) return 0;
  if (codeClass === 'growth') return 1_000_000 + (thresholds.growthBelow - score) * weight;
  if (codeClass === 'strength') return (score - thresholds.strengthAtLeast) * weight;
  return 0;
}

/**
 * The `maxItems` most urgent entries, listed in plan order (framework, then kind). Ties keep plan
 * order, so the cut is stable from run to run; an entry cut off is simply no longer planned.
 */
function capped(entries: readonly RankedEntry[], maxItems: number): ActionPlanEntry[] {
  if (entries.length <= maxItems) return entries.map(({ entry }) => entry);
  const kept = new Set(
    entries
      .map((ranked, position) => ({ ...ranked, position }))
      .sort((a, b) => b.urgency - a.urgency || a.position - b.position)
      .slice(0, maxItems)
      .map(({ position }) => position),
  );
  return entries.flatMap(({ entry }, position) => (kept.has(position) ? [entry] : []));
}

/**
 * The action plan for one review, built by the rules in `config.actionPlan`.
 *
 * Codes are planned one by one from their own score, even when the overall result is
 * "Insufficient data": a code that has a score is evidence enough for its own entries, and
 * a code without a score draws nothing. Codes in the score but not in the framework are ignored.
 * Order is framework order, then ACTION_PLAN_KIND_ORDER, then config order, so two runs on the same data
 * give the same list. At most `actionPlan.maxItems` entries are kept, the most urgent ones (see `capped`). Keys are unique: should two config entries share an id, the first wins.
 */
export function buildActionPlan(input: ActionPlanInput): ActionPlanEntry[] {
  const { review, score, config, startsOn } = input;
  const byCode = new Map<string, CodeScore>(score.codes.map((code) => [code.code, code]));
  const entries: RankedEntry[] = [];
  for (const competency of config.framework.competencies) {
    const codeScore = byCode.get(competency.code)?.score ?? null;
    const codeClass = classifyScore(codeScore, config.actionPlan);
    const urgency = urgencyOf(codeClass, codeScore, competency.weight, config.actionPlan);
    for (const entry of entriesForCode(competency, codeClass)) entries.push({ entry, urgency });
  }
  const seen = new Set<string>();
  const unique = entries.filter(({ entry }) => {
    if (seen.has(entry.key)) return false;
    seen.add(entry.key);
    return true;
  });
  return capped(unique, config.actionPlan.maxItems);

  function entriesForCode(competency: CompetencyConfig, codeClass: CodeClass): ActionPlanEntry[] {
    const kinds = KINDS_BY_CLASS[codeClass];
    const fromCatalog = config.actionPlan.catalog
      .filter((entry) => entry.code === competency.code && kinds.includes(entry.kind))
      .map((entry) => catalogToPlan(entry, competency));
    const fromTemplates =
      codeClass === 'growth'
        ? config.actionPlan.goalTemplates
            .filter((template) => template.code === competency.code)
            .map((template) => templateToPlan(template))
        : [];
    // A stable sort keeps config order inside each kind.
    return [...fromCatalog, ...fromTemplates].sort(
      (a, b) => ACTION_PLAN_KIND_ORDER.indexOf(a.kind) - ACTION_PLAN_KIND_ORDER.indexOf(b.kind),
    );
  }

  function catalogToPlan(entry: CatalogEntry, competency: CompetencyConfig): ActionPlanEntry {
    const reason =
      entry.kind === 'recognition' || entry.kind === 'mentor-others' ? 'Strength' : 'Growth area';
    return {
      key: actionKey(review, 'catalog', entry.id),
      kind: entry.kind,
      code: entry.code,
      title: entry.title,
      // Never the score: the detail should not churn between runs while the classification holds.
      detail: entry.detail ?? `${reason}: ${competency.name} (${competency.code}).`,
      due: dueDateAfter(startsOn, config.timeZone, entry.dueInDays),
    };
  }

  function templateToPlan(template: GoalTemplate): ActionPlanEntry {
    const due = dueDateAfter(startsOn, config.timeZone, template.dueInDays);
    return {
      key: actionKey(review, 'goal', template.id),
      kind: 'goal',
      code: template.code,
      title: `${template.title} by ${due}`,
      detail: `Suggested goal for the next cycle. Metric: ${template.metric}; baseline ${template.baseline}, target ${template.target}.`,
      due,
    };
  }
}
