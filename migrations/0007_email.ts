import { sql, type Kysely } from 'kysely';

/**
 * E-mail: each organization's sending settings (Facto's general sender or its own SMTP server),
 * its e-mail texts per document type and language, the files attached automatically, and every
 * message sent (which is also the built-in mailbox when no SMTP server is configured at all).
 * Platform side: single-use password-reset tokens, and the platform mailbox that holds the
 * password-reset mails when the instance has no general sender.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table email_settings (
      organization_id uuid not null references organizations (id) on delete cascade,
      -- 'general': Facto's sender (FACTO_SMTP_URL) with the company as reply-to; 'smtp': its own server.
      sending text not null check (sending in ('general', 'smtp')),
      smtp_host text,
      smtp_port integer check (smtp_port between 1 and 65535),
      smtp_security text check (smtp_security in ('none', 'starttls', 'tls')),
      smtp_user text,
      -- AES-256-GCM with the instance's secret key (platform/secrets.ts), never in clear.
      smtp_password_encrypted text,
      from_address text,
      from_name text,
      default_cc text[] not null default '{}',
      default_bcc text[] not null default '{}',
      updated_at timestamptz not null,
      primary key (organization_id)
    )`.execute(db);

  // Only the texts a company changed are stored; the others are the built-in defaults.
  await sql`
    create table email_templates (
      organization_id uuid not null references organizations (id) on delete cascade,
      kind text not null check (kind in ('quote', 'invoice', 'creditNote', 'reminder')),
      language text not null check (language in ('fr', 'nl', 'en', 'de')),
      subject text not null,
      body text not null,
      updated_at timestamptz not null,
      primary key (organization_id, kind, language)
    )`.execute(db);

  await sql`
    create table email_attachments (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      language text not null check (language in ('fr', 'nl', 'en', 'de')),
      filename text not null,
      storage_key text not null,
      size integer not null,
      created_at timestamptz not null,
      primary key (organization_id, id)
    )`.execute(db);

  await sql`
    create table email_messages (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      document_id uuid,
      kind text not null check (kind in ('quote', 'invoice', 'creditNote', 'reminder', 'test')),
      -- queued → sending → sent | failed; 'sending' is claimed before the SMTP conversation, so a
      -- repeated job never sends twice.
      status text not null check (status in ('queued', 'sending', 'sent', 'failed')),
      -- How it left: set when sent ('general', 'smtp', or 'mailbox' = kept in the built-in mailbox).
      transport text check (transport in ('general', 'smtp', 'mailbox')),
      language text not null check (language in ('fr', 'nl', 'en', 'de')),
      recipients text[] not null,
      cc text[] not null default '{}',
      bcc text[] not null default '{}',
      -- As typed (tags included) until sent; then as sent, tags filled.
      subject text not null,
      body text not null,
      body_html text,
      attach_pdf boolean not null default true,
      attach_ubl boolean not null default false,
      -- Values of extra tags given by the caller (subscription period, reminder texts).
      extra_tags jsonb not null default '{}',
      -- Files given by the caller (a reminder PDF), kept in file storage until sent:
      -- [{ filename, contentType, size, key }]. Once sent: every attachment that went out
      -- (with a storage key for mailbox messages, so the mailbox can show them).
      attachments jsonb not null default '[]',
      from_address text,
      reply_to text,
      server_message_id text,
      server_response text,
      attempts integer not null default 0,
      error text,
      created_by uuid,
      queued_at timestamptz not null,
      claimed_at timestamptz,
      sent_at timestamptz,
      updated_at timestamptz not null,
      primary key (organization_id, id),
      foreign key (organization_id, document_id) references documents (organization_id, id)
    )`.execute(db);
  await sql`create index email_messages_document_idx on email_messages (organization_id, document_id, queued_at desc)`.execute(
    db,
  );
  await sql`create index email_messages_mailbox_idx on email_messages (organization_id, queued_at desc, id) where transport = 'mailbox'`.execute(
    db,
  );

  for (const table of [
    'email_settings',
    'email_templates',
    'email_attachments',
    'email_messages',
  ]) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`
      create policy tenant_isolation on ${sql.table(table)}
        using (organization_id = app_current_organization())
        with check (organization_id = app_current_organization())`.execute(db);
    await sql`grant select, insert, update, delete on ${sql.table(table)} to facto_app`.execute(db);
  }

  // Platform tables (like sessions): no tenant context, never granted to facto_app.
  await sql`
    create table password_reset_tokens (
      -- SHA-256 of the 256-bit token mailed to the user: a leaked table cannot be replayed.
      id text primary key,
      user_id uuid not null references users (id) on delete cascade,
      ip text,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);
  await sql`create index password_reset_tokens_user_idx on password_reset_tokens (user_id)`.execute(
    db,
  );

  await sql`
    create table platform_mailbox (
      id uuid primary key,
      recipient text not null,
      subject text not null,
      body text not null,
      body_html text not null,
      created_at timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'platform_mailbox',
    'password_reset_tokens',
    'email_messages',
    'email_attachments',
    'email_templates',
    'email_settings',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
