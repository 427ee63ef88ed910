import { z } from 'zod';
import type { Config } from '../core/config-schema.ts';
import type { ExistingActionItem } from '../core/domain.ts';
import { ConfigError } from '../errors.ts';
import { queryPropertyNames } from './filter-properties.ts';
import type { NotionGateway } from './gateway.ts';
import { canonicalId } from './ids.ts';
import { queryAllPages } from './paginate.ts';
import { ACTION_ITEM_PROPERTIES } from '../core/notion-contract/contract.ts';
import { contractSpecs } from './contract-specs.ts';
import { parseProperties } from './property-values.ts';
import { plainText } from './rich-text.ts';

/**
 * Notion's documented request limits allow at most 100 elements in any array, and so at most 100
 * conditions in one `or` filter: one query covers up to this many reviews.
 */
export const PREFIXES_PER_QUERY = 100;

function keyFilter(property: string, prefixes: readonly string[]) {
  const conditions = prefixes.map((prefix) => ({ property, rich_text: { starts_with: prefix } }));
  return conditions.length === 1 ? conditions[0] : { or: conditions };
}

/**
 * The action items whose key starts with one of `keyPrefixes` (each one a review's, see
 * reviewKeyPrefix), so the plan creates only the missing ones: one paged query per 100 prefixes.
 * Items without a key were made by people and are none of ours.
 */
export async function readActionItems(
  gw: NotionGateway,
  config: Config,
  dataSourceId: string,
  keyPrefixes: readonly string[],
): Promise<ExistingActionItem[]> {
  const items = config.notion.actionItems;
  if (!items) throw new ConfigError('notion.actionItems is not configured');
  const p = items.properties;
  const specs = contractSpecs(ACTION_ITEM_PROPERTIES, p, [
    'key',
    'review',
    'title',
    'status',
    'syncedStatus',
  ]);
  const found: ExistingActionItem[] = [];
  for (let i = 0; i < keyPrefixes.length; i += PREFIXES_PER_QUERY) {
    const batch = keyPrefixes.slice(i, i + PREFIXES_PER_QUERY);
    const pages = await queryAllPages(gw, {
      data_source_id: dataSourceId,
      filter: keyFilter(p.key, batch),
      filter_properties: queryPropertyNames(specs),
    });
    for (const page of pages) {
      const { values } = parseProperties(page.properties, specs);
      const key = values.key ? plainText(values.key.rich_text) : '';
      // Notion's starts_with ignores case; keys are case-sensitive, so check again.
      if (!batch.some((prefix) => key.startsWith(prefix))) continue;
      const review = values.review?.relation[0];
      const status = values.status?.type === 'status' ? values.status.status : values.status?.select;
      const synced = values.syncedStatus ? plainText(values.syncedStatus.rich_text).trim() : '';
      found.push({
        pageId: canonicalId(page.id),
        key,
        reviewPageId: review ? canonicalId(review.id) : null,
        title: values.title ? plainText(values.title.title) : '',
        status: status?.name ?? null,
        syncedStatus: synced === '' ? null : synced,
      });
    }
  }
  return found;
}

const optionList = z.object({ options: z.array(z.object({ name: z.string() })) }).partial();
const dataSourceSchema = z.object({
  properties: z.record(
    z.string(),
    z.object({ type: z.string(), status: optionList.optional(), select: optionList.optional() }),
  ),
});

/** What the writes need to know about the live Action items schema. */
export interface ActionItemSchema {
  statusType: 'status' | 'select';
  /** Options of a status property; the API cannot add status options, so a missing one fails a write. */
  statusOptions: string[] | null;
  /** Whether the tool-owned Synced status property exists, so it can be written. */
  hasSyncedStatus: boolean;
}

/** Pure: what the writes need, from the preflight's read of the live schema (no request of its own). */
export function actionItemSchemaFrom(config: Pick<Config, 'notion'>, source: unknown): ActionItemSchema {
  const items = config.notion.actionItems;
  if (!items) throw new ConfigError('notion.actionItems is not configured');
  const parsed = dataSourceSchema.safeParse(source);
  const properties = parsed.success ? parsed.data.properties : {};
  const status = properties[items.properties.status];
  const synced = properties[items.properties.syncedStatus];
  return {
    statusType: status?.type === 'select' ? 'select' : 'status',
    statusOptions:
      status?.type === 'status' ? (status.status?.options ?? []).map((option) => option.name) : null,
    hasSyncedStatus: synced?.type === 'rich_text',
  };
}
