import type { Config } from '../config-schema.ts';
import { STAGE_KEYS, type StageKey } from '../domain.ts';

// The order of stages and their human names. The order is fixed by the product; only calibration can
// drop out, when config switches it off.

/** The Notion option names from docs/design.md, used when config does not rename a stage. */
export const DEFAULT_STAGE_NAMES: Readonly<Record<StageKey, string>> = {
  notStarted: 'Not started',
  selfAssessment: 'Self-assessment',
  feedback: '360 feedback',
  managerEvaluation: 'Manager evaluation',
  calibration: 'Calibration',
  feedbackDelivery: 'Feedback delivery',
  completed: 'Completed',
};

/** The Notion option name for a stage, as configured: config's name for it, else the default. */
export function stageName(config: Pick<Config, 'stages'>, key: StageKey): string {
  return config.stages[key] ?? DEFAULT_STAGE_NAMES[key];
}

/** Reads a Notion option name back into a stage; matching ignores case and surrounding space. */
export function stageFromName(config: Pick<Config, 'stages'>, name: string): StageKey | null {
  const wanted = name.trim().toLowerCase();
  return STAGE_KEYS.find((key) => stageName(config, key).toLowerCase() === wanted) ?? null;
}

/** Position in the full stage order, 0 for notStarted. Used to tell forward from backward. */
export function stageIndex(stage: StageKey): number {
  return STAGE_KEYS.indexOf(stage);
}

/** The stages a review passes through under this config, in order. */
export function stageChain(config: Config): StageKey[] {
  return STAGE_KEYS.filter((stage) => stage !== 'calibration' || config.calibration.enabled);
}

/**
 * The stage after `stage`, or null after completed. Works for a stage that is not in the chain too (a page
 * sitting in calibration while calibration is off): it returns the first chain stage further on.
 */
export function nextStage(stage: StageKey, config: Config): StageKey | null {
  const at = stageIndex(stage);
  return stageChain(config).find((candidate) => stageIndex(candidate) > at) ?? null;
}
