import type { sheets_v4 } from '@googleapis/sheets';
import { canAccess } from './auth.ts';
import { methodNotFound, notFound, permissionDenied } from './errors.ts';
import type { QuotaBucket } from './quota.ts';
import type { SpreadsheetState } from './sheets-store.ts';
import { readValues, renderOptionsFrom, resolveRange } from './sheets-values.ts';

/** A matched endpoint: which quota it spends, and how to answer once the caller is let through. */
export interface Route {
  bucket: QuotaBucket;
  run: (token: string) => Promise<unknown>;
}

const SPREADSHEET = /^\/v4\/spreadsheets\/([^/:]+)(\/values\/([^/]+)|\/values:batchGet)?$/;

function spreadsheetResource(state: SpreadsheetState): sheets_v4.Schema$Spreadsheet {
  return {
    spreadsheetId: state.spreadsheetId,
    properties: {
      title: state.title,
      locale: state.locale,
      autoRecalc: 'ON_CHANGE',
      timeZone: state.timeZone,
    },
    sheets: state.sheets.map((sheet) => ({
      properties: {
        sheetId: sheet.sheetId,
        title: sheet.title,
        index: sheet.index,
        sheetType: 'GRID',
        gridProperties: { rowCount: sheet.rowCount, columnCount: sheet.columnCount },
      },
    })),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${state.spreadsheetId}/edit`,
  } satisfies sheets_v4.Schema$Spreadsheet;
}

/** Matches the Sheets v4 read endpoints review-sync uses; null when the path is not a spreadsheet path. */
export function sheetsRoute(
  req: Request,
  url: URL,
  spreadsheets: ReadonlyMap<string, SpreadsheetState>,
): Route | null {
  if (!url.pathname.startsWith('/v4/spreadsheets')) return null;
  const match = SPREADSHEET.exec(url.pathname);
  const open = (token: string): SpreadsheetState => {
    const state = spreadsheets.get(decodeURIComponent(match?.[1] ?? ''));
    if (!state) throw notFound();
    if (!canAccess(state.sharedWith, token)) throw permissionDenied();
    return state;
  };
  if (!match || req.method !== 'GET') {
    return { bucket: 'sheets-read', run: () => Promise.reject(methodNotFound()) };
  }
  const [, , suffix, encodedRange] = match;
  if (suffix === undefined) {
    return { bucket: 'sheets-read', run: (token) => Promise.resolve(spreadsheetResource(open(token))) };
  }
  if (encodedRange !== undefined) {
    return {
      bucket: 'sheets-read',
      run: (token) => {
        const state = open(token);
        const options = renderOptionsFrom(url.searchParams);
        const { sheet, grid } = resolveRange(state, decodeURIComponent(encodedRange));
        return Promise.resolve(readValues(sheet, grid, options) satisfies sheets_v4.Schema$ValueRange);
      },
    };
  }
  return {
    bucket: 'sheets-read',
    run: (token) => {
      const state = open(token);
      const options = renderOptionsFrom(url.searchParams);
      const ranges = url.searchParams.getAll('ranges');
      // Each range is resolved first so that one bad range fails the whole batch, as the API does.
      const resolved = ranges.map((range) => resolveRange(state, range));
      const body: sheets_v4.Schema$BatchGetValuesResponse = {
        spreadsheetId: state.spreadsheetId,
        // With no `ranges` the API answers with the id alone.
        ...(resolved.length > 0
          ? { valueRanges: resolved.map(({ sheet, grid }) => readValues(sheet, grid, options)) }
          : {}),
      };
      return Promise.resolve(body);
    },
  };
}
