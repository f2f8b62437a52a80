import { sql, type Kysely } from 'kysely';

/**
 * Subscriptions (recurring invoices, DOMAIN §13): an invoice template per customer with its
 * schedule, and one `subscription_runs` row per invoiced period. The unique key on
 * (subscription, period start) is written in the transaction that creates the invoice, so a
 * period is invoiced exactly once whatever crashes or runs twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table subscriptions (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      name text,
      contact_id uuid not null,
      -- Null: the customer's language and VAT regime at the time of each invoice.
      language text,
      price_mode text not null check (price_mode in ('excl', 'incl')),
      vat_regime text,
      vat_exemption_reason text,
      discount jsonb,
      text_above text,
      text_below text,
      -- The document line inputs of the contract (items, sections, texts).
      lines jsonb not null,
      frequency text not null
        check (frequency in ('weekly', 'monthly', 'quarterly', 'yearly', 'everyTwoYears')),
      start_date date not null,
      end_date date,
      -- Europe/Brussels wall-clock hour at which each invoice is created.
      creation_hour integer not null check (creation_hour between 0 and 23),
      active boolean not null default true,
      auto_finalize boolean not null default false,
      auto_send text not null default 'off' check (auto_send in ('off', 'email', 'peppol')),
      -- The next period to invoice (0 = the one starting on start_date) and when; null once
      -- the end date is passed.
      next_cycle integer,
      next_run_at timestamptz,
      -- Why the last attempt failed: a message key (or a plain text) and the key's values.
      last_error text,
      last_error_params jsonb,
      total_excl numeric(16, 2) not null,
      total_incl numeric(16, 2) not null,
      created_by uuid not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (organization_id, id),
      foreign key (organization_id, contact_id) references contacts (organization_id, id),
      check (end_date is null or end_date >= start_date)
    )`.execute(db);
  // The runner's question across organizations: which active subscriptions are due?
  await sql`create index subscriptions_due_idx on subscriptions (next_run_at) where active and next_run_at is not null`.execute(
    db,
  );
  await sql`create index subscriptions_list_idx on subscriptions (organization_id, created_at desc, id)`.execute(
    db,
  );
  await sql`create index subscriptions_contact_idx on subscriptions (organization_id, contact_id)`.execute(
    db,
  );

  await sql`
    create table subscription_runs (
      organization_id uuid not null,
      id uuid not null,
      subscription_id uuid not null,
      cycle integer not null,
      period_start date not null,
      period_end date not null,
      invoice_id uuid not null,
      created_at timestamptz not null,
      primary key (organization_id, id),
      -- Exactly one invoice per period: a second runner's insert fails and takes its invoice with it.
      unique (organization_id, subscription_id, period_start),
      unique (organization_id, invoice_id),
      foreign key (organization_id, subscription_id) references subscriptions (organization_id, id),
      foreign key (organization_id, invoice_id) references documents (organization_id, id)
    )`.execute(db);

  // Finalising reads the latest numbered date of the journal and year (numbers follow dates): a
  // run that numbers thousands of invoices must find it without scanning them all each time.
  await sql`
    create index documents_numbered_date_idx
      on documents (organization_id, journal_id, fiscal_year, issue_date)
      where number is not null`.execute(db);

  for (const table of ['subscriptions', 'subscription_runs']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`
      create policy tenant_isolation on ${sql.table(table)}
        using (organization_id = app_current_organization())
        with check (organization_id = app_current_organization())`.execute(db);
    await sql`grant select, insert, update, delete on ${sql.table(table)} to facto_app`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists documents_numbered_date_idx`.execute(db);
  for (const table of ['subscription_runs', 'subscriptions']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
