import { parseCell, type Cell, type SeedCell } from './cell-value.ts';
import type { SheetSeed } from './sheets-seed-schema.ts';

/** One tab as the emulator holds it: the typed input (for dumps) and the parsed cells (for reads). */
export interface SheetState {
  sheetId: number;
  title: string;
  index: number;
  rowCount: number;
  columnCount: number;
  input: SeedCell[][];
  cells: Cell[][];
}

export interface SpreadsheetState {
  spreadsheetId: string;
  title: string;
  timeZone: string;
  locale: 'en_US';
  sharedWith: string[] | undefined;
  sheets: SheetState[];
}

// A new Google sheet has 1000 rows and 26 columns (A:Z); it only grows when data needs it.
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/** Tabs after the first get large pseudo-random gids in Sheets; derive one stably from the title. */
function derivedSheetId(title: string, index: number): number {
  if (index === 0) return 0;
  let hash = 2166136261;
  for (const ch of title) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return (hash % 2_000_000_000) + 1;
}

function toCells(input: SeedCell[][]): Cell[][] {
  return input.map((row) =>
    row.map((value) => {
      const cell = parseCell(value);
      // The seed schema already refused unparseable cells; keep the text rather than crash if one slips by.
      return cell.kind === 'error' ? { kind: 'text', value: String(value) } : cell;
    }),
  );
}

export function loadSpreadsheet(seed: SheetSeed): SpreadsheetState {
  return {
    spreadsheetId: seed.spreadsheetId,
    title: seed.title ?? 'Untitled spreadsheet',
    timeZone: seed.timeZone,
    locale: seed.locale ?? 'en_US',
    sharedWith: seed.sharedWith ? [...seed.sharedWith] : undefined,
    sheets: seed.sheets.map((tab, index) => {
      const input = (tab.values ?? []).map((row) => [...row]);
      return {
        sheetId: tab.sheetId ?? derivedSheetId(tab.title, index),
        title: tab.title,
        index,
        rowCount: tab.gridProperties?.rowCount ?? Math.max(DEFAULT_ROWS, input.length),
        columnCount:
          tab.gridProperties?.columnCount ?? Math.max(DEFAULT_COLUMNS, ...input.map((row) => row.length)),
        input,
        cells: toCells(input),
      };
    }),
  };
}

export function dumpSpreadsheet(state: SpreadsheetState): SheetSeed {
  return {
    spreadsheetId: state.spreadsheetId,
    title: state.title,
    timeZone: state.timeZone,
    locale: state.locale,
    ...(state.sharedWith ? { sharedWith: [...state.sharedWith] } : {}),
    sheets: state.sheets.map((sheet) => ({
      title: sheet.title,
      sheetId: sheet.sheetId,
      gridProperties: { rowCount: sheet.rowCount, columnCount: sheet.columnCount },
      values: sheet.input.map((row) => [...row]),
    })),
  };
}

/** Sheets looks titles up case-insensitively, preferring an exact match. */
export function findSheet(state: SpreadsheetState, title: string): SheetState | undefined {
  return (
    state.sheets.find((sheet) => sheet.title === title) ??
    state.sheets.find((sheet) => sheet.title.toLowerCase() === title.toLowerCase())
  );
}
