import type { Config } from '../../config/schema.ts';
import { DEFAULT_STAGE_NAMES, stageName } from '../../config/stage-names.ts';
import { STAGE_KEYS, type StageKey } from '../types.ts';

// The order of stages and their human names. The order is fixed by the product; only calibration can
// drop out, when config switches it off.

/** The Notion option names from DESIGN.md, used when config does not rename a stage. */
export const DEFAULT_STAGE_LABELS = DEFAULT_STAGE_NAMES;

/** The name a person sees for a stage: config's name for it, else the default. */
export function stageLabel(stage: StageKey, config: Config): string {
  return stageName(config, stage);
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
