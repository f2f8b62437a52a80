export { meRoutes } from './me.routes.js';
export { createMeService, type MeService } from './me.service.js';
