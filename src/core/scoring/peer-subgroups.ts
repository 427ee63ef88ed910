import type { Config } from '../config-schema.ts';
import type { PeerSubgroup } from '../types.ts';
import { mean, round2OrNull } from './numbers.ts';
import type { PeerRating } from './rater-groups.ts';

export const OTHER_PEERS = 'Other peers';

// One collator, built once: `localeCompare` with a locale builds a new one on every call.
const LABELS = new Intl.Collator('en');

interface Group {
  label: string;
  values: number[];
}

function groupByRelationship(ratings: readonly PeerRating[]): Group[] {
  const groups: Group[] = [];
  // A handful of relationships: a scan of the groups so far beats a map built per code.
  for (const { relationship, value } of ratings) {
    const group = groups.find((g) => g.label === relationship);
    if (group) group.values.push(value);
    else groups.push({ label: relationship, values: [value] });
  }
  return groups.length > 1 ? groups.sort((a, b) => LABELS.compare(a.label, b.label)) : groups;
}

function smallestFirst(a: Group, b: Group): number {
  return a.values.length - b.values.length || LABELS.compare(b.label, a.label);
}

/**
 * Peer ratings of one code, split by relationship. A relationship with fewer raters than the anonymity
 * threshold would expose its members, so it is merged into "Other peers" or left out, as configured.
 * Leaving a few raters out is not enough on its own: the overall peer mean minus the shown subgroups
 * would give their answers away. So while the left-over raters are fewer than the threshold, the
 * smallest shown subgroup joins them; "Other peers" is shown (in merge mode) only once it is big enough.
 */
export function peerSubgroups(ratings: readonly PeerRating[], raters: Config['raters']): PeerSubgroup[] {
  const min = raters.minPeerResponses;
  const groups = groupByRelationship(ratings);
  const shown: Group[] = [];
  const leftOver: number[] = [];
  for (const group of groups) {
    if (group.values.length >= min) shown.push(group);
    else leftOver.push(...group.values);
  }
  while (leftOver.length > 0 && leftOver.length < min && shown.length > 0) {
    const smallest = [...shown].sort(smallestFirst)[0];
    if (!smallest) break;
    shown.splice(shown.indexOf(smallest), 1);
    leftOver.push(...smallest.values);
  }
  const subgroups: PeerSubgroup[] = shown.map(({ label, values }) => ({
    label,
    mean: round2OrNull(mean(values)),
    n: values.length,
  }));
  if (raters.smallPeerGroups === 'merge' && leftOver.length >= min) {
    subgroups.push({ label: OTHER_PEERS, mean: round2OrNull(mean(leftOver)), n: leftOver.length });
  }
  return subgroups;
}
