import type { Config } from '../config-schema.ts';
import { createShapeMemo, type ShapeMemo } from '../hash/canonical-json.ts';
import type { Shown } from './build-summary.ts';
import type { Sections } from './highlights.ts';
import { createIdentityMemo, type IdentityMemo } from './redact.ts';
import { createWordMemo, type WordMemo } from './words.ts';
import { createCalendarMemo, type CalendarMemo } from '../workflow/calendar-day.ts';

/** What the summary keeps for a run (part of the planner's RunContext). */
export interface SummaryMemos {
  /** The due days the progress section lists; the run shares it with the workflow. */
  calendar: CalendarMemo;
  words: WordMemo;
  identities: IdentityMemo;
  shapes: ShapeMemo;
  /** Sections a stage releases, by the config's visibility object and stage index. */
  visibility: WeakMap<Config['visibility'], Shown[]>;
  /** Highlight sections by framework. */
  sections: WeakMap<Config['framework'], Sections>;
}

export function createSummaryMemos(): SummaryMemos {
  const words = createWordMemo();
  return {
    calendar: createCalendarMemo(),
    words,
    identities: createIdentityMemo(words),
    shapes: createShapeMemo(),
    visibility: new WeakMap(),
    sections: new WeakMap(),
  };
}
