export { appHandlers } from './apps.routes.js';
export { appIsOn } from './apps.repository.js';
export { createAppsService, type AppsService } from './apps.service.js';
