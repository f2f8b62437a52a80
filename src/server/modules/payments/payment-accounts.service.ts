import type { z } from 'zod';
import type { PaymentAccount, paymentAccountInputSchema } from '../../../contract/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { NotFound, Conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import {
  deleteAccount,
  dropDefaultIfNotPrinted,
  ensureDefault,
  insertAccount,
  insertCashBook,
  listAccounts,
  renumber,
  setDefault,
  uniqueIban,
  updateAccount,
  type AccountRow,
} from './accounts.repository.js';

type Input = z.output<typeof paymentAccountInputSchema>;

/** The cash book every organization starts with, named in its language. */
export async function createCashBook(
  trx: Tx,
  organizationId: string,
  name: string,
  now: Date,
): Promise<void> {
  await insertCashBook(trx, organizationId, newId(), name, now);
}

function toAccount(row: AccountRow): PaymentAccount {
  return {
    id: row.id,
    kind: row.kind as PaymentAccount['kind'],
    name: row.name,
    iban: row.iban,
    bic: row.bic,
    active: row.active,
    onDocuments: row.on_documents,
    isDefault: row.is_default,
    used: row.used,
    balance: Number(row.balance).toFixed(2),
  };
}

/**
 * The company's accounts (bank and cash), one list for the payments module and the company
 * settings: an IBAN once per organization, printed on documents or not, in order, and one
 * default bank account (printed first, preselected for transfers).
 */
export function createPaymentAccountsService({ db, clock }: Deps) {
  async function save(actor: Actor, id: string | null, input: Input): Promise<PaymentAccount> {
    return withTenant(db, actor.organizationId, async (trx) => {
      const now = clock.now();
      const accountId = id ?? newId();
      const bank = input.kind === 'bank';
      const values = {
        kind: input.kind,
        name: input.name,
        iban: bank ? input.iban : null,
        bic: bank ? input.bic : null,
        active: input.active,
        on_documents: bank && (input.onDocuments || input.isDefault),
      };
      if (id) {
        const updated = await uniqueIban('iban', () =>
          updateAccount(trx, actor.organizationId, id, values),
        );
        if (!updated) throw NotFound();
      } else {
        await uniqueIban('iban', () =>
          insertAccount(trx, actor.organizationId, accountId, values, now),
        );
      }
      if (bank && input.isDefault) await setDefault(trx, actor.organizationId, accountId);
      else await dropDefaultIfNotPrinted(trx, actor.organizationId, accountId);
      await ensureDefault(trx, actor.organizationId);
      await writeAudit(trx, {
        ...actor,
        action: id ? 'payment_account.updated' : 'payment_account.created',
        entityType: 'payment_account',
        entityId: accountId,
        at: now,
      });
      const saved = (await listAccounts(trx, actor.organizationId)).find(
        (account) => account.id === accountId,
      );
      if (!saved) throw NotFound();
      return toAccount(saved);
    });
  }

  /** Removes an account no payment uses; one with payments can only be deactivated. */
  async function remove(actor: Actor, id: string): Promise<void> {
    await withTenant(db, actor.organizationId, async (trx) => {
      const account = (await listAccounts(trx, actor.organizationId)).find((a) => a.id === id);
      if (!account) throw NotFound();
      if (account.used) throw Conflict('error.accountInUse');
      await deleteAccount(trx, actor.organizationId, id);
      await ensureDefault(trx, actor.organizationId);
      await renumber(trx, actor.organizationId, []);
      await writeAudit(trx, {
        ...actor,
        action: 'payment_account.deleted',
        entityType: 'payment_account',
        entityId: id,
        at: clock.now(),
      });
    });
  }

  return {
    list: (organizationId: string) =>
      withTenant(db, organizationId, async (trx) =>
        (await listAccounts(trx, organizationId)).map(toAccount),
      ),
    create: (actor: Actor, input: Input) => save(actor, null, input),
    update: (actor: Actor, id: string, input: Input) => save(actor, id, input),
    remove,
  };
}

export type PaymentAccountsService = ReturnType<typeof createPaymentAccountsService>;
