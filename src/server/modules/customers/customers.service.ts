import type { AuditAction } from '../../../contract/index.js';
import type { z } from 'zod';
import type {
  Customer,
  CustomerInputParsed,
  CustomerPage,
  customerListQuerySchema,
} from '../../../contract/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { nextCounter } from '../../platform/counters.js';
import { toCsv } from '../../platform/csv.js';
import { FOREIGN_KEY_VIOLATION, pgErrorCode } from '../../platform/db-errors.js';
import { NotFound, Conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { childrenOf, reference, toCustomer, toSummary, toValues } from './customers.mapper.js';
import {
  deleteContact,
  exportContacts,
  findContact,
  insertContact,
  listContacts,
  replaceChildren,
  updateContact,
} from './customers.repository.js';

type ListQuery = z.output<typeof customerListQuerySchema>;

export function createCustomersService({ db, clock }: Deps) {
  async function load(trx: Tx, organizationId: string, id: string): Promise<Customer> {
    const found = await findContact(trx, organizationId, id);
    if (!found) throw NotFound();
    return toCustomer(found.contact, found.persons, found.addresses);
  }

  async function audit(trx: Tx, actor: Actor, action: AuditAction, id: string, at: Date) {
    await writeAudit(trx, { ...actor, action, entityType: 'contact', entityId: id, at });
  }

  return {
    list: (organizationId: string, query: ListQuery): Promise<CustomerPage> =>
      withTenant(db, organizationId, async (trx) => {
        const { items, total } = await listContacts(trx, organizationId, query);
        return { items: items.map(toSummary), page: query.page, pageSize: query.pageSize, total };
      }),

    get: (organizationId: string, id: string) =>
      withTenant(db, organizationId, (trx) => load(trx, organizationId, id)),

    /** The number comes from the organization's counter in the same transaction: gapless. */
    create: (actor: Actor, input: CustomerInputParsed): Promise<Customer> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const now = clock.now();
        const id = newId();
        const number = await nextCounter(trx, actor.organizationId, 'contacts');
        await insertContact(trx, actor.organizationId, id, number, toValues(input, now), now);
        const { persons, addresses } = childrenOf(input);
        await replaceChildren(trx, actor.organizationId, id, persons, addresses);
        await audit(trx, actor, 'contact.created', id, now);
        return load(trx, actor.organizationId, id);
      }),

    update: (actor: Actor, id: string, input: CustomerInputParsed): Promise<Customer> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const now = clock.now();
        if (!(await updateContact(trx, actor.organizationId, id, toValues(input, now))))
          throw NotFound();
        const { persons, addresses } = childrenOf(input);
        await replaceChildren(trx, actor.organizationId, id, persons, addresses);
        await audit(trx, actor, 'contact.updated', id, now);
        return load(trx, actor.organizationId, id);
      }),

    setArchived: (actor: Actor, id: string, archived: boolean): Promise<Customer> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const now = clock.now();
        const changed = await updateContact(trx, actor.organizationId, id, {
          archived_at: archived ? now : null,
          updated_at: now,
        });
        if (!changed) throw NotFound();
        await audit(trx, actor, archived ? 'contact.archived' : 'contact.unarchived', id, now);
        return load(trx, actor.organizationId, id);
      }),

    /** Deletes a contact; one with documents is refused (the foreign key decides, race-free): archive it. */
    remove: (actor: Actor, id: string): Promise<void> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const now = clock.now();
        try {
          if (!(await deleteContact(trx, actor.organizationId, id))) throw NotFound();
        } catch (error) {
          if (pgErrorCode(error) === FOREIGN_KEY_VIOLATION)
            throw Conflict('error.customerHasDocuments');
          throw error;
        }
        await audit(trx, actor, 'contact.deleted', id, now);
      }),

    exportCsv: (organizationId: string, query: ListQuery): Promise<string> =>
      withTenant(db, organizationId, async (trx) => {
        const rows = await exportContacts(trx, organizationId, query);
        return toCsv(
          [
            'number',
            'name',
            'kind',
            'vat_number',
            'enterprise_number',
            'street',
            'street_number',
            'box',
            'postal_code',
            'city',
            'country',
            'email',
            'invoice_email',
            'phone',
            'language',
            'vat_regime',
            'customer',
            'supplier',
            'prospect',
            'archived',
          ],
          rows.map((r) => [
            reference(r.number),
            r.name,
            r.kind,
            r.vat_number,
            r.enterprise_number,
            r.street,
            r.street_number,
            r.box,
            r.postal_code,
            r.city,
            r.country,
            r.email,
            r.invoice_email,
            r.phone,
            r.language,
            r.vat_regime,
            r.is_customer ? 'yes' : 'no',
            r.is_supplier ? 'yes' : 'no',
            r.is_prospect ? 'yes' : 'no',
            r.archived_at ? 'yes' : 'no',
          ]),
        );
      }),
  };
}

export type CustomersService = ReturnType<typeof createCustomersService>;
