import { GoogleApiError } from './errors.ts';

/** The per-user quota buckets the real APIs meter separately. */
export type QuotaBucket =
  'sheets-read' | 'sheets-write' | 'forms-read' | 'forms-expensive-read' | 'forms-write';

interface BucketInfo {
  /** Published per-minute-per-user limit. */
  limit: number;
  service: string;
  metric: string;
}

// Published "per minute per user per project" limits of each API; `quotaPerMinute` overrides them all.
const BUCKETS: Record<QuotaBucket, BucketInfo> = {
  'sheets-read': { limit: 60, service: 'sheets.googleapis.com', metric: 'Read requests' },
  'sheets-write': { limit: 60, service: 'sheets.googleapis.com', metric: 'Write requests' },
  'forms-read': { limit: 390, service: 'forms.googleapis.com', metric: 'Read requests' },
  'forms-expensive-read': { limit: 180, service: 'forms.googleapis.com', metric: 'Expensive read requests' },
  'forms-write': { limit: 150, service: 'forms.googleapis.com', metric: 'Write requests' },
};

export function defaultQuota(bucket: QuotaBucket): number {
  return BUCKETS[bucket].limit;
}

/**
 * Counts requests per token and bucket in fixed calendar minutes: Google refills per-minute quotas
 * each minute rather than sliding a window, so a burst right before the boundary is followed by a
 * fresh budget.
 */
export class QuotaMeter {
  private readonly counts = new Map<string, number>();
  private minute = Number.NaN;

  constructor(
    private readonly now: () => Date,
    private readonly override: number | undefined,
  ) {}

  take(token: string, bucket: QuotaBucket): void {
    const minute = Math.floor(this.now().getTime() / 60_000);
    if (minute !== this.minute) {
      this.minute = minute;
      this.counts.clear();
    }
    const key = `${bucket}\u0000${token}`;
    const used = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, used);
    const info = BUCKETS[bucket];
    const limit = this.override ?? info.limit;
    if (used <= limit) return;
    const quotaLimit = `${info.metric} per minute per user`;
    throw new GoogleApiError(
      'RESOURCE_EXHAUSTED',
      `Quota exceeded for quota metric '${info.metric}' and limit '${quotaLimit}' of service '${info.service}' for consumer 'project_number:0'.`,
      [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'RATE_LIMIT_EXCEEDED',
          domain: 'googleapis.com',
          metadata: { service: info.service, quota_limit_value: String(limit), consumer: 'projects/0' },
        },
      ],
    );
  }
}
