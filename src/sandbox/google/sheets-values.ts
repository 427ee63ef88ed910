import type { sheets_v4 } from '@googleapis/sheets';
import { formatRange, quoteSheetTitle, splitA1, type GridRange } from './a1-range.ts';
import { formatDateTime, formatNumber, type Cell } from './cell-value.ts';
import { invalidArgument } from './errors.ts';
import { findSheet, type SheetState, type SpreadsheetState } from './sheets-store.ts';

export type ValueRenderOption = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateTimeRenderOption = 'SERIAL_NUMBER' | 'FORMATTED_STRING';
export type MajorDimension = 'ROWS' | 'COLUMNS';

export interface RenderOptions {
  valueRenderOption: ValueRenderOption;
  dateTimeRenderOption: DateTimeRenderOption;
  majorDimension: MajorDimension;
}

function enumParam<T extends string>(
  params: URLSearchParams,
  name: string,
  field: string,
  type: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = params.get(name);
  if (value === null || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  // Google reports enum mistakes with the proto field and type names.
  throw invalidArgument(
    `Invalid value at '${field}' (type.googleapis.com/google.apps.sheets.v4.${type}), "${value}"`,
  );
}

export function renderOptionsFrom(params: URLSearchParams): RenderOptions {
  return {
    valueRenderOption: enumParam(
      params,
      'valueRenderOption',
      'value_render_option',
      'ValueRenderOption',
      ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'],
      'FORMATTED_VALUE',
    ),
    dateTimeRenderOption: enumParam(
      params,
      'dateTimeRenderOption',
      'date_time_render_option',
      'DateTimeRenderOption',
      ['SERIAL_NUMBER', 'FORMATTED_STRING'],
      'SERIAL_NUMBER',
    ),
    majorDimension: enumParam(
      params,
      'majorDimension',
      'major_dimension',
      'Dimension',
      ['ROWS', 'COLUMNS'],
      'ROWS',
    ),
  };
}

/** Resolves an A1 range against a spreadsheet, with Google's parse and grid-limit errors. */
export function resolveRange(state: SpreadsheetState, range: string): { sheet: SheetState; grid: GridRange } {
  const unparseable = invalidArgument(`Unable to parse range: ${range}`);
  const split = splitA1(range);
  if (!split) throw unparseable;
  // Without `!`, a sheet title wins over a cell reference; a bare reference means the first sheet.
  const sheet =
    split.sheetTitle !== undefined
      ? findSheet(state, split.sheetTitle)
      : (findSheet(state, split.bare) ?? (split.cells ? state.sheets[0] : undefined));
  if (!sheet) throw unparseable;
  const cells =
    split.sheetTitle === undefined && sheet.title.toLowerCase() === split.bare.toLowerCase()
      ? undefined
      : split.cells;
  let [startRow, endRow] = [cells?.startRow ?? 0, cells?.endRow ?? sheet.rowCount - 1];
  let [startColumn, endColumn] = [cells?.startColumn ?? 0, cells?.endColumn ?? sheet.columnCount - 1];
  // "B2:A1" means the same rectangle as "A1:B2".
  if (startRow > endRow) [startRow, endRow] = [endRow, startRow];
  if (startColumn > endColumn) [startColumn, endColumn] = [endColumn, startColumn];
  const grid = {
    sheetTitle: sheet.title,
    startRow,
    endRow: endRow + 1,
    startColumn,
    endColumn: endColumn + 1,
  };
  if (grid.endRow > sheet.rowCount || grid.endColumn > sheet.columnCount) {
    const requested = split.sheetTitle !== undefined ? range.slice(range.lastIndexOf('!') + 1) : range;
    throw invalidArgument(
      `Range (${quoteSheetTitle(sheet.title)}!${requested}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`,
    );
  }
  return { sheet, grid };
}

type Rendered = string | number | boolean;

function renderCell(cell: Cell | undefined, options: RenderOptions): Rendered | undefined {
  if (!cell || cell.kind === 'empty') return undefined;
  const formatted = options.valueRenderOption === 'FORMATTED_VALUE';
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'number':
      return formatted ? formatNumber(cell.value) : cell.value;
    case 'boolean':
      return formatted ? (cell.value ? 'TRUE' : 'FALSE') : cell.value;
    case 'date-time':
      // dateTimeRenderOption only applies to unformatted reads; FORMATTED_VALUE always shows the format.
      return formatted || options.dateTimeRenderOption === 'FORMATTED_STRING'
        ? formatDateTime(cell)
        : cell.serial;
  }
}

/** Drops trailing empties of each line and trailing empty lines, as the API does; inner gaps become "". */
function trim(lines: (Rendered | undefined)[][]): Rendered[][] {
  const trimmed = lines.map((line) => {
    let end = line.length;
    while (end > 0 && line[end - 1] === undefined) end--;
    return line.slice(0, end).map((value) => value ?? '');
  });
  while (trimmed.length > 0 && trimmed[trimmed.length - 1]?.length === 0) trimmed.pop();
  return trimmed;
}

export function readValues(
  sheet: SheetState,
  grid: GridRange,
  options: RenderOptions,
): sheets_v4.Schema$ValueRange {
  const rows = options.majorDimension === 'ROWS';
  const outer = rows ? [grid.startRow, grid.endRow] : [grid.startColumn, grid.endColumn];
  const inner = rows ? [grid.startColumn, grid.endColumn] : [grid.startRow, grid.endRow];
  // Never walk past the data: a whole-sheet read of 1000 rows should not build 1000 empty lines.
  const dataRows = sheet.cells.length;
  const dataColumns = Math.max(0, ...sheet.cells.map((row) => row.length));
  const outerEnd = Math.min(outer[1] ?? 0, rows ? dataRows : dataColumns);
  const innerEnd = Math.min(inner[1] ?? 0, rows ? dataColumns : dataRows);
  const lines: (Rendered | undefined)[][] = [];
  for (let o = outer[0] ?? 0; o < outerEnd; o++) {
    const line: (Rendered | undefined)[] = [];
    for (let i = inner[0] ?? 0; i < innerEnd; i++) {
      line.push(renderCell(rows ? sheet.cells[o]?.[i] : sheet.cells[i]?.[o], options));
    }
    lines.push(line);
  }
  const values = trim(lines);
  return {
    range: formatRange(grid),
    majorDimension: options.majorDimension,
    // An empty range omits `values` entirely rather than sending [].
    ...(values.length > 0 ? { values } : {}),
  };
}
