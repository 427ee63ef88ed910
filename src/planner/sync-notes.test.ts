import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { composeSyncNotes, parseReminders, reminderLine } from './sync-notes.ts';

const config = makeConfig();

describe('sync notes', () => {
  it('round-trips a reminder record through the notes text', () => {
    const line = reminderLine('selfAssessment', '2026-10-15', config);
    const notes = composeSyncNotes(['self-assessment missing'], [line]);
    expect(parseReminders(notes, config)).toEqual([{ stage: 'selfAssessment', due: '2026-10-15', line }]);
  });

  it.each([
    ['a human line that looks similar', 'Reminder posted: Lunch (due 2026-10-15)'],
    ['free text', 'please check the SD rating'],
    ['an empty text', ''],
  ])('ignores %s', (_label, text) => {
    expect(parseReminders(text, config)).toEqual([]);
  });

  it('reads stage names set in config', () => {
    const custom = makeConfig({ stages: { selfAssessment: 'Self review' } });
    expect(parseReminders('Reminder posted: Self review (due 2026-10-15)', custom)[0]?.stage).toBe(
      'selfAssessment',
    );
  });
});
