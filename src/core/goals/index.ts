// Goal progress and status, and the "Goals on track" text for the review page.
export { goalsOnTrackText } from './on-track-text.ts';
export { goalProgress } from './progress.ts';
export { elapsedShare, goalStatus, type GoalStatusContext } from './status.ts';
