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
          trx
            .selectFrom('notifications')
            .selectAll()
            .where('organization_id', '=', organizationId)
            .where(visible)
            .orderBy('created_at', 'desc')
            .orderBy('id', 'desc')
            .limit(LATEST)
            .execute(),
          trx
            .selectFrom('notifications')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .where('organization_id', '=', organizationId)
            .where(visible)
            .where('read_at', 'is', null)
            .executeTakeFirstOrThrow(),
        ]);
        return {
          unread: Number(unread.count),
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
      const result = await withTenant(db, organizationId, (trx) =>
        trx
          .updateTable('notifications')
          .set({ read_at: clock.now() })
          .where('organization_id', '=', organizationId)
          .where('id', '=', id)
          .where(visible)
          .where('read_at', 'is', null)
          .executeTakeFirst(),
      );
      if (result.numUpdatedRows === 0n) {
        const exists = await withTenant(db, organizationId, (trx) =>
          trx
            .selectFrom('notifications')
            .select('id')
            .where('organization_id', '=', organizationId)
            .where('id', '=', id)
            .where(visible)
            .executeTakeFirst(),
        );
        if (!exists) throw NotFound();
      }
    },

    /** Marks what the reader sees: notices of modules they lack stay unread for the others. */
    async markAllRead(reader: NotificationReader): Promise<void> {
      const { organizationId } = reader;
      await withTenant(db, organizationId, (trx) =>
        trx
          .updateTable('notifications')
          .set({ read_at: clock.now() })
          .where('organization_id', '=', organizationId)
          .where(visibleNotifications(reader.role, reader.modules))
          .where('read_at', 'is', null)
          .execute(),
      );
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
