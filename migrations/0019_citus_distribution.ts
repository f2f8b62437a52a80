import { sql, type Kysely } from 'kysely';

/**
 * Ready for Citus (docs/decisions.md, "Citus"). On every engine: no unique key leaves out
 * `organization_id` any more — the three secret-token lookups (public document links, team
 * invitations, PEPPOL webhooks) keep a plain index, their global uniqueness being that of a
 * 256-bit random secret. On a Citus coordinator (the `citus` extension is installed) it also
 * shards every tenant table by `organization_id`, all colocated, makes the tables they
 * reference reference tables, and leaves the write-hot platform tables local.
 */

/** Replicated to every node: every tenant table references them, and they are read per request. */
const REFERENCE_TABLES = ['organizations', 'users'] as const;

/**
 * Sharded by `organization_id`, colocated with the first. In foreign-key order: a table is
 * distributed after the tables it references.
 */
export const DISTRIBUTED_TABLES = [
  'memberships',
  'audit_log',
  'counters',
  'contacts',
  'contact_persons',
  'contact_addresses',
  'product_groups',
  'products',
  'journals',
  'documents',
  'document_lines',
  'idempotency_keys',
  'payment_accounts',
  'payments',
  'document_layouts',
  'peppol_settings',
  'peppol_transmissions',
  'inbox_documents',
  'purchase_invoices',
  'notifications',
  'email_settings',
  'email_templates',
  'email_attachments',
  'email_messages',
  'subscriptions',
  'subscription_runs',
  'reminder_settings',
  'reminder_steps',
  'reference_rates',
  'reminders',
  'document_links',
  'link_settings',
  'document_signatures',
  'sms_outbox',
  'invitations',
] as const;

/** Token lookups made before the organization is known: unique by randomness, indexed for lookup. */
const TOKEN_INDEXES = [
  { table: 'document_links', column: 'token_hash', index: 'document_links_token_idx' },
  { table: 'invitations', column: 'token_hash', index: 'invitations_token_key' },
  { table: 'peppol_settings', column: 'webhook_token', index: 'peppol_settings_webhook_idx' },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { table, column, index } of TOKEN_INDEXES) {
    await sql`drop index ${sql.ref(index)}`.execute(db);
    await sql`create index ${sql.ref(index)} on ${sql.table(table)} (${sql.ref(column)})`.execute(
      db,
    );
  }

  const citus = await sql`select 1 from pg_extension where extname = 'citus'`.execute(db);
  if (citus.rows.length === 0) return;

  // The coordinator reaches the shards as the current role, which is facto_app after SET ROLE.
  await sql`alter role facto_app login`.execute(db);
  // Citus refuses a foreign key between a distributed table and a local one, in either
  // direction, so no order of create_distributed_table works: the tenant tables' foreign keys
  // are set aside, every table distributed, then the same keys made again (now between shards).
  const keys = await sql<{ table: string; name: string; definition: string }>`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint
    where contype = 'f' and conrelid::regclass::text in (${sql.join([...DISTRIBUTED_TABLES])})
    order by conrelid::regclass::text, conname`.execute(db);
  for (const key of keys.rows) {
    await sql`alter table ${sql.table(key.table)} drop constraint ${sql.ref(key.name)}`.execute(db);
  }
  for (const table of REFERENCE_TABLES) {
    await sql`select create_reference_table(${table})`.execute(db);
  }
  const [first] = DISTRIBUTED_TABLES;
  for (const table of DISTRIBUTED_TABLES) {
    await sql`select create_distributed_table(${table}, 'organization_id', colocate_with => ${table === first ? 'none' : first})`.execute(
      db,
    );
  }
  for (const key of keys.rows) {
    await sql`alter table ${sql.table(key.table)} add constraint ${sql.ref(key.name)} ${sql.raw(key.definition)}`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const citus = await sql`select 1 from pg_extension where extname = 'citus'`.execute(db);
  if (citus.rows.length > 0) {
    for (const table of [...DISTRIBUTED_TABLES].reverse()) {
      await sql`select undistribute_table(${table}, cascade_via_foreign_keys => true)`.execute(db);
    }
    for (const table of REFERENCE_TABLES) {
      await sql`select undistribute_table(${table}, cascade_via_foreign_keys => true)`.execute(db);
    }
  }
  for (const { table, column, index } of TOKEN_INDEXES) {
    await sql`drop index ${sql.ref(index)}`.execute(db);
    await sql`create unique index ${sql.ref(index)} on ${sql.table(table)} (${sql.ref(column)})`.execute(
      db,
    );
  }
}
