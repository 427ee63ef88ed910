import type { CompetencyConfig, Config, CycleConfig } from '../core/config-schema.ts';
import type { StageKey } from '../core/domain.ts';
import { buildActionPlan } from '../core/action-plan/index.ts';
import { classifyScore } from '../core/action-plan/classify.ts';
import type { ActionPlanEntry } from '../core/action-plan/types.ts';
import { round2OrNull } from '../core/numbers/round.ts';
import { scoreCell } from '../core/summary/format.ts';
import { codeAt } from '../core/scoring/code-at.ts';
import { checkGuard } from '../core/workflow/guards.ts';
import { stageChain, stageIndex } from '../core/workflow/stages.ts';
import { startOfDay } from '../core/workflow/index.ts';
import type { ReviewPlan } from '../planner/plan-review.ts';
import type {
  ActionChoice,
  ActionPlanExplanation,
  CodeExplanation,
  Explanation,
  HiddenSection,
  ListsExplanation,
  OverallExplanation,
  ResponseCounts,
  StageExplanation,
} from './explain-types.ts';

export interface ExplainInput {
  plan: ReviewPlan;
  cycle: CycleConfig;
  responses: ResponseCounts;
  config: Config;
  now: Date;
  allStages: boolean;
}

const SECTIONS = ['scores', 'strengths', 'blindSpots', 'actionPlan'] as const;

/** Pure: how each number on one review page came about, from the plan sync would make for it. */
export function explainReview(input: ExplainInput): Explanation {
  const { plan, config, allStages } = input;
  const stage = plan.workflow.to;
  const hidden: HiddenSection[] = SECTIONS.filter(
    (section) => stageIndex(stage) < stageIndex(config.visibility[section]),
  ).map((section) => ({ section, from: config.visibility[section] }));
  const shows = (section: HiddenSection['section']) =>
    allStages || !hidden.some((h) => h.section === section);
  return {
    review: { pageId: plan.review.pageId, cycle: plan.review.cycle, stage, frozen: plan.frozen },
    allStages,
    responses: input.responses,
    peersVisible: plan.score.peersVisible,
    minPeerResponses: config.raters.minPeerResponses,
    codes: shows('scores') ? explainCodes(plan, config) : null,
    overall: shows('scores') ? explainOverall(plan, config) : null,
    lists: shows('strengths') || shows('blindSpots') ? explainLists(plan, config, shows) : null,
    actionPlan: shows('actionPlan') ? explainActionPlan(input) : null,
    stage: explainStage(input),
    hidden,
  };
}

function competencies(config: Config): CompetencyConfig[] {
  return config.framework.competencies;
}

function explainCodes(plan: ReviewPlan, config: Config): CodeExplanation[] {
  return competencies(config).flatMap((competency) => {
    const code = codeAt(plan.score.codes, competency.code);
    if (code === undefined) return [];
    return [
      {
        code: competency.code,
        weight: competency.weight,
        self: code.self,
        peers: plan.score.peersVisible ? { mean: code.peers, n: code.peerCount } : null,
        manager: code.manager,
        score: code.score,
        rounded: round2OrNull(code.score),
        shown: scoreCell(code.score, code.awaitingOthers),
        awaitingOthers: code.awaitingOthers,
      },
    ];
  });
}

function explainOverall(plan: ReviewPlan, config: Config): OverallExplanation {
  const { scoring, raters } = config;
  const { overall, band, coverage } = plan.score;
  const reason =
    overall === null || coverage < scoring.minCoverage
      ? `coverage ${coverage.toFixed(2)} is below minCoverage ${scoring.minCoverage}: band "${scoring.insufficientBand}"`
      : `coverage ${coverage.toFixed(2)} meets minCoverage ${scoring.minCoverage}; ${round2OrNull(overall)} falls in band "${band}"`;
  return {
    weights: { ...raters.weights },
    coverage,
    minCoverage: scoring.minCoverage,
    bands: scoring.bands.map((b) => ({ name: b.name, min: b.min })),
    insufficientBand: scoring.insufficientBand,
    score: overall,
    rounded: round2OrNull(overall),
    band,
    reason,
  };
}

function explainLists(
  plan: ReviewPlan,
  config: Config,
  shows: (section: HiddenSection['section']) => boolean,
): ListsExplanation {
  const { growthBelow, strengthAtLeast } = config.actionPlan;
  const threshold = round2OrNull(config.scoring.gapThreshold) ?? 0;
  const lists: ListsExplanation = { strengths: [], growthAreas: [], blindSpots: [] };
  for (const competency of competencies(config)) {
    const code = codeAt(plan.score.codes, competency.code);
    if (code === undefined) continue;
    const rounded = round2OrNull(code.score);
    const codeClass = classifyScore(rounded, config.actionPlan);
    if (shows('strengths') && codeClass === 'strength')
      lists.strengths.push({
        code: code.code,
        reason: `score ${rounded} ≥ strengthAtLeast ${strengthAtLeast}`,
      });
    if (shows('strengths') && codeClass === 'growth')
      lists.growthAreas.push({ code: code.code, reason: `score ${rounded} < growthBelow ${growthBelow}` });
    const gap = Math.abs(round2OrNull(code.gap) ?? 0);
    if (shows('blindSpots') && code.gapKind !== null && gap >= threshold && gap > 0) {
      const side = code.gapKind === 'blind-spot' ? 'above' : 'below';
      lists.blindSpots.push({
        code: code.code,
        reason: `${code.gapKind}: self-rating ${gap.toFixed(2)} ${side} others, gapThreshold ${threshold}`,
      });
    }
  }
  return lists;
}

function choice(entry: ActionPlanEntry, plan: ReviewPlan, config: Config): ActionChoice {
  const score = round2OrNull(codeAt(plan.score.codes, entry.code)?.score ?? null);
  const codeClass = classifyScore(score, config.actionPlan);
  const rule =
    codeClass === 'growth'
      ? `score ${score} < growthBelow ${config.actionPlan.growthBelow}`
      : codeClass === 'strength'
        ? `score ${score} ≥ strengthAtLeast ${config.actionPlan.strengthAtLeast}`
        : `score ${score ?? '–'} (${codeClass})`;
  return { code: entry.code, kind: entry.kind, title: entry.title, reason: `${entry.code} ${rule}` };
}

function explainActionPlan(input: ExplainInput): ActionPlanExplanation {
  const { plan, config, cycle } = input;
  // The same rules without the cap: whatever they draw that the plan lacks was cut by maxItems.
  const uncapped = buildActionPlan({
    review: plan.review,
    score: plan.score,
    config: { ...config, actionPlan: { ...config.actionPlan, maxItems: Number.MAX_SAFE_INTEGER } },
    startsOn: startOfDay(cycle.due.feedbackDelivery ?? cycle.closes ?? cycle.opens, config.timeZone),
  });
  const kept = new Set(plan.actionPlan.map((entry) => entry.key));
  return {
    maxItems: config.actionPlan.maxItems,
    entries: plan.actionPlan.map((entry) => choice(entry, plan, config)),
    cut: uncapped.filter((entry) => !kept.has(entry.key)).map((entry) => choice(entry, plan, config)),
  };
}

function explainStage(input: ExplainInput): StageExplanation {
  const { plan, config, cycle, now } = input;
  const facts = {
    selfResponded: plan.score.raters.self > 0,
    peerResponses: plan.score.raters.peers,
    managerRatedAllRequired: plan.score.awaitingManager.length === 0,
  };
  const chain = stageChain(config).filter((s: StageKey) => s !== 'completed');
  const guards = chain.map((stage) => {
    const outcome = checkGuard(stage, { review: plan.review, cycle, facts, config, now });
    return { stage, passes: outcome.passes, detail: outcome.passes ? outcome.note : outcome.missing };
  });
  const { from, to } = plan.workflow;
  const holding = guards.find((g) => g.stage === to);
  const reason =
    to === 'completed'
      ? 'every guard up to completed passes'
      : holding && !holding.passes
        ? `the ${to} guard holds: ${holding.detail}`
        : `stays at ${to}: a stage is only left by its guard, one run at a time`;
  return { from, stage: to, guards, reason, notes: [...plan.workflow.notes] };
}
