// Synthetic teams for the benchmark, shaped by the demo config: its competency codes, its relationships
// and its cycle window. Everything is derived from a seeded generator, so two runs of `npm run bench`
// plan and write exactly the same data and their figures can be compared.
import type { Config } from '../../src/core/config-schema.ts';
import type { Goal, Review, StageKey } from '../../src/core/domain.ts';
import type { RawResponse } from '../../src/core/validation/types.ts';
import type { SyncState } from '../../src/planner/plan.ts';
import { seededRandom } from '../../src/sandbox/index.ts';

export const RESPONSES_PER_REVIEW = 8;
export const GOALS_PER_REVIEW = 2;
/** Reviewees per manager, as in a typical backend team. */
const TEAM_SIZE = 8;

/** A fixed UUID per kind and index, so seed pages and relations stay stable across runs. */
export function benchUuid(prefix: string, index: number): string {
  return `${prefix}000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

export interface TeamMember {
  userId: string;
  email: string;
  name: string;
}

export interface SyntheticReview {
  pageId: string;
  reviewee: TeamMember;
  manager: TeamMember;
  stage: StageKey;
}

export interface SyntheticGoal {
  pageId: string;
  reviewPageId: string;
  title: string;
  competency: string;
  metric: string;
  baseline: number;
  target: number;
  current: number;
  start: string;
  due: string;
}

export interface SyntheticResponse {
  submittedAt: Date;
  respondentEmail: string;
  revieweeEmail: string;
  relationship: string;
  /** By code; null stands for the first N/A value of the config. */
  ratings: Record<string, number | null>;
  comment: string;
}

export interface SyntheticTeam {
  cycle: string;
  managers: TeamMember[];
  reviews: SyntheticReview[];
  goals: SyntheticGoal[];
  responses: SyntheticResponse[];
}

function member(kind: 'dev' | 'mgr', index: number): TeamMember {
  return {
    userId: benchUuid(kind === 'dev' ? '1d' : '1e', index),
    email: `${kind}${index}@example.com`,
    name: `${kind === 'dev' ? 'Developer' : 'Manager'} ${index}`,
  };
}

function relationshipsByRole(config: Config, role: 'self' | 'manager' | 'peer'): string[] {
  return Object.entries(config.raters.relationships)
    .filter(([, r]) => r === role)
    .map(([label]) => label);
}

/**
 * A team of `reviewCount` reviewees in the config's first cycle: a self, a manager and six peer answers
 * each (peers are other reviewees), and two goals each. Stages are spread over the early stages so the
 * planner exercises stage moves, scoring and summaries rather than one path only.
 */
export function syntheticTeam(
  config: Config,
  reviewCount: number,
  seed = 42,
  responsesPerReview = RESPONSES_PER_REVIEW,
): SyntheticTeam {
  const cycle = config.cycles[0];
  if (!cycle) throw new Error('the bench config has no cycle');
  const random = seededRandom(seed);
  const codes = config.framework.competencies.map((c) => c.code);
  const [selfLabel] = relationshipsByRole(config, 'self');
  const [managerLabel] = relationshipsByRole(config, 'manager');
  const peerLabels = relationshipsByRole(config, 'peer');
  if (!selfLabel || !managerLabel || peerLabels.length === 0) {
    throw new Error('the bench config needs self, manager and peer relationships');
  }
  const managers = Array.from({ length: Math.ceil(reviewCount / TEAM_SIZE) }, (_, m) => member('mgr', m));
  // Feedback delivery too, the stage action items are created from (actionPlan.createFrom by default).
  const earlyStages: StageKey[] = ['notStarted', 'selfAssessment', 'feedback', 'feedbackDelivery'];
  // Answers arrive over the first two weeks of the cycle, so every one of them is inside its window.
  const opens = Date.parse(`${cycle.opens}T09:00:00Z`);
  const answerAt = () => new Date(opens + Math.floor(random() * 14 * 24) * 3_600_000);
  // Each reviewee has a level per code and raters scatter one point around it: uniform 1..5 answers
  // would put half the codes below the growth threshold and inflate the action plan far past real teams.
  let levels: Record<string, number> = {};
  const rating = (code: string) => {
    if (random() < 0.05) return null;
    const value = Math.round((levels[code] ?? 3) + (random() * 2 - 1));
    return Math.min(config.scale.max, Math.max(config.scale.min, value));
  };
  const ratings = () => Object.fromEntries(codes.map((code) => [code, rating(code)]));

  const reviews: SyntheticReview[] = [];
  const goals: SyntheticGoal[] = [];
  const responses: SyntheticResponse[] = [];
  for (let i = 0; i < reviewCount; i++) {
    const reviewee = member('dev', i);
    const manager = managers[Math.floor(i / TEAM_SIZE)] ?? member('mgr', 0);
    const pageId = benchUuid('6c', i);
    levels = Object.fromEntries(codes.map((code) => [code, 2.5 + random() * 2]));
    reviews.push({ pageId, reviewee, manager, stage: earlyStages[i % earlyStages.length] ?? 'notStarted' });

    const answer = (respondentEmail: string, relationship: string): SyntheticResponse => ({
      submittedAt: answerAt(),
      respondentEmail,
      revieweeEmail: reviewee.email,
      relationship,
      ratings: ratings(),
      comment: random() < 0.3 ? `Worked well with ${reviewee.name} on the orders service.` : '',
    });
    responses.push(answer(reviewee.email, selfLabel), answer(manager.email, managerLabel));
    for (let k = 1; k <= responsesPerReview - 2; k++) {
      // Peers are the next reviewees round the team; with tiny teams they wrap, which is still valid.
      const peer = member('dev', (i + k) % Math.max(reviewCount, responsesPerReview));
      responses.push(answer(peer.email, peerLabels[k % peerLabels.length] ?? 'Backend peer'));
    }

    for (let g = 0; g < GOALS_PER_REVIEW; g++) {
      const baseline = 400;
      const target = 250;
      goals.push({
        pageId: benchUuid('7c', i * GOALS_PER_REVIEW + g),
        reviewPageId: pageId,
        title: `Goal ${g + 1} of ${reviewee.name}`,
        competency: codes[(i + g) % codes.length] ?? 'CQ',
        metric: 'p95 latency (ms)',
        baseline,
        target,
        current: Math.round(baseline - random() * (baseline - target) * 1.2),
        start: '2026-07-01',
        due: '2026-12-31',
      });
    }
  }
  return { cycle: cycle.name, managers, reviews, goals, responses };
}

/** Nothing the tool owns is filled in yet: a first run. */
function unowned(): Review['owned'] {
  return {
    overallScore: null,
    band: null,
    peerResponses: null,
    goalsOnTrack: null,
    lastSynced: null,
    syncNotes: '',
    summaryHash: null,
    summaryBlock: null,
  };
}

function commentsOf(response: SyntheticResponse): Record<string, string> {
  return response.comment ? { overall: response.comment } : {};
}

// ---- As domain types, for plan() ---------------------------------------------------------------

/** The team as the Notion and CSV adapters would hand it to the planner on a first run (nothing owned yet). */
export function planState(config: Config, team: SyntheticTeam): SyncState {
  const na = config.scale.naValues[0] ?? 'N/A';
  const reviews: Review[] = team.reviews.map((r) => ({
    pageId: r.pageId,
    title: `${r.reviewee.name} — ${team.cycle}`,
    cycle: team.cycle,
    reviewee: { id: r.reviewee.userId, email: r.reviewee.email, name: r.reviewee.name },
    manager: { id: r.manager.userId, email: r.manager.email, name: r.manager.name },
    stage: r.stage,
    dueOverrides: {},
    calibrated: false,
    delivered: false,
    deliveredOn: null,
    managerRatings: {},
    owned: unowned(),
  }));
  const goals: Goal[] = team.goals.map((g) => ({
    pageId: g.pageId,
    title: g.title,
    reviewPageId: g.reviewPageId,
    competency: g.competency,
    metric: g.metric,
    baseline: g.baseline,
    target: g.target,
    current: g.current,
    start: g.start,
    due: g.due,
    owned: { progress: null, status: null },
  }));
  const responses: RawResponse[] = team.responses.map((r, n) => ({
    source: 'csv:bench.csv',
    ref: `line ${n + 2}`,
    submittedAt: r.submittedAt.getTime(),
    respondentEmail: r.respondentEmail,
    reviewee: r.revieweeEmail,
    relationship: r.relationship,
    cycle: null,
    ratings: Object.fromEntries(Object.entries(r.ratings).map(([code, v]) => [code, v ?? na])),
    comments: commentsOf(r),
  }));
  return { reviews, goals, responses };
}
