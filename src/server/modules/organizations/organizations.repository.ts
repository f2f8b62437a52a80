import type { Insertable, Selectable } from 'kysely';
import type { Language } from '../../../contract/index.js';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/tenant.js';
import type { Organizations } from '../../db/schema.generated.js';
import { newId } from '../../platform/ids.js';

export type OrganizationRow = Selectable<Organizations>;

export interface NewOrganization {
  legalName: string;
  country: string;
  enterpriseNumber: string | null;
  vatNumber: string | null;
  language: Language;
  ownerId: string;
  now: Date;
}

/**
 * A new organization's own rows: the organization and its owner's membership. Runs in a platform
 * transaction: the tenant does not exist yet. `setUpOrganization` adds what the modules need.
 */
export async function insertOrganization(trx: Tx, input: NewOrganization): Promise<string> {
  const id = newId();
  await trx
    .insertInto('organizations')
    .values({
      id,
      legal_name: input.legalName,
      enterprise_number: input.enterpriseNumber,
      vat_number: input.vatNumber,
      country: input.country,
      default_language: input.language,
      created_at: input.now,
      updated_at: input.now,
    })
    .execute();
  await trx
    .insertInto('memberships')
    .values({ organization_id: id, user_id: input.ownerId, role: 'owner', created_at: input.now })
    .execute();
  return id;
}

export async function findOrganization(
  trx: Tx,
  organizationId: string,
): Promise<OrganizationRow | undefined> {
  return trx
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', organizationId)
    .executeTakeFirst();
}

export async function updateOrganizationRow(
  trx: Tx,
  organizationId: string,
  values: Partial<Omit<Insertable<Organizations>, 'id' | 'created_at'>>,
): Promise<void> {
  await trx.updateTable('organizations').set(values).where('id', '=', organizationId).execute();
}

/** The interface language of a user: a company they create starts in it. */
export async function userLanguage(db: Database, userId: string): Promise<Language> {
  const row = await db
    .selectFrom('users')
    .select('language')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.language as Language;
}
