import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.ts';
import type { Config } from '../core/config-schema.ts';
import { ConfigError } from '../errors.ts';
import { createSandbox, type Sandbox } from '../sandbox/index.ts';
import { useMswServer } from '../../test/msw.ts';
import { sandboxHandlers } from '../../test/support/sandbox-handlers.ts';
import { runLaunch } from './run-launch.ts';
import { TEMPLATE_READS } from './template-links.ts';

// Launch with `launch.template` against the sandbox behind msw: the demo/launch team, with templates
// seeded on the Reviews data source and the sandbox's template delay set per test.

const ROOT = 'http://launch-template.test';
const ENV = {
  NOTION_TOKEN: 'secret_launch_template_token',
  NOTION_API_BASE_URL: ROOT,
  GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.launch-template-token',
  GOOGLE_API_ROOT_URL: `${ROOT}/`,
};
const REVIEWS_SOURCE = '3d000000-0000-4000-8000-000000000001';
const DEFAULT_TEMPLATE = '7e000000-0000-4000-8000-000000000001';
const PEER_TEMPLATE = '7e000000-0000-4000-8000-000000000002';
const waits: number[] = [];
const fast = {
  sleep: (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  },
  maxAttempts: 1,
};
const server = useMswServer();

const heading = (text: string) => ({
  type: 'heading_2',
  heading_2: { rich_text: [{ type: 'text', text: { content: text } }] },
});
const templates = (withDefault: boolean) => [
  {
    id: DEFAULT_TEMPLATE,
    name: 'Review page',
    is_default: withDefault,
    children: [heading('Self-assessment'), heading('Goals for next cycle')],
  },
  { id: PEER_TEMPLATE, name: 'Short review', children: [heading('Notes')] },
];

async function start(blankReads: number, withDefault = true): Promise<Sandbox> {
  const seed = JSON.parse(
    await readFile(new URL('../../demo/launch/seed.json', import.meta.url), 'utf8'),
  ) as { notion: { databases: { dataSources: Record<string, unknown>[] }[] } };
  const source = seed.notion.databases[0]!.dataSources[0]!;
  source.templates = templates(withDefault);
  const sandbox = createSandbox({ seed, rateLimit: 100_000, templateBlankReads: blankReads });
  server.use(...sandboxHandlers(sandbox, ROOT));
  waits.length = 0;
  return sandbox;
}

async function configWith(template: string): Promise<Config> {
  const config = await loadConfig('demo/launch/review-sync.yaml');
  return {
    ...config,
    notion: { ...config.notion, requestsPerSecond: 100 },
    launch: { ...config.launch, template },
  };
}

const launch = async (config: Config, dryRun = false) =>
  runLaunch({ config, env: ENV, cycle: '2026-H2', dryRun, notionOverrides: fast });

const writes = (sandbox: Sandbox) =>
  sandbox.requests.entries().filter((e) => e.method === 'POST' && e.path === '/v1/pages');
const appends = (sandbox: Sandbox) =>
  sandbox.requests.entries().filter((e) => e.method === 'PATCH' && /\/children$/.test(e.path));

/** A page's top-level blocks as type and text, in order, read from the sandbox's own state. */
function body(sandbox: Sandbox, pageId: string): string[] {
  const store = sandbox.notion.store;
  return store.page(pageId).childIds.map((id) => {
    const block = store.block(id);
    const text = (block.content.rich_text as { plain_text: string }[]).map((t) => t.plain_text).join('');
    return `${block.type}: ${text}`;
  });
}

describe('runLaunch with a data source template', () => {
  it.each<[string, number, number]>([
    ['applied by the first read', 0, 1],
    ['applied by the third read', 2, 3],
  ])('writes the links after the template content when it is %s', async (_label, blankReads, reads) => {
    const sandbox = await start(blankReads);
    const report = await launch(await configWith('default'));
    expect(report.counts).toMatchObject({ created: 12, linksPending: 0, failed: 0 });
    expect(report.template).toEqual({ name: 'Review page', reads: 12 * reads, readsPerPage: TEMPLATE_READS });
    expect(report.created.every((c) => c.links)).toBe(true);
    expect(report.linksNote).toBeNull();
    expect(appends(sandbox)).toHaveLength(12);
    const daniel = report.created.find((c) => c.name === 'Daniel Kim')!;
    expect(body(sandbox, daniel.pageId!)).toEqual([
      'heading_2: Self-assessment',
      'heading_2: Goals for next cycle',
      'paragraph: Give feedback on Daniel Kim',
      "paragraph: Daniel Kim's self-assessment",
    ]);
  });

  it('creates from the template with no children, then appends the links at the end of that page', async () => {
    const sandbox = await start(1);
    const report = await launch(await configWith('default'));
    const daniel = report.created.find((c) => c.name === 'Daniel Kim')!;
    const create = writes(sandbox).find((e) => JSON.stringify(e.body).includes('Daniel Kim'))!;
    const sent = create.body as Record<string, unknown>;
    expect(sent.template).toEqual({ type: 'default' });
    expect(sent).not.toHaveProperty('children');
    const entries = sandbox.requests.entries();
    const append = entries.find((e) => e.method === 'PATCH' && e.path.includes(daniel.pageId!))!;
    expect(append.path).toBe(`/v1/blocks/${daniel.pageId!}/children`);
    // No `position` or `after`: the links go at the end, below the template's blocks.
    expect(Object.keys(append.body as object)).toEqual(['children']);
    expect(entries.indexOf(append)).toBeGreaterThan(entries.indexOf(create));
    // Every page is created before the first read of a page body.
    const firstRead = entries.findIndex((e) => e.method === 'GET' && /\/children(\?|$)/.test(e.path));
    expect(entries.findLastIndex((e) => e.method === 'POST' && e.path === '/v1/pages')).toBeLessThan(
      firstRead,
    );
    // One blank read per page, then the first backoff (the gateway's own pacing waits are shorter).
    expect(waits.filter((ms) => ms >= 500)).toEqual(Array.from({ length: 12 }, () => 500));
  });

  it('leaves the links for the next launch when the template never shows, then adds them exactly once', async () => {
    const sandbox = await start(1000);
    const config = await configWith('default');
    const first = await launch(config);
    expect(first.counts).toMatchObject({ created: 12, linksPending: 12, failed: 0 });
    expect(first.template?.reads).toBe(12 * TEMPLATE_READS);
    expect(first.created.every((c) => !c.links)).toBe(true);
    expect(first.linksNote).toContain('run `review-sync launch` again');
    expect(appends(sandbox)).toEqual([]);

    // Notion finishes the templates between the runs.
    for (const pending of sandbox.notion.store.pendingTemplates.values()) pending.blankReadsLeft = 0;
    sandbox.requests.clear();
    const second = await launch(config);
    expect(second.counts).toMatchObject({ created: 0, existing: 12, linksAdded: 12, linksPending: 0 });
    expect(writes(sandbox)).toEqual([]);
    expect(appends(sandbox)).toHaveLength(12);
    const page = first.linksPending[0]!;
    expect(body(sandbox, page.pageId)).toEqual([
      'heading_2: Self-assessment',
      'heading_2: Goals for next cycle',
      `paragraph: Give feedback on ${page.name}`,
      `paragraph: ${page.name}'s self-assessment`,
    ]);

    sandbox.requests.clear();
    const third = await launch(config);
    expect(third.counts).toMatchObject({ created: 0, linksAdded: 0, linksPending: 0 });
    expect(appends(sandbox)).toEqual([]);
  });

  it('adds no second links block on a second launch', async () => {
    const sandbox = await start(0);
    const config = await configWith('default');
    await launch(config);
    sandbox.requests.clear();
    const again = await launch(config);
    expect(again.counts).toMatchObject({ created: 0, existing: 12, linksAdded: 0, linksPending: 0 });
    expect(appends(sandbox)).toEqual([]);
    expect(again.template?.reads).toBe(12);
  });

  it('resolves a named template to its id with one list call', async () => {
    const sandbox = await start(0);
    await launch(await configWith('short REVIEW'));
    const bodies = writes(sandbox).map((e) => (e.body as { template?: unknown }).template);
    expect(bodies).toHaveLength(12);
    expect(new Set(bodies.map((b) => JSON.stringify(b)))).toEqual(
      new Set([JSON.stringify({ type: 'template_id', template_id: PEER_TEMPLATE })]),
    );
    const lists = sandbox.requests.entries().filter((e) => /\/templates(\?|$)/.test(e.path));
    expect(lists.map((e) => e.path)).toEqual([`/v1/data_sources/${REVIEWS_SOURCE}/templates?page_size=100`]);
  });

  it.each<[string, string, boolean, string]>([
    ['a template name that is not there', 'Annual review', true, 'is not a template'],
    ['"default" with no default template', 'default', false, 'has no default template'],
  ])('stops before creating anything on %s', async (_label, template, withDefault, message) => {
    const sandbox = await start(0, withDefault);
    const error = await launch(await configWith(template)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(message);
    expect(
      sandbox.requests.entries().filter((e) => e.method !== 'GET' && !/\/query(\?|$)/.test(e.path)),
    ).toEqual([]);
  });

  it.each<[string, 'late-504' | 503]>([
    ['landed before its reply was lost', 'late-504'],
    ['failed before it landed', 503],
  ])('verifies a create that %s: one page each, one set of links each', async (_label, respond) => {
    const sandbox = await start(0);
    sandbox.faults.script({ method: 'POST', path: /\/v1\/pages$/, nth: 3, respond });
    const report = await launch(await configWith('default'));
    expect(report.counts).toMatchObject({ created: 12, failed: 0, linksPending: 0 });
    // The cycle's pages are read once before the creates, and once more to learn where the lost one went.
    const queries = sandbox.requests.entries().filter((e) => /\/query(\?|$)/.test(e.path));
    expect(queries).toHaveLength(2);
    const store = sandbox.notion.store;
    const pages = [...store.pages.values()].filter((p) => p.parent.type === 'data_source_id');
    expect(pages).toHaveLength(12);
    for (const page of pages) {
      const links = body(sandbox, page.id).filter((line) => line.startsWith('paragraph: Give feedback'));
      expect(links).toHaveLength(1);
    }
  });

  it('writes nothing in a dry run', async () => {
    const sandbox = await start(0);
    const report = await launch(await configWith('default'), true);
    expect(report.created).toHaveLength(12);
    expect(report.created.every((c) => c.links && c.pageId === null)).toBe(true);
    expect(
      sandbox.requests.entries().filter((e) => e.method !== 'GET' && !/\/query(\?|$)/.test(e.path)),
    ).toEqual([]);
  });
});
