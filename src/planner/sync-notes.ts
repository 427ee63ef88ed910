import { stageFromName, stageName } from '../core/workflow/stages.ts';
import type { Config } from '../core/config-schema.ts';
import type { IsoDate, StageKey } from '../core/domain.ts';

// Sync notes is tool-owned, so it doubles as the durable record of which reminders were posted.
// A stateless run reads it back with the page query it makes anyway: no extra request per page.
const REMINDER_LINE = /^Reminder posted: (.+) \(due (\d{4}-\d{2}-\d{2})\)$/;

export interface ReminderRecord {
  stage: StageKey;
  due: IsoDate;
  line: string;
}

export function parseReminders(syncNotes: string, config: Pick<Config, 'stages'>): ReminderRecord[] {
  const records: ReminderRecord[] = [];
  for (const line of syncNotes.split('\n')) {
    const match = REMINDER_LINE.exec(line.trim());
    const stage = match?.[1] === undefined ? null : stageFromName(config, match[1]);
    if (match && stage) records.push({ stage, due: match[2] ?? '', line: line.trim() });
  }
  return records;
}

export function reminderLine(stage: StageKey, due: IsoDate, config: Pick<Config, 'stages'>): string {
  return `Reminder posted: ${stageName(config, stage)} (due ${due})`;
}

/** Notes first (what needs a person's attention now), then the reminder history. */
export function composeSyncNotes(notes: readonly string[], reminders: readonly string[]): string {
  return [...notes, ...reminders].join('\n');
}

// A callout titled like the summary that a person wrote is most often the copy Notion's Duplicate made
// of another page's summary: it may show someone else's results. The tool never removes a person's
// block, so the line stays in the notes until a listing of the page no longer finds that block.
const PERSON_COPY_PREFIX = 'Possible copy of another review:';

export function personCopyLine(blockId: string): string {
  return (
    `${PERSON_COPY_PREFIX} a callout titled like the summary was written by a person (block ${blockId}); ` +
    'it may hold another review’s results. The tool leaves it alone: delete it if it is a copy.'
  );
}

/** The person-copy lines the notes hold, kept by planning until apply lists the page again. */
export function personCopyLines(syncNotes: string): string[] {
  return syncNotes
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith(PERSON_COPY_PREFIX));
}

/** The notes with their person-copy lines replaced by the ones a listing of the page just found. */
export function withPersonCopies(syncNotes: string, blockIds: readonly string[]): string {
  const others = syncNotes
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith(PERSON_COPY_PREFIX));
  return [...blockIds.map(personCopyLine), ...others].join('\n');
}

/** Said once, on the run that gives a duplicated page its own summary. */
export function copiedRecordLine(fromPageId: string): string {
  return (
    `The summary record was copied from page ${fromPageId} (a duplicated page?): this page gets a summary ` +
    'of its own, and that page’s summary is left alone.'
  );
}
