export * from './deposit.js';
export * from './errors.js';
export * from './margin.js';
export * from './totals.js';
export * from './types.js';
export * from './vat-category.js';
export * from './vat-treatment.js';
