import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { IDS, useAdapterHarness } from '../../test/support/notion-sandbox.ts';
import { ConfigError } from '../errors.ts';
import { preflight } from './preflight.ts';

const harness = useAdapterHarness();

const byDatabase = makeConfig({
  notion: {
    reviews: { database: IDS.reviewsDb },
    goals: { database: IDS.goalsDb },
    actionItems: { database: IDS.itemsDb },
  },
});
const byDataSource = makeConfig({
  notion: {
    reviews: { dataSource: IDS.reviewsDs },
    goals: { dataSource: IDS.goalsDs },
    actionItems: { dataSource: IDS.itemsDs },
  },
});

describe('preflight', () => {
  it('resolves and checks each data source in one request when the config names data sources', async () => {
    const { sandbox, gw } = harness.install();
    const resolved = await preflight(gw, byDataSource);
    expect(resolved).toEqual({
      reviews: IDS.reviewsDs,
      goals: IDS.goalsDs,
      // The items' schema facts come from the same read: no second `dataSources.retrieve` later.
      actionItems: {
        dataSourceId: IDS.itemsDs,
        schema: { statusType: 'select', statusOptions: null, hasSyncedStatus: true },
      },
      hints: [],
    });
    expect(sandbox.requests.entries().map((e) => `${e.method} ${e.path}`)).toEqual([
      `GET /v1/data_sources/${IDS.reviewsDs}`,
      `GET /v1/data_sources/${IDS.goalsDs}`,
      `GET /v1/data_sources/${IDS.itemsDs}`,
    ]);
  });

  it('takes two requests per database id, and names the data source id that spares one', async () => {
    const { gw } = harness.install();
    const resolved = await preflight(gw, byDatabase);
    expect(resolved.reviews).toBe(IDS.reviewsDs);
    expect(resolved.actionItems?.dataSourceId).toBe(IDS.itemsDs);
    expect(gw.stats.byEndpoint).toEqual({ 'databases.retrieve': 3, 'dataSources.retrieve': 3 });
    expect(resolved.hints).toEqual([
      `notion.reviews: write \`dataSource: ${IDS.reviewsDs}\` in place of \`database: ${IDS.reviewsDb}\` to save one Notion request per run`,
      `notion.goals: write \`dataSource: ${IDS.goalsDs}\` in place of \`database: ${IDS.goalsDb}\` to save one Notion request per run`,
      `notion.actionItems: write \`dataSource: ${IDS.itemsDs}\` in place of \`database: ${IDS.itemsDb}\` to save one Notion request per run`,
    ]);
  });

  it('still accepts a data source id pasted under `database:` (the sandbox answers 404 to its lookup)', async () => {
    const { sandbox, gw } = harness.install();
    const config = makeConfig({ notion: { reviews: { database: IDS.reviewsDs } } });
    const resolved = await preflight(gw, config);
    expect(resolved.reviews).toBe(IDS.reviewsDs);
    expect(sandbox.requests.entries().map((e) => `${e.method} ${e.status}`)).toEqual(['GET 404', 'GET 200']);
  });

  it('refuses a database id under `dataSource:`, naming the data source to write instead', async () => {
    const { gw } = harness.install();
    const config = makeConfig({ notion: { reviews: { dataSource: IDS.reviewsDb } } });
    const error = await preflight(gw, config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      `Notion data source ${IDS.reviewsDb} (notion.reviews.dataSource) was not found`,
    );
    expect((error as ConfigError).details).toContain(`  dataSource: ${IDS.reviewsDs}  # Reviews`);
  });
});
