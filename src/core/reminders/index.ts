export * from './amounts.js';
export * from './classification.js';
export * from './damages.js';
export * from './days.js';
export * from './errors.js';
export * from './interest.js';
export * from './reference-rates.js';
export * from './schedule.js';
