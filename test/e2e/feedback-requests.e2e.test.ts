import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/core/config-schema.ts';
import type { Person, Review } from '../../src/core/domain.ts';
import type { RawResponse } from '../../src/core/validation/types.ts';
import { createResponseSources, readAllResponses } from '../../src/google/create-sources.ts';
import { createNotionGateway, type NotionGateway } from '../../src/notion/gateway.ts';
import { readFeedbackRequests } from '../../src/notion/read-feedback-requests.ts';
import { readNotionState } from '../../src/notion/read-state.ts';
import { activeCycles } from '../../src/notion/review-selection.ts';
import { plan } from '../../src/planner/plan.ts';
import { applyRequestChanges, planRequestStep } from '../../src/sync/feedback-request-step.ts';
import { ROOT, TOKEN, startDemoSandbox, type RunningSandbox } from './harness.ts';

// The "done when" for feedback requests, in the sandbox with the demo team: nominations are
// set on three demo reviews (the reader of the Peers property is another part's work), then the sync's
// request step runs as sync runs it, against the demo workspace.

const REQUESTS_DS = 'bb000000-0000-4000-8000-000000000001';
const DURING = new Date('2026-11-25T08:00:00Z');
// The demo's 360 feedback is due on 2026-12-04 (Europe/Berlin).
const OVERDUE = new Date('2026-12-07T08:00:00Z');

let running: RunningSandbox | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

interface World {
  gw: NotionGateway;
  config: Config;
  reviews: Review[];
  responses: RawResponse[];
  running: RunningSandbox;
}

async function world(): Promise<World> {
  const text = await readFile(join(ROOT, 'demo/review-sync.yaml'), 'utf8');
  const config = parseConfig(text);
  running = await startDemoSandbox();
  const gw = createNotionGateway({
    token: TOKEN,
    baseUrl: running.url,
    requestsPerSecond: 1000,
    sleep: () => Promise.resolve(),
  });
  const csv = await readFile(join(ROOT, 'demo/responses.csv'), 'utf8');
  const responses = await readAllResponses(
    createResponseSources(config, {
      env: {},
      stats: { total: 0, retries: 0 },
      readText: () => Promise.resolve(csv),
    }),
  );
  const state = await readNotionState(gw, config, { cycles: activeCycles(config, DURING) });
  return { gw, config, reviews: state.reviews, responses, running };
}

const isPeer = (config: Config, relationship: string) => config.raters.relationships[relationship] === 'peer';

/** Three open reviews, each nominating the peers who answered about it and one who did not. */
function nominate(w: World): {
  reviews: Review[];
  answered: Map<string, Person[]>;
  silent: Map<string, Person>;
} {
  const people = new Map<string, Person>();
  for (const r of w.reviews) if (r.reviewee.email && r.reviewee.id) people.set(r.reviewee.email, r.reviewee);
  const answered = new Map<string, Person[]>();
  const silent = new Map<string, Person>();
  const chosen = new Set<string>();
  for (const review of w.reviews) {
    if (chosen.size === 3 || review.stage === 'completed') continue;
    const peers = w.responses
      .filter((r) => r.reviewee === review.reviewee.email && isPeer(w.config, r.relationship))
      .flatMap((r) => (r.respondentEmail ? [people.get(r.respondentEmail)] : []))
      .filter((p): p is Person => p !== undefined && p.id !== review.reviewee.id);
    const unique = [...new Map(peers.map((p) => [p.id, p])).values()];
    const quiet = [...people.values()].find(
      (p) => p.id !== review.reviewee.id && !unique.some((u) => u.id === p.id),
    );
    if (unique.length === 0 || !quiet) continue;
    chosen.add(review.pageId);
    answered.set(review.pageId, unique);
    silent.set(review.pageId, quiet);
  }
  const reviews = w.reviews.map((r) =>
    chosen.has(r.pageId)
      ? {
          ...r,
          nominations: {
            peers: [...(answered.get(r.pageId) ?? []), silent.get(r.pageId) ?? {}],
            approved: true,
          },
        }
      : { ...r, nominations: null },
  );
  return { reviews, answered, silent };
}

async function step(w: World, reviews: Review[], responses: RawResponse[], now: Date) {
  const planned = plan({ reviews, goals: [], responses }, w.config, now);
  const changes = await planRequestStep(w.gw, w.config, planned, REQUESTS_DS, null, now);
  return applyRequestChanges(w.gw, w.config, REQUESTS_DS, changes);
}

const rowsOf = async (w: World) => readFeedbackRequests(w.gw, w.config, REQUESTS_DS);

describe('feedback requests in the sandbox, three demo reviews nominated', () => {
  it('one row per approved pair, an answer flips its row, a removed nomination withdraws it, reminders once', async () => {
    const w = await world();
    const { reviews, answered, silent } = nominate(w);
    expect(answered.size).toBe(3);
    const pairs = [...answered.values()].reduce((n, peers) => n + peers.length + 1, 0);

    // One peer's answer is held back from the first run.
    const [firstReview, firstPeers] = [...answered.entries()][0] ?? ['', []];
    const late = firstPeers[0]?.email ?? '';
    const first = await step(
      w,
      reviews,
      w.responses.filter((r) => r.respondentEmail !== late),
      DURING,
    );
    expect(first).toMatchObject({ created: pairs, failed: 0 });
    let rows = await rowsOf(w);
    expect(rows).toHaveLength(pairs);
    expect(new Set(rows.map((r) => r.key)).size).toBe(pairs);
    const lateKey = `${firstReview}/${firstPeers[0]?.id ?? ''}`;
    expect(rows.find((r) => r.key === lateKey)?.status).toBe('Requested');

    // The answer arrives: Answered within one run, and nothing else changes.
    expect(await step(w, reviews, w.responses, DURING)).toMatchObject({ created: 0, updated: 1 });
    rows = await rowsOf(w);
    expect(rows.find((r) => r.key === lateKey)?.status).toBe('Answered');
    expect(await step(w, reviews, w.responses, DURING)).toMatchObject({
      created: 0,
      updated: 0,
      reminded: 0,
    });

    // Past the due date: each silent peer gets exactly one reminder, on their own row.
    const overdue = await step(w, reviews, w.responses, OVERDUE);
    expect(overdue.reminded).toBe(3);
    expect(await step(w, reviews, w.responses, OVERDUE)).toMatchObject({ reminded: 0, updated: 0 });
    const comments = [...w.running.sandbox.notion.store.comments.values()] as {
      parent?: { page_id?: string };
    }[];
    const bare = (id: string) => id.replace(/-/g, '');
    const silentRows = rows.filter((r) =>
      [...silent.entries()].some(([review, peer]) => r.key === `${review}/${peer.id ?? ''}`),
    );
    for (const row of silentRows) {
      expect(comments.filter((c) => bare(c.parent?.page_id ?? '') === bare(row.pageId))).toHaveLength(1);
    }
    const reviewPages = new Set(w.reviews.map((r) => bare(r.pageId)));
    expect(comments.filter((c) => reviewPages.has(bare(c.parent?.page_id ?? '')))).toEqual([]);

    // A nomination removed: its row is withdrawn, not deleted; nominated again, it is reopened.
    const silentPeer = silent.get(firstReview);
    const without = reviews.map((r) =>
      r.pageId === firstReview && r.nominations
        ? {
            ...r,
            nominations: {
              ...r.nominations,
              peers: r.nominations.peers.filter((p) => p.id !== silentPeer?.id),
            },
          }
        : r,
    );
    expect(await step(w, without, w.responses, DURING)).toMatchObject({ withdrawn: 1 });
    const silentKey = `${firstReview}/${silentPeer?.id ?? ''}`;
    expect((await rowsOf(w)).find((r) => r.key === silentKey)?.status).toBe('Withdrawn');
    expect(await step(w, reviews, w.responses, DURING)).toMatchObject({ reopened: 1 });
    rows = await rowsOf(w);
    expect(rows.find((r) => r.key === silentKey)?.status).toBe('Requested');
    expect(rows).toHaveLength(pairs);
  });
});
