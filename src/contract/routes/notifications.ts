import { idParamsSchema } from '../customers.js';
import { notificationListSchema } from '../notifications.js';

import { defineRoutes } from './define.js';

/** Every member has the bell; each sees the notifications of the modules they hold. */
export const notificationRoutes = defineRoutes('notifications', {
  list: {
    method: 'GET',
    path: '/notifications',
    access: 'member',
    summary: 'The latest notifications and the number of unread ones',
    response: notificationListSchema,
  },
  markRead: {
    method: 'POST',
    path: '/notifications/:id/read',
    access: 'member',
    summary: 'Mark one notification as read',
    params: idParamsSchema,
  },
  markAllRead: {
    method: 'POST',
    path: '/notifications/read-all',
    access: 'member',
    summary: 'Mark every notification as read',
  },
});
