import { describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../config-schema.ts';
import {
  GOAL_PROPERTIES,
  IDS,
  ITEM_PROPERTIES,
  REQUEST_PROPERTIES,
  reviewProperties,
} from '../../../test/support/notion-sandbox.ts';
import { baseConfigInput } from '../../../test/fixtures/config.ts';
import {
  checkActionItemSchema,
  checkFeedbackRequestSchema,
  checkGoalSchema,
  checkReviewSchema,
  dataSourcePropertiesSchema,
  type DataSourceProperties,
} from './checks.ts';
import { formatFinding } from '../findings.ts';

// The test sandbox's schemas use the config's default property names, so a default config fits them.
const config: Config = configSchema.parse({
  ...baseConfigInput,
  notion: {
    reviews: {
      database: 'db-reviews',
      properties: { dueDates: { selfAssessment: 'Self due' } },
    },
    goals: { database: 'db-goals' },
    actionItems: { database: 'db-items' },
  },
  framework: {
    ...baseConfigInput.framework,
    competencies: baseConfigInput.framework.competencies.map((c, i) =>
      i === 0 ? { ...c, managerProperty: 'Manager CQ' } : c,
    ),
  },
});

const reviews = (change: (p: Record<string, unknown>) => void = () => undefined): DataSourceProperties => {
  const properties: Record<string, unknown> = reviewProperties();
  change(properties);
  return dataSourcePropertiesSchema.parse(properties);
};
const lines = (findings: ReturnType<typeof checkReviewSchema>) => findings.map(formatFinding);
const STAGES = [
  'Not started',
  'Self-assessment',
  '360 feedback',
  'Manager evaluation',
  'Calibration',
  'Feedback delivery',
  'Completed',
];
const options = (names: string[]) => ({ options: names.map((name) => ({ name })) });

describe('checkReviewSchema', () => {
  it('finds nothing wrong with the sandbox schema, with status or select stages', () => {
    expect(checkReviewSchema(reviews(), config)).toEqual([]);
    const select = dataSourcePropertiesSchema.parse(reviewProperties('select'));
    expect(checkReviewSchema(select, config)).toEqual([]);
  });

  it.each([
    [
      'a tool-owned property of the wrong type',
      (p: Record<string, unknown>) => (p['Overall score'] = { type: 'rich_text', rich_text: {} }),
      "problem  reviews schema: property 'Overall score' is rich_text, expected number: change its type in Notion or point notion.reviews.properties.overallScore at another property",
    ],
    [
      'a reviewee that is neither people nor email',
      (p: Record<string, unknown>) => (p.Reviewee = { type: 'rich_text', rich_text: {} }),
      "problem  reviews schema: property 'Reviewee' is rich_text, expected people or email: change its type in Notion or point notion.reviews.properties.reviewee at another property",
    ],
    [
      'a renamed required property',
      (p: Record<string, unknown>) => {
        p.cycle = p.Cycle;
        delete p.Cycle;
      },
      "problem  reviews schema: property 'Cycle' is missing (there is 'cycle'; names must match exactly): add a select property named 'Cycle' in Notion or point notion.reviews.properties.cycle at another property",
    ],
    [
      'a missing manager-rating property named in config',
      (p: Record<string, unknown>) => delete p['Manager CQ'],
      "problem  reviews schema: property 'Manager CQ' is missing: add a number property named 'Manager CQ' in Notion or point framework.competencies[0].managerProperty at another property",
    ],
    [
      'a due-date override of the wrong type',
      (p: Record<string, unknown>) => (p['Self due'] = { type: 'rich_text', rich_text: {} }),
      "problem  reviews schema: property 'Self due' is rich_text, expected date: change its type in Notion or point notion.reviews.properties.dueDates.selfAssessment at another property",
    ],
    [
      'a missing optional read-only property',
      (p: Record<string, unknown>) => delete p.Manager,
      "warning  reviews schema: property 'Manager' is missing; it reads as empty on every page: add a people property named 'Manager' in Notion or point notion.reviews.properties.manager at another property",
    ],
    [
      'a stage status without one of the stage options',
      (p: Record<string, unknown>) =>
        (p.Stage = { type: 'status', status: options(['Not started', 'Self-assessment', '360 feedback']) }),
      "problem  reviews schema: stage 'Stage' has no option 'Manager evaluation': add the option 'Manager evaluation' in Notion (or set stages.managerEvaluation to the option's name)",
    ],
    [
      'a cycle that is not an option yet',
      (p: Record<string, unknown>) => (p.Cycle = { type: 'select', select: options(['2026-H1']) }),
      "warning  reviews schema: select 'Cycle' has no option '2026-H2', so no review page is in that cycle yet: add the option '2026-H2' in Notion and set it on the cycle's review pages, or rename cycles[].name to match an option",
    ],
  ])('reports %s with its fix', (_what, change, expected) => {
    expect(lines(checkReviewSchema(reviews(change), config))[0]).toEqual(expected);
  });

  it.each([
    ['off', []],
    [
      'track',
      [
        "problem  reviews schema: property 'Peers' is missing: run `review-sync migrate --apply`, which adds the properties the tool owns, or add a people property named 'Peers' in Notion or point notion.reviews.properties.peers at another property",
        "problem  reviews schema: property 'Peers approved' is missing: run `review-sync migrate --apply`, which adds the properties the tool owns, or add a checkbox property named 'Peers approved' in Notion or point notion.reviews.properties.peersApproved at another property",
      ],
    ],
  ] as const)('with nominations %s, expects Peers and Peers approved accordingly', (mode, expected) => {
    const nominating = configSchema.parse({
      ...config,
      raters: { ...config.raters, nominations: mode },
    });
    expect(lines(checkReviewSchema(reviews(), nominating))).toEqual(expected);
  });

  it('lists each missing status option once, and matches option names ignoring case', () => {
    const stage = { type: 'status', status: options(['not STARTED', 'Self-assessment']) };
    const found = checkReviewSchema(
      reviews((p) => (p.Stage = stage)),
      config,
    );
    expect(found.map((f) => f.message)).toEqual([
      "stage 'Stage' has no option '360 feedback'",
      "stage 'Stage' has no option 'Manager evaluation'",
      "stage 'Stage' has no option 'Calibration'",
      "stage 'Stage' has no option 'Feedback delivery'",
      "stage 'Stage' has no option 'Completed'",
    ]);
  });

  it('only warns about a missing select stage option, which the first write creates', () => {
    const stage = { type: 'select', select: options(['Not started']) };
    const found = checkReviewSchema(
      reviews((p) => (p.Stage = stage)),
      config,
    );
    expect(new Set(found.map((f) => f.status))).toEqual(new Set(['warning']));
  });

  it('does not ask for the calibration option when calibration is off', () => {
    const off = { ...config, calibration: { ...config.calibration, enabled: false } };
    const stage = { type: 'status', status: options(STAGES.filter((n) => n !== 'Calibration')) };
    expect(
      checkReviewSchema(
        reviews((p) => (p.Stage = stage)),
        off,
      ),
    ).toEqual([]);
  });
});

describe('checkGoalSchema and checkActionItemSchema', () => {
  const goals = config.notion.goals!;
  const items = config.notion.actionItems!;
  const parse = (p: unknown) => dataSourcePropertiesSchema.parse(p);

  it('accept the sandbox schemas related to the reviews data source', () => {
    expect(checkGoalSchema(parse(GOAL_PROPERTIES), goals, IDS.reviewsDs)).toEqual([]);
    expect(checkActionItemSchema(parse(ITEM_PROPERTIES), items, IDS.reviewsDs)).toEqual([]);
  });

  it.each([
    ['goals', 'Progress', { type: 'rich_text', rich_text: {} }, 'is rich_text, expected number'],
    ['goals', 'Goal status', undefined, "property 'Goal status' is missing"],
    [
      'goals',
      'Review',
      { type: 'relation', relation: { data_source_id: 'elsewhere' } },
      'links to data source elsewhere',
    ],
    ['items', 'Key', { type: 'title', title: {} }, 'is title, expected rich_text'],
    ['items', 'Due', undefined, "property 'Due' is missing"],
  ] as const)('%s: reports %s', (kind, name, value, expected) => {
    const base: Record<string, unknown> = { ...(kind === 'goals' ? GOAL_PROPERTIES : ITEM_PROPERTIES) };
    if (value === undefined) delete base[name];
    else base[name] = value;
    const found =
      kind === 'goals'
        ? checkGoalSchema(parse(base), goals, IDS.reviewsDs)
        : checkActionItemSchema(parse(base), items, IDS.reviewsDs);
    expect(found).toHaveLength(1);
    expect(found[0]?.status).toEqual('problem');
    expect(found[0]?.message).toContain(expected);
  });
});

describe('checkFeedbackRequestSchema', () => {
  const requests = configSchema.parse({
    ...baseConfigInput,
    notion: { reviews: { database: 'db-reviews' }, feedbackRequests: { database: 'db-requests' } },
  }).notion.feedbackRequests!;
  const parse = (p: unknown) => dataSourcePropertiesSchema.parse(p);

  it('accepts the schema init creates, related to the reviews data source', () => {
    expect(checkFeedbackRequestSchema(parse(REQUEST_PROPERTIES), requests, IDS.reviewsDs)).toEqual([]);
  });

  it.each([
    ['Link', { type: 'rich_text', rich_text: {} }, 'is rich_text, expected url'],
    ['Status', { type: 'status', status: {} }, 'is status, expected select'],
    ['Reminders', undefined, "property 'Reminders' is missing"],
    ['Peer', undefined, "property 'Peer' is missing"],
    [
      'Review',
      { type: 'relation', relation: { data_source_id: 'elsewhere' } },
      'links to data source elsewhere',
    ],
  ] as const)('reports %s', (name, value, expected) => {
    const base: Record<string, unknown> = { ...REQUEST_PROPERTIES };
    if (value === undefined) delete base[name];
    else base[name] = value;
    const found = checkFeedbackRequestSchema(parse(base), requests, IDS.reviewsDs);
    expect(found).toHaveLength(1);
    expect(found[0]?.status).toEqual('problem');
    expect(found[0]?.message).toContain(expected);
  });
});
