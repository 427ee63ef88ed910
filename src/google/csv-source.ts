import type { Config, SourceConfig } from '../core/config-schema.ts';
import type { RawResponse } from '../core/validation/types.ts';
import { ConfigError } from '../errors.ts';
import { eachCsvRecord, type CsvRecord } from './csv-parse.ts';
import { buildColumnMap, mapRow, sourceLabel, type ColumnMap } from './response-mapping.ts';
import { createStringPool } from './string-pool.ts';

// The offline source: a Google Forms "Download responses (.csv)" file. It goes through the same column
// mapping as the sheet and form sources, so a CSV run and a live run see identical responses.

export type CsvSourceConfig = Extract<SourceConfig, { type: 'csv' }>;

/** Reads a file as UTF-8 text (refusing any other encoding); injected so tests and the CLI decide where paths are resolved. */
export type ReadText = (path: string) => Promise<string>;

/**
 * Reads every non-blank data row of the CSV as a RawResponse. `ref` is `line N`, the line of the file the
 * row starts on (the header is line 1), so a person can open the file and find it. An unreadable file, a
 * malformed one or a missing header is a ConfigError: no response from this source could be trusted.
 */
export async function readCsvSource(
  source: CsvSourceConfig,
  config: Config,
  readText: ReadText,
): Promise<RawResponse[]> {
  const name = sourceLabel(source);
  const text = await readFile(source.path, readText, configPathOf(source, config));
  // Rows are mapped as they are read, so the records of a large file are never all held at once. A
  // malformed file still wins over a bad header: the header's error waits until the file parsed.
  const read: { map: ColumnMap | null; headerError: Error | null } = { map: null, headerError: null };
  const responses: RawResponse[] = [];
  // The responses keep copies of their texts, not views into `text`: the file is freed once read.
  const pool = createStringPool();
  parseRecords(text, source.path, (record) => {
    if (read.headerError !== null) return;
    if (read.map === null) {
      if (isBlank(record)) return;
      try {
        read.map = buildColumnMap(record.fields, source, config);
      } catch (error) {
        read.headerError = error instanceof Error ? error : new Error(String(error));
      }
      return;
    }
    const response = mapRow(record.fields, read.map, `line ${record.line}`, name, pool);
    if (response !== null) responses.push(response);
  });
  if (read.headerError !== null) throw read.headerError;
  if (read.map === null) {
    throw new ConfigError(`${name}: the CSV file ${source.path} is empty; expected a header row`);
  }
  return responses;
}

/** Where the file is named in config (`sources[2].path`), so the error points at the line to fix. */
function configPathOf(source: CsvSourceConfig, config: Config): string | null {
  const index = config.sources.indexOf(source);
  return index === -1 ? null : `sources[${index}].path`;
}

async function readFile(path: string, readText: ReadText, configPath: string | null): Promise<string> {
  try {
    return await readText(path);
  } catch (error) {
    // Already says what is wrong with the file (an encoding that is not UTF-8).
    if (error instanceof ConfigError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    const reason = code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    const where = configPath === null ? '' : `${configPath}: `;
    throw new ConfigError(`${where}CSV source file ${path} ${reason}`, {
      cause: error,
      details: ['A relative path in config is read from the directory of the config file.'],
    });
  }
}

function parseRecords(text: string, path: string, visit: (record: CsvRecord) => void): void {
  try {
    eachCsvRecord(text, visit);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new ConfigError(`CSV source file ${path} is malformed: ${error.message}`, { cause: error });
  }
}

function isBlank(record: CsvRecord): boolean {
  return record.fields.every((field) => field.trim() === '');
}
