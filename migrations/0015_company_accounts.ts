import { sql, type Kysely } from 'kysely';

/**
 * One list of the company's accounts: the bank accounts of the company settings and the payment
 * accounts become one table (`payment_accounts`), merged on IBAN. Each account says whether it
 * is printed on documents, in which order, and which bank account is the default (printed first,
 * preselected for transfers). Payments keep pointing at their account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table payment_accounts
      add column on_documents boolean not null default false,
      add column position integer not null default 0,
      add column is_default boolean not null default false`.execute(db);

  // IBANs compared as the contract stores them: upper case, no spaces.
  await sql`
    update payment_accounts set iban = upper(regexp_replace(iban, '[[:space:]]', '', 'g'))
    where iban is not null`.execute(db);
  await sql`update payment_accounts set iban = null, bic = null where kind = 'cash'`.execute(db);

  // Payment accounts sharing an IBAN are one account: the oldest stays and takes the payments.
  await sql`
    with ranked as (
      select organization_id, id, iban,
        first_value(id) over (partition by organization_id, iban order by created_at, id) as keep
      from payment_accounts where iban is not null
    ), moved as (
      update payments p set payment_account_id = r.keep
      from ranked r
      where p.organization_id = r.organization_id and p.payment_account_id = r.id and r.id <> r.keep
      returning p.id
    )
    select count(*) from moved`.execute(db);
  await sql`
    delete from payment_accounts a using payment_accounts b
    where a.organization_id = b.organization_id and a.iban = b.iban
      and (b.created_at, b.id) < (a.created_at, a.id)`.execute(db);

  // The company settings' bank accounts: the same IBAN is the same account, else a new one.
  await sql`
    update payment_accounts a set
      on_documents = true,
      position = b.position,
      is_default = b.is_default,
      bic = coalesce(a.bic, b.bic)
    from bank_accounts b
    where a.organization_id = b.organization_id
      and a.iban = upper(regexp_replace(b.iban, '[[:space:]]', '', 'g'))`.execute(db);
  await sql`
    insert into payment_accounts
      (organization_id, id, kind, name, iban, bic, active, created_at, on_documents, position, is_default)
    select b.organization_id, b.id, 'bank', coalesce(nullif(b.label, ''), upper(regexp_replace(b.iban, '[[:space:]]', '', 'g'))),
      upper(regexp_replace(b.iban, '[[:space:]]', '', 'g')), b.bic, true, b.created_at, true, b.position, b.is_default
    from bank_accounts b
    where not exists (
      select 1 from payment_accounts a
      where a.organization_id = b.organization_id
        and a.iban = upper(regexp_replace(b.iban, '[[:space:]]', '', 'g')))
      and not exists (
        select 1 from payment_accounts a where a.organization_id = b.organization_id and a.id = b.id)`.execute(
    db,
  );
  // Accounts not printed on documents come after those printed, in the order they were made.
  await sql`
    with numbered as (
      select organization_id, id,
        row_number() over (partition by organization_id order by on_documents desc, position, kind, created_at, id) - 1 as n
      from payment_accounts
    )
    update payment_accounts a set position = numbered.n
    from numbered where a.organization_id = numbered.organization_id and a.id = numbered.id`.execute(
    db,
  );

  // Migration 0004 named every existing cash book in English: name it in the company's language.
  await sql`
    update payment_accounts a set name = case o.default_language when 'fr' then 'Caisse' when 'nl' then 'Kas' else a.name end
    from organizations o
    where o.id = a.organization_id and a.kind = 'cash' and a.name = 'Cash'`.execute(db);

  await sql`drop table bank_accounts`.execute(db);

  await sql`
    alter table payment_accounts
      add constraint payment_accounts_bank_has_iban check ((kind = 'bank') = (iban is not null)),
      add constraint payment_accounts_default_is_bank check (not is_default or (kind = 'bank' and on_documents))`.execute(
    db,
  );
  await sql`create unique index payment_accounts_iban on payment_accounts (organization_id, iban) where iban is not null`.execute(
    db,
  );
  await sql`create unique index payment_accounts_one_default on payment_accounts (organization_id) where is_default`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
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
  await sql`alter table bank_accounts enable row level security`.execute(db);
  await sql`
    create policy tenant_isolation on bank_accounts
      using (organization_id = app_current_organization())
      with check (organization_id = app_current_organization())`.execute(db);
  await sql`grant select, insert, update, delete on bank_accounts to facto_app`.execute(db);
  await sql`
    insert into bank_accounts (organization_id, id, iban, bic, label, is_default, position, created_at)
    select organization_id, id, iban, bic, name, is_default, position, created_at
    from payment_accounts where on_documents and kind = 'bank'`.execute(db);
  await sql`drop index payment_accounts_one_default`.execute(db);
  await sql`drop index payment_accounts_iban`.execute(db);
  await sql`
    alter table payment_accounts
      drop constraint payment_accounts_default_is_bank,
      drop constraint payment_accounts_bank_has_iban,
      drop column is_default,
      drop column position,
      drop column on_documents`.execute(db);
}
