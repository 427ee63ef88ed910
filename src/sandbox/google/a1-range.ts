/** A rectangle on one sheet, 0-based, end-exclusive, already clamped to nothing: callers check grid limits. */
export interface GridRange {
  sheetTitle: string;
  startRow: number;
  endRow: number;
  startColumn: number;
  endColumn: number;
}

/** The parts of an A1 reference; a missing bound means "to the edge of the sheet". */
export interface A1Cells {
  startColumn?: number;
  startRow?: number;
  endColumn?: number;
  endRow?: number;
  single: boolean;
}

export interface SplitA1 {
  sheetTitle?: string;
  cells?: A1Cells;
  /** The text before `!` or the whole range, for "is this a sheet name?" lookups. */
  bare: string;
}

const ENDPOINT = /^([A-Za-z]{0,3})(\d*)$/;

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function endpoint(text: string): { column?: number; row?: number } | null {
  const match = ENDPOINT.exec(text);
  if (!match || text === '') return null;
  const [, letters = '', digits = ''] = match;
  if (digits !== '' && Number(digits) < 1) return null;
  return {
    ...(letters !== '' ? { column: columnIndex(letters) } : {}),
    ...(digits !== '' ? { row: Number(digits) - 1 } : {}),
  };
}

/** Parses `A1`, `A1:B2`, `A:C`, `2:5`, `A2:Z` (open-ended). Returns null for anything else. */
export function parseCells(text: string): A1Cells | null {
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const start = endpoint(parts[0] ?? '');
  if (!start) return null;
  if (parts.length === 1) {
    // A lone column or row ("A", "3") is not a valid reference; a lone cell is.
    if (start.column === undefined || start.row === undefined) return null;
    return {
      startColumn: start.column,
      startRow: start.row,
      endColumn: start.column,
      endRow: start.row,
      single: true,
    };
  }
  const end = endpoint(parts[1] ?? '');
  if (!end) return null;
  const cells: A1Cells = { single: false };
  if (start.column !== undefined) cells.startColumn = start.column;
  if (start.row !== undefined) cells.startRow = start.row;
  if (end.column !== undefined) cells.endColumn = end.column;
  if (end.row !== undefined) cells.endRow = end.row;
  return cells;
}

/** Splits `'It''s'!A1:B2` into its sheet title and cells, honouring quotes and doubled apostrophes. */
export function splitA1(range: string): SplitA1 | null {
  if (range.startsWith("'")) {
    let title = '';
    let i = 1;
    for (; i < range.length; i++) {
      const ch = range[i];
      if (ch === "'" && range[i + 1] === "'") {
        title += "'";
        i++;
      } else if (ch === "'") break;
      else title += ch;
    }
    if (i >= range.length) return null;
    const rest = range.slice(i + 1);
    if (rest === '') return { sheetTitle: title, bare: title };
    if (!rest.startsWith('!')) return null;
    const cells = parseCells(rest.slice(1));
    return cells ? { sheetTitle: title, cells, bare: title } : null;
  }
  const bang = range.lastIndexOf('!');
  if (bang === -1) {
    const cells = parseCells(range);
    return cells ? { cells, bare: range } : { bare: range };
  }
  const cells = parseCells(range.slice(bang + 1));
  return cells ? { sheetTitle: range.slice(0, bang), cells, bare: range.slice(0, bang) } : null;
}

/** Sheets quotes a title in echoed ranges unless it is a plain identifier that cannot be read as a cell. */
export function quoteSheetTitle(title: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(title) && !/^[A-Za-z]{1,3}\d+$/.test(title) && !/^R\d*C\d*$/i.test(title);
  return plain ? title : `'${title.replace(/'/g, "''")}'`;
}

/** Echoes a range the way the API does: the whole requested rectangle, not the part that holds data. */
export function formatRange(range: GridRange): string {
  const title = quoteSheetTitle(range.sheetTitle);
  const start = `${columnLetters(range.startColumn)}${range.startRow + 1}`;
  const end = `${columnLetters(range.endColumn - 1)}${range.endRow}`;
  const single = range.endRow - range.startRow === 1 && range.endColumn - range.startColumn === 1;
  return single ? `${title}!${start}` : `${title}!${start}:${end}`;
}
