import type { Config } from '../core/config-schema.ts';
import type { ActionPlanEntry } from '../core/action-plan/types.ts';
import { ConfigError } from '../errors.ts';
import { filterPropertiesFor } from './filter-properties.ts';
import type { NotionGateway } from './gateway.ts';
import type { ActionItemSchema } from './read-action-items.ts';
import { plainText, richText } from './rich-text.ts';
import { verifiedWrite } from './verified-write.ts';
import type { PagePropertyValues } from './write-review.ts';

// Writes to the Action items data source: create an item once, withdraw or reopen it.

/**
 * The Status the tool sets, written together with the tool-owned record of it (Synced status), so
 * a later run can tell a person's change from the tool's own.
 */
function statusProperties(
  config: Pick<Config, 'notion'>,
  schema: ActionItemSchema,
  status: string,
): PagePropertyValues {
  const items = config.notion.actionItems;
  if (!items) throw new ConfigError('notion.actionItems is not configured');
  if (schema.statusOptions !== null && !schema.statusOptions.includes(status)) {
    throw new ConfigError(
      `the Action items status property "${items.properties.status}" has no option "${status}"`,
      {
        details: [
          'Add the option in Notion (the API cannot add status options), or set notion.actionItems.statuses.',
        ],
      },
    );
  }
  const p = items.properties;
  return {
    [p.status]: schema.statusType === 'status' ? { status: { name: status } } : { select: { name: status } },
    ...(schema.hasSyncedStatus ? { [p.syncedStatus]: { rich_text: richText(status) } } : {}),
  };
}

/** The page holding an action item's key, if one exists: how a create with an unknown outcome is checked. */
export async function findActionItemByKey(
  gw: NotionGateway,
  dataSourceId: string,
  keyProperty: string,
  key: string,
): Promise<string | null> {
  const response = await gw.dataSources.query({
    data_source_id: dataSourceId,
    filter: { property: keyProperty, rich_text: { equals: key } },
    // Only the key is compared; nothing else need be computed.
    filter_properties: filterPropertiesFor([keyProperty], gw.propertyIds?.(dataSourceId)),
    page_size: 10,
  });
  for (const page of response.results) {
    const value = 'properties' in page ? page.properties[keyProperty] : undefined;
    // `equals` ignores case in Notion; keys are case-sensitive.
    const text =
      value?.type === 'rich_text' && Array.isArray(value.rich_text) ? plainText(value.rich_text) : '';
    if (text === key) return page.id;
  }
  return null;
}

/**
 * Creates one action item, open. A create with an unknown outcome is never blindly repeated: the item is
 * looked up by its stable key first, and sent again only when it is not there. From creation on the
 * Status is the person's; the tool changes it only to withdraw or reopen an item nobody touched.
 * Returns the page id.
 */
export async function createActionItem(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  target: { dataSourceId: string; schema: ActionItemSchema },
  reviewPageId: string,
  entry: ActionPlanEntry,
): Promise<string> {
  const items = config.notion.actionItems;
  if (!items) throw new ConfigError('notion.actionItems is not configured');
  const p = items.properties;
  const create = () =>
    gw.pages.create({
      parent: { type: 'data_source_id', data_source_id: target.dataSourceId },
      properties: {
        [p.title]: { title: richText(entry.title) },
        [p.review]: { relation: [{ id: reviewPageId }] },
        [p.key]: { rich_text: richText(entry.key) },
        [p.kind]: { select: { name: entry.kind } },
        [p.competency]: { select: { name: entry.code } },
        [p.due]: { date: { start: entry.due } },
        ...statusProperties(config, target.schema, items.statuses.open),
      },
      // The detail goes in the page body in the same request: no extra call.
      ...(entry.detail.trim() === ''
        ? {}
        : {
            children: [
              { object: 'block', type: 'paragraph', paragraph: { rich_text: richText(entry.detail) } },
            ],
          }),
    });
  return verifiedWrite(
    async () => (await create()).id,
    () => findActionItemByKey(gw, target.dataSourceId, p.key, entry.key),
  );
}

/** Withdraws or reopens an item: one idempotent `pages.update` of its Status and Synced status. */
export async function setActionItemStatus(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  schema: ActionItemSchema,
  itemPageId: string,
  status: string,
): Promise<void> {
  await gw.pages.update({ page_id: itemPageId, properties: statusProperties(config, schema, status) });
}
