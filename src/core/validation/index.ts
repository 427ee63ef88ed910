// Response validation: raw form and sheet answers in, checked responses and reasoned rejections out.
export {
  checkResponses,
  settleResponses,
  validateResponses,
  type CheckedResponses,
  type ValidationContext,
  type ValidationResult,
} from './validate-responses.ts';
export type { SupersededResponse } from './latest-wins.ts';
export { parseRating, type RatingResult } from './parse-rating.ts';
export { cycleWindow, isInWindow, type CycleWindow } from './cycle-window.ts';
