import type { Nominations, Person } from '../domain.ts';
import { normaliseEmail } from '../emails.ts';

// Who was asked, and whether they answered: participation, never content. The summary counts these
// ("4 of 6 requested peers answered"); only the restricted Feedback requests data source names them.

/** One approved nominee and whether an accepted peer answer from them about this review exists. */
export interface NomineeAnswer {
  peer: Person;
  /** Lower-cased email; null when the people property gave none, so no answer can be matched. */
  email: string | null;
  answered: boolean;
}

/** Nominated peers count only once the manager has approved the list. */
export function approvedNominees(nominations: Nominations | null | undefined): Person[] {
  return nominations?.approved === true ? nominations.peers : [];
}

/** Whether `email` belongs to a nominated, approved peer of this review. */
export function isApprovedNominee(
  nominations: Nominations | null | undefined,
  email: string | null,
): boolean {
  const key = normaliseEmail(email);
  if (key === null) return false;
  return approvedNominees(nominations).some((peer) => normaliseEmail(peer.email) === key);
}

/**
 * Each approved nominee, in page order, with whether one of `peerRespondentEmails` (the accepted peer
 * answers about this review) is theirs. The same person listed twice counts once.
 */
export function nomineeAnswers(
  nominations: Nominations | null | undefined,
  peerRespondentEmails: Iterable<string | null>,
): NomineeAnswer[] {
  const answered = new Set<string>();
  for (const email of peerRespondentEmails) {
    const key = normaliseEmail(email);
    if (key !== null) answered.add(key);
  }
  const seen = new Set<string>();
  const result: NomineeAnswer[] = [];
  for (const peer of approvedNominees(nominations)) {
    const email = normaliseEmail(peer.email);
    const identity = email ?? peer.id ?? peer.name ?? '';
    if (seen.has(identity)) continue;
    seen.add(identity);
    result.push({ peer, email, answered: email !== null && answered.has(email) });
  }
  return result;
}
