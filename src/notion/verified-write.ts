import { NotionApiError } from '../errors.ts';
import { DEFAULT_MAX_ATTEMPTS, type NotionGateway } from './gateway.ts';

/**
 * Rounds of write-then-check before a write whose outcome stays unknown is given up on: as many as the
 * attempts a safe request gets, so a create is no more fragile under faults than a read.
 */
export const MAX_VERIFY_ROUNDS = DEFAULT_MAX_ATTEMPTS;

export function isUnknownOutcome(error: unknown): error is NotionApiError {
  return error instanceof NotionApiError && error.unknownOutcome;
}

/**
 * A write that cannot simply be repeated (a create, an append, a comment). When its outcome is unknown
 * (5xx, reset, timeout, lost reply), `landed` reads Notion to learn whether it was carried out: its
 * answer is used as the result, and only when it finds nothing is the write sent again.
 */
export async function verifiedWrite<T>(write: () => Promise<T>, landed: () => Promise<T | null>): Promise<T> {
  for (let round = 1; ; round += 1) {
    try {
      return await write();
    } catch (error) {
      if (!isUnknownOutcome(error) || round >= MAX_VERIFY_ROUNDS) throw error;
      const found = await landed();
      if (found !== null) return found;
    }
  }
}

/**
 * The integration's own user id: blocks and comments it created carry it in `created_by`, which is how
 * the tool tells its own from a person's without trusting titles or text. Read once per run, lazily.
 */
export function botIdentity(gw: NotionGateway): () => Promise<string> {
  let id: Promise<string> | null = null;
  return () => {
    id ??= gw.users.me().then((me) => me.id);
    // A failed read is not cached, so the next review asks again.
    id.catch(() => (id = null));
    return id;
  };
}

/** A delete that answers "already archived" (our lost first try, or a person) reached the wanted state. */
export function alreadyGone(error: unknown): boolean {
  if (!(error instanceof NotionApiError)) return false;
  if (error.status === 404) return true;
  return error.status === 400 && error.code === 'validation_error' && /archived/i.test(error.message);
}
