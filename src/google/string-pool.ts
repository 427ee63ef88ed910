// Responses repeat the same few texts: a reviewee's email on every row about them, a relationship label
// and "N/A" on thousands. And a value cut from a CSV file's text is, in V8, a view into that text, so a
// single kept value keeps the whole file in memory for the rest of the run. A pool made for one read
// holds one copy of each text, copied off the string it was cut from; it is dropped with the read.

/** Returns the pool's copy of `text`, adding one the first time a text is seen. */
export type StringPool = (text: string) => string;

export function createStringPool(): StringPool {
  const copies = new Map<string, string>();
  return (text) => {
    const known = copies.get(text);
    if (known !== undefined) return known;
    const own = detachedCopy(text);
    copies.set(own, own);
    return own;
  };
}

/**
 * The same text in a string of its own. A JSON round trip builds a fresh flat string and keeps every
 * UTF-16 code unit, lone surrogates included, which a round trip through UTF-8 bytes would not.
 */
export function detachedCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
