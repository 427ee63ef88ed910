// Goal progress and status, and the "Goals on track" text for the review page.
export { goalProgress } from './progress.ts';
export { elapsedShare, goalStatus, goalsOnTrackText, type GoalStatusContext } from './status.ts';
export { milestoneProgress, parseMilestones } from './milestones.ts';
export { groupGoalsByObjective, type GoalGroup } from './group-by-objective.ts';
