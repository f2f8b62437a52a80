/** `npm run db:migrate`: applies pending migrations to the configured database and lists them. */
import path from 'node:path';
import { loadConfig } from '../src/server/config.js';
import { acquireDataDirLock } from '../src/server/db/data-dir-lock.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';

const config = loadConfig();
let release: () => void;
try {
  release = config.databaseUrl ? () => undefined : acquireDataDirLock(config.dataDir);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const handle = await openDatabase({
  url: config.databaseUrl,
  pgliteDir: path.join(config.dataDir, 'db'),
});
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
  release();
}
