import type { Tx } from '../../db/tenant.js';
import { createDefaultJournals } from '../documents/index.js';
import { createCashBook } from '../payments/index.js';
import { createDefaultReminders } from '../reminders/index.js';
import { insertOrganization, type NewOrganization } from './organizations.repository.js';

const CASH_BOOK_NAMES = { fr: 'Caisse', nl: 'Kas', en: 'Cash' } as const;

/**
 * A new organization ready to work: its own rows, then what the other modules need from day
 * one — the accounting journals, the cash book and the reminder steps, in the owner's language.
 * Runs inside the caller's transaction (signup, or another company for the same owner).
 */
export async function setUpOrganization(trx: Tx, input: NewOrganization): Promise<string> {
  const id = await insertOrganization(trx, input);
  await createDefaultJournals(trx, id, input.language, input.now);
  await createCashBook(trx, id, CASH_BOOK_NAMES[input.language], input.now);
  await createDefaultReminders(trx, id, input.language, input.now);
  return id;
}
