import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import { parseMailbox } from './addresses.js';
import type { OutgoingMail } from './message.js';
import { sendSmtp, smtpServerFromUrl } from './smtp.js';

export interface PlatformMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Mail of the platform itself (password resets), outside any organization: through Facto's
 * general sender, or, when the installation has none, into the platform mailbox table, which the
 * operator reads with `npm run mailbox` (nothing is lost, nothing is logged).
 */
export function createPlatformMailer(deps: { db: Database; config: Config; clock: Clock }) {
  const { db, config, clock } = deps;
  return {
    /** Where platform mail goes: 'general' (SMTP) or 'mailbox'. */
    transport: (): 'general' | 'mailbox' =>
      config.smtpUrl && config.mailFrom ? 'general' : 'mailbox',

    async send(mail: PlatformMail): Promise<void> {
      const id = newId();
      if (config.smtpUrl && config.mailFrom) {
        const outgoing: OutgoingMail = {
          id,
          from: parseMailbox(config.mailFrom),
          to: [mail.to],
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        };
        await sendSmtp(smtpServerFromUrl(config.smtpUrl), outgoing, config.smtpTimeoutMs);
        return;
      }
      await db
        .insertInto('platform_mailbox')
        .values({
          id,
          recipient: mail.to,
          subject: mail.subject,
          body: mail.text,
          body_html: mail.html,
          created_at: clock.now(),
        })
        .execute();
    },
  };
}

export type PlatformMailer = ReturnType<typeof createPlatformMailer>;
