import type { Milestone } from '../domain.ts';

// Milestone goals keep their checklist in one text property on the goal page, a milestone a line:
// "[x] Orders service on the new framework" / "[ ] Payments service". It rides along with the goals
// query, where to-do blocks would cost one more request per goal page on every run.

const LINE = /^\s*(?:[-*]\s*)?(\[[ xX]\]|☐|☑|✅|✓|✔)\s*(.*)$/u;

/** The milestones of a checklist text; lines without a box are notes, not milestones. */
export function parseMilestones(text: string | null | undefined): Milestone[] {
  const out: Milestone[] = [];
  for (const line of (text ?? '').split(/\r?\n/)) {
    const match = LINE.exec(line);
    if (!match?.[1]) continue;
    const title = (match[2] ?? '').trim();
    if (title === '') continue;
    out.push({ title, done: match[1] !== '[ ]' && match[1] !== '☐' });
  }
  return out;
}

/** Share of milestones done, 0..1; null for an empty list. */
export function milestoneProgress(milestones: readonly Milestone[]): number | null {
  if (milestones.length === 0) return null;
  return milestones.filter((m) => m.done).length / milestones.length;
}
