import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError } from '../errors.ts';
import { configConflicts, writeCreatedIds } from './write-config.ts';

const db = (n: number) => ({
  databaseId: `a${n}000000-0000-4000-8000-000000000001`,
  dataSourceId: `b${n}000000-0000-4000-8000-000000000001`,
});
const DATABASES = { reviews: db(1), goals: db(2), actionItems: db(3) };
const FIELDS = {
  timestamp: 'Timestamp',
  respondentEmail: 'Email Address',
  reviewee: 'Who are you reviewing?',
  relationship: 'Your relationship to them',
};
const URL = 'https://www.notion.so/acme/Reviews-0123456789abcdef0123456789abcdef?v=1';

const STARTER = [
  '# review-sync config',
  'notion:',
  '  # Paste the database URL.',
  '  reviews:',
  '    database: REPLACE-with-reviews-database-url-or-id',
  '    properties:',
  '      name: Name # title',
  '  goals:',
  '    database: REPLACE-with-goals-database-url-or-id',
  '  actionItems:',
  '    mode: pages',
  '    database: REPLACE-with-action-items-database-url-or-id',
  'sources:',
  '  # A form.',
  '  - type: form',
  '    form: REPLACE-with-form-id',
  'scale:',
  '  naValues: [N/A, NA] # flow lists keep their spacing',
  '',
].join('\n');

const changedLines = (before: string, after: string) => {
  const old = before.split('\n');
  return after.split('\n').filter((line, i) => line !== old[i]);
};

describe('init --write-config', () => {
  it('rewrites only the placeholder lines, leaving every comment and line in place', () => {
    const form = { formId: '1FAIpQLSnewform', title: '360 feedback', fields: FIELDS };
    const edit = writeCreatedIds(STARTER, 'review-sync.yaml', { databases: DATABASES, form });
    expect(changedLines(STARTER, edit.text)).toEqual([
      `    dataSource: ${db(1).dataSourceId} # database ${db(1).databaseId}`,
      `    dataSource: ${db(2).dataSourceId} # database ${db(2).databaseId}`,
      `    dataSource: ${db(3).dataSourceId} # database ${db(3).databaseId}`,
      '    form: 1FAIpQLSnewform',
    ]);
    expect(edit.text.split('\n')).toHaveLength(STARTER.split('\n').length);
    expect(edit.written).toEqual([
      `notion.reviews.dataSource: ${db(1).dataSourceId} (database ${db(1).databaseId})`,
      `notion.goals.dataSource: ${db(2).dataSourceId} (database ${db(2).databaseId})`,
      `notion.actionItems.dataSource: ${db(3).dataSourceId} (database ${db(3).databaseId})`,
      "the form source's form: 1FAIpQLSnewform",
    ]);
  });

  it('adds sections and a form source the file does not have, keeping its comments', () => {
    const text = '# my team\nnotion:\n  requestsPerSecond: 3 # Notion average\ncycles: []\n';
    const form = { formId: 'F1', title: '360 feedback', fields: { ...FIELDS, comment: 'Anything else?' } };
    const edit = writeCreatedIds(text, 'r.yaml', { databases: { reviews: db(1) }, form });
    expect(parse(edit.text)).toEqual({
      notion: { requestsPerSecond: 3, reviews: { dataSource: db(1).dataSourceId } },
      cycles: [],
      sources: [
        { type: 'form', name: '360 feedback', form: 'F1', fields: { ...FIELDS, comment: 'Anything else?' } },
      ],
    });
    expect(edit.text).toContain('# my team');
    expect(edit.text).toContain('requestsPerSecond: 3 # Notion average');
    expect(edit.text).toContain(`dataSource: ${db(1).dataSourceId} # database ${db(1).databaseId}`);
  });

  it.each([
    ['no value', 'notion:\n  reviews: {}\n', []],
    [
      'the pending value init fills in',
      'notion:\n  reviews:\n    database: created-by-review-sync-init\n',
      [],
    ],
    [
      'a URL a person pasted',
      `notion:\n  reviews:\n    database: ${URL}\n`,
      [`notion.reviews.database: ${URL}`],
    ],
    [
      'a data source a person pasted',
      'notion:\n  goals:\n    dataSource: 0123456789abcdef0123456789abcdef\n',
      ['notion.goals.dataSource: 0123456789abcdef0123456789abcdef'],
    ],
  ])('with %s finds conflicts %j', (_label, text, expected) => {
    expect(configConflicts(text, 'r.yaml', ['reviews', 'goals', 'actionItems'])).toEqual(expected);
  });

  it('refuses to overwrite a database a person set, saying what is there and what to do', () => {
    const text = `notion:\n  reviews:\n    database: ${URL}\n`;
    const attempt = () => writeCreatedIds(text, 'r.yaml', { databases: { reviews: db(1) } });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow('r.yaml already names Notion databases, so init will not overwrite them');
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).details[0]).toBe(`It holds notion.reviews.database: ${URL}.`);
    }
  });

  it('leaves a form source that already reads the new form alone', () => {
    const text = 'sources:\n  - type: form\n    form: F1\n';
    const form = { formId: 'F1', title: 't', fields: FIELDS };
    expect(writeCreatedIds(text, 'r.yaml', { databases: {}, form })).toEqual({ text, written: [] });
  });
});
