import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedUpClient, type TestApp } from '../../../tests/server/test-app.js';
import { withTenant } from './tenant.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const TENANT_TABLES = ['organizations', 'memberships', 'bank_accounts', 'audit_log'] as const;

/** Row-level security is the second wall: even a query that forgets its WHERE sees one tenant. */
describe('row-level security', () => {
  it('shows a tenant only its own rows in every tenant table, with no WHERE clause at all', async () => {
    const a = await signedUpClient(t.app, { companyName: 'Tenant A' });
    const b = await signedUpClient(t.app, { companyName: 'Tenant B' });
    const account = { iban: 'BE68539007547034', bic: null, label: null, isDefault: true };
    for (const { client, me } of [a, b]) {
      const organization = (await client.get('/api/v1/organization')).json();
      await client.put('/api/v1/organization', {
        ...organization,
        legalName: me.organization.name,
        bankAccounts: [account],
        id: undefined,
        logoUrl: undefined,
        updatedAt: undefined,
      });
    }
    for (const table of TENANT_TABLES) {
      const column = table === 'organizations' ? 'id' : 'organization_id';
      const rows = await withTenant(t.database.db, a.me.organization.id, (trx) =>
        sql<{ org: string }>`select ${sql.ref(column)} as org from ${sql.table(table)}`.execute(
          trx,
        ),
      );
      expect(rows.rows.length, table).toBeGreaterThan(0);
      expect(
        rows.rows.every((row) => row.org === a.me.organization.id),
        table,
      ).toBe(true);
      expect(
        rows.rows.some((row) => row.org === b.me.organization.id),
        table,
      ).toBe(false);
    }
  });

  it('refuses to write a row for another organization from inside a tenant', async () => {
    const a = await signedUpClient(t.app);
    const b = await signedUpClient(t.app);
    const attempt = withTenant(t.database.db, a.me.organization.id, (trx) =>
      trx
        .insertInto('bank_accounts')
        .values({
          organization_id: b.me.organization.id,
          id: crypto.randomUUID(),
          iban: 'BE71096123456769',
          position: 0,
          created_at: new Date(),
        })
        .execute(),
    );
    await expect(attempt).rejects.toThrow(/row-level security/);
    const moved = await withTenant(t.database.db, a.me.organization.id, (trx) =>
      trx
        .updateTable('organizations')
        .set({ legal_name: 'hijacked' })
        .where('id', '=', b.me.organization.id)
        .executeTakeFirst(),
    );
    expect(Number(moved.numUpdatedRows)).toBe(0);
  });

  it('sees nothing outside a tenant context under the tenant role', async () => {
    await signedUpClient(t.app);
    const rows = await t.database.db.transaction().execute(async (trx) => {
      await sql`select set_config('role', 'facto_app', true)`.execute(trx);
      return sql`select * from memberships`.execute(trx);
    });
    expect(rows.rows).toEqual([]);
  });

  it('does not let tenant code read password hashes or sessions', async () => {
    const a = await signedUpClient(t.app);
    await expect(
      withTenant(t.database.db, a.me.organization.id, (trx) =>
        sql`select password_hash from users`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withTenant(t.database.db, a.me.organization.id, (trx) =>
        sql`select * from sessions`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied/);
  });
});
