// Notion property values as a page create or a seed writes them, shared by both Notion sandbox harnesses.

/** A title property value holding one plain text run. */
export function title(text: string) {
  return { title: [{ text: { content: text } }] };
}
