import { z } from 'zod';
import type { Config } from '../core/config-schema.ts';
import {
  dateValue,
  numberValue,
  relationValue,
  richTextValue,
  selectValue,
  spec,
  stageValue,
  titleValue,
  type PropertySpec,
} from '../notion/property-values.ts';
import { reviewSpecs } from '../notion/review-specs.ts';

// What doctor expects of each configured property, derived from the very zod schemas the readers parse
// page values with: the accepted types are read off their `type` literals, so doctor cannot drift from
// what a sync accepts. Goal and action-item specs are restated here from the same value schemas because
// the readers keep theirs private; the action-item ones follow what `createActionItem` writes.

export type DataSourceKind = 'reviews' | 'goals' | 'actionItems';

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
}

/** The `type` literals a value schema accepts; unions (stage, reviewee) give several. */
export function acceptedTypes(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodUnion) return schema.options.flatMap((o) => acceptedTypes(o as z.ZodType));
  if (schema instanceof z.ZodObject) {
    const type: unknown = schema.shape.type;
    if (type instanceof z.ZodLiteral) return [...type.values].map(String);
  }
  return [];
}

// Review properties the tool writes: a page update naming a missing one fails, so they are needed.
const WRITTEN_REVIEW_KEYS = new Set([
  'stage',
  'overallScore',
  'band',
  'peerResponses',
  'goalsOnTrack',
  'lastSynced',
  'syncNotes',
  'summaryHash',
  'summaryBlock',
]);

function expectation(configPath: string, s: PropertySpec, needed: boolean): PropertyExpectation {
  return { configPath, name: s.name, types: acceptedTypes(s.schema), needed };
}

export function reviewExpectations(config: Config): PropertyExpectation[] {
  const { fixed, dueSpecs, ratingSpecs } = reviewSpecs(config);
  const base = 'notion.reviews.properties';
  const codes = config.framework.competencies.map((c) => c.code);
  return [
    // An unnamed optional property (the team, when config names none) is not expected at all.
    ...Object.entries(fixed)
      .filter(([, s]) => s.name !== '')
      .map(([key, s]) => expectation(`${base}.${key}`, s, s.required || WRITTEN_REVIEW_KEYS.has(key))),
    ...Object.entries(dueSpecs).map(([key, s]) =>
      expectation(`${base}.dueDates.${key.slice('due:'.length)}`, s, true),
    ),
    ...Object.entries(ratingSpecs).map(([key, s]) =>
      expectation(
        `framework.competencies[${codes.indexOf(key.slice('rating:'.length))}].managerProperty`,
        s,
        true,
      ),
    ),
  ];
}

export function goalExpectations(goals: NonNullable<Config['notion']['goals']>): PropertyExpectation[] {
  const p = goals.properties;
  const at = (key: keyof typeof p) => `notion.goals.properties.${key}`;
  return [
    expectation(at('goal'), spec(p.goal, titleValue), true),
    expectation(at('review'), spec(p.review, relationValue), true),
    expectation(at('competency'), spec(p.competency, selectValue), false),
    expectation(at('metric'), spec(p.metric, richTextValue), false),
    expectation(at('baseline'), spec(p.baseline, numberValue), false),
    expectation(at('target'), spec(p.target, numberValue), false),
    expectation(at('current'), spec(p.current, numberValue), false),
    expectation(at('start'), spec(p.start, dateValue), false),
    expectation(at('due'), spec(p.due, dateValue), false),
    // Written by the tool on every goal it scores.
    expectation(at('progress'), spec(p.progress, numberValue), true),
    expectation(at('status'), spec(p.status, selectValue), true),
  ];
}

/**
 * Every property `createActionItem` sets, so all are needed. Status is set at creation and changed
 * later only to withdraw or reopen an item nobody touched; "Synced status" records what the tool set,
 * and without it the tool falls back to reading the Status alone (docs/action-plan-and-summary.md).
 */
export function actionItemExpectations(
  items: NonNullable<Config['notion']['actionItems']>,
): PropertyExpectation[] {
  const p = items.properties;
  const at = (key: keyof typeof p) => `notion.actionItems.properties.${key}`;
  return [
    expectation(at('title'), spec(p.title, titleValue), true),
    expectation(at('review'), spec(p.review, relationValue), true),
    expectation(at('key'), spec(p.key, richTextValue), true),
    expectation(at('kind'), spec(p.kind, selectValue), true),
    expectation(at('competency'), spec(p.competency, selectValue), true),
    expectation(at('due'), spec(p.due, dateValue), true),
    expectation(at('status'), spec(p.status, stageValue), true),
    expectation(at('syncedStatus'), spec(p.syncedStatus, richTextValue), false),
  ];
}
