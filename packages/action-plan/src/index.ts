export { MocharakaActionPlan } from './action-plan.element.js';
export { MocharakaActionPlanCommentedEvent, type ProjectCommentedDetail } from './action-plan.events.js';
export { filterProjects, type ProjectFilter } from './action-plan-projects.js';
