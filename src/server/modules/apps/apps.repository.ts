import { sql } from 'kysely';
import { isOptionalApp, type OptionalApp } from '../../../contract/index.js';
import type { Tx } from '../../db/tenant.js';

/** The apps the organization switched off. */
export async function disabledApps(trx: Tx, organizationId: string): Promise<OptionalApp[]> {
  const row = await trx
    .selectFrom('organizations')
    .select('disabled_apps')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  return (row?.disabled_apps ?? []).filter(isOptionalApp);
}

export async function setDisabledApps(
  trx: Tx,
  organizationId: string,
  apps: readonly OptionalApp[],
  now: Date,
): Promise<void> {
  await trx
    .updateTable('organizations')
    .set({ disabled_apps: [...apps], updated_at: now })
    .where('id', '=', organizationId)
    .execute();
}

/**
 * A condition for the platform queries of scheduled jobs: the organization in `column` has the
 * app on. A paused app's organizations are left out, and come back once it is switched on.
 */
export function appIsOn(app: OptionalApp, column: string) {
  return sql<boolean>`not exists (select 1 from organizations o where o.id = ${sql.ref(column)} and ${app} = any(o.disabled_apps))`;
}
