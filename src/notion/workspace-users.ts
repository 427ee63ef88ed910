import { z } from 'zod';
import type { NotionGateway } from './gateway.ts';
import { canonicalId } from './ids.ts';
import { PAGE_SIZE } from './paginate.ts';

// The workspace's people, indexed by email, for matching a roster to Notion users. `users.list` leaves
// `person.email` out unless the integration has the "read user information including email addresses"
// capability; then nobody can be matched, which `emailsHidden` tells callers.

const userSchema = z.object({
  id: z.string(),
  type: z.string().optional(),
  name: z.string().nullish(),
  person: z.object({ email: z.string().nullish() }).nullish(),
});

const listSchema = z.object({
  results: z.array(z.unknown()),
  has_more: z.boolean().optional(),
  next_cursor: z.string().nullish(),
});

export interface WorkspaceUser {
  id: string;
  name: string | null;
  email: string;
}

export interface WorkspaceUsers {
  byEmail: Map<string, WorkspaceUser>;
  byId: Map<string, WorkspaceUser>;
  /** People (not bots) listed. */
  people: number;
  /** True when there are people and none of them came with an email. */
  emailsHidden: boolean;
}

/** Reads users in pages of 100; `firstPageOnly` is enough to learn whether emails are visible. */
export async function readWorkspaceUsers(
  gw: NotionGateway,
  options: { firstPageOnly?: boolean } = {},
): Promise<WorkspaceUsers> {
  const result: WorkspaceUsers = { byEmail: new Map(), byId: new Map(), people: 0, emailsHidden: false };
  let cursor: string | undefined;
  do {
    const page = listSchema.parse(await gw.users.list({ page_size: PAGE_SIZE, start_cursor: cursor }));
    for (const raw of page.results) {
      const parsed = userSchema.safeParse(raw);
      // A user object we cannot read is one person fewer to match, not a failed launch.
      if (!parsed.success || parsed.data.type === 'bot') continue;
      result.people += 1;
      const email = parsed.data.person?.email?.trim().toLowerCase();
      if (!email) continue;
      const user = { id: canonicalId(parsed.data.id), name: parsed.data.name ?? null, email };
      result.byEmail.set(email, user);
      result.byId.set(user.id, user);
    }
    cursor = !options.firstPageOnly && page.has_more && page.next_cursor ? page.next_cursor : undefined;
  } while (cursor);
  result.emailsHidden = result.people > 0 && result.byEmail.size === 0;
  return result;
}
