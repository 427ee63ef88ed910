import type { sheets_v4 } from '@googleapis/sheets';
import type { Config, SourceConfig } from '../core/config-schema.ts';
import type { RawResponse } from '../core/types.ts';
import { ConfigError } from '../errors.ts';
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
import { expressInZone } from './response-timestamp.ts';
import type { ResponseSource } from './source.ts';

// A form's linked response sheet (or any sheet laid out the same way), read in two requests: the
// spreadsheet's time zone and tab titles, then every value of the one tab. Values come unformatted so that
// the timestamp is a serial number, which only the spreadsheet's own zone can turn into an instant.

export type SheetSourceConfig = Extract<SourceConfig, { type: 'sheet' }>;

type SheetValue = string | number | boolean | null | undefined;

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
 * Timestamps are read in the spreadsheet's zone and written in the source's (or team's) zone, like the
 * other sources; every other cell is passed on as text, as a CSV export or the Forms API gives it.
 */
export async function readSheetSource(
  source: SheetSourceConfig,
  config: Config,
  { clients, queue }: GoogleContext,
): Promise<RawResponse[]> {
  const name = sourceLabel(source);
  const spreadsheetId = parseSpreadsheetId(source.spreadsheet);
  const target = (method: string) => ({ kind: 'spreadsheet' as const, id: spreadsheetId, method });

  const { data: meta } = await queue.run(target('spreadsheets.get'), () =>
    clients.sheets.spreadsheets.get({
      spreadsheetId,
      fields: 'properties.timeZone,sheets.properties.title',
    }),
  );
  const title = findSheetTitle(meta, source, name);
  const { data } = await queue.run(target('spreadsheets.values.get'), () =>
    clients.sheets.spreadsheets.values.get({
      spreadsheetId,
      range: `'${title.replace(/'/g, "''")}'`,
      majorDimension: 'ROWS',
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    }),
  );

  const rows = (data.values ?? []) as SheetValue[][];
  const headerIndex = rows.findIndex((row) => !isBlank(row));
  const header = rows[headerIndex];
  if (header === undefined) {
    throw new ConfigError(`${name}: the sheet "${title}" is empty; expected a header row`);
  }
  const outputZone = fallbackTimeZone(source, config);
  const map = buildColumnMap(header.map(textOf), source, config);
  map.timeZone = meta.properties?.timeZone ?? outputZone;

  const responses: RawResponse[] = [];
  rows.slice(headerIndex + 1).forEach((row, offset) => {
    const cells = row.map((value, column) => toCell(value, column === map.timestamp));
    const response = mapRow(cells, map, `row ${headerIndex + offset + 2}`, name);
    if (response === null) return;
    responses.push({ ...response, submittedAt: expressInZone(response.submittedAt, outputZone) });
  });
  return responses;
}

/** The tab's exact title, or its only case-insensitive match (Google resolves ranges that way too). */
function findSheetTitle(meta: sheets_v4.Schema$Spreadsheet, source: SheetSourceConfig, name: string): string {
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
