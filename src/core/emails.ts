// How two emails are compared, in one place: the validation rules (reviewee and respondent), the
// nominations (who was asked, who answered) and the perspectives all match people by it, and they
// must agree on who is the same person.

/** Emails compare case-insensitively; an empty answer means the form did not collect one. */
export function normaliseEmail(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim().toLowerCase();
  return trimmed === '' ? null : trimmed;
}
