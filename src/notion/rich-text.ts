// Notion caps one text object at 2,000 characters and one rich_text array at 100 items. Everything the
// tool writes goes through here, as plain `text` objects: no markdown, no mentions, no equations, so a
// leading "=" or "**" in a comment stays exactly as typed.

export const MAX_TEXT_CHARS = 2000;
export const MAX_ARRAY_ITEMS = 100;

export interface TextItem {
  type: 'text';
  text: { content: string };
}

/** Splits text into chunks of at most `max` UTF-16 units without cutting a surrogate pair in half. */
export function splitText(text: string, max = MAX_TEXT_CHARS): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/**
 * Rich text for one value. Over 100 chunks (200,000 characters) the tail is cut and marked, because
 * Notion would reject the whole request otherwise and a truncated note beats a failed review.
 */
export function richText(text: string): TextItem[] {
  if (text === '') return [];
  const chunks = splitText(text);
  if (chunks.length > MAX_ARRAY_ITEMS) {
    chunks.length = MAX_ARRAY_ITEMS;
    const marker = ' …[truncated]';
    chunks[MAX_ARRAY_ITEMS - 1] =
      `${(chunks[MAX_ARRAY_ITEMS - 1] ?? '').slice(0, MAX_TEXT_CHARS - marker.length)}${marker}`;
  }
  return chunks.map((content) => ({ type: 'text', text: { content } }));
}

/** Joins the plain text of a rich text array as read from Notion. */
export function plainText(items: readonly { plain_text: string }[]): string {
  return items.map((item) => item.plain_text).join('');
}
