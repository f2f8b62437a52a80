import { sql, type Kysely } from 'kysely';

/** Contacts (customers, suppliers, prospects), their people and addresses; products and groups. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  // Gapless per-organization counters (customer numbers now, document journals later).
  await sql`
    create table counters (
      organization_id uuid not null references organizations (id) on delete cascade,
      scope text not null,
      value bigint not null,
      primary key (organization_id, scope)
    )`.execute(db);

  await sql`
    create table contacts (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      number integer not null,
      kind text not null check (kind in ('company', 'person')),
      is_customer boolean not null,
      is_supplier boolean not null,
      is_prospect boolean not null,
      name text not null,
      attention text,
      street text,
      street_number text,
      box text,
      postal_code text,
      city text,
      country char(2) not null,
      vat_number text,
      enterprise_number text,
      email text,
      invoice_email text,
      phone text,
      website text,
      language text not null check (language in ('fr', 'nl', 'en', 'de')),
      currency char(3) not null,
      payment_term_days integer,
      payment_term_end_of_month boolean not null default false,
      vat_regime text not null,
      vat_exemption_reason text,
      default_discount_percent numeric(5, 2),
      peppol_id text,
      notes text,
      archived_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      search_text text generated always as (
        lower(name || ' ' || coalesce(vat_number, '') || ' ' || coalesce(enterprise_number, '') || ' ' ||
              coalesce(city, '') || ' ' || coalesce(email, '') || ' ' || coalesce(invoice_email, '') || ' ' ||
              'c' || lpad(number::text, 5, '0'))
      ) stored,
      primary key (organization_id, id),
      unique (organization_id, number)
    )`.execute(db);
  await sql`create index contacts_search_idx on contacts using gin (search_text gin_trgm_ops)`.execute(
    db,
  );
  await sql`create index contacts_name_idx on contacts (organization_id, lower(name), id)`.execute(
    db,
  );
  await sql`create index contacts_created_idx on contacts (organization_id, created_at, id)`.execute(
    db,
  );

  await sql`
    create table contact_persons (
      organization_id uuid not null,
      id uuid not null,
      contact_id uuid not null,
      name text not null,
      role text,
      email text,
      phone text,
      position integer not null,
      primary key (organization_id, id),
      foreign key (organization_id, contact_id) references contacts (organization_id, id) on delete cascade
    )`.execute(db);
  await sql`create index contact_persons_contact_idx on contact_persons (organization_id, contact_id)`.execute(
    db,
  );

  await sql`
    create table contact_addresses (
      organization_id uuid not null,
      id uuid not null,
      contact_id uuid not null,
      label text,
      street text,
      street_number text,
      box text,
      postal_code text,
      city text,
      country char(2) not null,
      position integer not null,
      primary key (organization_id, id),
      foreign key (organization_id, contact_id) references contacts (organization_id, id) on delete cascade
    )`.execute(db);
  await sql`create index contact_addresses_contact_idx on contact_addresses (organization_id, contact_id)`.execute(
    db,
  );

  await sql`
    create table product_groups (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      name text not null,
      default_margin_percent numeric(7, 2),
      ledger_account text,
      created_at timestamptz not null,
      primary key (organization_id, id)
    )`.execute(db);

  await sql`
    create table products (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      code text not null,
      name jsonb not null,
      description jsonb not null,
      group_id uuid,
      unit_code text not null,
      price_mode text not null check (price_mode in ('excl', 'incl')),
      price numeric(16, 4) not null,
      vat_rate numeric(5, 2) not null,
      purchase_price numeric(16, 4),
      margin_percent numeric(7, 2),
      ean text,
      active boolean not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      search_text text generated always as (
        lower(code || ' ' || coalesce(name ->> 'fr', '') || ' ' || coalesce(name ->> 'nl', '') || ' ' ||
              coalesce(name ->> 'en', '') || ' ' || coalesce(name ->> 'de', '') || ' ' || coalesce(ean, ''))
      ) stored,
      primary key (organization_id, id),
      foreign key (organization_id, group_id) references product_groups (organization_id, id)
    )`.execute(db);
  await sql`create unique index products_code_key on products (organization_id, lower(code))`.execute(
    db,
  );
  await sql`create index products_search_idx on products using gin (search_text gin_trgm_ops)`.execute(
    db,
  );
  await sql`create index products_group_idx on products (organization_id, group_id)`.execute(db);

  for (const table of [
    'counters',
    'contacts',
    'contact_persons',
    'contact_addresses',
    'product_groups',
    'products',
  ]) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`
      create policy tenant_isolation on ${sql.table(table)}
        using (organization_id = app_current_organization())
        with check (organization_id = app_current_organization())`.execute(db);
    await sql`grant select, insert, update, delete on ${sql.table(table)} to facto_app`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'products',
    'product_groups',
    'contact_addresses',
    'contact_persons',
    'contacts',
    'counters',
  ]) {
    await sql`drop table if exists ${sql.table(table)} cascade`.execute(db);
  }
}
