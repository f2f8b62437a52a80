export { notify } from './notify.js';
export { createNotificationsService, type NotificationsService } from './notifications.service.js';
export { notificationHandlers } from './notifications.routes.js';
