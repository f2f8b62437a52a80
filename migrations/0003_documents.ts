import { sql, type Kysely } from 'kysely';

/** Journals (numbering series), sales documents (quotes, invoices, credit notes) and their lines. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table journals (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      document_type text not null check (document_type in ('quote', 'invoice', 'credit_note')),
      name text not null,
      format text not null,
      fiscal_year_start_month integer not null default 1 check (fiscal_year_start_month between 1 and 12),
      is_default boolean not null default false,
      created_at timestamptz not null,
      primary key (organization_id, id)
    )`.execute(db);
  await sql`create unique index journals_one_default on journals (organization_id, document_type) where is_default`.execute(
    db,
  );

  await sql`
    create table documents (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      document_type text not null check (document_type in ('quote', 'invoice', 'credit_note')),
      journal_id uuid not null,
      status text not null,
      number integer,
      number_formatted text,
      fiscal_year text,
      issue_date date not null,
      due_date date,
      valid_until date,
      contact_id uuid not null,
      customer jsonb not null,
      currency char(3) not null,
      language text not null,
      order_reference text,
      delivery_date date,
      price_mode text not null check (price_mode in ('excl', 'incl')),
      vat_regime text not null,
      vat_exemption_reason text,
      discount jsonb,
      settlement_discount jsonb,
      text_above text,
      text_below text,
      internal_note text,
      total_excl numeric(16, 2) not null,
      total_vat numeric(16, 2) not null,
      total_incl numeric(16, 2) not null,
      structured_communication text,
      source_document_id uuid,
      deposit jsonb,
      finalized_at timestamptz,
      sent_at timestamptz,
      deleted_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (organization_id, id),
      foreign key (organization_id, journal_id) references journals (organization_id, id),
      foreign key (organization_id, contact_id) references contacts (organization_id, id),
      foreign key (organization_id, source_document_id) references documents (organization_id, id)
    )`.execute(db);
  // Gapless and unique numbers per journal and fiscal year; one structured communication each.
  await sql`
    create unique index documents_number_key on documents (organization_id, journal_id, fiscal_year, number)
    where number is not null`.execute(db);
  await sql`
    create unique index documents_ogm_key on documents (organization_id, structured_communication)
    where structured_communication is not null`.execute(db);
  await sql`create index documents_list_idx on documents (organization_id, document_type, status, issue_date desc, id)`.execute(
    db,
  );
  await sql`create index documents_contact_idx on documents (organization_id, contact_id)`.execute(
    db,
  );
  await sql`create index documents_source_idx on documents (organization_id, source_document_id)`.execute(
    db,
  );

  await sql`
    create table document_lines (
      organization_id uuid not null,
      id uuid not null,
      document_id uuid not null,
      position integer not null,
      kind text not null check (kind in ('item', 'section', 'text')),
      product_id uuid,
      description text,
      quantity numeric(16, 4),
      unit_code text,
      unit_price numeric(16, 4),
      discount jsonb,
      vat_rate numeric(5, 2),
      vat_category text,
      purchase_price numeric(16, 4),
      is_deposit_deduction boolean not null default false,
      primary key (organization_id, id),
      foreign key (organization_id, document_id) references documents (organization_id, id) on delete cascade
    )`.execute(db);
  await sql`create index document_lines_document_idx on document_lines (organization_id, document_id, position)`.execute(
    db,
  );

  // A retried create (same Idempotency-Key) returns the document the first attempt made.
  await sql`
    create table idempotency_keys (
      organization_id uuid not null references organizations (id) on delete cascade,
      scope text not null,
      key text not null,
      document_id uuid not null,
      created_at timestamptz not null,
      primary key (organization_id, scope, key)
    )`.execute(db);

  for (const table of ['journals', 'documents', 'document_lines', 'idempotency_keys']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`
      create policy tenant_isolation on ${sql.table(table)}
        using (organization_id = app_current_organization())
        with check (organization_id = app_current_organization())`.execute(db);
    await sql`grant select, insert, update, delete on ${sql.table(table)} to facto_app`.execute(db);
  }

  // Every existing organization gets its default journals (new ones get them at creation).
  for (const [type, name, format] of [
    ['quote', 'Quotes', 'O%Y-(4)'],
    ['invoice', 'Invoices', 'F%Y-(4)'],
    ['credit_note', 'Credit notes', 'C%Y-(4)'],
  ] as const) {
    await sql`
      insert into journals (organization_id, id, document_type, name, format, is_default, created_at)
      select id, gen_random_uuid(), ${type}, ${name}, ${format}, true, now() from organizations`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['idempotency_keys', 'document_lines', 'documents', 'journals']) {
    await sql`drop table if exists ${sql.table(table)} cascade`.execute(db);
  }
}
