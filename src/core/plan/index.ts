// The action plan: which catalog entries and goal templates a review draws, with stable keys.
export {
  buildActionPlan,
  PLAN_KIND_ORDER,
  type ActionPlanInput,
  type PlanKind,
} from './build-action-plan.ts';
export { classifyScore, type CodeClass, type PlanThresholds } from './classify.ts';
export { dueDateAfter } from './due-date.ts';
export { planKey, PLAN_KEY_VERSION, type PlanEntrySource } from './plan-key.ts';
