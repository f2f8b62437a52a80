import type { Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { InvalidState } from '../../platform/errors.js';
import { findDocument, updateDocument } from './documents.repository.js';

/**
 * A quote signed online by the customer (DOMAIN §3): accepted and locked, in the caller's
 * transaction so the signature and the status change commit together. Only a finalised or sent
 * quote that has not expired, was not answered and is not locked can be signed; the row lock
 * makes two signatures at once impossible.
 */
export async function acceptSignedQuote(
  trx: Tx,
  organizationId: string,
  id: string,
  context: { today: string; at: Date; ip: string | null },
): Promise<{ number: string; customerName: string }> {
  const row = await findDocument(trx, organizationId, id, true);
  if (
    !row ||
    row.document_type !== 'quote' ||
    row.deleted_at ||
    row.locked_at ||
    !['finalized', 'sent'].includes(row.status) ||
    (row.valid_until !== null && row.valid_until < context.today)
  ) {
    throw InvalidState('error.quoteNotSignable');
  }
  await updateDocument(trx, organizationId, id, {
    status: 'accepted',
    locked_at: context.at,
    updated_at: context.at,
  });
  await writeAudit(trx, {
    organizationId,
    userId: null,
    action: 'document.accepted',
    entityType: 'document',
    entityId: id,
    data: { via: 'signature' },
    ip: context.ip,
    at: context.at,
  });
  const customer = row.customer as { name?: unknown } | null;
  return {
    number: row.number_formatted ?? '',
    customerName: typeof customer?.name === 'string' ? customer.name : '',
  };
}
