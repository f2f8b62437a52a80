import { sql, type Kysely } from 'kysely';

/**
 * The apps an owner switched off (Settings → Apps). Kept as a list of what is off, so an app a
 * later release adds starts on; switching an app off keeps its data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table organizations add column disabled_apps text[] not null default '{}'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table organizations drop column disabled_apps`.execute(db);
}
