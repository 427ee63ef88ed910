import { DateTime, IANAZone } from 'luxon';
import { DUE_STAGES, STAGE_KEYS } from '../core/domain.ts';
import { stageName } from '../core/workflow/stages.ts';
import type { ConfigIssue } from './format-issues.ts';
import { perspectivesOfPeers, requiredNeedsEmails, wantedPerspectivesAskable } from './nomination-rules.ts';
import { actionItemPages, type Config } from '../core/config-schema.ts';

/** A check that spans fields, which a schema alone cannot express. */
export type ConfigRule = (config: Config) => ConfigIssue[];

function duplicates<T>(items: readonly T[], key: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, index) => seen.set(key(item), [...(seen.get(key(item)) ?? []), index]));
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1));
}

const zoneIssue = (path: string, zone: string): ConfigIssue => ({
  path,
  message: `expected an IANA time zone such as "Europe/Berlin", got "${zone}"`,
});

// A wrong zone reads every timestamp hours off, so every response would fall outside its window.
const validTimeZone: ConfigRule = (c) => [
  ...(IANAZone.isValidZone(c.timeZone) ? [] : [zoneIssue('timeZone', c.timeZone)]),
  ...c.sources.flatMap((source, i) =>
    source.timeZone === undefined || IANAZone.isValidZone(source.timeZone)
      ? []
      : [zoneIssue(`sources[${i}].timeZone`, source.timeZone)],
  ),
];

/** Config paths and the Notion property names they map to, for the "mapped only once" check. */
function propertyMappings(c: Config): { dataSource: string; entries: [string, string][] }[] {
  const flat = (base: string, properties: Record<string, unknown>): [string, string][] =>
    Object.entries(properties).flatMap(([key, value]): [string, string][] =>
      typeof value === 'string'
        ? [[`${base}.${key}`, value]]
        : value !== null && typeof value === 'object'
          ? flat(`${base}.${key}`, value as Record<string, unknown>)
          : [],
    );
  const reviews = [
    ...flat('notion.reviews.properties', c.notion.reviews.properties),
    ...c.framework.competencies.flatMap((k, i): [string, string][] =>
      k.managerProperty ? [[`framework.competencies[${i}].managerProperty`, k.managerProperty]] : [],
    ),
  ];
  return [
    { dataSource: 'reviews', entries: reviews },
    ...(c.notion.goals
      ? [{ dataSource: 'goals', entries: flat('notion.goals.properties', c.notion.goals.properties) }]
      : []),
    ...(actionItemPages(c)
      ? [
          {
            dataSource: 'action items',
            entries: flat('notion.actionItems.properties', c.notion.actionItems?.properties ?? {}),
          },
        ]
      : []),
    ...(c.notion.feedbackRequests
      ? [
          {
            dataSource: 'feedback requests',
            entries: flat('notion.feedbackRequests.properties', c.notion.feedbackRequests.properties),
          },
        ]
      : []),
  ];
}

// Two fields on one property would read each other's values and overwrite each other on every run.
const propertiesMappedOnce: ConfigRule = (c) =>
  propertyMappings(c).flatMap(({ dataSource, entries }) =>
    [...duplicates(entries, ([, name]) => name.trim().toLowerCase())].map(([, indexes]) => {
      const [first, second] = indexes.map((index) => entries[index]?.[0] ?? '');
      return {
        path: second ?? '',
        message: `expected a ${dataSource} property of its own, "${entries[indexes[0] ?? 0]?.[1] ?? ''}" is already mapped by ${first}`,
      };
    }),
  );

const uniqueCodes: ConfigRule = (c) =>
  [...duplicates(c.framework.competencies, (k) => k.code)].map(([code, indexes]) => ({
    path: `framework.competencies[${indexes[1]}].code`,
    message: `duplicate code "${code}" (also at framework.competencies[${indexes[0]}])`,
  }));

const oneCodePerQuestion: ConfigRule = (c) =>
  [...duplicates(c.framework.competencies, (k) => k.question.trim().toLowerCase())].map(([, indexes]) => ({
    path: `framework.competencies[${indexes[1]}].question`,
    message: `expected a question of its own, but framework.competencies[${indexes[0]}] is mapped to the same one`,
  }));

const positiveCodeWeights: ConfigRule = (c) =>
  c.framework.competencies.reduce((sum, k) => sum + k.weight, 0) > 0
    ? []
    : [{ path: 'framework.competencies', message: 'expected code weights that sum to more than 0' }];

const positiveRaterWeights: ConfigRule = (c) => {
  const { manager, peer, self } = c.raters.weights;
  return manager + peer + self > 0
    ? []
    : [{ path: 'raters.weights', message: 'expected rater weights that sum to more than 0' }];
};

const validScale: ConfigRule = (c) =>
  c.scale.min < c.scale.max
    ? []
    : [{ path: 'scale.max', message: `expected a number above scale.min (${c.scale.min})` }];

const rubricPerLevel: ConfigRule = (c) => {
  const levels = c.scale.max - c.scale.min + 1;
  // With a broken scale every rubric would be "wrong"; validScale reports the one real problem.
  if (levels < 2) return [];
  return c.framework.competencies.flatMap((k, i) =>
    k.rubric.length === levels
      ? []
      : [
          {
            path: `framework.competencies[${i}].rubric`,
            message: `expected ${levels} rubric levels (scale ${c.scale.min}..${c.scale.max}), got ${k.rubric.length}`,
          },
        ],
  );
};

const knownCodes: ConfigRule = (c) => {
  const codes = new Set(c.framework.competencies.map((k) => k.code));
  const unknown = (path: string, code: string): ConfigIssue => ({
    path,
    message: `unknown code "${code}", expected one of ${[...codes].join(', ')}`,
  });
  return [
    ...c.actionPlan.catalog.flatMap((e, i) =>
      codes.has(e.code) ? [] : [unknown(`actionPlan.catalog[${i}].code`, e.code)],
    ),
    ...c.actionPlan.goalTemplates.flatMap((t, i) =>
      codes.has(t.code) ? [] : [unknown(`actionPlan.goalTemplates[${i}].code`, t.code)],
    ),
  ];
};

const uniqueIds: ConfigRule = (c) => [
  ...[...duplicates(c.actionPlan.catalog, (e) => e.id)].map(([id, indexes]) => ({
    path: `actionPlan.catalog[${indexes[1]}].id`,
    message: `duplicate id "${id}": ids key the action items in Notion and must be unique`,
  })),
  ...[...duplicates(c.actionPlan.goalTemplates, (t) => t.id)].map(([id, indexes]) => ({
    path: `actionPlan.goalTemplates[${indexes[1]}].id`,
    message: `duplicate id "${id}": ids key the action items in Notion and must be unique`,
  })),
];

const thresholdsInOrder: ConfigRule = (c) =>
  c.actionPlan.growthBelow <= c.actionPlan.strengthAtLeast
    ? []
    : [
        {
          path: 'actionPlan.growthBelow',
          message: `expected a number no higher than actionPlan.strengthAtLeast (${c.actionPlan.strengthAtLeast})`,
        },
      ];

const bandsCoverScale: ConfigRule = (c) => {
  const lowest = Math.min(...c.scoring.bands.map((b) => b.min));
  const issues: ConfigIssue[] =
    lowest <= c.scale.min
      ? []
      : [
          {
            path: 'scoring.bands',
            message: `expected a band with min at or below ${c.scale.min} so every score has a band`,
          },
        ];
  return issues.concat(
    [...duplicates(c.scoring.bands, (b) => b.name)].map(([name, indexes]) => ({
      path: `scoring.bands[${indexes[1]}].name`,
      message: `duplicate band name "${name}"`,
    })),
  );
};

const cyclesInOrder: ConfigRule = (c) =>
  c.cycles.flatMap((cycle, i) => {
    const issues: ConfigIssue[] = [];
    const opens = DateTime.fromISO(cycle.opens);
    if (!opens.isValid)
      return [{ path: `cycles[${i}].opens`, message: `expected a real date, got "${cycle.opens}"` }];
    if (cycle.closes !== undefined && !DateTime.fromISO(cycle.closes).isValid) {
      issues.push({ path: `cycles[${i}].closes`, message: `expected a real date, got "${cycle.closes}"` });
    } else if (cycle.closes !== undefined && cycle.closes < cycle.opens) {
      issues.push({
        path: `cycles[${i}].closes`,
        message: `expected a date on or after opens (${cycle.opens})`,
      });
    }
    let previous: { stage: string; date: string } | null = null;
    for (const stage of DUE_STAGES) {
      const date = cycle.due[stage];
      if (date === undefined) continue;
      if (!DateTime.fromISO(date).isValid) {
        issues.push({ path: `cycles[${i}].due.${stage}`, message: `expected a real date, got "${date}"` });
        // An impossible date cannot anchor the order check of the stages after it.
        continue;
      } else if (date < cycle.opens) {
        issues.push({
          path: `cycles[${i}].due.${stage}`,
          message: `expected a date on or after opens (${cycle.opens})`,
        });
      } else if (previous && date < previous.date) {
        issues.push({
          path: `cycles[${i}].due.${stage}`,
          message: `expected a date on or after due.${previous.stage} (${previous.date})`,
        });
      }
      previous = { stage, date };
    }
    return issues;
  });

const uniqueCycles: ConfigRule = (c) =>
  [...duplicates(c.cycles, (cycle) => cycle.name)].map(([name, indexes]) => ({
    path: `cycles[${indexes[1]}].name`,
    message: `duplicate cycle "${name}"`,
  }));

const uniqueStageNames: ConfigRule = (c) =>
  [...duplicates([...STAGE_KEYS], (key) => stageName(c, key).toLowerCase())].map(([name, indexes]) => ({
    path: `stages.${STAGE_KEYS[indexes[1] ?? 0]}`,
    message: `expected a stage name of its own, "${name}" is already used by stages.${STAGE_KEYS[indexes[0] ?? 0]}`,
  }));

const relationshipsCoverRoles: ConfigRule = (c) => {
  const roles = new Set(Object.values(c.raters.relationships));
  return roles.has('self') && roles.has('peer')
    ? []
    : [
        {
          path: 'raters.relationships',
          message: 'expected at least one relationship for "self" and one for "peer"',
        },
      ];
};

const teamPropertyForTeamHeatmap: ConfigRule = (c) =>
  c.overview.groupBy !== 'team' || c.notion.reviews.properties.team
    ? []
    : [
        {
          path: 'overview.groupBy',
          message: 'expected notion.reviews.properties.team (a select naming the team) when grouping by team',
        },
      ];

// Items created while the summary still hides the plan would show a plan nobody was told about.
const planShownBeforeItems: ConfigRule = (c) =>
  STAGE_KEYS.indexOf(c.actionPlan.createFrom) >= STAGE_KEYS.indexOf(c.visibility.actionPlan)
    ? []
    : [
        {
          path: 'actionPlan.createFrom',
          message: `expected a stage no earlier than visibility.actionPlan (${c.visibility.actionPlan}): items must not exist before the plan is shown`,
        },
      ];

export const configRules: readonly ConfigRule[] = [
  planShownBeforeItems,
  validTimeZone,
  propertiesMappedOnce,
  uniqueCodes,
  oneCodePerQuestion,
  positiveCodeWeights,
  positiveRaterWeights,
  validScale,
  rubricPerLevel,
  knownCodes,
  uniqueIds,
  thresholdsInOrder,
  bandsCoverScale,
  cyclesInOrder,
  uniqueCycles,
  uniqueStageNames,
  relationshipsCoverRoles,
  teamPropertyForTeamHeatmap,
  requiredNeedsEmails,
  perspectivesOfPeers,
  wantedPerspectivesAskable,
];

export function checkRules(config: Config): ConfigIssue[] {
  return configRules.flatMap((rule) => rule(config));
}
