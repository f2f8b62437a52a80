import { describe, expect, it } from 'vitest';
import type { Session } from '../../../contract/index.js';
import { Client, signedUpClient, useTestApp } from '../../../../tests/server/test-app.js';

const t = useTestApp();

async function loginFrom(email: string, password: string, userAgent: string) {
  const client = new Client(t.app);
  const response = await client.post(
    '/api/v1/auth/login',
    { email, password },
    { 'user-agent': userAgent },
  );
  expect(response.statusCode).toBe(200);
  return client;
}

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

describe('sessions list', () => {
  it('lists the user’s sessions with device, address and times, the current one marked', async () => {
    const { client, input } = await signedUpClient(t.app);
    await loginFrom(input.email, input.password, FIREFOX);
    await loginFrom(input.email, input.password, IPHONE);
    const stranger = await signedUpClient(t.app);

    const list = (await client.get('/api/v1/me/sessions')).json<Session[]>();
    expect(list).toHaveLength(3);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    expect(list.map((s) => s.userAgent)).toEqual(expect.arrayContaining([FIREFOX, IPHONE]));
    for (const session of list) {
      expect(session.ip).toMatch(/^10\./);
      expect(Date.parse(session.createdAt)).not.toBeNaN();
      expect(Date.parse(session.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(session.createdAt));
    }
    const theirs = (await stranger.client.get('/api/v1/me/sessions')).json<Session[]>();
    expect(theirs).toHaveLength(1);
    expect(list.map((s) => s.id)).not.toContain(theirs[0]?.id);
  });

  it('updates "last seen" as the session is used (at most every five minutes)', async () => {
    const { client } = await signedUpClient(t.app);
    const [first] = (await client.get('/api/v1/me/sessions')).json<Session[]>();
    t.clock.advance(6 * 60_000);
    await client.get('/api/v1/me');
    const [later] = (await client.get('/api/v1/me/sessions')).json<Session[]>();
    expect(Date.parse(later?.lastSeenAt ?? '')).toBeGreaterThan(
      Date.parse(first?.lastSeenAt ?? '') + 5 * 60_000,
    );
  });
});

describe('ending sessions', () => {
  it('ends one session by its id, and not another user’s', async () => {
    const { client, input } = await signedUpClient(t.app);
    const phone = await loginFrom(input.email, input.password, IPHONE);
    const stranger = await signedUpClient(t.app);
    const list = (await client.get('/api/v1/me/sessions')).json<Session[]>();
    const target = list.find((s) => s.userAgent === IPHONE);

    const foreign = (await stranger.client.get('/api/v1/me/sessions')).json<Session[]>()[0];
    expect((await client.delete(`/api/v1/me/sessions/${foreign?.id}`)).statusCode).toBe(404);
    expect((await stranger.client.get('/api/v1/me')).statusCode).toBe(200);
    expect((await client.delete('/api/v1/me/sessions/not-a-uuid')).statusCode).toBe(400);

    expect((await client.delete(`/api/v1/me/sessions/${target?.id}`)).statusCode).toBe(204);
    expect((await phone.get('/api/v1/me')).statusCode).toBe(401);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    expect((await client.get('/api/v1/me/sessions')).json()).toHaveLength(1);
    expect((await client.delete(`/api/v1/me/sessions/${target?.id}`)).statusCode).toBe(404);
  });

  it('ending the current session logs out', async () => {
    const { client } = await signedUpClient(t.app);
    const [current] = (await client.get('/api/v1/me/sessions')).json<Session[]>();
    expect((await client.delete(`/api/v1/me/sessions/${current?.id}`)).statusCode).toBe(204);
    expect(client.cookies.has('facto_session')).toBe(false);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('logs out every other session, and writes the audit rows', async () => {
    const { client, input, me } = await signedUpClient(t.app);
    const devices = [
      await loginFrom(input.email, input.password, FIREFOX),
      await loginFrom(input.email, input.password, IPHONE),
    ];
    const response = await client.post('/api/v1/me/sessions/revoke-others');
    expect(response.json()).toEqual({ revoked: 2 });
    for (const device of devices) expect((await device.get('/api/v1/me')).statusCode).toBe(401);
    const list = (await client.get('/api/v1/me/sessions')).json<Session[]>();
    expect(list.map((s) => s.current)).toEqual([true]);
    const actions = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('organization_id', '=', me.organization.id)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['auth.login', 'auth.sessions_revoked']),
    );
  });
});

describe('login audit and failed logins', () => {
  it('records the login and the failed login of an existing account', async () => {
    const { input, me } = await signedUpClient(t.app);
    const client = new Client(t.app);
    await client.post('/api/v1/auth/login', { email: input.email, password: 'wrong password!' });
    await client.post('/api/v1/auth/login', { email: input.email, password: input.password });
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('organization_id', '=', me.organization.id)
      .where('action', 'like', 'auth.%')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { action: 'auth.login_failed', data: {} },
      { action: 'auth.login', data: { secondFactor: 'none' } },
    ]);
  });
});

describe('without an SMS transport', () => {
  it('keeps two-factor login available and refuses mobile number checks', async () => {
    const { client } = await signedUpClient(t.app);
    expect((await client.get('/api/v1/me/two-factor')).json()).toMatchObject({
      smsAvailable: false,
      phone: null,
    });
    const response = await client.post('/api/v1/me/phone', { phone: '+32470123456' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('smsNotConfigured');
    expect((await client.post('/api/v1/me/two-factor/setup')).statusCode).toBe(200);
  });
});
