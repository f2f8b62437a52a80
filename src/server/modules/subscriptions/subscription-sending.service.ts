import { LANGUAGES, translate, type Language } from '../../../contract/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { DomainError } from '../../platform/errors.js';
import { notify } from '../notifications/index.js';
import { failureOf } from './subscription-failure.js';
import {
  findInvoiceBasics,
  findOrganizationBasics,
  findSubscription,
  updateSubscription,
} from './subscriptions.repository.js';

/**
 * How a finalised subscription invoice leaves, when the subscription asks for it. Each is
 * optional: a channel that is not wired keeps the choice stored and sends nothing.
 */
export interface SubscriptionSenders {
  /**
   * Queues the e-mail of the invoice inside the transaction that created it, with the period
   * for the `%start%`/`%end%` tags of the e-mail's texts. An DomainError is a refusal (no address).
   */
  email?: (
    trx: Tx,
    request: { organizationId: string; invoiceId: string; tags: { start: string; end: string } },
  ) => Promise<void>;
  /**
   * Sends the invoice via PEPPOL (its checks, then its own job). Runs from our job, outside any
   * transaction; an DomainError is a refusal that retrying will not change.
   */
  peppol?: (actor: Actor, invoiceId: string) => Promise<void>;
}

/** The `subscriptions.send` job's data: one invoice to send via PEPPOL. */
export interface SubscriptionSendJob {
  organizationId: string;
  subscriptionId: string;
  invoiceId: string;
  channel: 'peppol';
}

const languageOf = (value: string): Language =>
  (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : 'en';

/** Sending a subscription's finalised invoice via PEPPOL (the body of `subscriptions.send`). */
export function createSubscriptionSending(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  senders: SubscriptionSenders,
) {
  async function sendByPeppol(data: SubscriptionSendJob, lastAttempt: boolean): Promise<void> {
    const row = await withTenant(db, data.organizationId, (trx) =>
      findSubscription(trx, data.organizationId, data.subscriptionId),
    );
    if (!row || !senders.peppol) return;
    const actor: Actor = {
      userId: row.created_by,
      organizationId: data.organizationId,
      ip: null,
    };
    try {
      await senders.peppol(actor, data.invoiceId);
    } catch (error) {
      if (!(error instanceof DomainError) && !lastAttempt) throw error;
      // Refused (no access point, customer unreachable…): told, and kept on the subscription.
      await withTenant(db, data.organizationId, async (trx) => {
        const invoice = await findInvoiceBasics(trx, data.organizationId, data.invoiceId);
        const failure = failureOf(error);
        await updateSubscription(trx, data.organizationId, data.subscriptionId, failure);
        const { default_language: language } = await findOrganizationBasics(
          trx,
          data.organizationId,
        );
        await notify(
          trx,
          data.organizationId,
          'peppolSendFailed',
          {
            number: invoice?.number_formatted ?? '',
            customer: (invoice?.customer as { name?: string } | undefined)?.name ?? '',
            error: translate(
              languageOf(language),
              failure.last_error,
              JSON.parse(failure.last_error_params ?? '{}') as Record<string, string>,
            ),
          },
          { link: `/invoices/${data.invoiceId}`, at: clock.now() },
        );
      });
    }
  }

  return { sendByPeppol };
}

export type SubscriptionSending = ReturnType<typeof createSubscriptionSending>;
