export * from './define.js';
export { customerRoutes } from './customers.js';
export { documentEmailRouteTables, emailRoutes, type DocumentEmailRoutes } from './email.js';
export { teamRoutes } from './team.js';
