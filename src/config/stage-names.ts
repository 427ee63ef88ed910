import type { StageKey } from '../core/types.ts';
import type { Config } from './schema.ts';

export const DEFAULT_STAGE_NAMES: Readonly<Record<StageKey, string>> = {
  notStarted: 'Not started',
  selfAssessment: 'Self-assessment',
  feedback: '360 feedback',
  managerEvaluation: 'Manager evaluation',
  calibration: 'Calibration',
  feedbackDelivery: 'Feedback delivery',
  completed: 'Completed',
};

/** The Notion option name for a stage, as configured. */
export function stageName(config: Pick<Config, 'stages'>, key: StageKey): string {
  return config.stages[key] ?? DEFAULT_STAGE_NAMES[key];
}

/** Reads a Notion option name back into a stage; matching ignores case and surrounding space. */
export function stageFromName(config: Pick<Config, 'stages'>, name: string): StageKey | null {
  const wanted = name.trim().toLowerCase();
  const keys = Object.keys(DEFAULT_STAGE_NAMES) as StageKey[];
  return keys.find((key) => stageName(config, key).toLowerCase() === wanted) ?? null;
}
