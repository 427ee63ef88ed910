import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportChildPagesAsMarkdown, exportPagesAsMarkdown } from '../../scripts/demo/export-markdown.ts';
import { ROOT, runSyncInProcess, startDemoSandbox, writeTestConfig, type RunningSandbox } from './harness.ts';

// Every Mermaid source the tool writes must be one Mermaid itself accepts: a chart Notion cannot parse
// shows as an error box on the page. The demo team is synced as in `npm run demo`; every `mermaid` code
// block the sync sends, and every ```mermaid fence of the demo's Markdown export (and of demo-output/, when
// `npm run demo` has left one), is parsed with Mermaid's own parser under a jsdom window. Mermaid is
// imported once for the whole file: the import is most of the time this file takes.

const REVIEWS = '3b000000-0000-4000-8000-000000000001';
const OVERVIEW_PARENT = '2a000000-0000-4000-8000-000000000001';

/** The part of jsdom this file uses; jsdom ships no types of its own, and one constructor needs none. */
interface JsdomModule {
  JSDOM: new (html: string) => { window: Window & typeof globalThis };
}

interface Parser {
  parse(text: string): Promise<unknown>;
}

let sandbox: RunningSandbox;
let mermaid: Parser;
let written: string[] = [];
let markdown: { fileName: string; markdown: string }[] = [];
const saved = { window: globalThis.window, document: globalThis.document };

/** Every code block in the language "mermaid" anywhere in a request body. */
function mermaidSources(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) mermaidSources(item, out);
  } else if (typeof value === 'object' && value !== null) {
    const block = value as { type?: string; code?: { language?: string; rich_text?: unknown[] } };
    if (block.type === 'code' && block.code?.language === 'mermaid') {
      const items = (block.code.rich_text ?? []) as { text?: { content?: string } }[];
      out.push(items.map((item) => item.text?.content ?? '').join(''));
    }
    for (const child of Object.values(value)) mermaidSources(child, out);
  }
  return out;
}

/** The ```mermaid fences of a Markdown file, inside a callout's "> " quote or not. */
function mermaidFences(text: string): string[] {
  const fences: string[] = [];
  let current: string[] | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^(> ?)+/, '');
    if (current === null) {
      if (line.trim() === '```mermaid') current = [];
    } else if (line.trim() === '```') {
      fences.push(current.join('\n'));
      current = null;
    } else current.push(line);
  }
  return fences;
}

async function demoOutputFiles(): Promise<{ fileName: string; markdown: string }[]> {
  const dir = join(ROOT, 'demo-output');
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = names.filter((name) => name.endsWith('.md'));
  return Promise.all(
    files.map(async (fileName) => ({ fileName, markdown: await readFile(join(dir, fileName), 'utf8') })),
  );
}

beforeAll(async () => {
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default;

  sandbox = await startDemoSandbox();
  const { configPath } = await writeTestConfig();
  const result = await runSyncInProcess(sandbox.url, ['--config', configPath]);
  expect(result.code).toBe(0);
  written = sandbox.sandbox.requests.entries().flatMap((entry) => mermaidSources(entry.body));
  const state = sandbox.sandbox.state();
  markdown = [
    ...exportPagesAsMarkdown(state, { dataSourceId: REVIEWS }),
    ...exportChildPagesAsMarkdown(state, OVERVIEW_PARENT),
    ...(await demoOutputFiles()),
  ];
}, 120_000);

afterAll(async () => {
  await sandbox?.close();
  Object.assign(globalThis, saved);
});

describe('Mermaid charts of the demo', () => {
  it('writes every kind of chart', () => {
    const kindOf = (source: string) =>
      source.startsWith('pie') ? 'pie' : (source.split('\n')[1]?.trim() ?? source);
    expect([...new Set(written.map(kindOf))].sort()).toEqual([
      'pie',
      'title "Bands per manager · 2026-H2"',
      'title "Overall score by cycle"',
      'title "Self and others per code"',
    ]);
  });

  it('writes only sources that Mermaid’s parser accepts', async () => {
    expect(written.length).toBeGreaterThan(5);
    for (const source of new Set(written)) await expect(mermaid.parse(source), source).resolves.toBeTruthy();
  });

  it('exports every chart as a ```mermaid fence that Mermaid’s parser accepts', async () => {
    const fences = markdown.flatMap((file) => mermaidFences(file.markdown));
    expect(fences.length).toBeGreaterThan(5);
    for (const fence of new Set(fences)) await expect(mermaid.parse(fence), fence).resolves.toBeTruthy();
  });

  it.each([
    ['an unclosed axis', 'xychart-beta\n    x-axis ["CQ self"\n    bar [1]'],
    ['a word for a number', 'xychart-beta\n    x-axis ["CQ self"]\n    bar [four]'],
    ['a pie slice without a value', 'pie showData title Bands\n    "Meets" :'],
  ])('rejects a broken source: %s', async (_label, source) => {
    await expect(mermaid.parse(source)).rejects.toThrow();
  });

  it('draws no self-only code and no peer group below the threshold in a page’s chart', () => {
    let checked = 0;
    for (const file of markdown.filter((f) => f.fileName !== 'README.md')) {
      const chart = mermaidFences(file.markdown).find((f) => f.includes('Self and others per code')) ?? '';
      const rows = file.markdown
        .split('\n')
        .map((line) => line.replace(/^(> ?)+/, ''))
        .filter((line) => /^\| [A-Z]+ /.test(line))
        .map((line) => line.split('|').map((cell) => cell.trim()));
      for (const [, label = '', , peers = '', , score = ''] of rows) {
        const code = label.split(' ')[0] ?? '';
        if (score === 'awaiting others') {
          expect(chart, file.fileName).not.toContain(`"${code} `);
          checked++;
        }
        if (peers === '—' && chart !== '') {
          expect(chart, file.fileName).not.toContain(`"${code} peers`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
