import path from 'node:path';
import fs from 'node:fs';
import { sql } from 'kysely';
import { migrations } from '../../migrations/index.js';
import { loadConfig } from './config.js';
import { acquireDataDirLock } from './db/data-dir-lock.js';
import { openDatabase, type Database } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { checkPort } from './platform/port-check.js';
import { publicBaseUrl, publicUrlWarning } from './platform/public-url.js';
import { createLocalStorage } from './platform/storage/local-storage.js';
import { packageRoot } from './platform/version.js';

/**
 * Whether exactly the known migrations are applied, read in one query. Kysely's migrator would
 * create its tables if missing, take its lock and compare, which costs a second on PGlite at
 * every start; it runs only when something is to do (or to report: an unknown migration).
 */
async function migrationsUpToDate(db: Database): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const applied = new Set(rows.map((row) => row.name));
    const known = Object.keys(migrations);
    return applied.size === known.length && known.every((name) => applied.has(name));
  } catch {
    // A new database: no migration table yet.
    return false;
  }
}

/**
 * Start-up: configuration, the HTTP port (checked first, so a busy one is said at once), the
 * embedded-database lock, migrations, then HTTP. SIGINT/SIGTERM
 * stop accepting requests, let the running ones finish, and close the database cleanly.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const webRoot = path.join(packageRoot, 'dist', 'web');
  config.webRoot = fs.existsSync(path.join(webRoot, 'index.html')) ? webRoot : undefined;
  // PORT=0 becomes the port the system chose: every link Facto gives out names the real one.
  config.port = await checkPort(config.host, config.port);

  const releaseLock = config.databaseUrl ? () => undefined : acquireDataDirLock(config.dataDir);
  // The database starts (PGlite compiles its WebAssembly) while the HTTP app's modules load.
  const [database, { buildApp }] = await Promise.all([
    openDatabase({
      url: config.databaseUrl,
      pgliteDir: path.join(config.dataDir, 'db'),
      poolSize: config.databasePoolSize,
    }),
    import('./app.js'),
  ]);
  if (!(await migrationsUpToDate(database.db))) await migrateToLatest(database.db);
  const storage = createLocalStorage(path.join(config.dataDir, 'files'));
  const app = await buildApp({ config, db: database.db, storage, deferJobs: true });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
      await database.close();
    } finally {
      releaseLock();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  // performance.now() counts from process start: Node and module loading included.
  const ms = Math.round(performance.now());
  app.log.info(
    {
      database: database.kind,
      dataDir: database.kind === 'pglite' ? config.dataDir : undefined,
      ms,
    },
    `Facto is running on ${publicBaseUrl(config)}`,
  );
  const warning = publicUrlWarning(config);
  if (warning) app.log.warn(warning);
  if (!config.webRoot)
    app.log.warn('dist/web is missing: only the API is served (run npm run build)');
  // Requests are served from here on; the job queue (found set up) starts behind them.
  await app.startJobs();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
