import { beforeAll, describe, expect, it } from 'vitest';
import type { FaultEffect, ScriptedFault } from '../../src/sandbox/faults.ts';
import { countSummaries } from '../e2e/snapshot-state.ts';
import {
  cleanState,
  demoTeam,
  isWrite,
  serve,
  syncOnce,
  viewState,
  type StateView,
  type Team,
} from './fault-harness.ts';

// Failures as Notion documents them, each scripted into a demo-team run against the sandbox: a 409 and a
// 503 naming what it committed converge with no duplicate; a blocked 429 and the block cap stop the run
// with their own message; a Retry-After past the wait budget leaves the review to the next run.

let demo: Team;
let clean: StateView;
beforeAll(async () => {
  demo = await demoTeam();
  clean = await cleanState(demo);
}, 120_000);

const CREATE: Pick<ScriptedFault, 'method' | 'path'> = { method: 'POST', path: /^\/v1\/pages(\?|$)/ };
const APPEND: Pick<ScriptedFault, 'method' | 'path'> = { method: 'PATCH', path: /\/children(\?|$)/ };

function noDuplicates(view: StateView): void {
  expect(Object.values(countSummaries(view)).filter((n) => n > 1)).toEqual([]);
  expect(view).toEqual(clean);
}

describe('a 409 conflict_error is an unknown outcome: verified, then repeated', () => {
  it.each<[string, Pick<ScriptedFault, 'method' | 'path'>, FaultEffect]>([
    ['a create, not applied', CREATE, 409],
    ['a create, applied', CREATE, 'conflict-applied'],
    ['an append, not applied', APPEND, 409],
    ['an append, applied', APPEND, 'conflict-applied'],
  ])('%s: one run converges with no duplicate', async (_label, where, respond) => {
    const served = await serve(demo.seed);
    try {
      served.sandbox.faults.script({ ...where, nth: 2, times: 2, respond });
      const run = await syncOnce(demo, served.url);
      expect(run.report?.reviews.filter((r) => r.errors.length > 0) ?? run.error).toEqual([]);
      expect(run.code).toBe(0);
      expect(served.sandbox.faults.pending()).toBe(0);
      noDuplicates(viewState(served.sandbox));
    } finally {
      await served.close();
    }
  });
});

describe('a 503 that names what it committed', () => {
  it.each<[string, Pick<ScriptedFault, 'method' | 'path'>]>([
    ['a create (committed_resource_id)', CREATE],
    ['an append (committed_child_ids)', APPEND],
  ])('%s is taken as done: one run converges, nothing sent twice', async (_label, where) => {
    const served = await serve(demo.seed);
    try {
      served.sandbox.faults.script({ ...where, nth: 1, times: 3, respond: 'committed-503' });
      const run = await syncOnce(demo, served.url);
      expect(run.code).toBe(0);
      expect(served.sandbox.faults.pending()).toBe(0);
      // A committed id is the answer (that no read follows is checked request by request in
      // src/notion/gateway-failures.test.ts).
      const entries = served.sandbox.requests.entries();
      const faulted = entries.filter((e) => e.fault === 'script:committed-503').length;
      expect(faulted).toBe(3);
      noDuplicates(viewState(served.sandbox));
    } finally {
      await served.close();
    }
  });
});

describe('a 429 that blocks the integration outright', () => {
  it('stops the run at once with exit 2 and says a person must act', async () => {
    const served = await serve(demo.seed);
    try {
      served.sandbox.faults.script({ writes: true, nth: 1, respond: 'blocked-429' });
      const run = await syncOnce(demo, served.url);
      expect(run.code).toBe(2);
      expect(String(run.error)).toMatch(/public_api_request_blocked.*retrying will not help/);
      // No retry of the blocked write: it was sent once.
      const blocked = served.sandbox.requests.entries().filter((e) => e.fault === 'script:blocked-429');
      expect(blocked).toHaveLength(1);
    } finally {
      await served.close();
    }
  });
});

describe('a workspace-wide 429 with a Retry-After over 60 s', () => {
  it('is waited out when the wait budget holds it', async () => {
    const served = await serve(demo.seed);
    const waits: number[] = [];
    try {
      served.sandbox.faults.script({ writes: true, nth: 3, respond: 429, retryAfter: 120 });
      const run = await syncOnce(demo, served.url, {
        // The wait is recorded, not slept: the run's clock is not the test's.
        notionOverrides: { sleep: (ms) => (waits.push(ms), Promise.resolve()) },
      });
      expect(run.code).toBe(0);
      expect(waits).toContain(120_000);
      noDuplicates(viewState(served.sandbox));
    } finally {
      await served.close();
    }
  });

  it('past the budget leaves the review for the next run, which finishes it', async () => {
    const served = await serve(demo.seed);
    const tight: Team = {
      ...demo,
      config: { ...demo.config, notion: { ...demo.config.notion, waitBudgetSeconds: 30 } },
    };
    try {
      served.sandbox.faults.script({ writes: true, nth: 3, respond: 429, retryAfter: 120 });
      const first = await syncOnce(tight, served.url);
      expect(first.code).toBe(1);
      const failed = first.report?.reviews.filter((r) => r.errors.length > 0) ?? [];
      expect(failed).toHaveLength(1);
      expect(failed[0]?.errors.join(' ')).toMatch(/120 s wait .* next run/);
      const second = await syncOnce(tight, served.url);
      expect(second.code).toBe(0);
      noDuplicates(viewState(served.sandbox));
    } finally {
      await served.close();
    }
  });
});

describe('the Free-plan block cap', () => {
  it('stops block creation at once, still writes the properties, and exits 1 naming the cap', async () => {
    const reference = await serve(demo.seed);
    const needed = (await syncOnce(demo, reference.url)).report?.counts.blocksCreated ?? 0;
    await reference.close();
    expect(needed).toBeGreaterThan(20);

    const served = await serve(demo.seed, { blockLimit: 10 });
    try {
      const run = await syncOnce(demo, served.url);
      expect(run.code).toBe(1);
      expect(run.report?.blockLimit).toMatch(/Free plan's limit of 1,000 lifetime blocks.*upgrade/);
      expect(run.report?.counts.blocksCreated).toBeLessThanOrEqual(10);
      // Only the creates already in flight (one per review applied at once) meet the refusal; every later
      // one is not even sent.
      const refused = served.sandbox.requests.entries().filter((e) => isWrite(e) && e.status === 403);
      expect(refused.length).toBeGreaterThanOrEqual(1);
      expect(refused.length).toBeLessThanOrEqual(4);
      const creates = served.sandbox.requests
        .entries()
        .filter(
          (e) => (e.method === 'POST' && e.path.startsWith('/v1/pages')) || /\/children(\?|$)/.test(e.path),
        )
        .filter((e) => e.method !== 'GET');
      const firstRefused = creates.findIndex((e) => e.status === 403);
      expect(creates.slice(firstRefused).every((e) => e.status === 403)).toBe(true);
      // The properties still landed: each review's stage and score are what a clean run writes.
      const stagesAndScores = (view: StateView) =>
        Object.fromEntries(
          Object.entries(view.pages.Reviews ?? {}).map(([title, [page]]) => {
            const p = page?.properties as Record<string, unknown>;
            return [title, [p.Stage, p['Overall score'], p['Computed band']]];
          }),
        );
      expect(stagesAndScores(viewState(served.sandbox))).toEqual(stagesAndScores(clean));

      // Once the workspace has room again (an upgrade), the next run writes what was held back, once.
      const upgraded = await serve(served.sandbox.state());
      try {
        const next = await syncOnce(demo, upgraded.url);
        expect(next.code).toBe(0);
        // Comments are not part of a state dump; the capped run posted its one reminder, and recorded it.
        const view = viewState(upgraded.sandbox);
        expect(Object.values(countSummaries(view)).filter((n) => n > 1)).toEqual([]);
        expect([view.pages, view.standalone]).toEqual([clean.pages, clean.standalone]);
      } finally {
        await upgraded.close();
      }
    } finally {
      await served.close();
    }
  });
});
