import type { PageObjectResponse, QueryDataSourceParameters } from '@notionhq/client';
import { filterPropertiesFor } from './filter-properties.ts';
import type { NotionGateway } from './gateway.ts';
import { propertyItemList, type UserValue } from './property-values.ts';

export const PAGE_SIZE = 100;

/** What every Notion list answers besides its items. */
export interface CursorPage {
  has_more: boolean;
  next_cursor: string | null;
}

/**
 * Any Notion list, page after page: `fetchPage` asks for the page at `cursor` (none for the first),
 * `visit` takes each answer in order. ⌈items/100⌉ requests. For lists other than data-source queries,
 * whose items sit under other keys (`results`, `templates`).
 */
export async function forEachListPage<P extends CursorPage>(
  fetchPage: (cursor: string | undefined) => Promise<P>,
  visit: (page: P) => void,
): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    visit(page);
    cursor = page.has_more && page.next_cursor ? page.next_cursor : undefined;
  } while (cursor);
}

/** Every page a data-source query returns, following `next_cursor`: ⌈n/100⌉ requests. */
export async function queryAllPages(
  gw: NotionGateway,
  args: Omit<QueryDataSourceParameters, 'start_cursor' | 'page_size'>,
): Promise<PageObjectResponse[]> {
  const pages: PageObjectResponse[] = [];
  await forEachPage(gw, args, (page) => {
    pages.push(page);
  });
  return pages;
}

/**
 * The same query, handing each page to `visit` as its batch of 100 arrives. A reader that keeps only
 * what it maps lets each raw page go at once: 15,000 raw pages held until the last one is read were
 * most of a large run's memory. `visit` runs in page order, one page at a time.
 */
export async function forEachPage(
  gw: NotionGateway,
  args: Omit<QueryDataSourceParameters, 'start_cursor' | 'page_size'>,
  visit: (page: PageObjectResponse) => Promise<void> | void,
): Promise<void> {
  const query = args.filter_properties
    ? {
        ...args,
        filter_properties: filterPropertiesFor(args.filter_properties, gw.propertyIds?.(args.data_source_id)),
      }
    : args;
  let cursor: string | undefined;
  do {
    const response = await gw.dataSources.query({ ...query, page_size: PAGE_SIZE, start_cursor: cursor });
    for (const result of response.results) {
      // Partial pages and nested data sources carry no properties to map.
      if (result.object === 'page' && 'properties' in result) await visit(result);
    }
    cursor = response.has_more && response.next_cursor ? response.next_cursor : undefined;
  } while (cursor);
}

export interface FullListValue {
  people: UserValue[];
  relation: { id: string }[];
}

/**
 * A people or relation value read in full. Page objects show only 25 entries; the property endpoint
 * pages through the rest. Only called when `has_more` says the page object was cut.
 */
export async function readFullList(
  gw: NotionGateway,
  pageId: string,
  propertyId: string,
): Promise<FullListValue> {
  const value: FullListValue = { people: [], relation: [] };
  let cursor: string | undefined;
  do {
    const raw = await gw.pages.properties.retrieve({
      page_id: pageId,
      property_id: propertyId,
      start_cursor: cursor,
      page_size: PAGE_SIZE,
    });
    const list = propertyItemList.parse(raw);
    for (const item of list.results) {
      if (item.people) value.people.push(item.people);
      if (item.relation) value.relation.push(item.relation);
    }
    cursor = list.has_more && list.next_cursor ? list.next_cursor : undefined;
  } while (cursor);
  return value;
}
