export * from './calendar.js';
export * from './due-date.js';
export * from './errors.js';
export * from './format.js';
