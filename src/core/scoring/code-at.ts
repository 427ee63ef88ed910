import type { CodeScore } from './types.ts';

/** A code's score; should a code appear twice, the last one counts, as a map by code would have it. */
export function codeAt(codes: readonly CodeScore[], code: string): CodeScore | undefined {
  for (let j = codes.length - 1; j >= 0; j--) {
    const candidate = codes[j];
    if (candidate?.code === code) return candidate;
  }
  return undefined;
}
