// The action plan: which catalog entries and goal templates a review draws, with stable keys.
export {
  buildActionPlan,
  ACTION_PLAN_KIND_ORDER,
  type ActionPlanInput,
  type ActionPlanKind,
} from './build-action-plan.ts';
export { classifyScore, type CodeClass, type PlanThresholds } from './classify.ts';
export { dueDateAfter } from './due-date.ts';
export { actionKey, reviewKeyPrefix, ACTION_KEY_VERSION, type ActionEntrySource } from './action-key.ts';
