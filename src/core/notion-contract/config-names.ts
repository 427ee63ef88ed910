import type { z } from 'zod';
import type { PropertyDecl } from './contract.ts';

// The config's `properties` sections, derived from the contract: one key per declared property, its
// default name the contract's, and a property without a default name left out until config names it.

type NameSchemas<D extends Record<string, PropertyDecl>> = {
  [K in keyof D]: D[K]['name'] extends string ? z.ZodDefault<z.ZodString> : z.ZodOptional<z.ZodString>;
};

export function propertyNameShape<D extends Record<string, PropertyDecl>>(
  decls: D,
  name: z.ZodString,
): NameSchemas<D> {
  return Object.fromEntries(
    Object.entries(decls).map(([key, decl]) => [
      key,
      decl.name === null ? name.optional() : name.default(decl.name),
    ]),
  ) as NameSchemas<D>;
}
