/**
 * What a fault does to a request. Statuses, `blocked-429` (a 429 whose `rate_limit_reason` is
 * `public_api_request_blocked`) and `drop` (the connection reset before any response byte) refuse the
 * request without carrying it out; 409 is a `conflict_error` that did not apply. The others carry it out
 * and then hide the result: `slow` answers late (past a client timeout), `lost` drops the connection
 * instead of answering, `late-504` answers 504 as a gateway that timed out after the backend did the
 * work, `conflict-applied` answers 409 after doing it, and `committed-503` answers 503 naming what it
 * committed (`committed_resource_id`, `committed_child_ids`). `hang` and `hang-applied` never answer at
 * all (before or after carrying it out), for killing a client mid-request.
 */
export type FaultEffect =
  | 409
  | 429
  | 500
  | 502
  | 503
  | 504
  | 529
  | 'blocked-429'
  | 'slow'
  | 'drop'
  | 'lost'
  | 'late-504'
  | 'conflict-applied'
  | 'committed-503'
  | 'hang'
  | 'hang-applied';

// The random mode keeps its original list, so a seed replays the same faults as before; the Notion-specific
// effects above are scripted.
export const RANDOM_FAULTS: readonly FaultEffect[] = [
  429,
  500,
  502,
  503,
  504,
  529,
  'slow',
  'drop',
  'lost',
  'late-504',
];

/** Effects under which the emulator carries the request out before the fault shows. */
export const APPLIED_EFFECTS: ReadonlySet<FaultEffect> = new Set([
  'slow',
  'lost',
  'late-504',
  'conflict-applied',
  'committed-503',
  'hang-applied',
]);

export interface ScriptedFault {
  /** HTTP method to match, any when absent. */
  method?: string;
  /** Path (with query string) to match: a RegExp, or a substring. */
  path?: RegExp | string;
  /** Match only requests that change something (not GET, not a data source query). */
  writes?: boolean;
  /** Fire on the nth matching request (1-based); the first when absent. */
  nth?: number;
  /** How many consecutive matching requests fail from the nth on; 1 when absent. */
  times?: number;
  respond: FaultEffect;
  /** Retry-After seconds for a 429; 1 when absent so tests stay fast. Over 60 is a workspace-wide limit. */
  retryAfter?: number;
  /** `additional_data.rate_limit_reason` of a 429; none when absent. */
  rateLimitReason?: string;
}

export interface FaultDecision {
  effect: FaultEffect;
  retryAfter: number;
  rateLimitReason?: string;
  source: 'script' | 'random';
}

export interface FaultController {
  script(fault: ScriptedFault): void;
  clear(): void;
  /** Scripted faults that have not fired all their times yet. */
  pending(): number;
}

/** mulberry32: tiny, seedable, and good enough to make fault runs reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ScriptState {
  fault: ScriptedFault;
  seen: number;
  fired: number;
}

/** Decides per request whether a fault applies: scripted faults first, then the seeded random mode. */
export class FaultInjector implements FaultController {
  private scripts: ScriptState[] = [];
  private readonly random: () => number;

  constructor(
    private readonly rate = 0,
    seed = 1,
  ) {
    if (rate < 0 || rate > 1) throw new RangeError(`faultRate must be between 0 and 1, got ${rate}`);
    this.random = seededRandom(seed);
  }

  script(fault: ScriptedFault): void {
    this.scripts.push({ fault, seen: 0, fired: 0 });
  }

  clear(): void {
    this.scripts = [];
  }

  pending(): number {
    return this.scripts.filter((s) => s.fired < (s.fault.times ?? 1)).length;
  }

  decide(method: string, path: string): FaultDecision | undefined {
    for (const state of this.scripts) {
      const { fault } = state;
      if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) continue;
      if (fault.writes && (method.toUpperCase() === 'GET' || /\/query(\?|$)/.test(path))) continue;
      if (fault.path !== undefined) {
        const hit = typeof fault.path === 'string' ? path.includes(fault.path) : fault.path.test(path);
        if (!hit) continue;
      }
      state.seen += 1;
      const first = fault.nth ?? 1;
      if (state.seen >= first && state.fired < (fault.times ?? 1)) {
        state.fired += 1;
        return {
          effect: fault.respond,
          retryAfter: fault.retryAfter ?? 1,
          ...(fault.rateLimitReason === undefined ? {} : { rateLimitReason: fault.rateLimitReason }),
          source: 'script',
        };
      }
    }
    if (this.rate > 0 && this.random() < this.rate) {
      const index = Math.floor(this.random() * RANDOM_FAULTS.length);
      return { effect: RANDOM_FAULTS[index] ?? 500, retryAfter: 1, source: 'random' };
    }
    return undefined;
  }
}
