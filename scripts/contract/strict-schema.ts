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
