/**
 * `npm run support-staff -- grant|revoke|list [email]`: who is platform support staff
 * (`users.is_support`). Support staff open a company's data, read-only and audited, only while
 * its owner allows it (GDPR tab). FACTO_SUPPORT_EMAILS grants at start-up; this script also
 * revokes. Stop an embedded server first (one process per data directory).
 */
import { loadConfig } from '../src/server/config.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { openConfiguredDatabase } from './configured-database.js';
import { setSupport } from '../src/server/modules/team/index.js';

const [command, email] = process.argv.slice(2);
if (!['grant', 'revoke', 'list'].includes(command ?? '') || (command !== 'list' && !email)) {
  console.error('Usage: npm run support-staff -- grant <email> | revoke <email> | list');
  process.exit(2);
}

const config = loadConfig();
const handle = await openConfiguredDatabase(config);
let status = 0;
try {
  await migrateToLatest(handle.db);
  if (command === 'list') {
    const rows = await handle.db
      .selectFrom('users')
      .select('email')
      .where('is_support', '=', true)
      .orderBy('email')
      .execute();
    console.log(rows.length ? rows.map((row) => row.email).join('\n') : 'No support staff.');
  } else if (await setSupport(handle.db, email as string, command === 'grant')) {
    console.log(
      `${email}: ${command === 'grant' ? 'now support staff' : 'no longer support staff'}`,
    );
  } else {
    console.error(
      `No Facto account uses ${email}: it must sign up first (an accountant account will do).`,
    );
    status = 1;
  }
} finally {
  await handle.close();
}
process.exit(status);
