import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/config-schema.ts';
import type { Nominations } from '../../src/core/domain.ts';
import type { FormLinkTemplate } from '../../src/core/forms/prefill-links.ts';
import { createNotionGateway } from '../../src/notion/gateway.ts';
import { readFeedbackRequests } from '../../src/notion/read-feedback-requests.ts';
import { plan } from '../../src/planner/plan.ts';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { RANDOM_FAULTS, seededRandom, type ScriptedFault } from '../../src/sandbox/faults.ts';
import { applyRequestChanges, planRequestStep } from '../../src/sync/feedback-request-step.ts';
import { useMswServer } from '../msw.ts';
import { makeConfig } from '../support/config-builders.ts';
import { BASE_URL, IDS, N, TOKEN, reviewPage, seed } from '../support/notion-sandbox.ts';
import { isWrite } from '../support/request-log.ts';
import { makeReview } from '../support/review-builders.ts';
import { sandboxHandlers } from '../support/sandbox-handlers.ts';

// Faults and kills over the Feedback requests writes: row creates, row updates and reminder comments.
// Whatever a run goes through (random 5xx, lost replies, resets, or dying before any write), the next
// clean run leaves exactly the state of a run that was never disturbed: one row per key and one
// reminder per row and due date.

const server = useMswServer();
const PEERS = [1, 2, 3, 4].map((n) => ({
  id: `e${n}000000-0000-4000-8000-00000000000${n}`,
  email: `peer${n}@example.com`,
  name: `Peer ${n}`,
}));
const users = PEERS.map((p) => ({ id: p.id, type: 'person', name: p.name, person: { email: p.email } }));
// The 360 stage is due on 2026-10-31: every open row is overdue and gets its one reminder.
const NOW = new Date('2026-11-03T09:00:00Z');
const template: FormLinkTemplate = {
  responderUri: 'https://docs.google.com/forms/d/e/demo/viewform',
  revieweeEntry: '10',
  revieweeOptions: null,
  relationshipEntry: null,
  selfAnswer: null,
};
const config: Config = makeConfig({
  notion: { reviews: { database: IDS.reviewsDb }, feedbackRequests: { dataSource: IDS.requestsDs } },
});
const nominated = (peers: number[]): Nominations => ({
  peers: peers.map((i) => PEERS[i] ?? {}),
  approved: true,
});
// Three nominated reviews; the third has a row left over from a nomination since removed.
const REVIEWS = [
  makeReview({ pageId: N(1), title: 'Review 1', stage: 'feedback', nominations: nominated([0, 1, 2]) }),
  makeReview({ pageId: N(2), title: 'Review 2', stage: 'feedback', nominations: nominated([1, 3]) }),
  makeReview({ pageId: N(3), title: 'Review 3', stage: 'feedback', nominations: nominated([0]) }),
];
const ANSWERS = new Map([[N(1), ['peer2@example.com']]]);
const leftover = {
  id: 'f0000000-0000-4000-8000-000000000001',
  properties: {
    Request: { title: [{ type: 'text', text: { content: 'Feedback on Review 3' } }] },
    Key: { rich_text: [{ type: 'text', text: { content: `${N(3)}/${PEERS[3]?.id ?? ''}` } }] },
    Status: { select: { name: 'Requested' } },
  },
};

function install(): Sandbox {
  const sandbox = createSandbox({
    seed: seed({
      reviews: [1, 2, 3].map((n) => reviewPage(n)),
      requests: [leftover],
      extraUsers: users,
    }),
    rateLimit: 100_000,
    slowResponseMs: 1,
  });
  server.use(...sandboxHandlers(sandbox, BASE_URL));
  return sandbox;
}

const gateway = () =>
  createNotionGateway({
    token: TOKEN,
    baseUrl: BASE_URL,
    requestsPerSecond: 1000,
    timeoutMs: 200,
    sleep: () => Promise.resolve(),
  });

/** One sync's Feedback requests step: read the rows, plan, write. */
async function runStep(): Promise<void> {
  const gw = gateway();
  const planned = {
    ...plan({ reviews: REVIEWS, goals: [], responses: [] }, config, NOW),
    peerAnswers: ANSWERS,
  };
  const changes = await planRequestStep(gw, config, planned, IDS.requestsDs, template, NOW);
  await applyRequestChanges(gw, config, IDS.requestsDs, changes);
}

interface RowView {
  key: string;
  status: string | null;
  due: string | null;
  reminded: string[];
  copies: number;
  comments: number;
}

async function view(sandbox: Sandbox): Promise<RowView[]> {
  const rows = await readFeedbackRequests(gateway(), config, IDS.requestsDs);
  const comments = [...sandbox.notion.store.comments.values()] as { parent?: { page_id?: string } }[];
  const byKey = new Map<string, RowView>();
  for (const row of rows) {
    const seen = byKey.get(row.key);
    if (seen) {
      seen.copies += 1;
      continue;
    }
    byKey.set(row.key, {
      key: row.key,
      status: row.status,
      due: row.due,
      reminded: row.reminded,
      copies: 1,
      comments: comments.filter((c) => c.parent?.page_id?.replace(/-/g, '') === row.pageId.replace(/-/g, ''))
        .length,
    });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

const sandboxOf = { comments: (): string[] => [] };

async function cleanState(): Promise<{ rows: RowView[]; writes: number }> {
  const sandbox = install();
  await runStep();
  const writes = sandbox.requests.entries().filter(isWrite).length;
  sandboxOf.comments = () =>
    ([...sandbox.notion.store.comments.values()] as { parent?: { page_id?: string } }[]).map((c) =>
      (c.parent?.page_id ?? '').replace(/-/g, ''),
    );
  return { rows: await view(sandbox), writes };
}

describe('feedback request writes under faults and kills', () => {
  it('an undisturbed run: one row per pair, one reminder per open overdue row, the removed pair withdrawn', async () => {
    const { rows } = await cleanState();
    expect(rows.map((r) => [r.status, r.copies, r.comments])).toEqual(
      expect.arrayContaining([
        ['Answered', 1, 0],
        ['Withdrawn', 1, 0],
      ]),
    );
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.status === 'Requested').every((r) => r.comments === 1)).toBe(true);
    // Reminders go on the request rows, never on a reviewee's page.
    const reviewPages = new Set([1, 2, 3].map((n) => N(n).replace(/-/g, '')));
    const onReviews = [...sandboxOf.comments()].filter((id) => reviewPages.has(id));
    expect(onReviews).toEqual([]);
    // A second run changes nothing.
    const sandbox = install();
    await runStep();
    sandbox.requests.clear();
    await runStep();
    expect(sandbox.requests.entries().filter(isWrite)).toEqual([]);
  });

  it.each(Array.from({ length: 12 }, (_, i) => i + 1))(
    'random faults (seed %i), then one clean run: 0 duplicate rows, 0 duplicate reminders',
    async (faultSeed) => {
      const { rows } = await cleanState();
      // Seeded faults on the first run's requests, reads and writes alike; then a run without them.
      const sandbox = install();
      const random = seededRandom(faultSeed);
      for (let nth = 1; nth <= 80; nth += 1) {
        if (random() < 0.25) {
          const respond = RANDOM_FAULTS[Math.floor(random() * RANDOM_FAULTS.length)] ?? 500;
          sandbox.faults.script({ nth, respond });
        }
      }
      await runStep().catch(() => undefined);
      expect(sandbox.requests.entries().some((e) => e.fault !== undefined)).toBe(true);
      sandbox.faults.clear();
      await runStep();
      expect(await view(sandbox)).toEqual(rows);
    },
  );

  it('a run killed before each write, then one clean run, converges', async () => {
    const { rows, writes } = await cleanState();
    for (let k = 1; k <= writes; k += 1) {
      const sandbox = install();
      kill(sandbox, { writes: true, nth: k, respond: 'blocked-429', times: 1000 });
      await runStep().catch(() => undefined);
      sandbox.faults.clear();
      await runStep();
      expect({ k, rows: await view(sandbox) }).toEqual({ k, rows });
    }
  });

  it('a run whose write lands but whose reply is lost, killed right after, converges', async () => {
    const { rows, writes } = await cleanState();
    for (let k = 1; k < writes; k += 1) {
      const sandbox = install();
      kill(sandbox, { writes: true, nth: k, respond: 'lost' });
      kill(sandbox, { writes: true, nth: k + 1, respond: 'blocked-429', times: 1000 });
      await runStep().catch(() => undefined);
      sandbox.faults.clear();
      await runStep();
      expect({ k, rows: await view(sandbox) }).toEqual({ k, rows });
    }
  });
});

function kill(sandbox: Sandbox, fault: ScriptedFault): void {
  sandbox.faults.script(fault);
}
