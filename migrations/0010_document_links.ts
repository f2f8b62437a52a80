import { sql, type Kysely } from 'kysely';

/**
 * Secure document links (DOMAIN §10, GDPR tab): one active public link per sent document, found
 * by the SHA-256 of its secret; the organization's "extra check" setting (type the address the
 * document was sent to); and the signatures customers draw on quotes through such a link.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table document_links (
      organization_id uuid not null,
      id uuid not null,
      document_id uuid not null,
      -- SHA-256 (hex) of the URL's secret: a copy of the table opens no document.
      token_hash text not null,
      -- The secret itself, AES-256-GCM with the instance key (platform/secrets.ts), so later
      -- e-mails about the same document can carry the same URL.
      token_sealed text not null,
      -- Lower-cased addresses the document was sent to: the extra check compares against them.
      sent_to text[] not null default '{}',
      created_by uuid,
      created_at timestamptz not null,
      revoked_at timestamptz,
      last_opened_at timestamptz,
      open_count integer not null default 0,
      primary key (organization_id, id),
      foreign key (organization_id, document_id) references documents (organization_id, id)
    )`.execute(db);
  // Looked up by the secret's hash before the organization is known (public routes).
  await sql`create unique index document_links_token_idx on document_links (token_hash)`.execute(
    db,
  );
  // At most one active link per document; revoked ones stay for the history.
  await sql`create unique index document_links_active_idx on document_links (organization_id, document_id) where revoked_at is null`.execute(
    db,
  );

  await sql`
    create table link_settings (
      organization_id uuid not null references organizations (id) on delete cascade,
      -- The extra layer of DOMAIN §10: on unless the organization switches it off.
      require_email boolean not null default true,
      updated_at timestamptz not null,
      primary key (organization_id)
    )`.execute(db);

  await sql`
    create table document_signatures (
      organization_id uuid not null,
      id uuid not null,
      document_id uuid not null,
      link_id uuid not null,
      signer_name text not null,
      -- The drawn signature, a PNG checked at signing (≤ 200 kB).
      image bytea not null,
      signed_at timestamptz not null,
      ip text,
      primary key (organization_id, id),
      foreign key (organization_id, document_id) references documents (organization_id, id),
      foreign key (organization_id, link_id) references document_links (organization_id, id)
    )`.execute(db);
  // One signature per document: a second attempt, even concurrent, is refused here.
  await sql`create unique index document_signatures_document_idx on document_signatures (organization_id, document_id)`.execute(
    db,
  );

  // A signed quote is locked: its status no longer changes (later: invoices exported to accounting).
  await sql`alter table documents add column locked_at timestamptz`.execute(db);

  for (const table of ['document_links', 'link_settings', 'document_signatures']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`
      create policy tenant_isolation on ${sql.table(table)}
        using (organization_id = app_current_organization())
        with check (organization_id = app_current_organization())`.execute(db);
    await sql`grant select, insert, update, delete on ${sql.table(table)} to facto_app`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['document_signatures', 'link_settings', 'document_links']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`alter table documents drop column locked_at`.execute(db);
}
