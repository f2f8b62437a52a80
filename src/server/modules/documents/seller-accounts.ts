import type { Document, Organization } from '../../../contract/index.js';
import type { Tx } from '../../db/tenant.js';
import { listDocumentAccounts } from '../payments/index.js';

type BankAccounts = Organization['bankAccounts'];

/**
 * The company's bank accounts printed on documents, as a document stores them when it is issued:
 * the default first, then in their order. Taken in the finalising transaction.
 */
export async function sellerAccountsSnapshot(
  trx: Tx,
  organizationId: string,
): Promise<NonNullable<Document['sellerBankAccounts']>> {
  const accounts = await listDocumentAccounts(trx, organizationId);
  return [...accounts]
    .sort((a, b) => Number(b.is_default) - Number(a.is_default))
    .filter((a) => a.iban !== null)
    .map((a) => ({ iban: a.iban ?? '', bic: a.bic, label: a.name === a.iban ? null : a.name }));
}

/**
 * The organization as a document shows it: an issued document with the accounts it was issued
 * with (changing an account later does not change an old invoice), a draft with the current ones.
 */
export function sellerAsIssued<O extends { bankAccounts: BankAccounts }>(
  document: Pick<Document, 'status' | 'sellerBankAccounts'>,
  organization: O,
): O {
  const issued = document.status === 'draft' ? null : document.sellerBankAccounts;
  if (!issued) return organization;
  return {
    ...organization,
    bankAccounts: issued.map((account, index) => ({
      // Not a record any more: the snapshot is text. The first is the one printed as default.
      id: `issued-${index}`,
      iban: account.iban,
      bic: account.bic,
      label: account.label,
      isDefault: index === 0,
    })),
  };
}
