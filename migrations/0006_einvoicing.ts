import { sql, type Kysely } from 'kysely';

/**
 * PEPPOL e-invoicing: each organization's access point and identity, the sending of documents
 * (one transmission per document, so nothing is ever delivered twice), received documents (the
 * inbox), purchase invoices accepted from it, the notifications they raise, and the exchange
 * rate of documents in a foreign currency (the VAT total must also be given in EUR).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table documents add column exchange_rate numeric(18, 6)`.execute(db);

  await sql`
    create table peppol_settings (
      organization_id uuid not null references organizations (id) on delete cascade,
      provider text not null check (provider in ('recommand')),
      environment text not null check (environment in ('production', 'test')),
      base_url text not null,
      api_key text not null,
      -- AES-256-GCM with the instance's secret key (platform/secrets.ts), never in clear.
      api_secret_encrypted text not null,
      company_id text,
      -- Our own participant id, e.g. 0208:0123456789, and its registration with the access point.
      participant_id text not null,
      registration_status text not null default 'unregistered'
        check (registration_status in ('unregistered', 'pending', 'registered', 'failed')),
      registration_error text,
      -- The path secret of our webhook URL; received calls must also carry the provider's signature.
      webhook_token text not null,
      webhook_secret_encrypted text,
      updated_at timestamptz not null,
      primary key (organization_id)
    )`.execute(db);
  await sql`create unique index peppol_settings_webhook_idx on peppol_settings (webhook_token)`.execute(
    db,
  );

  await sql`
    create table peppol_transmissions (
      organization_id uuid not null,
      id uuid not null,
      document_id uuid not null,
      status text not null check (status in ('queued', 'sent', 'delivered', 'failed')),
      recipient_id text not null,
      provider_id text,
      attempts integer not null default 0,
      error text,
      queued_at timestamptz not null,
      sent_at timestamptz,
      delivered_at timestamptz,
      updated_at timestamptz not null,
      primary key (organization_id, id),
      foreign key (organization_id, document_id) references documents (organization_id, id)
    )`.execute(db);
  // One transmission per document: a second "send" finds the first instead of sending again.
  await sql`create unique index peppol_transmissions_document_idx on peppol_transmissions (organization_id, document_id)`.execute(
    db,
  );

  await sql`
    create table inbox_documents (
      organization_id uuid not null,
      id uuid not null,
      source text not null check (source in ('peppol', 'upload')),
      -- The access point's id of a received document: a repeated webhook or poll finds it again.
      external_id text,
      -- Seller, type and number: the same invoice received twice is one inbox entry.
      document_key text not null,
      status text not null check (status in ('new', 'accepted', 'rejected')),
      reject_reason text,
      document_kind text not null check (document_kind in ('invoice', 'creditNote')),
      number text not null,
      issue_date date not null,
      due_date date,
      currency text not null,
      seller_name text not null,
      seller_vat_number text,
      total_payable numeric(16, 2) not null,
      xml text not null,
      pdf_key text,
      purchase_invoice_id uuid,
      received_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (organization_id, id)
    )`.execute(db);
  await sql`create unique index inbox_documents_key_idx on inbox_documents (organization_id, document_key)`.execute(
    db,
  );
  await sql`create unique index inbox_documents_external_idx on inbox_documents (organization_id, external_id) where external_id is not null`.execute(
    db,
  );
  await sql`create index inbox_documents_received_idx on inbox_documents (organization_id, received_at desc, id)`.execute(
    db,
  );

  await sql`
    create table purchase_invoices (
      organization_id uuid not null,
      id uuid not null,
      supplier_id uuid not null,
      inbox_document_id uuid,
      document_kind text not null check (document_kind in ('invoice', 'creditNote')),
      number text not null,
      issue_date date not null,
      due_date date,
      currency text not null,
      total_excl numeric(16, 2) not null,
      total_vat numeric(16, 2) not null,
      total_incl numeric(16, 2) not null,
      total_payable numeric(16, 2) not null,
      iban text,
      bic text,
      payment_reference text,
      status text not null check (status in ('toPay', 'paid')),
      paid_at date,
      lines jsonb not null,
      vat_breakdown jsonb not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (organization_id, id),
      foreign key (organization_id, supplier_id) references contacts (organization_id, id),
      foreign key (organization_id, inbox_document_id) references inbox_documents (organization_id, id)
    )`.execute(db);
  await sql`create index purchase_invoices_list_idx on purchase_invoices (organization_id, issue_date desc, id)`.execute(
    db,
  );
  await sql`create unique index purchase_invoices_number_idx on purchase_invoices (organization_id, supplier_id, document_kind, number)`.execute(
    db,
  );

  await sql`
    create table notifications (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      type text not null,
      -- What the message needs (a document number, an amount), and where clicking leads.
      params jsonb not null,
      link text,
      read_at timestamptz,
      created_at timestamptz not null,
      primary key (organization_id, id)
    )`.execute(db);
  await sql`create index notifications_recent_idx on notifications (organization_id, created_at desc, id)`.execute(
    db,
  );

  for (const table of [
    'peppol_settings',
    'peppol_transmissions',
    'inbox_documents',
    'purchase_invoices',
    'notifications',
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
    'notifications',
    'purchase_invoices',
    'inbox_documents',
    'peppol_transmissions',
    'peppol_settings',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`alter table documents drop column exchange_rate`.execute(db);
}
