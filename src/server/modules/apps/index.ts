export { appHandlers } from './apps.routes.js';
export { isAppEnabled } from './apps.repository.js';
export { createAppsService, type AppsService } from './apps.service.js';
