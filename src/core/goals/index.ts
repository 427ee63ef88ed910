// Goal progress and status, and the "Goals on track" text for the review page.
export { goalProgress } from './progress.ts';
export { elapsedShare, goalStatus, goalsOnTrackText, type GoalStatusContext } from './status.ts';
