import Big from 'big.js';
import {
  translate,
  type Reminder,
  type ReminderStep,
  type ReminderStepTexts,
} from '../../../contract/index.js';
import type { CustomerKind, InterestPeriod, PastReminder } from '../../../core/reminders/index.js';
import { DomainError } from '../../platform/errors.js';
import type { ReminderRow, StepRow } from './reminders.repository.js';

/** Rows to API shapes, and the small types the reminder files share. */

/** What reminders read from an invoice's customer snapshot. */
export type Snapshot = {
  name: string;
  reference: string;
  email: string | null;
  vatNumber: string | null;
  enterpriseNumber: string | null;
};
/** A reminder's texts: as sent (tags filled in), and the template with the values it overrode. */
export interface StoredTexts {
  subject: string;
  body: string;
  bottom: string;
  legal: string | null;
  template: { subject: string; body: string };
  tags: Record<string, string>;
}

export const money = (value: Big.BigSource) => new Big(value).toFixed(2);

export function toStep(row: StepRow): ReminderStep {
  return {
    id: row.id,
    name: row.name,
    daysAfterDue: row.days_after_due,
    paymentTermDays: row.payment_term_days,
    addInterest: row.add_interest,
    addIndemnity: row.add_indemnity,
    addDamages: row.add_damages,
    texts: row.texts as ReminderStepTexts,
  };
}

export function toReminder(row: ReminderRow): Reminder {
  return {
    id: row.id,
    kind: row.kind as Reminder['kind'],
    documentId: row.document_id,
    stepId: row.step_id,
    stepName: row.step_name,
    sequence: row.sequence,
    manual: row.manual,
    date: row.reminder_date,
    customerKind: row.customer_kind as CustomerKind,
    channel: row.channel as Reminder['channel'],
    status: row.status as Reminder['status'],
    emailTo: row.email_to,
    currency: row.currency,
    openBalance: money(row.open_balance),
    interest: money(row.interest),
    interestPeriods: row.interest_periods as unknown as InterestPeriod[],
    indemnity: money(row.indemnity),
    damages: money(row.damages),
    totalDue: money(row.total_due),
    newDueDate: row.new_due_date,
    error: row.error,
    pdfUrl: row.kind === 'invoice' ? `/api/v1/reminders/${row.id}/pdf` : null,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
  };
}

/** Why a reminder could not be handed to the e-mail module, in the reminder's language. */
export function describeError(error: unknown, language: 'fr' | 'nl' | 'en'): string {
  if (!(error instanceof DomainError))
    return error instanceof Error ? error.message : String(error);
  const fields = Object.values(error.fields ?? {}).map((key) => translate(language, key));
  return [translate(language, error.messageKey, error.params), ...fields].join(' ');
}

/** What the schedule needs to know of the reminders an invoice already received. */
export const pastOf = (rows: ReminderRow[], dueDate: string): PastReminder[] =>
  rows.map((row) => ({ stepId: row.step_id, deadline: row.new_due_date ?? dueDate }));
