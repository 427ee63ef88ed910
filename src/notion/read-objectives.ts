import type { Config } from '../core/config-schema.ts';
import type { Objective } from '../core/domain.ts';
import { queryPropertyNames } from './filter-properties.ts';
import type { NotionGateway } from './gateway.ts';
import { canonicalId } from './ids.ts';
import { queryAllPages } from './paginate.ts';
import { OBJECTIVE_PROPERTIES } from '../core/notion-contract/contract.ts';
import { contractSpecs } from './contract-specs.ts';
import { parseProperties } from './property-values.ts';
import type { PageProblem } from './read-reviews.ts';
import { plainText } from './rich-text.ts';

export interface ObjectivesRead {
  objectives: Objective[];
  problems: PageProblem[];
}

/**
 * Every objective, for the titles goals are grouped under: one unfiltered paged query (⌈n/100⌉
 * requests). Objectives are few and shared across cycles, so filtering them would save nothing.
 */
export async function readObjectives(
  gw: NotionGateway,
  config: Config,
  dataSourceId: string,
): Promise<ObjectivesRead> {
  const objectivesConfig = config.notion.objectives;
  const result: ObjectivesRead = { objectives: [], problems: [] };
  if (!objectivesConfig) return result;
  const specs = contractSpecs(OBJECTIVE_PROPERTIES, objectivesConfig.properties, ['name']);
  const query = { data_source_id: dataSourceId, filter_properties: queryPropertyNames(specs) };
  for (const page of await queryAllPages(gw, query)) {
    const { values, problems } = parseProperties(page.properties, specs);
    const title = values.name ? plainText(values.name.title).trim() : '';
    if (problems.length > 0 || title === '') {
      result.problems.push({
        pageId: canonicalId(page.id),
        dataSource: 'objectives',
        message: problems.length > 0 ? problems.join('; ') : 'the objective has no title',
      });
      continue;
    }
    result.objectives.push({ pageId: canonicalId(page.id), title });
  }
  return result;
}
