import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Account,
  AuditLogPage,
  GdprOverview,
  InvitationLink,
  MailboxMessage,
  MailboxPage,
  Me,
  TeamMember,
} from '../../../contract/index.js';
import {
  Client,
  createTestApp,
  signedUpClient,
  uniqueEmail,
  type TestApp,
} from '../../../../tests/server/test-app.js';
import {
  acceptInvitation,
  accountantClient,
  createCustomer,
  createUser,
  employeeClient,
  STRONG_PASSWORD,
  tokenOf,
} from '../../../../tests/server/team-helpers.js';
import { TestSmtpServer } from '../../../../tests/server/test-smtp.js';

const SUPPORT_EMAIL = uniqueEmail('support');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ supportEmails: [SUPPORT_EMAIL] });
});
afterAll(() => t.close());

const DAY = 24 * 3600_000;

async function members(owner: Client): Promise<TeamMember[]> {
  const response = await owner.get('/api/v1/team/users');
  expect(response.statusCode).toBe(200);
  return response.json<TeamMember[]>();
}

async function auditActions(owner: Client, query = ''): Promise<string[]> {
  const response = await owner.get(`/api/v1/audit-log?pageSize=100${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<AuditLogPage>().items.map((item) => item.action);
}

describe('users and module switches', () => {
  it('creates an employee without invoices: refused by the API and absent from /me', async () => {
    const owner = await signedUpClient(t.app);
    const created = await createUser(owner.client, { modules: ['quotes'] });
    expect(created.member).toMatchObject({
      role: 'employee',
      modules: ['quotes'],
      status: 'invited',
    });
    expect(created.invitation?.url).toMatch(/^http:\/\/[^/]+\/invite\/[\w-]{43}$/);
    expect(created.invitation?.emailed).toBe(false);

    const { client: employee, me } = await acceptInvitation(t.app, created.invitation?.url ?? '');
    expect(me.role).toBe('employee');
    expect(me.organization.id).toBe(owner.me.organization.id);
    expect(me.permissions).toEqual(['customers', 'products', 'quotes']);
    expect((await employee.get('/api/v1/invoices')).statusCode).toBe(403);
    expect((await employee.get('/api/v1/quotes')).statusCode).toBe(200);
    // Customers and products are open to every user.
    expect((await employee.get('/api/v1/customers')).statusCode).toBe(200);
    expect((await employee.get('/api/v1/products')).statusCode).toBe(200);
    // Not an owner: no user management, even with a request that looks right.
    expect((await employee.get('/api/v1/team/users')).statusCode).toBe(403);

    // The owner switches invoices on: the very next request sees it (no cache delay).
    const updated = await owner.client.patch(`/api/v1/team/users/${created.member.userId}`, {
      modules: ['quotes', 'invoices'],
    });
    expect(updated.json<TeamMember>().modules).toEqual(['quotes', 'invoices']);
    expect((await employee.get('/api/v1/invoices')).statusCode).toBe(200);
    expect((await employee.get('/api/v1/me')).json<Me>().permissions).toContain('invoices');

    // …and off again, at once.
    await owner.client.patch(`/api/v1/team/users/${created.member.userId}`, { modules: [] });
    expect((await employee.get('/api/v1/invoices')).statusCode).toBe(403);
    expect((await employee.get('/api/v1/quotes')).statusCode).toBe(403);

    const actions = await auditActions(owner.client, '&group=team');
    expect(actions).toEqual(
      expect.arrayContaining([
        'team.userInvited',
        'team.invitationAccepted',
        'team.modulesChanged',
      ]),
    );
  });

  it('makes an employee an owner and back, effective on the next request', async () => {
    const owner = await signedUpClient(t.app);
    const employee = await employeeClient(t.app, owner.client);
    await owner.client.patch(`/api/v1/team/users/${employee.userId}`, { role: 'owner' });
    expect((await employee.client.get('/api/v1/team/users')).statusCode).toBe(200);
    expect((await employee.client.get('/api/v1/me')).json<Me>().role).toBe('owner');
    await owner.client.patch(`/api/v1/team/users/${employee.userId}`, { role: 'employee' });
    expect((await employee.client.get('/api/v1/team/users')).statusCode).toBe(403);
    expect(await auditActions(owner.client, '&group=team')).toContain('team.roleChanged');
  });

  it('keeps invitations single use, hashed, and valid for 7 days', async () => {
    const owner = await signedUpClient(t.app, { companyName: 'Invitations BV' });
    const created = await createUser(owner.client);
    const url = created.invitation?.url ?? '';
    const token = tokenOf(url);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);

    const stored = await sql<{ token_hash: string; expires_at: Date }>`
      select token_hash, expires_at from invitations where user_id = ${created.member.userId}`.execute(
      t.database.db,
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored.rows)).not.toContain(token);

    const info = await new Client(t.app).get(`/api/v1/invitations/${token}`);
    expect(info.json()).toMatchObject({
      organizationName: 'Invitations BV',
      email: created.member.email,
      accountExists: false,
    });

    // A weak password is refused like at sign-up, and the link still works afterwards.
    const weak = await new Client(t.app).post(`/api/v1/invitations/${token}/accept`, {
      firstName: 'Luc',
      lastName: 'Peeters',
      password: 'password1234',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields).toHaveProperty('password');

    await acceptInvitation(t.app, url);
    const again = await new Client(t.app).post(`/api/v1/invitations/${token}/accept`, {
      firstName: 'Eve',
      lastName: 'Evil',
      password: STRONG_PASSWORD,
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('invitation.invalid');

    // The invited user logs in with the chosen password.
    const login = await new Client(t.app).post('/api/v1/auth/login', {
      email: created.member.email,
      password: STRONG_PASSWORD,
    });
    expect(login.statusCode).toBe(200);

    const late = await createUser(owner.client);
    t.clock.advance(7 * DAY + 60_000);
    try {
      const expired = await new Client(t.app).get(
        `/api/v1/invitations/${tokenOf(late.invitation?.url ?? '')}`,
      );
      expect(expired.statusCode).toBe(404);
      // A new link replaces the old one.
      const renewed = await owner.client.post(
        `/api/v1/team/users/${late.member.userId}/invitation`,
      );
      expect(renewed.statusCode).toBe(200);
      const link = renewed.json<InvitationLink>();
      expect(link.url).not.toBe(late.invitation?.url);
      await acceptInvitation(t.app, link.url);
    } finally {
      t.clock.advance(-(7 * DAY + 60_000));
    }
    const list = await members(owner.client);
    expect(list.find((m) => m.userId === late.member.userId)?.status).toBe('active');
    expect(
      (await owner.client.post(`/api/v1/team/users/${late.member.userId}/invitation`)).statusCode,
    ).toBe(409);
  });

  it('an invited account cannot be logged into before the password is chosen', async () => {
    const owner = await signedUpClient(t.app);
    const created = await createUser(owner.client);
    const login = await new Client(t.app).post('/api/v1/auth/login', {
      email: created.member.email,
      password: '',
    });
    expect(login.statusCode).toBe(400);
    const guess = await new Client(t.app).post('/api/v1/auth/login', {
      email: created.member.email,
      password: STRONG_PASSWORD,
    });
    expect(guess.statusCode).toBe(401);
  });

  it('adds an email that already has a Facto account directly, without a new password', async () => {
    const owner = await signedUpClient(t.app);
    const other = await signedUpClient(t.app, { companyName: 'Other SRL' });
    const created = await createUser(owner.client, {
      email: other.input.email.toUpperCase(),
      role: 'owner',
    });
    expect(created.invitation).toBeNull();
    expect(created.member).toMatchObject({ status: 'active', role: 'owner' });
    const me = (await other.client.get('/api/v1/me')).json<Me>();
    expect(me.organizations.map((o) => o.organizationId).sort()).toEqual(
      [owner.me.organization.id, other.me.organization.id].sort(),
    );
    expect(await auditActions(owner.client, '&group=team')).toContain('team.userAdded');
    // The same person twice: refused, nothing changes.
    const twice = await owner.client.post('/api/v1/team/users', {
      email: other.input.email,
      firstName: 'X',
      lastName: 'Y',
      role: 'employee',
      modules: [],
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('team.alreadyMember');
  });

  it('never lets users edit or remove their own entry', async () => {
    const owner = await signedUpClient(t.app);
    const list = await members(owner.client);
    expect(list).toEqual([expect.objectContaining({ self: true, role: 'owner' })]);
    const self = owner.me.user.id;
    for (const response of [
      await owner.client.patch(`/api/v1/team/users/${self}`, { role: 'employee' }),
      await owner.client.patch(`/api/v1/team/users/${self}`, { active: false }),
      await owner.client.delete(`/api/v1/team/users/${self}`),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('team.self');
    }
    expect((await owner.client.get('/api/v1/me')).json<Me>().role).toBe('owner');
  });

  it('never leaves an organization without an owner, even when two owners demote each other at once', async () => {
    const a = await signedUpClient(t.app);
    const created = await createUser(a.client, { role: 'owner' });
    const b = await acceptInvitation(t.app, created.invitation?.url ?? '');
    const [first, second] = await Promise.all([
      a.client.patch(`/api/v1/team/users/${b.me.user.id}`, { role: 'employee' }),
      b.client.patch(`/api/v1/team/users/${a.me.user.id}`, { role: 'employee' }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 403]);
    const owners = await sql<{ n: number }>`
      select count(*)::int as n from memberships
      where organization_id = ${a.me.organization.id} and role = 'owner' and deactivated_at is null`.execute(
      t.database.db,
    );
    expect(owners.rows[0]?.n).toBe(1);

    // The remaining owner cannot remove or deactivate the other owner if that would leave none:
    // they can only act on others, so there is always one left.
    const survivor = first.statusCode === 200 ? a : b;
    const list = await members(survivor.client);
    expect(list.filter((m) => m.role === 'owner')).toEqual([
      expect.objectContaining({ self: true }),
    ]);
  });

  it('deactivates and removes users: their sessions end at once', async () => {
    const owner = await signedUpClient(t.app);
    const employee = await employeeClient(t.app, owner.client, ['invoices']);
    expect((await employee.client.get('/api/v1/invoices')).statusCode).toBe(200);

    const off = await owner.client.patch(`/api/v1/team/users/${employee.userId}`, {
      active: false,
    });
    expect(off.json<TeamMember>().status).toBe('deactivated');
    expect((await employee.client.get('/api/v1/invoices')).statusCode).toBe(401);
    const login = await new Client(t.app).post('/api/v1/auth/login', {
      email: employee.email,
      password: STRONG_PASSWORD,
    });
    expect(login.statusCode).toBe(401);

    await owner.client.patch(`/api/v1/team/users/${employee.userId}`, { active: true });
    const back = new Client(t.app);
    expect(
      (await back.post('/api/v1/auth/login', { email: employee.email, password: STRONG_PASSWORD }))
        .statusCode,
    ).toBe(200);
    expect((await back.get('/api/v1/invoices')).statusCode).toBe(200);

    expect((await owner.client.delete(`/api/v1/team/users/${employee.userId}`)).statusCode).toBe(
      204,
    );
    expect((await back.get('/api/v1/invoices')).statusCode).toBe(401);
    expect((await members(owner.client)).map((m) => m.userId)).not.toContain(employee.userId);
    expect(await auditActions(owner.client, '&group=team')).toEqual(
      expect.arrayContaining(['team.userDeactivated', 'team.userReactivated', 'team.userRemoved']),
    );
  });

  it('forgets an invited account removed before it chose a password', async () => {
    const owner = await signedUpClient(t.app);
    const created = await createUser(owner.client);
    await owner.client.delete(`/api/v1/team/users/${created.member.userId}`);
    const rows = await sql`select id from users where id = ${created.member.userId}`.execute(
      t.database.db,
    );
    expect(rows.rows).toEqual([]);
    expect(
      (await new Client(t.app).get(`/api/v1/invitations/${tokenOf(created.invitation?.url ?? '')}`))
        .statusCode,
    ).toBe(404);
  });
});

describe('accountants', () => {
  it('signs up without a company and lands on an account home', async () => {
    const { client, account, email } = await accountantClient(t.app);
    expect(account).toMatchObject({
      isAccountant: true,
      currentOrganizationId: null,
      organizations: [],
    });
    const me = await client.get('/api/v1/me');
    expect(me.statusCode).toBe(403);
    expect(me.json().error.code).toBe('noOrganization');
    expect((await client.get('/api/v1/customers')).statusCode).toBe(403);
    expect((await client.get('/api/v1/me/account')).json<Account>().user.email).toBe(email);

    // Logging in again: the account, not a company.
    await client.post('/api/v1/auth/logout');
    const login = await client.post('/api/v1/auth/login', { email, password: STRONG_PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(login.json<Account>()).toMatchObject({
      isAccountant: true,
      currentOrganizationId: null,
    });
  });

  it('refuses an email without an accountant account and adds nothing', async () => {
    const owner = await signedUpClient(t.app);
    const regular = await signedUpClient(t.app);
    for (const email of [uniqueEmail('nobody'), regular.input.email]) {
      const response = await owner.client.post('/api/v1/team/accountants', { email });
      expect(response.statusCode).toBe(404);
      expect(response.json().error).toMatchObject({
        code: 'team.noAccountantAccount',
        fields: { email: expect.any(String) },
      });
    }
    expect(await members(owner.client)).toHaveLength(1);
  });

  it('links an accountant to two companies, who switches between them; the owner removes them', async () => {
    const first = await signedUpClient(t.app, { companyName: 'Eerste BV' });
    const second = await signedUpClient(t.app, { companyName: 'Tweede BV' });
    await createCustomer(first.client, 'Klant van Eerste');
    const accountant = await accountantClient(t.app);

    const added = await first.client.post('/api/v1/team/accountants', {
      email: accountant.email.toUpperCase(),
    });
    expect(added.statusCode).toBe(201);
    expect(added.json<TeamMember>()).toMatchObject({ role: 'accountant', external: true });
    await second.client.post('/api/v1/team/accountants', { email: accountant.email });
    await first.client.post('/api/v1/team/users', {
      email: uniqueEmail('zz'),
      firstName: 'Zoë',
      lastName: 'Zomers',
      role: 'employee',
      modules: [],
    });
    // At the bottom of the list, after every internal user.
    const list = await members(first.client);
    expect(list.at(-1)).toMatchObject({ email: accountant.email, external: true });

    const account = (await accountant.client.get('/api/v1/me/account')).json<Account>();
    expect(account.organizations.map((o) => o.name).sort()).toEqual(['Eerste BV', 'Tweede BV']);

    const inFirst = await accountant.client.post('/api/v1/me/organization', {
      organizationId: first.me.organization.id,
    });
    expect(inFirst.json<Me>()).toMatchObject({ role: 'accountant' });
    // Full access: every module.
    expect(inFirst.json<Me>().permissions).toEqual(
      expect.arrayContaining(['invoices', 'payments', 'settings', 'purchases']),
    );
    const customers = await accountant.client.get('/api/v1/customers');
    expect(customers.json().items.map((c: { name: string }) => c.name)).toContain(
      'Klant van Eerste',
    );
    expect((await accountant.client.get('/api/v1/invoices')).statusCode).toBe(200);
    // Full access to the data, not to the team.
    expect((await accountant.client.get('/api/v1/team/users')).statusCode).toBe(403);

    const inSecond = await accountant.client.post('/api/v1/me/organization', {
      organizationId: second.me.organization.id,
    });
    expect(inSecond.json<Me>().organization.name).toBe('Tweede BV');
    expect((await accountant.client.get('/api/v1/customers')).json().items).toEqual([]);

    // An accountant's access is not edited, only removed.
    const edit = await second.client.patch(`/api/v1/team/users/${account.user.id}`, {
      role: 'owner',
    });
    expect(edit.statusCode).toBe(409);

    expect((await second.client.delete(`/api/v1/team/users/${account.user.id}`)).statusCode).toBe(
      204,
    );
    expect((await accountant.client.get('/api/v1/customers')).statusCode).toBe(401);
    const login = await accountant.client.post('/api/v1/auth/login', {
      email: accountant.email,
      password: STRONG_PASSWORD,
    });
    expect(login.json<Me>().organizations.map((o) => o.name)).toEqual(['Eerste BV']);
    expect(await auditActions(second.client, '&group=access')).toEqual(
      expect.arrayContaining(['team.accountantAdded', 'team.accountantRemoved']),
    );
  });
});

describe('support staff access (GDPR tab)', () => {
  it('opens an organization only while its owner allows it, read-only and audited', async () => {
    const owner = await signedUpClient(t.app, { companyName: 'Support Test SRL' });
    await createCustomer(owner.client, 'Client visible by support');
    const support = await accountantClient(t.app, SUPPORT_EMAIL);
    expect((await support.client.get('/api/v1/me/account')).json<Account>().isSupport).toBe(true);

    const gdpr = (await owner.client.get('/api/v1/settings/gdpr')).json<GdprOverview>();
    expect(gdpr.supportAccess).toBe(false);
    const refused = await support.client.post('/api/v1/support/sessions', {
      organizationId: owner.me.organization.id,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('support.accessOff');
    const hidden = await support.client.get('/api/v1/support/organizations?q=support test');
    expect(hidden.json()).toEqual([]);

    expect(
      (await owner.client.put('/api/v1/settings/gdpr', { supportAccess: true })).statusCode,
    ).toBe(200);
    const listed = await support.client.get('/api/v1/support/organizations?q=support test');
    expect(listed.json()).toEqual([expect.objectContaining({ id: owner.me.organization.id })]);
    const opened = await support.client.post('/api/v1/support/sessions', {
      organizationId: owner.me.organization.id,
    });
    expect(opened.statusCode).toBe(200);
    expect(opened.json<Me>()).toMatchObject({ role: 'support' });
    const customers = await support.client.get('/api/v1/customers');
    expect(customers.json().items.map((c: { name: string }) => c.name)).toContain(
      'Client visible by support',
    );
    const write = await support.client.post('/api/v1/customers', {
      kind: 'company',
      name: 'Written by support',
      language: 'fr',
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('support.readOnly');

    const overview = (await owner.client.get('/api/v1/settings/gdpr')).json<GdprOverview>();
    expect(overview.supportSessions).toEqual([
      expect.objectContaining({ email: SUPPORT_EMAIL, ip: expect.any(String) }),
    ]);
    expect(await auditActions(owner.client, '&group=access')).toEqual(
      expect.arrayContaining(['support.access', 'support.accessEnabled']),
    );

    // Switched off: the support session leaves the organization on its next request.
    await owner.client.put('/api/v1/settings/gdpr', { supportAccess: false });
    const after = await support.client.get('/api/v1/customers');
    expect(after.statusCode).toBe(403);
    expect(after.json().error.code).toBe('noOrganization');
  });

  it('refuses support actions to anyone else', async () => {
    const owner = await signedUpClient(t.app);
    await owner.client.put('/api/v1/settings/gdpr', { supportAccess: true });
    const stranger = await signedUpClient(t.app);
    const response = await stranger.client.post('/api/v1/support/sessions', {
      organizationId: owner.me.organization.id,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('support.only');
    expect((await stranger.client.get('/api/v1/support/organizations')).statusCode).toBe(403);
  });

  it('lists every user with access: role, last login, password strength and two-factor', async () => {
    const owner = await signedUpClient(t.app);
    const employee = await employeeClient(t.app, owner.client, ['quotes']);
    const invited = await createUser(owner.client);
    const accountant = await accountantClient(t.app);
    await owner.client.post('/api/v1/team/accountants', { email: accountant.email });
    const overview = (await owner.client.get('/api/v1/settings/gdpr')).json<GdprOverview>();
    const rows = overview.users.map((u) => [u.email, u.role, u.external, u.status]);
    expect(rows).toHaveLength(4);
    expect(rows).toEqual(
      expect.arrayContaining([
        [owner.input.email, 'owner', false, 'active'],
        [employee.email, 'employee', false, 'active'],
        [invited.member.email, 'employee', false, 'invited'],
      ]),
    );
    expect(rows.at(-1)).toEqual([accountant.email, 'accountant', true, 'active']);
    for (const user of overview.users.filter((u) => u.status === 'active')) {
      expect(user.passwordScore).toBeGreaterThanOrEqual(3);
      expect(user.twoFactorEnabled).toBe(false);
      expect(user.lastLoginAt).not.toBeNull();
    }
    expect(overview.users.find((u) => u.status === 'invited')?.passwordScore).toBeNull();

    // Owners only.
    expect((await employee.client.get('/api/v1/settings/gdpr')).statusCode).toBe(403);
  });
});

describe('audit log', () => {
  it('filters by action group, user and dates, paginated on the server', async () => {
    const owner = await signedUpClient(t.app);
    const employee = await employeeClient(t.app, owner.client, ['settings']);
    await owner.client.patch('/api/v1/me', { language: 'nl' });
    t.clock.advance(3 * DAY);
    try {
      await owner.client.put('/api/v1/settings/gdpr', { supportAccess: true });
      await owner.client.patch(`/api/v1/team/users/${employee.userId}`, { modules: ['quotes'] });
      const today = new Date(t.clock.now()).toISOString().slice(0, 10);
      const earlier = new Date(t.clock.now().getTime() - 3 * DAY).toISOString().slice(0, 10);

      const all = (await owner.client.get('/api/v1/audit-log?pageSize=100')).json<AuditLogPage>();
      expect(all.items.map((i) => i.action)).toEqual(
        expect.arrayContaining([
          'organization.created',
          'team.userInvited',
          'team.invitationAccepted',
          'user.updated',
          'support.accessEnabled',
          'team.modulesChanged',
        ]),
      );
      // Newest first, with who and from where.
      expect(all.items[0]).toMatchObject({
        action: 'team.modulesChanged',
        group: 'team',
        user: { id: owner.me.user.id, email: owner.input.email },
        ip: expect.any(String),
        entityId: employee.userId,
      });

      const team = (await owner.client.get('/api/v1/audit-log?group=team')).json<AuditLogPage>();
      expect(new Set(team.items.map((i) => i.group))).toEqual(new Set(['team']));

      const byEmployee = (
        await owner.client.get(`/api/v1/audit-log?userId=${employee.userId}`)
      ).json<AuditLogPage>();
      expect(byEmployee.items.map((i) => i.action)).toEqual(['team.invitationAccepted']);

      const onlyToday = (
        await owner.client.get(`/api/v1/audit-log?from=${today}&to=${today}`)
      ).json<AuditLogPage>();
      expect(onlyToday.items.map((i) => i.action).sort()).toEqual([
        'support.accessEnabled',
        'team.modulesChanged',
      ]);
      const before = (
        await owner.client.get(`/api/v1/audit-log?from=${earlier}&to=${earlier}`)
      ).json<AuditLogPage>();
      expect(before.items.map((i) => i.action)).not.toContain('team.modulesChanged');

      const page = (
        await owner.client.get('/api/v1/audit-log?pageSize=2&page=2')
      ).json<AuditLogPage>();
      expect(page).toMatchObject({ page: 2, pageSize: 2, total: all.total });
      expect(page.items.map((i) => i.id)).toEqual(all.items.slice(2, 4).map((i) => i.id));

      const badRange = await owner.client.get(`/api/v1/audit-log?from=${today}&to=${earlier}`);
      expect(badRange.statusCode).toBe(400);

      // Owners only: an employee with the settings module is refused.
      expect((await employee.client.get('/api/v1/audit-log')).statusCode).toBe(403);
    } finally {
      t.clock.advance(-3 * DAY);
    }
  });

  it('records failed logins with the client address', async () => {
    const owner = await signedUpClient(t.app);
    const client = new Client(t.app, '10.9.8.7');
    await client.post('/api/v1/auth/login', {
      email: owner.input.email,
      password: 'wrong password!',
    });
    const page = (await owner.client.get('/api/v1/audit-log?group=logins')).json<AuditLogPage>();
    expect(page.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'auth.login_failed', ip: '10.9.8.7' }),
      ]),
    );
  });
});

describe('invitation e-mail', () => {
  it('sends the link through Facto’s general sender when there is one, in the user’s language', async () => {
    const smtp = await TestSmtpServer.start();
    const mailing = await createTestApp({
      smtpUrl: `smtp://127.0.0.1:${smtp.port}?tls=none`,
      mailFrom: 'Facto <no-reply@facto.example.be>',
      publicUrl: 'https://facto.example.be',
    });
    try {
      const owner = await signedUpClient(mailing.app, {
        companyName: 'Plomberie Mailing',
        language: 'nl',
      });
      const created = await createUser(owner.client, { firstName: 'Sofie' });
      expect(created.invitation).toMatchObject({ emailed: true });
      expect(created.invitation?.url).toMatch(/^https:\/\/facto\.example\.be\/invite\//);
      // Queued like every e-mail of the company, sent by the e-mail job.
      expect(await mailing.jobs.drain('email.send')).toBe(1);
      const { rows } = await sql<{ status: string; error: string | null }>`
        select status, error from email_messages
        where kind = 'invitation' and ${created.member.email} = any (recipients)`.execute(
        mailing.database.db,
      );
      expect(rows).toEqual([{ status: 'sent', error: null }]);
      await smtp.waitFor(1);
      const [mail] = smtp.messages;
      expect(mail?.envelope.to).toEqual([created.member.email]);
      expect(mail?.parsed.subject).toBe('Marie Dupont nodigt u uit op Facto (Plomberie Mailing)');
      expect(mail?.parsed.text).toContain(created.invitation?.url);
      expect(mail?.parsed.text).toContain('Hallo Sofie');
    } finally {
      await mailing.close();
      await smtp.stop();
    }
  }, 120_000);

  it('lands in the built-in mailbox without any SMTP server, readable by owners only', async () => {
    const owner = await signedUpClient(t.app, { companyName: 'Plomberie Sans SMTP' });
    const created = await createUser(owner.client, { firstName: 'Sofie', modules: ['settings'] });
    expect(created.invitation?.emailed).toBe(false);
    expect(await t.jobs.drain('email.send')).toBeGreaterThanOrEqual(1);
    const page = (await owner.client.get('/api/v1/mailbox')).json<MailboxPage>();
    const invitations = page.items.filter((item) => item.kind === 'invitation');
    expect(invitations.map((m) => [m.status, m.transport, m.to, m.subject])).toEqual([
      [
        'sent',
        'mailbox',
        [created.member.email],
        'Marie Dupont vous invite sur Facto (Plomberie Sans SMTP)',
      ],
    ]);
    const message = (
      await owner.client.get(`/api/v1/mailbox/${invitations[0]?.id ?? ''}`)
    ).json<MailboxMessage>();
    expect(message.text).toContain(created.invitation?.url ?? 'missing');
    expect(message.text).toContain('Bonjour Sofie,');
    // The link sets a password: an employee with the settings module does not read it.
    const employee = await acceptInvitation(t.app, created.invitation?.url ?? '');
    const seen = (await employee.client.get('/api/v1/mailbox')).json<MailboxPage>();
    expect(seen.items.filter((item) => item.kind === 'invitation')).toEqual([]);
    expect(
      (await employee.client.get(`/api/v1/mailbox/${invitations[0]?.id ?? ''}`)).statusCode,
    ).toBe(404);
  });
});
