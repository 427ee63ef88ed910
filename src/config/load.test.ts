import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, stringify } from 'yaml';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { formatIssues } from './format-issues.ts';
import { parseConfig, parseConfigText } from './load.ts';

// Marks a key to delete in yamlWith.
const REMOVE = Symbol('remove');

/** `framework.competencies[2].weight` → ['framework', 'competencies', 2, 'weight'], the form issues are reported in. */
function segments(path: string): (string | number)[] {
  return path
    .split(/\.|\[(\d+)\]/)
    .flatMap((part: string | undefined, index): (string | number)[] =>
      part === undefined || part === '' ? [] : [index % 2 === 1 ? Number(part) : part],
    );
}

/**
 * The valid fixture with edits applied at the paths a user would see in an error, as YAML text. Editing the
 * YAML document rather than a typed object lets a test write the wrong shapes a person might type.
 */
function yamlWith(edits: Record<string, unknown>): string {
  const doc = new Document(baseConfigInput);
  for (const [path, value] of Object.entries(edits)) {
    if (value === REMOVE) doc.deleteIn(segments(path));
    else doc.setIn(segments(path), value);
  }
  return doc.toString();
}

const baseCompetency = baseConfigInput.framework.competencies[0];

function problems(text: string): string[] {
  const result = parseConfigText(text);
  return result.ok ? [] : formatIssues(result.issues);
}

const example = resolve(import.meta.dirname, '..', '..', 'config', 'review-sync.example.yaml');

describe('parseConfigText', () => {
  it('accepts the shipped example with no issues', async () => {
    const result = parseConfigText(await readFile(example, 'utf8'));
    expect(result.ok ? [] : formatIssues(result.issues)).toEqual([]);
    if (!result.ok) return;
    const codes = result.config.framework.competencies.map((k) => k.code);
    expect(codes).toEqual(['CQ', 'DBG', 'SD', 'SCL', 'REL', 'API', 'DB', 'COL']);
    expect(result.config.notion.apiVersion).toBe('2026-03-11');
    // The example promises training, mentorship and project entries for every code.
    for (const code of codes) {
      const kinds = new Set(
        result.config.actionPlan.catalog.filter((e) => e.code === code).map((e) => e.kind),
      );
      expect([...kinds], code).toEqual(expect.arrayContaining(['training', 'mentorship', 'project']));
    }
  });

  it('accepts the fixture and fills defaults', () => {
    const result = parseConfigText(stringify(baseConfigInput));
    expect(result.ok && result.config.raters.minPeerResponses).toBe(3);
  });

  it.each<[string, string, string[]]>([
    // Schema errors
    [
      'wrong type',
      yamlWith({ 'framework.competencies[2].weight': 'heavy' }),
      ['framework.competencies[2].weight: expected number, got string "heavy"'],
    ],
    [
      'empty value',
      yamlWith({ 'framework.competencies[0].weight': null }),
      ['framework.competencies[0].weight: expected number, got an empty value'],
    ],
    [
      'missing required key',
      yamlWith({ 'framework.competencies[1].question': REMOVE }),
      ['framework.competencies[1].question: missing required key, expected string'],
    ],
    [
      'missing required section',
      yamlWith({ actionPlan: REMOVE }),
      ['actionPlan: missing required key, expected object'],
    ],
    [
      'unknown key',
      yamlWith({ scale: { maximum: 7 } }),
      ['scale.maximum: unknown key, check its spelling and indentation'],
    ],
    [
      'unknown top-level key',
      yamlWith({ enforced: true }),
      ['enforced: unknown key, did you mean "enforce"?'],
    ],
    [
      'bad enum',
      yamlWith({ 'actionPlan.catalog[0].kind': 'course' }),
      [
        'actionPlan.catalog[0].kind: expected one of "training", "mentorship", "project", "recognition", "mentor-others", got string "course"',
      ],
    ],
    [
      'bad rater role',
      yamlWith({ 'raters.relationships': { Self: 'self', Peer: 'peer', Lead: 'boss' } }),
      ['raters.relationships.Lead: expected one of "self", "manager", "peer", got string "boss"'],
    ],
    [
      'bad date format',
      yamlWith({ 'cycles[0].opens': '01/10/2026' }),
      ['cycles[0].opens: expected a date as YYYY-MM-DD, got string "01/10/2026"'],
    ],
    [
      'bad source type',
      yamlWith({ sources: [{ type: 'ftp', path: 'x.csv' }] }),
      ['sources[0].type: expected one of "sheet", "form", "csv", got string "ftp"'],
    ],
    [
      'source without type',
      yamlWith({ sources: [{ path: 'x.csv' }] }),
      ['sources[0].type: missing required key, expected one of "sheet", "form", "csv"'],
    ],
    [
      'sheet without spreadsheet',
      yamlWith({ sources: [{ type: 'sheet' }] }),
      ['sources[0].spreadsheet: missing required key, expected string'],
    ],
    ['no cycles', yamlWith({ cycles: [] }), ['cycles: expected at least one cycle']],
    [
      'negative weight',
      yamlWith({ 'framework.competencies[0].weight': -1 }),
      ['framework.competencies[0].weight: expected a number at least 0, got number -1'],
    ],
    [
      'rate above the limit',
      yamlWith({ 'notion.requestsPerSecond': 200 }),
      ['notion.requestsPerSecond: expected a number at most 50, got number 200'],
    ],
    [
      'fractional grace days',
      yamlWith({ 'nudges.graceDays': 1.5 }),
      ['nudges.graceDays: expected whole number, got number 1.5'],
    ],
    [
      'blank name',
      yamlWith({ 'framework.competencies[0].name': '  ' }),
      ['framework.competencies[0].name: expected a non-empty string'],
    ],
    [
      'lower-case code',
      yamlWith({ 'framework.competencies[0].code': 'cq' }),
      ['framework.competencies[0].code: expected an upper-case code such as CQ or API-1, got string "cq"'],
    ],
    [
      'invalid YAML, with the line where the parser gave up',
      'timeZone: UTC\nnotion:\n  reviews: [db\ncycles: []\n',
      [
        'line 4, column 1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
    [
      'duplicate YAML key',
      'timeZone: UTC\ntimeZone: Europe/Berlin\n',
      ['line 2, column 1: invalid YAML: Map keys must be unique'],
    ],
    ['a list, not a mapping', '- timeZone: UTC\n', ['(root): expected object, got a list']],
    // Cross-field rules
    [
      'bad time zone',
      yamlWith({ timeZone: 'Mars/Olympus' }),
      ['timeZone: expected an IANA time zone such as "Europe/Berlin", got "Mars/Olympus"'],
    ],
    [
      'duplicate code',
      yamlWith({ 'framework.competencies[3]': { ...baseCompetency, question: 'Craft [CQ]' } }),
      ['framework.competencies[3].code: duplicate code "CQ" (also at framework.competencies[0])'],
    ],
    [
      'two codes mapped to one question',
      yamlWith({ 'framework.competencies[2].question': 'code quality [cq]' }),
      [
        'framework.competencies[2].question: expected a question of its own, but framework.competencies[0] is mapped to the same one',
      ],
    ],
    [
      'code weights summing to 0',
      yamlWith({
        'framework.competencies[0].weight': 0,
        'framework.competencies[1].weight': 0,
        'framework.competencies[2].weight': 0,
      }),
      ['framework.competencies: expected code weights that sum to more than 0'],
    ],
    [
      'rater weights summing to 0',
      yamlWith({ 'raters.weights': { manager: 0, peer: 0, self: 0 } }),
      ['raters.weights: expected rater weights that sum to more than 0'],
    ],
    [
      'scale upside down',
      yamlWith({ scale: { min: 5, max: 1 } }),
      ['scale.max: expected a number above scale.min (5)'],
    ],
    [
      'rubric length vs scale',
      yamlWith({ 'framework.competencies[1].rubric[4]': REMOVE }),
      ['framework.competencies[1].rubric: expected 5 rubric levels (scale 1..5), got 4'],
    ],
    [
      'unknown code in catalog',
      yamlWith({ 'actionPlan.catalog[3].code': 'DBG' }),
      ['actionPlan.catalog[3].code: unknown code "DBG", expected one of CQ, SD, COL'],
    ],
    [
      'unknown code in goal template',
      yamlWith({ 'actionPlan.goalTemplates[0].code': 'SCL' }),
      ['actionPlan.goalTemplates[0].code: unknown code "SCL", expected one of CQ, SD, COL'],
    ],
    [
      'duplicate catalog ids',
      yamlWith({ 'actionPlan.catalog[2].id': 'cq-course' }),
      [
        'actionPlan.catalog[2].id: duplicate id "cq-course": ids key the action items in Notion and must be unique',
      ],
    ],
    [
      'growthBelow above strengthAtLeast',
      yamlWith({ 'actionPlan.growthBelow': 4.5 }),
      ['actionPlan.growthBelow: expected a number no higher than actionPlan.strengthAtLeast (4.2)'],
    ],
    [
      'bands not covering scale.min',
      yamlWith({
        'scoring.bands': [
          { name: 'Good', min: 3 },
          { name: 'Weak', min: 2 },
        ],
      }),
      ['scoring.bands: expected a band with min at or below 1 so every score has a band'],
    ],
    [
      'duplicate band name',
      yamlWith({
        'scoring.bands': [
          { name: 'Good', min: 3 },
          { name: 'Good', min: 0 },
        ],
      }),
      ['scoring.bands[1].name: duplicate band name "Good"'],
    ],
    [
      'impossible date',
      yamlWith({ 'cycles[0].due.feedback': '2026-10-32' }),
      ['cycles[0].due.feedback: expected a real date, got "2026-10-32"'],
    ],
    [
      'due before opens',
      yamlWith({ 'cycles[0].due.selfAssessment': '2026-09-20' }),
      ['cycles[0].due.selfAssessment: expected a date on or after opens (2026-10-01)'],
    ],
    [
      'due dates out of order',
      yamlWith({ 'cycles[0].due.managerEvaluation': '2026-10-20' }),
      ['cycles[0].due.managerEvaluation: expected a date on or after due.feedback (2026-10-31)'],
    ],
    [
      'closes before opens',
      yamlWith({ 'cycles[0].closes': '2026-09-30' }),
      ['cycles[0].closes: expected a date on or after opens (2026-10-01)'],
    ],
    [
      'duplicate cycle',
      yamlWith({ 'cycles[1]': { name: '2026-H2', opens: '2027-04-01' } }),
      ['cycles[1].name: duplicate cycle "2026-H2"'],
    ],
    [
      'duplicate stage names',
      yamlWith({ 'stages.feedback': 'self-assessment' }),
      [
        'stages.feedback: expected a stage name of its own, "self-assessment" is already used by stages.selfAssessment',
      ],
    ],
    [
      'missing self relationship',
      yamlWith({ 'raters.relationships': { Manager: 'manager', Peer: 'peer' } }),
      ['raters.relationships: expected at least one relationship for "self" and one for "peer"'],
    ],
    [
      'a team heatmap without a team property',
      yamlWith({ 'overview.groupBy': 'team' }),
      [
        'overview.groupBy: expected notion.reviews.properties.team (a select naming the team) when grouping by team',
      ],
    ],
  ])('reports %s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });
});

describe('parseConfig', () => {
  it('throws a ConfigError whose details are the issue lines', () => {
    const text = yamlWith({ timeZone: 'Nowhere' });
    expect(() => parseConfig(text, 'team.yaml')).toThrowError(
      expect.objectContaining({ name: 'ConfigError', message: 'team.yaml is invalid (1 problem(s))' }),
    );
  });
});
