import type { CompetencyConfig, Config } from '../config-schema.ts';
import type { ActionKind } from '../domain.ts';
import type { ActionEntrySource } from './action-key.ts';
import type { CodeClass } from './classify.ts';

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

/**
 * One plan entry as far as config decides it: everything but the review's key and the due day.
 * A goal's title names its due day, so it keeps the part before it.
 */
export interface Recipe {
  source: ActionEntrySource;
  id: string;
  kind: ActionPlanKind;
  code: string;
  title: string;
  detail: string;
  dueInDays: number;
}

/** Per competency (framework order), the recipes of each class, in plan order. */
export type Recipes = ReadonlyArray<Record<CodeClass, readonly Recipe[]>>;

function recipesFor(competency: CompetencyConfig, codeClass: CodeClass, config: Config): Recipe[] {
  const kinds = KINDS_BY_CLASS[codeClass];
  const fromCatalog = config.actionPlan.catalog
    .filter((entry) => entry.code === competency.code && kinds.includes(entry.kind))
    .map((entry): Recipe => {
      const reason =
        entry.kind === 'recognition' || entry.kind === 'mentor-others' ? 'Strength' : 'Growth area';
      return {
        source: 'catalog',
        id: entry.id,
        kind: entry.kind,
        code: entry.code,
        title: entry.title,
        // Never the score: the detail should not churn between runs while the classification holds.
        detail: entry.detail ?? `${reason}: ${competency.name} (${competency.code}).`,
        dueInDays: entry.dueInDays,
      };
    });
  const fromTemplates =
    codeClass === 'growth'
      ? config.actionPlan.goalTemplates
          .filter((template) => template.code === competency.code)
          .map((template): Recipe => ({
            source: 'goal',
            id: template.id,
            kind: 'goal',
            code: template.code,
            title: template.title,
            detail: `Suggested goal for the next cycle. Metric: ${template.metric}; baseline ${template.baseline}, target ${template.target}.`,
            dueInDays: template.dueInDays,
          }))
      : [];
  // A stable sort keeps config order inside each kind.
  return [...fromCatalog, ...fromTemplates].sort(
    (a, b) => ACTION_PLAN_KIND_ORDER.indexOf(a.kind) - ACTION_PLAN_KIND_ORDER.indexOf(b.kind),
  );
}

// The catalog and the templates are matched to codes once per config, not once per review: the run
// keeps them (see RunContext).
export function planRecipes(
  config: Config,
  byConfig: WeakMap<Config['actionPlan'], WeakMap<Config['framework'], Recipes>> = new WeakMap(),
): Recipes {
  let byFramework = byConfig.get(config.actionPlan);
  if (byFramework === undefined) {
    byFramework = new WeakMap();
    byConfig.set(config.actionPlan, byFramework);
  }
  let recipes = byFramework.get(config.framework);
  if (recipes === undefined) {
    recipes = config.framework.competencies.map((competency) => ({
      growth: recipesFor(competency, 'growth', config),
      strength: recipesFor(competency, 'strength', config),
      neutral: [],
      unscored: [],
    }));
    byFramework.set(config.framework, recipes);
  }
  return recipes;
}
