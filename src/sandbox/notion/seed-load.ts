import type { UserObjectResponse } from '@notionhq/client';
import { SeedError } from '../seed-error.ts';
import { insertDatabase } from './databases.ts';
import { NotionApiError } from './errors.ts';
import { minuteTimestamp, normalizeId } from './ids.ts';
import { enforceBlockTree } from './limits.ts';
import { insertPage } from './pages.ts';
import { textItem } from './rich-text.ts';
import type { ParsedNotionSeed } from './seed-schema.ts';
import type { NotionStore } from './store.ts';

export const DEFAULT_BOT_ID = '0b07b07b-0000-4000-8000-000000000001';

function asRichText(title: string | Record<string, unknown>[]): unknown[] {
  return typeof title === 'string' ? [textItem(title)] : title;
}

/** Runs a step and re-labels any API error with the seed path that caused it. */
function at<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof NotionApiError) throw new SeedError(path, error.message);
    throw error;
  }
}

function toUser(raw: ParsedNotionSeed['users'][number]): UserObjectResponse {
  const common = {
    object: 'user' as const,
    id: normalizeId(raw.id),
    name: raw.name ?? null,
    avatar_url: raw.avatar_url ?? null,
  };
  return raw.type === 'bot'
    ? { ...common, type: 'bot', bot: {} }
    : { ...common, type: 'person', person: raw.person?.email ? { email: raw.person.email } : {} };
}

/** Loads a validated seed into an empty store through the same code paths the endpoints use. */
export function loadNotionSeed(store: NotionStore, seed: ParsedNotionSeed): void {
  for (const user of seed.users) store.users.set(normalizeId(user.id), toUser(user));
  const bot = [...store.users.values()].find((user) => user.type === 'bot');
  if (bot) store.botId = bot.id;
  else {
    store.botId = DEFAULT_BOT_ID;
    store.users.set(DEFAULT_BOT_ID, {
      object: 'user',
      id: DEFAULT_BOT_ID,
      type: 'bot',
      name: 'review-sync sandbox',
      avatar_url: null,
      bot: {},
    });
  }
  seed.pages.forEach((page, index) => {
    const path = `notion.pages[${index}]`;
    at(path, () => {
      const inserted = insertPage(
        store,
        {
          id: page.id,
          parent: page.parent ? { page_id: page.parent.page_id } : { workspace: true },
          properties: { title: { title: [textItem(page.title)] } },
          children: page.children,
        },
        path,
      );
      if (page.in_trash === true) inserted.inTrash = true;
    });
  });
  seed.databases.forEach((database, dbIndex) => {
    const dbPath = `notion.databases[${dbIndex}]`;
    at(dbPath, () =>
      insertDatabase(
        store,
        {
          id: database.id,
          title: asRichText(database.title),
          parent: database.parent,
          dataSources: database.dataSources.map((source) => ({
            id: source.id,
            title: asRichText(source.title),
            properties: source.properties,
          })),
        },
        dbPath,
      ),
    );
    database.dataSources.forEach((source, dsIndex) => {
      source.templates.forEach((template, templateIndex) => {
        const path = `${dbPath}.dataSources[${dsIndex}].templates[${templateIndex}]`;
        at(path, () => loadTemplate(store, source.id, template, path));
      });
      source.pages.forEach((page, pageIndex) => {
        const path = `${dbPath}.dataSources[${dsIndex}].pages[${pageIndex}]`;
        const record = at(path, () =>
          insertPage(
            store,
            {
              id: page.id,
              parent: { data_source_id: source.id },
              properties: page.properties,
              children: page.children,
            },
            path,
          ),
        );
        authorSeededBlocks(store, record.childIds, page.children);
        if (page.created_time) record.createdTime = minuteTimestamp(new Date(page.created_time));
        record.lastEditedTime = page.last_edited_time
          ? minuteTimestamp(new Date(page.last_edited_time))
          : record.createdTime;
        record.inTrash = page.in_trash ?? false;
      });
    });
  });
}

/** A template's blocks are checked for size and nesting now; their content when a page is made from it. */
function loadTemplate(
  store: NotionStore,
  dataSourceId: string,
  template: ParsedNotionSeed['databases'][number]['dataSources'][number]['templates'][number],
  path: string,
): void {
  const id = normalizeId(template.id);
  if (store.templates.has(id) || store.pages.has(id)) {
    throw new NotionApiError(400, 'validation_error', `A template or page with ID ${id} already exists.`);
  }
  enforceBlockTree(template.children, `${path}.children`);
  store.templates.set(id, {
    id,
    dataSourceId: normalizeId(dataSourceId),
    name: template.name,
    isDefault: template.is_default,
    children: template.children,
  });
}

/**
 * A seeded top-level block may name its author as the API shows it (`created_by: { id }`), so a seed can
 * hold blocks a person wrote; blocks without one count as the integration's.
 */
function authorSeededBlocks(
  store: NotionStore,
  childIds: readonly string[],
  raw: unknown[] | undefined,
): void {
  (raw ?? []).forEach((child, index) => {
    const author = (child as { created_by?: { id?: unknown } } | null)?.created_by?.id;
    const block = store.blocks.get(childIds[index] ?? '');
    if (block && typeof author === 'string') {
      block.createdBy = normalizeId(author);
      block.lastEditedBy = block.createdBy;
    }
  });
}
