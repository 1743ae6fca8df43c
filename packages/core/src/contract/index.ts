export * from './common.js';
export * from './satisfaction.js';
