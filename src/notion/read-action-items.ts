import type { Config } from '../core/config-schema.ts';
import type { ExistingActionItem } from '../core/types.ts';
import { ConfigError } from '../errors.ts';
import type { NotionGateway } from './gateway.ts';
import { canonicalId } from './ids.ts';
import { queryAllPages } from './paginate.ts';
import { parseProperties, relationValue, richTextValue, spec } from './property-values.ts';
import { plainText } from './rich-text.ts';

/**
 * The action items whose key starts with `keyPrefix` (a review's or a cycle's prefix), so the plan
 * creates only the missing ones. Items without a key were made by people and are none of ours.
 */
export async function readActionItems(
  gw: NotionGateway,
  config: Config,
  dataSourceId: string,
  keyPrefix: string,
): Promise<ExistingActionItem[]> {
  const items = config.notion.actionItems;
  if (!items) throw new ConfigError('notion.actionItems is not configured');
  const p = items.properties;
  const pages = await queryAllPages(gw, {
    data_source_id: dataSourceId,
    filter: { property: p.key, rich_text: { starts_with: keyPrefix } },
  });
  const specs = { key: spec(p.key, richTextValue, true), review: spec(p.review, relationValue) };
  const found: ExistingActionItem[] = [];
  for (const page of pages) {
    const { values } = parseProperties(page.properties, specs);
    const key = values.key ? plainText(values.key.rich_text) : '';
    // Notion's starts_with ignores case; keys are case-sensitive, so check again.
    if (!key.startsWith(keyPrefix)) continue;
    const review = values.review?.relation[0];
    found.push({ pageId: canonicalId(page.id), key, reviewPageId: review ? canonicalId(review.id) : null });
  }
  return found;
}
