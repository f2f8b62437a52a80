/** `npm run db:migrate`: applies pending migrations to the configured database and lists them. */
import { loadConfig } from '../src/server/config.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { openConfiguredDatabase } from './configured-database.js';

const config = loadConfig();
const handle = await openConfiguredDatabase(config);
try {
  const result = await migrateToLatest(handle.db);
  const applied = result.results ?? [];
  console.log(
    applied.length
      ? applied.map((r) => `${r.status}: ${r.migrationName}`).join('\n')
      : 'Already up to date.',
  );
} finally {
  await handle.close();
}
