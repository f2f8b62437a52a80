export { appHandlers } from './apps.routes.js';
export { appIsOn, isAppEnabled } from './apps.repository.js';
export { createAppsService, type AppsService } from './apps.service.js';
