import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_SETUP } from '../exit-codes.ts';
import type { Sandbox } from '../sandbox/index.ts';
import {
  demoSetup,
  ENV,
  TOKEN,
  useDoctorSandbox,
  type DemoSetup,
} from '../../test/support/doctor-sandbox.ts';
import type { Finding } from './findings.ts';

const kit = useDoctorSandbox();

const PARENT = '2a000000-0000-4000-8000-000000000001';
const NOW = () => new Date('2026-11-20T08:30:00.000Z');
const TITLE = 'review-sync write check 2026-11-20T08:30:00.000Z';

const writeLines = (findings: Finding[]) =>
  findings
    .filter((f) => f.check.startsWith('capability') || f.check === 'write check')
    .map((f) => [f.status, f.check]);

/** Every stand-alone page but the demo's parent: what the write check left behind. */
const scratchPages = (sandbox: Sandbox) =>
  (sandbox.state().notion?.pages ?? []).filter((page) => page.id !== PARENT);

const writes = (sandbox: Sandbox) =>
  sandbox.requests
    .entries()
    .filter((e) => e.method !== 'GET')
    .filter((e) => !e.path.includes('/query'))
    .map((e) => [e.method, e.path.replace(/[0-9a-f-]{36}/g, '<id>'), e.status]);

/** The demo set-up with the given token, which the seed must then accept. */
async function withToken(token: string): Promise<{ setup: DemoSetup; env: typeof ENV }> {
  const setup = await demoSetup();
  setup.seed.tokens = [...(setup.seed.tokens ?? []), token];
  return { setup, env: { ...ENV, NOTION_TOKEN: token } };
}

describe('doctor --write-check', () => {
  it('exercises every capability on a scratch page under the overview parent, then trashes it', async () => {
    const { findings, exitCode, sandbox } = await kit.run(await demoSetup(), ENV, {
      writeCheck: { now: NOW },
    });
    expect(writeLines(findings)).toEqual([
      ['ok', 'capability read content'],
      ['ok', 'capability insert content'],
      ['ok', 'capability update content'],
      ['ok', 'capability insert comments'],
      ['ok', 'capability read comments'],
      ['ok', 'write check'],
    ]);
    expect(exitCode).toBe(EXIT_OK);
    expect(scratchPages(sandbox)).toEqual([
      {
        id: expect.any(String) as string,
        title: TITLE,
        parent: { page_id: PARENT },
        in_trash: true,
        children: [expect.objectContaining({ type: 'paragraph' })],
      },
    ]);
    expect(sandbox.notion.store.comments.size).toBe(1);
    expect(writes(sandbox)).toEqual([
      ['POST', '/v1/pages', 200],
      ['PATCH', '/v1/blocks/<id>/children', 200],
      ['POST', '/v1/comments', 200],
      ['PATCH', '/v1/pages/<id>', 200],
    ]);
    const bodies = sandbox.requests.entries().filter((e) => e.method !== 'GET' && !e.path.includes('/query'));
    expect(bodies[0]?.body).toEqual({
      parent: { page_id: PARENT },
      properties: { title: { title: [{ type: 'text', text: { content: TITLE } }] } },
    });
    expect(bodies[1]?.body).toEqual({
      children: [
        {
          type: 'paragraph',
          paragraph: { rich_text: [{ type: 'text', text: { content: 'review-sync write check' } }] },
        },
      ],
    });
    expect(bodies[3]?.body).toEqual({ in_trash: true });
  });

  it('reports a token without the comment capability, with the box to tick, and still trashes the page', async () => {
    const { setup, env } = await withToken(`${TOKEN}--without-insert-comments`);
    const { findings, exitCode, sandbox } = await kit.run(setup, env, { writeCheck: { now: NOW } });
    expect(writeLines(findings)).toEqual([
      ['ok', 'capability read content'],
      ['ok', 'capability insert content'],
      ['ok', 'capability update content'],
      ['problem', 'capability insert comments'],
      ['ok', 'capability read comments'],
      ['ok', 'write check'],
    ]);
    expect(findings.find((f) => f.check === 'capability insert comments')).toEqual({
      status: 'problem',
      check: 'capability insert comments',
      message:
        'Notion refused comments.create (403 restricted_resource): reminders for overdue stages cannot be posted',
      fix:
        'tick "Insert comments" under Capabilities in the integration\'s settings (Settings → Connections → ' +
        'Develop or manage integrations → the integration), then run `review-sync doctor --write-check` again',
    });
    expect(exitCode).toBe(EXIT_SETUP);
    expect(scratchPages(sandbox).map((p) => [p.title, p.in_trash])).toEqual([[TITLE, true]]);
    expect(sandbox.notion.store.comments.size).toBe(0);
  });

  it('reports a token that cannot insert content, and creates nothing', async () => {
    const { setup, env } = await withToken(`${TOKEN}--without-insert-content--without-insert-comments`);
    const { findings, exitCode, sandbox } = await kit.run(setup, env, { writeCheck: { now: NOW } });
    expect(writeLines(findings)).toEqual([
      ['skipped', 'capability read content'],
      ['problem', 'capability insert content'],
      ['skipped', 'capability update content'],
      ['skipped', 'capability insert comments'],
      ['skipped', 'capability read comments'],
    ]);
    expect(findings.find((f) => f.check === 'capability insert content')?.fix).toContain(
      'tick "Insert content"',
    );
    expect(exitCode).toBe(EXIT_SETUP);
    expect(scratchPages(sandbox)).toEqual([]);
  });

  it('trashes the page even when a step after its creation fails', async () => {
    const { setup, env } = await withToken(`${TOKEN}--without-read-content`);
    // Reading content is what the plain checks need too; only the write check's lines matter here.
    const { findings, sandbox } = await kit.run(setup, env, { writeCheck: { now: NOW } });
    expect(findings.find((f) => f.check === 'capability read content')?.status).toBe('problem');
    expect(scratchPages(sandbox).map((p) => p.in_trash)).toEqual([true]);
  });

  it('writes under --parent, given as a URL, in place of the overview parent', async () => {
    const setup = await demoSetup();
    const other = '2c000000-0000-4000-8000-000000000001';
    setup.seed.notion.pages = [...(setup.seed.notion.pages ?? []), { id: other, title: 'Sandbox' }];
    const parent = `https://www.notion.so/acme/Sandbox-${other.replace(/-/g, '')}`;
    const { findings, sandbox } = await kit.run(setup, ENV, { writeCheck: { parent, now: NOW } });
    expect(findings.find((f) => f.check === 'write check')?.status).toBe('ok');
    const scratch = scratchPages(sandbox).filter((p) => p.id !== other);
    expect(scratch.map((p) => p.parent)).toEqual([{ page_id: other }]);
  });

  it('without --parent or an overview parent names both ways to give one, sending no write', async () => {
    const setup = await demoSetup();
    delete (setup.config.notion as { overview?: unknown }).overview;
    const { findings, exitCode, sandbox } = await kit.run(setup, ENV, { writeCheck: {} });
    expect(findings.find((f) => f.check === 'write check')).toEqual({
      status: 'problem',
      check: 'write check',
      message: 'no page to create the scratch page under',
      fix: 'pass --parent <page URL or id>, or set notion.overview.parentPage in config; the scratch page is created there',
    });
    expect(exitCode).toBe(EXIT_SETUP);
    expect(writes(sandbox)).toEqual([]);
  });

  it('a parent the integration cannot reach is a problem with the sharing fix', async () => {
    const { findings } = await kit.run(await demoSetup(), ENV, {
      writeCheck: { parent: '2d000000-0000-4000-8000-000000000009' },
    });
    const check = findings.find((f) => f.check === 'write check');
    expect(check?.status).toBe('problem');
    expect(check?.fix).toContain('share the page with it');
  });
});
