import { sql } from 'kysely';
import type { TestApp } from './test-app.js';

/**
 * Makes the waiting jobs of a queue due now: the retry back-off of pg-boss runs on the
 * database's clock, which the test clock cannot move. What "an hour later" means for jobs.
 */
export async function makeJobsDue(t: TestApp, name: string): Promise<void> {
  await sql`
    update ${sql.id(t.config.jobsSchema)}.job set start_after = now() - interval '1 second'
    where name = ${name} and state in ('created', 'retry')`.execute(t.database.db);
}
