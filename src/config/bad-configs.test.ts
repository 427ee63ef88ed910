import { describe, expect, it } from 'vitest';
import { Document } from 'yaml';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { formatIssues } from './format-issues.ts';
import { MAX_CONFIG_BYTES, parseConfigText } from './load.ts';

// Configs a person might plausibly write by mistake, or a hostile file might hold. Each must be refused
// with the path of the offending key and the reason, before the first request.

const withSources = {
  ...baseConfigInput,
  sources: [
    { type: 'csv', path: 'a.csv' },
    { type: 'csv', path: 'b.csv', timeZone: 'Europe/Berlin' },
  ],
};
const withAllDataSources = {
  ...baseConfigInput,
  notion: {
    reviews: { database: 'db-reviews' },
    goals: { database: 'db-goals' },
    actionItems: { database: 'db-items' },
  },
};

function yamlWith(edits: Record<string, unknown>, base: object = withAllDataSources): string {
  const doc = new Document(base);
  for (const [path, value] of Object.entries(edits)) {
    const keys = path
      .split(/\.|\[(\d+)\]/)
      .flatMap((part: string | undefined, i): (string | number)[] =>
        part === undefined || part === '' ? [] : [i % 2 === 1 ? Number(part) : part],
      );
    doc.setIn(keys, value);
  }
  return doc.toString();
}

const laughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
].join('\n');
const manyAliases = `timeZone: &z UTC\ncycles:\n${Array.from({ length: 60 }, () => '  - name: *z').join('\n')}\n`;
const p = 'notion.reviews.properties';

describe('bad configs', () => {
  it.each<[string, string, string, string]>([
    // Nominations
    [
      'required nominations with a source that collects no emails',
      yamlWith({ 'raters.nominations': 'required', 'sources[1].fields.respondentEmail': null }, withSources),
      'sources[1].fields.respondentEmail',
      'raters.nominations "required"',
    ],
    [
      'a perspective for a relationship that is not a peer',
      yamlWith({ 'raters.perspectives.relationships': { Manager: 'product' } }),
      'raters.perspectives.relationships.Manager',
      'expected a peer relationship',
    ],
    [
      'a perspective that does not exist',
      yamlWith({ 'raters.perspectives.wanted': [['design']] }),
      'raters.perspectives.wanted[0][0]',
      'qa',
    ],
    [
      'a wanted perspective no peer relationship stands for',
      yamlWith({
        'raters.nominations': 'track',
        'raters.relationships': { Self: 'self', Manager: 'manager', 'Backend peer': 'peer' },
      }),
      'raters.perspectives.wanted[0]',
      'expected a perspective that a peer relationship',
    ],
    [
      'a person mapped to a perspective that does not exist',
      yamlWith({ 'raters.perspectives.people': { 'ada@example.com': 'design' } }),
      'raters.perspectives.people.ada@example.com',
      'expected one of',
    ],
    [
      'a wanted entry with no perspective in it',
      yamlWith({ 'raters.perspectives.wanted': [[]] }),
      'raters.perspectives.wanted[0]',
      'at least 1',
    ],
    [
      'a misspelt key under the perspectives',
      yamlWith({ 'raters.perspectives.wants': [['qa']] }),
      'raters.perspectives.wants',
      'unknown key, did you mean "wanted"?',
    ],
    [
      'a roster perspective that does not exist',
      yamlWith({ team: [{ email: 'ada@example.com', name: 'Ada', perspective: 'design' }] }),
      'team[0].perspective',
      'expected one of',
    ],
    [
      'an unknown nominations mode',
      yamlWith({ 'raters.nominations': 'mandatory' }),
      'raters.nominations',
      'required',
    ],
    // Time zones
    [
      'a source zone that does not exist',
      yamlWith({ 'sources[0].timeZone': 'Europe/Atlantis' }, withSources),
      'sources[0].timeZone',
      'IANA time zone',
    ],
    [
      'a second source with a made-up zone',
      yamlWith({ 'sources[1].timeZone': 'CET+1' }, withSources),
      'sources[1].timeZone',
      'IANA time zone',
    ],
    ['a zone written as a city', yamlWith({ timeZone: 'Berlin' }), 'timeZone', 'IANA time zone'],
    [
      'a zone written in words',
      yamlWith({ timeZone: 'Central European Time' }),
      'timeZone',
      'IANA time zone',
    ],
    [
      'a blank source zone',
      yamlWith({ 'sources[0].timeZone': ' ' }, withSources),
      'sources[0].timeZone',
      'non-empty',
    ],
    ['a zone as a number', yamlWith({ timeZone: 2 }), 'timeZone', 'expected string'],
    // Notion API version
    [
      'a Notion API version the tool does not speak',
      yamlWith({ 'notion.apiVersion': '2022-06-28' }),
      'notion.apiVersion',
      '2026-03-11',
    ],
    [
      'the next Notion API version, before the tool speaks it',
      yamlWith({ 'notion.apiVersion': '2026-12-01' }),
      'notion.apiVersion',
      '2025-09-03',
    ],
    // Numeric bounds
    [
      'a rate that would hang the run',
      yamlWith({ 'notion.requestsPerSecond': 0.0001 }),
      'notion.requestsPerSecond',
      'greater than 0.1',
    ],
    [
      'a rate exactly at the floor',
      yamlWith({ 'notion.requestsPerSecond': 0.1 }),
      'notion.requestsPerSecond',
      'greater than 0.1',
    ],
    [
      'a rate above 50',
      yamlWith({ 'notion.requestsPerSecond': 51 }),
      'notion.requestsPerSecond',
      'at most 50',
    ],
    [
      'a negative rate',
      yamlWith({ 'notion.requestsPerSecond': -3 }),
      'notion.requestsPerSecond',
      'greater than 0.1',
    ],
    [
      'a rate in words',
      yamlWith({ 'notion.requestsPerSecond': 'fast' }),
      'notion.requestsPerSecond',
      'expected number',
    ],
    [
      'an infinite rate',
      'notion:\n  requestsPerSecond: .inf\n',
      'notion.requestsPerSecond',
      'expected number',
    ],
    [
      'a negative wait budget',
      yamlWith({ 'notion.waitBudgetSeconds': -1 }),
      'notion.waitBudgetSeconds',
      'at least 0',
    ],
    [
      'a wait budget over an hour',
      yamlWith({ 'notion.waitBudgetSeconds': 99_999 }),
      'notion.waitBudgetSeconds',
      'at most 3600',
    ],
    [
      'a fractional wait budget',
      yamlWith({ 'notion.waitBudgetSeconds': 1.5 }),
      'notion.waitBudgetSeconds',
      'whole number',
    ],
    [
      'no peers needed at all',
      yamlWith({ 'raters.minPeerResponses': 0 }),
      'raters.minPeerResponses',
      'at least 1',
    ],
    [
      'a thousand peers needed',
      yamlWith({ 'raters.minPeerResponses': 1000 }),
      'raters.minPeerResponses',
      'at most 100',
    ],
    ['a scale of a thousand levels', yamlWith({ 'scale.max': 1000 }), 'scale.max', 'at most 100'],
    ['a scale far below zero', yamlWith({ 'scale.min': -1000 }), 'scale.min', 'at least -100'],
    ['a fractional scale', yamlWith({ 'scale.max': 4.5 }), 'scale.max', 'whole number'],
    [
      'a code weight of a billion',
      yamlWith({ 'framework.competencies[0].weight': 1e9 }),
      'framework.competencies[0].weight',
      'at most 1000',
    ],
    [
      'a rater weight of a thousand',
      yamlWith({ 'raters.weights.manager': 1000 }),
      'raters.weights.manager',
      'at most 100',
    ],
    ['a year and more of grace', yamlWith({ 'nudges.graceDays': 1000 }), 'nudges.graceDays', 'at most 365'],
    [
      'a plan entry due today',
      yamlWith({ 'actionPlan.catalog[0].dueInDays': 0 }),
      'actionPlan.catalog[0].dueInDays',
      'greater than 0',
    ],
    [
      'a plan entry due in three centuries',
      yamlWith({ 'actionPlan.catalog[1].dueInDays': 100_000 }),
      'actionPlan.catalog[1].dueInDays',
      'at most 3650',
    ],
    [
      'a goal template due in a century',
      yamlWith({ 'actionPlan.goalTemplates[0].dueInDays': 36_500 }),
      'actionPlan.goalTemplates[0].dueInDays',
      'at most 3650',
    ],
    [
      'a gap threshold of zero',
      yamlWith({ 'scoring.gapThreshold': 0 }),
      'scoring.gapThreshold',
      'greater than 0',
    ],
    ['a goal tolerance above 1', yamlWith({ 'goals.tolerance': 2 }), 'goals.tolerance', 'at most 1'],
    ['a coverage above 100%', yamlWith({ 'scoring.minCoverage': 1.5 }), 'scoring.minCoverage', 'at most 1'],
    [
      'a band minimum in words',
      yamlWith({ 'scoring.bands': [{ name: 'Good', min: 'high' }] }),
      'scoring.bands[0].min',
      'expected number',
    ],
    // A property mapped twice
    [
      'score written into the stage',
      yamlWith({ [`${p}.overallScore`]: 'Stage' }),
      `${p}.overallScore`,
      'already mapped by notion.reviews.properties.stage',
    ],
    [
      'the hash written into the notes',
      yamlWith({ [`${p}.summaryHash`]: 'Sync notes' }),
      `${p}.summaryHash`,
      'already mapped by notion.reviews.properties.syncNotes',
    ],
    [
      'the summary block id in the hash',
      yamlWith({ [`${p}.summaryBlock`]: 'Summary hash' }),
      `${p}.summaryBlock`,
      'already mapped',
    ],
    [
      'a name differing only in case',
      yamlWith({ [`${p}.band`]: 'stage' }),
      `${p}.band`,
      'already mapped by notion.reviews.properties.stage',
    ],
    [
      'a manager rating on the score',
      yamlWith({ 'framework.competencies[0].managerProperty': 'Overall score' }),
      'framework.competencies[0].managerProperty',
      'already mapped by notion.reviews.properties.overallScore',
    ],
    [
      'two codes on one rating property',
      yamlWith({
        'framework.competencies[0].managerProperty': 'Rating',
        'framework.competencies[1].managerProperty': 'Rating',
      }),
      'framework.competencies[1].managerProperty',
      'already mapped by framework.competencies[0].managerProperty',
    ],
    [
      'a due-date override on a written date',
      yamlWith({ [`${p}.dueDates.feedback`]: 'Last synced' }),
      // The override is the entry at fault: the tool's own columns are listed first.
      `${p}.dueDates.feedback`,
      '"Last synced" is already mapped by notion.reviews.properties.lastSynced',
    ],
    [
      'goal progress on the current value',
      yamlWith({ 'notion.goals.properties.progress': 'Current' }),
      'notion.goals.properties.progress',
      'goals property of its own',
    ],
    [
      'an action key on its title',
      yamlWith({ 'notion.actionItems.properties.key': 'Action' }),
      'notion.actionItems.properties.key',
      'action items property of its own',
    ],
    [
      'feedback requests naming both a database and a data source',
      yamlWith({ 'notion.feedbackRequests': { database: 'db-req', dataSource: 'ds-req' } }),
      'notion.feedbackRequests.dataSource',
      'give either database or dataSource, not both',
    ],
    [
      'feedback requests with no data source',
      yamlWith({ 'notion.feedbackRequests': { answeredStatus: false } }),
      'notion.feedbackRequests.database',
      'missing required key: database (the database URL or id) or dataSource',
    ],
    [
      'a request key on the request title',
      yamlWith({ 'notion.feedbackRequests': { database: 'db-req', properties: { key: 'Request' } } }),
      'notion.feedbackRequests.properties.key',
      'feedback requests property of its own',
    ],
    [
      'a feedback requests property the tool does not know',
      yamlWith({ 'notion.feedbackRequests': { database: 'db-req', properties: { answered: 'Answered' } } }),
      'notion.feedbackRequests.properties.answered',
      'unknown key',
    ],
    [
      'a blank feedback requests property name',
      yamlWith({ 'notion.feedbackRequests': { database: 'db-req', properties: { peer: ' ' } } }),
      'notion.feedbackRequests.properties.peer',
      'non-empty',
    ],
    [
      'an answered status that is not a boolean',
      yamlWith({ 'notion.feedbackRequests': { database: 'db-req', answeredStatus: 'yes' } }),
      'notion.feedbackRequests.answeredStatus',
      'expected boolean',
    ],
    // Action items mode
    [
      'pages mode without a database',
      yamlWith({ 'notion.actionItems': { mode: 'pages' } }),
      'notion.actionItems.database',
      'or set mode: todos, which needs neither',
    ],
    [
      'action items with neither a mode nor a database',
      yamlWith({ 'notion.actionItems': {} }),
      'notion.actionItems.database',
      'missing required key: database (the database URL or id) or dataSource',
    ],
    [
      'pages mode naming both a database and a data source',
      yamlWith({ 'notion.actionItems': { mode: 'pages', database: 'db-items', dataSource: 'ds-items' } }),
      'notion.actionItems.dataSource',
      'give either database or dataSource, not both',
    ],
    [
      'a mode that does not exist',
      yamlWith({ 'notion.actionItems.mode': 'checklist' }),
      'notion.actionItems.mode',
      'expected one of "pages", "todos"',
    ],
    // Charts
    [
      'a chart form that does not exist',
      yamlWith({ 'summary.charts': 'svg' }),
      'summary.charts',
      'expected one of "mermaid", "text", "off"',
    ],
    [
      'charts switched off with a boolean',
      yamlWith({ 'summary.charts': false }),
      'summary.charts',
      'expected one of',
    ],
    [
      'a misspelt summary key',
      yamlWith({ 'summary.chart': 'text' }),
      'summary.chart',
      'did you mean "charts"',
    ],
    // Hostile or broken files
    ['a billion-laughs alias bomb', laughs, 'c[0]', 'may not nest'],
    ['sixty aliases', manyAliases, 'cycles[50].name', 'more than 50 YAML aliases'],
    [
      'a file beyond the size limit',
      `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`,
      '(root)',
      `at most ${MAX_CONFIG_BYTES} bytes`,
    ],
    ['an alias to an anchor that does not exist', 'timeZone: *nowhere\n', 'timeZone', 'has no anchor'],
    ['a tab-indented block', 'notion:\n\treviews: x\n', 'line 2, column 1', 'invalid YAML'],
    ['a scalar instead of a mapping', 'just text\n', '(root)', 'expected object'],
    // Shapes and types a person might type
    [
      'a csv source without a path',
      yamlWith({ sources: [{ type: 'csv' }] }),
      'sources[0].path',
      'missing required key',
    ],
    ['sources as a mapping', yamlWith({ sources: { type: 'csv' } }), 'sources', 'expected list'],
    [
      'no reviews database',
      yamlWith({ 'notion.reviews': {} }),
      'notion.reviews.database',
      'missing required key',
    ],
    [
      'a database and a data source for one section',
      yamlWith({ 'notion.reviews.dataSource': 'ds-reviews' }),
      'notion.reviews.dataSource',
      'either database or dataSource, not both',
    ],
    [
      'a goals section with neither a database nor a data source',
      yamlWith({ 'notion.goals': { properties: {} } }),
      'notion.goals.database',
      'or dataSource',
    ],
    [
      'a data source given as a list',
      yamlWith({ 'notion.actionItems': { dataSource: ['a', 'b'] } }),
      'notion.actionItems.dataSource',
      'expected string',
    ],
    [
      'a data source id as a number',
      yamlWith({ 'notion.goals': { dataSource: 12345 } }),
      'notion.goals.dataSource',
      'expected string',
    ],
    ['a blank summary title', yamlWith({ 'notion.summaryTitle': '' }), 'notion.summaryTitle', 'non-empty'],
    ['a blank view name', yamlWith({ 'notion.views.overdue': '' }), 'notion.views.overdue', 'non-empty'],
    ['a blank launch template', yamlWith({ 'launch.template': '  ' }), 'launch.template', 'non-empty'],
    [
      'a misspelt view key',
      yamlWith({ 'notion.views.overdeu': 'Late' }),
      'notion.views.overdeu',
      'did you mean "overdue"',
    ],
    [
      'a view name as a list',
      yamlWith({ 'notion.views.overdue': ['Late'] }),
      'notion.views.overdue',
      'expected string',
    ],
    [
      'a misspelt launch key',
      yamlWith({ 'launch.templte': 'default' }),
      'launch.templte',
      'did you mean "template"',
    ],
    [
      'a launch template as a number',
      yamlWith({ 'launch.template': 3 }),
      'launch.template',
      'expected string',
    ],
    ['enforce as a word', yamlWith({ enforce: 'yes please' }), 'enforce', 'expected boolean'],
    [
      'calibration switched with a number',
      yamlWith({ 'calibration.enabled': 1 }),
      'calibration.enabled',
      'expected boolean',
    ],
    [
      'a one-level rubric',
      yamlWith({ 'framework.competencies[0].rubric': ['only'] }),
      'framework.competencies[0].rubric',
      'one rubric text per scale level',
    ],
    [
      'a catalog id with spaces',
      yamlWith({ 'actionPlan.catalog[0].id': 'Bad Id' }),
      'actionPlan.catalog[0].id',
      'kebab-case',
    ],
    ['N/A values as one string', yamlWith({ 'scale.naValues': 'N/A' }), 'scale.naValues', 'expected list'],
  ])('refuses %s', (_label, text, path, reason) => {
    const result = parseConfigText(text);
    const lines = result.ok ? [] : formatIssues(result.issues);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${escape(path)}: .*${escape(reason)}`)));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
