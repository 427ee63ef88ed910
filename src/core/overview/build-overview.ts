import type { Config } from '../config-schema.ts';
import { round2OrNull } from '../numbers/round.ts';
import { hasOthersEvidence } from '../trends/code-scores.ts';
import { STAGE_KEYS } from '../domain.ts';
import type { Review, StageKey } from '../domain.ts';
import type { ReviewScore } from '../scoring/types.ts';
import type { Rejection } from '../validation/types.ts';
import { bandsByGroup } from '../charts/bands-by-group.ts';
import type { BandsByGroup } from '../charts/types.ts';
import type { WorkflowResult } from '../workflow/types.ts';
import { perspectiveCoverage } from './perspectives.ts';
import type {
  BandCount,
  CalibrationReview,
  CellTone,
  GapCount,
  Heatmap,
  ManagerCalibration,
  OverviewModel,
  RejectionCount,
} from './types.ts';

/** One review as this run leaves it. */
export interface OverviewReview {
  review: Review;
  score: ReviewScore;
  workflow: Pick<WorkflowResult, 'to' | 'overdue'>;
}

export interface OverviewInput {
  cycle: string;
  reviews: readonly OverviewReview[];
  rejected: readonly Rejection[];
  config: Config;
  stageLabel: (stage: StageKey) => string;
}

const NO_MANAGER = 'No manager';
const NO_TEAM = 'No team';

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : round2OrNull(values.reduce((a, b) => a + b, 0) / values.length);

// A review counts in a part of the overview only once its own page shows that section (`visibility`):
// the overview must not reveal, even as one slice of a chart, what the review's page does not yet hold.
function released(stage: StageKey, from: StageKey): boolean {
  return STAGE_KEYS.indexOf(stage) >= STAGE_KEYS.indexOf(from);
}

// Never the email: a manager is a respondent too, and emails stay out of Notion.
const managerName = (r: Review): string =>
  r.manager ? (r.manager.name ?? `Manager ${(r.manager.id ?? '').slice(0, 8)}`.trim()) : NO_MANAGER;
const revieweeName = (r: Review): string => r.reviewee.name ?? r.title;

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function bands(scored: readonly OverviewReview[], config: Config): BandCount[] {
  const counts = countBy(scored, (r) => r.score.band);
  // Highest band first, as configured; the insufficient band last; unknown names after that.
  const order = [...config.scoring.bands]
    .sort((a, b) => b.min - a.min)
    .map((b) => b.name)
    .concat(config.scoring.insufficientBand);
  const known = order.filter((name) => counts.has(name));
  const other = [...counts.keys()].filter((name) => !order.includes(name)).sort(byText);
  return [...known, ...other].map((band) => ({ band, count: counts.get(band) ?? 0 }));
}

/**
 * The band distribution per heatmap column (team or manager), with the heatmap's minimum per group. A
 * team grouping where no review has a team falls back to managers, which says more than one "No team".
 */
function bandsPerGroup(
  scored: readonly OverviewReview[],
  config: Config,
  bandList: readonly BandCount[],
): BandsByGroup | null {
  const form = config.summary.charts;
  if (form === 'off') return null;
  const groupBy =
    config.overview.groupBy === 'team' && scored.some((r) => r.review.team) ? 'team' : 'manager';
  return bandsByGroup({
    reviews: scored.map((r) => ({
      group: groupBy === 'team' ? (r.review.team ?? NO_TEAM) : managerName(r.review),
      band: r.score.band,
    })),
    bands: bandList.map((b) => b.band),
    groupBy,
    minReviews: config.overview.minReviewsPerCell ?? config.raters.minPeerResponses,
    form,
  });
}

function tone(value: number, config: Config): CellTone {
  if (value < config.actionPlan.growthBelow) return 'growth';
  if (value >= config.actionPlan.strengthAtLeast) return 'strong';
  return 'neutral';
}

function heatmap(scored: readonly OverviewReview[], config: Config): Heatmap {
  const groupBy = config.overview.groupBy;
  const column = (r: Review) => (groupBy === 'team' ? (r.team ?? NO_TEAM) : managerName(r));
  const columns = [...new Set(scored.map((r) => column(r.review)))].sort(byText);
  const minReviews = config.overview.minReviewsPerCell ?? config.raters.minPeerResponses;
  const rows = config.framework.competencies.map((competency) => ({
    code: competency.code,
    name: competency.name,
    cells: columns.map((col) => {
      const codes = scored
        .filter((r) => column(r.review) === col)
        .flatMap((r) => r.score.codes.filter((c) => c.code === competency.code))
        .filter((c) => c.score !== null && hasOthersEvidence(c));
      // Below the threshold a cell would point at one or two people: blank, not even a count.
      if (codes.length < minReviews) return null;
      const value = mean(codes.map((c) => c.score ?? 0)) ?? 0;
      const raters = codes.reduce(
        (n, c) => n + (c.self !== null ? 1 : 0) + (c.manager !== null ? 1 : 0) + c.peerCount,
        0,
      );
      return { mean: value, raters, reviews: codes.length, tone: tone(value, config) };
    }),
  }));
  return { groupBy, columns, rows, minReviews };
}

function calibration(scored: readonly OverviewReview[], config: Config): OverviewModel['calibration'] {
  const margin = config.overview.calibrationMargin;
  const reviews: CalibrationReview[] = scored
    .map((r) => {
      const final = r.review.finalBand ?? null;
      return {
        reviewee: revieweeName(r.review),
        manager: r.review.manager ? managerName(r.review) : null,
        computed: r.score.band,
        final,
        differs: final !== null && final !== r.score.band,
      };
    })
    .sort((a, b) => byText(a.reviewee, b.reviewee));
  const ratingsOf = (list: readonly OverviewReview[]) =>
    list.flatMap((r) => r.score.codes.flatMap((c) => (c.manager === null ? [] : [c.manager])));
  const all = ratingsOf(scored);
  const teamMean = mean(all);
  const names = [...new Set(scored.filter((r) => r.review.manager).map((r) => managerName(r.review)))];
  const managers: ManagerCalibration[] = names.sort(byText).map((manager) => {
    const ratings = ratingsOf(scored.filter((r) => r.review.manager && managerName(r.review) === manager));
    const own = mean(ratings);
    const difference = own === null || teamMean === null ? null : round2OrNull(own - teamMean);
    // Compared on the rounded values shown, like every other judgement on a page.
    const flag =
      difference === null || Math.abs(difference) <= margin ? null : difference > 0 ? 'lenient' : 'severe';
    return { manager, mean: own, ratings: ratings.length, difference, flag };
  });
  return { reviews, managers, teamMean, margin };
}

function gaps(scored: readonly OverviewReview[], config: Config): GapCount[] {
  return config.framework.competencies.map((competency) => {
    const codes = scored.flatMap((r) => r.score.codes.filter((c) => c.code === competency.code));
    return {
      code: competency.code,
      name: competency.name,
      blindSpots: codes.filter((c) => c.gapKind === 'blind-spot').length,
      hiddenStrengths: codes.filter((c) => c.gapKind === 'hidden-strength').length,
    };
  });
}

function rejections(rejected: readonly Rejection[]): RejectionCount[] {
  const counts = countBy(rejected, (r) => r.reason);
  return [...counts.keys()]
    .sort(byText)
    .map((reason) => ({ reason: reason as Rejection['reason'], count: counts.get(reason) ?? 0 }));
}

/** Pure: the same reviews, rejections and config always give the same model, in any input order. */
export function buildOverview(input: OverviewInput): OverviewModel {
  const { config } = input;
  const inCycle = input.reviews.filter((r) => r.review.cycle === input.cycle);
  const funnel = STAGE_KEYS.filter((s) => s !== 'calibration' || config.calibration.enabled).map((stage) => ({
    stage,
    label: input.stageLabel(stage),
    count: inCycle.filter((r) => r.workflow.to === stage).length,
    overdue: inCycle.filter((r) => r.workflow.to === stage && r.workflow.overdue !== null).length,
  }));
  const { visibility } = config;
  const scored = inCycle.filter((r) => released(r.workflow.to, visibility.scores));
  const withGaps = inCycle.filter((r) => released(r.workflow.to, visibility.blindSpots));
  const bandList = bands(scored, config);
  const perGroup = bandsPerGroup(scored, config, bandList);
  const coverage = perspectiveCoverage(
    inCycle.map((r) => r.review),
    config,
  );
  return {
    cycle: input.cycle,
    reviews: inCycle.length,
    funnel,
    scored: scored.length,
    scoresFrom: input.stageLabel(visibility.scores),
    gapsCounted: withGaps.length,
    blindSpotsFrom: input.stageLabel(visibility.blindSpots),
    bands: bandList,
    ...(perGroup === null ? {} : { bandsByGroup: perGroup }),
    heatmap: heatmap(scored, config),
    calibration: calibration(scored, config),
    gaps: gaps(withGaps, config),
    rejections: rejections(input.rejected),
    // Absent, not null, with nominations off: the model and its hash stay what they were.
    ...(coverage === null ? {} : { perspectives: coverage }),
  };
}
