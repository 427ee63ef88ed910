import type { Config } from '../config-schema.ts';
import type { RejectionReason } from '../types.ts';
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

function checkRange(
  code: string,
  value: number,
  shown: string | number,
  scale: Config['scale'],
): RatingResult {
  if (!Number.isInteger(value) || value < scale.min || value > scale.max) {
    return {
      reason: 'rating-off-scale',
      message: `rating for ${code} is ${quote(shown)}, expected a whole number from ${scale.min} to ${scale.max} or N/A`,
    };
  }
  return { value };
}

/** Turns one raw rating into a number on the scale, null for N/A or an empty answer, or a failure. */
export function parseRating(
  code: string,
  raw: string | number | null | undefined,
  scale: Config['scale'],
): RatingResult {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) {
      return {
        reason: 'rating-not-a-number',
        message: `rating for ${code} is ${quote(raw)}, which is not a number`,
      };
    }
    return checkRange(code, raw, raw, scale);
  }
  const text = raw.trim();
  if (text === '') return { value: null };
  const lowered = text.toLowerCase();
  if (scale.naValues.some((na) => na.trim().toLowerCase() === lowered)) return { value: null };
  const value = numericText(text);
  if (value === null) {
    return {
      reason: 'rating-not-a-number',
      message: `rating for ${code} is ${quote(text)}, which is not a number on the ${scale.min}–${scale.max} scale or N/A`,
    };
  }
  return checkRange(code, value, text, scale);
}

export function isRatingFailure(result: RatingResult): result is RatingFailure {
  return 'reason' in result;
}
