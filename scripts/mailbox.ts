/**
 * `npm run mailbox`: the platform mailbox — the password-reset e-mails of an installation without
 * a general sender (FACTO_SMTP_URL), newest first. In embedded mode, stop Facto first (one
 * process at a time opens the data directory). `-- --all` lists every message, not only the
 * last ten.
 */
import { loadConfig } from '../src/server/config.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { openConfiguredDatabase } from './configured-database.js';

const config = loadConfig();
const handle = await openConfiguredDatabase(config);
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
}
