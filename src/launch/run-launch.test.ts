import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.ts';
import type { Config } from '../core/config-schema.ts';
import { ConfigError } from '../errors.ts';
import { createSandbox, type Sandbox } from '../sandbox/index.ts';
import { useMswServer } from '../../test/msw.ts';
import { sandboxHandlers } from '../../test/support/sandbox-handlers.ts';
import { runLaunch } from './run-launch.ts';

// Launch against the sandbox behind msw: demo/launch (the demo team, an empty Reviews database and a
// form), and demo/ (the same team with a 2026-H2 cycle already under way, for a next-cycle launch).

const ROOT = 'http://launch-sandbox.test';
const ENV = {
  NOTION_TOKEN: 'secret_launch_test_token',
  NOTION_API_BASE_URL: ROOT,
  GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.launch-test-token',
  GOOGLE_API_ROOT_URL: `${ROOT}/`,
};
const fast = { sleep: () => Promise.resolve(), maxAttempts: 1 };
const server = useMswServer();

async function seedOf(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
}

function start(seed: Record<string, unknown>): Sandbox {
  const sandbox = createSandbox({ seed, rateLimit: 100_000 });
  server.use(...sandboxHandlers(sandbox, ROOT));
  return sandbox;
}

async function launchConfig(): Promise<Config> {
  const config = await loadConfig('demo/launch/review-sync.yaml');
  return { ...config, notion: { ...config.notion, requestsPerSecond: 100 } };
}

const creates = (sandbox: Sandbox) =>
  sandbox.requests.entries().filter((e) => e.method === 'POST' && e.path === '/v1/pages');

describe('runLaunch', () => {
  it('creates one page per person, and a second launch creates none', async () => {
    const sandbox = start(await seedOf('demo/launch/seed.json'));
    const config = await launchConfig();
    const first = await runLaunch({
      config,
      env: ENV,
      cycle: '2026-H2',
      dryRun: false,
      notionOverrides: fast,
    });
    expect(first.counts).toEqual({
      roster: 13,
      created: 12,
      existing: 0,
      notFound: 1,
      failed: 0,
      linksAdded: 0,
      linksPending: 0,
    });
    expect(first.notFound).toEqual([{ name: 'Nadia Osei', who: 'reviewee', ref: 'nadia.osei@example.com' }]);
    expect(creates(sandbox)).toHaveLength(12);

    const daniel = creates(sandbox).find((e) => JSON.stringify(e.body).includes('Daniel Kim'));
    expect(daniel?.body).toEqual({
      parent: { type: 'data_source_id', data_source_id: '3d000000-0000-4000-8000-000000000001' },
      properties: {
        Name: { title: [{ type: 'text', text: { content: 'Daniel Kim — 2026-H2' } }] },
        Reviewee: { people: [{ id: '1b000000-0000-4000-8000-000000000004' }] },
        Manager: { people: [{ id: '1a000000-0000-4000-8000-000000000002' }] },
        Cycle: { select: { name: '2026-H2' } },
        Stage: { status: { name: 'Not started' } },
        'Self-assessment due': { date: { start: '2026-12-09' } },
      },
      children: [
        {
          object: 'block',
          type: 'paragraph',
          paragraph: {
            rich_text: [
              {
                type: 'text',
                text: {
                  content: 'Give feedback on Daniel Kim',
                  link: {
                    url: expect.stringMatching(
                      /^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform\?usp=pp_url&entry\.4180744=daniel\.kim%40example\.com$/,
                    ) as string,
                  },
                },
              },
            ],
          },
        },
        {
          object: 'block',
          type: 'paragraph',
          paragraph: {
            rich_text: [
              {
                type: 'text',
                text: {
                  content: "Daniel Kim's self-assessment",
                  link: {
                    url: expect.stringMatching(
                      /&entry\.4180744=daniel\.kim%40example\.com&entry\.\d+=Self$/,
                    ) as string,
                  },
                },
              },
            ],
          },
        },
      ],
    });

    sandbox.requests.clear();
    const second = await runLaunch({
      config,
      env: ENV,
      cycle: '2026-H2',
      dryRun: false,
      notionOverrides: fast,
    });
    expect(second.counts).toMatchObject({ created: 0, existing: 12, notFound: 1 });
    expect(creates(sandbox)).toEqual([]);
  });

  it('adds only the people who joined since the last launch', async () => {
    const seed = await seedOf('demo/launch/seed.json');
    const notion = seed.notion as { users: unknown[] };
    notion.users.push({
      object: 'user',
      id: '1b000000-0000-4000-8000-000000000099',
      type: 'person',
      name: 'Omar Haddad',
      person: { email: 'omar.haddad@example.com' },
    });
    const sandbox = start(seed);
    const config = await launchConfig();
    await runLaunch({ config, env: ENV, cycle: '2026-H2', dryRun: false, notionOverrides: fast });
    sandbox.requests.clear();
    const joined = {
      ...config,
      team: [
        ...config.team,
        { name: 'Omar Haddad', email: 'omar.haddad@example.com', manager: 'maya.lindqvist@example.com' },
      ],
    };
    const later = await runLaunch({
      config: joined,
      env: ENV,
      cycle: '2026-H2',
      dryRun: false,
      notionOverrides: fast,
    });
    expect(later.created.map((c) => c.title)).toEqual(['Omar Haddad — 2026-H2']);
    expect(creates(sandbox)).toHaveLength(1);
  });

  it('writes nothing in a dry run, and says who would get a page', async () => {
    const sandbox = start(await seedOf('demo/launch/seed.json'));
    const report = await runLaunch({
      config: await launchConfig(),
      env: ENV,
      cycle: '2026-H2',
      dryRun: true,
      notionOverrides: fast,
    });
    expect(report.created).toHaveLength(12);
    expect(report.created.every((c) => c.pageId === null)).toBe(true);
    expect(
      sandbox.requests.entries().filter((e) => e.method !== 'GET' && !/\/query(\?|$)/.test(e.path)),
    ).toEqual([]);
  });

  it('stops with a capability hint when users come back without emails', async () => {
    const seed = await seedOf('demo/launch/seed.json');
    const notion = seed.notion as { users: { person?: unknown }[] };
    for (const user of notion.users) delete user.person;
    start(seed);
    await expect(
      runLaunch({
        config: await launchConfig(),
        env: ENV,
        cycle: '2026-H2',
        dryRun: false,
        notionOverrides: fast,
      }),
    ).rejects.toThrow(ConfigError);
  });

  it('takes the people of the previous cycle for the next one, with their managers', async () => {
    const sandbox = start(await seedOf('demo/seed.json'));
    const demo = await loadConfig('demo/review-sync.yaml');
    const config: Config = {
      ...demo,
      notion: { ...demo.notion, requestsPerSecond: 100 },
      sources: [],
      cycles: [...demo.cycles, { name: '2027-H1', opens: '2027-05-03', due: {} }],
      launch: { roster: 'previous-cycle', template: 'none' },
    };
    const report = await runLaunch({
      config,
      env: ENV,
      cycle: '2027-H1',
      dryRun: false,
      notionOverrides: fast,
    });
    // The demo's 2026-H2 has 12 reviewees and one page without a reviewee, which is reported.
    expect(report.counts).toMatchObject({ roster: 12, created: 12, failed: 0 });
    expect(report.rosterProblems).toHaveLength(1);
    expect(report.linksNote).toContain('no form source');
    const bodies = creates(sandbox).map((e) => e.body as { properties: Record<string, unknown> });
    expect(bodies.every((b) => JSON.stringify(b.properties.Cycle) === '{"select":{"name":"2027-H1"}}')).toBe(
      true,
    );
    expect(bodies.every((b) => b.properties.Manager !== undefined)).toBe(true);
  });

  it('refuses a cycle that is not in config', async () => {
    start(await seedOf('demo/launch/seed.json'));
    await expect(
      runLaunch({
        config: await launchConfig(),
        env: ENV,
        cycle: '2031-H1',
        dryRun: false,
        notionOverrides: fast,
      }),
    ).rejects.toThrow('no such cycle');
  });
});
