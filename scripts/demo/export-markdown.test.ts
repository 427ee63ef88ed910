import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportChildPagesAsMarkdown, exportPagesAsMarkdown } from './export-markdown.ts';
import { blocksToMarkdown, escapeMarkdown, richTextToMarkdown } from './export-markdown-blocks.ts';
import { createSandbox, loadSeedFile, type SandboxSeed } from '../../src/sandbox/index.ts';

const DS = 'd5000000-0000-4000-8000-000000000001';
const USER = 'a11ce000-0000-4000-8000-000000000001';
const ctx = { userName: (id: string) => (id === USER ? 'Alice Moreau' : null) };
const t = (content: string, extra: Record<string, unknown> = {}) => [
  { type: 'text', text: { content }, ...extra },
];
const b = (type: string, text: string, extra: Record<string, unknown> = {}) => ({
  type,
  [type]: { rich_text: t(text), ...extra },
});

function state(pages: Record<string, unknown>[]): SandboxSeed {
  return {
    notion: {
      users: [{ id: USER, type: 'person', name: 'Alice Moreau', person: { email: 'alice@example.com' } }],
      databases: [
        {
          id: 'd0000000-0000-4000-8000-000000000001',
          title: 'Reviews',
          dataSources: [
            {
              id: DS,
              title: 'Reviews',
              properties: {
                Name: { type: 'title', title: {} },
                Manager: { type: 'people', people: {} },
                Stage: { type: 'status', status: {} },
                'Overall score': { type: 'number', number: {} },
                Calibrated: { type: 'checkbox', checkbox: {} },
                Due: { type: 'date', date: {} },
              },
              pages,
            },
          ],
        },
      ],
    },
  };
}

const bob = {
  id: 'e0000000-0000-4000-8000-000000000001',
  properties: {
    Name: { title: t('Bob | Okafor') },
    Manager: { people: [{ id: USER }] },
    Stage: { status: { name: 'Calibration' } },
    'Overall score': { number: 3.85 },
    Calibrated: { checkbox: true },
    Due: { date: { start: '2026-12-16', end: null } },
  },
  children: [b('paragraph', 'Notes.')],
};

describe('exportPagesAsMarkdown', () => {
  it('writes an index and one file per live page, with readable property values', () => {
    const trashed = {
      id: 'e0000000-0000-4000-8000-000000000009',
      properties: { Name: { title: t('x') } },
      in_trash: true,
    };
    const files = exportPagesAsMarkdown(state([bob, trashed]), { dataSourceId: DS.replace(/-/g, '') });
    expect(files.map((f) => f.fileName)).toEqual(['README.md', 'bob-okafor.md']);
    expect(files[0]?.markdown).toEqual(
      [
        '# Reviews',
        '',
        '1 page, exported from the sandbox state.',
        '',
        '| Page | Stage | Overall score |',
        '| --- | --- | --- |',
        '| [Bob \\| Okafor](bob-okafor.md) | Calibration | 3.85 |',
        '',
      ].join('\n'),
    );
    expect(files[1]?.markdown).toEqual(
      [
        '# Bob \\| Okafor',
        '',
        'Page `e0000000-0000-4000-8000-000000000001`',
        '',
        '| Property | Value |',
        '| --- | --- |',
        '| Name | Bob \\| Okafor |',
        '| Manager | Alice Moreau |',
        '| Stage | Calibration |',
        '| Overall score | 3.85 |',
        '| Calibrated | yes |',
        '| Due | 2026-12-16 |',
        '',
        '## Page content',
        '',
        'Notes.',
        '',
      ].join('\n'),
    );
  });

  it('appends comments passed in, with mentions resolved to names', () => {
    const comment = {
      created_time: '2026-11-28T14:03:00.000Z',
      rich_text: [{ type: 'mention', mention: { user: { id: USER } } }, ...t(' Self-assessment was due.')],
    };
    const [, page] = exportPagesAsMarkdown(state([bob]), {
      dataSourceId: DS,
      comments: { [bob.id]: [comment] },
    });
    expect(
      page?.markdown.endsWith(
        '## Comments\n\n- **2026-11-28 14:03 UTC:** @Alice Moreau Self-assessment was due.\n',
      ),
    ).toBe(true);
  });

  it('refuses a data source that is not in the state', () => {
    expect(() => exportPagesAsMarkdown(state([]), { dataSourceId: USER })).toThrow(/not in the state/);
  });
});

describe('blocksToMarkdown', () => {
  it('renders lists, headings, quotes, toggles, dividers and tables', () => {
    const table = {
      type: 'table',
      table: {
        table_width: 2,
        has_column_header: true,
        children: [
          { type: 'table_row', table_row: { cells: [t('Code'), t('Score')] } },
          { type: 'table_row', table_row: { cells: [t('CQ'), t('4.00')] } },
        ],
      },
    };
    const blocks = [
      b('heading_3', 'Strengths'),
      b('bulleted_list_item', 'one', { children: [b('bulleted_list_item', 'nested')] }),
      b('bulleted_list_item', 'two'),
      b('numbered_list_item', 'first'),
      b('numbered_list_item', 'second'),
      b('quote', 'Kind and specific.'),
      b('toggle', 'More', { children: [b('paragraph', 'inside')] }),
      { type: 'divider', divider: {} },
      table,
    ];
    expect(blocksToMarkdown(blocks, ctx)).toEqual([
      '#### Strengths',
      '',
      '- one',
      '  - nested',
      '- two',
      '',
      '1. first',
      '2. second',
      '',
      '> Kind and specific.',
      '',
      '<details>',
      '<summary>More</summary>',
      '',
      'inside',
      '',
      '</details>',
      '',
      '---',
      '',
      '| Code | Score |',
      '| --- | --- |',
      '| CQ | 4.00 |',
    ]);
  });

  it('renders a callout as a blockquote with its children inside', () => {
    const callout = b('callout', 'Review summary', {
      icon: { type: 'emoji', emoji: '📊' },
      children: [b('heading_3', 'Overall 3.85'), b('bulleted_list_item', 'CQ')],
    });
    expect(blocksToMarkdown([callout], ctx)).toEqual([
      '> **📊 Review summary**',
      '>',
      '> #### Overall 3.85',
      '>',
      '> - CQ',
    ]);
  });
});

describe('pages under a page', () => {
  it('renders each live child page, with a Mermaid block fenced by its language', () => {
    const parent = '2a000000-0000-4000-8000-000000000001';
    const state = {
      notion: {
        pages: [
          { id: parent, title: 'Team' },
          {
            id: '2a000000-0000-4000-8000-000000000002',
            title: 'Cycle overview — 2026-H2 · ov1:0123456789abcdef',
            parent: { page_id: parent },
            children: [
              {
                type: 'code',
                code: { language: 'mermaid', rich_text: [{ text: { content: 'pie\n "A" : 1' } }] },
              },
              { type: 'code', code: { language: 'plain text', rich_text: [{ text: { content: 'x' } }] } },
            ],
          },
          {
            id: '2a000000-0000-4000-8000-000000000003',
            title: 'Old',
            parent: { page_id: parent },
            in_trash: true,
          },
        ],
      },
    } as unknown as SandboxSeed;
    const files = exportChildPagesAsMarkdown(state, parent);
    // The file name leaves out the hash the title ends in, so it stays put across replacements.
    expect(files.map((f) => f.fileName)).toEqual(['cycle-overview-2026-h2.md']);
    expect(files[0]?.markdown).toContain('```mermaid\npie\n "A" : 1\n```\n\n```\nx\n```');
  });
});

describe('rich text', () => {
  it('keeps human text literal: markdown and HTML are escaped, a leading = needs nothing', () => {
    expect(escapeMarkdown('=1+1 is **bold** <b>x</b> # [y]')).toBe(
      '=1+1 is \\*\\*bold\\*\\* \\<b\\>x\\</b\\> \\# \\[y\\]',
    );
    expect(escapeMarkdown('- not a list\n2. nor this')).toBe('\\- not a list\n\\2. nor this');
  });

  it('applies annotations and links the writer set', () => {
    const items = [
      ...t('bold', { annotations: { bold: true } }),
      ...t(' and '),
      { type: 'text', text: { content: 'docs', link: { url: 'https://example.com/docs' } } },
    ];
    expect(richTextToMarkdown(items, ctx)).toBe('**bold** and [docs](https://example.com/docs)');
  });
});

describe('demo seed', () => {
  it('loads and starts a sandbox, and renders the page with human notes', async () => {
    const seed = await loadSeedFile(fileURLToPath(new URL('../../demo/seed.json', import.meta.url)));
    const files = exportPagesAsMarkdown(createSandbox({ seed }).state(), {
      dataSourceId: '3b000000-0000-4000-8000-000000000001',
    });
    // The index, 13 pages of 2026-H2 and 10 of the earlier cycle 2026-H1.
    expect(files).toHaveLength(24);
    expect(files.find((f) => f.fileName === 'elena-petrova-2026-h2.md')?.markdown).toMatchSnapshot();
  });
});
