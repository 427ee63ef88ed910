import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { IDS, useAdapterHarness, writes } from '../../test/support/notion-sandbox.ts';
import { runMigrate } from './run-migrate.ts';

const harness = useAdapterHarness();
const config = makeConfig({
  notion: {
    reviews: { dataSource: IDS.reviewsDs },
    actionItems: { dataSource: IDS.itemsDs },
  },
});

/** A workspace an earlier release made: the given properties are removed from their data source. */
async function olderWorkspace(drop: Record<string, (string | [string, unknown])[]>) {
  const { sandbox, gw } = harness.install({ stageType: 'select' });
  for (const [dataSourceId, names] of Object.entries(drop)) {
    const properties = Object.fromEntries(
      names.map((entry) => (typeof entry === 'string' ? [entry, null] : entry)),
    ) as Record<string, null>;
    await gw.dataSources.update({ data_source_id: dataSourceId, properties });
  }
  sandbox.requests.clear();
  return { sandbox, gw };
}

describe('runMigrate against the sandbox', () => {
  it('prints the plan and writes nothing without --apply', async () => {
    const { sandbox, gw } = await olderWorkspace({ [IDS.reviewsDs]: ['Summary block'] });
    const result = await runMigrate(gw, config, false);
    expect(result.exitCode).toBe(0);
    expect(result.lines).toContain(
      "  add rich_text property 'Summary block' (notion.reviews.properties.summaryBlock)",
    );
    expect(writes(sandbox)).toEqual([]);
  });

  it('adds the missing tool-owned properties in one update per data source, then changes nothing', async () => {
    const { sandbox, gw } = await olderWorkspace({
      [IDS.reviewsDs]: ['Summary block', 'Summary hash'],
      [IDS.itemsDs]: ['Synced status'],
    });
    const result = await runMigrate(gw, config, true);
    expect(result.exitCode).toBe(0);
    const sent = writes(sandbox).map((w) => ({
      request: `${w.method} ${w.path}`,
      properties: (w.body as { properties: Record<string, unknown> }).properties,
    }));
    expect(sent.map((w) => w.request)).toEqual([
      `PATCH /v1/data_sources/${IDS.reviewsDs}`,
      `PATCH /v1/data_sources/${IDS.itemsDs}`,
    ]);
    expect(sent[0]?.properties).toMatchObject({
      'Summary hash': { rich_text: {} },
      'Summary block': { rich_text: {} },
    });
    expect(sent[1]?.properties).toMatchObject({ 'Synced status': { rich_text: {} } });
    // The test seed's band select has one option: the others are added after it, which keeps its id.
    const band = sent[0]?.properties['Computed band'] as {
      select: { options: { id?: string; name: string }[] };
    };
    expect(band.select.options[0]).toEqual({ id: expect.any(String) as string, name: 'Meets expectations' });
    expect(band.select.options.slice(1).map((o) => o.name)).toEqual([
      'Exceptional',
      'Exceeds expectations',
      'Developing',
      'Below expectations',
      'Insufficient data',
    ]);
    sandbox.requests.clear();
    const again = await runMigrate(gw, config, true);
    expect(again.exitCode).toBe(0);
    expect(writes(sandbox)).toEqual([]);
  });

  it('never retypes or adds a person’s property: those are manual steps, and exit 2', async () => {
    const { sandbox, gw } = await olderWorkspace({
      [IDS.reviewsDs]: ['Calibrated', ['Peer responses', { rich_text: {} }], 'Summary block'],
    });
    const result = await runMigrate(gw, config, true);
    expect(result.exitCode).toBe(2);
    expect(result.lines.filter((l) => l.includes('manual:'))).toEqual([
      expect.stringContaining("property 'Peer responses' is rich_text, expected number"),
    ]);
    const bodies = writes(sandbox).map((w) => w.body as { properties: Record<string, unknown> });
    const reviewsUpdate = Object.keys(bodies[0]?.properties ?? {});
    expect(reviewsUpdate).toContain('Summary block');
    expect(reviewsUpdate).not.toContain('Peer responses');
    expect(reviewsUpdate).not.toContain('Calibrated');
  });
});

describe('runMigrate with nominations', () => {
  const nominating = makeConfig({
    notion: { reviews: { dataSource: IDS.reviewsDs } },
    raters: { nominations: 'track' },
  });

  it('adds the empty Peers and Peers approved inputs, then changes nothing', async () => {
    const { sandbox, gw } = harness.install({ stageType: 'select' });
    sandbox.requests.clear();
    const result = await runMigrate(gw, nominating, true);
    expect(result.exitCode).toBe(0);
    const [update, ...others] = writes(sandbox);
    expect(others).toEqual([]);
    expect(update?.path).toBe(`/v1/data_sources/${IDS.reviewsDs}`);
    expect((update?.body as { properties: Record<string, unknown> }).properties).toMatchObject({
      Peers: { people: {} },
      'Peers approved': { checkbox: {} },
    });
    sandbox.requests.clear();
    expect((await runMigrate(gw, nominating, true)).exitCode).toBe(0);
    expect(writes(sandbox)).toEqual([]);
  });

  it('leaves them out with nominations off', async () => {
    const { sandbox, gw } = harness.install({ stageType: 'select' });
    sandbox.requests.clear();
    await runMigrate(gw, makeConfig({ notion: { reviews: { dataSource: IDS.reviewsDs } } }), true);
    const sent = writes(sandbox).map((w) => Object.keys((w.body as { properties: object }).properties));
    expect(sent.flat()).not.toContain('Peers');
  });
});
