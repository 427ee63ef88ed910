import type { CompetencyConfig, Config } from '../config-schema.ts';
import { classifyScore } from '../action-plan/classify.ts';
import type { CodeScore, ReviewScore } from '../scoring/types.ts';
import { round2OrNull } from '../numbers/round.ts';
import { codeLabel, formatScore } from './format.ts';
import { codeAt } from '../scoring/code-at.ts';

export interface CodeLists {
  strengths: string[];
  growthAreas: string[];
  blindSpots: string[];
}

interface Scored {
  competency: CompetencyConfig;
  code: CodeScore;
  order: number;
  /** The rounded score the lists are sorted by. */
  value: number;
}

/**
 * Strengths, growth areas and blind spots as labelled lines. They use the same thresholds as the
 * action plan, so a code listed as a growth area is exactly a code that drew growth entries.
 * Ties keep framework order so the lists never depend on the order of `score.codes`.
 */
export function buildCodeLists(score: ReviewScore, config: Config): CodeLists {
  const competencies = config.framework.competencies;
  const threshold = round2OrNull(config.scoring.gapThreshold) ?? 0;
  const strengths: Scored[] = [];
  const growth: Scored[] = [];
  const gaps: Scored[] = [];
  for (let order = 0; order < competencies.length; order++) {
    const competency = competencies[order] as CompetencyConfig;
    const code = codeAt(score.codes, competency.code);
    if (code === undefined) continue;
    const item: Scored = { competency, code, order, value: round2OrNull(code.score) ?? 0 };
    const codeClass = classifyScore(round2OrNull(code.score), config.actionPlan);
    if (codeClass === 'strength') strengths.push(item);
    else if (codeClass === 'growth') growth.push(item);
    // Re-checked on the rounded gap the table shows, whatever the score says, so the list and the
    // table can never disagree.
    const size = magnitude(item);
    if (code.gapKind !== null && size >= threshold && size > 0) gaps.push(item);
  }
  return {
    strengths: strengths.sort((a, b) => b.value - a.value || a.order - b.order).map(scoreLine),
    growthAreas: growth.sort((a, b) => a.value - b.value || a.order - b.order).map(scoreLine),
    blindSpots: gaps.sort((a, b) => magnitude(b) - magnitude(a) || a.order - b.order).map(gapLine),
  };
}

function magnitude(item: Scored): number {
  return Math.abs(round2OrNull(item.code.gap) ?? 0);
}

function scoreLine(item: Scored): string {
  return `${codeLabel(item.competency)} — ${formatScore(item.code.score)}`;
}

// Blind spots and hidden strengths share one list; the label says which is which.
function gapLine(item: Scored): string {
  const label = codeLabel(item.competency);
  const gap = round2OrNull(item.code.gap);
  if (item.code.gapKind === 'blind-spot') {
    return gap === null
      ? `Blind spot: ${label} — self-rating above others`
      : `Blind spot: ${label} — self-rating ${Math.abs(gap).toFixed(2)} above others`;
  }
  return gap === null
    ? `Hidden strength: ${label} — self-rating below others`
    : `Hidden strength: ${label} — self-rating ${Math.abs(gap).toFixed(2)} below others`;
}
