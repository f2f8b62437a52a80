import { sql, type Kysely } from 'kysely';

/**
 * An issued document keeps the bank accounts it was issued with (default first, then position):
 * its PDF, UBL, EPC QR code, reminders and e-mails show them even after the company's accounts
 * change. Null for a draft, which follows the settings until it is issued. Documents issued before
 * this migration printed the accounts current now, so they keep exactly those.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table documents add column seller_bank_accounts jsonb`.execute(db);
  await sql`
    update documents d set seller_bank_accounts = coalesce((
      select jsonb_agg(
          jsonb_build_object('iban', a.iban, 'bic', a.bic, 'label', nullif(a.name, a.iban))
          order by a.is_default desc, a.position, a.created_at, a.id)
      from payment_accounts a
      where a.organization_id = d.organization_id and a.kind = 'bank' and a.on_documents
        and a.iban is not null
    ), '[]'::jsonb)
    where d.status <> 'draft'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table documents drop column seller_bank_accounts`.execute(db);
}
