import type { Config } from '../config/schema.ts';
import type { RawResponse } from '../core/types.ts';
import { ConfigError } from '../errors.ts';
import type { ReadText } from '../google/csv-source.ts';
import { createCsvSource } from '../google/source.ts';

export interface ResponseReadDeps {
  env: Record<string, string | undefined>;
  stats: { total: number; retries: number };
  readText?: ReadText;
}

/** Reads every configured source and merges the responses; each keeps its source and ref. */
export async function readResponses(config: Config, deps: ResponseReadDeps): Promise<RawResponse[]> {
  const all: RawResponse[] = [];
  for (const source of config.sources) {
    if (source.type !== 'csv') {
      throw new ConfigError(`sources: ${source.type} sources are not supported yet; use a csv export`);
    }
    all.push(...(await createCsvSource(source, config, deps.readText).read()));
  }
  return all;
}
