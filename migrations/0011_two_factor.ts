import { sql, type Kysely } from 'kysely';

/**
 * Two-factor login (TOTP, RFC 6238) with recovery codes and pending logins, password strength,
 * the sessions list (public ids, last seen), the organization's "require two-factor" policy, and
 * a minimal SMS outbox used to verify a mobile number.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users
      -- zxcvbn score (0-4) of the current password, for the GDPR overview; null before scoring existed.
      add column password_score smallint check (password_score between 0 and 4),
      add column password_changed_at timestamptz,
      -- Base32 TOTP secrets, sealed with the instance key (platform/secrets.ts), never in clear.
      add column two_factor_secret text,
      add column two_factor_pending_secret text,
      add column two_factor_enabled_at timestamptz,
      -- Last accepted TOTP time step: a code is accepted once (no replay).
      add column two_factor_last_step bigint,
      add column phone_number text,
      add column phone_verified_at timestamptz`.execute(db);
  // Tenant code (the users and GDPR pages) may show strength and 2FA status, never secrets.
  await sql`grant select (password_score, two_factor_enabled_at) on users to facto_app`.execute(db);

  await sql`alter table organizations add column require_two_factor boolean not null default false`.execute(
    db,
  );

  // Platform tables below: reached only through the authentication layer, like sessions.
  await sql`
    create table two_factor_recovery_codes (
      user_id uuid not null references users (id) on delete cascade,
      id uuid not null,
      -- SHA-256 of user id and code: the codes carry 80 random bits, so no slow hash is needed.
      code_hash text not null,
      used_at timestamptz,
      created_at timestamptz not null,
      primary key (user_id, id)
    )`.execute(db);

  // A login whose password was right and whose second factor is awaited: no session yet.
  await sql`
    create table pending_logins (
      id text primary key,
      user_id uuid not null references users (id) on delete cascade,
      ip text,
      user_agent text,
      created_at timestamptz not null,
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index pending_logins_expiry_idx on pending_logins (expires_at)`.execute(db);

  await sql`
    create table phone_verifications (
      user_id uuid primary key references users (id) on delete cascade,
      phone text not null,
      code_hash text not null,
      attempts integer not null default 0,
      expires_at timestamptz not null
    )`.execute(db);

  // Sessions are listed and revoked by a public id: the primary key is the token's hash.
  await sql`
    alter table sessions
      add column public_id uuid,
      add column last_seen_at timestamptz`.execute(db);
  await sql`update sessions set public_id = gen_random_uuid(), last_seen_at = created_at`.execute(
    db,
  );
  await sql`
    alter table sessions
      alter column public_id set not null,
      alter column last_seen_at set not null`.execute(db);
  await sql`create unique index sessions_public_id_key on sessions (public_id)`.execute(db);

  // The local SMS transport: messages the owner can read instead of a provider sending them.
  await sql`
    create table sms_outbox (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      user_id uuid,
      phone text not null,
      body text not null,
      created_at timestamptz not null,
      primary key (organization_id, id)
    )`.execute(db);
  await sql`create index sms_outbox_time_idx on sms_outbox (organization_id, created_at desc)`.execute(
    db,
  );
  await sql`alter table sms_outbox enable row level security`.execute(db);
  await sql`
    create policy tenant_isolation on sms_outbox
      using (organization_id = app_current_organization())
      with check (organization_id = app_current_organization())`.execute(db);
  await sql`grant select, insert, update, delete on sms_outbox to facto_app`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists sms_outbox`.execute(db);
  await sql`drop index if exists sessions_public_id_key`.execute(db);
  await sql`alter table sessions drop column if exists public_id, drop column if exists last_seen_at`.execute(
    db,
  );
  await sql`drop table if exists phone_verifications`.execute(db);
  await sql`drop table if exists pending_logins`.execute(db);
  await sql`drop table if exists two_factor_recovery_codes`.execute(db);
  await sql`alter table organizations drop column if exists require_two_factor`.execute(db);
  await sql`revoke select (password_score, two_factor_enabled_at) on users from facto_app`.execute(
    db,
  );
  await sql`
    alter table users
      drop column if exists password_score,
      drop column if exists password_changed_at,
      drop column if exists two_factor_secret,
      drop column if exists two_factor_pending_secret,
      drop column if exists two_factor_enabled_at,
      drop column if exists two_factor_last_step,
      drop column if exists phone_number,
      drop column if exists phone_verified_at`.execute(db);
}
