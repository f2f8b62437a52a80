export * from './define.js';
export { customerRoutes } from './customers.js';
export { appRoutes } from './apps.js';
