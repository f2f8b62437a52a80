export * from './define.js';
export { customerRoutes } from './customers.js';
