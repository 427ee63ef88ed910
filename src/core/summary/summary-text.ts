import type { KeptActionItem, SummaryModel, SummaryProgress } from './types.ts';

// Sentences both summary renderers (Notion blocks and Markdown) write, so the page and the dry run
// say the same thing in the same words.

export function answeredLine(progress: SummaryProgress): string {
  const { self, manager, peers } = progress.answered;
  return (
    `Answered: self ${self}, manager ${manager}, peers ${peers} ` +
    `(peer results are shown from ${progress.peersNeeded}).`
  );
}

export function missingLine(progress: SummaryProgress): string {
  return progress.missing.length === 0
    ? 'Nothing is missing.'
    : `Still missing: ${progress.missing.join('; ')}.`;
}

export function dueLine(progress: SummaryProgress): string | null {
  if (progress.due.length === 0) return null;
  return `Due: ${progress.due.map((d) => `${d.stage} ${d.due}`).join(' · ')}.`;
}

export function provisionalLine(notes: readonly string[]): string {
  return `Provisional: ${notes.join('; ')}. Scores, band and plan may still change.`;
}

export function draftLine(todos = false): string {
  const then = todos
    ? 'It becomes a to-do list once it is agreed.'
    : 'Action items are created once it is agreed.';
  return `Draft: a proposal for the feedback conversation. ${then}`;
}

export function keptLine(item: KeptActionItem): string {
  return `${item.title} · ${item.status} (moved by a person, no longer planned; kept)`;
}

/** Sections not yet released at this stage, by their headings, for the one line that says so. */
export function notYetShown(model: SummaryModel): string | null {
  const hidden = [
    model.rows === null ? 'scores' : null,
    model.strengths === null ? 'strengths and growth areas' : null,
    model.blindSpots === null ? 'blind spots' : null,
    model.highlights === null ? '360 highlights' : null,
    model.goals === null ? 'goals' : null,
    model.actionPlan === null ? 'action plan' : null,
  ].filter((item) => item !== null);
  return hidden.length === 0 ? null : `Not shown at this stage: ${hidden.join(', ')}.`;
}
