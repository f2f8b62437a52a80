import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { PaymentAccounts } from '../../db/schema.generated.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../platform/db-errors.js';
import { Validation } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';

/** One of the company's accounts (bank or cash): the one list behind payments and documents. */
export type AccountRow = Selectable<PaymentAccounts> & { balance: string; used: boolean };

/** Every account of the organization, in their order (those printed on documents first). */
export async function listAccounts(trx: Tx, organizationId: string): Promise<AccountRow[]> {
  return trx
    .selectFrom('payment_accounts as a')
    .selectAll('a')
    .select([
      sql<string>`(select coalesce(sum(p.amount), 0) from payments p where p.organization_id = ${organizationId} and p.payment_account_id = a.id)`.as(
        'balance',
      ),
      sql<boolean>`exists (select 1 from payments p where p.organization_id = ${organizationId} and p.payment_account_id = a.id)`.as(
        'used',
      ),
    ])
    .where('a.organization_id', '=', organizationId)
    .orderBy('a.position')
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

/** The bank accounts printed on documents, in their order (what the company settings show). */
export async function listDocumentAccounts(trx: Tx, organizationId: string) {
  return trx
    .selectFrom('payment_accounts')
    .select(['id', 'iban', 'bic', 'name', 'is_default'])
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'bank')
    .where('on_documents', '=', true)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

/** Runs a write and turns a second account with the same IBAN into a field error. */
export async function uniqueIban<T>(field: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION && String(error).includes('payment_accounts_iban'))
      throw Validation({ [field]: 'validation.ibanTaken' });
    throw error;
  }
}

/** Renumbers positions: `first` in that order, then every other account in its current order. */
export async function renumber(trx: Tx, organizationId: string, first: string[]): Promise<void> {
  const rest = (await listAccounts(trx, organizationId))
    .map((account) => account.id)
    .filter((id) => !first.includes(id));
  const order = [...first, ...rest];
  if (order.length === 0) return;
  await sql`
    update payment_accounts a set position = o.position
    from (select * from unnest(${sql.val(order)}::uuid[]) with ordinality as t(id, position)) o
    where a.organization_id = ${organizationId} and a.id = o.id`.execute(trx);
}

/** Makes `id` the default bank account (or none): one default at most, printed on documents. */
export async function setDefault(
  trx: Tx,
  organizationId: string,
  id: string | null,
): Promise<void> {
  await trx
    .updateTable('payment_accounts')
    .set({ is_default: false })
    .where('organization_id', '=', organizationId)
    .where('is_default', '=', true)
    .execute();
  if (id)
    await trx
      .updateTable('payment_accounts')
      .set({ is_default: true, on_documents: true })
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .where('kind', '=', 'bank')
      .execute();
}

/** With bank accounts on documents but no default, the first one printed becomes it. */
export async function ensureDefault(trx: Tx, organizationId: string): Promise<void> {
  const accounts = await listDocumentAccounts(trx, organizationId);
  if (accounts.length > 0 && !accounts.some((account) => account.is_default))
    await setDefault(trx, organizationId, accounts[0]?.id ?? null);
}

export interface DocumentAccountInput {
  id?: string | undefined;
  iban: string;
  bic: string | null;
  label: string | null;
  isDefault: boolean;
}

/**
 * The company settings' list of bank accounts printed on documents, written into the one list:
 * an account is found by id, else by IBAN (the same IBAN is the same account, wherever it was
 * made); one no longer listed is removed, or only taken off documents when payments use it.
 */
export async function syncDocumentAccounts(
  trx: Tx,
  organizationId: string,
  accounts: readonly DocumentAccountInput[],
  now: Date,
): Promise<void> {
  const existing = await listAccounts(trx, organizationId);
  const kept: string[] = [];
  await setDefault(trx, organizationId, null);
  for (const [index, input] of accounts.entries()) {
    const match =
      existing.find((a) => input.id !== undefined && a.id === input.id && a.kind === 'bank') ??
      existing.find((a) => a.iban === input.iban);
    const values = {
      kind: 'bank',
      iban: input.iban,
      bic: input.bic,
      name: input.label ?? input.iban,
      on_documents: true,
      active: true,
    };
    const id = match?.id ?? newId();
    await uniqueIban(`bankAccounts.${index}.iban`, async () => {
      if (match)
        await trx
          .updateTable('payment_accounts')
          .set(values)
          .where('organization_id', '=', organizationId)
          .where('id', '=', id)
          .execute();
      else
        await trx
          .insertInto('payment_accounts')
          .values({ ...values, organization_id: organizationId, id, created_at: now })
          .execute();
    });
    kept.push(id);
  }
  for (const account of existing) {
    if (!account.on_documents || kept.includes(account.id)) continue;
    if (account.used)
      await trx
        .updateTable('payment_accounts')
        .set({ on_documents: false })
        .where('organization_id', '=', organizationId)
        .where('id', '=', account.id)
        .execute();
    else
      await trx
        .deleteFrom('payment_accounts')
        .where('organization_id', '=', organizationId)
        .where('id', '=', account.id)
        .execute();
  }
  const defaultIndex = Math.max(
    0,
    accounts.findIndex((account) => account.isDefault),
  );
  await setDefault(trx, organizationId, kept[defaultIndex] ?? null);
  await renumber(trx, organizationId, kept);
}

type AccountValues = Pick<
  Insertable<PaymentAccounts>,
  'kind' | 'name' | 'iban' | 'bic' | 'active' | 'on_documents'
>;

/** Adds an account at the end of the list. */
export async function insertAccount(
  trx: Tx,
  organizationId: string,
  id: string,
  values: AccountValues,
  now: Date,
): Promise<void> {
  const last = await trx
    .selectFrom('payment_accounts')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  await trx
    .insertInto('payment_accounts')
    .values({
      ...values,
      organization_id: organizationId,
      id,
      position: (last?.position ?? -1) + 1,
      created_at: now,
    })
    .execute();
}

/** Changes an account; false when there is no such account. */
export async function updateAccount(
  trx: Tx,
  organizationId: string,
  id: string,
  values: Updateable<PaymentAccounts>,
): Promise<boolean> {
  const result = await trx
    .updateTable('payment_accounts')
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A cash account, or one not printed on documents, is nobody's default. */
export async function dropDefaultIfNotPrinted(
  trx: Tx,
  organizationId: string,
  id: string,
): Promise<void> {
  await trx
    .updateTable('payment_accounts')
    .set({ is_default: false })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('on_documents', '=', false), eb('kind', '=', 'cash')]))
    .execute();
}

export async function deleteAccount(trx: Tx, organizationId: string, id: string): Promise<void> {
  await trx
    .deleteFrom('payment_accounts')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/** An account's state, for a payment to be recorded on it. */
export const findAccountActive = (trx: Tx, organizationId: string, id: string) =>
  trx
    .selectFrom('payment_accounts')
    .select(['id', 'active'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

/** The cash book, at the position and with the settings an account has by default. */
export async function insertCashBook(
  trx: Tx,
  organizationId: string,
  id: string,
  name: string,
  now: Date,
): Promise<void> {
  await trx
    .insertInto('payment_accounts')
    .values({ organization_id: organizationId, id, kind: 'cash', name, created_at: now })
    .execute();
}
