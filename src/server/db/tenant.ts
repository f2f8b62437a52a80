import { sql, type Transaction } from 'kysely';
import type { DB } from './schema.generated.js';
import type { Database } from './database.js';

export type Tx = Transaction<DB>;

/** The role tenant work runs as: not the tables' owner, so row-level security applies to it. */
export const TENANT_ROLE = 'facto_app';

/**
 * Runs `work` in a transaction bound to one organization. Row-level security policies read
 * `app.organization_id`, and the role switch makes them apply even when the connection's user
 * owns the tables (PGlite and most self-hosted servers). Both settings end with the transaction.
 */
export async function withTenant<T>(
  db: Database,
  organizationId: string,
  work: (trx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql.raw(`${setOrganization(organizationId)}; set local role ${TENANT_ROLE}`).execute(trx);
    return work(trx);
  });
}

/**
 * Binds the rest of a platform transaction to one organization: for the few use cases that
 * write platform rows (a user account) and tenant rows (its membership) all or nothing.
 * On Citus the role stays the connecting user's: the coordinator reaches a worker as the current
 * role, and a user row written there as one role cannot be read or referenced in the same
 * transaction as another (docs/decisions.md, "Citus"). Its queries filter by organization anyway.
 */
export async function enterTenant(trx: Tx, organizationId: string): Promise<void> {
  await sql.raw(setOrganization(organizationId)).execute(trx);
  await sql`
    select set_config('role', ${TENANT_ROLE}, true)
    where not exists (select 1 from pg_extension where extname = 'citus')`.execute(trx);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * SET LOCAL, not set_config(): on Citus only SET commands travel with the transaction to the
 * shards (citus.propagate_set_commands), and SET takes no bind parameter, hence the check.
 */
function setOrganization(organizationId: string): string {
  if (!UUID.test(organizationId)) throw new Error(`Not an organization id: ${organizationId}`);
  return `set local app.organization_id = '${organizationId}'`;
}
