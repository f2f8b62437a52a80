import type { Selectable } from 'kysely';
import type { NotificationType } from '../../../contract/index.js';
import type { Notifications } from '../../db/schema.generated.js';
import type { Tx } from '../../db/tenant.js';
import { newId } from '../../platform/ids.js';
import type { visibleNotifications } from './notification-access.js';

/** The condition of what a reader may see (from `visibleNotifications`). */
type Visible = ReturnType<typeof visibleNotifications>;

export type NotificationRow = Selectable<Notifications>;

export async function insertNotification(
  trx: Tx,
  organizationId: string,
  values: {
    type: NotificationType;
    params: Record<string, string>;
    link: string | null;
    at: Date;
  },
): Promise<void> {
  await trx
    .insertInto('notifications')
    .values({
      organization_id: organizationId,
      id: newId(),
      type: values.type,
      params: JSON.stringify(values.params),
      link: values.link,
      created_at: values.at,
    })
    .execute();
}

/** The newest `limit` notifications the reader sees, newest first. */
export async function latestNotifications(
  trx: Tx,
  organizationId: string,
  visible: Visible,
  limit: number,
): Promise<NotificationRow[]> {
  return trx
    .selectFrom('notifications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(visible)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countUnread(
  trx: Tx,
  organizationId: string,
  visible: Visible,
): Promise<number> {
  const row = await trx
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .where(visible)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks one unread notification read; false when none was (missing, hidden or already read). */
export async function markOneRead(
  trx: Tx,
  organizationId: string,
  id: string,
  visible: Visible,
  at: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('notifications')
    .set({ read_at: at })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where(visible)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function isVisible(
  trx: Tx,
  organizationId: string,
  id: string,
  visible: Visible,
): Promise<boolean> {
  const row = await trx
    .selectFrom('notifications')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where(visible)
    .executeTakeFirst();
  return row !== undefined;
}

export async function markAllRead(
  trx: Tx,
  organizationId: string,
  visible: Visible,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('notifications')
    .set({ read_at: at })
    .where('organization_id', '=', organizationId)
    .where(visible)
    .where('read_at', 'is', null)
    .execute();
}
