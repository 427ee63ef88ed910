import type { Config } from '../config-schema.ts';
import { DUE_STAGES } from '../domain.ts';
import type { ReviewScore } from '../scoring/types.ts';
import type { SummaryProgress } from './types.ts';
import { dueDateFor } from '../workflow/due-dates.ts';
import { stageName } from '../workflow/stages.ts';
import type { SummaryInput } from './build-summary.ts';
import { codeLabel } from './format.ts';
import { buildNominationProgress } from './nomination-progress.ts';
import { keptList } from '../kept-list.ts';

function plural(n: number, word: string): string {
  return `${n} more ${word}${n === 1 ? '' : 's'}`;
}

function codeNames(codes: readonly string[], config: Config): string {
  return codes
    .map((code) => config.framework.competencies.find((c) => c.code === code))
    .flatMap((competency) => (competency ? [codeLabel(competency)] : []))
    .join(', ');
}

/**
 * The progress section, written at every stage: who has answered how many, what is still owed and
 * when it is due. Counts, codes and dates only, so it reveals no one's answer at any stage.
 */
export function buildProgress(input: SummaryInput): SummaryProgress {
  const { review, cycle, stage, score, config } = input;
  const { raters } = score;
  const needed = config.raters.minPeerResponses;
  const missing: string[] = [];
  if (raters.self === 0) missing.push('self-assessment');
  if (raters.peers < needed) missing.push(plural(needed - raters.peers, 'peer response'));
  if (score.awaitingManager.length > 0)
    missing.push(`manager ratings for ${score.awaitingManager.join(', ')}`);
  const due = DUE_STAGES.flatMap((dueStage) => {
    if (dueStage === 'calibration' && !config.calibration.enabled) return [];
    const day = dueDateFor(review, cycle, dueStage, config, input.run?.calendar);
    return day === null ? [] : [{ stage: stageName(config, dueStage), due: day }];
  });
  const nominations = buildNominationProgress(review, input.responses, config);
  return {
    stage: stageName(config, stage),
    answered: { ...raters },
    peersNeeded: needed,
    missing: keptList(missing),
    due: keptList(due),
    // Absent, not null, with nominations off: the model and its hash stay what they were.
    ...(nominations === null ? {} : { nominations }),
  };
}

/**
 * While the manager has not rated every required code the result can still move, and the summary
 * says so in plain words, with what is missing. Null once the manager's part is complete.
 */
export function provisionalNotes(score: ReviewScore, config: Config): string[] | null {
  if (score.awaitingManager.length === 0) return null;
  const notes = [`the manager has not yet rated ${codeNames(score.awaitingManager, config)}`];
  const awaiting = score.codes.filter((code) => code.awaitingOthers).map((code) => code.code);
  if (awaiting.length > 0) notes.push(`${codeNames(awaiting, config)} rated by the reviewee only`);
  if (!score.peersVisible)
    notes.push(
      `${plural(config.raters.minPeerResponses - score.raters.peers, 'peer response')} before peer results count`,
    );
  return notes;
}
