export * from './period-tags.js';
export * from './schedule.js';
export * from './time-zone.js';
