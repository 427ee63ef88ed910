import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { Document } from 'yaml';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { closestKey } from './did-you-mean.ts';
import { formatIssues } from './format-issues.ts';
import { checkConfigText, parseConfigText } from './load.ts';
import { looksLikeNotionId } from './value-checks.ts';

const ID = '0123456789abcdef0123456789abcdef';
const withReviewsDatabase = (database: string) => {
  const doc = new Document({ ...baseConfigInput, notion: { reviews: { database } } });
  return doc.toString();
};
const lines = (text: string) => {
  const result = checkConfigText(text);
  return result.ok ? [] : formatIssues(result.issues);
};

describe('config check', () => {
  it('lists every placeholder of the untouched example, and nothing else', async () => {
    const example = await readFile(new URL('../../config/review-sync.example.yaml', import.meta.url), 'utf8');
    expect(lines(example)).toEqual([
      'notion.reviews.database: placeholder "REPLACE-with-reviews-database-url-or-id" is still in the file; replace it',
      'notion.goals.database: placeholder "REPLACE-with-goals-database-url-or-id" is still in the file; replace it',
      'notion.actionItems.database: placeholder "REPLACE-with-action-items-database-url-or-id" is still in the file; replace it',
      'sources[0].spreadsheet: placeholder "REPLACE-with-spreadsheet-id" is still in the file; replace it',
      'sources[1].form: placeholder "REPLACE-with-form-id" is still in the file; replace it',
    ]);
  });

  it('finds the demo configs valid', async () => {
    for (const path of ['../../demo/review-sync.yaml', '../../demo/launch/review-sync.yaml']) {
      expect(lines(await readFile(new URL(path, import.meta.url), 'utf8'))).toEqual([]);
    }
  });

  it('finds the adoption example valid once its placeholders are filled in', async () => {
    const text = await readFile(
      new URL('../../examples/config-repo/review-sync.yaml', import.meta.url),
      'utf8',
    );
    expect(lines(text).length).toBeGreaterThan(0);
    const filled = text
      .replace('REPLACE-with-reviews-database-url-or-id', ID)
      .replace('REPLACE-with-form-edit-url', 'https://docs.google.com/forms/d/1FmXabcdefghijklmnop/edit')
      .replace('REPLACE-with-name', 'Ada Lovelace')
      .replace('REPLACE-with-email@example.com', 'ada@example.com')
      .replace('REPLACE-with-manager@example.com', 'grace@example.com');
    expect(lines(filled)).toEqual([]);
  });

  it.each([
    ['a 33-character id', `${ID}0`, false],
    ['a 31-character id', ID.slice(1), false],
    ['a word', 'reviews', false],
    ['a bare id', ID, true],
    ['a dashed id', '01234567-89ab-cdef-0123-456789abcdef', true],
    ['a browser URL with a slug and view', `https://www.notion.so/acme/Reviews-${ID}?v=${ID}`, true],
    ['a URL without an id', 'https://www.notion.so/acme/Reviews', false],
  ])('judges %s as a Notion id: %s', (_label, value, ok) => {
    expect(looksLikeNotionId(value)).toBe(ok);
    const problems = lines(withReviewsDatabase(value));
    expect(problems.some((l) => l.startsWith('notion.reviews.database: '))).toBe(!ok);
  });

  it('takes a data source id in place of a database id, and judges its shape the same way', () => {
    const config = (dataSource: string) =>
      new Document({ ...baseConfigInput, notion: { reviews: { dataSource } } }).toString();
    expect(lines(config(ID))).toEqual([]);
    expect(lines(config('the reviews'))).toEqual([
      'notion.reviews.dataSource: "the reviews" is not a Notion id: expected the URL from the browser, or the id (32 hex characters, with or without dashes)',
    ]);
  });

  it('suggests the closest key and still reports the other problems of the file', () => {
    const doc = new Document({
      ...baseConfigInput,
      notion: { ...baseConfigInput.notion, requestsPerSecnd: 5 },
      scale: { min: 5, max: 1 },
    });
    const result = parseConfigText(doc.toString());
    const problems = result.ok ? [] : formatIssues(result.issues);
    expect(problems).toEqual([
      'notion.requestsPerSecnd: unknown key, did you mean "requestsPerSecond"?',
      'scale.max: expected a number above scale.min (5)',
    ]);
  });

  it.each([
    ['requestsPerSecnd', ['requestsPerSecond', 'summaryTitle'], 'requestsPerSecond'],
    ['Reviewee', ['reviewee', 'manager'], 'reviewee'],
    ['colour', ['timeZone', 'enforce'], null],
  ])('closestKey(%s) is %s', (key, known, expected) => {
    expect(closestKey(key, known)).toBe(expected);
  });
});
