import type { PerspectiveCoverage } from './perspectives.ts';
import type { StageKey } from '../domain.ts';
import type { RejectionReason } from '../validation/types.ts';
import type { BandsByGroup } from '../charts/types.ts';

// The cycle overview as a plain value: what the tool-owned overview page shows, with no Notion blocks
// in it. It holds reviewees' and managers' names (the page is for the people who run the cycle) but
// never a respondent's identity: peers appear only as counts inside heatmap cells.

export interface FunnelStep {
  stage: StageKey;
  label: string;
  count: number;
  overdue: number;
}

export interface BandCount {
  band: string;
  count: number;
}

/** Text colour of a heatmap cell: strong at or above `strengthAtLeast`, growth below `growthBelow`. */
export type CellTone = 'strong' | 'neutral' | 'growth';

export interface HeatmapCell {
  mean: number;
  /** Ratings behind the mean: self, manager and visible peers who rated the code, over the reviews. */
  raters: number;
  reviews: number;
  tone: CellTone;
}

export interface HeatmapRow {
  code: string;
  name: string;
  /** One per column; null is a blank cell (fewer reviews than the threshold, or none scored). */
  cells: (HeatmapCell | null)[];
}

export interface Heatmap {
  groupBy: 'manager' | 'team';
  columns: string[];
  rows: HeatmapRow[];
  minReviews: number;
}

export interface CalibrationReview {
  reviewee: string;
  manager: string | null;
  computed: string;
  final: string | null;
  /** A person set a final band that is not the computed one. */
  differs: boolean;
}

export type RaterFlag = 'lenient' | 'severe';

export interface ManagerCalibration {
  manager: string;
  /** Mean of the ratings this manager gave, over their reviewees' codes. */
  mean: number | null;
  ratings: number;
  difference: number | null;
  flag: RaterFlag | null;
}

export interface GapCount {
  code: string;
  name: string;
  blindSpots: number;
  hiddenStrengths: number;
}

export interface RejectionCount {
  reason: RejectionReason;
  count: number;
}

export interface OverviewModel {
  cycle: string;
  reviews: number;
  funnel: FunnelStep[];
  /** Reviews whose scores are shown (from `visibility.scores`, named in `scoresFrom`, on). */
  scored: number;
  scoresFrom: string;
  /** Reviews whose blind spots are shown (from `visibility.blindSpots`, named in `blindSpotsFrom`, on). */
  gapsCounted: number;
  blindSpotsFrom: string;
  bands: BandCount[];
  /**
   * The same bands per team or manager, beside the pie; groups below the heatmap's minimum are merged
   * (see `bandsByGroup`). Absent with `summary.charts: off` or when fewer than two series are left.
   */
  bandsByGroup?: BandsByGroup;
  heatmap: Heatmap;
  calibration: {
    reviews: CalibrationReview[];
    managers: ManagerCalibration[];
    /** Mean of every manager rating in the cycle. */
    teamMean: number | null;
    margin: number;
  };
  gaps: GapCount[];
  rejections: RejectionCount[];
  /** With nominations on: the perspectives the approved nominations cover (see perspectives.ts). */
  perspectives?: PerspectiveCoverage;
}
