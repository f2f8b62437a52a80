export { notify } from './notify.js';
export { createNotificationsService, type NotificationsService } from './notifications.service.js';
export { notificationRoutes } from './notifications.routes.js';
