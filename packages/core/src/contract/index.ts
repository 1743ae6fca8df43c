export * from './common.js';
export * from './satisfaction.js';
export * from './admin.js';
export * from './limits.js';
export * from './petition.js';
export * from './petition-rules.js';
export * from './consultation.js';
export * from './consultation-rules.js';
