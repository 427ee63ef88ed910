import { invalidArgument } from './errors.ts';

/** A parsed `fields` selection: `true` keeps the whole value, a nested mask keeps part of it. */
export interface FieldMask {
  [field: string]: FieldMask | true;
}

/**
 * Parses Google's partial-response syntax: `a.b,c(d,e/f)`; both `.` and `/` separate path steps.
 * Every Google API honours this system parameter, so the emulator applies it to every JSON reply.
 */
export function parseFieldMask(text: string): FieldMask {
  let pos = 0;
  const fail = (): never => {
    throw invalidArgument(`Invalid field selection ${text}`);
  };
  const name = (): string => {
    const match = /^(\*|[A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(pos));
    if (!match) return fail();
    pos += match[0].length;
    return match[0];
  };
  const list = (into: FieldMask, closing: boolean): void => {
    for (;;) {
      const path = [name()];
      while (text[pos] === '.' || text[pos] === '/') {
        pos++;
        path.push(name());
      }
      let leaf: FieldMask | true = true;
      if (text[pos] === '(') {
        pos++;
        leaf = {};
        list(leaf, true);
      }
      merge(into, path, leaf);
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (closing) {
        if (text[pos] !== ')') fail();
        pos++;
      }
      return;
    }
  };
  const root: FieldMask = {};
  list(root, false);
  if (pos !== text.length) fail();
  return root;
}

function merge(into: FieldMask, path: string[], leaf: FieldMask | true): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    const existing = into[head];
    into[head] = existing === true || leaf === true ? true : { ...(existing ?? {}), ...leaf };
    return;
  }
  const next = into[head];
  if (next === true) return;
  const child: FieldMask = next ?? {};
  into[head] = child;
  merge(child, rest, leaf);
}

/** Keeps only the selected fields; a selection applies to each element of an array. */
export function applyFieldMask(value: unknown, mask: FieldMask): unknown {
  if (mask['*'] === true) return value;
  if (Array.isArray(value)) return value.map((element) => applyFieldMask(element, mask));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(mask)) {
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined) continue;
    out[key] = sub === true ? field : applyFieldMask(field, sub);
  }
  return out;
}
