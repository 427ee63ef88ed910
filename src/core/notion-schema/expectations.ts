import type { Config } from '../config-schema.ts';
import {
  ACTION_ITEM_PROPERTIES,
  DUE_DATE_PROPERTY,
  FEEDBACK_REQUEST_PROPERTIES,
  GOAL_PROPERTIES,
  MANAGER_RATING_PROPERTY,
  REVIEW_PROPERTIES,
  type PropertyDecl,
} from '../notion-contract/contract.ts';
import { declInUse } from './features.ts';

// What a data source must hold for this config, derived from the contract: each property's live name,
// the types a read accepts, and whether a sync cannot work without it. doctor, the preflight and
// `migrate` all read these.

export type DataSourceKind = 'reviews' | 'goals' | 'actionItems' | 'feedbackRequests';

export interface PropertyExpectation {
  /** Where the name comes from in config, for "point … at another property". */
  configPath: string;
  name: string;
  /** Notion property types a sync accepts, e.g. `['status', 'select']`. */
  types: readonly string[];
  /**
   * Whether a sync cannot work without it: required by the reader, written by the tool, or named
   * explicitly in config. A missing optional property only reads as empty, so it is a warning.
   */
  needed: boolean;
  decl: PropertyDecl;
}

function expectation(configPath: string, name: string, decl: PropertyDecl): PropertyExpectation {
  const needed = decl.need === 'required' || decl.need === 'written';
  return { configPath, name, types: decl.reads, needed, decl };
}

/**
 * One section's fixed properties; an unnamed one (the team), a quiet one and one whose feature is off
 * are not expected.
 */
function sectionExpectations(
  base: string,
  decls: Record<string, PropertyDecl>,
  names: Record<string, unknown>,
  inUse: (decl: PropertyDecl) => boolean = () => true,
): PropertyExpectation[] {
  return Object.entries(decls).flatMap(([key, decl]) => {
    const name = names[key];
    if (typeof name !== 'string' || name === '' || decl.need === 'quiet' || !inUse(decl)) return [];
    return [expectation(`${base}.${key}`, name, decl)];
  });
}

export function reviewExpectations(config: Config): PropertyExpectation[] {
  const p = config.notion.reviews.properties;
  const base = 'notion.reviews.properties';
  return [
    ...sectionExpectations(base, REVIEW_PROPERTIES, p, (decl) => declInUse(config, decl)),
    ...Object.entries(p.dueDates).flatMap(([stage, name]) =>
      name ? [expectation(`${base}.dueDates.${stage}`, name, DUE_DATE_PROPERTY)] : [],
    ),
    ...config.framework.competencies.flatMap((c, i) =>
      c.managerProperty
        ? [
            expectation(
              `framework.competencies[${i}].managerProperty`,
              c.managerProperty,
              MANAGER_RATING_PROPERTY,
            ),
          ]
        : [],
    ),
  ];
}

export function goalExpectations(goals: NonNullable<Config['notion']['goals']>): PropertyExpectation[] {
  return sectionExpectations('notion.goals.properties', GOAL_PROPERTIES, goals.properties);
}

export function actionItemExpectations(
  items: NonNullable<Config['notion']['actionItems']>,
): PropertyExpectation[] {
  return sectionExpectations('notion.actionItems.properties', ACTION_ITEM_PROPERTIES, items.properties);
}

export function feedbackRequestExpectations(
  requests: NonNullable<Config['notion']['feedbackRequests']>,
): PropertyExpectation[] {
  return sectionExpectations(
    'notion.feedbackRequests.properties',
    FEEDBACK_REQUEST_PROPERTIES,
    requests.properties,
  );
}
