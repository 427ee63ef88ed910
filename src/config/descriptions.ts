import { DUE_STAGES, STAGE_KEYS } from '../core/domain.ts';
import { DEFAULT_STAGE_NAMES } from '../core/workflow/stages.ts';
import { TEAM_ROSTER_PROPERTIES } from '../core/notion-contract/contract.ts';

// Hover text for every key of the JSON Schema, by path (`[]` stands for any list item). Kept apart from
// the zod schema so the schema reads as validation; json-schema.test.ts fails when a key has none.

// The stages' default option names, so hover text names them as Notion shows them.
const STAGE_LABELS = DEFAULT_STAGE_NAMES;

const dueKeys = (prefix: string, what: (stage: string) => string) =>
  Object.fromEntries(DUE_STAGES.map((stage) => [`${prefix}.${stage}`, what(STAGE_LABELS[stage])]));

const property = (type: string, meaning: string) => `Name of the ${type} property that ${meaning}.`;

export const DESCRIPTIONS: Readonly<Record<string, string>> = {
  timeZone: 'The team\'s IANA time zone (e.g. "Europe/Berlin"): due dates and cycle windows are days in it.',
  notion: 'The Notion databases the tool reads and writes, and the names of their properties.',
  'notion.reviews': 'The reviews database: one page per reviewee and cycle.',
  'notion.reviews.database':
    'URL or id (32 hex characters) of the reviews database, resolved to its data source each run. Give this or dataSource, not both.',
  'notion.reviews.dataSource':
    'Id of the reviews data source (doctor prints it): one Notion request per run fewer than database. Give this or database, not both.',
  'notion.reviews.properties': 'Property names on the review pages; each has a default.',
  'notion.reviews.properties.name': property('title', 'names the review page'),
  'notion.reviews.properties.reviewee': property('people (or email)', 'holds the person reviewed'),
  'notion.reviews.properties.manager': property('people', "holds the reviewee's manager"),
  'notion.reviews.properties.cycle': property('select', 'holds the cycle name'),
  'notion.reviews.properties.stage': property('status (or select)', 'holds the stage'),
  'notion.reviews.properties.calibrated': property('checkbox', 'a person ticks after calibration'),
  'notion.reviews.properties.delivered': property('checkbox', 'a person ticks once feedback is delivered'),
  'notion.reviews.properties.deliveredOn': property('date', 'a person sets when feedback was delivered'),
  'notion.reviews.properties.peers': property(
    'people',
    'holds the peers the reviewee nominated for feedback; read only with raters.nominations on',
  ),
  'notion.reviews.properties.peersApproved': property(
    'checkbox',
    'the manager ticks to approve the nominated peers; read only with raters.nominations on',
  ),
  'notion.reviews.properties.dueDates':
    'Optional date properties that override a cycle due date for one page.',
  ...dueKeys('notion.reviews.properties.dueDates', (s) => `Date property overriding the ${s} due date.`),
  'notion.reviews.properties.overallScore': property('number', 'the tool writes the overall score to'),
  'notion.reviews.properties.band': property('select', 'the tool writes the computed band to'),
  'notion.reviews.properties.peerResponses': property('number', 'the tool writes the peer response count to'),
  'notion.reviews.properties.goalsOnTrack': property('rich_text', 'the tool writes goal progress to'),
  'notion.reviews.properties.lastSynced': property('date', 'the tool writes the last sync time to'),
  'notion.reviews.properties.syncNotes': property('rich_text', 'the tool writes its notes to'),
  'notion.reviews.properties.summaryHash': property('rich_text', "the tool keeps the summary's hash in"),
  'notion.reviews.properties.summaryBlock': property(
    'rich_text',
    "the tool keeps the id of the summary's container block in",
  ),
  'notion.reviews.properties.codeScores': property(
    'rich_text',
    'the tool keeps per-code scores in, for trends',
  ),
  'notion.reviews.properties.finalBand': property('select', 'holds the band people settle on in calibration'),
  'notion.reviews.properties.team': property(
    'select',
    "names the reviewee's team (optional; launch writes it)",
  ),
  'notion.goals': 'Optional goals database, related to the reviews; leave out if goals are not tracked.',
  'notion.goals.database': 'URL or id of the goals database. Give this or dataSource, not both.',
  'notion.goals.dataSource':
    'Id of the goals data source (doctor prints it): one Notion request per run fewer than database. Give this or database, not both.',
  'notion.goals.properties': 'Property names on goal pages; each has a default.',
  'notion.goals.properties.goal': property('title', 'names the goal'),
  'notion.goals.properties.review': property('relation', 'links the goal to its review'),
  'notion.goals.properties.competency': property('select', "holds the goal's competency code"),
  'notion.goals.properties.metric': property('rich_text', 'describes what is measured'),
  'notion.goals.properties.baseline': property('number', 'holds the starting value'),
  'notion.goals.properties.target': property('number', 'holds the target value'),
  'notion.goals.properties.current': property('number', 'holds the current value'),
  'notion.goals.properties.start': property('date', 'holds when the goal started'),
  'notion.goals.properties.due': property('date', 'holds when the goal is due'),
  'notion.goals.properties.progress': property('number', 'the tool writes progress (0..1) to'),
  'notion.goals.properties.status': property('select', 'the tool writes the goal status to'),
  'notion.goals.properties.objective': property('relation', 'links the goal to an objective'),
  'notion.goals.properties.milestones': property('rich_text', 'holds a milestone checklist, one per line'),
  'notion.objectives': 'Optional objectives database that goals relate to; goals are grouped by objective.',
  'notion.objectives.database': 'URL or id of the objectives database. Give this or dataSource, not both.',
  'notion.objectives.dataSource':
    'Id of the objectives data source (doctor prints it): one Notion request per run fewer than database. Give this or database, not both.',
  'notion.objectives.properties': 'Property names on objective pages.',
  'notion.objectives.properties.name': property('title', 'names the objective'),
  'notion.overview': 'Optional tool-owned overview page per cycle; leave out for none.',
  'notion.overview.parentPage': 'URL or id of the page the overview pages are written under.',
  'notion.overview.title': 'Title of the overview page (default "Cycle overview").',
  'notion.actionItems':
    'Optional: where planned actions are tracked, as database pages (mode pages) or as to-dos in the summary (mode todos).',
  'notion.actionItems.mode':
    'pages (default): one page per planned action in the Action items database. todos: to-do blocks inside the summary, kept ticked across rewrites; no database, no extra requests.',
  'notion.actionItems.database':
    'URL or id of the action items database; with mode pages, give this or dataSource, not both. Unused with todos.',
  'notion.actionItems.dataSource':
    'Id of the action items data source (doctor prints it): one Notion request per run fewer than database. With mode pages, give this or database, not both. Unused with todos.',
  'notion.actionItems.properties': 'Property names on action item pages (mode pages); each has a default.',
  'notion.actionItems.properties.title': property('title', 'names the action'),
  'notion.actionItems.properties.review': property('relation', 'links the item to its review'),
  'notion.actionItems.properties.key': property(
    'rich_text',
    'holds the key that keeps re-runs from duplicating',
  ),
  'notion.actionItems.properties.kind': property('select', 'holds the kind (training, mentorship, …)'),
  'notion.actionItems.properties.competency': property('select', 'holds the competency code'),
  'notion.actionItems.properties.due': property('date', 'holds the due date'),
  'notion.actionItems.properties.status': property('status (or select)', 'people move after creation'),
  'notion.actionItems.properties.syncedStatus': property(
    'rich_text',
    'the tool keeps the Status it last set in',
  ),
  'notion.actionItems.statuses': 'Status option names the tool sets on action items.',
  'notion.actionItems.statuses.open': 'Status of a new or reopened item (default "Not started").',
  'notion.actionItems.statuses.withdrawn':
    'Status of an untouched item no longer planned (default "Withdrawn").',
  'notion.feedbackRequests':
    'Optional Feedback requests data source: one tool-owned row per approved reviewee–peer pair. Restrict it (docs/feedback-requests.md).',
  'notion.feedbackRequests.database':
    'URL or id of the Feedback requests database. Give this or dataSource, not both.',
  'notion.feedbackRequests.dataSource':
    'Id of the Feedback requests data source: one Notion request per run fewer than database. Give this or database, not both.',
  'notion.feedbackRequests.properties': 'Property names on request rows; each has a default.',
  'notion.feedbackRequests.properties.title': property('title', 'names the request'),
  'notion.feedbackRequests.properties.key': property(
    'rich_text',
    'holds the review and peer key that keeps re-runs from duplicating',
  ),
  'notion.feedbackRequests.properties.peer': property('people', 'names the peer asked'),
  'notion.feedbackRequests.properties.review': property('relation', 'links the row to its review'),
  'notion.feedbackRequests.properties.link': property('url', 'holds the pre-filled "Give feedback" link'),
  'notion.feedbackRequests.properties.due': property('date', "holds the 360 stage's due date"),
  'notion.feedbackRequests.properties.status': property(
    'select',
    'the tool sets: Requested, Answered, Withdrawn or Closed',
  ),
  'notion.feedbackRequests.properties.reminders': property(
    'rich_text',
    'the tool records the due dates it reminded for',
  ),
  'notion.feedbackRequests.answeredStatus':
    'true (default): a row becomes Answered when the peer answers. false: rows stay Requested until the 360 stage closes, then Closed; for a data source that cannot be restricted.',
  'notion.apiVersion':
    'Notion-Version every request sends: 2026-03-11 (default, `in_trash` and `position`) or 2025-09-03.',
  'notion.requestsPerSecond':
    'Average Notion request rate: 3 (default, 180 a minute) or 10 on Business and Enterprise workspaces (600 a minute).',
  'notion.waitBudgetSeconds':
    'Total seconds one run may wait out 429s and back off before a request gives up (default 600).',
  'notion.views': 'Names of the views init adds; a view already present under its name is left alone.',
  'notion.views.reviewsByStage': 'Reviews board grouped by stage, in stage order.',
  'notion.views.reviewsByCycle': 'Reviews table grouped by cycle and sorted by manager.',
  'notion.views.overdue':
    'Reviews table of pages whose stage due-date property is past; needs notion.reviews.properties.dueDates.',
  'notion.views.actionItemsByStatus': 'Action items board grouped by status.',
  'notion.views.goalsByReview': 'Goals table grouped by the review each goal belongs to.',
  'notion.views.myFeedbackRequests':
    'Feedback requests table grouped by status; add the filter "Peer contains Me" by hand (the API cannot).',
  'notion.summaryTitle': 'Title of the callout that holds the tool-owned summary on each page.',
  sources: 'Where 360° responses come from: a response sheet, a Google Form, or a CSV export.',
  'sources[].type': '"sheet" (response spreadsheet), "form" (Forms API) or "csv" (an exported file).',
  'sources[].spreadsheet': 'Spreadsheet URL or id (sheet sources).',
  'sources[].sheet': 'Tab holding the responses (default "Form Responses 1").',
  'sources[].name': 'Label for the source in reports; defaults to one derived from its id or file name.',
  'sources[].timeZone': 'Zone for timestamps that carry none (CSV exports); defaults to timeZone.',
  'sources[].fields': 'Headers (sheet, CSV) or question titles (form) of the fields every response has.',
  'sources[].fields.timestamp': 'Header of the submission time (default "Timestamp").',
  'sources[].fields.respondentEmail':
    'Header of the respondent\'s email (default "Email Address"); null when the source collects no emails, which raters.nominations "required" refuses.',
  'sources[].fields.reviewee': 'Question naming who is reviewed; feedback links pre-fill it.',
  'sources[].fields.relationship': 'Question holding the relationship to the reviewee.',
  'sources[].fields.comment': 'Optional question with overall free-text comments.',
  'sources[].fields.cycle': 'Optional question naming the cycle, for forms shared by several cycles.',
  'sources[].form': 'Form URL (the edit link) or id (form sources).',
  'sources[].path': "Path of the CSV file; a relative path is read from the config file's directory.",
  cycles: "Review cycles; each cycle's name is a Cycle option on the review pages.",
  'cycles[].name': 'Cycle name, e.g. "2026-H2", as in the Cycle property.',
  'cycles[].opens': 'First day (YYYY-MM-DD) of the cycle; responses before it are rejected.',
  'cycles[].closes': 'Optional last day (YYYY-MM-DD) responses are accepted.',
  'cycles[].due': "Due dates of the cycle's stages (YYYY-MM-DD); pages may override them.",
  ...dueKeys('cycles[].due', (s) => `Day the ${s} stage is due (YYYY-MM-DD).`),
  stages: 'Notion option names of the stages, when they differ from the defaults.',
  ...Object.fromEntries(
    STAGE_KEYS.map((key) => [`stages.${key}`, `Option name of the ${STAGE_LABELS[key]} stage.`]),
  ),
  calibration: 'Whether reviews pass through the Calibration stage.',
  'calibration.enabled': 'false skips Calibration (default true).',
  scale: 'The rating scale of every competency question.',
  'scale.min': 'Lowest rating (default 1).',
  'scale.max': 'Highest rating (default 5).',
  'scale.naValues': 'Answers that mean "cannot judge"; they are left out of every mean.',
  raters: 'Relationship answers, rater weights and peer anonymity.',
  'raters.relationships': 'Answer to the relationship question → role (self, manager or peer).',
  'raters.weights': "How much each role counts in a code's score; re-normalised over roles with data.",
  'raters.weights.manager': "Weight of the manager's rating (default 0.5).",
  'raters.weights.peer': "Weight of the peers' mean rating (default 0.3).",
  'raters.weights.self': 'Weight of the self-rating (default 0.2).',
  'raters.minPeerResponses': 'Peers needed before peer results show, for anonymity (default 3).',
  'raters.smallPeerGroups': 'A peer group below the threshold is merged into "Other peers" or omitted.',
  'raters.nominations':
    'Peer nominations from the Peers property: off, track (tracked, others still count) or required (only nominated, approved peers count).',
  'raters.perspectives':
    "The 360 perspectives a review's nominations should cover, and how a nominee's perspective is known.",
  'raters.perspectives.relationships':
    'Peer relationship answer → perspective (qa, frontend, product, project-lead, backend-peer).',
  'raters.perspectives.wanted':
    'Perspectives a review should have, each entry met by any of its perspectives (default qa; frontend; product or project-lead).',
  'raters.perspectives.people':
    'Email → perspective of a person who may be nominated; overrides team[].perspective.',
  framework: 'The competency framework the reviews score.',
  'framework.name': 'Name shown in the summary (default "Backend engineering").',
  'framework.competencies': 'One entry per competency code.',
  'framework.competencies[].code': 'Upper-case code, unique, e.g. CQ; it names the code everywhere.',
  'framework.competencies[].name': 'Name shown in the summary.',
  'framework.competencies[].category': 'Category shown in the summary.',
  'framework.competencies[].weight': 'Share in the overall score (default 1; 0 shows it unscored).',
  'framework.competencies[].required':
    'The manager must rate it before manager evaluation ends (default true).',
  'framework.competencies[].question': 'Question title or column header that holds the rating.',
  'framework.competencies[].commentQuestion': 'Optional question with comments about this code.',
  'framework.competencies[].managerProperty': 'Optional number property where a manager may type the rating.',
  'framework.competencies[].rubric': 'One text per scale level, lowest first.',
  scoring: 'Bands, coverage and gaps.',
  'scoring.bands': 'Bands by minimum overall score, highest first.',
  'scoring.bands[].name': 'Band name, a Computed band option.',
  'scoring.bands[].min': 'Lowest overall score in the band.',
  'scoring.insufficientBand': 'Band shown when too little evidence is in (default "Insufficient data").',
  'scoring.minCoverage': "Share of code weight that needs others' evidence before an overall score (0..1).",
  'scoring.gapThreshold': 'Self minus others at which a gap is a blind spot or hidden strength (default 1).',
  goals: 'How goal status is judged.',
  'goals.tolerance': 'How far progress may trail elapsed time and still be on track (0..1, default 0.1).',
  actionPlan: 'Rules and catalog for the action plan.',
  'actionPlan.growthBelow': 'A code scoring below this is a growth area.',
  'actionPlan.strengthAtLeast': 'A code scoring at least this is a strength.',
  'actionPlan.createFrom':
    'First stage at which action item pages are created; before it the plan is a draft.',
  'actionPlan.maxItems':
    'At most this many entries per review (default 5): the codes furthest from their threshold, by weight.',
  'actionPlan.catalog': 'Actions a code can draw: training, mentorship, projects and recognition.',
  'actionPlan.catalog[].id': "Kebab-case id, unique; part of the action item's key.",
  'actionPlan.catalog[].code': 'Competency code the action belongs to.',
  'actionPlan.catalog[].kind': 'Kind of action.',
  'actionPlan.catalog[].title': 'Title of the action item.',
  'actionPlan.catalog[].detail': 'Optional longer text.',
  'actionPlan.catalog[].dueInDays': "Days from the plan to the item's due date (default 90).",
  'actionPlan.goalTemplates': 'Measurable goals suggested for a growth area.',
  'actionPlan.goalTemplates[].id': 'Kebab-case id, unique.',
  'actionPlan.goalTemplates[].code': 'Competency code the goal belongs to.',
  'actionPlan.goalTemplates[].title': 'Title of the suggested goal.',
  'actionPlan.goalTemplates[].metric': 'What is measured.',
  'actionPlan.goalTemplates[].baseline': 'Starting value.',
  'actionPlan.goalTemplates[].target': 'Target value.',
  'actionPlan.goalTemplates[].dueInDays': 'Days until the goal is due (default 120).',
  visibility: 'For each summary section, the first stage at which it is written (docs/privacy.md).',
  ...Object.fromEntries(
    ['scores', 'strengths', 'blindSpots', 'highlights', 'goals', 'actionPlan'].map((section) => [
      `visibility.${section}`,
      `First stage at which the summary shows its ${section} section.`,
    ]),
  ),
  history: 'Earlier cycles each summary compares its scores with (trends).',
  summary: 'How the summary and the cycle overview draw their charts.',
  'summary.charts':
    'Charts as "mermaid" code blocks (default), "text" (Unicode bars in a table) or "off" (none).',
  overview: 'How the cycle overview groups and flags results.',
  'overview.groupBy': 'Heatmap columns: the reviewee\'s "manager" or "team" (default manager).',
  'overview.calibrationMargin':
    "A manager's mean further than this from the team's is flagged (default 0.5).",
  'overview.minReviewsPerCell':
    'Reviews a heatmap cell needs before it shows; default raters.minPeerResponses.',
  team: 'The roster `launch` makes review pages for (when launch.roster is "team").',
  'team[].email': "The person's email, as in the Notion workspace.",
  'team[].name': "The person's name, used in the page title.",
  'team[].manager': "The manager's email, as in the Notion workspace.",
  'team[].team': 'Optional team name, written to notion.reviews.properties.team when that is set.',
  'team[].due': "Optional due dates for this person only, written to the page's due-date properties.",
  'team[].perspective':
    'The 360 perspective this person brings when nominated as a peer (qa, frontend, product, project-lead, backend-peer).',
  ...dueKeys('team[].due', (s) => `This person's ${s} due date (YYYY-MM-DD).`),
  launch: 'How `review-sync launch` finds the people of a cycle.',
  'launch.roster': '"team" (the team list), "notion" (launch.teamDatabase) or "previous-cycle".',
  'launch.teamDatabase': 'A Notion database with one page per person (roster "notion").',
  'launch.teamDatabase.database': 'URL or id of the team database.',
  'launch.teamDatabase.properties': 'Property names on the team pages.',
  'launch.teamDatabase.properties.person': property(
    'people',
    `holds the person (default "${TEAM_ROSTER_PROPERTIES.person.name}")`,
  ),
  'launch.teamDatabase.properties.manager': property(
    'people',
    `holds their manager (default "${TEAM_ROSTER_PROPERTIES.manager.name}")`,
  ),
  'launch.teamDatabase.properties.team': property('select or rich_text', 'holds their team (optional)'),
  'launch.previousCycle':
    'Cycle to copy people from (roster "previous-cycle"); default the one listed before.',
  'launch.template':
    '"none" (default: launch writes the page body), "default" (the data source\'s default template) or a template\'s name.',
  enforce: 'true moves a page set further than its data supports back; false only notes it (default).',
  nudges: 'Reminder comments on overdue stages.',
  'nudges.enabled': 'Post at most one reminder comment per page and stage (default true).',
  'nudges.graceDays': 'Days after a due date before a reminder (default 0).',
};
