import { z } from 'zod';

const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i, 'expected a UUID');
const timestamp = z.iso.datetime({ offset: true });

/** Titles may be written as a plain string or as rich text, as the API returns them. */
const titleSchema = z.union([z.string(), z.array(z.looseObject({}))]);

export const notionUserSeedSchema = z.looseObject({
  object: z.literal('user').optional(),
  id: uuid,
  type: z.enum(['person', 'bot']),
  name: z.string().nullable().optional(),
  avatar_url: z.string().nullable().optional(),
  person: z.looseObject({ email: z.string().optional() }).optional(),
  bot: z.looseObject({}).optional(),
});

/** Values and blocks are checked later by the same code the API endpoints use, so paths stay precise. */
export const notionPageSeedSchema = z.object({
  id: uuid.optional(),
  properties: z.record(z.string(), z.unknown()).default({}),
  children: z.array(z.unknown()).optional(),
  in_trash: z.boolean().optional(),
  created_time: timestamp.optional(),
  last_edited_time: timestamp.optional(),
});

/** A data source template in the list endpoint's shape, plus the blocks a page made from it gets. */
export const notionTemplateSeedSchema = z.object({
  id: uuid,
  name: z.string(),
  is_default: z.boolean().default(false),
  children: z.array(z.unknown()).default([]),
});

export const notionDataSourceSeedSchema = z.object({
  id: uuid,
  title: titleSchema,
  properties: z.record(z.string(), z.looseObject({})),
  pages: z.array(notionPageSeedSchema).default([]),
  templates: z
    .array(notionTemplateSeedSchema)
    .default([])
    .refine((list) => list.filter((t) => t.is_default).length <= 1, 'at most one template is the default'),
});

export const notionDatabaseSeedSchema = z.object({
  id: uuid,
  title: titleSchema,
  parent: z.object({ type: z.literal('page_id').optional(), page_id: uuid }).optional(),
  dataSources: z.array(notionDataSourceSeedSchema).min(1),
});

/** Stand-alone pages, for example the parent page `init` creates databases under. */
export const notionStandalonePageSeedSchema = z.object({
  id: uuid,
  title: z.string(),
  // A page under another stand-alone page (listed after it), such as a tool-owned overview page.
  parent: z.object({ type: z.literal('page_id').optional(), page_id: uuid }).optional(),
  icon: z.unknown().optional(),
  in_trash: z.boolean().optional(),
  children: z.array(z.unknown()).optional(),
});

export const notionSeedSchema = z.object({
  users: z.array(notionUserSeedSchema).default([]),
  pages: z.array(notionStandalonePageSeedSchema).default([]),
  databases: z.array(notionDatabaseSeedSchema).default([]),
});

export type NotionSeed = z.input<typeof notionSeedSchema>;
export type ParsedNotionSeed = z.output<typeof notionSeedSchema>;
export type NotionPageSeed = z.input<typeof notionPageSeedSchema>;
export type NotionTemplateSeed = z.input<typeof notionTemplateSeedSchema>;
