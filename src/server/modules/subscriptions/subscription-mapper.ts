import type { z } from 'zod';
import type {
  documentLineInputSchema,
  Subscription,
  SubscriptionFrequency,
  SubscriptionInvoice,
  SubscriptionSummary,
} from '../../../contract/index.js';
import { upcomingOccurrences, type Schedule } from '../../../core/subscriptions/index.js';
import type { SubscriptionRow } from './subscriptions.repository.js';

export type StoredLine = z.output<typeof documentLineInputSchema>;

export function scheduleOf(
  row: Pick<SubscriptionRow, 'start_date' | 'end_date' | 'frequency' | 'creation_hour'>,
): Schedule {
  return {
    startDate: row.start_date,
    endDate: row.end_date,
    frequency: row.frequency as SubscriptionFrequency,
    hour: row.creation_hour,
  };
}

/** A paused subscription has no next run; an ended one has no next cycle at all. */
const nextRunOf = (row: Pick<SubscriptionRow, 'active' | 'next_run_at'>) =>
  row.active && row.next_run_at ? row.next_run_at.toISOString() : null;

export function toSubscription(
  row: SubscriptionRow,
  customer: { name: string; currency: string },
  invoiceCount: number,
): Subscription {
  const upcoming =
    row.next_cycle === null ? [] : upcomingOccurrences(scheduleOf(row), row.next_cycle, 5);
  return {
    id: row.id,
    name: row.name,
    customerId: row.contact_id,
    customerName: customer.name,
    language: row.language as Subscription['language'],
    priceMode: row.price_mode as Subscription['priceMode'],
    vatRegime: row.vat_regime as Subscription['vatRegime'],
    vatExemptionReason: row.vat_exemption_reason,
    discount: row.discount as Subscription['discount'],
    textAbove: row.text_above,
    textBelow: row.text_below,
    lines: row.lines as StoredLine[],
    frequency: row.frequency as SubscriptionFrequency,
    startDate: row.start_date,
    endDate: row.end_date,
    creationHour: row.creation_hour,
    active: row.active,
    autoFinalize: row.auto_finalize,
    autoSend: row.auto_send as Subscription['autoSend'],
    currency: customer.currency,
    totalExcl: row.total_excl,
    totalIncl: row.total_incl,
    nextRunAt: nextRunOf(row),
    upcoming: upcoming.map((o) => ({
      cycle: o.cycle,
      date: o.date,
      runAt: o.runAt.toISOString(),
      periodStart: o.periodStart,
      periodEnd: o.periodEnd,
    })),
    ended: row.next_cycle === null,
    lastError: row.last_error,
    lastErrorParams: (row.last_error_params as Record<string, string> | null) ?? {},
    invoiceCount,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toSummary(row: {
  id: string;
  name: string | null;
  contact_id: string;
  customer_name: string;
  currency: string;
  frequency: string;
  total_excl: string;
  total_incl: string;
  active: boolean;
  next_cycle: number | null;
  next_run_at: Date | null;
  end_date: string | null;
  last_error: string | null;
  last_error_params: unknown;
}): SubscriptionSummary {
  return {
    id: row.id,
    name: row.name,
    customerId: row.contact_id,
    customerName: row.customer_name,
    frequency: row.frequency as SubscriptionFrequency,
    currency: row.currency,
    totalExcl: row.total_excl,
    totalIncl: row.total_incl,
    active: row.active,
    ended: row.next_cycle === null,
    nextRunAt: nextRunOf(row),
    endDate: row.end_date,
    lastError: row.last_error,
    lastErrorParams: (row.last_error_params as Record<string, string> | null) ?? {},
  };
}

export function toSubscriptionInvoice(row: {
  invoice_id: string;
  cycle: number;
  period_start: string;
  period_end: string;
  created_at: Date;
  number_formatted: string | null;
  issue_date: string;
  status: string;
  total_incl: string;
  currency: string;
  deleted_at: Date | null;
}): SubscriptionInvoice {
  return {
    invoiceId: row.invoice_id,
    cycle: row.cycle,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    createdAt: row.created_at.toISOString(),
    numberFormatted: row.number_formatted,
    issueDate: row.issue_date,
    status: row.status as SubscriptionInvoice['status'],
    totalIncl: row.total_incl,
    currency: row.currency,
    deleted: row.deleted_at !== null,
  };
}
