import type { BandGroup, BandsByGroup, ChartForm } from './types.ts';

// The overview's band distribution per team or manager. A group with fewer scored reviews than the
// heatmap's minimum would point at one or two people, so it is never a series of its own: small groups
// are merged into one "Other" series, and when that series is still below the minimum, the smallest
// group that qualifies joins it, so that no series (nor the pie's total minus the named series) shows the
// bands of fewer people than the minimum. With fewer than two series left there is no chart: the pie
// already shows the one distribution.

/** One scored review: its team or manager, and its band. */
export interface GroupedBand {
  group: string;
  band: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function groupOf(name: string, members: readonly GroupedBand[], bands: readonly string[]): BandGroup {
  return {
    name,
    reviews: members.length,
    counts: bands.map((band) => members.filter((m) => m.band === band).length),
  };
}

export function bandsByGroup(input: {
  reviews: readonly GroupedBand[];
  bands: readonly string[];
  groupBy: 'manager' | 'team';
  minReviews: number;
  form: ChartForm;
}): BandsByGroup | null {
  const { reviews, bands, groupBy, minReviews, form } = input;
  const members = new Map<string, GroupedBand[]>();
  for (const review of reviews) {
    const list = members.get(review.group);
    if (list) list.push(review);
    else members.set(review.group, [review]);
  }
  const names = [...members.keys()].sort(byText);
  const size = (name: string) => members.get(name)?.length ?? 0;
  const named = names.filter((name) => size(name) >= minReviews);
  const other = names.filter((name) => size(name) < minReviews);
  const otherSize = () => other.reduce((n, name) => n + size(name), 0);
  if (other.length > 0 && otherSize() < minReviews && named.length > 0) {
    // The smallest qualifying group (by name among equals) lifts "Other" to the minimum.
    const smallest = [...named].sort((a, b) => size(a) - size(b) || byText(a, b))[0] as string;
    named.splice(named.indexOf(smallest), 1);
    other.push(smallest);
  }
  const groups = named.map((name) => groupOf(name, members.get(name) ?? [], bands));
  if (other.length > 0 && otherSize() >= minReviews) {
    const label = groupBy === 'team' ? 'Other teams' : 'Other managers';
    groups.push(
      groupOf(
        label,
        other.flatMap((name) => members.get(name) ?? []),
        bands,
      ),
    );
  }
  if (groups.length < 2) return null;
  return { form, groupBy, bands: [...bands], groups, minReviews, merged: other.length };
}
