import { z } from 'zod';

// Zod schemas for the page property values the tool reads. Each lists only the fields used, so a
// Notion response that grows new fields never breaks a run; a value of the wrong type fails here and
// becomes a page problem, not a crash.

const plain = z.object({ plain_text: z.string() });

export const userValue = z.object({
  id: z.string(),
  // "person" or "bot" for users of the workspace; absent on a user Notion no longer knows.
  type: z.string().nullish(),
  name: z.string().nullish(),
  person: z.object({ email: z.string().nullish() }).nullish(),
});
export type UserValue = z.output<typeof userValue>;

export const titleValue = z.object({ type: z.literal('title'), title: z.array(plain) });
export const richTextValue = z.object({ type: z.literal('rich_text'), rich_text: z.array(plain) });
export const numberValue = z.object({ type: z.literal('number'), number: z.number().nullable() });
export const checkboxValue = z.object({ type: z.literal('checkbox'), checkbox: z.boolean() });
export const emailValue = z.object({ type: z.literal('email'), email: z.string().nullable() });
export const urlValue = z.object({ type: z.literal('url'), url: z.string().nullable() });
const option = z.object({ name: z.string() }).nullable();
export const selectValue = z.object({ type: z.literal('select'), select: option });
export const statusValue = z.object({ type: z.literal('status'), status: option });
export const dateValue = z.object({
  type: z.literal('date'),
  date: z.object({ start: z.string(), end: z.string().nullish() }).nullable(),
});
/** `has_more` is set when the page object shows only the first 25 entries. */
export const peopleValue = z.object({
  id: z.string(),
  type: z.literal('people'),
  people: z.array(userValue),
  has_more: z.boolean().optional(),
});
export const relationValue = z.object({
  id: z.string(),
  type: z.literal('relation'),
  relation: z.array(z.object({ id: z.string() })),
  has_more: z.boolean().optional(),
});

export const stageValue = z.union([statusValue, selectValue]);
export const revieweeValue = z.union([peopleValue, emailValue]);

/** One page of `pages.properties.retrieve` for a list property (people, relation). */
export const propertyItemList = z.object({
  results: z.array(
    z.object({ people: userValue.optional(), relation: z.object({ id: z.string() }).optional() }),
  ),
  next_cursor: z.string().nullable(),
  has_more: z.boolean(),
});

export interface PropertySpec<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
  /** Required properties must exist on the page; optional ones read as absent when missing. */
  required: boolean;
}

export type ParsedProperties<T extends Record<string, PropertySpec>> = {
  [K in keyof T]: z.output<T[K]['schema']> | undefined;
};

export function spec<S extends z.ZodType>(name: string, schema: S, required = false): PropertySpec<S> {
  return { name, schema, required };
}

/** Parses the listed properties of one page, collecting every problem instead of stopping at the first. */
export function parseProperties<T extends Record<string, PropertySpec>>(
  properties: Record<string, unknown>,
  specs: T,
): { values: ParsedProperties<T>; problems: string[] } {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, { name, schema, required }] of Object.entries(specs)) {
    const raw = properties[name];
    if (raw === undefined) {
      if (required) problems.push(`property "${name}" is missing`);
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      values[key] = parsed.data;
    } else {
      const type = (raw as { type?: unknown }).type;
      problems.push(
        `property "${name}" has an unusable value${typeof type === 'string' ? ` (type ${type})` : ''}`,
      );
    }
  }
  return { values: values as ParsedProperties<T>, problems };
}

/** The calendar day of a date value; times are dropped because due dates are days in the team's zone. */
export function dayOf(value: z.output<typeof dateValue> | undefined): string | null {
  return value?.date ? value.date.start.slice(0, 10) : null;
}
