import { z } from 'zod';
import { parseCell, type SeedCell } from './cell-value.ts';
import { isKnownTimeZone } from './serial-date.ts';

/** One tab of a spreadsheet; `values` are typed text, read with USER_ENTERED rules. */
export interface SheetTabSeed {
  title: string;
  sheetId?: number;
  gridProperties?: { rowCount?: number; columnCount?: number };
  values?: SeedCell[][];
}

export interface SheetSeed {
  spreadsheetId: string;
  title?: string;
  timeZone: string;
  /** Only en_US is emulated: it decides how dates are typed and formatted. */
  locale?: 'en_US';
  /** Tokens the file is shared with; absent means every accepted token can open it. */
  sharedWith?: string[];
  sheets: SheetTabSeed[];
}

const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const tabSchema: z.ZodType<SheetTabSeed> = z
  .strictObject({
    title: z.string().min(1).max(100),
    sheetId: z.number().int().nonnegative().optional(),
    gridProperties: z
      .strictObject({
        rowCount: z.number().int().positive().optional(),
        columnCount: z.number().int().positive().max(18_278).optional(),
      })
      .optional(),
    values: z.array(z.array(cellSchema)).optional(),
  })
  .superRefine((tab, ctx) => {
    const values = tab.values ?? [];
    values.forEach((row, r) =>
      row.forEach((cell, c) => {
        const parsed = parseCell(cell);
        if (parsed.kind === 'error')
          ctx.addIssue({ code: 'custom', path: ['values', r, c], message: parsed.reason });
      }),
    );
    const rows = tab.gridProperties?.rowCount;
    if (rows !== undefined && values.length > rows) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: `has ${values.length} rows but rowCount is ${rows}`,
      });
    }
    const columns = tab.gridProperties?.columnCount;
    const widest = Math.max(0, ...values.map((row) => row.length));
    if (columns !== undefined && widest > columns) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: `has ${widest} columns but columnCount is ${columns}`,
      });
    }
  });

export const sheetSeedSchema: z.ZodType<SheetSeed> = z
  .strictObject({
    spreadsheetId: z.string().min(1),
    title: z.string().optional(),
    timeZone: z
      .string()
      .refine(isKnownTimeZone, { message: 'expected an IANA time zone such as Europe/Berlin' }),
    locale: z.literal('en_US').optional(),
    sharedWith: z.array(z.string().min(1)).optional(),
    sheets: z.array(tabSchema).min(1),
  })
  .superRefine((spreadsheet, ctx) => {
    // Sheets refuses two tabs whose titles differ only in case, and two tabs with the same id.
    const titles = new Set<string>();
    const ids = new Set<number>();
    spreadsheet.sheets.forEach((tab, i) => {
      const key = tab.title.toLowerCase();
      if (titles.has(key))
        ctx.addIssue({ code: 'custom', path: ['sheets', i, 'title'], message: 'duplicate sheet title' });
      titles.add(key);
      if (tab.sheetId !== undefined) {
        if (ids.has(tab.sheetId))
          ctx.addIssue({ code: 'custom', path: ['sheets', i, 'sheetId'], message: 'duplicate sheetId' });
        ids.add(tab.sheetId);
      }
    });
  });
