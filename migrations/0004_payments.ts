import { sql, type Kysely } from 'kysely';

/** Payment accounts (bank accounts and a cash book) and payments recorded on invoices. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table payment_accounts (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      kind text not null check (kind in ('bank', 'cash')),
      name text not null,
      iban text,
      bic text,
      active boolean not null default true,
      created_at timestamptz not null,
      primary key (organization_id, id)
    )`.execute(db);

  await sql`
    create table payments (
      organization_id uuid not null,
      id uuid not null,
      document_id uuid not null,
      payment_account_id uuid not null,
      payment_date date not null,
      amount numeric(16, 2) not null check (amount > 0),
      reference text,
      created_at timestamptz not null,
      primary key (organization_id, id),
      foreign key (organization_id, document_id) references documents (organization_id, id),
      foreign key (organization_id, payment_account_id) references payment_accounts (organization_id, id)
    )`.execute(db);
  await sql`create index payments_document_idx on payments (organization_id, document_id)`.execute(
    db,
  );

  // Kept with the document so lists and balances need no aggregation.
  await sql`alter table documents add column amount_paid numeric(16, 2) not null default 0`.execute(
    db,
  );
  // The "to be paid" list, sorted by due date, without sorting every open invoice.
  await sql`
    create index documents_open_due_idx on documents (organization_id, document_type, due_date, id)
    where status in ('finalized', 'sent', 'partiallyPaid') and deleted_at is null`.execute(db);

  for (const table of ['payment_accounts', 'payments']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`
      create policy tenant_isolation on ${sql.table(table)}
        using (organization_id = app_current_organization())
        with check (organization_id = app_current_organization())`.execute(db);
    await sql`grant select, insert, update, delete on ${sql.table(table)} to facto_app`.execute(db);
  }

  // Every organization has a cash book; bank accounts come from the company's own.
  await sql`
    insert into payment_accounts (organization_id, id, kind, name, created_at)
    select id, gen_random_uuid(), 'cash', 'Cash', now() from organizations`.execute(db);
  await sql`
    insert into payment_accounts (organization_id, id, kind, name, iban, bic, created_at)
    select organization_id, gen_random_uuid(), 'bank', coalesce(label, iban), iban, bic, now() from bank_accounts`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table documents drop column amount_paid`.execute(db);
  await sql`drop table if exists payments`.execute(db);
  await sql`drop table if exists payment_accounts`.execute(db);
}
