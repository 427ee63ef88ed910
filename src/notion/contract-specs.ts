import { z } from 'zod';
import type { NotionPropertyType, PropertyDecl } from '../core/notion-contract/contract.ts';
import {
  checkboxValue,
  dateValue,
  emailValue,
  urlValue,
  numberValue,
  peopleValue,
  relationValue,
  richTextValue,
  selectValue,
  spec,
  statusValue,
  titleValue,
  type PropertySpec,
} from './property-values.ts';

// The readers' property specs, derived from the schema contract: each declared type maps to the zod
// schema that parses its page value, so what a read accepts is exactly what the contract declares.

const VALUE_SCHEMAS = {
  title: titleValue,
  rich_text: richTextValue,
  number: numberValue,
  select: selectValue,
  status: statusValue,
  date: dateValue,
  checkbox: checkboxValue,
  people: peopleValue,
  email: emailValue,
  url: urlValue,
  relation: relationValue,
} as const satisfies Record<NotionPropertyType, z.ZodType>;

type ValueSchemas = typeof VALUE_SCHEMAS;

/** The value schema for a declaration's read types: one type, or a union of two. */
export type ValueSchemaOf<R> = R extends readonly [infer A extends NotionPropertyType]
  ? ValueSchemas[A]
  : R extends readonly [infer A extends NotionPropertyType, infer B extends NotionPropertyType]
    ? z.ZodUnion<[ValueSchemas[A], ValueSchemas[B]]>
    : never;

// One union per pair of types, made once: the readers build their specs per read, and a zod union is
// not free to make. Fixed by the contract's types, so it is a constant, not state.
const UNIONS: ReadonlyMap<string, z.ZodType> = new Map(
  (
    [
      ['status', 'select'],
      ['people', 'email'],
      ['select', 'rich_text'],
    ] as const
  ).map(([a, b]) => [`${a}|${b}`, z.union([VALUE_SCHEMAS[a], VALUE_SCHEMAS[b]])]),
);

export function valueSchemaOf<R extends readonly NotionPropertyType[]>(reads: R): ValueSchemaOf<R> {
  const [first, ...rest] = reads.map((type) => VALUE_SCHEMAS[type]);
  if (!first) throw new Error('a property declaration reads no type');
  if (rest.length === 0) return first as ValueSchemaOf<R>;
  return (UNIONS.get(reads.join('|')) ?? z.union([first, ...rest])) as ValueSchemaOf<R>;
}

export function contractSpec<D extends PropertyDecl>(
  decl: D,
  name: string,
): PropertySpec<ValueSchemaOf<D['reads']>> {
  return spec(name, valueSchemaOf(decl.reads), decl.need === 'required');
}

type Decls = Record<string, PropertyDecl>;

export type ContractSpecs<D extends Decls, K extends keyof D = keyof D> = {
  [P in K]: PropertySpec<ValueSchemaOf<D[P]['reads']>>;
};

/**
 * Specs for the listed keys of a section, named as config names them. A property config leaves
 * unnamed (the team) gets an empty name, which no page has, so it reads as absent.
 */
export function contractSpecs<D extends Decls, K extends keyof D & string>(
  decls: D,
  names: Partial<Record<K, string>>,
  keys: readonly K[],
): ContractSpecs<D, K> {
  const specs: Partial<Record<K, PropertySpec>> = {};
  for (const key of keys) specs[key] = contractSpec(decls[key] as PropertyDecl, names[key] ?? '');
  return specs as ContractSpecs<D, K>;
}

export const keysOf = <D extends Decls>(decls: D) => Object.keys(decls) as (keyof D & string)[];
