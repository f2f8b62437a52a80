import type { z } from 'zod';
import type { PaymentAccount, paymentAccountInputSchema } from '../../../contract/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { NotFound, Conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import {
  ensureDefault,
  listAccounts,
  renumber,
  setDefault,
  uniqueIban,
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
  await trx
    .insertInto('payment_accounts')
    .values({ organization_id: organizationId, id: newId(), kind: 'cash', name, created_at: now })
    .execute();
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
        const result = await uniqueIban('iban', () =>
          trx
            .updateTable('payment_accounts')
            .set(values)
            .where('organization_id', '=', actor.organizationId)
            .where('id', '=', id)
            .executeTakeFirst(),
        );
        if (Number(result.numUpdatedRows) !== 1) throw NotFound();
      } else {
        const last = await trx
          .selectFrom('payment_accounts')
          .select((eb) => eb.fn.max('position').as('position'))
          .where('organization_id', '=', actor.organizationId)
          .executeTakeFirst();
        await uniqueIban('iban', () =>
          trx
            .insertInto('payment_accounts')
            .values({
              ...values,
              organization_id: actor.organizationId,
              id: accountId,
              position: (last?.position ?? -1) + 1,
              created_at: now,
            })
            .execute(),
        );
      }
      if (bank && input.isDefault) await setDefault(trx, actor.organizationId, accountId);
      else
        await trx
          .updateTable('payment_accounts')
          .set({ is_default: false })
          .where('organization_id', '=', actor.organizationId)
          .where('id', '=', accountId)
          .where((eb) => eb.or([eb('on_documents', '=', false), eb('kind', '=', 'cash')]))
          .execute();
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
      await trx
        .deleteFrom('payment_accounts')
        .where('organization_id', '=', actor.organizationId)
        .where('id', '=', id)
        .execute();
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
