/**
 * `npm run mailbox`: the platform mailbox — the password-reset e-mails of an installation without
 * a general sender (FACTO_SMTP_URL), newest first. In embedded mode, stop Facto first (one
 * process at a time opens the data directory). `-- --all` lists every message, not only the
 * last ten.
 */
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
  await migrateToLatest(handle.db);
  let query = handle.db.selectFrom('platform_mailbox').selectAll().orderBy('created_at', 'desc');
  if (!process.argv.includes('--all')) query = query.limit(10);
  const rows = await query.execute();
  if (rows.length === 0) console.log('The platform mailbox is empty.');
  for (const row of rows.reverse()) {
    console.log(`\n=== ${row.created_at.toISOString()} — to ${row.recipient}`);
    console.log(`Subject: ${row.subject}\n`);
    console.log(row.body);
  }
} finally {
  await handle.close();
  release();
}
