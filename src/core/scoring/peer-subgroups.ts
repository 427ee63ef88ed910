import type { Config } from '../config-schema.ts';
import type { PeerSubgroup } from './types.ts';
import type { ValidResponse } from '../validation/types.ts';
import { countRatings, meanRating, meanRatingAcross } from './code-ratings.ts';
import { round2OrNull } from '../numbers/round.ts';

export const OTHER_PEERS = 'Other peers';

/**
 * How relationship labels sort. One collator serves a whole run (RunContext.labels): `localeCompare`
 * with a locale builds a new one on every call.
 */
export function labelCollator(): Intl.Collator {
  return new Intl.Collator('en');
}

/** The peers who answered under one relationship, in response order. */
export interface RelationshipGroup {
  label: string;
  responses: ValidResponse[];
}

/**
 * A review's peers split by relationship once, for all its codes, in label order. `tied` is set when two
 * different labels sort alike: then the order between them is the order they first rated each code in,
 * which can differ from code to code.
 */
export interface PeerGroups {
  peers: readonly ValidResponse[];
  groups: RelationshipGroup[];
  tied: boolean;
  /** The collator the groups were sorted with, for sorting their subgroups alike. */
  labels: Intl.Collator;
}

export function groupByRelationship(
  peers: readonly ValidResponse[],
  labels: Intl.Collator = labelCollator(),
): PeerGroups {
  const groups: RelationshipGroup[] = [];
  // A handful of relationships: a scan of the groups so far beats a map.
  for (const response of peers) {
    let group: RelationshipGroup | undefined;
    for (const candidate of groups) if (candidate.label === response.relationship) group = candidate;
    if (group) group.responses.push(response);
    else groups.push({ label: response.relationship, responses: [response] });
  }
  if (groups.length > 1) groups.sort((a, b) => labels.compare(a.label, b.label));
  let tied = false;
  for (let i = 1; i < groups.length; i++) {
    if (
      labels.compare((groups[i - 1] as RelationshipGroup).label, (groups[i] as RelationshipGroup).label) === 0
    )
      tied = true;
  }
  return { peers, groups, tied, labels };
}

interface CodeGroup {
  group: RelationshipGroup;
  /** Ratings of the code in this group. */
  n: number;
}

// The groups that rated `code`, in label order; labels that sort alike keep the order they first rated it in.
function groupsRating(peerGroups: PeerGroups, code: string): CodeGroup[] {
  const rated: CodeGroup[] = [];
  if (!peerGroups.tied) {
    for (const group of peerGroups.groups) {
      const n = countRatings(group.responses, code);
      if (n > 0) rated.push({ group, n });
    }
    return rated;
  }
  for (const response of peerGroups.peers) {
    if (typeof response.ratings[code] !== 'number') continue;
    if (rated.some(({ group }) => group.label === response.relationship)) continue;
    const group = peerGroups.groups.find((g) => g.label === response.relationship);
    if (group) rated.push({ group, n: countRatings(group.responses, code) });
  }
  // Stable: the first-rated order stays between labels the collator cannot tell apart.
  return rated.sort((a, b) => peerGroups.labels.compare(a.group.label, b.group.label));
}

function smallestFirst(a: CodeGroup, b: CodeGroup, labels: Intl.Collator): number {
  return a.n - b.n || labels.compare(b.group.label, a.group.label);
}

/**
 * Peer ratings of one code, split by relationship. A relationship with fewer raters than the anonymity
 * threshold would expose its members, so it is merged into "Other peers" or left out, as configured.
 * Leaving a few raters out is not enough on its own: the overall peer mean minus the shown subgroups
 * would give their answers away. So while the left-over raters are fewer than the threshold, the
 * smallest shown subgroup joins them; "Other peers" is shown (in merge mode) only once it is big enough.
 */
export function peerSubgroups(
  peerGroups: PeerGroups,
  code: string,
  raters: Config['raters'],
): PeerSubgroup[] {
  const min = raters.minPeerResponses;
  const shown: CodeGroup[] = [];
  // Left-over ratings are averaged in the order they were left over, as one list would have them.
  const leftOver: ValidResponse[][] = [];
  let leftOverCount = 0;
  for (const rated of groupsRating(peerGroups, code)) {
    if (rated.n >= min) {
      shown.push(rated);
    } else {
      leftOver.push(rated.group.responses);
      leftOverCount += rated.n;
    }
  }
  while (leftOverCount > 0 && leftOverCount < min && shown.length > 0) {
    let smallest = 0;
    for (let i = 1; i < shown.length; i++) {
      if (smallestFirst(shown[i] as CodeGroup, shown[smallest] as CodeGroup, peerGroups.labels) < 0)
        smallest = i;
    }
    const [joining] = shown.splice(smallest, 1);
    if (!joining) break;
    leftOver.push(joining.group.responses);
    leftOverCount += joining.n;
  }
  const subgroups: PeerSubgroup[] = shown.map(({ group, n }) => ({
    label: group.label,
    mean: round2OrNull(meanRating(group.responses, code)),
    n,
  }));
  if (raters.smallPeerGroups === 'merge' && leftOverCount >= min) {
    // `concat`, not `push`: the list is kept with the plan, once per code of every review, and an
    // array grown by push keeps room for 16 more.
    return subgroups.concat({
      label: OTHER_PEERS,
      mean: round2OrNull(meanRatingAcross(leftOver, code)),
      n: leftOverCount,
    });
  }
  return subgroups;
}
