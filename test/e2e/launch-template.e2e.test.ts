import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { createSandbox, type Sandbox } from '../../src/sandbox/sandbox.ts';
import { startSandboxServer } from '../../src/sandbox/server.ts';
import { observeContract } from '../support/contract/observer.ts';
import { GOOGLE_TOKEN, ROOT, TOKEN, type CliResult } from './harness.ts';

// `review-sync launch` with `launch.template: default`, as a child process through bin/review-sync,
// against the sandbox over HTTP: the demo/launch team cut to three people, a default template on the
// Reviews data source, and the sandbox's template delay at one blank read. Then `doctor` with a
// template name the data source does not have.

const heading = (text: string) => ({
  type: 'heading_2',
  heading_2: { rich_text: [{ type: 'text', text: { content: text } }] },
});

let sandbox: Sandbox;
let url: string;
let close: () => Promise<void>;
let dir: string;

beforeAll(async () => {
  const seed = JSON.parse(await readFile(join(ROOT, 'demo/launch/seed.json'), 'utf8')) as {
    notion: { databases: { dataSources: Record<string, unknown>[] }[] };
  };
  seed.notion.databases[0]!.dataSources[0]!.templates = [
    {
      id: '7e000000-0000-4000-8000-000000000001',
      name: 'Review page',
      is_default: true,
      children: [heading('Self-assessment prompts'), heading('Goals for next cycle')],
    },
  ];
  sandbox = observeContract(createSandbox({ seed, rateLimit: 100_000, templateBlankReads: 1 }));
  const server = await startSandboxServer({ port: 0, sandbox });
  url = server.url;
  close = () => server.close();
  dir = await mkdtemp(join(tmpdir(), 'review-sync-launch-e2e-'));
});

afterAll(async () => close());

async function writeConfig(template: string): Promise<string> {
  const config = parse(await readFile(join(ROOT, 'demo/launch/review-sync.yaml'), 'utf8')) as {
    notion: { requestsPerSecond: number };
    team: unknown[];
    launch?: unknown;
  };
  config.notion.requestsPerSecond = 50;
  config.team = config.team.slice(0, 3);
  config.launch = { template };
  const path = join(dir, `review-sync-${template.replace(/\W/g, '-')}.yaml`);
  await writeFile(path, stringify(config));
  return path;
}

function cli(args: string[]): Promise<CliResult> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/review-sync'), ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NOTION_TOKEN: TOKEN,
      NOTION_API_BASE_URL: url,
      GOOGLE_OAUTH_ACCESS_TOKEN: GOOGLE_TOKEN,
      GOOGLE_API_ROOT_URL: `${url}/`,
      TZ: 'UTC',
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** A page's top-level blocks as `type: text`, from the sandbox's own state. */
function body(pageId: string): string[] {
  const store = sandbox.notion.store;
  return store.page(pageId).childIds.map((id) => {
    const block = store.block(id);
    const text = (block.content.rich_text as { plain_text: string }[]).map((t) => t.plain_text).join('');
    return `${block.type}: ${text}`;
  });
}

describe('launch with a data source template, through the CLI', () => {
  it('creates the pages from the default template, with the feedback links after its content', async () => {
    const config = await writeConfig('default');
    const report = join(dir, 'launch.json');
    const first = await cli(['launch', '--cycle', '2026-H2', '--config', config, '--report-file', report]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('pages from the template "Review page": 6 read(s) of page bodies');
    const written = JSON.parse(await readFile(report, 'utf8')) as {
      created: { name: string; pageId: string; links: boolean }[];
      counts: { created: number; linksPending: number };
    };
    expect(written.counts).toMatchObject({ created: 3, linksPending: 0 });
    for (const page of written.created) {
      expect(page.links).toBe(true);
      expect(body(page.pageId)).toEqual([
        'heading_2: Self-assessment prompts',
        'heading_2: Goals for next cycle',
        `paragraph: Give feedback on ${page.name}`,
        `paragraph: ${page.name}'s self-assessment`,
      ]);
    }
    const creates = sandbox.requests.entries().filter((e) => e.method === 'POST' && e.path === '/v1/pages');
    expect(creates.map((e) => (e.body as { template?: unknown }).template)).toEqual([
      { type: 'default' },
      { type: 'default' },
      { type: 'default' },
    ]);
    expect(creates.every((e) => !('children' in (e.body as object)))).toBe(true);

    sandbox.requests.clear();
    const again = await cli(['launch', '--cycle', '2026-H2', '--config', config]);
    expect(again.code).toBe(0);
    expect(
      sandbox.requests.entries().filter((e) => e.method !== 'GET' && !/\/query(\?|$)/.test(e.path)),
    ).toEqual([]);
  });

  it('has doctor report a template the data source does not have, and launch stop with exit 2', async () => {
    const config = await writeConfig('Annual review');
    const doctor = await cli(['doctor', '--config', config]);
    expect(doctor.code).toBe(2);
    expect(`${doctor.stdout}${doctor.stderr}`).toContain(
      'launch template: launch.template "Annual review" is not a template of the reviews data source',
    );
    sandbox.requests.clear();
    const launch = await cli(['launch', '--cycle', '2026-H2', '--config', config]);
    expect(launch.code).toBe(2);
    expect(launch.stderr).toContain('is not a template of the reviews data source');
    expect(sandbox.requests.entries().filter((e) => e.method === 'POST' && e.path === '/v1/pages')).toEqual(
      [],
    );
  });
});
