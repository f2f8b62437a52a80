import type { Insertable, Updateable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { Journals } from '../../db/schema.generated.js';
import type { StoredType } from './document-kinds.js';

/** Journal writes; reads live beside the documents that number from them (documents.repository). */

export type NewJournal = Omit<Insertable<Journals>, 'organization_id'>;

export async function insertJournals(
  trx: Tx,
  organizationId: string,
  journals: readonly NewJournal[],
): Promise<void> {
  await trx
    .insertInto('journals')
    .values(journals.map((journal) => ({ ...journal, organization_id: organizationId })))
    .execute();
}

export async function updateJournal(
  trx: Tx,
  organizationId: string,
  id: string,
  values: Omit<Updateable<Journals>, 'organization_id' | 'id'>,
): Promise<void> {
  await trx
    .updateTable('journals')
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/** One default per document type: every other journal of the type steps down. */
export async function clearDefaultJournal(
  trx: Tx,
  organizationId: string,
  type: StoredType,
  exceptId: string,
): Promise<void> {
  await trx
    .updateTable('journals')
    .set({ is_default: false })
    .where('organization_id', '=', organizationId)
    .where('document_type', '=', type)
    .where('id', '!=', exceptId)
    .execute();
}
