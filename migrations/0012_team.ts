import { sql, type Kysely } from 'kysely';

/**
 * Team: invited users, deactivated memberships, accountant and support accounts, sessions
 * without an organization (an accountant with no client yet, support staff between
 * organizations), support sessions, the organization's support-access switch, and the indexes
 * behind the audit-log filters.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // An invited user exists (so the owner sees and configures them) before choosing a password.
  await sql`alter table users add column password_set boolean not null default true`.execute(db);
  await sql`alter table users add column is_accountant boolean not null default false`.execute(db);
  await sql`alter table users add column is_support boolean not null default false`.execute(db);

  // The Users and GDPR pages show these; credentials and the support flag stay out of reach.
  await sql`grant select (last_login_at, password_set, is_accountant) on users to facto_app`.execute(
    db,
  );

  await sql`alter table memberships add column deactivated_at timestamptz`.execute(db);

  await sql`alter table organizations add column support_access boolean not null default false`.execute(
    db,
  );

  await sql`alter table sessions alter column organization_id drop not null`.execute(db);
  // A session opened by platform support staff into an organization that allows it.
  await sql`alter table sessions add column support boolean not null default false`.execute(db);

  await sql`
    create table invitations (
      organization_id uuid not null references organizations (id) on delete cascade,
      id uuid not null,
      user_id uuid not null,
      token_hash text not null,
      created_by uuid,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      used_at timestamptz,
      primary key (organization_id, id),
      foreign key (organization_id, user_id)
        references memberships (organization_id, user_id) on delete cascade
    )`.execute(db);
  await sql`create unique index invitations_token_key on invitations (token_hash)`.execute(db);
  await sql`create index invitations_user_idx on invitations (organization_id, user_id)`.execute(
    db,
  );
  await sql`alter table invitations enable row level security`.execute(db);
  await sql`
    create policy tenant_isolation on invitations
      using (organization_id = app_current_organization())
      with check (organization_id = app_current_organization())`.execute(db);
  await sql`grant select, insert, update, delete on invitations to facto_app`.execute(db);

  // Audit-log filters: by user, and by action group (prefix matches on the action name).
  await sql`create index audit_log_user_idx on audit_log (organization_id, user_id, created_at desc)`.execute(
    db,
  );
  await sql`create index audit_log_action_idx on audit_log (organization_id, action text_pattern_ops, created_at desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists audit_log_action_idx`.execute(db);
  await sql`drop index if exists audit_log_user_idx`.execute(db);
  await sql`drop table if exists invitations`.execute(db);
  await sql`delete from sessions where organization_id is null`.execute(db);
  await sql`alter table sessions drop column if exists support`.execute(db);
  await sql`alter table sessions alter column organization_id set not null`.execute(db);
  await sql`alter table organizations drop column if exists support_access`.execute(db);
  await sql`alter table memberships drop column if exists deactivated_at`.execute(db);
  await sql`revoke select (last_login_at, password_set, is_accountant) on users from facto_app`.execute(
    db,
  );
  await sql`alter table users drop column if exists is_support`.execute(db);
  await sql`alter table users drop column if exists is_accountant`.execute(db);
  await sql`alter table users drop column if exists password_set`.execute(db);
}
