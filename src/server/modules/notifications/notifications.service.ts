import {
  NOTIFICATION_TYPES,
  type Module,
  type NotificationList,
  type NotificationType,
  type Role,
} from '../../../contract/index.js';
import { withTenant } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { NotFound } from '../../platform/errors.js';
import { visibleNotifications } from './notification-access.js';
import {
  countUnread,
  isVisible,
  latestNotifications,
  markAllRead,
  markOneRead,
} from './notifications.repository.js';

/** Who reads: notifications follow the reader's modules. */
export interface NotificationReader {
  organizationId: string;
  role: Role;
  modules: readonly Module[];
}

const LATEST = 50;

const isType = (value: string): value is NotificationType =>
  (NOTIFICATION_TYPES as readonly string[]).includes(value);

export function createNotificationsService(deps: Pick<Deps, 'db' | 'clock'>) {
  const { db, clock } = deps;
  return {
    /** The latest notifications and how many are unread, for the bell. */
    list(reader: NotificationReader): Promise<NotificationList> {
      const { organizationId } = reader;
      const visible = visibleNotifications(reader.role, reader.modules);
      return withTenant(db, organizationId, async (trx) => {
        const [rows, unread] = await Promise.all([
          latestNotifications(trx, organizationId, visible, LATEST),
          countUnread(trx, organizationId, visible),
        ]);
        return {
          unread,
          items: rows
            .filter((row) => isType(row.type))
            .map((row) => ({
              id: row.id,
              type: row.type as NotificationType,
              params: row.params as Record<string, string>,
              link: row.link,
              read: row.read_at !== null,
              createdAt: row.created_at.toISOString(),
            })),
        };
      });
    },

    async markRead(reader: NotificationReader, id: string): Promise<void> {
      const { organizationId } = reader;
      const visible = visibleNotifications(reader.role, reader.modules);
      await withTenant(db, organizationId, async (trx) => {
        if (await markOneRead(trx, organizationId, id, visible, clock.now())) return;
        // Nothing changed: already read is fine, missing or hidden is not.
        if (!(await isVisible(trx, organizationId, id, visible))) throw NotFound();
      });
    },

    /** Marks what the reader sees: notices of modules they lack stay unread for the others. */
    async markAllRead(reader: NotificationReader): Promise<void> {
      const { organizationId } = reader;
      const visible = visibleNotifications(reader.role, reader.modules);
      await withTenant(db, organizationId, (trx) =>
        markAllRead(trx, organizationId, visible, clock.now()),
      );
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
