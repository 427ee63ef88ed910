import { z } from 'zod';
import type { Config } from '../config-schema.ts';
import { stageName } from '../workflow/stages.ts';
import { STAGE_KEYS } from '../domain.ts';
import { problem, warning, type Finding } from '../findings.ts';
import {
  actionItemExpectations,
  feedbackRequestExpectations,
  goalExpectations,
  reviewExpectations,
  type PropertyExpectation,
} from './expectations.ts';

// Pure checks of a data source's live schema (the `properties` of `dataSources.retrieve`) against config.
// They return only what is wrong; the caller turns an empty list into an ok line.

const options = z.object({
  options: z
    .array(z.object({ id: z.string().optional(), name: z.string(), color: z.string().optional() }))
    .default([]),
});

/** The parts of a property schema doctor reads; everything else Notion sends is ignored. */
export const dataSourcePropertiesSchema = z.record(
  z.string(),
  z.object({
    type: z.string(),
    select: options.optional(),
    status: options.optional(),
    relation: z.object({ data_source_id: z.string().optional() }).optional(),
  }),
);
export type DataSourceProperties = z.output<typeof dataSourcePropertiesSchema>;

const listTypes = (types: readonly string[]) => types.join(' or ');

/** Missing and mistyped properties, each with the two ways out: change Notion, or change config. */
export function checkProperties(
  check: string,
  properties: DataSourceProperties,
  expectations: readonly PropertyExpectation[],
): Finding[] {
  const findings: Finding[] = [];
  for (const { configPath, name, types, needed, decl } of expectations) {
    const live = properties[name];
    const elsewhere = `or point ${configPath} at another property`;
    if (live === undefined) {
      // Names match exactly in the API; a near miss is almost always a rename or a case change.
      const near = Object.keys(properties).find((k) => k.trim().toLowerCase() === name.trim().toLowerCase());
      const message = `property '${name}' is missing${near ? ` (there is '${near}'; names must match exactly)` : ''}`;
      const byHand = `add a ${listTypes(types)} property named '${name}' in Notion ${elsewhere}`;
      // The tool's own properties are added by migrate; a person's are theirs to add, except a
      // feature's input, which is expected only while its feature is on and which migrate adds then.
      const fix =
        decl.creates !== null && (decl.owner === 'tool' || decl.feature !== undefined)
          ? `run \`review-sync migrate --apply\`, which adds the properties the tool owns, or ${byHand}`
          : byHand;
      findings.push(
        needed
          ? problem(check, message, fix)
          : warning(check, `${message}; it reads as empty on every page`, fix),
      );
    } else if (!types.includes(live.type)) {
      findings.push(
        problem(
          check,
          `property '${name}' is ${live.type}, expected ${listTypes(types)}`,
          `change its type in Notion ${elsewhere}`,
        ),
      );
    }
  }
  return findings;
}

const normalise = (name: string) => name.trim().toLowerCase();

function optionNames(property: DataSourceProperties[string]): string[] {
  const holder = property.type === 'status' ? property.status : property.select;
  return (holder?.options ?? []).map((o) => o.name);
}

/**
 * Every stage name must be an option of the stage property (matched like the reader does, ignoring case).
 * Status options cannot be created through the API, so a missing one is a problem; a select option is
 * created by the first write that uses it, so there it is only a warning.
 */
export function checkStageOptions(properties: DataSourceProperties, config: Config): Finding[] {
  const p = config.notion.reviews.properties;
  const live = properties[p.stage];
  if (live === undefined || (live.type !== 'status' && live.type !== 'select')) return [];
  const present = new Set(optionNames(live).map(normalise));
  const keys = STAGE_KEYS.filter((k) => k !== 'calibration' || config.calibration.enabled);
  return keys.flatMap((key) => {
    const wanted = stageName(config, key);
    if (present.has(normalise(wanted))) return [];
    const message = `stage '${p.stage}' has no option '${wanted}'`;
    const rename = `or set stages.${key} to the option's name`;
    return live.type === 'status'
      ? [problem('reviews schema', message, `add the option '${wanted}' in Notion (${rename})`)]
      : [
          warning(
            'reviews schema',
            message,
            `the first sync that moves a page there creates it; add it in Notion now to pick its place and colour (${rename})`,
          ),
        ];
  });
}

/** Cycle names are filtered on with `select.equals`, so they must match exactly; selects can be added. */
export function checkCycleOptions(properties: DataSourceProperties, config: Config): Finding[] {
  const property = config.notion.reviews.properties.cycle;
  const live = properties[property];
  if (live?.type !== 'select') return [];
  const present = new Set(optionNames(live));
  return config.cycles
    .filter((cycle) => !present.has(cycle.name))
    .map((cycle) =>
      warning(
        'reviews schema',
        `select '${property}' has no option '${cycle.name}', so no review page is in that cycle yet`,
        `add the option '${cycle.name}' in Notion and set it on the cycle's review pages, or rename cycles[].name to match an option`,
      ),
    );
}

export function checkReviewSchema(properties: DataSourceProperties, config: Config): Finding[] {
  return [
    ...checkProperties('reviews schema', properties, reviewExpectations(config)),
    ...checkStageOptions(properties, config),
    ...checkCycleOptions(properties, config),
  ];
}

/** A relation to some other database would match no review page, so every goal or item would be lost. */
function checkReviewRelation(
  check: string,
  properties: DataSourceProperties,
  name: string,
  reviewsDataSourceId: string | undefined,
): Finding[] {
  const target = properties[name]?.relation?.data_source_id;
  if (reviewsDataSourceId === undefined || target === undefined) return [];
  if (target.replace(/-/g, '') === reviewsDataSourceId.replace(/-/g, '')) return [];
  return [
    problem(
      check,
      `relation '${name}' links to data source ${target}, not to the reviews (${reviewsDataSourceId})`,
      `change the relation in Notion to point at the reviews database`,
    ),
  ];
}

export function checkGoalSchema(
  properties: DataSourceProperties,
  goals: NonNullable<Config['notion']['goals']>,
  reviewsDataSourceId?: string,
): Finding[] {
  return [
    ...checkProperties('goals schema', properties, goalExpectations(goals)),
    ...checkReviewRelation('goals schema', properties, goals.properties.review, reviewsDataSourceId),
  ];
}

export function checkActionItemSchema(
  properties: DataSourceProperties,
  items: NonNullable<Config['notion']['actionItems']>,
  reviewsDataSourceId?: string,
): Finding[] {
  return [
    ...checkProperties('action items schema', properties, actionItemExpectations(items)),
    ...checkReviewRelation('action items schema', properties, items.properties.review, reviewsDataSourceId),
  ];
}

export function checkFeedbackRequestSchema(
  properties: DataSourceProperties,
  requests: NonNullable<Config['notion']['feedbackRequests']>,
  reviewsDataSourceId?: string,
): Finding[] {
  const check = 'feedback requests schema';
  return [
    ...checkProperties(check, properties, feedbackRequestExpectations(requests)),
    ...checkReviewRelation(check, properties, requests.properties.review, reviewsDataSourceId),
  ];
}
