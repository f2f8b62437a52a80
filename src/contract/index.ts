export * from './auth.js';
export * from './common.js';
export * from './me.js';
export * from './organization.js';
export * from './zod-issues.js';
export { messages, translate, isMessageKey, type MessageKey } from './messages/index.js';
export * from './customers.js';
export * from './products.js';
export * from './documents.js';
