import { describe, expect, it } from 'vitest';
import { withSkipped } from '../sync/feedback-request-step.ts';
import type { RunReport } from '../sync/report.ts';
import { aggregateJobSummaryMarkdown, jobSummaryMarkdown } from './github.ts';

const report: RunReport = {
  startedAt: '2026-11-25T08:00:00.000Z',
  finishedAt: '2026-11-25T08:00:30.000Z',
  dryRun: false,
  counts: {
    reviews: 2,
    responses: 9,
    responsesRejected: 1,
    stageMoves: 1,
    pagesUpdated: 2,
    summariesWritten: 2,
    goalsUpdated: 0,
    actionItemsCreated: 3,
    actionItemsWithdrawn: 1,
    actionItemsReopened: 0,
    reminders: 0,
    nudges: 0,
    failures: 1,
    blocksCreated: 0,
  },
  requests: {
    notion: { total: 20, byEndpoint: {}, retries: 1, rateLimited: 0 },
    google: { total: 0, retries: 0 },
  },
  reviews: [
    {
      pageId: 'p1',
      reviewee: 'Ada | Lovelace',
      stageBefore: 'Self-assessment',
      stageAfter: '360 feedback',
      score: 3.5,
      band: 'Meets expectations',
      changed: true,
      errors: [],
    },
    {
      pageId: 'p2',
      reviewee: 'Bo Chen',
      stageBefore: 'Calibration',
      stageAfter: 'Calibration',
      score: null,
      band: 'Insufficient data',
      changed: false,
      errors: ['update-review: NotionApiError: conflict'],
    },
  ],
  rejected: [
    { source: 'csv:r.csv', ref: 'line 4', reason: 'rating-off-scale', message: 'rating for CQ is "7"' },
  ],
  problems: [{ pageId: 'p3', dataSource: 'reviews', message: 'reviewee ("Reviewee") is empty' }],
  hints: [],
};

describe('jobSummaryMarkdown', () => {
  it('renders the run as a job summary', () => {
    expect(jobSummaryMarkdown(report)).toMatchInlineSnapshot(`
      "## review-sync

      2 reviews, 9 responses (1 rejected), 1 stage moves, 2 summaries, 3 action items, 0 reminders, 1 failures.

      | review | stage | score | band | changed | errors |
      |---|---|---|---|---|---|
      | Ada \\| Lovelace | Self-assessment → 360 feedback | 3.5 | Meets expectations | yes |  |
      | Bo Chen | Calibration | – | Insufficient data | no | update-review: NotionApiError: conflict |

      ### Rejected responses

      | source | ref | reason | message |
      |---|---|---|---|
      | csv:r.csv | line 4 | rating-off-scale | rating for CQ is "7" |

      ### Pages that could not be used

      - reviews page p3: reviewee ("Reviewee") is empty

      Notion requests: 20 (1 retries)."
    `);
  });
});

describe('the cycle at a glance in the job summary', () => {
  const overview = {
    cycle: '2026-H2',
    reviews: 3,
    scored: 2,
    funnel: [
      { stage: 'feedback' as const, label: '360 feedback', count: 1, overdue: 1 },
      { stage: 'calibration' as const, label: 'Calibration', count: 2, overdue: 0 },
    ],
    bands: [
      { band: 'Exceptional', count: 1 },
      { band: 'Meets expectations', count: 1 },
    ],
    rejections: [{ reason: 'rating-off-scale' as const, count: 1 }],
    page: null,
    error: null,
  };

  it('carries the funnel, the band distribution as a Mermaid pie and the rejections, counts only', () => {
    const text = jobSummaryMarkdown({ ...report, overviews: [overview] });
    expect(text).toContain(
      [
        '### 2026-H2 at a glance',
        '',
        '| stage | reviews | overdue |',
        '|---|---:|---:|',
        '| 360 feedback | 1 | 1 |',
        '| Calibration | 2 | 0 |',
        '',
        'Bands (2 of 3 reviews with scores shown):',
        '',
        '| band | reviews |',
        '|---|---:|',
        '| Exceptional | 1 |',
        '| Meets expectations | 1 |',
        '',
        '```mermaid',
        'pie showData title Bands · 2026-H2',
        '    "Exceptional" : 1',
        '    "Meets expectations" : 1',
        '```',
        '',
        'Rejected responses by reason:',
        '',
        '| reason | responses |',
        '|---|---:|',
        '| rating-off-scale | 1 |',
      ].join('\n'),
    );
  });
});

describe('the cycle at a glance, by log detail', () => {
  const overview = {
    cycle: '2026-H2',
    reviews: 2,
    scored: 1,
    funnel: [{ stage: 'feedback' as const, label: '360 feedback', count: 2, overdue: 1 }],
    bands: [{ band: 'Meets expectations', count: 1 }],
    rejections: [{ reason: 'rating-off-scale' as const, count: 1 }],
    page: null,
    error: null,
  };
  const withOverview = { ...report, overviews: [overview, { ...overview, cycle: '2027-H1' }] };
  const glance = (cycle: string) => [
    `### ${cycle} at a glance`,
    '| 360 feedback | 2 | 1 |',
    '| Meets expectations | 1 |',
    `pie showData title Bands · ${cycle}`,
    '    "Meets expectations" : 1',
    '| rating-off-scale | 1 |',
  ];

  it.each([
    { detail: 'aggregate', render: aggregateJobSummaryMarkdown, perReview: false },
    { detail: 'full', render: jobSummaryMarkdown, perReview: true },
  ])(
    'with $detail, each cycle’s funnel, bands with Mermaid and rejections; per-review detail: $perReview',
    ({ render, perReview }) => {
      const markdown = render(withOverview);
      for (const line of [...glance('2026-H2'), ...glance('2027-H1')]) expect(markdown).toContain(line);
      expect(markdown.match(/```mermaid/g)?.length).toBe(2);
      for (const personal of ['Ada', 'Bo Chen', '3.5', 'rating for CQ', 'line 4'])
        expect(markdown.includes(personal)).toBe(perReview);
    },
  );
});

describe('aggregateJobSummaryMarkdown', () => {
  it('holds counts per stage, band and reason, and pages by link: no name, title, score or message', () => {
    const markdown = aggregateJobSummaryMarkdown(report);
    expect(markdown).toContain('| 360 feedback | 1 |');
    expect(markdown).toContain('| Insufficient data | 1 |');
    expect(markdown).toContain('| rating-off-scale | 1 |');
    expect(markdown).toContain('- https://www.notion.so/p2: update-review: NotionApiError');
    expect(markdown).toContain('- reviews page https://www.notion.so/p3: reviewee ("Reviewee") is empty');
    for (const personal of ['Ada', 'Lovelace', 'Bo Chen', '3.5', 'conflict', 'rating for CQ', 'line 4'])
      expect(markdown).not.toContain(personal);
  });
});

describe('the block cap in the job summary', () => {
  it.each([
    ['full', jobSummaryMarkdown],
    ['aggregate', aggregateJobSummaryMarkdown],
  ])('%s: names the cap and the blocks created', (_detail, render) => {
    const capped: RunReport = {
      ...report,
      counts: { ...report.counts, blocksCreated: 12 },
      blockLimit: "the Free plan's limit of 1,000 lifetime blocks",
    };
    const text = render(capped);
    expect(text).toContain("### Notion block limit\n\nthe Free plan's limit of 1,000 lifetime blocks");
    expect(text).toContain('Blocks created: 12.');
    expect(render(report)).not.toContain('block limit');
  });
});

describe('feedback requests in the aggregate job summary', () => {
  const counts = { created: 2, updated: 1, withdrawn: 0, reopened: 0, reminded: 1, failed: 0 };

  it.each<[string, number, string]>([
    ['no row skipped', 0, 'Feedback requests: 2 created, 1 updated, 0 withdrawn, 1 reminded, 0 failed.'],
    [
      'rows with a broken Key',
      3,
      'Feedback requests: 2 created, 1 updated, 0 withdrawn, 1 reminded, 0 failed, 3 skipped (their Key is not one the tool wrote).',
    ],
  ])('%s', (_name, skipped, line) => {
    const markdown = aggregateJobSummaryMarkdown({
      ...report,
      feedbackRequests: withSkipped(counts, skipped),
    });
    expect(markdown.split('\n')).toContain(line);
  });

  it('adds skipped to the counts only when a row was skipped', () => {
    expect(withSkipped(counts, 0)).toEqual(counts);
    expect(withSkipped(counts, 2)).toEqual({ ...counts, skipped: 2 });
  });
});
