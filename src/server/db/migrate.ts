import { Migrator, sql, type MigrationResultSet } from 'kysely';
import { migrations } from '../../../migrations/index.js';
import type { Database } from './database.js';

/** Applies pending migrations; throws with the failing migration's name so start-up fails loudly. */
export async function migrateToLatest(db: Database): Promise<MigrationResultSet> {
  // One connection for the whole run, so the Citus setting below holds for every migration.
  const result = await db.connection().execute(async (connection) => {
    const citus = await sql`select 1 from pg_extension where extname = 'citus'`.execute(connection);
    // The app's sessions keep DDL on the coordinator (database.ts); schema changes reach the shards.
    if (citus.rows.length > 0) await sql`set citus.enable_ddl_propagation = on`.execute(connection);
    try {
      const migrator = new Migrator({
        db: connection,
        provider: { getMigrations: async () => migrations },
      });
      return await migrator.migrateToLatest();
    } finally {
      if (citus.rows.length > 0) await sql`reset citus.enable_ddl_propagation`.execute(connection);
    }
  });
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}
