import type { Explanation } from './explain-types.ts';

const num = (value: number | null) => (value === null ? '–' : String(value));
const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => `${key} ${n}`)
    .join(', ') || 'none';

/** The text `review-sync explain` prints: one heading per section, a line per number. */
export function renderExplanation(e: Explanation): string[] {
  const lines = [`Review ${e.review.pageId} (${e.review.cycle}), stage ${e.review.stage}`];
  if (e.review.frozen) {
    lines.push(
      '  completed and frozen: the page keeps what was delivered; below is worked out from today’s data',
    );
  }
  const { used, excluded } = e.responses;
  lines.push('', 'Responses');
  lines.push(`  used ${used.total}: by relationship ${counts(used.byRelationship)}`);
  lines.push(`  excluded ${excluded.total}: by reason ${counts(excluded.byReason)}`);
  if (e.codes) {
    lines.push('', 'Codes');
    for (const c of e.codes) {
      const peers = c.peers
        ? `peers ${num(c.peers.mean)} (n=${c.peers.n})`
        : `peers hidden below the anonymity threshold (${e.minPeerResponses})`;
      lines.push(
        `  ${c.code} (weight ${c.weight}): self ${num(c.self)}, ${peers}, manager ${num(c.manager)} → score ${num(c.score)} rounds to ${num(c.rounded)}, shown as ${c.shown}`,
      );
    }
  }
  if (e.overall) {
    const o = e.overall;
    lines.push('', 'Overall');
    lines.push(`  weights: self ${o.weights.self}, peer ${o.weights.peer}, manager ${o.weights.manager}`);
    lines.push(`  score ${num(o.score)} rounds to ${num(o.rounded)}`);
    lines.push(`  coverage ${o.coverage.toFixed(2)} against minCoverage ${o.minCoverage}`);
    lines.push(`  bands: ${o.bands.map((b) => `${b.name} ≥ ${b.min}`).join(', ')}`);
    lines.push(`  band ${o.band}: ${o.reason}`);
  }
  if (e.lists) {
    lines.push('', 'Strengths, growth areas and blind spots');
    for (const [label, list] of [
      ['strength', e.lists.strengths],
      ['growth area', e.lists.growthAreas],
      ['blind spot', e.lists.blindSpots],
    ] as const) {
      if (list.length === 0) lines.push(`  no ${label}`);
      for (const item of list) lines.push(`  ${label} ${item.code}: ${item.reason}`);
    }
  }
  if (e.actionPlan) {
    lines.push('', `Action plan (maxItems ${e.actionPlan.maxItems})`);
    for (const a of e.actionPlan.entries) lines.push(`  ${a.kind} "${a.title}": ${a.reason}`);
    for (const a of e.actionPlan.cut) lines.push(`  cut by maxItems: ${a.kind} "${a.title}": ${a.reason}`);
  }
  lines.push('', 'Stage');
  for (const g of e.stage.guards) {
    lines.push(`  guard ${g.stage}: ${g.passes ? 'passes' : 'holds'}${g.detail ? ` (${g.detail})` : ''}`);
  }
  lines.push(`  ${e.stage.from} → ${e.stage.stage}: ${e.stage.reason}`);
  lines.push('', 'Visibility');
  if (e.hidden.length === 0) lines.push('  nothing hidden at this stage');
  for (const h of e.hidden) {
    lines.push(
      `  ${h.section} hidden at ${e.review.stage}, shown from ${h.from}${e.allStages ? ' (shown above: --all-stages)' : ''}`,
    );
  }
  return lines;
}
