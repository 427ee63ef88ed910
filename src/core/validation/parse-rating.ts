import type { Config } from '../config-schema.ts';
import type { RejectionReason } from './types.ts';
import { quote } from './text.ts';

export interface RatingFailure {
  reason: Extract<RejectionReason, 'rating-off-scale' | 'rating-not-a-number'>;
  message: string;
}

export interface RatingValue {
  value: number | null;
}

export type RatingResult = RatingValue | RatingFailure;

// A plain number, or a leading number followed by a label, the way Google Forms scale options are often
// written: "4 - Strong", "4 – Strong", "4: Strong", "4) Strong", "4 (Strong)". Anything else is not a number.
const PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
const LABELLED = /^([+-]?\d+(?:\.\d+)?)(?:\s*[-–—:)]\s*\S.*|\s+\(.*\))$/s;

function numericText(text: string): number | null {
  if (PLAIN.test(text)) return Number(text);
  const match = LABELLED.exec(text);
  return match?.[1] === undefined ? null : Number(match[1]);
}

function rangeFailure(code: string, shown: string | number, scale: Config['scale']): RatingFailure {
  return {
    reason: 'rating-off-scale',
    message: `rating for ${code} is ${quote(shown)}, expected a whole number from ${scale.min} to ${scale.max} or N/A`,
  };
}

function onScale(value: number, scale: Config['scale']): boolean {
  return Number.isInteger(value) && value >= scale.min && value <= scale.max;
}

// A form offers a handful of answers and every response repeats them, so each text is read once per
// scale. Only values are kept: a failure names the code, and failures are rare.
const MAX_TEXTS = 10_000;

function textsOf(
  scale: Config['scale'],
  readTexts: WeakMap<Config['scale'], Map<string, number | null>>,
): Map<string, number | null> {
  let texts = readTexts.get(scale);
  if (texts === undefined) {
    texts = new Map();
    readTexts.set(scale, texts);
  }
  return texts;
}

function textValue(code: string, raw: string, scale: Config['scale']): number | null | RatingFailure {
  const text = raw.trim();
  if (text === '') return null;
  const lowered = text.toLowerCase();
  if (scale.naValues.some((na) => na.trim().toLowerCase() === lowered)) return null;
  const value = numericText(text);
  if (value === null) {
    return {
      reason: 'rating-not-a-number',
      message: `rating for ${code} is ${quote(text)}, which is not a number on the ${scale.min}–${scale.max} scale or N/A`,
    };
  }
  return onScale(value, scale) ? value : rangeFailure(code, text, scale);
}

/**
 * One raw rating as a number on the scale, null for N/A or an empty answer, or a failure. Validation
 * reads every rating of every response through this, so a value comes back bare, not in an object.
 */
export function ratingValue(
  code: string,
  raw: string | number | null | undefined,
  scale: Config['scale'],
  // The run's texts read so far, by scale (see RunContext).
  readTexts: WeakMap<Config['scale'], Map<string, number | null>> = new WeakMap(),
): number | null | RatingFailure {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) {
      return {
        reason: 'rating-not-a-number',
        message: `rating for ${code} is ${quote(raw)}, which is not a number`,
      };
    }
    return onScale(raw, scale) ? raw : rangeFailure(code, raw, scale);
  }
  const texts = textsOf(scale, readTexts);
  const known = texts.get(raw);
  if (known !== undefined || texts.has(raw)) return known as number | null;
  const value = textValue(code, raw, scale);
  if (value !== null && typeof value === 'object') return value;
  if (texts.size >= MAX_TEXTS) texts.clear();
  texts.set(raw, value);
  return value;
}

/** Turns one raw rating into a number on the scale, null for N/A or an empty answer, or a failure. */
export function parseRating(
  code: string,
  raw: string | number | null | undefined,
  scale: Config['scale'],
): RatingResult {
  const value = ratingValue(code, raw, scale);
  return value !== null && typeof value === 'object' ? value : { value };
}

export function isRatingFailure(result: RatingResult): result is RatingFailure {
  return 'reason' in result;
}
