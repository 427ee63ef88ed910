import { createHash } from 'node:crypto';

/** A JSON Schema node as the generator writes it; only the keywords the post-processing touches are named. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  [keyword: string]: unknown;
}

/**
 * Closes every object that lists its properties (additionalProperties: false), so that a field the types
 * do not define is a drift rather than noise. Maps (`Record<string, X>`) keep their value schema.
 */
export function closeObjects(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(closeObjects);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const schema = node as SchemaNode;
  if (schema.properties !== undefined && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  Object.values(schema).forEach(closeObjects);
}

/** The definition a `$ref` names, or the node itself. */
function resolve(node: SchemaNode, definitions: Record<string, SchemaNode>): SchemaNode {
  const target = node.$ref ? definitions[decodeURIComponent(node.$ref.replace('#/definitions/', ''))] : node;
  if (!target) throw new Error(`no generated definition behind ${String(node.$ref)}`);
  return target;
}

/**
 * A request root becomes the body alone: the SDK's parameter types hold the path and query parameters
 * beside the body fields. The root and its top-level union members are copied first, so the types they
 * refer to stay shared and untouched.
 */
export function bodyOnly(
  name: string,
  definitions: Record<string, SchemaNode>,
  nonBodyKeys: readonly string[],
): void {
  const root = definitions[name];
  if (!root) throw new Error(`no generated definition ${name}`);
  const copy = structuredClone(resolve(root, definitions));
  if (copy.anyOf) copy.anyOf = copy.anyOf.map((branch) => structuredClone(resolve(branch, definitions)));
  for (const object of copy.anyOf ?? [copy]) {
    for (const key of nonBodyKeys) delete object.properties?.[key];
    if (object.required) object.required = object.required.filter((key) => !nonBodyKeys.includes(key));
  }
  definitions[name] = copy;
}

const HOIST_ABOVE = 400;

/**
 * Moves every large nested schema into a definition of its own, named by a hash of its content, so that
 * one written out many times (the SDK spells the block request union out at each nesting level) is
 * defined once. ajv then compiles it once: without this, compiling the append body alone takes ~10 s.
 * A definition's own node and its top-level union members stay in place, where the overlays edit them.
 */
export function hoistRepeats(definitions: Record<string, SchemaNode>): void {
  const shared: Record<string, SchemaNode> = {};
  const visit = (node: unknown, keep: boolean, keepMembers: boolean): unknown => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    const schema = { ...(node as SchemaNode) };
    for (const key of ['properties', 'patternProperties']) {
      const map = schema[key] as Record<string, unknown> | undefined;
      if (map)
        schema[key] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, visit(v, false, false)]));
    }
    for (const key of ['anyOf', 'allOf', 'oneOf']) {
      const list = schema[key] as unknown[] | undefined;
      if (list) schema[key] = list.map((member) => visit(member, keepMembers && key === 'anyOf', false));
    }
    for (const key of ['additionalProperties', 'items', 'not']) {
      const child = schema[key];
      if (Array.isArray(child)) schema[key] = child.map((member) => visit(member, false, false));
      else if (child !== undefined) schema[key] = visit(child, false, false);
    }
    const text = JSON.stringify(schema);
    if (keep || text.length < HOIST_ABOVE) return schema;
    const name = `Shared_${createHash('sha1').update(text).digest('hex').slice(0, 10)}`;
    shared[name] = schema;
    return { $ref: `#/definitions/${name}` };
  };
  for (const [name, schema] of Object.entries(definitions)) {
    definitions[name] = visit(schema, true, true) as SchemaNode;
  }
  Object.assign(definitions, shared);
}
