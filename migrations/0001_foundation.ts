import { sql, type Kysely } from 'kysely';

/**
 * Organizations, users, memberships, sessions, bank accounts, audit log, login throttling,
 * and the tenant role with its row-level security policies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'facto_app') then
        create role facto_app nologin;
      end if;
    end $$`.execute(db);
  // The connecting user must be able to switch to the tenant role (a no-op for superusers).
  await sql`
    do $$ begin
      if not pg_has_role(current_user, 'facto_app', 'MEMBER') then
        grant facto_app to current_user;
      end if;
    end $$`.execute(db);
  await sql`grant usage on schema public to facto_app`.execute(db);

  await sql`
    create function app_current_organization() returns uuid language sql stable as $$
      select nullif(current_setting('app.organization_id', true), '')::uuid
    $$`.execute(db);

  await sql`
    create table organizations (
      id uuid primary key,
      legal_name text not null,
      legal_form text,
      enterprise_number text,
      vat_number text,
      vat_regime text not null default 'liable' check (vat_regime in ('liable', 'franchise', 'exempt')),
      street text,
      street_number text,
      box text,
      postal_code text,
      city text,
      country char(2) not null,
      phone text,
      email text,
      website text,
      register_court text,
      default_language text not null check (default_language in ('fr', 'nl', 'en')),
      currency char(3) not null default 'EUR',
      logo_key text,
      logo_content_type text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);

  await sql`
    create table users (
      id uuid primary key,
      email text not null,
      password_hash text not null,
      first_name text not null,
      last_name text not null,
      language text not null check (language in ('fr', 'nl', 'en')),
      last_organization_id uuid references organizations (id) on delete set null,
      last_login_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create unique index users_email_key on users (lower(email))`.execute(db);

  await sql`
    create table memberships (
      organization_id uuid not null references organizations (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      role text not null check (role in ('owner', 'employee', 'accountant')),
      modules text[] not null default '{}',
      created_at timestamptz not null,
      primary key (organization_id, user_id)
    )`.execute(db);
  await sql`create index memberships_user_idx on memberships (user_id)`.execute(db);

  await sql`
    create table bank_accounts (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      iban text not null,
      bic text,
      label text,
      is_default boolean not null default false,
      position integer not null,
      created_at timestamptz not null,
      primary key (organization_id, id),
      unique (organization_id, iban)
    )`.execute(db);
  await sql`create unique index bank_accounts_one_default on bank_accounts (organization_id) where is_default`.execute(
    db,
  );

  await sql`
    create table audit_log (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      user_id uuid,
      action text not null,
      entity_type text not null,
      entity_id uuid,
      data jsonb not null default '{}',
      ip text,
      created_at timestamptz not null,
      primary key (organization_id, id)
    )`.execute(db);
  await sql`create index audit_log_time_idx on audit_log (organization_id, created_at desc)`.execute(
    db,
  );

  // Platform tables: reached only through the authentication layer, never in a tenant context.
  await sql`
    create table sessions (
      id text primary key,
      user_id uuid not null references users (id) on delete cascade,
      organization_id uuid not null references organizations (id) on delete cascade,
      csrf_token text not null,
      ip text,
      user_agent text,
      created_at timestamptz not null,
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index sessions_user_idx on sessions (user_id)`.execute(db);
  await sql`create index sessions_expiry_idx on sessions (expires_at)`.execute(db);

  await sql`
    create table auth_throttle (
      key text primary key,
      failures integer not null,
      window_started_at timestamptz not null
    )`.execute(db);

  for (const table of ['memberships', 'bank_accounts', 'audit_log']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`
      create policy tenant_isolation on ${sql.table(table)}
        using (organization_id = app_current_organization())
        with check (organization_id = app_current_organization())`.execute(db);
    await sql`grant select, insert, update, delete on ${sql.table(table)} to facto_app`.execute(db);
  }
  await sql`alter table organizations enable row level security`.execute(db);
  await sql`
    create policy tenant_isolation on organizations
      using (id = app_current_organization())
      with check (id = app_current_organization())`.execute(db);
  await sql`grant select, update on organizations to facto_app`.execute(db);
  // Tenant code may show who did what, never read credentials or sessions.
  await sql`grant select (id, email, first_name, last_name, language) on users to facto_app`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'auth_throttle',
    'sessions',
    'audit_log',
    'bank_accounts',
    'memberships',
    'users',
    'organizations',
  ]) {
    await sql`drop table if exists ${sql.table(table)} cascade`.execute(db);
  }
  await sql`drop function if exists app_current_organization()`.execute(db);
}
