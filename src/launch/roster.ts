import { z } from 'zod';
import type { Config } from '../core/config-schema.ts';
import type { DueStage } from '../core/domain.ts';
import { ConfigError } from '../errors.ts';
import { resolveDataSource } from '../notion/data-source.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import { canonicalId } from '../notion/ids.ts';
import { TITLE_PROPERTY_ID } from '../notion/filter-properties.ts';
import { queryAllPages } from '../notion/paginate.ts';
import { readReviews } from '../notion/read-reviews.ts';
import { plainText } from '../notion/rich-text.ts';

// Who gets a review page this cycle. The roster comes from the one place config names: its own `team`
// list, a Notion data source of people, or the previous cycle's review pages.

/** A person as the roster knows them: by email (config), or by Notion user (a people property). */
export interface PersonRef {
  email?: string;
  userId?: string;
}

export interface RosterEntry {
  name: string;
  reviewee: PersonRef;
  manager: PersonRef | null;
  team?: string;
  due: Partial<Record<DueStage, string>>;
}

export interface Roster {
  /** Where the entries came from, for the output. */
  source: string;
  entries: RosterEntry[];
  /** Rows of a team data source that could not be used, each with its reason. */
  problems: string[];
}

const user = z.object({
  id: z.string(),
  name: z.string().nullish(),
  person: z.object({ email: z.string().nullish() }).nullish(),
});
const people = z.object({ type: z.literal('people'), people: z.array(user) });
const title = z.object({ type: z.literal('title'), title: z.array(z.object({ plain_text: z.string() })) });
const teamValue = z.union([
  z.object({ type: z.literal('select'), select: z.object({ name: z.string() }).nullable() }),
  z.object({ type: z.literal('rich_text'), rich_text: z.array(z.object({ plain_text: z.string() })) }),
]);

function refOf(value: z.output<typeof user>): PersonRef {
  const email = value.person?.email?.trim().toLowerCase();
  return { userId: canonicalId(value.id), ...(email ? { email } : {}) };
}

function fromTeamList(config: Config): Roster {
  if (config.team.length === 0) {
    throw new ConfigError('launch: the roster is the `team` list in config, and it lists nobody', {
      details: [
        'Add one entry per person under `team` (email, name, manager), or set `launch.roster` to',
        '`notion` (a team data source) or `previous-cycle` (the people of the last cycle).',
      ],
    });
  }
  return {
    source: 'config team list',
    problems: [],
    entries: config.team.map((member) => ({
      name: member.name,
      reviewee: { email: member.email.toLowerCase() },
      manager: member.manager ? { email: member.manager.toLowerCase() } : null,
      ...(member.team ? { team: member.team } : {}),
      due: member.due ?? {},
    })),
  };
}

async function fromTeamDatabase(gw: NotionGateway, config: Config): Promise<Roster> {
  const team = config.launch.teamDatabase;
  if (!team) {
    throw new ConfigError('launch.roster is `notion`, but launch.teamDatabase is not set', {
      details: ['Set launch.teamDatabase.database to the URL or id of the team database.'],
    });
  }
  const dataSource = await resolveDataSource(gw, { database: team.database });
  const names = team.properties;
  const roster: Roster = { source: 'Notion team database', entries: [], problems: [] };
  // Every title property has the id "title", whatever its name: how the page's title is asked for.
  const wanted = [TITLE_PROPERTY_ID, names.person, names.manager, ...(names.team ? [names.team] : [])];
  const query = { data_source_id: dataSource, filter_properties: wanted };
  for (const page of await queryAllPages(gw, query)) {
    const props = page.properties as Record<string, unknown>;
    const person = people.safeParse(props[names.person]);
    const first = person.success ? person.data.people[0] : undefined;
    if (!first) {
      roster.problems.push(`team page ${canonicalId(page.id)}: "${names.person}" names nobody`);
      continue;
    }
    const manager = people.safeParse(props[names.manager]);
    const boss = manager.success ? manager.data.people[0] : undefined;
    const titleValue = Object.values(props).find((v) => title.safeParse(v).success);
    const pageTitle = titleValue ? plainText(title.parse(titleValue).title).trim() : '';
    const teamName = names.team ? teamValue.safeParse(props[names.team]) : null;
    const teamText = !teamName?.success
      ? ''
      : teamName.data.type === 'select'
        ? (teamName.data.select?.name ?? '')
        : plainText(teamName.data.rich_text).trim();
    roster.entries.push({
      name: first.name?.trim() || pageTitle || first.id,
      reviewee: refOf(first),
      manager: boss ? refOf(boss) : null,
      ...(teamText ? { team: teamText } : {}),
      due: {},
    });
  }
  return roster;
}

/** The cycle listed just before `cycle` in config, unless `launch.previousCycle` names one. */
export function previousCycleOf(config: Config, cycle: string): string | null {
  if (config.launch.previousCycle) return config.launch.previousCycle;
  const index = config.cycles.findIndex((c) => c.name === cycle);
  return index > 0 ? (config.cycles[index - 1]?.name ?? null) : null;
}

async function fromPreviousCycle(
  gw: NotionGateway,
  config: Config,
  reviewsDataSource: string,
  cycle: string,
): Promise<Roster> {
  const previous = previousCycleOf(config, cycle);
  if (previous === null) {
    throw new ConfigError(`launch: no cycle before "${cycle}" to take the people from`, {
      details: ['List the previous cycle before this one under `cycles`, or set launch.previousCycle.'],
    });
  }
  const read = await readReviews(gw, config, reviewsDataSource, { cycles: [previous] });
  return {
    source: `review pages of ${previous}`,
    problems: read.problems.map((p) => `page ${p.pageId}: ${p.message}`),
    entries: read.reviews.map((review) => ({
      name: review.reviewee.name ?? review.title.split(' — ')[0] ?? review.title,
      reviewee: {
        ...(review.reviewee.id ? { userId: review.reviewee.id } : {}),
        ...(review.reviewee.email ? { email: review.reviewee.email.toLowerCase() } : {}),
      },
      manager: review.manager
        ? {
            userId: review.manager.id,
            ...(review.manager.email ? { email: review.manager.email.toLowerCase() } : {}),
          }
        : null,
      due: {},
    })),
  };
}

export async function readRoster(
  gw: NotionGateway,
  config: Config,
  reviewsDataSource: string,
  cycle: string,
): Promise<Roster> {
  switch (config.launch.roster) {
    case 'team':
      return fromTeamList(config);
    case 'notion':
      return fromTeamDatabase(gw, config);
    case 'previous-cycle':
      return fromPreviousCycle(gw, config, reviewsDataSource, cycle);
  }
}
