import type { Config, CycleConfig } from '../config-schema.ts';
import type { Review } from '../domain.ts';
import type { PageEmails } from './check-respondent.ts';
import type { CycleWindowMemo } from './cycle-window.ts';
import type { ReviewIndex } from './match-reviewee.ts';
import { refCollator } from './text.ts';
import type { Relation } from './validate-responses.ts';

/** What validation keeps for a run (part of the planner's RunContext): each is read once per config or list. */
export interface ValidationMemos {
  /** Relationship labels normalised once per config, and each spelling a form sends. */
  relations: WeakMap<Config['raters'], Map<string, Relation>>;
  relationKeys: Map<string, string>;
  cyclesByName: WeakMap<Config['cycles'], Map<string, CycleConfig>>;
  windows: CycleWindowMemo;
  /** Rating texts read once per scale. */
  ratingTexts: WeakMap<Config['scale'], Map<string, number | null>>;
  /** Reviewee lookups per list of reviews, so matching a response is a lookup, not a scan. */
  reviewIndexes: WeakMap<readonly Review[], ReviewIndex>;
  pageEmails: WeakMap<Review, PageEmails>;
  /** Sorts refs and sources ("row 9" before "row 10"): one collator for every comparison of the run. */
  refs: Intl.Collator;
}

export function createValidationMemos(): ValidationMemos {
  return {
    relations: new WeakMap(),
    relationKeys: new Map(),
    cyclesByName: new WeakMap(),
    windows: { byCycle: new WeakMap(), last: null },
    ratingTexts: new WeakMap(),
    reviewIndexes: new WeakMap(),
    pageEmails: new WeakMap(),
    refs: refCollator(),
  };
}
