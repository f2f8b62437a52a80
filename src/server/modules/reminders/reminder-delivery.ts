import type { LayoutService } from '../documents/index.js';
import type { DocumentsService } from '../documents/index.js';
import { printableLogo } from '../documents/index.js';
import type { OrganizationsService } from '../organizations/index.js';
import type { InterestPeriod } from '../../../core/reminders/index.js';
import type { Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import { DomainError } from '../../platform/errors.js';
import { REMINDER_LABELS, reminderLanguage } from './reminder-labels.js';
import { describeError, money, type StoredTexts } from './reminders.mapper.js';
import {
  findReminder,
  lockCreatedReminder,
  markReminderFailed,
  markReminderSent,
  type ReminderRow,
} from './reminders.repository.js';

/** The `reminders.send` job's data: one reminder to e-mail. */
export interface ReminderSendJob {
  organizationId: string;
  reminderId: string;
}

/**
 * What reminders need from the e-mail module: `sendDocumentEmail` queues a message about a
 * document in the caller's transaction (its own job delivers it, retries and reports failures).
 */
export interface ReminderMailer {
  sendDocumentEmail(
    trx: Tx,
    options: {
      organizationId: string;
      documentId: string;
      kind: 'reminder' | 'quote';
      recipients: readonly string[];
      subject: string;
      body: string;
      attachPdf: boolean;
      extraAttachments: readonly { filename: string; content: Buffer; contentType?: string }[];
      tags: Readonly<Record<string, string>>;
      userId: string | null;
    },
  ): Promise<unknown>;
}

/** A reminder's PDF, and its e-mail (the body of the `reminders.send` job). */
export function createReminderDelivery(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  services: {
    documents: DocumentsService;
    organizations: OrganizationsService;
    layouts: LayoutService;
    mailer: ReminderMailer | null;
  },
) {
  const { mailer } = services;

  async function renderPdf(organizationId: string, row: ReminderRow) {
    const [invoice, organization, logo, layout] = await Promise.all([
      services.documents.get(organizationId, 'invoice', row.document_id),
      services.organizations.get(organizationId),
      services.organizations.readLogo(organizationId),
      services.layouts.get(organizationId),
    ]);
    const texts = row.texts as unknown as StoredTexts;
    // pdfkit and the letter's layout load with the first reminder, not at start-up.
    const { renderReminderPdf } = await import('./reminder-pdf.js');
    const data = await renderReminderPdf({
      invoice,
      organization,
      layout,
      logo: printableLogo(logo),
      reminder: {
        date: row.reminder_date,
        sequence: row.sequence,
        openBalance: money(row.open_balance),
        credited: money(row.credited),
        amountPaid: money(row.amount_paid),
        interestPeriods: row.interest_periods as unknown as InterestPeriod[],
        indemnity: money(row.indemnity),
        damages: money(row.damages),
        totalDue: money(row.total_due),
        newDueDate: row.new_due_date,
        bottom: texts.bottom,
        legal: texts.legal,
      },
    });
    const name = `${REMINDER_LABELS[reminderLanguage(row.language)].title}-${invoice.numberFormatted ?? row.id.slice(-8)}-${row.sequence}`;
    return { data, filename: `${name.replace(/[^\w.-]+/g, '_')}.pdf` };
  }

  /**
   * Hands a reminder to the e-mail module with its PDF (the `reminders.send` job). The PDF is
   * rendered first (outside any transaction); then, under a lock on the reminder, the message is
   * queued and the reminder marked sent in one transaction: a retry finds it sent and queues
   * nothing more.
   */
  async function send(job: ReminderSendJob, lastAttempt: boolean): Promise<void> {
    const { organizationId, reminderId } = job;
    const row = await withTenant(db, organizationId, (trx) =>
      findReminder(trx, organizationId, reminderId),
    );
    if (!row || row.status !== 'created' || row.channel !== 'email' || !row.email_to || !mailer)
      return;
    const texts = row.texts as unknown as StoredTexts;
    try {
      const pdf = row.kind === 'invoice' ? await renderPdf(organizationId, row) : null;
      await withTenant(db, organizationId, async (trx) => {
        if (!(await lockCreatedReminder(trx, organizationId, reminderId))) return;
        await mailer.sendDocumentEmail(trx, {
          organizationId,
          documentId: row.document_id,
          kind: row.kind === 'quote' ? 'quote' : 'reminder',
          recipients: [row.email_to ?? ''],
          subject: texts.template.subject,
          body: texts.template.body,
          // The invoice itself goes along with the reminder; a quote reminder carries the quote.
          attachPdf: true,
          extraAttachments: pdf
            ? [{ filename: pdf.filename, content: pdf.data, contentType: 'application/pdf' }]
            : [],
          tags: texts.tags,
          userId: row.created_by,
        });
        await markReminderSent(trx, organizationId, reminderId, clock.now());
      });
    } catch (error) {
      // A refusal (an address the e-mail module rejects) will not heal by retrying.
      if (!(error instanceof DomainError) && !lastAttempt) throw error;
      const reason = describeError(error, reminderLanguage(row.language));
      await withTenant(db, organizationId, (trx) =>
        markReminderFailed(trx, organizationId, reminderId, reason, clock.now()),
      );
    }
  }

  return { renderPdf, send };
}

export type ReminderDelivery = ReturnType<typeof createReminderDelivery>;
