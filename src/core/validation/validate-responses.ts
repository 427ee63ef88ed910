import type { Config, CycleConfig } from '../config-schema.ts';
import { createValidationMemos, type ValidationMemos } from './memos.ts';
import type { RaterRole, Review } from '../domain.ts';
import type { RawResponse, Rejection, RejectionReason, ValidResponse } from './types.ts';
import { checkNomination } from './check-nomination.ts';
import { checkRespondent } from './check-respondent.ts';
import { cycleWindow, isInWindow } from './cycle-window.ts';
import { keepLatest, type SupersededResponse } from './latest-wins.ts';
import { isMatchFailure, matchReviewee } from './match-reviewee.ts';
import { normaliseEmail } from '../emails.ts';
import { ratingValue } from './parse-rating.ts';
import { cleanComments, compareRefs, normaliseName, quote, redactEmail, refCollator } from './text.ts';

export interface ValidationContext {
  reviews: Review[];
  config: Config;
  now: Date;
  /** The run's indexes; without one, a call builds its own (same answer, slower across calls). */
  run?: ValidationMemos;
}

type RunValidation = ValidationContext & { run: ValidationMemos };

export interface ValidationResult {
  valid: ValidResponse[];
  rejected: Rejection[];
  /** Older answers replaced by a later one from the same respondent: not errors, listed for the report. */
  superseded: SupersededResponse[];
}

interface Failure {
  reason: RejectionReason;
  message: string;
  awaitingApproval?: boolean;
}

function isBlank(raw: RawResponse): boolean {
  // Cheapest test first: nearly every row names its reviewee.
  if (raw.reviewee.trim() !== '' || raw.relationship.trim() !== '') return false;
  const noRatings = Object.values(raw.ratings).every(
    (v) => v === null || (typeof v === 'string' && v.trim() === ''),
  );
  return noRatings && Object.values(raw.comments).every((c) => c.trim() === '');
}

export interface Relation {
  label: string;
  role: RaterRole;
}

// A form offers a handful of relationship labels; each spelling is normalised once a run.
function relationKey(relationship: string, relationKeys: Map<string, string>): string {
  let key = relationKeys.get(relationship);
  if (key === undefined) {
    key = normaliseName(relationship);
    if (relationKeys.size >= 10_000) relationKeys.clear();
    relationKeys.set(relationship, key);
  }
  return key;
}

// Every response looks up its relationship; the labels are normalised once per config, not per response.
function findRole(relationship: string, config: Config, run: ValidationMemos): Relation | null {
  const relationsByConfig = run.relations;
  let relations = relationsByConfig.get(config.raters);
  if (relations === undefined) {
    relations = new Map();
    for (const [label, role] of Object.entries(config.raters.relationships)) {
      // The first label wins when two normalise alike, as the search through the entries did.
      const key = normaliseName(label);
      if (!relations.has(key)) relations.set(key, { label, role });
    }
    relationsByConfig.set(config.raters, relations);
  }
  return relations.get(relationKey(relationship, run.relationKeys)) ?? null;
}

// Every response looks up its review's cycle; the first cycle of each name, once per config.
function cycleNamed(
  cycles: Config['cycles'],
  name: string,
  cyclesByName: ValidationMemos['cyclesByName'],
): CycleConfig | undefined {
  let byName = cyclesByName.get(cycles);
  if (byName === undefined) {
    byName = new Map();
    for (const cycle of cycles) if (!byName.has(cycle.name)) byName.set(cycle.name, cycle);
    cyclesByName.set(cycles, byName);
  }
  return byName.get(name);
}

// Only a rejection names the reviewee, so the quoted name is made only for one.
function whoOf(review: Review): string {
  return quote(review.reviewee.name ?? review.title);
}

function respondentKey(raw: RawResponse, email: string | null): string {
  return email === null ? `ref:${raw.source}#${raw.ref}` : `email:${email}`;
}

// The checks run in a fixed order so a response with several faults always reports the same one:
// timestamp, reviewee, relationship, cycle window, who answered, then each rating in framework order.
function validateOne(raw: RawResponse, ctx: RunValidation): ValidResponse | Failure {
  const { config, run } = ctx;
  // Sources convert each timestamp to an instant on arrival, so here there is only a number to check.
  const { submittedAt } = raw;
  if (submittedAt === null || !Number.isFinite(submittedAt)) {
    return {
      reason: 'missing-timestamp',
      message: 'response has no valid timestamp, so its cycle cannot be checked',
    };
  }
  const review = matchReviewee({ reviewee: raw.reviewee, cycle: raw.cycle, submittedAt }, ctx);
  if (isMatchFailure(review)) return review;

  const relation = findRole(raw.relationship, config, run);
  if (relation === null) {
    const known = Object.keys(config.raters.relationships).join(', ');
    return {
      reason: 'unknown-relationship',
      message: `relationship ${quote(raw.relationship)} in a response about ${whoOf(review)} is not one of: ${known}`,
    };
  }

  const cycle = cycleNamed(config.cycles, review.cycle, run.cyclesByName);
  if (!cycle || !isInWindow(submittedAt, cycleWindow(cycle, config.timeZone, ctx.now, run.windows))) {
    const why = cycle
      ? `outside the window of cycle ${review.cycle}`
      : `for cycle ${review.cycle}, which is not configured`;
    return {
      reason: 'outside-cycle-window',
      message: `response about ${whoOf(review)} was submitted ${why}`,
    };
  }

  const email = normaliseEmail(raw.respondentEmail);
  const identity = checkRespondent(review, relation.role, relation.label, email, run.pageEmails);
  if (identity) return identity;
  const nomination = checkNomination(config, review, relation.role, email);
  if (nomination) return nomination;

  const ratings: Record<string, number | null> = {};
  for (const { code } of config.framework.competencies) {
    const value = ratingValue(code, raw.ratings[code], config.scale, run.ratingTexts);
    if (value !== null && typeof value === 'object')
      return { ...value, message: `${value.message} (response about ${whoOf(review)})` };
    ratings[code] = value;
  }

  return {
    source: raw.source,
    ref: raw.ref,
    submittedAt,
    respondentKey: respondentKey(raw, email),
    respondentEmail: email,
    reviewPageId: review.pageId,
    role: relation.role,
    relationship: relation.label,
    ratings,
    comments: cleanComments(raw.comments),
  };
}

function byPosition(
  a: { source: string; ref: string },
  b: { source: string; ref: string },
  refs: Intl.Collator,
): number {
  return compareRefs(a.source, b.source, refs) || compareRefs(a.ref, b.ref, refs);
}

/** Responses checked one by one, before repeated answers are settled: the part that can be split up. */
export interface CheckedResponses {
  accepted: ValidResponse[];
  rejected: Rejection[];
}

/** Checks a slice of the raw responses; slices can be checked apart and their results concatenated. */
export function checkResponses(raw: readonly RawResponse[], context: ValidationContext): CheckedResponses {
  const ctx: RunValidation = context.run
    ? { ...context, run: context.run }
    : { ...context, run: createValidationMemos() };
  const accepted: ValidResponse[] = [];
  const rejected: Rejection[] = [];
  for (const response of raw) {
    if (isBlank(response)) continue;
    const result = validateOne(response, ctx);
    if ('reason' in result) {
      const message = redactEmail(result.message, response.respondentEmail);
      rejected.push({
        source: response.source,
        ref: response.ref,
        reason: result.reason,
        message,
        ...(result.awaitingApproval === true ? { awaitingApproval: true as const } : {}),
      });
    } else {
      accepted.push(result);
    }
  }
  return { accepted, rejected };
}

/** Keeps the latest of repeated answers and sorts, so arrival order never changes the result. */
export function settleResponses(
  checked: CheckedResponses,
  refs: Intl.Collator = refCollator(),
): ValidationResult {
  const { kept, superseded } = keepLatest(checked.accepted, refs);
  const byPlace = (a: { source: string; ref: string }, b: { source: string; ref: string }) =>
    byPosition(a, b, refs);
  return {
    valid: kept.sort((a, b) => compareRefs(a.reviewPageId, b.reviewPageId, refs) || byPlace(a, b)),
    rejected: [...checked.rejected].sort(byPlace),
    superseded: superseded.sort(byPlace),
  };
}

/**
 * Checks every raw response against the open reviews and the config. Bad responses are rejected with a
 * reason and never stop the others; blank rows vanish; repeated answers keep the latest. Outputs are
 * sorted, so the order responses arrive in never changes the result.
 */
export function validateResponses(raw: RawResponse[], ctx: ValidationContext): ValidationResult {
  return settleResponses(checkResponses(raw, ctx), ctx.run?.refs);
}
