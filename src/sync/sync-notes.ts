import { stageFromName, stageName } from '../core/workflow/stages.ts';
import type { Config } from '../core/config-schema.ts';
import type { IsoDate, StageKey } from '../core/types.ts';

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
