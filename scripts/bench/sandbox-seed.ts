// Turns a synthetic team into a sandbox seed and a Google Forms CSV export. The data source schemas are
// cloned from the demo seed, so the bench runs against exactly the schema `npm run demo` and the e2e
// tests use, and a schema change there reaches the bench without edits here.
import { actionItemPages, type Config } from '../../src/core/config-schema.ts';
import { stageName } from '../../src/core/workflow/stages.ts';
import type { SyntheticTeam, TeamMember } from './synthetic-team.ts';

interface SeedDataSource {
  id: string;
  title: string;
  properties: Record<string, unknown>;
  pages?: unknown[];
}

interface SeedDatabase {
  id: string;
  title: string;
  parent?: unknown;
  dataSources: SeedDataSource[];
}

interface DemoSeed {
  notion: { users: unknown[]; pages: unknown[]; databases: SeedDatabase[] };
}

const text = (content: string) => [{ type: 'text', text: { content } }];
const person = (m: TeamMember) => ({
  object: 'user',
  id: m.userId,
  type: 'person',
  name: m.name,
  person: { email: m.email },
});

/** The seed's data source a config section names, by its database id or its own id. */
function dataSourceOf(
  seed: DemoSeed,
  ref: { database?: string; dataSource?: string },
): { db: SeedDatabase; ds: SeedDataSource } {
  const db = seed.notion.databases.find((d) =>
    ref.dataSource !== undefined ? d.dataSources.some((s) => s.id === ref.dataSource) : d.id === ref.database,
  );
  const ds =
    ref.dataSource !== undefined ? db?.dataSources.find((s) => s.id === ref.dataSource) : db?.dataSources[0];
  if (!db || !ds) throw new Error(`the demo seed has no ${ref.dataSource ?? ref.database ?? ''}`);
  return { db, ds };
}

/** The demo seed with its people and pages replaced by the synthetic team's; schemas and ids kept. */
export function benchSeed(demoSeed: unknown, config: Config, team: SyntheticTeam): unknown {
  const seed = structuredClone(demoSeed) as DemoSeed;
  const p = config.notion.reviews.properties;
  const bots = seed.notion.users.filter((u) => (u as { type?: string }).type === 'bot');
  seed.notion.users = [...bots, ...team.managers.map(person), ...team.reviews.map((r) => person(r.reviewee))];

  const reviews = dataSourceOf(seed, config.notion.reviews);
  reviews.ds.pages = team.reviews.map((r) => ({
    id: r.pageId,
    properties: {
      [p.name]: { title: text(`${r.reviewee.name} — ${team.cycle}`) },
      [p.reviewee]: { people: [{ id: r.reviewee.userId }] },
      [p.manager]: { people: [{ id: r.manager.userId }] },
      [p.cycle]: { select: { name: team.cycle } },
      [p.stage]: { status: { name: stageName(config, r.stage) } },
      [p.calibrated]: { checkbox: false },
      [p.delivered]: { checkbox: false },
    },
    created_time: '2026-10-20T08:00:00Z',
  }));

  if (config.notion.goals) {
    const goals = dataSourceOf(seed, config.notion.goals);
    goals.ds.pages = team.goals.map((g) => ({
      id: g.pageId,
      properties: {
        Goal: { title: text(g.title) },
        Review: { relation: [{ id: g.reviewPageId }] },
        Competency: { select: { name: g.competency } },
        Metric: { rich_text: text(g.metric) },
        Baseline: { number: g.baseline },
        Target: { number: g.target },
        Current: { number: g.current },
        Start: { date: { start: g.start } },
        Due: { date: { start: g.due } },
      },
      created_time: '2026-07-01T08:00:00Z',
    }));
  }
  const items = actionItemPages(config);
  if (items) {
    // A first run starts with no action items, so every planned action is a create.
    dataSourceOf(seed, items).ds.pages = [];
  }
  return seed;
}

function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** "2026/11/03 10:29:23 AM GMT+1", the shape of Google Forms' CSV download, always in UTC here. */
function formsTimestamp(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = at.getUTCHours();
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const day = `${at.getUTCFullYear()}/${pad(at.getUTCMonth() + 1)}/${pad(at.getUTCDate())}`;
  return `${day} ${hour12}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'} GMT+0`;
}

/** The team's answers as the CSV source of the config reads them, headers taken from the config. */
export function benchCsv(config: Config, team: SyntheticTeam): string {
  const source = config.sources.find((s) => s.type === 'csv');
  if (!source) throw new Error('the bench config has no csv source');
  const f = source.fields;
  const competencies = config.framework.competencies;
  const na = config.scale.naValues[0] ?? 'N/A';
  const header = [
    f.timestamp,
    f.respondentEmail ?? '',
    f.reviewee,
    f.relationship,
    ...competencies.map((c) => c.question),
    ...(f.comment ? [f.comment] : []),
  ];
  const rows = team.responses.map((r) => [
    formsTimestamp(r.submittedAt),
    r.respondentEmail,
    r.revieweeEmail,
    r.relationship,
    ...competencies.map((c) => {
      const v = r.ratings[c.code];
      return v === null || v === undefined ? na : String(v);
    }),
    ...(f.comment ? [r.comment] : []),
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}
