import { z } from 'zod';
import { STAGE_KEYS, DUE_STAGES, RATER_ROLES, ACTION_KINDS } from './domain.ts';
import {
  ACTION_ITEM_PROPERTIES,
  FEEDBACK_REQUEST_PROPERTIES,
  GOAL_PROPERTIES,
  OBJECTIVE_PROPERTIES,
  REVIEW_PROPERTIES,
  TEAM_ROSTER_PROPERTIES,
} from './notion-contract/contract.ts';
import { propertyNameShape } from './notion-contract/config-names.ts';

// Dates in config are calendar days in the team's time zone; the time of day is fixed by the rules.
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const nonEmpty = z.string().trim().min(1, 'expected a non-empty string');

const dueDatesSchema = z.strictObject(
  Object.fromEntries(DUE_STAGES.map((stage) => [stage, isoDate.optional()])) as Record<
    (typeof DUE_STAGES)[number],
    z.ZodOptional<typeof isoDate>
  >,
);

const duePropertiesSchema = z.strictObject(
  Object.fromEntries(DUE_STAGES.map((stage) => [stage, nonEmpty.optional()])) as Record<
    (typeof DUE_STAGES)[number],
    z.ZodOptional<typeof nonEmpty>
  >,
);

// Property names come from the schema contract (notion-contract/contract.ts), which also says what each is.
const reviewPropertiesSchema = z.strictObject({
  ...propertyNameShape(REVIEW_PROPERTIES, nonEmpty),
  dueDates: duePropertiesSchema.default({}),
});

const goalPropertiesSchema = z.strictObject(propertyNameShape(GOAL_PROPERTIES, nonEmpty));

const objectivePropertiesSchema = z.strictObject(propertyNameShape(OBJECTIVE_PROPERTIES, nonEmpty));

export const ACTION_ITEM_MODES = ['pages', 'todos'] as const;

const actionItemPropertiesSchema = z.strictObject(propertyNameShape(ACTION_ITEM_PROPERTIES, nonEmpty));

const feedbackRequestPropertiesSchema = z.strictObject(
  propertyNameShape(FEEDBACK_REQUEST_PROPERTIES, nonEmpty),
);

const actionItemStatusesSchema = z.strictObject({
  // Set when the tool creates an item or reopens a withdrawn one.
  open: nonEmpty.default('Not started'),
  // Set when an untouched item is no longer planned; items are never deleted.
  withdrawn: nonEmpty.default('Withdrawn'),
});

/**
 * Where a Notion section's pages live: the database (resolved to its one data source by one
 * `databases.retrieve` each run) or the data source itself, which spares that request. Exactly one.
 */
const sourceKeys = { database: nonEmpty.optional(), dataSource: nonEmpty.optional() };

interface SourceKeys {
  database?: string;
  dataSource?: string;
}

function exactlyOneSource(section: SourceKeys, ctx: z.RefinementCtx): void {
  if (section.database !== undefined && section.dataSource !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['dataSource'],
      message: 'give either database or dataSource, not both',
    });
  } else if (section.database === undefined && section.dataSource === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['database'],
      message: 'missing required key: database (the database URL or id) or dataSource (its data source id)',
    });
  }
}

// For editors: the JSON Schema cannot see the refinement, so it is stated there too.
const oneSourceKey = { oneOf: [{ required: ['database'] }, { required: ['dataSource'] }] };

function notionSection<T extends z.ZodRawShape>(shape: T) {
  return z
    .strictObject({ ...sourceKeys, ...shape })
    .superRefine((section, ctx) => exactlyOneSource(section as SourceKeys, ctx))
    .meta(oneSourceKey);
}

/**
 * Pages need their database; to-dos live in the summary and need none. A database or data source left
 * in a todos config (from a pages setup) is ignored, so switching back is one line.
 */
function pagesNameTheirSource(section: SourceKeys & { mode: string }, ctx: z.RefinementCtx): void {
  if (section.mode !== 'pages') return;
  if (section.database === undefined && section.dataSource === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['database'],
      message:
        'missing required key: database (the database URL or id) or dataSource (its data source id) with mode pages; or set mode: todos, which needs neither',
    });
  } else exactlyOneSource(section, ctx);
}

// For editors: mode todos, or one source key, as the refinement above says.
const actionItemsSourceKey = {
  anyOf: [{ properties: { mode: { const: 'todos' } }, required: ['mode'] }, oneSourceKey],
};

/** The Notion API versions the tool speaks; the first is the default. */
export const NOTION_API_VERSIONS = ['2026-03-11', '2025-09-03'] as const;
export type NotionApiVersion = (typeof NOTION_API_VERSIONS)[number];

/**
 * Names of the views `init` adds to the databases it creates (and `init --views` to existing ones). A
 * view found under its name is left alone, so a renamed view here is added beside the old one.
 */
export const viewNamesSchema = z.strictObject({
  reviewsByStage: nonEmpty.default('By stage'),
  reviewsByCycle: nonEmpty.default('By cycle'),
  overdue: nonEmpty.default('Overdue'),
  actionItemsByStatus: nonEmpty.default('By status'),
  goalsByReview: nonEmpty.default('By review'),
  myFeedbackRequests: nonEmpty.default('My feedback requests'),
});

export const notionSchema = z.strictObject({
  reviews: notionSection({
    properties: reviewPropertiesSchema.default(reviewPropertiesSchema.parse({})),
  }),
  goals: notionSection({
    properties: goalPropertiesSchema.default(goalPropertiesSchema.parse({})),
  }).optional(),
  actionItems: z
    .strictObject({
      ...sourceKeys,
      // pages: one page each in the Action items database; todos: to-do blocks inside the summary.
      mode: z.enum(ACTION_ITEM_MODES).default('pages'),
      properties: actionItemPropertiesSchema.default(actionItemPropertiesSchema.parse({})),
      statuses: actionItemStatusesSchema.default(actionItemStatusesSchema.parse({})),
    })
    .superRefine((section, ctx) => pagesNameTheirSource(section, ctx))
    .meta(actionItemsSourceKey)
    .optional(),
  // One tool-owned row per approved reviewee–peer pair; the data source must be restricted (see docs).
  feedbackRequests: notionSection({
    properties: feedbackRequestPropertiesSchema.default(feedbackRequestPropertiesSchema.parse({})),
    // False: rows stay Requested until the 360 stage closes, then Closed; no row says who answered.
    answeredStatus: z.boolean().default(true),
  }).optional(),
  objectives: notionSection({
    properties: objectivePropertiesSchema.default(objectivePropertiesSchema.parse({})),
  }).optional(),
  // One tool-owned overview page per cycle is written under this page (id or URL); leave out for none.
  overview: z
    .strictObject({
      parentPage: nonEmpty,
      title: nonEmpty.default('Cycle overview'),
    })
    .optional(),
  // The Notion-Version every request sends. 2026-03-11 renamed `archived` to `in_trash` and an append's
  // `after` to `position`; 2025-09-03 stays for a workspace that has to hold back. See docs/notion.md.
  apiVersion: z.enum(NOTION_API_VERSIONS).default('2026-03-11'),
  // Notion allows 180 requests a minute per integration (3/s), 600 (10/s) on Business and Enterprise.
  requestsPerSecond: z.number().gt(0.1).max(50).default(3),
  // Total time one run may spend waiting out 429s and backing off, before a request gives up.
  waitBudgetSeconds: z.number().int().min(0).max(3600).default(600),
  summaryTitle: nonEmpty.default('Review summary'),
  views: viewNamesSchema.default(viewNamesSchema.parse({})),
});

// Headers (sheet, csv) or question titles (form) for the fields every response carries.
const fieldMappingSchema = z.strictObject({
  timestamp: nonEmpty.default('Timestamp'),
  // null: the source collects no respondent emails (then raters.nominations cannot be `required`).
  respondentEmail: nonEmpty.nullable().default('Email Address'),
  reviewee: nonEmpty.default('Who are you reviewing?'),
  relationship: nonEmpty.default('Your relationship to them'),
  comment: nonEmpty.optional(),
  cycle: nonEmpty.optional(),
});

const sourceBase = {
  name: nonEmpty.optional(),
  // Zone for timestamps that carry none (CSV exports); sheets use the spreadsheet's own zone.
  timeZone: nonEmpty.optional(),
  fields: fieldMappingSchema.default(fieldMappingSchema.parse({})),
};

export const sourceSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('sheet'),
    spreadsheet: nonEmpty,
    sheet: nonEmpty.default('Form Responses 1'),
    ...sourceBase,
  }),
  z.strictObject({ type: z.literal('form'), form: nonEmpty, ...sourceBase }),
  z.strictObject({ type: z.literal('csv'), path: nonEmpty, ...sourceBase }),
]);

export const cycleSchema = z.strictObject({
  name: nonEmpty,
  opens: isoDate,
  closes: isoDate.optional(),
  due: dueDatesSchema.default({}),
});

const stageNamesSchema = z.strictObject(
  Object.fromEntries(STAGE_KEYS.map((key) => [key, nonEmpty.optional()])) as Record<
    (typeof STAGE_KEYS)[number],
    z.ZodOptional<typeof nonEmpty>
  >,
);

export const competencySchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9-]{0,15}$/, 'expected an upper-case code such as CQ or API-1'),
  name: nonEmpty,
  category: nonEmpty,
  weight: z.number().nonnegative().max(1000).default(1),
  required: z.boolean().default(true),
  question: nonEmpty,
  commentQuestion: nonEmpty.optional(),
  managerProperty: nonEmpty.optional(),
  rubric: z.array(nonEmpty).min(2, 'expected one rubric text per scale level'),
});

export const scaleSchema = z.strictObject({
  min: z.number().int().min(-100).max(100).default(1),
  max: z.number().int().min(-100).max(100).default(5),
  naValues: z.array(z.string()).default(['N/A', 'NA', 'n/a', 'Not applicable']),
});

export const NOMINATION_MODES = ['off', 'track', 'required'] as const;
export type NominationMode = (typeof NOMINATION_MODES)[number];

/** The 360 perspectives a peer can bring; the template asks for QA, frontend and product or project lead. */
export const PERSPECTIVES = ['qa', 'frontend', 'product', 'project-lead', 'backend-peer'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

const perspective = z.enum(PERSPECTIVES);

// Which perspectives a review's nominations should cover, and how a nominee's perspective is known:
// from who they are (an email here, or the team roster), never from what they answered.
export const perspectivesSchema = z.strictObject({
  relationships: z.record(nonEmpty, perspective).default({
    'QA engineer': 'qa',
    'Frontend developer': 'frontend',
    'Product manager': 'product',
    'Project lead': 'project-lead',
    'Backend peer': 'backend-peer',
  }),
  // Each entry is one requirement, met by any of its perspectives.
  wanted: z.array(z.array(perspective).min(1)).default([['qa'], ['frontend'], ['product', 'project-lead']]),
  people: z.record(nonEmpty, perspective).default({}),
});

export const ratersSchema = z.strictObject({
  relationships: z.record(nonEmpty, z.enum(RATER_ROLES)).default({
    Self: 'self',
    Manager: 'manager',
    'Backend peer': 'peer',
    'Frontend developer': 'peer',
    'QA engineer': 'peer',
    'Product manager': 'peer',
    'Project lead': 'peer',
  }),
  weights: z
    .strictObject({
      manager: z.number().nonnegative().max(100).default(0.5),
      peer: z.number().nonnegative().max(100).default(0.3),
      self: z.number().nonnegative().max(100).default(0.2),
    })
    .default({ manager: 0.5, peer: 0.3, self: 0.2 }),
  minPeerResponses: z.number().int().min(1).max(100).default(3),
  smallPeerGroups: z.enum(['merge', 'omit']).default('merge'),
  // Who gives feedback to whom: see docs/feedback-requests.md. `required` counts a peer answer only
  // from a nominated, approved peer.
  nominations: z.enum(NOMINATION_MODES).default('off'),
  perspectives: perspectivesSchema.default(perspectivesSchema.parse({})),
});

export const bandSchema = z.strictObject({ name: nonEmpty, min: z.number() });

export const catalogEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id'),
  code: nonEmpty,
  kind: z.enum(ACTION_KINDS),
  title: nonEmpty,
  detail: z.string().optional(),
  dueInDays: z.number().int().positive().max(3650).default(90),
});

export const goalTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id'),
  code: nonEmpty,
  title: nonEmpty,
  metric: nonEmpty,
  baseline: z.number(),
  target: z.number(),
  dueInDays: z.number().int().positive().max(3650).default(120),
});

/** `summary.charts`: Mermaid diagrams, Unicode bars in a table, or no chart at all. */
export const CHART_FORMS = ['mermaid', 'text', 'off'] as const;
export type ChartSetting = (typeof CHART_FORMS)[number];

/**
 * The first stage at which each summary section is written. The progress section (counts, what is
 * missing, due dates) has no entry: it is always written. See docs/privacy.md.
 */
export const visibilitySchema = z.strictObject({
  scores: z.enum(STAGE_KEYS).default('managerEvaluation'),
  strengths: z.enum(STAGE_KEYS).default('managerEvaluation'),
  blindSpots: z.enum(STAGE_KEYS).default('managerEvaluation'),
  highlights: z.enum(STAGE_KEYS).default('managerEvaluation'),
  goals: z.enum(STAGE_KEYS).default('notStarted'),
  actionPlan: z.enum(STAGE_KEYS).default('feedbackDelivery'),
});

const email = z
  .string()
  .trim()
  .regex(/^[^@\s]+@[^@\s]+$/, 'expected an email address');

// The roster `launch` creates review pages from; see docs/launch.md.
export const teamMemberSchema = z.strictObject({
  email,
  name: nonEmpty,
  manager: email.optional(),
  team: nonEmpty.optional(),
  due: dueDatesSchema.optional(),
  // The 360 perspective this person brings as a peer, for the nominations' perspective check.
  perspective: perspective.optional(),
});

const teamRosterPropertiesSchema = z.strictObject(propertyNameShape(TEAM_ROSTER_PROPERTIES, nonEmpty));

export const launchSchema = z.strictObject({
  roster: z.enum(['team', 'notion', 'previous-cycle']).default('team'),
  teamDatabase: z
    .strictObject({
      database: nonEmpty,
      properties: teamRosterPropertiesSchema.default(teamRosterPropertiesSchema.parse({})),
    })
    .optional(),
  previousCycle: nonEmpty.optional(),
  // The data source template new pages are made from: "none" (the tool writes the body), "default", or
  // a template's name; see docs/launch.md.
  template: nonEmpty.default('none'),
});

export const configSchema = z.strictObject({
  timeZone: nonEmpty.default('UTC'),
  notion: notionSchema,
  sources: z.array(sourceSchema).default([]),
  cycles: z.array(cycleSchema).min(1, 'expected at least one cycle'),
  stages: stageNamesSchema.default({}),
  calibration: z.strictObject({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  scale: scaleSchema.default(scaleSchema.parse({})),
  raters: ratersSchema.default(ratersSchema.parse({})),
  framework: z.strictObject({
    name: nonEmpty.default('Backend engineering'),
    competencies: z.array(competencySchema).min(1, 'expected at least one competency'),
  }),
  scoring: z
    .strictObject({
      bands: z
        .array(bandSchema)
        .min(1)
        .default([
          { name: 'Exceptional', min: 4.5 },
          { name: 'Exceeds expectations', min: 3.75 },
          { name: 'Meets expectations', min: 3 },
          { name: 'Developing', min: 2 },
          { name: 'Below expectations', min: 0 },
        ]),
      insufficientBand: nonEmpty.default('Insufficient data'),
      // Share of total code weight that must have a score before an overall result is given.
      minCoverage: z.number().min(0).max(1).default(0.75),
      gapThreshold: z.number().positive().max(100).default(1),
    })
    .default({
      bands: [
        { name: 'Exceptional', min: 4.5 },
        { name: 'Exceeds expectations', min: 3.75 },
        { name: 'Meets expectations', min: 3 },
        { name: 'Developing', min: 2 },
        { name: 'Below expectations', min: 0 },
      ],
      insufficientBand: 'Insufficient data',
      minCoverage: 0.75,
      gapThreshold: 1,
    }),
  goals: z.strictObject({ tolerance: z.number().min(0).max(1).default(0.1) }).default({ tolerance: 0.1 }),
  visibility: visibilitySchema.default(visibilitySchema.parse({})),
  actionPlan: z.strictObject({
    // Action-item pages are created from this stage on; before it the summary shows the plan as a draft.
    createFrom: z.enum(STAGE_KEYS).default('feedbackDelivery'),
    growthBelow: z.number(),
    strengthAtLeast: z.number(),
    catalog: z.array(catalogEntrySchema).default([]),
    goalTemplates: z.array(goalTemplateSchema).default([]),
    // A focused plan: reviewers asked for a handful of entries, not one per catalog match.
    maxItems: z.number().int().min(1).max(100).default(5),
  }),
  // Earlier cycles whose scores each summary compares with (trends); read with one extra paged query.
  history: z.array(nonEmpty).default([]),
  // How the summary and the overview draw their charts: Mermaid code blocks, Unicode bars, or none.
  summary: z.strictObject({ charts: z.enum(CHART_FORMS).default('mermaid') }).default({ charts: 'mermaid' }),
  overview: z
    .strictObject({
      // Columns of the heatmap: the reviewee's manager, or the team select named in reviews.properties.team.
      groupBy: z.enum(['manager', 'team']).default('manager'),
      // A manager whose mean rating is further than this from the team's mean is flagged (scale points).
      calibrationMargin: z.number().positive().default(0.5),
      // A heatmap cell needs at least this many reviews; default raters.minPeerResponses.
      minReviewsPerCell: z.number().int().min(1).optional(),
    })
    .default({ groupBy: 'manager', calibrationMargin: 0.5 }),
  team: z.array(teamMemberSchema).default([]),
  launch: launchSchema.default({ roster: 'team', template: 'none' }),
  enforce: z.boolean().default(false),
  nudges: z
    .strictObject({
      enabled: z.boolean().default(true),
      graceDays: z.number().int().min(0).max(365).default(0),
    })
    .default({ enabled: true, graceDays: 0 }),
});

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type SourceConfig = z.output<typeof sourceSchema>;
export type CycleConfig = z.output<typeof cycleSchema>;
export type CompetencyConfig = z.output<typeof competencySchema>;
export type TeamMember = z.output<typeof teamMemberSchema>;
export type LaunchConfig = z.output<typeof launchSchema>;
export type CatalogEntry = z.output<typeof catalogEntrySchema>;
export type Visibility = z.output<typeof visibilitySchema>;
export type SummarySection = keyof Visibility;
export type GoalTemplate = z.output<typeof goalTemplateSchema>;

export type ActionItemMode = (typeof ACTION_ITEM_MODES)[number];
export type ActionItemsConfig = NonNullable<Config['notion']['actionItems']>;
/** Action items kept as database pages: the config names their database or data source. */
export type ActionItemPages = ActionItemsConfig & { mode: 'pages' };

/** The action items section when items are pages; null with to-dos or without action items. */
export function actionItemPages(config: Pick<Config, 'notion'>): ActionItemPages | null {
  const items = config.notion.actionItems;
  if (items === undefined || items.mode !== 'pages') return null;
  return { ...items, mode: 'pages' };
}

/** Whether the plan's entries are written as to-do blocks inside the summary. */
export const planAsTodos = (config: Pick<Config, 'notion'>): boolean =>
  config.notion.actionItems?.mode === 'todos';
