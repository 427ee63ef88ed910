import { isMap, isSeq, parseDocument } from 'yaml';
import { ConfigError } from '../errors.ts';

// `config init --sources csv` keeps only the CSV entry of the starter's `sources:` list, so a team that
// feeds CSV exports has no sheet or form placeholder to delete by hand. The entries are cut out of the
// text, each with the comment lines above it, rather than the document re-printed: the rest of the file,
// its comments and line breaks stay exactly as the example has them.

export type StarterSource = 'csv' | 'sheet' | 'form';

export const STARTER_SOURCES: readonly StarterSource[] = ['sheet', 'form', 'csv'];

/** `--sources csv,form --sources sheet` as a set; repeats and spaces are allowed, unknown names refused. */
export function parseStarterSources(values: readonly string[]): StarterSource[] {
  const names = values.flatMap((value) => value.split(',')).map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => name !== '' && !STARTER_SOURCES.includes(name as StarterSource));
  if (unknown.length > 0) {
    throw new ConfigError(`--sources: unknown source type ${unknown.map((n) => `"${n}"`).join(', ')}`, {
      details: [`Choose from ${STARTER_SOURCES.join(', ')}, repeated or as a comma list.`],
    });
  }
  const chosen = STARTER_SOURCES.filter((type) => names.includes(type));
  if (chosen.length === 0) {
    throw new ConfigError('--sources names no source type', {
      details: [`Choose from ${STARTER_SOURCES.join(', ')}, or leave --sources out for all three.`],
    });
  }
  return chosen;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
}

/** Where an entry's text begins: its `- ` line, or the first of the indented comment lines just above it. */
function chunkStart(text: string, itemOffset: number): number {
  let start = lineStart(text, itemOffset);
  while (start > 0) {
    const previous = lineStart(text, start - 1);
    if (!/^\s+#/.test(text.slice(previous, start))) break;
    start = previous;
  }
  return start;
}

/** The starter text with only the `sources:` entries of the given types; the text as is without types. */
export function keepStarterSources(text: string, keep: readonly StarterSource[]): string {
  const doc = parseDocument(text);
  const sources = doc.get('sources', true);
  if (!isSeq(sources)) return text;
  const items = sources.items.flatMap((item) => (isMap(item) && item.range ? [item] : []));
  const chunks = items.map((item, i) => {
    const next = items[i + 1];
    // The last entry ends with the line of its last value, so the blank line after the list stays.
    const end = next?.range ? chunkStart(text, next.range[0]) : lineEnd(text, (item.range?.[1] ?? 1) - 1);
    return { type: String(item.get('type')), start: chunkStart(text, item.range?.[0] ?? 0), end };
  });
  let out = text;
  // From the last entry up, so the offsets of the earlier ones still hold.
  for (const chunk of [...chunks].reverse()) {
    if (!keep.includes(chunk.type as StarterSource)) out = out.slice(0, chunk.start) + out.slice(chunk.end);
  }
  return out;
}
