import { sql, type Insertable, type Selectable } from 'kysely';
import type { CustomerListQuery } from '../../../contract/index.js';
import type { Tx } from '../../db/tenant.js';
import type { ContactAddresses, ContactPersons, Contacts } from '../../db/schema.generated.js';
import { likePattern, parseSort } from '../../platform/search.js';

export type ContactRow = Selectable<Contacts>;
export type ContactPersonRow = Selectable<ContactPersons>;
export type ContactAddressRow = Selectable<ContactAddresses>;
export type ContactValues = Omit<
  Insertable<Contacts>,
  'organization_id' | 'id' | 'number' | 'created_at' | 'search_text'
>;

type ListFilters = Required<Pick<CustomerListQuery, 'archived'>> &
  Omit<CustomerListQuery, 'archived' | 'page' | 'pageSize' | 'sort'>;

export async function insertContact(
  trx: Tx,
  organizationId: string,
  id: string,
  number: number,
  values: ContactValues,
  now: Date,
): Promise<void> {
  await trx
    .insertInto('contacts')
    .values({
      ...values,
      organization_id: organizationId,
      id,
      number,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function updateContact(
  trx: Tx,
  organizationId: string,
  id: string,
  values: Partial<ContactValues>,
): Promise<boolean> {
  const result = await trx
    .updateTable('contacts')
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findContact(trx: Tx, organizationId: string, id: string) {
  const contact = await trx
    .selectFrom('contacts')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!contact) return undefined;
  const [persons, addresses] = await Promise.all([
    trx
      .selectFrom('contact_persons')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('contact_id', '=', id)
      .orderBy('position')
      .execute(),
    trx
      .selectFrom('contact_addresses')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('contact_id', '=', id)
      .orderBy('position')
      .execute(),
  ]);
  return { contact, persons, addresses };
}

export async function deleteContact(trx: Tx, organizationId: string, id: string): Promise<boolean> {
  const result = await trx
    .deleteFrom('contacts')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Replaces a contact's people and addresses, keeping the ids the client sent back. */
export async function replaceChildren(
  trx: Tx,
  organizationId: string,
  contactId: string,
  persons: Omit<Insertable<ContactPersons>, 'organization_id' | 'contact_id'>[],
  addresses: Omit<Insertable<ContactAddresses>, 'organization_id' | 'contact_id'>[],
): Promise<void> {
  await trx
    .deleteFrom('contact_persons')
    .where('organization_id', '=', organizationId)
    .where('contact_id', '=', contactId)
    .execute();
  await trx
    .deleteFrom('contact_addresses')
    .where('organization_id', '=', organizationId)
    .where('contact_id', '=', contactId)
    .execute();
  if (persons.length > 0) {
    await trx
      .insertInto('contact_persons')
      .values(
        persons.map((p) => ({ ...p, organization_id: organizationId, contact_id: contactId })),
      )
      .execute();
  }
  if (addresses.length > 0) {
    await trx
      .insertInto('contact_addresses')
      .values(
        addresses.map((a) => ({ ...a, organization_id: organizationId, contact_id: contactId })),
      )
      .execute();
  }
}

const SORT_COLUMNS = {
  name: sql`lower(name)`,
  number: sql`number`,
  city: sql`lower(coalesce(city, ''))`,
  createdAt: sql`created_at`,
} as const;

/** One filtered query shared by the list, its count and the CSV export. */
function filtered(trx: Tx, organizationId: string, filters: ListFilters) {
  let query = trx.selectFrom('contacts').where('organization_id', '=', organizationId);
  if (filters.archived !== 'all')
    query = query.where('archived_at', filters.archived === 'true' ? 'is not' : 'is', null);
  if (filters.role === 'customer') query = query.where('is_customer', '=', true);
  if (filters.role === 'supplier') query = query.where('is_supplier', '=', true);
  if (filters.role === 'prospect') query = query.where('is_prospect', '=', true);
  if (filters.country) query = query.where('country', '=', filters.country);
  const q = filters.q?.trim();
  if (q) {
    // "C00042" and "42" find customer 42; any text searches the trigram-indexed search_text.
    const number = /^c?0*(\d{1,9})$/i.exec(q)?.[1];
    query = query.where((eb) =>
      eb.or([
        eb('search_text', 'like', likePattern(q)),
        ...(number ? [eb('number', '=', Number(number))] : []),
      ]),
    );
  }
  return query;
}

export async function listContacts(
  trx: Tx,
  organizationId: string,
  query: ListFilters & { page: number; pageSize: number; sort: string },
) {
  const { field, direction } = parseSort<keyof typeof SORT_COLUMNS>(query.sort);
  const base = filtered(trx, organizationId, query);
  const [items, count] = await Promise.all([
    base
      .selectAll()
      .orderBy(SORT_COLUMNS[field], direction)
      .orderBy('id', direction)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export async function exportContacts(
  trx: Tx,
  organizationId: string,
  query: ListFilters & { sort: string },
) {
  const { field, direction } = parseSort<keyof typeof SORT_COLUMNS>(query.sort);
  return filtered(trx, organizationId, query)
    .selectAll()
    .orderBy(SORT_COLUMNS[field], direction)
    .orderBy('id')
    .limit(100_000)
    .execute();
}
