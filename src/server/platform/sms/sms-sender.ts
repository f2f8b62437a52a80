import type { Tx } from '../../db/tenant.js';
import { newId } from '../ids.js';

export interface SmsMessage {
  organizationId: string;
  userId: string | null;
  /** E.164, e.g. +32470123456. */
  to: string;
  body: string;
  at: Date;
}

/**
 * Where text messages go. Facto sends one kind only (the code that confirms a mobile number), and
 * two-factor login never depends on it: authenticator apps (TOTP) work without any transport.
 * A provider's adapter implements this interface; the one built in is the local outbox.
 */
export interface SmsSender {
  /** Runs in the caller's tenant transaction: the message exists only if the change commits. */
  send(trx: Tx, message: SmsMessage): Promise<void>;
}

/**
 * The local transport: messages land in `sms_outbox`, which the organization's owners read in
 * Settings (for a test set-up, or an installation without an SMS provider).
 */
export function createOutboxSmsSender(): SmsSender {
  return {
    async send(trx, message) {
      await trx
        .insertInto('sms_outbox')
        .values({
          organization_id: message.organizationId,
          id: newId(),
          user_id: message.userId,
          phone: message.to,
          body: message.body,
          created_at: message.at,
        })
        .execute();
    },
  };
}

export function createSmsSender(transport: 'off' | 'outbox'): SmsSender | null {
  return transport === 'outbox' ? createOutboxSmsSender() : null;
}
