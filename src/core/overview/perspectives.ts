import type { Config } from '../config-schema.ts';
import { PERSPECTIVES } from '../config-schema.ts';
import type { Review } from '../domain.ts';
import { approvedNominees } from '../nominations/nominees.ts';
import {
  missingPerspectives,
  perspectiveIndex,
  perspectiveLabel,
  perspectivesOf,
} from '../nominations/perspectives.ts';

// Perspective coverage across the cycle: for each perspective, how many reviews' approved nominations
// include it. Counts of reviews from who was asked, never of answers, so no small answer group is
// counted out loud and no nominee is named.

export interface PerspectiveCount {
  perspective: string;
  /** Reviews with approved nominations that include someone bringing this perspective. */
  reviews: number;
}

export interface PerspectiveCoverage {
  /** Reviews of the cycle whose nominations were read. */
  reviews: number;
  /** Of those, reviews whose nominations the manager approved. */
  approved: number;
  /** Of the approved ones, reviews whose nominations meet every wanted perspective. */
  complete: number;
  perspectives: PerspectiveCount[];
}

/** Null with nominations off, or when no review of the cycle carries nominations (a plan built without them). */
export function perspectiveCoverage(reviews: readonly Review[], config: Config): PerspectiveCoverage | null {
  if (config.raters.nominations === 'off') return null;
  const read = reviews.filter((r) => r.nominations !== undefined && r.nominations !== null);
  if (read.length === 0) return null;
  const index = perspectiveIndex(config);
  const approved = read.filter((r) => r.nominations?.approved === true);
  const counts = new Map<string, number>();
  let complete = 0;
  for (const review of approved) {
    const nominees = approvedNominees(review.nominations);
    for (const perspective of perspectivesOf(nominees, index))
      counts.set(perspective, (counts.get(perspective) ?? 0) + 1);
    if (missingPerspectives(config, nominees, index).length === 0) complete += 1;
  }
  return {
    reviews: read.length,
    approved: approved.length,
    complete,
    perspectives: PERSPECTIVES.map((p) => ({
      perspective: perspectiveLabel(p),
      reviews: counts.get(p) ?? 0,
    })),
  };
}
