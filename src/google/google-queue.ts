import PQueue from 'p-queue';
import { describeGoogleFailure, readFailure, type GoogleTarget } from './google-errors.ts';

// The one place Google requests go through: one p-queue holding the per-minute read quotas, and the one
// retry layer (the clients' own retries are off, see clients.ts).
//
// Quotas per user per minute: Sheets reads 60; Forms `responses.list` 180 ("expensive reads"), other
// Forms reads 390. Both APIs share this queue, so it keeps to the strictest, Sheets', with room to spare:
// at most 50 requests in any rolling 60 s window (p-queue's strict sliding window), leaving 10 for a
// `doctor` or a second tool using the same service account. A run reads one sheet in 2 requests and a
// form in 1 + its pages, so the limit only bites with dozens of sources.

export interface GoogleRequestStats {
  total: number;
  retries: number;
}

export type Sleep = (ms: number) => Promise<void>;

export interface GoogleQueueOptions {
  stats?: GoogleRequestStats;
  sleep?: Sleep;
  /** Who to share files with, for 403 messages (a service account's email), when known. */
  principal?: string;
  /** Requests allowed in any rolling `intervalMs`; the defaults are the quota choice above. */
  intervalCap?: number;
  intervalMs?: number;
}

export interface GoogleQueue {
  /** Runs `call` under the rate limit, retrying once on 429, 5xx or a network failure. */
  run<T>(target: GoogleTarget, call: () => Promise<T>): Promise<T>;
  readonly stats: GoogleRequestStats;
}

export const GOOGLE_INTERVAL_CAP = 50;
export const GOOGLE_INTERVAL_MS = 60_000;
/** Backoff before the retry of a 5xx or network failure; jitter keeps parallel retries apart. */
export const SERVER_ERROR_BACKOFF_MS = 1_000;
/**
 * Backoff before the retry of a 429 without Retry-After (Google sends none). Quotas refill per minute,
 * so a shorter wait would most likely be refused again and waste the only retry.
 */
export const QUOTA_BACKOFF_MS = 60_000;

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function createGoogleQueue(options: GoogleQueueOptions = {}): GoogleQueue {
  const stats = options.stats ?? { total: 0, retries: 0 };
  const sleep = options.sleep ?? realSleep;
  const queue = new PQueue({
    concurrency: 4,
    intervalCap: options.intervalCap ?? GOOGLE_INTERVAL_CAP,
    interval: options.intervalMs ?? GOOGLE_INTERVAL_MS,
    strict: true,
  });

  const attempt = <T>(call: () => Promise<T>): Promise<T> =>
    queue.add(() => {
      stats.total += 1;
      return call();
    });

  async function run<T>(target: GoogleTarget, call: () => Promise<T>): Promise<T> {
    try {
      return await attempt(call);
    } catch (first) {
      const failure = readFailure(first);
      if (!failure.retryable) throw describeGoogleFailure(failure, target, options.principal, first);
      stats.retries += 1;
      await sleep(retryDelay(failure.status, failure.retryAfterMs));
      try {
        return await attempt(call);
      } catch (second) {
        throw describeGoogleFailure(readFailure(second), target, options.principal, second);
      }
    }
  }

  return { run, stats };
}

function retryDelay(status: number | undefined, retryAfterMs: number | undefined): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  if (status === 429) return QUOTA_BACKOFF_MS;
  return Math.round(SERVER_ERROR_BACKOFF_MS * (1 + Math.random()));
}
