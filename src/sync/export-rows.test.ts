import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { exportRows, toCsv } from './export-rows.ts';
import { plan } from '../planner/plan.ts';
import { makeReview } from '../../test/support/review-builders.ts';
import { fullResponses } from '../../test/support/response-builders.ts';

const config = makeConfig();
const NOW = new Date('2026-11-20T09:00:00Z');

describe('export rows', () => {
  const result = plan(
    {
      reviews: [makeReview({ title: '=HYPERLINK("x")' })],
      goals: [],
      responses: fullResponses(),
    },
    config,
    NOW,
  );

  it('gives one row per review and code, with rater counts and no respondent', () => {
    const rows = exportRows(result, config, '2026-H2');
    expect(rows.map((r) => [r.code, r.selfRaters, r.managerRaters, r.peerRaters])).toEqual([
      ['CQ', 1, 1, 3],
      ['SD', 1, 1, 3],
      ['COL', 1, 1, 0], // two peers rated COL: below the threshold, so not even counted
    ]);
    expect(rows[0]).toMatchObject({ reviewee: 'Ada Lovelace', stage: 'Calibration', trend: '' });
    expect(JSON.stringify(rows)).not.toMatch(/bob|cy@|di@|grace@/);
    expect(exportRows(result, config, '2026-H1')).toEqual([]);
  });

  it('writes CSV that a spreadsheet reads as text, never as a formula', () => {
    const row = { ...exportRows(result, config, '2026-H2')[0]!, reviewee: '=HYPERLINK("x"), "quoted"' };
    const csv = toCsv([row]);
    expect(csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
