// Renders Notion blocks and rich text, in the seed/dump shapes, as Markdown. The input is whatever a
// person or the sync wrote, so text is escaped: a comment like `=1+1 **really**` must read literally in
// the export, exactly as Notion shows it, never as formatting.

/** Looks up display names for user mentions, which the dump stores by id only. */
export interface RenderContext {
  userName: (id: string) => string | null;
}

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Backslash-escapes the characters that would turn plain text into Markdown or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replace(/^(\s*)([-+=]|\d+\.)(?=\s)/gm, '$1\\$2');
}

function itemText(item: JsonRecord, ctx: RenderContext): string {
  if (typeof item.plain_text === 'string' && item.type !== 'mention') return item.plain_text;
  const text = isRecord(item.text) ? item.text : null;
  if (text && typeof text.content === 'string') return text.content;
  const mention = isRecord(item.mention) ? item.mention : null;
  const user = mention && isRecord(mention.user) ? mention.user : null;
  if (user && typeof user.id === 'string') return `@${ctx.userName(user.id) ?? 'unknown user'}`;
  if (typeof item.plain_text === 'string') return item.plain_text;
  const equation = isRecord(item.equation) ? item.equation : null;
  return equation && typeof equation.expression === 'string' ? equation.expression : '';
}

/** Rich text as Markdown: escaped text wrapped in the item's annotations and link. */
export function richTextToMarkdown(value: unknown, ctx: RenderContext): string {
  return asArray(value)
    .filter(isRecord)
    .map((item) => {
      const raw = itemText(item, ctx);
      if (raw.trim() === '') return raw;
      const a = isRecord(item.annotations) ? item.annotations : {};
      let out = a.code === true ? `\`${raw.replace(/`/g, "'")}\`` : escapeMarkdown(raw);
      if (a.bold === true) out = `**${out}**`;
      if (a.italic === true) out = `_${out}_`;
      if (a.strikethrough === true) out = `~~${out}~~`;
      const link = isRecord(item.text) && isRecord(item.text.link) ? item.text.link.url : null;
      return typeof link === 'string' ? `[${out}](${link})` : out;
    })
    .join('');
}

/** Dumps carry `type`; seeds may leave it out and give only the content key (`{ paragraph: {...} }`). */
function blockType(block: JsonRecord): string {
  if (typeof block.type === 'string') return block.type;
  return Object.keys(block).find((key) => isRecord(block[key]) && key !== 'annotations') ?? '';
}

const indent = (lines: string[], prefix: string): string[] =>
  lines.map((line) => (line === '' ? prefix.trimEnd() : `${prefix}${line}`));

/** A table block: the first row is the header when the table has one, otherwise a blank header. */
function tableLines(content: JsonRecord, ctx: RenderContext): string[] {
  const rows = asArray(content.children)
    .filter(isRecord)
    .map((row) => (isRecord(row.table_row) ? asArray(row.table_row.cells) : []))
    .map((cells) => cells.map((cell) => richTextToMarkdown(cell, ctx).replace(/\n/g, '<br>')));
  const width = Math.max(
    typeof content.table_width === 'number' ? content.table_width : 0,
    ...rows.map((r) => r.length),
  );
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  const line = (cells: string[]) => `| ${pad(cells).join(' | ')} |`;
  const header = content.has_column_header === true && rows.length > 0 ? rows.shift()! : [];
  return [line(header), `|${' --- |'.repeat(width)}`, ...rows.map(line)];
}

/** One block and its children. `number` is the position within a run of numbered items. */
function blockLines(block: JsonRecord, number: number, ctx: RenderContext): string[] {
  const type = blockType(block);
  const content = isRecord(block[type]) ? block[type] : {};
  const text = richTextToMarkdown(content.rich_text, ctx);
  const children = blocksToMarkdown(asArray(content.children), ctx);
  const lines = (first: string) => first.split('\n');
  switch (type) {
    case 'paragraph':
      return [
        ...lines(text.replace(/\n/g, '  \n')),
        ...(children.length ? ['', ...indent(children, '    ')] : []),
      ];
    case 'heading_1':
    case 'heading_2':
    case 'heading_3':
    case 'heading_4':
      // The page title is the only level-1 heading, so block headings start one level down.
      return [`${'#'.repeat(Math.min(Number(type.slice(-1)) + 1, 6))} ${text}`];
    case 'bulleted_list_item':
    case 'numbered_list_item':
    case 'to_do': {
      const marker =
        type === 'numbered_list_item'
          ? `${number}.`
          : type === 'to_do'
            ? `- [${content.checked === true ? 'x' : ' '}]`
            : '-';
      const [first = '', ...rest] = lines(text);
      const pad = ' '.repeat(marker.length + 1);
      return [`${marker} ${first}`, ...indent(rest, pad), ...indent(children, pad)];
    }
    case 'quote':
      return indent([...lines(text), ...(children.length ? ['', ...children] : [])], '> ');
    case 'callout': {
      const icon =
        isRecord(content.icon) && typeof content.icon.emoji === 'string' ? `${content.icon.emoji} ` : '';
      return indent([`**${icon}${text}**`, ...(children.length ? ['', ...children] : [])], '> ');
    }
    case 'toggle':
      return ['<details>', `<summary>${text}</summary>`, '', ...children, '', '</details>'];
    case 'divider':
      return ['---'];
    case 'table':
      return tableLines(content, ctx);
    case 'code': {
      const source = asArray(content.rich_text)
        .filter(isRecord)
        .map((i) => itemText(i, ctx))
        .join('');
      // The language stays on the fence, so a Mermaid block renders as a diagram on GitHub as in Notion.
      const language =
        typeof content.language === 'string' &&
        /^[\w+-]+$/.test(content.language) &&
        content.language !== 'plain'
          ? content.language
          : '';
      return [`\`\`\`${language}`, ...source.split('\n'), '```'];
    }
    default:
      return [`<!-- ${type || 'unknown'} block not shown -->`];
  }
}

const LIST_TYPES = new Set(['bulleted_list_item', 'numbered_list_item', 'to_do']);

/** Blocks as Markdown lines; list items stay together, every other block is its own paragraph. */
export function blocksToMarkdown(blocks: readonly unknown[], ctx: RenderContext): string[] {
  const out: string[] = [];
  let previous = '';
  let number = 0;
  for (const block of blocks.filter(isRecord)) {
    const type = blockType(block);
    number = type === 'numbered_list_item' && previous === type ? number + 1 : 1;
    // Items of one list stay tight; a different kind of list starts a new one after a blank line.
    const tight = LIST_TYPES.has(type) && type === previous;
    if (out.length > 0 && !tight) out.push('');
    out.push(...blockLines(block, number, ctx));
    previous = type;
  }
  return out;
}
