import { beforeAll, describe, expect, it } from 'vitest';
import {
  cleanState,
  demoTeam,
  isWrite,
  serve,
  syncOnce,
  syntheticTeamOf,
  viewState,
  type Team,
} from './fault-harness.ts';
import { BrakeStopError } from '../../src/errors.ts';
import type { SyncOptions } from '../../src/sync/run.ts';
import { serveInThread } from '../support/sandbox-thread.ts';

let demo: Team;
beforeAll(async () => {
  demo = await demoTeam();
}, 120_000);

/** Holds the event loop, as a long synchronous plan once did. */
function stall(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spin
  }
}

const HUGO = '6a000000-0000-4000-8000-000000000008';

describe('a reset socket after a long event-loop stall', () => {
  it.each<[string, Partial<SyncOptions>, string]>([
    // Goals are applied first now: a property update, which is safe to repeat.
    ['the whole team, whose first request after it is a goal’s property update', {}, 'PATCH'],
    [
      'Hugo’s review alone, whose first request after it is an action item’s create',
      { review: HUGO },
      'POST',
    ],
  ])('%s: costs no review', async (_label, options, firstReset) => {
    const reference = await serve(demo.seed);
    const clean = await syncOnce(demo, reference.url, options);
    const cleanView = viewState(reference.sandbox);
    await reference.close();
    expect(clean.code).toBe(0);

    // The server runs on its own thread and closes idle connections after 3 s, so it closes the client's
    // pooled one while this thread is blocked; the client learns of it only when it sends on it.
    const served = await serveInThread({ seed: demo.seed, keepAliveTimeoutMs: 3_000 });
    const original = globalThis.fetch;
    const resets: string[] = [];
    let stalled = false;
    globalThis.fetch = async (input, init) => {
      try {
        return await original(input, init);
      } catch (error) {
        if (stalled) resets.push(`${init?.method ?? 'GET'} ${socketErrorCode(error)}`);
        throw error;
      }
    };
    try {
      const run = await syncOnce(demo, served.url, {
        ...options,
        onPlanned: () => {
          stall(6_000);
          stalled = true;
        },
      });
      expect(run.report?.reviews.filter((r) => r.errors.length > 0) ?? run.error).toEqual([]);
      expect(run.code).toBe(0);
      // The stall really cost the pooled connection, under the first request after it; no fault was
      // injected anywhere.
      expect(resets[0]).toMatch(new RegExp(`^${firstReset} (UND_ERR_SOCKET|ECONNRESET|EPIPE)$`));
      expect((await served.requests()).filter((e) => e.fault !== undefined)).toEqual([]);
      expect(await served.view()).toEqual(cleanView);
    } finally {
      globalThis.fetch = original;
      await served.close();
    }
  });
});

/** The socket error under undici's "fetch failed". */
function socketErrorCode(error: unknown): string {
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === 'string' ? code : String(error);
}

interface SeedShape {
  notion: {
    databases: {
      dataSources: {
        title: string;
        properties: Record<string, Record<string, unknown>>;
        pages: { properties: Record<string, unknown> }[];
      }[];
    }[];
  };
}

function dataSource(seed: unknown, title: string) {
  const ds = (seed as SeedShape).notion.databases
    .flatMap((db) => db.dataSources)
    .find((d) => d.title === title);
  if (!ds) throw new Error(`no data source ${title}`);
  return ds;
}

/** Drops a property from the schema and its values from the pages, as when a person deletes the column. */
function dropProperty(seed: unknown, title: string, name: string): void {
  const ds = dataSource(seed, title);
  delete ds.properties[name];
  for (const page of ds.pages) delete page.properties[name];
}

describe('a schema that drifted from the config', () => {
  it.each<[string, (seed: unknown) => void, RegExp]>([
    [
      'a tool-owned property missing',
      (seed) => dropProperty(seed, 'Reviews', 'Summary hash'),
      /property 'Summary hash' is missing/,
    ],
    [
      'the summary block property missing',
      (seed) => dropProperty(seed, 'Reviews', 'Summary block'),
      /property 'Summary block' is missing/,
    ],
    [
      'a tool-owned property of the wrong type',
      (seed) => {
        dropProperty(seed, 'Reviews', 'Overall score');
        dataSource(seed, 'Reviews').properties['Overall score'] = { type: 'rich_text', rich_text: {} };
      },
      /property 'Overall score' is rich_text, expected number/,
    ],
    [
      'a goal relation that points elsewhere',
      (seed) => {
        dataSource(seed, 'Goals').properties.Review = {
          type: 'relation',
          relation: {
            // Notion names both ends of a relation; the contract check wants the database as well.
            database_id: '9a000000-0000-4000-8000-000000000009',
            data_source_id: '9b000000-0000-4000-8000-000000000009',
            type: 'single_property',
            single_property: {},
          },
        };
      },
      /relation 'Review' links to data source/,
    ],
  ])('%s: exit 2 with doctor’s fix, zero writes', async (_label, breakIt, reason) => {
    await expectRefused(breakIt, demo, reason);
  });

  it('a stage name with no option in the status property: exit 2 with doctor’s fix, zero writes', async () => {
    // The status property lacks the option the config names (the API cannot create status options).
    const renamed = {
      ...demo,
      config: { ...demo.config, stages: { ...demo.config.stages, calibration: 'Calibrating' } },
    };
    await expectRefused(() => undefined, renamed, /has no option 'Calibrating'/);
  });
});

async function expectRefused(breakIt: (seed: unknown) => void, team: Team, reason: RegExp): Promise<void> {
  const seed = structuredClone(team.seed);
  breakIt(seed);
  const served = await serve(seed);
  try {
    const run = await syncOnce(team, served.url);
    expect(run.code).toBe(2);
    const error = run.error as { message: string; details: string[] };
    expect(error.details.join('\n')).toMatch(reason);
    expect(error.message).toContain('nothing was written');
    expect(served.sandbox.requests.entries().filter(isWrite)).toEqual([]);
  } finally {
    await served.close();
  }
}

describe('two jobs sharing one token', () => {
  it('both finish with zero failures against the per-token rate limit', async () => {
    const team = await syntheticTeamOf(20);
    const clean = await cleanState(team);
    // 8 requests a second for the token, while each job is configured for 10.
    const served = await serve(team.seed, { rateLimit: 40, rateWindowMs: 5_000 });
    const fast = {
      ...team,
      config: { ...team.config, notion: { ...team.config.notion, requestsPerSecond: 10 } },
    };
    try {
      const [a, b] = await Promise.all([
        syncOnce(fast, served.url, { shard: { index: 1, total: 2 } }),
        syncOnce(fast, served.url, { shard: { index: 2, total: 2 } }),
      ]);
      for (const run of [a, b]) {
        expect(run.error).toBeNull();
        expect(run.report?.counts.failures).toBe(0);
      }
      const limited = served.sandbox.requests.entries().filter((e) => e.status === 429).length;
      expect(limited).toBeGreaterThan(0);
      expect(
        (a.report?.requests.notion.rateLimited ?? 0) + (b.report?.requests.notion.rateLimited ?? 0),
      ).toBe(limited);
      // Shards never write the cycle overview (a page built from a slice would be wrong): everything else
      // is the clean state.
      const { standalone: _overview, ...shared } = viewState(served.sandbox);
      expect(shared).toEqual({ pages: clean.pages, comments: clean.comments });
    } finally {
      await served.close();
    }
  }, 600_000);
});

describe('the blast-radius brake', () => {
  it('stops a config typo that would wipe the results, with zero writes; --force overrides it', async () => {
    const served = await serve(demo.seed);
    try {
      expect((await syncOnce(demo, served.url)).code).toBe(0);
      served.sandbox.requests.clear();
      // A cycle that "opens" in mid-November puts almost every response outside its window.
      const cycles = demo.config.cycles.map((c) => ({ ...c, opens: '2026-11-20', due: {} }));
      const typo = { ...demo, config: { ...demo.config, cycles } };
      const braked = await syncOnce(typo, served.url);
      expect(braked.code).toBe(2);
      expect(braked.error).toBeInstanceOf(BrakeStopError);
      const error = braked.error as BrakeStopError;
      expect(error.message).toMatch(/rejected as outside-cycle-window/);
      expect(error.details.join('\n')).toMatch(/time zone|cycle window/);
      expect(served.sandbox.requests.entries().filter(isWrite)).toEqual([]);
      const forced = await syncOnce(typo, served.url, { force: true });
      expect(forced.error).toBeNull();
      expect(served.sandbox.requests.entries().filter(isWrite).length).toBeGreaterThan(0);
    } finally {
      await served.close();
    }
  });
});
