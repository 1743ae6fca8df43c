export * from './common.js';
export * from './satisfaction.js';
export * from './admin.js';
