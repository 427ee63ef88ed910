import type { PageObjectResponse } from '@notionhq/client';
import type { Config } from '../core/config-schema.ts';
import { readCodeScores } from '../core/trends/index.ts';
import { stageFromName } from '../core/workflow/stages.ts';
import type { DueStage, Person, Review } from '../core/domain.ts';
import { NotionApiError } from '../errors.ts';
import { queryPropertyNames } from './filter-properties.ts';
import type { NotionGateway } from './gateway.ts';
import { canonicalId } from './ids.ts';
import { forEachPage, readFullList } from './paginate.ts';
import { dayOf, parseProperties, type UserValue } from './property-values.ts';
import { reviewSpecs } from './review-specs.ts';
import { plainText } from './rich-text.ts';
import { summaryRecord } from './summary-pointer.ts';

/** A page that could not be used, reported with its id so a person can open it. */
export interface PageProblem {
  pageId: string;
  dataSource: 'reviews' | 'goals' | 'actionItems' | 'objectives';
  message: string;
}

/** Stage is a status property in most set-ups, but the API cannot create status options, so select is accepted too. */
export type StagePropertyType = 'status' | 'select';

export interface ReviewFilter {
  pageId?: string;
  email?: string;
}

export interface ReviewsRead {
  reviews: Review[];
  /** Usable pages held back because another open page has the same reviewee and cycle. */
  held: Review[];
  problems: PageProblem[];
  /** The live type of the stage property, seen on the pages; null when no page was read. */
  stageType: StagePropertyType | null;
}

function toPerson(user: UserValue): Person {
  const person: Person = { id: user.id };
  if (user.name) person.name = user.name;
  if (user.person?.email) person.email = user.person.email;
  return person;
}

async function peopleOf(
  gw: NotionGateway,
  pageId: string,
  value: { id: string; people: UserValue[]; has_more?: boolean | undefined },
) {
  if (!value.has_more) return value.people;
  return (await readFullList(gw, pageId, value.id)).people;
}

/**
 * A person of this workspace. Notion gives a removed or unknown user as a bare id with no type; such
 * a page is a problem, and the message never names the id, so nothing can mention that user.
 */
function isMember(user: UserValue | undefined): boolean {
  return user !== undefined && user.type === 'person';
}

const textOrNull = (value: { rich_text: { plain_text: string }[] } | undefined): string | null => {
  const text = value ? plainText(value.rich_text) : '';
  return text === '' ? null : text;
};

/** Maps one page; a string result is the reason the page is unusable. */
async function mapReview(
  gw: NotionGateway,
  config: Config,
  specs: ReturnType<typeof reviewSpecs>,
  page: PageObjectResponse,
): Promise<{ review: Review; stageType: StagePropertyType } | string> {
  const { fixed, nominationSpecs, dueSpecs, ratingSpecs } = specs;
  const { values: v, problems } = parseProperties(page.properties, fixed);
  const extra = parseProperties(page.properties, { ...dueSpecs, ...ratingSpecs });
  const nominated = parseProperties(page.properties, nominationSpecs);
  problems.push(...extra.problems, ...nominated.problems);
  if (problems.length > 0 || !v.name || !v.reviewee || !v.cycle || !v.stage) return problems.join('; ');

  let reviewee: Person | null = null;
  if (v.reviewee.type === 'email') {
    reviewee = v.reviewee.email ? { email: v.reviewee.email } : null;
  } else {
    const first = (await peopleOf(gw, page.id, v.reviewee))[0];
    reviewee = first ? toPerson(first) : null;
  }
  if (!reviewee) return `reviewee ("${config.notion.reviews.properties.reviewee}") is empty`;
  if (v.reviewee.type === 'people' && !isMember(v.reviewee.people[0])) {
    return `reviewee ("${config.notion.reviews.properties.reviewee}") is not a member of this workspace`;
  }
  const cycle = v.cycle.select?.name;
  if (!cycle) return `cycle ("${config.notion.reviews.properties.cycle}") is empty`;
  const stageOption = v.stage.type === 'status' ? v.stage.status : v.stage.select;
  if (!stageOption) return `stage ("${config.notion.reviews.properties.stage}") is empty`;
  const stage = stageFromName(config, stageOption.name);
  if (!stage) return `stage "${stageOption.name}" is not one of the configured stage names`;
  const managerUser = v.manager ? (await peopleOf(gw, page.id, v.manager))[0] : undefined;
  if (managerUser && !isMember(managerUser)) {
    return `manager ("${config.notion.reviews.properties.manager}") is not a member of this workspace`;
  }

  const dueOverrides: Partial<Record<DueStage, string>> = {};
  const managerRatings: Record<string, number> = {};
  for (const [key, value] of Object.entries(extra.values)) {
    if (key.startsWith('due:') && value?.type === 'date') {
      const day = dayOf(value);
      if (day) dueOverrides[key.slice(4) as DueStage] = day;
    }
    if (key.startsWith('rating:') && value?.type === 'number' && value.number !== null)
      managerRatings[key.slice(7)] = value.number;
  }

  const review: Review = {
    pageId: canonicalId(page.id),
    title: plainText(v.name.title),
    cycle,
    reviewee,
    manager: managerUser ? toPerson(managerUser) : null,
    stage,
    dueOverrides,
    calibrated: v.calibrated?.checkbox ?? false,
    delivered: v.delivered?.checkbox ?? false,
    deliveredOn: dayOf(v.deliveredOn),
    managerRatings,
    owned: {
      overallScore: v.overallScore?.number ?? null,
      band: v.band?.select?.name ?? null,
      peerResponses: v.peerResponses?.number ?? null,
      goalsOnTrack: textOrNull(v.goalsOnTrack),
      lastSynced: v.lastSynced?.date?.start ?? null,
      syncNotes: v.syncNotes ? plainText(v.syncNotes.rich_text) : '',
      // Undefined when the page has no such property, so the tool never writes to one that is not there.
      ...(v.codeScores === undefined ? {} : { codeScores: readCodeScores(textOrNull(v.codeScores)) }),
      ...summaryRecord(textOrNull(v.summaryHash), textOrNull(v.summaryBlock), page.id),
    },
    finalBand: v.finalBand?.select?.name ?? null,
    team: v.team?.select?.name ?? null,
  };
  // Left undefined with nominations off, so nothing downstream changes.
  if (Object.keys(nominationSpecs).length > 0) {
    const { peers, peersApproved } = nominated.values;
    review.nominations = {
      peers: peers ? (await peopleOf(gw, page.id, peers)).map(toPerson) : [],
      approved: peersApproved?.checkbox ?? false,
    };
  }
  return { review, stageType: v.stage.type };
}

function cycleFilter(config: Config, cycles: string[]) {
  const property = config.notion.reviews.properties.cycle;
  const conditions = cycles.map((name) => ({ property, select: { equals: name } }));
  return conditions.length === 1 && conditions[0] ? conditions[0] : { or: conditions };
}

function matches(review: Review, filter: ReviewFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.pageId && review.pageId !== canonicalId(filter.pageId)) return false;
  if (filter.email && review.reviewee.email?.toLowerCase() !== filter.email.trim().toLowerCase())
    return false;
  return true;
}

/**
 * Reads the review pages of the open cycles: one filtered, paged query (⌈n/100⌉ requests), plus a
 * property read only for a people value cut at 25. A bad page is reported and skipped.
 */
export async function readReviews(
  gw: NotionGateway,
  config: Config,
  dataSourceId: string,
  opts: { cycles: string[]; reviewFilter?: ReviewFilter },
): Promise<ReviewsRead> {
  const result: ReviewsRead = { reviews: [], held: [], problems: [], stageType: null };
  if (opts.cycles.length === 0) return result;
  // Built once per read, not per page: a large team has thousands of pages.
  const specs = reviewSpecs(config);
  const { fixed, nominationSpecs, dueSpecs, ratingSpecs } = specs;
  await forEachPage(
    gw,
    {
      data_source_id: dataSourceId,
      filter: cycleFilter(config, opts.cycles),
      filter_properties: queryPropertyNames(fixed, nominationSpecs, dueSpecs, ratingSpecs),
    },
    async (page) => {
      let mapped: Awaited<ReturnType<typeof mapReview>>;
      try {
        mapped = await mapReview(gw, config, specs, page);
      } catch (error) {
        // A failed extra read costs this page only; a broken token still stops the run.
        if (error instanceof NotionApiError && error.isAuth) throw error;
        mapped = `could not read the page in full: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (typeof mapped === 'string') {
        result.problems.push({ pageId: canonicalId(page.id), dataSource: 'reviews', message: mapped });
        return;
      }
      result.stageType ??= mapped.stageType;
      if (matches(mapped.review, opts.reviewFilter)) result.reviews.push(mapped.review);
    },
  );
  return holdDuplicates(result);
}

function personKey(review: Review): string {
  const { id, email } = review.reviewee;
  return email ? `email:${email.trim().toLowerCase()}` : `id:${id ?? review.pageId}`;
}

/**
 * Two open pages for one reviewee and cycle would both be scored from the same responses and could
 * deliver two different results. Both become page problems and neither is synced until a person
 * removes one. The message names the other page by id, never the person.
 */
function holdDuplicates(read: ReviewsRead): ReviewsRead {
  const groups = new Map<string, Review[]>();
  for (const review of read.reviews) {
    const key = `${review.cycle}\u0000${personKey(review)}`;
    groups.set(key, [...(groups.get(key) ?? []), review]);
  }
  const reviews: Review[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      reviews.push(...group);
      continue;
    }
    read.held.push(...group);
    for (const review of group) {
      const others = group.filter((other) => other !== review).map((other) => other.pageId);
      read.problems.push({
        pageId: review.pageId,
        dataSource: 'reviews',
        message: `another open page has the same reviewee and cycle (${others.join(', ')}); neither is synced until one is removed`,
      });
    }
  }
  // Keep the query's order for the pages that stay.
  const kept = new Set(reviews);
  return { ...read, reviews: read.reviews.filter((review) => kept.has(review)) };
}
