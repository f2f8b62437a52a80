import type { notificationRoutes } from '../../../contract/index.js';
import { authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { NotificationsService } from './notifications.service.js';

/** The handlers of `notificationRoutes` (src/contract/routes/notifications.ts). */
export function notificationHandlers(deps: {
  notifications: NotificationsService;
}): Handlers<typeof notificationRoutes> {
  return {
    list: async (request) => deps.notifications.list(authOf(request)),
    markRead: async (request) => deps.notifications.markRead(authOf(request), request.params.id),
    markAllRead: async (request) => deps.notifications.markAllRead(authOf(request)),
  };
}
