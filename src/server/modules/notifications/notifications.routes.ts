import { z } from 'zod';
import { idParamsSchema, notificationListSchema } from '../../../contract/index.js';
import { authOf } from '../../platform/auth/actor.js';
import { errorResponses as errors, type Api } from '../../platform/route-types.js';
import type { NotificationsService } from './notifications.service.js';

// Every member has the bell; each sees the notifications of the modules they hold.
const config = { access: 'member' } as const;

export function notificationRoutes(app: Api, deps: { notifications: NotificationsService }): void {
  app.get('/api/v1/notifications', {
    config,
    schema: {
      tags: ['notifications'],
      summary: 'The latest notifications and the number of unread ones',
      response: { 200: notificationListSchema, ...errors },
    },
    handler: async (request) => deps.notifications.list(authOf(request)),
  });

  app.post('/api/v1/notifications/:id/read', {
    config,
    schema: {
      tags: ['notifications'],
      summary: 'Mark one notification as read',
      params: idParamsSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await deps.notifications.markRead(authOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/v1/notifications/read-all', {
    config,
    schema: {
      tags: ['notifications'],
      summary: 'Mark every notification as read',
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await deps.notifications.markAllRead(authOf(request));
      return reply.code(204).send(null);
    },
  });
}
