import type { NotificationType } from '../../../contract/index.js';
import type { Tx } from '../../db/tenant.js';
import { insertNotification } from './notifications.repository.js';

/**
 * The one way every module raises a notification, inside the transaction of what caused it: a
 * rolled-back change never leaves a notification about itself behind.
 */
export async function notify(
  trx: Tx,
  organizationId: string,
  type: NotificationType,
  params: Record<string, string>,
  options: { link?: string | null; at: Date },
): Promise<void> {
  await insertNotification(trx, organizationId, {
    type,
    params,
    link: options.link ?? null,
    at: options.at,
  });
}
