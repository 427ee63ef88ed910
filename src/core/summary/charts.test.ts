import { describe, expect, it } from 'vitest';
import { buildSummary } from './build-summary.ts';
import { makeSummaryInput } from '../../../test/support/summary-builders.ts';
import { makeCodeScore, makeScore } from '../../../test/support/score-builders.ts';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { PastReview } from '../domain.ts';
import type { SummaryInput } from './build-summary.ts';

// The summary's charts come from the rows the table shows, after every hiding rule has run.

const PAST: PastReview = {
  pageId: 'p-2026-h1',
  cycle: '2026-H1',
  reviewee: { email: 'jane@example.com', name: 'Jane Doe' },
  overallScore: 3.4,
  band: 'Meets expectations',
  codeScores: { CQ: 4 },
};

function input(edit: (base: SummaryInput) => Partial<SummaryInput>): SummaryInput {
  const base = makeSummaryInput();
  return { ...base, ...edit(base) };
}

const scoreWith = (base: SummaryInput, codes: Parameters<typeof makeCodeScore>[]) =>
  makeScore({}, { ...base.score, codes: codes.map((args) => makeCodeScore(...args)) });

describe('summaryCharts, through buildSummary', () => {
  it.each<[string, (base: SummaryInput) => Partial<SummaryInput>, string[] | null]>([
    ['every code with others’ evidence', () => ({}), ['CQ', 'SD']],
    [
      'not a code only the reviewee rated',
      (base) => ({
        score: scoreWith(base, [
          ['CQ', 4, {}],
          ['SD', null, { self: 4, manager: null, peers: null, peerCount: 0, awaitingOthers: true }],
        ]),
      }),
      ['CQ'],
    ],
    [
      'not a code whose only others are peers below the threshold',
      (base) => ({
        score: {
          ...scoreWith(base, [
            ['CQ', 4, { peers: 3.5, peerCount: 2, manager: 4 }],
            ['SD', 3, { peers: 3, peerCount: 2, manager: null }],
          ]),
          peersVisible: false,
        },
      }),
      ['CQ'],
    ],
    [
      'nothing before scores are shown (before Manager evaluation by default)',
      () => ({ stage: 'feedback' }),
      null,
    ],
    ['nothing with charts off', (base) => ({ config: { ...base.config, summary: { charts: 'off' } } }), null],
  ])('draws %s', (_label, edit, codes) => {
    const model = buildSummary(input(edit));
    expect(model.charts?.codes.map((c) => c.code) ?? null).toEqual(codes);
  });

  it('blanks peers below the threshold in the chart exactly as in the table', () => {
    const model = buildSummary(
      input((base) => ({
        score: {
          ...scoreWith(base, [['CQ', 4, { peers: 3.5, peerCount: 2, manager: 4 }]]),
          peersVisible: false,
        },
      })),
    );
    expect(model.rows?.[0]).toMatchObject({ peers: null, peerCount: 0 });
    expect(model.charts?.codes).toEqual([{ code: 'CQ', self: 4, peers: null, peerCount: 0, manager: 4 }]);
  });

  it('never holds a value the table does not show', () => {
    const model = buildSummary(makeSummaryInput());
    for (const code of model.charts?.codes ?? []) {
      const row = model.rows?.find((r) => r.code === code.code);
      expect(row).toMatchObject({ self: code.self, peers: code.peers, manager: code.manager });
    }
  });

  it.each<[string, PastReview[], { cycle: string; score: number | null }[] | null]>([
    ['no trend in the first cycle', [], null],
    ['no trend when no earlier cycle has a score', [{ ...PAST, overallScore: null }], null],
    [
      'the overall across cycles from the second one on',
      [PAST],
      [
        { cycle: '2026-H1', score: 3.4 },
        { cycle: '2026-H2', score: 3.8 },
      ],
    ],
  ])('%s', (_label, past, overall) => {
    const base = makeSummaryInput();
    const config = makeConfig({ history: ['2026-H1'] });
    const model = buildSummary({ ...base, config, past });
    expect(model.charts?.overall ?? null).toEqual(overall);
  });

  it.each(['mermaid', 'text'] as const)(
    'carries the form %s, so switching it rewrites the page',
    (charts) => {
      const base = makeSummaryInput();
      const model = buildSummary({ ...base, config: { ...base.config, summary: { charts } } });
      expect(model.charts?.form).toBe(charts);
    },
  );
});
