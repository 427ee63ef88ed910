import { readUtf8File } from './read-utf8.ts';
import type { Config } from '../core/config-schema.ts';
import type { RawResponse } from '../core/validation/types.ts';
import type { FormLinkTemplate } from '../core/forms/prefill-links.ts';
import { readCsvSource, type CsvSourceConfig, type ReadText } from './csv-source.ts';
import { sourceLabel } from './response-mapping.ts';

// The seam between the sync engine and wherever responses come from. The engine reads every configured
// source through this one shape, merges the results and validates them. The CSV, sheet and form sources all
// implement it, matching headers or question titles with the one column mapping in response-mapping.ts.

/** A place responses come from. `read` returns every non-blank response, each tagged with `name`. */
export interface ResponseSource {
  /** The label reports use for this source's responses: the configured name, or type and location. */
  name: string;
  read(): Promise<RawResponse[]>;
  /**
   * A form's pre-fill template, known once `read` has run (from the same `forms.get`, no request of
   * its own); null before that, and for sheets and CSV files.
   */
  linkTemplate?: () => FormLinkTemplate | null;
}

const readUtf8: ReadText = readUtf8File;

/** A CSV export as a ResponseSource; `readText` defaults to reading the file from disk as UTF-8. */
export function createCsvSource(
  source: CsvSourceConfig,
  config: Config,
  readText: ReadText = readUtf8,
): ResponseSource {
  return {
    name: sourceLabel(source),
    read: () => readCsvSource(source, config, readText),
  };
}
