import { sql } from 'kysely';
import { isOptionalApp, type OptionalApp } from '../../../contract/index.js';
import type { Database } from '../../db/database.js';
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

/**
 * For scheduled jobs that span organizations (platform query): whether the app is on for this
 * one. A paused app's jobs skip the organization and pick up again once it is switched back on.
 */
export async function isAppEnabled(
  db: Database,
  organizationId: string,
  app: OptionalApp,
): Promise<boolean> {
  const row = await db
    .selectFrom('organizations')
    .select(sql<boolean>`not (${app} = any(disabled_apps))`.as('enabled'))
    .where('id', '=', organizationId)
    .executeTakeFirst();
  return row?.enabled ?? false;
}
