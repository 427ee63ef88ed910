import type { Config, SourceConfig } from '../core/config-schema.ts';
import type { RawResponse } from '../core/validation/types.ts';
import { ConfigError } from '../errors.ts';
import {
  parseGoogleResponse,
  spreadsheetMeta,
  valueRange,
  type SheetValue,
  type SpreadsheetMeta,
} from './api-values.ts';
import type { ConnectGoogle, GoogleContext } from './clients.ts';
import { parseSpreadsheetId } from './google-ids.ts';
import {
  buildColumnMap,
  fallbackTimeZone,
  mapRow,
  normaliseHeader,
  sourceLabel,
  type Cell,
} from './response-mapping.ts';
import type { ResponseSource } from './source.ts';
import { createStringPool } from './string-pool.ts';

// A form's linked response sheet (or any sheet laid out the same way), read in two requests: the
// spreadsheet's time zone and tab titles, then every value of the one tab. Values come unformatted so that
// the timestamp is a serial number, which only the spreadsheet's own zone can turn into an instant.

export type SheetSourceConfig = Extract<SourceConfig, { type: 'sheet' }>;

export function createSheetSource(
  source: SheetSourceConfig,
  config: Config,
  connect: ConnectGoogle,
): ResponseSource {
  return {
    name: sourceLabel(source),
    read: async () => readSheetSource(source, config, await connect()),
  };
}

/**
 * Every non-blank row below the header row as a RawResponse, `ref` being `row N` as the sheet numbers it.
 * Timestamps are read in the spreadsheet's zone (the source's or team's zone when the sheet names none);
 * every other cell is passed on as text, as a CSV export or the Forms API gives it.
 */
export async function readSheetSource(
  source: SheetSourceConfig,
  config: Config,
  { clients, queue }: GoogleContext,
): Promise<RawResponse[]> {
  const name = sourceLabel(source);
  const spreadsheetId = parseSpreadsheetId(source.spreadsheet);
  const target = (method: string) => ({ kind: 'spreadsheet' as const, id: spreadsheetId, method });

  const { data: metaData } = await queue.run(target('spreadsheets.get'), () =>
    clients.sheets.spreadsheets.get({
      spreadsheetId,
      fields: 'properties.timeZone,sheets.properties.title',
    }),
  );
  const meta = parseGoogleResponse(spreadsheetMeta, metaData, 'spreadsheets.get', name);
  const title = findSheetTitle(meta, source, name);
  const { data: valuesData } = await queue.run(target('spreadsheets.values.get'), () =>
    clients.sheets.spreadsheets.values.get({
      spreadsheetId,
      range: `'${title.replace(/'/g, "''")}'`,
      majorDimension: 'ROWS',
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    }),
  );

  const rows = parseGoogleResponse(valueRange, valuesData, 'spreadsheets.values.get', name).values ?? [];
  const headerIndex = rows.findIndex((row) => !isBlank(row));
  const header = rows[headerIndex];
  if (header === undefined) {
    throw new ConfigError(`${name}: the sheet "${title}" is empty; expected a header row`);
  }
  const sheetZone = meta.properties?.timeZone ?? fallbackTimeZone(source, config);
  const map = buildColumnMap(header.map(textOf), source, config, sheetZone);

  const responses: RawResponse[] = [];
  const pool = createStringPool();
  rows.slice(headerIndex + 1).forEach((row, offset) => {
    const cells = row.map((value, column) => toCell(value, column === map.timestamp));
    const response = mapRow(cells, map, `row ${headerIndex + offset + 2}`, name, pool);
    if (response !== null) responses.push(response);
  });
  return responses;
}

/** The tab's exact title, or its only case-insensitive match (Google resolves ranges that way too). */
function findSheetTitle(meta: SpreadsheetMeta, source: SheetSourceConfig, name: string): string {
  const titles = (meta.sheets ?? []).map((sheet) => sheet.properties?.title ?? '').filter((t) => t !== '');
  if (titles.includes(source.sheet)) return source.sheet;
  const loose = titles.filter((title) => normaliseHeader(title) === normaliseHeader(source.sheet));
  if (loose.length === 1 && loose[0] !== undefined) return loose[0];
  throw new ConfigError(
    `${name}: the spreadsheet has no sheet "${source.sheet}". Sheets found: ${
      titles.map((title) => `"${title}"`).join(', ') || '(none)'
    }`,
    { details: ['Set the source\'s `sheet` to the tab holding the responses, usually "Form Responses 1".'] },
  );
}

/**
 * The timestamp stays a number so it is read as a serial date. Every other value becomes the text a CSV
 * export would hold, so that `4` and `"4"` do not make the same answer look different across sources.
 */
function toCell(value: SheetValue, isTimestamp: boolean): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && isTimestamp) return value;
  return textOf(value);
}

function textOf(value: SheetValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function isBlank(row: readonly SheetValue[]): boolean {
  return row.every((value) => textOf(value).trim() === '');
}
