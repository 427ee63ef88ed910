import * as crypto from 'node:crypto';

// Content hashes of the core's models: canonical JSON (keys sorted at every depth) and its SHA-256. The
// summary hash and the overview hash both build on these, so both live below the two folders.

// One call per model, where a Hash object costs a native object and three calls: a fifth of the hashing
// time for a summary-sized text. `crypto.hash` arrived in Node 20.12; earlier 20.x takes the long way.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** The hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  if (oneShot !== undefined) return oneShot('sha256', text, 'hex');
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * JSON with object keys sorted at every depth and arrays kept in order (their order is content:
 * rows follow the framework, the plan its rules). Without sorted keys, two equal models built in a
 * different property order would hash differently.
 */
export function canonicalJson(value: unknown, shapes: ShapeMemo = createShapeMemo()): string {
  // JSON.stringify gives undefined for a value it omits (a function, undefined itself).
  const json: string | undefined = JSON.stringify(write(value, shapes));
  return json ?? 'null';
}

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

function isIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1;
}

/**
 * Integer-like keys first, in numeric order (a JavaScript object lists them so), then the rest by
 * code unit: the order the earlier sorted copy and key-list replacer gave, so stored hashes hold.
 */
function byCanonicalOrder(a: string, b: string): number {
  const ai = isIndex(a);
  const bi = isIndex(b);
  if (ai !== bi) return ai ? -1 : 1;
  if (ai) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorted keys and their written prefixes by the object's own key list: the models have a handful of
 * shapes, so each is sorted once per run rather than once per object. Shapes are filed under their
 * first key and told apart by comparing key lists, which allocates nothing (joining the keys into one
 * string for a map key cost more than the sort it saved). Bounded, since a shape with data-dependent
 * keys (a count per relationship) could otherwise grow it without end.
 */
interface Shape {
  own: readonly string[];
  sorted: ReadonlyArray<readonly [string, string]>;
}
export interface ShapeMemo {
  byFirstKey: Map<string, Shape[]>;
  count: number;
}
const MAX_SHAPES = 10_000;

export function createShapeMemo(): ShapeMemo {
  return { byFirstKey: new Map(), count: 0 };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sortedKeys(own: string[], memo: ShapeMemo): Shape['sorted'] {
  const SHAPES = memo.byFirstKey;
  const first = own[0] ?? '';
  const filed = SHAPES.get(first);
  if (filed !== undefined) {
    for (const shape of filed) if (sameKeys(shape.own, own)) return shape.sorted;
  }
  const shape: Shape = {
    own: [...own],
    sorted: own.sort(byCanonicalOrder).map((key) => [key, JSON.stringify(key) + ':'] as const),
  };
  if (memo.count >= MAX_SHAPES) {
    SHAPES.clear();
    memo.count = 0;
  }
  const list = SHAPES.get(first);
  if (list === undefined) SHAPES.set(first, [shape]);
  else list.push(shape);
  memo.count += 1;
  return shape.sorted;
}

/**
 * A copy of `value` whose objects list their keys in canonical order, for `JSON.stringify` to write:
 * the engine's own writer gives one flat string, which hashes faster than the chain of pieces a
 * hand-written one builds. Objects with `toJSON` are replaced by its result, as `JSON.stringify`
 * would; everything else (omitted undefined values, null for non-finite numbers) is left to it.
 */
function write(value: unknown, shapes: ShapeMemo): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // Called once, as JSON.stringify calls it: what it returns is written as it is.
    return copyOf((value as { toJSON: () => unknown }).toJSON(), shapes);
  }
  return copyOf(value, shapes);
}

function copyOf(value: unknown, shapes: ShapeMemo): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = write(value[i], shapes);
    return copy;
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) return value;
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [key] of sortedKeys(Object.keys(record), shapes)) {
    // A key named __proto__ must stay a key, not set the copy's prototype.
    if (key === '__proto__') {
      Object.defineProperty(copy, key, {
        value: write(record[key], shapes),
        enumerable: true,
        writable: true,
      });
    } else copy[key] = write(record[key], shapes);
  }
  return copy;
}
