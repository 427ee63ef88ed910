import type { SchemaNode } from '../../../scripts/contract/strict-schema.ts';

type Definitions = Record<string, SchemaNode>;

const TAGS = ['type', 'object'];

function resolve(node: SchemaNode, definitions: Definitions): SchemaNode | undefined {
  return node.$ref ? definitions[decodeURIComponent(node.$ref.replace('#/definitions/', ''))] : node;
}

/** The tag values a member fixes, or undefined when it does not fix the tag as a required string. */
function tagValues(member: SchemaNode | undefined, tag: string): string[] | undefined {
  const property = member?.properties?.[tag];
  if (!member || !property || !(member.required ?? []).includes(tag)) return undefined;
  if (typeof property.const === 'string') return [property.const];
  const values = property.enum;
  return Array.isArray(values) && values.every((v) => typeof v === 'string') ? values : undefined;
}

/** The tag that tells the members apart, when every member fixes it to values no other member has. */
function tagOf(members: SchemaNode[], definitions: Definitions): string | undefined {
  return TAGS.find((tag) => {
    const seen = new Set<string>();
    return members.every((member) => {
      const values = tagValues(resolve(member, definitions), tag);
      if (!values || values.some((value) => seen.has(value))) return false;
      values.forEach((value) => seen.add(value));
      return true;
    });
  });
}

/**
 * Turns each union whose members all fix `type` (or `object`) to distinct values into a `oneOf` with
 * ajv's `discriminator`, which checks the one member the body names instead of trying them all. It
 * accepts exactly what the union did (the tags are distinct, so at most one member could match), at a
 * fraction of the cost: a page's property values are a union of 24 members.
 */
export function discriminateUnions(definitions: Definitions): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const schema = node as SchemaNode;
    Object.values(schema).forEach(visit);
    const members = schema.anyOf;
    if (!members || members.length < 2) return;
    const tag = tagOf(members, definitions);
    if (!tag) return;
    delete schema.anyOf;
    schema.oneOf = members;
    schema.discriminator = { propertyName: tag };
  };
  visit(definitions);
}
