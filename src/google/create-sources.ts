import type { Config } from '../core/config-schema.ts';
import type { RawResponse } from '../core/validation/types.ts';
import { createGoogleAuth, type Env } from './auth.ts';
import { createGoogleClients, type ConnectGoogle, type GoogleContext } from './clients.ts';
import type { ReadText } from './csv-source.ts';
import { createFormSource } from './forms-source.ts';
import { createGoogleQueue, type GoogleRequestStats, type Sleep } from './google-queue.ts';
import { createSheetSource } from './sheets-source.ts';
import { createCsvSource, type ResponseSource } from './source.ts';

// Builds one ResponseSource per configured source. Google credentials, clients and the queue are created
// once, on the first read of a sheet or form, and shared: one queue must see every Google request for the
// quota to hold, and a CSV-only config must run without any Google credentials.

export interface ResponseSourceDeps {
  env: Env;
  /** Counts every Google request and retry, for the run report. */
  stats: GoogleRequestStats;
  readText?: ReadText;
  /** Injected by tests so retries do not wait. */
  sleep?: Sleep;
}

export function createResponseSources(config: Config, deps: ResponseSourceDeps): ResponseSource[] {
  const connect = lazyGoogle(deps);
  return config.sources.map((source) => {
    switch (source.type) {
      case 'csv':
        return createCsvSource(source, config, deps.readText);
      case 'sheet':
        return createSheetSource(source, config, connect);
      case 'form':
        return createFormSource(source, config, connect);
    }
  });
}

/**
 * Reads every source and merges the responses in config order; each keeps its `source` and `ref`. Sources
 * are read one after another: the queue paces Google anyway, and the first failure stops the read with
 * the error that names its source, rather than a pile of them.
 */
export async function readAllResponses(sources: readonly ResponseSource[]): Promise<RawResponse[]> {
  const all: RawResponse[] = [];
  for (const source of sources) all.push(...(await source.read()));
  return all;
}

function lazyGoogle(deps: ResponseSourceDeps): ConnectGoogle {
  let context: Promise<GoogleContext> | undefined;
  return () => {
    context ??= (async () => {
      const credentials = await createGoogleAuth(deps.env);
      return {
        clients: createGoogleClients(credentials.client, deps.env),
        queue: createGoogleQueue({
          stats: deps.stats,
          ...(deps.sleep === undefined ? {} : { sleep: deps.sleep }),
          ...(credentials.principal === undefined ? {} : { principal: credentials.principal }),
        }),
      };
    })();
    return context;
  };
}
