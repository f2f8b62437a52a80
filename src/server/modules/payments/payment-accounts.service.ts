import { sql } from 'kysely';
import type { z } from 'zod';
import type { PaymentAccount, paymentAccountInputSchema } from '../../../contract/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { NotFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';

type Input = z.output<typeof paymentAccountInputSchema>;

/** The cash book every organization starts with. */
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

async function list(trx: Tx, organizationId: string): Promise<PaymentAccount[]> {
  const rows = await trx
    .selectFrom('payment_accounts as a')
    .selectAll('a')
    .select(
      sql<string>`(select coalesce(sum(p.amount), 0) from payments p where p.organization_id = a.organization_id and p.payment_account_id = a.id)`.as(
        'balance',
      ),
    )
    .where('a.organization_id', '=', organizationId)
    .orderBy('a.kind')
    .orderBy('a.created_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as PaymentAccount['kind'],
    name: row.name,
    iban: row.iban,
    bic: row.bic,
    active: row.active,
    balance: Number(row.balance).toFixed(2),
  }));
}

export function createPaymentAccountsService({ db, clock }: Deps) {
  async function save(actor: Actor, id: string | null, input: Input): Promise<PaymentAccount> {
    return withTenant(db, actor.organizationId, async (trx) => {
      const now = clock.now();
      const accountId = id ?? newId();
      const values = {
        kind: input.kind,
        name: input.name,
        iban: input.kind === 'bank' ? input.iban : null,
        bic: input.kind === 'bank' ? input.bic : null,
        active: input.active,
      };
      if (id) {
        const result = await trx
          .updateTable('payment_accounts')
          .set(values)
          .where('organization_id', '=', actor.organizationId)
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw NotFound();
      } else {
        await trx
          .insertInto('payment_accounts')
          .values({
            ...values,
            organization_id: actor.organizationId,
            id: accountId,
            created_at: now,
          })
          .execute();
      }
      await writeAudit(trx, {
        ...actor,
        action: id ? 'payment_account.updated' : 'payment_account.created',
        entityType: 'payment_account',
        entityId: accountId,
        at: now,
      });
      const saved = (await list(trx, actor.organizationId)).find(
        (account) => account.id === accountId,
      );
      if (!saved) throw NotFound();
      return saved;
    });
  }

  return {
    list: (organizationId: string) =>
      withTenant(db, organizationId, (trx) => list(trx, organizationId)),
    create: (actor: Actor, input: Input) => save(actor, null, input),
    update: (actor: Actor, id: string, input: Input) => save(actor, id, input),
  };
}

export type PaymentAccountsService = ReturnType<typeof createPaymentAccountsService>;
