import type { Config } from '../config-schema.ts';
import type { Review } from '../domain.ts';
import type { RaterCounts } from './types.ts';
import type { ValidResponse } from '../validation/types.ts';
import type { ScoringMemos } from './memos.ts';
import { groupByRelationship, type PeerGroups } from './peer-subgroups.ts';

export interface RaterGroups {
  self: ValidResponse[];
  manager: ValidResponse[];
  peers: ValidResponse[];
  /** The peers by relationship, for subgroups; null while peers are hidden, as no subgroup is shown. */
  peerGroups: PeerGroups | null;
  raters: RaterCounts;
  peersVisible: boolean;
}

/** A response counts as an answer when it gives at least one numeric rating or one comment. */
export function answered(response: ValidResponse, codes: readonly string[]): boolean {
  for (const code of codes) if (typeof response.ratings[code] === 'number') return true;
  for (const key in response.comments) {
    if (Object.hasOwn(response.comments, key) && (response.comments[key] ?? '').trim() !== '') return true;
  }
  return false;
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
  run?: Pick<ScoringMemos, 'codeLists' | 'labels'>,
): RaterGroups {
  const codes = codesOf(config, run?.codeLists);
  const self: ValidResponse[] = [];
  const manager: ValidResponse[] = [];
  const peers: ValidResponse[] = [];
  for (const response of responses) {
    if (response.reviewPageId !== review.pageId || !answered(response, codes)) continue;
    if (response.role === 'self') self.push(response);
    else if (response.role === 'manager') manager.push(response);
    else if (response.role === 'peer') peers.push(response);
  }
  const ratedOnPage = codes.some((code) => pageManagerRating(review, code, config.scale) !== null);
  const raters: RaterCounts = {
    self: distinctRespondents(self),
    manager: Math.max(distinctRespondents(manager), ratedOnPage ? 1 : 0),
    peers: distinctRespondents(peers),
  };
  const peersVisible = raters.peers >= config.raters.minPeerResponses;
  const peerGroups = peersVisible ? groupByRelationship(peers, run?.labels) : null;
  return { self, manager, peers, peerGroups, raters, peersVisible };
}

// The framework's codes, listed once per config rather than for every review: the run keeps them.
export function codesOf(
  config: Config,
  codeLists: WeakMap<Config['framework'], readonly string[]> = new WeakMap(),
): readonly string[] {
  let codes = codeLists.get(config.framework);
  if (codes === undefined) {
    codes = config.framework.competencies.map((competency) => competency.code);
    codeLists.set(config.framework, codes);
  }
  return codes;
}
