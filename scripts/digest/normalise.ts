import { createHash } from 'node:crypto';

// A canonical text for any value plan() returns, that does not depend on field names: objects become
// the sorted list of their values' canonical texts, so a renamed key or type hashes the same, and only
// what the plan decides (values and the order of lists) can change the digest.

function canonical(value: unknown): string {
  if (value === undefined || typeof value === 'function') return '';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? `n${value}` : `n${String(value)}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return `d${value.toISOString()}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Map)
    return bag([...value.entries()].map(([k, v]) => `${canonical(k)}=${canonical(v)}`));
  if (value instanceof Set) return bag([...value].map(canonical));
  if (typeof value === 'object') {
    // Absent and undefined are the same to a reader, so an optional field left undefined adds nothing.
    return bag(
      Object.values(value as Record<string, unknown>)
        .filter((v) => v !== undefined)
        .map(canonical),
    );
  }
  return typeof value; // symbols: nothing a plan holds
}

function bag(items: string[]): string {
  return `{${items
    .filter((s) => s !== '')
    .sort()
    .join(',')}}`;
}

export function normalisedDigest(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex');
}
