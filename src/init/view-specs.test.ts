import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { plannedViews, type DataSourceProperties } from './view-specs.ts';

const config = makeConfig({
  notion: { reviews: { database: 'r', properties: { dueDates: { feedback: 'Feedback due' } } } },
});

const reviews = (stageType: string): DataSourceProperties => ({
  Stage: { id: 'st', type: stageType },
  Cycle: { id: 'cy', type: 'select' },
  Manager: { id: 'mg', type: 'people' },
  'Feedback due': { id: 'fd', type: 'date' },
});

describe('plannedViews', () => {
  it.each([
    [
      'select',
      { type: 'select', property_id: 'st', sort: { type: 'manual' } },
      { select: { equals: '360 feedback' } },
    ],
    [
      'status',
      { type: 'status', property_id: 'st', group_by: 'option', sort: { type: 'manual' } },
      { status: { equals: '360 feedback' } },
    ],
  ])('a %s Stage is grouped and filtered as one', (type, groupBy, condition) => {
    const plan = plannedViews(config, 'reviews', reviews(type));
    expect(plan.skipped).toEqual([]);
    expect(plan.views[0]?.configuration).toEqual({ type: 'board', group_by: groupBy });
    expect(plan.views[2]?.filter).toEqual({
      or: [
        {
          and: [
            { property: 'st', ...condition },
            { property: 'fd', date: { before: 'today' } },
          ],
        },
      ],
    });
  });

  it.each([
    ['reviews', 'Stage', ['view "By stage" skipped: the data source has no property "Stage"']],
    ['goals', 'Review', ['view "By review" skipped: the data source has no property "Review"']],
    ['actionItems', 'Status', ['view "By status" skipped: the data source has no property "Status"']],
  ] as const)('%s without %s skips that view and says so', (key, missing, skipped) => {
    const all: Record<string, { id: string; type: string }> = {
      ...reviews('select'),
      Review: { id: 'rv', type: 'relation' },
      Status: { id: 'ss', type: 'select' },
    };
    delete all[missing];
    expect(plannedViews(config, key, all).skipped.filter((l) => !l.includes('Overdue'))).toEqual(skipped);
  });

  it('names the views as the config does', () => {
    const named = makeConfig({
      notion: {
        reviews: { database: 'r', properties: { dueDates: { feedback: 'Feedback due' } } },
        views: { reviewsByStage: 'Pipeline', reviewsByCycle: 'Cycles', overdue: 'Late' },
      },
    });
    expect(plannedViews(named, 'reviews', reviews('select')).views.map((v) => v.name)).toEqual([
      'Pipeline',
      'Cycles',
      'Late',
    ]);
  });
});
