import { describe, expect, it } from 'vitest';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { filterPropertiesOf, IDS, reviewPage, useAdapterHarness } from '../../test/support/notion-sandbox.ts';
import { filterPropertiesFor, queryPropertyNames } from './filter-properties.ts';
import { readActionItems } from './read-action-items.ts';
import { readNotionState } from './read-state.ts';
import { findActionItemByKey } from './write-action-items.ts';
import { numberValue, spec, titleValue, type PropertySpec } from './property-values.ts';

describe('queryPropertyNames', () => {
  it.each<{ specs: Record<string, PropertySpec>[]; names: string[] }>([
    { specs: [{}], names: [] },
    {
      specs: [{ a: spec('Name', titleValue, true), b: spec('Score', numberValue) }],
      names: ['Name', 'Score'],
    },
    { specs: [{ a: spec('Name', titleValue) }, { b: spec('Name', titleValue) }], names: ['Name'] },
    { specs: [{ a: spec('', numberValue), b: spec('Due', numberValue) }], names: ['Due'] },
  ])('names each property once, in order, leaving unnamed ones out: $names', ({ specs, names }) => {
    expect(queryPropertyNames(...specs)).toEqual(names);
  });
});

describe('filterPropertiesFor', () => {
  const ids = new Map([
    ['Name', 'title'],
    ['Score', 'a%3Bb'],
  ]);
  it.each([
    { names: ['Name', 'Score'], known: undefined, sent: ['Name', 'Score'] },
    { names: ['Name', 'Score'], known: ids, sent: ['title', 'a%3Bb'] },
    { names: ['Score', 'Not there'], known: ids, sent: ['a%3Bb'] },
    { names: ['title', 'Score'], known: ids, sent: ['title', 'a%3Bb'] },
  ])('sends $sent for $names', ({ names, known, sent }) => {
    expect(filterPropertiesFor(names, known)).toEqual(sent);
  });
});

const harness = useAdapterHarness();

const config = makeConfig({
  notion: {
    reviews: { dataSource: IDS.reviewsDs, properties: { dueDates: { selfAssessment: 'Self due' } } },
    goals: { dataSource: IDS.goalsDs },
    actionItems: { dataSource: IDS.itemsDs },
    objectives: { dataSource: IDS.itemsDs, properties: { name: 'Action' } },
  },
  history: ['2026-H1'],
  framework: {
    competencies: (baseConfigInput.framework.competencies ?? []).map((c) =>
      c.code === 'CQ' ? { ...c, managerProperty: 'Manager CQ' } : c,
    ),
  },
});

const REVIEW_READ = [
  'Name',
  'Reviewee',
  'Manager',
  'Cycle',
  'Stage',
  'Calibrated',
  'Delivered',
  'Delivered on',
  'Overall score',
  'Computed band',
  'Peer responses',
  'Goals on track',
  'Last synced',
  'Sync notes',
  'Summary hash',
  'Code scores',
  'Final band',
  'Summary block',
  'Self due',
  'Manager CQ',
];

describe('filter_properties on every data-source query', () => {
  it('asks each query for exactly the properties its reader parses', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    await readNotionState(gw, config, {
      cycles: ['2026-H2'],
      resolved: { reviews: IDS.reviewsDs, goals: IDS.goalsDs },
    });
    await readActionItems(gw, config, IDS.itemsDs, ['rs:2026-H2:abc:']);
    await findActionItemByKey(gw, IDS.itemsDs, 'Key', 'rs:2026-H2:abc:one');
    const queries = sandbox.requests.entries().filter((e) => /\/query(\?|$)/.test(e.path));
    expect(
      queries.map((q) => ({
        source: /data_sources\/([^/]+)\/query/.exec(q.path)?.[1],
        names: filterPropertiesOf(q),
      })),
    ).toEqual([
      { source: IDS.reviewsDs, names: REVIEW_READ },
      {
        source: IDS.goalsDs,
        names: [
          'Goal',
          'Review',
          'Competency',
          'Metric',
          'Baseline',
          'Target',
          'Current',
          'Start',
          'Due',
          'Progress',
          'Goal status',
          'Objective',
          'Milestones',
        ],
      },
      {
        source: IDS.reviewsDs,
        names: ['Reviewee', 'Cycle', 'Overall score', 'Computed band', 'Code scores'],
      },
      { source: IDS.itemsDs, names: ['Action'] },
      { source: IDS.itemsDs, names: ['Key', 'Review', 'Action', 'Status', 'Synced status'] },
      { source: IDS.itemsDs, names: ['Key'] },
    ]);
  });

  it('names properties by id once the data source was retrieved, leaving out those it lacks', async () => {
    const { sandbox, gw } = harness.install({ reviews: [reviewPage(1)] });
    // Team is named in config but the data source has no such property: it is not asked for.
    const withTeam = makeConfig({
      ...config,
      notion: { ...config.notion, reviews: { ...config.notion.reviews, properties: { team: 'Team' } } },
    });
    const source = await gw.dataSources.retrieve({ data_source_id: IDS.reviewsDs });
    const idOf = new Map(
      Object.entries('properties' in source ? source.properties : {}).map(([n, p]) => [n, p.id]),
    );
    const state = await readNotionState(gw, withTeam, {
      cycles: ['2026-H2'],
      resolved: { reviews: IDS.reviewsDs, goals: null },
    });
    expect(state.reviews).toHaveLength(1);
    const query = sandbox.requests.entries().find((e) => /\/query(\?|$)/.test(e.path));
    // Overriding `properties` drops the "Self due" override; Manager CQ comes from the framework.
    const expected = REVIEW_READ.filter((n) => n !== 'Self due').map((n) => idOf.get(n));
    expect(filterPropertiesOf(query!)).toEqual(expected);
    expect(expected).toContain('title');
  });

  it('hands the reader only the properties it asked for', async () => {
    // "Self due" and "Manager CQ" are on the page, but this config reads neither.
    const { gw } = harness.install({
      reviews: [
        reviewPage(1, { 'Self due': { date: { start: '2026-10-01' } }, 'Manager CQ': { number: 3 } }),
      ],
    });
    const plain = makeConfig({ notion: { reviews: { dataSource: IDS.reviewsDs } } });
    const seen: string[][] = [];
    const query = gw.dataSources.query.bind(gw.dataSources);
    gw.dataSources.query = async (args) => {
      const answer = await query(args);
      for (const page of answer.results) if ('properties' in page) seen.push(Object.keys(page.properties));
      return answer;
    };
    const state = await readNotionState(gw, plain, {
      cycles: ['2026-H2'],
      resolved: { reviews: IDS.reviewsDs, goals: null },
    });
    expect(state.reviews).toHaveLength(1);
    const expected = REVIEW_READ.filter((name) => name !== 'Self due' && name !== 'Manager CQ');
    expect(seen[0]?.sort()).toEqual(expected.sort());
  });
});
