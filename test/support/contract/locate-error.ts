import type { ErrorObject } from 'ajv';
import type { SchemaNode } from '../../../scripts/contract/strict-schema.ts';

/** The value a JSON pointer (ajv's instancePath) names inside `body`. */
function at(body: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === 'object' ? (node as never)[key] : undefined),
      body,
    );
}

/**
 * A union member that is not the one the body meant: Notion's objects name their kind in `type` (and
 * `object`), and each member fixes that key with a `const`, so a member for another kind is known by it.
 */
function isOtherMember(error: ErrorObject, body: unknown): boolean {
  if (error.keyword === 'const') return /\/(type|object)$/.test(error.instancePath);
  const node = at(body, error.instancePath);
  if (node === null || typeof node !== 'object') return false;
  const parent: SchemaNode | undefined = error.parentSchema;
  const properties = parent?.properties ?? {};
  return ['type', 'object'].some((key) => {
    const fixed = properties[key]?.const;
    return fixed !== undefined && fixed !== (node as Record<string, unknown>)[key];
  });
}

/**
 * The error that names the real drift. A union (a block, a property value) fails in every member; the
 * members for other kinds are dropped, and of the rest the deepest error wins.
 */
export function locate(errors: ErrorObject[], body: unknown): { path: string; message: string } {
  const relevant = errors.filter((error) => !isOtherMember(error, body));
  const located = (relevant.length > 0 ? relevant : errors).map((error) => {
    const extra =
      error.keyword === 'required'
        ? `/${String(error.params.missingProperty)}`
        : error.keyword === 'additionalProperties'
          ? `/${String(error.params.additionalProperty)}`
          : '';
    return { path: `${error.instancePath}${extra}`, error };
  });
  const depth = (path: string) => path.split('/').length;
  const best = located.reduce((a, b) => (depth(b.path) > depth(a.path) ? b : a));
  const message =
    best.error.keyword === 'additionalProperties'
      ? 'is not in the contract'
      : best.error.keyword === 'required'
        ? 'is required by the contract'
        : (best.error.message ?? best.error.keyword);
  return { path: best.path, message };
}
