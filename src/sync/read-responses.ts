import type { Config } from '../core/config-schema.ts';
import type { RawResponse } from '../core/types.ts';
import {
  createResponseSources,
  readAllResponses,
  type ResponseSourceDeps,
} from '../google/create-sources.ts';

export type ResponseReadDeps = ResponseSourceDeps;

/** Reads every configured source (CSV, sheet, form) and merges the responses; each keeps its source and ref. */
export async function readResponses(config: Config, deps: ResponseReadDeps): Promise<RawResponse[]> {
  return readAllResponses(createResponseSources(config, deps));
}
