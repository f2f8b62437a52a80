import { describe, expect, it } from 'vitest';
import type { AppList, AuditLogPage, Me } from '../../../contract/index.js';
import {
  createSubscription,
  customer,
  runnerOf,
} from '../../../../tests/server/subscriptions-helpers.js';
import { employeeClient } from '../../../../tests/server/team-helpers.js';
import { signedUpClient, useTestApp } from '../../../../tests/server/test-app.js';

const t = useTestApp();

const enabled = (list: AppList) =>
  Object.fromEntries(list.items.map((app) => [app.id, [app.base, app.enabled]]));

describe('apps (the switchboard)', () => {
  it('lists the base apps as always on and the optional apps as on for a new company', async () => {
    const { client } = await signedUpClient(t.app);
    const response = await client.get('/api/v1/apps');
    expect(response.statusCode).toBe(200);
    expect(enabled(response.json<AppList>())).toEqual({
      customers: [true, true],
      products: [true, true],
      quotes: [true, true],
      invoices: [true, true],
      creditNotes: [true, true],
      payments: [true, true],
      peppol: [false, true],
      purchases: [false, true],
      reminders: [false, true],
      subscriptions: [false, true],
    });
  });

  it('switches an app off: its routes answer appDisabled at once, /me and the audit log say so, its data is kept', async () => {
    const { client: owner } = await signedUpClient(t.app);
    const before = await owner.get('/api/v1/reminder-settings');
    expect(before.statusCode).toBe(200);

    const off = await owner.put('/api/v1/apps/reminders', { enabled: false });
    expect(off.statusCode).toBe(200);
    expect(enabled(off.json<AppList>()).reminders).toEqual([false, false]);

    const refused = await owner.get('/api/v1/reminder-settings', { 'accept-language': 'fr' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toEqual({
      code: 'appDisabled',
      message:
        "Cette app est désactivée pour l'entreprise. Un propriétaire peut l'activer dans Paramètres → Apps.",
    });
    expect((await owner.get('/api/v1/me')).json<Me>().disabledApps).toEqual(['reminders']);
    // Other apps are untouched.
    expect((await owner.get('/api/v1/subscriptions')).statusCode).toBe(200);

    // Switching twice records once; switching on brings the same settings back.
    expect((await owner.put('/api/v1/apps/reminders', { enabled: false })).statusCode).toBe(200);
    const on = await owner.put('/api/v1/apps/reminders', { enabled: true });
    expect(enabled(on.json<AppList>()).reminders).toEqual([false, true]);
    const after = await owner.get('/api/v1/reminder-settings');
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual(before.json());
    expect((await owner.get('/api/v1/me')).json<Me>().disabledApps).toEqual([]);

    const audit = (await owner.get('/api/v1/audit-log?pageSize=100')).json<AuditLogPage>();
    const events = audit.items
      .filter((entry) => entry.action.startsWith('organization.app_'))
      .map((entry) => [entry.action, entry.data.app]);
    expect(events).toEqual([
      ['organization.app_enabled', 'reminders'],
      ['organization.app_disabled', 'reminders'],
    ]);
  });

  it('lets only an owner switch, tells an employee apart (moduleForbidden) from a switched-off app', async () => {
    const { client: owner } = await signedUpClient(t.app);
    const { client: employee } = await employeeClient(t.app, owner, ['settings', 'invoices']);
    const refused = await employee.put('/api/v1/apps/peppol', { enabled: false });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('ownerOnly');
    expect(enabled((await employee.get('/api/v1/apps')).json<AppList>()).peppol).toEqual([
      false,
      true,
    ]);

    const { client: clerk } = await employeeClient(t.app, owner, []);
    const noModule = await clerk.get('/api/v1/invoices');
    expect(noModule.statusCode).toBe(403);
    expect(noModule.json().error.code).toBe('moduleForbidden');

    await owner.put('/api/v1/apps/subscriptions', { enabled: false });
    const appOff = await employee.get('/api/v1/subscriptions');
    expect(appOff.json().error.code).toBe('appDisabled');
  });

  it('refuses a base app or an unknown app, and a body that is not a switch', async () => {
    const { client: owner } = await signedUpClient(t.app);
    for (const app of ['invoices', 'stock']) {
      const response = await owner.put(`/api/v1/apps/${app}`, { enabled: false });
      expect(response.statusCode, app).toBe(400);
      expect(Object.keys(response.json().error.fields), app).toEqual(['params.app']);
    }
    const bad = await owner.put('/api/v1/apps/peppol', { enabled: 'no' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['enabled']);
    expect(enabled((await owner.get('/api/v1/apps')).json<AppList>()).peppol).toEqual([
      false,
      true,
    ]);
  });

  it("pauses a switched-off app's scheduled run and picks up again once it is back on", async () => {
    const { client: owner, me } = await signedUpClient(t.app);
    const organizationId = me.organization.id;
    const today = t.clock.now().toISOString().slice(0, 10);
    const contact = await customer(owner);
    await createSubscription(owner, contact.id, { startDate: today, creationHour: 0 });
    const runner = runnerOf(t);

    await owner.put('/api/v1/apps/subscriptions', { enabled: false });
    expect(await runner.runDue(t.clock.now(), { organizationId })).toEqual({
      created: 0,
      failed: 0,
    });
    await owner.put('/api/v1/apps/subscriptions', { enabled: true });
    expect(await runner.runDue(t.clock.now(), { organizationId })).toEqual({
      created: 1,
      failed: 0,
    });
  });
});
