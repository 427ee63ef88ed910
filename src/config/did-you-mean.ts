// Suggests the key a person probably meant when they wrote one the schema does not know.

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known key closest to `key`, ignoring case, or null when none is close: at most a third of the
 * key's length in edits (at least 2), so `requestsPerSecnd` finds `requestsPerSecond` and `foo` finds nothing.
 */
export function closestKey(key: string, known: readonly string[]): string | null {
  const limit = Math.max(2, Math.floor(key.length / 3));
  let best: { key: string; distance: number } | null = null;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (best === null || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key ?? null;
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
}

/** The keys a JSON Schema allows at a config path (`['sources', 0, 'fields']`), across union options. */
export function keysAt(schema: SchemaNode, path: readonly PropertyKey[]): string[] {
  let nodes: SchemaNode[] = [schema];
  for (const segment of path) {
    const next: SchemaNode[] = [];
    for (const node of nodes.flatMap((n) => [n, ...(n.oneOf ?? []), ...(n.anyOf ?? [])])) {
      if (typeof segment === 'number' && node.items) next.push(node.items);
      const child = typeof segment === 'string' ? node.properties?.[segment] : undefined;
      if (child) next.push(child);
    }
    nodes = next;
  }
  const keys = nodes.flatMap((n) =>
    [n, ...(n.oneOf ?? []), ...(n.anyOf ?? [])].flatMap((o) => Object.keys(o.properties ?? {})),
  );
  return [...new Set(keys)];
}
