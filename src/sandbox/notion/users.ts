import type { GetSelfResponse, GetUserResponse, ListUsersResponse } from '@notionhq/client';
import { param, type NotionContext } from './context.ts';
import { pageSizeOf, paginate } from './pagination.ts';

export function me(ctx: NotionContext): GetSelfResponse {
  return ctx.store.user(ctx.store.botId);
}

export function retrieveUser(ctx: NotionContext): GetUserResponse {
  return ctx.store.user(param(ctx, 0));
}

export function listUsers(ctx: NotionContext): ListUsersResponse {
  const query = ctx.url.searchParams;
  const pageSize = pageSizeOf(query.get('page_size') ?? undefined, 'query.page_size');
  const window = paginate(
    [...ctx.store.users.values()],
    query.get('start_cursor'),
    pageSize,
    (user) => user.id,
  );
  return { object: 'list', ...window, type: 'user', user: {} } satisfies ListUsersResponse;
}
