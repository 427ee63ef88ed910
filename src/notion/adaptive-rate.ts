// Paces request starts at a rate that adapts to the server: halved after each 429 (and paused for as
// long as Retry-After says), then raised a little after every success, back up to the configured rate.
// Another job sharing the token shows up only as 429s, so this is how two jobs learn to share it.

export interface AdaptiveRateOptions {
  /** The configured average rate, and the ceiling recovery climbs back to. */
  maxPerSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** The floor after repeated halvings: one request every ten seconds still makes progress. */
export const MIN_RATE_PER_SECOND = 0.1;
/** Share of the configured rate won back per successful request: about 50 successes from half to full. */
const RECOVERY_STEP = 0.01;

export class AdaptiveRate {
  private rate: number;
  private nextStart = 0;
  private readonly max: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: AdaptiveRateOptions) {
    this.max = Math.max(MIN_RATE_PER_SECOND, options.maxPerSecond);
    this.rate = this.max;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  get perSecond(): number {
    return this.rate;
  }

  /** Waits for this request's slot. Slots are handed out in call order, one per 1/rate seconds. */
  async take(): Promise<void> {
    const now = this.now();
    const start = Math.max(now, this.nextStart);
    this.nextStart = start + 1000 / this.rate;
    if (start > now) await this.sleep(start - now);
  }

  /** After a 429: slow down, and let nobody start before the server said to come back. */
  throttled(retryAfterMs: number | null): void {
    this.rate = Math.max(MIN_RATE_PER_SECOND, this.rate / 2);
    if (retryAfterMs !== null) this.nextStart = Math.max(this.nextStart, this.now() + retryAfterMs);
  }

  succeeded(): void {
    if (this.rate < this.max) this.rate = Math.min(this.max, this.rate + this.max * RECOVERY_STEP);
  }
}
