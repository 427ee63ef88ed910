import type { CompetencyConfig, Config } from '../config-schema.ts';
import { classifyScore, type CodeClass } from '../action-plan/classify.ts';
import type { CodeScore, ReviewScore } from '../types.ts';
import { codeLabel, formatScore, roundScore } from './format.ts';

export interface CodeLists {
  strengths: string[];
  growthAreas: string[];
  blindSpots: string[];
}

interface Scored {
  competency: CompetencyConfig;
  code: CodeScore;
  order: number;
}

/**
 * Strengths, growth areas and blind spots as labelled lines. They use the same thresholds as the
 * action plan, so a code listed as a growth area is exactly a code that drew growth entries.
 * Ties keep framework order so the lists never depend on the order of `score.codes`.
 */
export function buildCodeLists(score: ReviewScore, config: Config): CodeLists {
  const byCode = new Map<string, CodeScore>(score.codes.map((code) => [code.code, code]));
  const scored: Scored[] = config.framework.competencies.flatMap((competency, order) => {
    const code = byCode.get(competency.code);
    return code === undefined ? [] : [{ competency, code, order }];
  });
  const inClass = (wanted: CodeClass) =>
    scored.filter((item) => classifyScore(roundScore(item.code.score), config.actionPlan) === wanted);
  const value = (item: Scored) => roundScore(item.code.score) ?? 0;
  const scoreLine = (item: Scored) => `${codeLabel(item.competency)} — ${formatScore(item.code.score)}`;

  const strengths = inClass('strength')
    .sort((a, b) => value(b) - value(a) || a.order - b.order)
    .map(scoreLine);
  const growthAreas = inClass('growth')
    .sort((a, b) => value(a) - value(b) || a.order - b.order)
    .map(scoreLine);
  const magnitude = (item: Scored) => Math.abs(roundScore(item.code.gap) ?? 0);
  // Re-checked on the rounded gap the table shows, whatever the score says, so the list and the
  // table can never disagree.
  const threshold = roundScore(config.scoring.gapThreshold) ?? 0;
  const blindSpots = scored
    .filter((item) => item.code.gapKind !== null && magnitude(item) >= threshold && magnitude(item) > 0)
    .sort((a, b) => magnitude(b) - magnitude(a) || a.order - b.order)
    .map(gapLine);
  return { strengths, growthAreas, blindSpots };
}

// Blind spots and hidden strengths share one list; the label says which is which.
function gapLine(item: Scored): string {
  const label = codeLabel(item.competency);
  const gap = roundScore(item.code.gap);
  if (item.code.gapKind === 'blind-spot') {
    return gap === null
      ? `Blind spot: ${label} — self-rating above others`
      : `Blind spot: ${label} — self-rating ${Math.abs(gap).toFixed(2)} above others`;
  }
  return gap === null
    ? `Hidden strength: ${label} — self-rating below others`
    : `Hidden strength: ${label} — self-rating ${Math.abs(gap).toFixed(2)} below others`;
}
