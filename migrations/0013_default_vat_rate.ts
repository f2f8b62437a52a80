import { sql, type Kysely } from 'kysely';

/**
 * The organization's default VAT rate: what a new document line without a product takes
 * (a free-text line never copies the previous line's rate). 21 %, the standard Belgian rate.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table organizations add column default_vat_rate text not null default '21'
      check (default_vat_rate in ('21', '12', '6', '0'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table organizations drop column default_vat_rate`.execute(db);
}
