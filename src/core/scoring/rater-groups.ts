import type { Config } from '../config-schema.ts';
import type { RaterCounts, Review, ValidResponse } from '../types.ts';

/** One peer's numeric rating of one code, with the relationship that decides their subgroup. */
export interface PeerRating {
  relationship: string;
  value: number;
}

export interface RaterGroups {
  self: ValidResponse[];
  manager: ValidResponse[];
  peers: ValidResponse[];
  raters: RaterCounts;
  peersVisible: boolean;
}

/** A response counts as an answer when it gives at least one numeric rating or one comment. */
export function answered(response: ValidResponse, codes: readonly string[]): boolean {
  const rated = codes.some((code) => typeof response.ratings[code] === 'number');
  const commented = Object.values(response.comments).some((text) => text.trim() !== '');
  return rated || commented;
}

function distinctRespondents(responses: readonly ValidResponse[]): number {
  return new Set(responses.map((response) => response.respondentKey)).size;
}

/** Page ratings are typed by hand into number properties, so only whole-scale values are trusted. */
export function pageManagerRating(review: Review, code: string, scale: Config['scale']): number | null {
  const value = review.managerRatings[code];
  if (value === undefined || !Number.isFinite(value) || value < scale.min || value > scale.max) return null;
  return value;
}

/**
 * Splits a review's responses by role and counts who answered. The manager is one person whether they
 * rated in the form, on the page, or both. The peer count is the real count even when peers are hidden:
 * the page shows "Peer responses", and a count alone reveals no one's answer.
 */
export function groupRaters(
  review: Review,
  responses: readonly ValidResponse[],
  config: Config,
): RaterGroups {
  const codes = config.framework.competencies.map((competency) => competency.code);
  const mine = responses.filter(
    (response) => response.reviewPageId === review.pageId && answered(response, codes),
  );
  const self = mine.filter((response) => response.role === 'self');
  const manager = mine.filter((response) => response.role === 'manager');
  const peers = mine.filter((response) => response.role === 'peer');
  const ratedOnPage = codes.some((code) => pageManagerRating(review, code, config.scale) !== null);
  const raters: RaterCounts = {
    self: distinctRespondents(self),
    manager: Math.max(distinctRespondents(manager), ratedOnPage ? 1 : 0),
    peers: distinctRespondents(peers),
  };
  return { self, manager, peers, raters, peersVisible: raters.peers >= config.raters.minPeerResponses };
}

export function numericRatings(responses: readonly ValidResponse[], code: string): number[] {
  return responses.map((response) => response.ratings[code]).filter((value) => typeof value === 'number');
}

export function peerRatings(peers: readonly ValidResponse[], code: string): PeerRating[] {
  return peers.flatMap((response) => {
    const value = response.ratings[code];
    return typeof value === 'number' ? [{ relationship: response.relationship, value }] : [];
  });
}
