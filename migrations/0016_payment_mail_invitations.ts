import { sql, type Kysely } from 'kysely';

/**
 * E-mail beyond documents: the "payment received" message to the customer (when the company
 * asks for it, at most once per payment) and the team invitation, which now travel the same
 * path as every other e-mail (company SMTP, Facto's sender, or the built-in mailbox).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table email_messages drop constraint email_messages_kind_check`.execute(db);
  await sql`
    alter table email_messages add constraint email_messages_kind_check
      check (kind in ('quote', 'invoice', 'creditNote', 'reminder', 'test', 'payment', 'invitation'))`.execute(
    db,
  );
  // The payment a "payment received" message is about: one message per payment, never two.
  await sql`alter table email_messages add column payment_id uuid`.execute(db);
  await sql`create unique index email_messages_payment_once on email_messages (organization_id, payment_id) where payment_id is not null`.execute(
    db,
  );
  // Off by default: a company decides to write to its customers when they pay.
  await sql`alter table email_settings add column payment_confirmation boolean not null default false`.execute(
    db,
  );
}
