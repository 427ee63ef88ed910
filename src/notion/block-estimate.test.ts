import { describe, expect, it } from 'vitest';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { describeBlockEstimate, estimateCycleBlocks } from './block-estimate.ts';

// Three codes and the default five plan entries in the fixture config.
const todos = makeConfig({ notion: { ...baseConfigInput.notion, actionItems: { mode: 'todos' } } });
const pages = makeConfig({
  notion: { ...baseConfigInput.notion, actionItems: { mode: 'pages', database: 'db-items' } },
});
const withOverview = makeConfig({
  notion: { ...baseConfigInput.notion, overview: { parentPage: 'page-1' } },
});

describe('estimateCycleBlocks', () => {
  it.each([
    // container 1, progress 5, scores 4 + (2 + 3), chart 1, lists 3 + 3, highlights 7, goals 1 + 3, plan 1 + 5
    [
      'todos: the plan is inside the summary',
      todos,
      10,
      { perSummary: 39, itemPagesPerReview: 0, overview: 0, perCycle: 390 },
    ],
    [
      'pages: each entry is a page and its detail',
      pages,
      10,
      { perSummary: 39, itemPagesPerReview: 10, overview: 0, perCycle: 490 },
    ],
    [
      'todos with nominations: their count and the perspectives missing',
      makeConfig({
        notion: { ...baseConfigInput.notion, actionItems: { mode: 'todos' } },
        raters: { nominations: 'track' },
      }),
      10,
      { perSummary: 41, itemPagesPerReview: 0, overview: 0, perCycle: 410 },
    ],
  ])('%s', (_label, config, reviews, expected) => {
    expect(estimateCycleBlocks(config, reviews)).toEqual(expected);
  });

  it('adds the overview, whose calibration table grows with the reviews', () => {
    const small = estimateCycleBlocks(withOverview, 10, { managers: 2 });
    const large = estimateCycleBlocks(withOverview, 20, { managers: 2 });
    expect(large.overview - small.overview).toBe(10);
    expect(small.perCycle).toBe(10 * small.perSummary + small.overview);
  });

  it.each<[string, 'mermaid' | 'text' | 'off', string[], number]>([
    ['no chart', 'off', [], 38],
    ['one Mermaid block for self against others', 'mermaid', [], 39],
    ['and one for the overall across cycles', 'mermaid', ['2026-H1'], 40],
    // A table of bars: table and header, a row per code; the trend adds a row per cycle and this one.
    ['a table of bars per code', 'text', [], 43],
    ['and a table of bars per cycle', 'text', ['2026-H1'], 47],
  ])('charts: %s', (_label, charts, history, perSummary) => {
    const config = { ...todos, summary: { charts }, history };
    expect(estimateCycleBlocks(config, 1).perSummary).toBe(perSummary);
  });

  it('more goals per review cost a block each', () => {
    expect(estimateCycleBlocks(todos, 1, { goalsPerReview: 5 }).perSummary).toBe(41);
  });
});

describe('describeBlockEstimate', () => {
  it('names the per-summary cost and the Free-plan cap; with a roster, the whole cycle', () => {
    expect(describeBlockEstimate(todos)).toBe(
      'block use: about 39 blocks per summary written, 0 per review for action item pages, and each ' +
        'summary rewrite spends its blocks again (a Free workspace with more than one member has 1,000 ' +
        'lifetime blocks)',
    );
    const team = [
      { email: 'a@example.com', name: 'A' },
      { email: 'b@example.com', name: 'B' },
    ];
    expect(describeBlockEstimate({ ...todos, team })).toContain('about 78 for a cycle of 2 reviews');
  });
});
