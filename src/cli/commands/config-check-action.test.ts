import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/fixtures/config.ts';
import { actionItemsLine, summariseConfig } from './config-check-action.ts';

const reviews = { database: 'db-reviews' };

describe('config check', () => {
  it.each<[string, Parameters<typeof makeConfig>[0], string]>([
    ['no action items', { notion: { reviews } }, 'none: the plan is listed in the summary only'],
    [
      'a database, mode left out',
      { notion: { reviews, actionItems: { database: 'db-items' } } },
      'one page each in db-items from Feedback delivery',
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
  ])('says where planned actions go: %s', (_label, input, line) => {
    const config = makeConfig(input);
    expect(actionItemsLine(config)).toBe(line);
    expect(summariseConfig(config, 'review-sync.yaml')).toContain(`items       ${line}`);
  });
});
