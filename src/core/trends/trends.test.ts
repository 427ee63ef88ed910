import { describe, expect, it } from 'vitest';
import type { PastReview } from '../domain.ts';
import type { CodeScore } from '../scoring/types.ts';
import type { SummaryRow } from '../summary/types.ts';
import { codeScoreEntries, formatCodeScores, parseCodeScores, readCodeScores } from './code-scores.ts';
import {
  formatTrend,
  indexPastReviews,
  overallTrend,
  pastReviewsOf,
  rowsWithTrends,
  trendOf,
} from './trends.ts';

const code = (c: string, over: Partial<CodeScore> = {}): CodeScore => ({
  code: c,
  self: 4,
  manager: 3,
  peers: null,
  peerCount: 0,
  peerSubgroups: [],
  score: 3.4,
  gap: null,
  gapKind: null,
  awaitingOthers: false,
  ...over,
});

const row = (c: string, score: number | null): SummaryRow => ({
  awaitingOthers: false,
  code: c,
  name: c,
  self: null,
  peers: null,
  peerCount: 0,
  manager: null,
  score,
  gap: null,
});

const past = (cycle: string, over: Partial<PastReview> = {}): PastReview => ({
  pageId: `p-${cycle}`,
  cycle,
  reviewee: { id: 'u-ada' },
  overallScore: 3,
  band: 'Meets expectations',
  codeScores: {},
  ...over,
});

describe('code scores property', () => {
  it('keeps only codes with evidence from others, rounded, in score order', () => {
    const entries = codeScoreEntries({
      codes: [
        code('CQ', { score: 3.456 }),
        code('SD', { manager: null, peers: null, score: 5 }),
        code('COL', { manager: null, peers: 4, score: 4 }),
        code('API', { score: null }),
      ],
    });
    expect(entries).toEqual([
      { code: 'CQ', value: 3.46 },
      { code: 'COL', value: 4 },
    ]);
    const text = formatCodeScores(entries);
    expect(text).toBe('CQ 3.46; COL 4.00');
    expect(parseCodeScores(text)).toEqual({ CQ: 3.46, COL: 4 });
    expect(readCodeScores(text)).toEqual({ entries, exact: true });
  });

  it.each([
    ['what the tool writes', 'CQ 3.46; COL 4.00', true],
    ['nothing', null, true],
    ['another number format', 'CQ 3.5', false],
    ['a person’s words beside the scores', 'CQ 3.46; good year', false],
  ])('reads %s once, and says whether it is exactly the tool’s text', (_name, text, exact) => {
    expect(readCodeScores(text).exact).toBe(exact);
  });

  it('ignores text a person typed that does not fit', () => {
    expect(parseCodeScores('CQ 3.5; great year!; sd 2; SD x; DB 4')).toEqual({ CQ: 3.5, DB: 4 });
    expect(parseCodeScores(null)).toEqual({});
  });
});

describe('trendOf', () => {
  it.each([
    [3.8, 3.4, 0.4, 'up', '▲ +0.4'],
    [3.1, 3.4, -0.3, 'down', '▼ −0.3'],
    [3.42, 3.4, 0.02, 'same', '= 0.0'],
    [3.38, 3.4, -0.02, 'same', '= 0.0'],
    // A change that shows as ±0.1 moves either way alike (half away from zero, like every number shown).
    [3.45, 3.4, 0.05, 'up', '▲ +0.1'],
    [3.35, 3.4, -0.05, 'down', '▼ −0.1'],
    [3.55, 3.4, 0.15, 'up', '▲ +0.2'],
    [3.4, null, null, 'new', 'new'],
    [null, 3.4, null, null, ''],
  ] as const)('%s after %s: change %s, %s, shown "%s"', (current, previous, change, direction, shown) => {
    const trend = trendOf(current, previous);
    expect(trend).toEqual({ change, direction });
    expect(formatTrend(trend.change, trend.direction)).toBe(shown);
  });
});

describe('pastReviewsOf', () => {
  it('matches the reviewee by id or email, in history order, and skips the current and ambiguous cycles', () => {
    const pages = [
      past('2026-H1', { reviewee: { email: 'ADA@example.com' } }),
      past('2025-H2'),
      past('2025-H1'),
      past('2025-H1', { pageId: 'dup' }),
      past('2026-H1', { pageId: 'other', reviewee: { id: 'u-bob' } }),
      past('2026-H2'),
    ];
    const found = pastReviewsOf(
      { reviewee: { id: 'u-ada', email: 'ada@example.com' }, cycle: '2026-H2' },
      pages,
      ['2025-H1', '2025-H2', '2026-H1', '2026-H2'],
    );
    expect(found.map((p) => `${p.cycle}:${p.pageId}`)).toEqual(['2025-H2:p-2025-H2', '2026-H1:p-2026-H1']);
  });
});

describe('pastReviewsOf with an index of the history', () => {
  const history = ['2026-H1'];
  // Ids decide when both sides have one; else emails, in any case; a page with neither matches no one.
  it.each<[string, PastReview['reviewee'], boolean]>([
    ['the same id', { id: 'u-ada' }, true],
    ['another id, the same email', { id: 'u-bob', email: 'ada@example.com' }, false],
    ['no id, the email in another case', { email: ' ADA@example.com ' }, true],
    ['no id, another email', { email: 'bob@example.com' }, false],
    ['neither', {}, false],
  ])('%s', (_name, reviewee, found) => {
    const pages = [past('2026-H1', { reviewee })];
    const review = { reviewee: { id: 'u-ada', email: 'ada@example.com' }, cycle: '2026-H2' };
    const expected = found ? pages : [];
    expect(pastReviewsOf(review, indexPastReviews(pages, history), history)).toEqual(expected);
    expect(pastReviewsOf(review, pages, history)).toEqual(expected);
  });

  it('finds each reviewee of a large history from one index', () => {
    const pages = Array.from({ length: 2000 }, (_, i) =>
      past('2026-H1', { pageId: `p-${i}`, reviewee: { id: `u-${i}`, email: `dev${i}@example.com` } }),
    );
    const index = indexPastReviews(pages, history);
    for (const i of [0, 999, 1999]) {
      const review = { reviewee: { email: `DEV${i}@example.com` }, cycle: '2026-H2' };
      expect(pastReviewsOf(review, index, history).map((p) => p.pageId)).toEqual([`p-${i}`]);
    }
  });
});

describe('rowsWithTrends and overallTrend', () => {
  it('compares with the latest earlier score, only where this cycle has evidence from others', () => {
    const rows = rowsWithTrends(
      [row('CQ', 3.8), row('SD', 4), row('COL', 3)],
      { codes: [code('CQ'), code('SD', { manager: null }), code('COL')] },
      [past('2025-H2', { codeScores: { CQ: 3, COL: 2.5 } }), past('2026-H1', { codeScores: { CQ: 3.4 } })],
    );
    expect(rows.map((r) => [r.code, r.previous, r.change, r.trend])).toEqual([
      ['CQ', 3.4, 0.4, 'up'],
      ['SD', null, null, null],
      ['COL', 2.5, 0.5, 'up'],
    ]);
  });

  it('lists every earlier overall score and the change since the latest one', () => {
    const trend = overallTrend(3.2, [
      past('2025-H2', { overallScore: 2.9 }),
      past('2026-H1', { overallScore: null }),
    ]);
    expect(trend).toEqual({
      history: [
        { cycle: '2025-H2', score: 2.9 },
        { cycle: '2026-H1', score: null },
      ],
      change: 0.3,
      direction: 'up',
    });
    expect(overallTrend(3.2, []).direction).toBe('new');
  });
});
