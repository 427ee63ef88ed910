import type { z } from 'zod';
import type { Config } from '../core/config-schema.ts';
import { parseCodeScores } from '../core/trends/index.ts';
import type { PastReview, Person } from '../core/domain.ts';
import { queryPropertyNames } from './filter-properties.ts';
import type { NotionGateway } from './gateway.ts';
import { canonicalId } from './ids.ts';
import { forEachPage } from './paginate.ts';
import { plainText } from './rich-text.ts';
import { REVIEW_PROPERTIES } from '../core/notion-contract/contract.ts';
import { contractSpecs } from './contract-specs.ts';
import { parseProperties, type revieweeValue } from './property-values.ts';

// Earlier cycles, for trends: one more paged query on the reviews data source, filtered to the cycles
// config lists under `history` (⌈pages/100⌉ requests). Only what the tool wrote there is read, with the
// reviewee to match on. A page that cannot be used is left out quietly: it only costs a trend, and the
// cycle it belongs to is closed, so reporting it on every run would help no one.

function historySpecs(config: Config) {
  const p = config.notion.reviews.properties;
  return contractSpecs(REVIEW_PROPERTIES, p, ['reviewee', 'cycle', 'overallScore', 'band', 'codeScores']);
}

function personOf(v: z.output<typeof revieweeValue>): Person | null {
  if (v.type === 'email') return v.email ? { email: v.email } : null;
  const first = v.people[0];
  if (!first) return null;
  return first.person?.email ? { id: first.id, email: first.person.email } : { id: first.id };
}

/** The review pages of the `history` cycles that are not being synced this run. */
export async function readHistory(
  gw: NotionGateway,
  config: Config,
  dataSourceId: string,
  activeCycles: readonly string[],
): Promise<PastReview[]> {
  const cycles = config.history.filter((c) => !activeCycles.includes(c));
  if (cycles.length === 0) return [];
  const property = config.notion.reviews.properties.cycle;
  const conditions = cycles.map((name) => ({ property, select: { equals: name } }));
  const filter = conditions.length === 1 && conditions[0] ? conditions[0] : { or: conditions };
  const specs = historySpecs(config);
  const out: PastReview[] = [];
  const query = { data_source_id: dataSourceId, filter, filter_properties: queryPropertyNames(specs) };
  await forEachPage(gw, query, (page) => {
    const { values: v, problems } = parseProperties(page.properties, specs);
    const cycle = v.cycle?.select?.name;
    const reviewee = v.reviewee ? personOf(v.reviewee) : null;
    if (problems.length > 0 || !cycle || !reviewee) return;
    out.push({
      pageId: canonicalId(page.id),
      cycle,
      reviewee,
      overallScore: v.overallScore?.number ?? null,
      band: v.band?.select?.name ?? null,
      codeScores: parseCodeScores(v.codeScores ? plainText(v.codeScores.rich_text) : null),
    });
  });
  return out;
}
