import { Migrator, type MigrationResultSet } from 'kysely';
import { migrations } from '../../../migrations/index.js';
import type { Database } from './database.js';

/** Applies pending migrations; throws with the failing migration's name so start-up fails loudly. */
export async function migrateToLatest(db: Database): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}
