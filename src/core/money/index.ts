export * from './allocate.js';
export * from './decimal.js';
