import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { actionItemsLine, summariseConfig } from './config-check-handler.ts';

const reviews = { database: 'db-reviews' };

describe('config check', () => {
  it.each<[string, Parameters<typeof makeConfig>[0], string]>([
    ['no action items', { notion: { reviews } }, 'none: the plan is listed in the summary only'],
    [
      'a database, mode left out',
      { notion: { reviews, actionItems: { database: 'db-items' } } },
      'one page each in database db-items from Feedback delivery',
    ],
    [
      'a data source',
      { notion: { reviews, actionItems: { mode: 'pages', dataSource: 'ds-items' } } },
      'one page each in data source ds-items from Feedback delivery',
    ],
    [
      'todos',
      { notion: { reviews, actionItems: { mode: 'todos' } } },
      'to-do blocks inside the summary from Feedback delivery; ticks carried over',
    ],
    [
      'todos, with the database of an earlier pages setup',
      { notion: { reviews, actionItems: { mode: 'todos', database: 'db-items' } } },
      'to-do blocks inside the summary from Feedback delivery; ticks carried over (the database named is not used in this mode)',
    ],
    [
      'todos, with a data source left in',
      { notion: { reviews, actionItems: { mode: 'todos', dataSource: 'ds-items' } } },
      'to-do blocks inside the summary from Feedback delivery; ticks carried over (the data source named is not used in this mode)',
    ],
  ])('says where planned actions go: %s', (_label, input, line) => {
    const config = makeConfig(input);
    expect(actionItemsLine(config)).toBe(line);
    const summary = summariseConfig(config, 'review-sync.yaml');
    expect(summary).toContain(`items       ${line}`);
    // The notion line names the action items source only when the tool uses it.
    const notionLine = summary.find((l) => l.startsWith('notion      ')) ?? '';
    expect(notionLine.includes('action items')).toBe(config.notion.actionItems?.mode === 'pages');
  });
});
