import type { ValidResponse } from '../validation/types.ts';
import { mean } from './numbers.ts';

// Means of one code's ratings run for every code of every review. The values are gathered into one
// buffer reused from call to call instead of a fresh array each time; `mean` reads only the part filled,
// in the order the responses come, so every sum adds up exactly as it did over a fresh array.
const buffer: number[] = [];

function gather(responses: readonly ValidResponse[], code: string, from: number): number {
  let filled = from;
  for (const response of responses) {
    const value = response.ratings[code];
    if (typeof value === 'number') buffer[filled++] = value;
  }
  return filled;
}

/** How many of the responses give this code a numeric rating. */
export function countRatings(responses: readonly ValidResponse[], code: string): number {
  let n = 0;
  for (const response of responses) if (typeof response.ratings[code] === 'number') n += 1;
  return n;
}

/** The mean of the numeric ratings of `code`, in response order; null when none rated it. */
export function meanRating(responses: readonly ValidResponse[], code: string): number | null {
  return mean(buffer, gather(responses, code, 0));
}

/** The mean of the ratings of `code` across several lists, taken one list after another. */
export function meanRatingAcross(lists: readonly (readonly ValidResponse[])[], code: string): number | null {
  let filled = 0;
  for (const responses of lists) filled = gather(responses, code, filled);
  return mean(buffer, filled);
}
