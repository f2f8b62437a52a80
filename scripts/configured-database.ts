import path from 'node:path';
import type { Config } from '../src/server/config.js';
import { acquireDataDirLock } from '../src/server/db/data-dir-lock.js';
import { openDatabase, type DatabaseHandle } from '../src/server/db/database.js';

/**
 * Opens the configured database for a one-off script. In embedded mode it first takes the data
 * directory's lock (one process at a time opens it) and exits 1 with the lock's message when a
 * running Facto holds it. `close` closes the database and releases the lock.
 */
export async function openConfiguredDatabase(
  config: Config,
  poolSize?: number,
): Promise<{ db: DatabaseHandle['db']; close(): Promise<void> }> {
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
    ...(poolSize === undefined ? {} : { poolSize }),
  });
  return {
    db: handle.db,
    async close() {
      await handle.close();
      release();
    },
  };
}
