import {
  asArray,
  blocksToMarkdown,
  escapeMarkdown,
  isRecord,
  richTextToMarkdown,
  type JsonRecord,
  type RenderContext,
} from './export-markdown-blocks.ts';
import type { SandboxSeed } from '../../src/sandbox/index.ts';

// Turns a sandbox state dump into Markdown files a person can read after `npm run demo`: one file per
// page of a data source plus an index. Pure, so the same state always gives the same files.

export interface ExportOptions {
  /** The data source whose pages are exported (the reviews). */
  dataSourceId: string;
  /**
   * Comments by page id, as `comments.list` returns them. The state dump has no comments, so the caller
   * fetches them; a page in the state may also carry a `comments` array of its own.
   */
  comments?: Readonly<Record<string, readonly unknown[]>>;
  /** Properties shown as index columns, where the data source has them (default: stage, score, band). */
  indexColumns?: readonly string[];
}

export interface MarkdownFile {
  fileName: string;
  markdown: string;
}

const DEFAULT_COLUMNS = ['Stage', 'Overall score', 'Computed band', 'Peer responses'];
const EMPTY = '—';

const sameId = (a: string, b: string) =>
  a.replace(/-/g, '').toLowerCase() === b.replace(/-/g, '').toLowerCase();

function contextFor(state: SandboxSeed): RenderContext & { pageTitle(id: string): string | null } {
  const users = new Map<string, string>();
  for (const user of asArray(state.notion?.users).filter(isRecord))
    if (typeof user.id === 'string' && typeof user.name === 'string')
      users.set(user.id.replace(/-/g, ''), user.name);
  const titles = new Map<string, string>();
  const ctx = {
    userName: (id: string) => users.get(id.replace(/-/g, '')) ?? null,
    pageTitle: (id: string) => titles.get(id.replace(/-/g, '')) ?? null,
  };
  for (const database of state.notion?.databases ?? [])
    for (const source of database.dataSources)
      for (const page of source.pages ?? [])
        if (page.id) titles.set(page.id.replace(/-/g, ''), titleOf(page.properties ?? {}, ctx));
  return ctx;
}

function titleOf(properties: Record<string, unknown>, ctx: RenderContext): string {
  const title = Object.values(properties).find((v) => isRecord(v) && Array.isArray(v.title));
  return isRecord(title) ? richTextToMarkdown(title.title, ctx) : '';
}

/** A property value, in the shape pages.create takes, as short readable text for a table cell. */
function propertyText(type: string, value: unknown, ctx: ReturnType<typeof contextFor>): string {
  const v = isRecord(value) ? value[type] : undefined;
  const name = (o: unknown) => (isRecord(o) && typeof o.name === 'string' ? escapeMarkdown(o.name) : '');
  const ids = (list: unknown) =>
    asArray(list)
      .filter(isRecord)
      .map((o) => String(o.id));
  let text: string;
  switch (type) {
    case 'title':
    case 'rich_text':
      text = richTextToMarkdown(v, ctx);
      break;
    case 'select':
    case 'status':
      text = name(v);
      break;
    case 'multi_select':
      text = asArray(v).map(name).join(', ');
      break;
    case 'people':
      text = ids(v)
        .map((id) => escapeMarkdown(ctx.userName(id) ?? id))
        .join(', ');
      break;
    case 'relation':
      text = ids(v)
        .map((id) => ctx.pageTitle(id) ?? id)
        .join(', ');
      break;
    case 'date':
      text = isRecord(v) ? [v.start, v.end].filter((d) => typeof d === 'string').join(' → ') : '';
      break;
    case 'checkbox':
      text = v === true ? 'yes' : 'no';
      break;
    default:
      // number, email, url, phone_number: scalars; anything richer is not worth a table cell.
      text = typeof v === 'string' || typeof v === 'number' ? escapeMarkdown(String(v)) : '';
  }
  return text.trim() === '' ? EMPTY : text.replace(/\n/g, '<br>');
}

function commentLines(comments: readonly unknown[], ctx: RenderContext): string[] {
  if (comments.length === 0) return [];
  const lines = comments.filter(isRecord).map((c) => {
    const when = typeof c.created_time === 'string' ? c.created_time.slice(0, 16).replace('T', ' ') : '';
    const author =
      isRecord(c.created_by) && typeof c.created_by.id === 'string' ? ctx.userName(c.created_by.id) : null;
    const text = richTextToMarkdown(c.rich_text, ctx).replace(/\n/g, ' ');
    return `- **${when} UTC${author ? `, ${escapeMarkdown(author)}` : ''}:** ${text}`;
  });
  return ['', '## Comments', '', ...lines];
}

function slug(title: string, id: string, taken: Set<string>): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .replace(/^-|-$/g, '') || `page-${id.replace(/-/g, '').slice(0, 8)}`;
  const name = taken.has(base) ? `${base}-${id.replace(/-/g, '').slice(0, 8)}` : base;
  taken.add(name);
  return `${name}.md`;
}

/** One Markdown file per page of the data source, and an index `README.md`. */
export function exportPagesAsMarkdown(state: SandboxSeed, opts: ExportOptions): MarkdownFile[] {
  const ctx = contextFor(state);
  const databases = state.notion?.databases ?? [];
  const source = databases.flatMap((d) => d.dataSources).find((s) => sameId(s.id, opts.dataSourceId));
  if (!source) throw new Error(`data source ${opts.dataSourceId} is not in the state`);
  const schema = Object.entries(source.properties).map(([name, p]) => ({ name, type: String(p.type) }));
  const columns = (opts.indexColumns ?? DEFAULT_COLUMNS).filter((c) => schema.some((p) => p.name === c));
  const taken = new Set(['readme.md']);
  const files: MarkdownFile[] = [];
  const index: string[] = [];

  for (const page of (source.pages ?? []).filter((p) => p.in_trash !== true)) {
    const props: JsonRecord = page.properties ?? {};
    const id = page.id ?? '';
    const plainTitle = titleOf(props, ctx).replace(/\\(.)/g, '$1');
    const title = titleOf(props, ctx) || 'Untitled';
    const fileName = slug(plainTitle, id, taken);
    const cell = (name: string) =>
      propertyText(schema.find((p) => p.name === name)?.type ?? '', props[name], ctx);
    const ownComments = asArray((page as JsonRecord).comments);
    const body = blocksToMarkdown(asArray(page.children), ctx);
    const lines = [
      `# ${title}`,
      '',
      `Page \`${id}\``,
      '',
      '| Property | Value |',
      '| --- | --- |',
      ...schema.map((p) => `| ${escapeMarkdown(p.name)} | ${cell(p.name)} |`),
      ...(body.length > 0 ? ['', '## Page content', '', ...body] : []),
      ...commentLines([...ownComments, ...(opts.comments?.[id] ?? [])], ctx),
    ];
    files.push({ fileName, markdown: `${lines.join('\n')}\n` });
    index.push(`| [${title}](${fileName}) | ${columns.map(cell).join(' | ')} |`);
  }

  const readme = [
    `# ${escapeMarkdown(typeof source.title === 'string' ? source.title : 'Pages')}`,
    '',
    `${files.length} ${files.length === 1 ? 'page' : 'pages'}, exported from the sandbox state.`,
    '',
    `| Page | ${columns.map(escapeMarkdown).join(' | ')} |`,
    `| --- |${' --- |'.repeat(columns.length)}`,
    ...index,
  ];
  return [{ fileName: 'README.md', markdown: `${readme.join('\n')}\n` }, ...files];
}

/**
 * The live pages under a stand-alone page (tool-owned overview pages, say), one Markdown file each,
 * named after the title. Trashed pages are left out, as Notion hides them.
 */
export function exportChildPagesAsMarkdown(state: SandboxSeed, parentPageId: string): MarkdownFile[] {
  const ctx = contextFor(state);
  const taken = new Set(['readme.md']);
  return (state.notion?.pages ?? [])
    .filter((page) => page.parent && sameId(page.parent.page_id, parentPageId) && page.in_trash !== true)
    .map((page) => {
      const body = blocksToMarkdown(asArray(page.children), ctx);
      const lines = [`# ${escapeMarkdown(page.title)}`, '', `Page \`${page.id}\``, '', ...body];
      // The overview's title ends in its content hash; the file keeps a name that does not change with it.
      const name = page.title.replace(/ · ov\d+:[0-9a-f]{16}$/, '');
      return { fileName: slug(name, page.id, taken), markdown: `${lines.join('\n')}\n` };
    });
}
