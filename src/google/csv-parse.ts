import { ConfigError } from '../errors.ts';

// A hand-written RFC 4180 reader rather than a dependency: the Google Forms export is strict RFC 4180, the
// whole job is one small state machine, and we need the physical line each record starts on (a comment
// with line breaks spans several lines) so that a rejected response can be found again in an editor.

/** One record of a CSV file, with the 1-based line of the file it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

const QUOTE = '"';
const BOM = '\uFEFF';

/**
 * Splits CSV text into records. Quoted fields may hold commas, doubled quotes and line breaks; records end
 * at CRLF, LF or a lone CR; a leading UTF-8 BOM and a final line break are ignored. An empty line gives a
 * record with one empty field, so callers see blank rows and keep line numbers honest.
 *
 * Stray quotes inside an unquoted field, or text after a closing quote, are kept literally instead of
 * failing the file: the export never writes them, and a hand-edited file is better read than refused.
 * Only a quote that is never closed is an error, because everything after it would be misread.
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  eachCsvRecord(text, (record) => {
    records.push(record);
  });
  return records;
}

/**
 * The same records, handed to `visit` one at a time as they are read, so a caller that maps each one
 * never holds every record of a large file at once.
 */
export function eachCsvRecord(text: string, visit: (record: CsvRecord) => void): void {
  const input = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const records = { push: visit };
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let recordStart = 0;
  let inQuotes = false;
  let i = 0;
  // Start of the characters read but not yet added to `field`: a field is cut from the text in runs,
  // not built one character at a time, which left a chain of tiny strings behind every value.
  let run = -1;

  const flush = (): void => {
    if (run >= 0) {
      field += input.slice(run, i);
      run = -1;
    }
  };

  const endRecord = (): void => {
    flush();
    fields.push(field);
    records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };

  while (i < input.length) {
    const char = input[i];
    if (inQuotes) {
      if (char === QUOTE && input[i + 1] === QUOTE) {
        flush();
        field += QUOTE;
        i += 2;
        continue;
      }
      if (char === QUOTE) {
        flush();
        inQuotes = false;
      } else {
        // Line breaks inside quotes belong to the value, but they still move the file's line count.
        if (char === '\n' || (char === '\r' && input[i + 1] !== '\n')) line += 1;
        if (run < 0) run = i;
      }
      i += 1;
      continue;
    }
    if (char === QUOTE) flush();
    if (char === QUOTE && field === '') {
      inQuotes = true;
      quoteLine = line;
    } else if (char === ',') {
      flush();
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      recordStart = i;
      continue;
    } else if (run < 0) {
      run = i;
    }
    i += 1;
  }

  if (inQuotes) {
    throw new ConfigError(`CSV has a quoted field that is never closed (it opens on line ${quoteLine})`);
  }
  // Text that does not end with a line break still has a last record; a final line break adds none.
  if (input.length > recordStart) endRecord();
}

/** The fields of every record, for callers that do not need line numbers. */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((record) => record.fields);
}
