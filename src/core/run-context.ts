import type { Config, CycleConfig } from './config-schema.ts';
import { createDayMemo, type DayMemo } from './day-memo.ts';
import type { IsoDate, Review } from './domain.ts';
import { createCalendarMemo, type CalendarMemo } from './workflow/calendar-day.ts';
import { createIdentityMemo, type IdentityMemo } from './summary/redact.ts';
import { createShapeMemo, type ShapeMemo } from './hash/canonical-json.ts';
import { createWordMemo, type WordMemo } from './summary/words.ts';
import type { CycleWindowMemo } from './validation/cycle-window.ts';
import type { ReviewIndex } from './validation/match-reviewee.ts';
import type { PageEmails } from './validation/check-respondent.ts';
import type { Relation } from './validation/validate-responses.ts';
import type { Sections } from './summary/highlights.ts';
import type { Shown } from './summary/build-summary.ts';
import type { Recipes } from './action-plan/recipes.ts';
import type { Weighted } from './scoring/numbers.ts';
import { labelCollator } from './scoring/peer-subgroups.ts';
import { refCollator } from './validation/text.ts';

/**
 * The indexes and memos one run builds from its config and what it read, made once per plan and passed
 * down to validation, scoring, the summary, the action plan and trends. Core keeps no module state:
 * two runs in one process (tests under isolate:false, a long-lived worker) share nothing, and a test
 * that wants a clean slate makes a new context. Every memo is bounded or keyed by an object of the run,
 * so dropping the context drops them all. Functions that take a memo build a fresh one when none is
 * given: the answer is the same, only slower, which suits a single call from a test or an adapter.
 */
export interface RunContext {
  /** Calendar days, first and last instants of days, by zone, day and extra days. */
  calendar: CalendarMemo;
  /** Action-plan due days after a start, by zone, start and days. */
  dueDates: DayMemo<IsoDate>;
  words: WordMemo;
  identities: IdentityMemo;
  shapes: ShapeMemo;
  /** Sections a stage releases, by the config's visibility object and stage index. */
  visibility: WeakMap<Config['visibility'], Shown[]>;
  /** Highlight sections by framework. */
  sections: WeakMap<Config['framework'], Sections>;
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
  sortedBands: WeakMap<Config['scoring']['bands'], Config['scoring']['bands']>;
  codeLists: WeakMap<Config['framework'], readonly string[]>;
  /** Sorts refs and sources ("row 9" before "row 10"): one collator for every comparison of the run. */
  refs: Intl.Collator;
  /** Sorts relationship labels. */
  labels: Intl.Collator;
  /** The scored codes of one review, in entries reused from review to review (weightedMean reads only the ones filled). */
  scored: Weighted[];
  recipes: WeakMap<Config['actionPlan'], WeakMap<Config['framework'], Recipes>>;
}

export function createRunContext(): RunContext {
  const words = createWordMemo();
  return {
    calendar: createCalendarMemo(),
    dueDates: createDayMemo(),
    words,
    identities: createIdentityMemo(words),
    shapes: createShapeMemo(),
    visibility: new WeakMap(),
    sections: new WeakMap(),
    relations: new WeakMap(),
    relationKeys: new Map(),
    cyclesByName: new WeakMap(),
    windows: { byCycle: new WeakMap(), last: null },
    ratingTexts: new WeakMap(),
    reviewIndexes: new WeakMap(),
    pageEmails: new WeakMap(),
    sortedBands: new WeakMap(),
    codeLists: new WeakMap(),
    scored: [],
    refs: refCollator(),
    labels: labelCollator(),
    recipes: new WeakMap(),
  };
}
