export * from './document-tags.js';
export * from './format.js';
export * from './tags.js';
