import { sql, type Kysely } from 'kysely';

/** The print layout of an organization's quotes, invoices and credit notes: one row, or defaults. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table document_layouts (
      organization_id uuid primary key references organizations (id) on delete cascade,
      template text not null check (template in ('classic', 'modern', 'compact')),
      color text not null check (color ~ '^#[0-9a-f]{6}$'),
      font text not null check (font in ('sans', 'serif')),
      logo_position text not null check (logo_position in ('left', 'right', 'center')),
      show_order_reference boolean not null,
      show_delivery_date boolean not null,
      show_customer_reference boolean not null,
      show_unit_column boolean not null,
      show_payment_qr boolean not null,
      updated_at timestamptz not null
    )`.execute(db);

  await sql`alter table document_layouts enable row level security`.execute(db);
  await sql`
    create policy tenant_isolation on document_layouts
      using (organization_id = app_current_organization())
      with check (organization_id = app_current_organization())`.execute(db);
  await sql`grant select, insert, update, delete on document_layouts to facto_app`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists document_layouts`.execute(db);
}
