import path from 'node:path';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { createLocalStorage } from './platform/storage/local-storage.js';

/**
 * `npm run worker`: the background jobs (e-mail, PEPPOL sending and polling, reminders,
 * subscriptions) and pg-boss's schedule clock in their own process, for a PostgreSQL deployment
 * whose app processes run with `FACTO_WORKER=off`. It is the app without its HTTP listener: the
 * same modules define the same queues. Several may run: each job goes to one of them, each
 * schedule fires once (docs/operations.md, "Several processes on one PostgreSQL").
 */
async function worker(): Promise<void> {
  const config = { ...loadConfig(), worker: 'inline' as const };
  if (!config.databaseUrl) {
    throw new Error(
      'The embedded database runs its jobs inside `npm start`; a separate worker needs DATABASE_URL.',
    );
  }
  const database = await openDatabase({
    url: config.databaseUrl,
    poolSize: config.databasePoolSize,
  });
  await migrateToLatest(database.db);
  const { buildApp } = await import('./app.js');
  const app = await buildApp({
    config,
    db: database.db,
    storage: createLocalStorage(path.join(config.dataDir, 'files')),
  });
  await app.ready();
  app.log.info('Facto worker is running');
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

worker().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
