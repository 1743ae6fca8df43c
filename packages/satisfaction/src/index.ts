export { MocharakaSatisfaction } from './satisfaction.element.js';
export { MocharakaSatisfactionRatedEvent } from './satisfaction.events.js';
