// What people do between the demo's two syncs, through the same API a person's Notion client uses.
// Shared by `npm run demo` and the end-to-end test that checks a third sync writes nothing.
import { NOTION_VERSION } from '../../src/sandbox/index.ts';

const ACTION_ITEMS_DATA_SOURCE = '5b000000-0000-4000-8000-000000000001';
/** Hugo Martins: in Feedback delivery after the first run, with action items for his DB growth area. */
export const HUGO = '6a000000-0000-4000-8000-000000000008';

export async function requestJson(
  token: string,
  method: string,
  url: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'notion-version': NOTION_VERSION,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
  return response.json();
}

/**
 * Priya raises Hugo's DB rating from 2 to 3, so DB is no longer a growth area; Hugo has already started
 * one of its items. The second run withdraws the other DB items and keeps his. Returns the started item.
 */
export async function peopleEdit(baseUrl: string, token: string): Promise<string | null> {
  const call = (method: string, url: string, body?: unknown) => requestJson(token, method, url, body);
  await call('PATCH', `${baseUrl}/v1/pages/${HUGO}`, { properties: { 'Manager DB': { number: 3 } } });
  const prefix = `rs1:2026-H2:${HUGO.replace(/-/g, '')}:catalog:db-`;
  const items = (await call('POST', `${baseUrl}/v1/data_sources/${ACTION_ITEMS_DATA_SOURCE}/query`, {
    filter: { property: 'Key', rich_text: { starts_with: prefix } },
    sorts: [{ property: 'Key', direction: 'ascending' }],
  })) as { results: { id: string; properties: { Action?: { title?: { plain_text?: string }[] } } }[] };
  const started = items.results[0];
  if (!started) return null;
  await call('PATCH', `${baseUrl}/v1/pages/${started.id}`, {
    properties: { Status: { status: { name: 'In progress' } } },
  });
  return (started.properties.Action?.title ?? []).map((t) => t.plain_text ?? '').join('');
}
