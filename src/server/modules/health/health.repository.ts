import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

/** The cheapest query that proves the database answers. */
export async function pingDatabase(db: Database): Promise<void> {
  await sql`select 1`.execute(db);
}
