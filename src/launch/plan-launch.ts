import type { WorkspaceUser } from '../notion/workspace-users.ts';
import type { PersonRef, RosterEntry } from './roster.ts';

// Which roster entries get a page: pure, so the rules (idempotent by reviewee and cycle, late joiners
// added, people who cannot be found reported and left out) are tested without any HTTP.

/** A review page already in the cycle, by what its Reviewee property says. */
export interface ExistingReview {
  userId?: string;
  email?: string;
  /** The page, so a launch can finish one whose feedback links are still to be written. */
  pageId?: string;
}

export interface Directory {
  byEmail: ReadonlyMap<string, WorkspaceUser>;
  byId: ReadonlyMap<string, WorkspaceUser>;
}

export type LaunchDecision =
  | { kind: 'create'; entry: RosterEntry; reviewee: WorkspaceUser; manager: WorkspaceUser | null }
  | { kind: 'exists'; entry: RosterEntry; reviewee: WorkspaceUser; pageId: string | null }
  | { kind: 'not-found'; entry: RosterEntry; who: 'reviewee' | 'manager'; ref: string }
  | { kind: 'duplicate'; entry: RosterEntry };

function resolve(ref: PersonRef, directory: Directory): WorkspaceUser | null {
  if (ref.userId) {
    const known = directory.byId.get(ref.userId);
    // A people property names the user even when emails are hidden from the integration.
    return known ?? { id: ref.userId, name: null, email: ref.email ?? '' };
  }
  return ref.email ? (directory.byEmail.get(ref.email.toLowerCase()) ?? null) : null;
}

const describeRef = (ref: PersonRef) => ref.email ?? ref.userId ?? '(nobody)';

export function planLaunch(
  entries: readonly RosterEntry[],
  directory: Directory,
  existing: readonly ExistingReview[],
): LaunchDecision[] {
  const haveIds = new Set(existing.flatMap((e) => (e.userId ? [e.userId] : [])));
  const haveEmails = new Set(existing.flatMap((e) => (e.email ? [e.email.toLowerCase()] : [])));
  const planned = new Set<string>();
  return entries.map((entry): LaunchDecision => {
    const reviewee = resolve(entry.reviewee, directory);
    if (reviewee === null)
      return { kind: 'not-found', entry, who: 'reviewee', ref: describeRef(entry.reviewee) };
    const email = reviewee.email.toLowerCase();
    if (haveIds.has(reviewee.id) || (email !== '' && haveEmails.has(email))) {
      const page = existing.find(
        (e) => e.userId === reviewee.id || (email !== '' && e.email?.toLowerCase() === email),
      );
      return { kind: 'exists', entry, reviewee, pageId: page?.pageId ?? null };
    }
    if (planned.has(reviewee.id)) return { kind: 'duplicate', entry };
    let manager: WorkspaceUser | null = null;
    if (entry.manager) {
      manager = resolve(entry.manager, directory);
      if (manager === null)
        return { kind: 'not-found', entry, who: 'manager', ref: describeRef(entry.manager) };
    }
    planned.add(reviewee.id);
    return { kind: 'create', entry, reviewee, manager };
  });
}
