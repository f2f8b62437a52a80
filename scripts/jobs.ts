/**
 * `npm run jobs -- reminders|subscriptions [--organization <id>]`: the daily reminder run or the
 * hourly subscription run, now, for every company or one. Exactly-once on the same keys as the
 * schedule (one reminder per invoice and step, one invoice per subscription period): running it
 * twice, or before the schedule, makes nothing twice. E-mails it queues are sent by the app (or
 * `npm run worker`). In embedded mode, stop Facto first (one process opens the data directory).
 */
import path from 'node:path';
import { loadConfig } from '../src/server/config.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { openConfiguredDatabase } from './configured-database.js';
import { createLocalStorage } from '../src/server/platform/storage/local-storage.js';

const USAGE = 'Usage: npm run jobs -- reminders|subscriptions [--organization <id>]';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Run = 'reminders' | 'subscriptions';

function parse(argv: readonly string[]): { run: Run; organizationId: string | undefined } | null {
  const [first, ...rest] = argv;
  if (first !== 'reminders' && first !== 'subscriptions') return null;
  const run: Run = first;
  if (rest.length === 0) return { run, organizationId: undefined };
  const [flag, organizationId] = rest;
  if (
    rest.length !== 2 ||
    flag !== '--organization' ||
    !organizationId ||
    !UUID.test(organizationId)
  )
    return null;
  return { run, organizationId };
}

const args = parse(process.argv.slice(2));
if (!args) {
  console.error(USAGE);
  process.exit(2);
}

const config = { ...loadConfig(), worker: 'off' as const };
const handle = await openConfiguredDatabase(config, 2);
let code = 0;
try {
  await migrateToLatest(handle.db);
  if (args.organizationId) {
    const known = await handle.db
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', args.organizationId)
      .executeTakeFirst();
    if (!known) throw new Error(`No organization ${args.organizationId}`);
  }
  const { buildApp } = await import('../src/server/app.js');
  const app = await buildApp({
    config: { ...config, logLevel: 'warn' },
    db: handle.db,
    storage: createLocalStorage(path.join(config.dataDir, 'files')),
  });
  try {
    await app.ready();
    const result = await app.runNow[args.run](args.organizationId);
    const what = args.run === 'reminders' ? 'reminders made' : 'invoices made';
    console.log(`${args.run}: ${result.created} ${what}, ${result.failed} failed`);
    if (result.failed > 0) code = 1;
  } finally {
    await app.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await handle.close();
}
process.exit(code);
