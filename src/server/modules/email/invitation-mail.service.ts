import type { TagLanguage } from '../../../core/tags/index.js';
import { withTenant } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { newId } from '../../platform/ids.js';
import { addresses, enqueueSend } from './email-messages.js';
import { choiceOf, transportOf } from './email-routing.js';
import { findSettings, insertMessage } from './email.repository.js';

/** A team invitation, written in full by the team module. */
export interface InvitationEmail {
  organizationId: string;
  to: string;
  language: TagLanguage;
  subject: string;
  text: string;
  html: string;
  userId: string;
}

/**
 * Team invitations go through the company's mail path like every other e-mail (its SMTP
 * server, Facto's sender, or the built-in mailbox, where only owners read them).
 */
export function createInvitationMailService({ db, clock, jobs, config, secrets }: Deps) {
  return {
    /** Queues the invitation; whether it leaves for the invited person's inbox (false: mailbox). */
    async sendInvitationEmail(invitation: InvitationEmail): Promise<boolean> {
      const { organizationId } = invitation;
      const to = addresses([invitation.to], 'to');
      return withTenant(db, organizationId, async (trx) => {
        const settings = await findSettings(trx, organizationId);
        const id = newId();
        const now = clock.now();
        await insertMessage(trx, {
          organization_id: organizationId,
          id,
          document_id: null,
          kind: 'invitation',
          status: 'queued',
          language: invitation.language,
          recipients: to,
          subject: invitation.subject.replace(/[\r\n]+/g, ' '),
          body: invitation.text,
          body_html: invitation.html,
          attach_pdf: false,
          created_by: invitation.userId,
          queued_at: now,
          updated_at: now,
        });
        await enqueueSend(jobs, trx, { organizationId, messageId: id });
        return transportOf(choiceOf(settings, secrets), config) !== 'mailbox';
      });
    },
  };
}
