import type { Config } from '../config-schema.ts';
import type { Weighted } from './numbers.ts';
import { labelCollator } from './peer-subgroups.ts';

/** What scoring keeps for a run (part of the planner's RunContext). */
export interface ScoringMemos {
  sortedBands: WeakMap<Config['scoring']['bands'], Config['scoring']['bands']>;
  codeLists: WeakMap<Config['framework'], readonly string[]>;
  /** Sorts relationship labels. */
  labels: Intl.Collator;
  /** The scored codes of one review, in entries reused from review to review (weightedMean reads only the ones filled). */
  scored: Weighted[];
}

export function createScoringMemos(): ScoringMemos {
  return { sortedBands: new WeakMap(), codeLists: new WeakMap(), labels: labelCollator(), scored: [] };
}
