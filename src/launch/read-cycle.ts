import { z } from 'zod';
import type { Config } from '../core/config-schema.ts';
import { ConfigError } from '../errors.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import { canonicalId } from '../notion/ids.ts';
import { queryAllPages } from '../notion/paginate.ts';
import type { ExistingReview } from './plan-launch.ts';
import type { ReviewsSchema } from './page-request.ts';

// What launch reads from the reviews data source: the types of the properties it writes (Reviewee may
// be people or email, Stage status or select) and who already has a page in the cycle.

const propertyType = z.object({ type: z.string() });
const dataSource = z.object({ properties: z.record(z.string(), propertyType) });

export async function readReviewsSchema(
  gw: NotionGateway,
  config: Config,
  dataSourceId: string,
): Promise<ReviewsSchema> {
  const live = dataSource.parse(await gw.dataSources.retrieve({ data_source_id: dataSourceId })).properties;
  const p = config.notion.reviews.properties;
  const typeOf = (name: string) => live[name]?.type;
  const wrong: string[] = [];
  const reviewee = typeOf(p.reviewee);
  const stage = typeOf(p.stage);
  if (reviewee !== 'people' && reviewee !== 'email') wrong.push(`"${p.reviewee}" should be people or email`);
  if (stage !== 'status' && stage !== 'select') wrong.push(`"${p.stage}" should be status or select`);
  if (typeOf(p.cycle) !== 'select') wrong.push(`"${p.cycle}" should be select`);
  if (typeOf(p.manager) !== 'people') wrong.push(`"${p.manager}" should be people`);
  if (wrong.length > 0) {
    throw new ConfigError('the reviews database cannot take new review pages', {
      details: [...wrong, 'Run `review-sync doctor` for every schema problem and how to fix it.'],
    });
  }
  return {
    dataSourceId,
    revieweeType: reviewee === 'email' ? 'email' : 'people',
    stageType: stage === 'select' ? 'select' : 'status',
  };
}

const revieweeValue = z.union([
  z.object({
    type: z.literal('people'),
    people: z.array(
      z.object({ id: z.string(), person: z.object({ email: z.string().nullish() }).nullish() }),
    ),
  }),
  z.object({ type: z.literal('email'), email: z.string().nullable() }),
]);

/**
 * The cycle's page for one reviewee, or null: how a create whose outcome is unknown (5xx, reset,
 * timeout) is checked before it is sent again, so a lost reply never makes a second page.
 */
export async function findReviewPage(
  gw: NotionGateway,
  config: Config,
  dataSourceId: string,
  cycle: string,
  reviewee: { id: string; email: string },
): Promise<string | null> {
  const email = reviewee.email.toLowerCase();
  const found = (await readExistingReviews(gw, config, dataSourceId, cycle)).find(
    (e) => e.userId === canonicalId(reviewee.id) || (email !== '' && e.email === email),
  );
  return found?.pageId ?? null;
}

/** Everyone with a page in the cycle already; one paged, filtered query. */
export async function readExistingReviews(
  gw: NotionGateway,
  config: Config,
  dataSourceId: string,
  cycle: string,
): Promise<ExistingReview[]> {
  const p = config.notion.reviews.properties;
  const pages = await queryAllPages(gw, {
    data_source_id: dataSourceId,
    filter: { property: p.cycle, select: { equals: cycle } },
    // Only who the page is for is read here.
    filter_properties: [p.reviewee],
  });
  return pages.flatMap((page): ExistingReview[] => {
    const pageId = canonicalId(page.id);
    const value = revieweeValue.safeParse((page.properties as Record<string, unknown>)[p.reviewee]);
    if (!value.success) return [];
    if (value.data.type === 'email')
      return value.data.email ? [{ email: value.data.email.toLowerCase(), pageId }] : [];
    return value.data.people.map((person) => ({
      userId: canonicalId(person.id),
      ...(person.person?.email ? { email: person.person.email.toLowerCase() } : {}),
      pageId,
    }));
  });
}
