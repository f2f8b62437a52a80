import { sql, type Kysely } from 'kysely';

/**
 * A document's deliver-to address (BG-15): a snapshot like the customer's address, taken from one
 * of the customer's delivery addresses or typed. Null when the goods or services go nowhere else
 * than the customer's own address and no law asks for it (intra-EU supplies do: BR-IC-12).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table documents add column delivery_address jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table documents drop column delivery_address`.execute(db);
}
