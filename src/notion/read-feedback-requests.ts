import type { Config } from '../core/config-schema.ts';
import { parseReminded, parseRequestKey, requestKey } from '../core/feedback-requests/rules.ts';
import type { ExistingFeedbackRequest } from '../core/feedback-requests/types.ts';
import { FEEDBACK_REQUEST_PROPERTIES } from '../core/notion-contract/contract.ts';
import { ConfigError } from '../errors.ts';
import { contractSpecs } from './contract-specs.ts';
import { queryPropertyNames } from './filter-properties.ts';
import type { NotionGateway } from './gateway.ts';
import { canonicalId } from './ids.ts';
import { forEachPage } from './paginate.ts';
import { dayOf, parseProperties } from './property-values.ts';
import { plainText } from './rich-text.ts';

/**
 * Every row of the Feedback requests data source that carries a key: one paged query, ⌈rows/100⌉
 * requests, asking only for the properties the plan compares. Rows without a key are people's; a row
 * whose key a person broke is skipped and told to `onSkipped`, so the run can count it.
 */
export async function readFeedbackRequests(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  dataSourceId: string,
  onSkipped: () => void = () => undefined,
): Promise<ExistingFeedbackRequest[]> {
  const requests = config.notion.feedbackRequests;
  if (!requests) throw new ConfigError('notion.feedbackRequests is not configured');
  const p = requests.properties;
  const specs = contractSpecs(FEEDBACK_REQUEST_PROPERTIES, p, ['key', 'status', 'due', 'link', 'reminders']);
  const rows: ExistingFeedbackRequest[] = [];
  await forEachPage(
    gw,
    {
      data_source_id: dataSourceId,
      filter: { property: p.key, rich_text: { is_not_empty: true } },
      filter_properties: queryPropertyNames(specs),
    },
    (page) => {
      const { values } = parseProperties(page.properties, specs);
      const parsed = parseRequestKey(values.key ? plainText(values.key.rich_text) : '');
      // A malformed key is a person's edit, not a pair: skipped, and never the cause of a second row.
      if (parsed === null) {
        onSkipped();
        return;
      }
      rows.push({
        pageId: canonicalId(page.id),
        key: requestKey(parsed.reviewPageId, parsed.peerUserId),
        status: values.status?.select?.name ?? null,
        due: dayOf(values.due),
        link: values.link?.url ?? null,
        reminded: values.reminders ? parseReminded(plainText(values.reminders.rich_text)) : [],
      });
    },
  );
  return rows;
}
