// The Notion schema contract: every property the tool knows, declared once. The config's property names
// and their defaults, the readers' value parsers, doctor's and the preflight's checks, what `init`
// creates and what `migrate` adds all derive from these entries. Adding a tool-owned property is one
// entry here plus its tests.

/** The Notion property types the tool reads or creates. */
export type NotionPropertyType =
  | 'title'
  | 'rich_text'
  | 'number'
  | 'select'
  | 'status'
  | 'date'
  | 'checkbox'
  | 'people'
  | 'email'
  | 'url'
  | 'relation';

/**
 * Where a select's options come from when the tool creates it: the config's stages, bands, codes or
 * cycles, or a fixed list. The action items' Status starts with the tool's open and withdrawn names.
 */
export type OptionSource =
  | 'stages'
  | 'bands'
  | 'codes'
  | 'cycles'
  | 'goalStatuses'
  | 'actionKinds'
  | 'actionItemStatuses'
  | 'feedbackRequestStatuses'
  | 'none';

/** What `init` and `migrate` create: a type, with its options or number format where it has them. */
export type PropertyCreation =
  | { type: 'title' | 'rich_text' | 'date' | 'checkbox' | 'people' | 'url' }
  | { type: 'number'; format: 'number' | 'percent' }
  | { type: 'select'; options: OptionSource }
  // A one-way relation to the reviews: a dual one would add a column to Reviews that no config names.
  | { type: 'relation'; to: 'reviews' };

/** Whose values these are: the tool writes its own; a person's are never written. */
export type PropertyOwner = 'tool' | 'person';

/**
 * `required`: a page without it cannot be read. `written`: the tool writes it, so an update naming a
 * missing one would fail. `optional`: read as empty when missing (doctor warns). `quiet`: optional and
 * commonly absent, so doctor says nothing when it is missing.
 */
export type PropertyNeed = 'required' | 'written' | 'optional' | 'quiet';

/** A config switch a property belongs to; `nominations` is on unless `raters.nominations` is `off`. */
export type PropertyFeature = 'nominations';

export interface PropertyDecl {
  /** The default name; null when the property is looked for only once config names it. */
  name: string | null;
  /** Types a read accepts (stage and reviewee accept two). */
  reads: readonly NotionPropertyType[];
  /** Null where `init` does not create it: teams add it when they want it. */
  creates: PropertyCreation | null;
  owner: PropertyOwner;
  need: PropertyNeed;
  /**
   * Looked for only while this feature is on: then its `need` holds, otherwise nothing expects it.
   * Such a property is an input people fill only once the feature starts, so it is empty when it
   * is added: `migrate` may add it while the feature is on although it belongs to people. It still
   * never changes one that exists. `init` creates it whatever the config says.
   */
  feature?: PropertyFeature;
}

const title = { type: 'title' } as const;
const text = { type: 'rich_text' } as const;
const date = { type: 'date' } as const;
const checkbox = { type: 'checkbox' } as const;
const people = { type: 'people' } as const;
const number = { type: 'number', format: 'number' } as const;
const url = { type: 'url' } as const;
const toReviews = { type: 'relation', to: 'reviews' } as const;
const select = (options: OptionSource) => ({ type: 'select', options }) as const;

/** The review page. Stage is created as a select: the API cannot create status options. */
export const REVIEW_PROPERTIES = {
  name: { name: 'Name', reads: ['title'], creates: title, owner: 'person', need: 'required' },
  reviewee: {
    name: 'Reviewee',
    reads: ['people', 'email'],
    creates: people,
    owner: 'person',
    need: 'required',
  },
  manager: { name: 'Manager', reads: ['people'], creates: people, owner: 'person', need: 'optional' },
  cycle: { name: 'Cycle', reads: ['select'], creates: select('cycles'), owner: 'person', need: 'required' },
  // Read and written: the tool moves the stage forward, people may move it too.
  stage: {
    name: 'Stage',
    reads: ['status', 'select'],
    creates: select('stages'),
    owner: 'tool',
    need: 'required',
  },
  calibrated: {
    name: 'Calibrated',
    reads: ['checkbox'],
    creates: checkbox,
    owner: 'person',
    need: 'optional',
  },
  delivered: { name: 'Delivered', reads: ['checkbox'], creates: checkbox, owner: 'person', need: 'optional' },
  deliveredOn: { name: 'Delivered on', reads: ['date'], creates: date, owner: 'person', need: 'optional' },
  // Who the reviewee nominated for feedback, and the manager's approval of that list: people's inputs,
  // read only while raters.nominations is on (see docs/feedback-requests.md).
  peers: {
    name: 'Peers',
    reads: ['people'],
    creates: people,
    owner: 'person',
    need: 'required',
    feature: 'nominations',
  },
  peersApproved: {
    name: 'Peers approved',
    reads: ['checkbox'],
    creates: checkbox,
    owner: 'person',
    need: 'required',
    feature: 'nominations',
  },
  overallScore: { name: 'Overall score', reads: ['number'], creates: number, owner: 'tool', need: 'written' },
  band: {
    name: 'Computed band',
    reads: ['select'],
    creates: select('bands'),
    owner: 'tool',
    need: 'written',
  },
  peerResponses: {
    name: 'Peer responses',
    reads: ['number'],
    creates: number,
    owner: 'tool',
    need: 'written',
  },
  goalsOnTrack: {
    name: 'Goals on track',
    reads: ['rich_text'],
    creates: text,
    owner: 'tool',
    need: 'written',
  },
  lastSynced: { name: 'Last synced', reads: ['date'], creates: date, owner: 'tool', need: 'written' },
  syncNotes: { name: 'Sync notes', reads: ['rich_text'], creates: text, owner: 'tool', need: 'written' },
  summaryHash: { name: 'Summary hash', reads: ['rich_text'], creates: text, owner: 'tool', need: 'written' },
  // This cycle's per-code scores, read back by later cycles for trends; optional on the page.
  codeScores: { name: 'Code scores', reads: ['rich_text'], creates: text, owner: 'tool', need: 'optional' },
  // The band people settle on in calibration, shown next to the computed one.
  finalBand: {
    name: 'Final band',
    reads: ['select'],
    creates: select('bands'),
    owner: 'person',
    need: 'optional',
  },
  // The reviewee's team, for an overview grouped by team; looked for only when config names it.
  team: { name: null, reads: ['select'], creates: null, owner: 'person', need: 'optional' },
  // The id of the summary's container block: the summary is found by it, never by its title.
  summaryBlock: {
    name: 'Summary block',
    reads: ['rich_text'],
    creates: text,
    owner: 'tool',
    need: 'written',
  },
} as const satisfies Record<string, PropertyDecl>;

/** A due-date override per stage, named in `reviews.properties.dueDates`; needed once named. */
export const DUE_DATE_PROPERTY = {
  name: null,
  reads: ['date'],
  creates: date,
  owner: 'person',
  need: 'required',
} as const satisfies PropertyDecl;

/** A manager rating per code, named by `framework.competencies[].managerProperty`; needed once named. */
export const MANAGER_RATING_PROPERTY = {
  name: null,
  reads: ['number'],
  creates: number,
  owner: 'person',
  need: 'required',
} as const satisfies PropertyDecl;

export const GOAL_PROPERTIES = {
  goal: { name: 'Goal', reads: ['title'], creates: title, owner: 'person', need: 'required' },
  review: { name: 'Review', reads: ['relation'], creates: toReviews, owner: 'person', need: 'required' },
  competency: {
    name: 'Competency',
    reads: ['select'],
    creates: select('codes'),
    owner: 'person',
    need: 'optional',
  },
  metric: { name: 'Metric', reads: ['rich_text'], creates: text, owner: 'person', need: 'optional' },
  baseline: { name: 'Baseline', reads: ['number'], creates: number, owner: 'person', need: 'optional' },
  target: { name: 'Target', reads: ['number'], creates: number, owner: 'person', need: 'optional' },
  current: { name: 'Current', reads: ['number'], creates: number, owner: 'person', need: 'optional' },
  start: { name: 'Start', reads: ['date'], creates: date, owner: 'person', need: 'optional' },
  due: { name: 'Due', reads: ['date'], creates: date, owner: 'person', need: 'optional' },
  // A share 0..1; percent shows it as people read it without changing the value.
  progress: {
    name: 'Progress',
    reads: ['number'],
    creates: { type: 'number', format: 'percent' },
    owner: 'tool',
    need: 'written',
  },
  status: {
    name: 'Goal status',
    reads: ['select'],
    creates: select('goalStatuses'),
    owner: 'tool',
    need: 'written',
  },
  // A relation to one page of the Objectives data source; few teams have one.
  objective: { name: 'Objective', reads: ['relation'], creates: null, owner: 'person', need: 'quiet' },
  // A checklist, one milestone a line: "[x] done" or "[ ] open".
  milestones: { name: 'Milestones', reads: ['rich_text'], creates: null, owner: 'person', need: 'quiet' },
} as const satisfies Record<string, PropertyDecl>;

/**
 * Action items: the tool sets every property when it creates an item. Status is a person's from then
 * on, except that the tool withdraws or reopens an item nobody touched; Synced status records what the
 * tool set, so a person's change can be told from the tool's own.
 */
export const ACTION_ITEM_PROPERTIES = {
  title: { name: 'Action', reads: ['title'], creates: title, owner: 'tool', need: 'written' },
  review: { name: 'Review', reads: ['relation'], creates: toReviews, owner: 'tool', need: 'written' },
  // How re-runs find the items they already created.
  key: { name: 'Key', reads: ['rich_text'], creates: text, owner: 'tool', need: 'written' },
  kind: { name: 'Kind', reads: ['select'], creates: select('actionKinds'), owner: 'tool', need: 'written' },
  competency: {
    name: 'Competency',
    reads: ['select'],
    creates: select('codes'),
    owner: 'tool',
    need: 'written',
  },
  due: { name: 'Due', reads: ['date'], creates: date, owner: 'tool', need: 'written' },
  status: {
    name: 'Status',
    reads: ['status', 'select'],
    creates: select('actionItemStatuses'),
    owner: 'person',
    need: 'written',
  },
  syncedStatus: {
    name: 'Synced status',
    reads: ['rich_text'],
    creates: text,
    owner: 'tool',
    need: 'optional',
  },
} as const satisfies Record<string, PropertyDecl>;

export const OBJECTIVE_PROPERTIES = {
  name: { name: 'Objective', reads: ['title'], creates: title, owner: 'person', need: 'required' },
} as const satisfies Record<string, PropertyDecl>;

/** Action item Status options between the tool's own two (open first, withdrawn last): a person's progress. */
export const ACTION_ITEM_PROGRESS_STATUSES: readonly string[] = ['In progress', 'Done'];

/**
 * Feedback requests: one row per approved reviewee–peer pair, all of it the tool's. Status is a select
 * because the API cannot create status options. Who was asked and whether they answered is
 * participation, never content: no answer is ever written here.
 */
export const FEEDBACK_REQUEST_PROPERTIES = {
  title: { name: 'Request', reads: ['title'], creates: title, owner: 'tool', need: 'written' },
  // How re-runs find the rows they already created: the review page id and the peer's user id.
  key: { name: 'Key', reads: ['rich_text'], creates: text, owner: 'tool', need: 'written' },
  peer: { name: 'Peer', reads: ['people'], creates: people, owner: 'tool', need: 'written' },
  review: { name: 'Review', reads: ['relation'], creates: toReviews, owner: 'tool', need: 'written' },
  // The pre-filled "Give feedback" link for this reviewee.
  link: { name: 'Link', reads: ['url'], creates: url, owner: 'tool', need: 'written' },
  // The 360 stage's due date for the review.
  due: { name: 'Due', reads: ['date'], creates: date, owner: 'tool', need: 'written' },
  status: {
    name: 'Status',
    reads: ['select'],
    creates: select('feedbackRequestStatuses'),
    owner: 'tool',
    need: 'written',
  },
  // The due dates a reminder was posted for, one a line: exactly one reminder per row and due date.
  reminders: { name: 'Reminders', reads: ['rich_text'], creates: text, owner: 'tool', need: 'written' },
} as const satisfies Record<string, PropertyDecl>;

/** The tool's Feedback requests statuses, in the order people read them. */
export const FEEDBACK_REQUEST_STATUSES = ['Requested', 'Answered', 'Withdrawn', 'Closed'] as const;

/** Titles of the databases `init` creates; the idempotence guard looks for them among the parent's children. */
export const DATABASE_TITLES = {
  reviews: 'Reviews',
  goals: 'Goals',
  actionItems: 'Action items',
  feedbackRequests: 'Feedback requests',
} as const;

/** The team roster data source `launch` reads with roster "notion": one page per person. */
export const TEAM_ROSTER_PROPERTIES = {
  person: { name: 'Person', reads: ['people'], creates: null, owner: 'person', need: 'required' },
  manager: { name: 'Manager', reads: ['people'], creates: null, owner: 'person', need: 'optional' },
  // Select or text: a team name either way.
  team: { name: null, reads: ['select', 'rich_text'], creates: null, owner: 'person', need: 'optional' },
} as const satisfies Record<string, PropertyDecl>;
