import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Me,
  RecoveryCodes,
  SmsOutboxMessage,
  TwoFactorSetup,
  TwoFactorStatus,
} from '../../../contract/index.js';
import {
  Client,
  createTestApp,
  signedUpClient,
  type TestApp,
} from '../../../../tests/server/test-app.js';

const run = promisify(execFile);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ sms: 'outbox' });
});
afterAll(() => t.close());

/**
 * The code an authenticator app shows at the test clock's time, computed by oathtool (OATH
 * Toolkit), an implementation independent of ours.
 */
async function oathtool(secret: string, at = t.clock.now()): Promise<string> {
  const seconds = Math.floor(at.getTime() / 1000);
  const { stdout } = await run('oathtool', ['--totp', '-b', `--now=@${seconds}`, secret]);
  return stdout.trim();
}

/** Moves to the next 30-second step, so a fresh code exists (the last one was used). */
function nextStep(): void {
  t.clock.advance(30_000);
}

async function withTwoFactor() {
  const account = await signedUpClient(t.app);
  const setup = (await account.client.post('/api/v1/me/two-factor/setup')).json<TwoFactorSetup>();
  const enabled = await account.client.post('/api/v1/me/two-factor/enable', {
    code: await oathtool(setup.secret),
  });
  expect(enabled.statusCode).toBe(200);
  const { recoveryCodes } = enabled.json<RecoveryCodes>();
  return { ...account, secret: setup.secret, recoveryCodes };
}

/** Step one of a login from a new device: the password. */
async function passwordStep(email: string, password: string) {
  const client = new Client(t.app);
  const response = await client.post('/api/v1/auth/login', { email, password });
  return { client, response };
}

async function auditActions(organizationId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('audit_log')
    .select('action')
    .where('organization_id', '=', organizationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.action);
}

describe('activating two-factor login', () => {
  it('gives a secret, its otpauth URI and QR code, and turns on with a code from the app', async () => {
    const { client, me } = await signedUpClient(t.app);
    const before = (await client.get('/api/v1/me/two-factor')).json<TwoFactorStatus>();
    expect(before).toMatchObject({ enabled: false, recoveryCodesLeft: 0, smsAvailable: true });

    const setup = (await client.post('/api/v1/me/two-factor/setup')).json<TwoFactorSetup>();
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.otpauthUri).toBe(
      `otpauth://totp/Facto:${encodeURIComponent(me.user.email)}?secret=${setup.secret}&issuer=Facto&algorithm=SHA1&digits=6&period=30`,
    );
    expect(setup.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    // Not on until confirmed: logging in still takes the password only.
    expect((await client.get('/api/v1/me/two-factor')).json().enabled).toBe(false);

    const wrong = await client.post(
      '/api/v1/me/two-factor/enable',
      { code: '000000' === (await oathtool(setup.secret)) ? '111111' : '000000' },
      { 'accept-language': 'fr' },
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.code).toBe(
      'Ce code est incorrect ou a déjà été utilisé. Attendez le code suivant et réessayez.',
    );
    const malformed = await client.post('/api/v1/me/two-factor/enable', { code: '12ab56' });
    expect(malformed.json().error.fields).toHaveProperty('code');

    const enabled = await client.post('/api/v1/me/two-factor/enable', {
      code: await oathtool(setup.secret),
    });
    expect(enabled.statusCode).toBe(200);
    const { recoveryCodes } = enabled.json<RecoveryCodes>();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^([a-z2-9]{4}-){3}[a-z2-9]{4}$/);

    const after = (await client.get('/api/v1/me/two-factor')).json<TwoFactorStatus>();
    expect(after).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    expect((await client.get('/api/v1/me')).json<Me>().twoFactor).toEqual({
      enabled: true,
      requiredByOrganization: false,
    });
    // Stored sealed, recovery codes hashed: neither appears in clear in the database.
    const row = await t.database.db
      .selectFrom('users')
      .select(['two_factor_secret', 'two_factor_pending_secret'])
      .where('id', '=', me.user.id)
      .executeTakeFirstOrThrow();
    expect(row.two_factor_secret).toMatch(/^v1\./);
    expect(row.two_factor_secret).not.toContain(setup.secret);
    expect(row.two_factor_pending_secret).toBeNull();
    const hashes = await t.database.db
      .selectFrom('two_factor_recovery_codes')
      .select('code_hash')
      .where('user_id', '=', me.user.id)
      .execute();
    expect(hashes.map((h) => h.code_hash)).not.toContain(recoveryCodes[0]);
    expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h.code_hash))).toBe(true);

    // A second set-up is refused while it is on.
    expect((await client.post('/api/v1/me/two-factor/setup')).statusCode).toBe(409);
  });

  it('gives the session a new identifier and ends the sessions opened with the password alone', async () => {
    const { client, input } = await signedUpClient(t.app);
    const other = await passwordStep(input.email, input.password);
    expect(other.response.statusCode).toBe(200);
    const before = client.cookies.get('facto_session');
    const setup = (await client.post('/api/v1/me/two-factor/setup')).json<TwoFactorSetup>();
    await client.post('/api/v1/me/two-factor/enable', { code: await oathtool(setup.secret) });
    expect(client.cookies.get('facto_session')).not.toBe(before);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `facto_session=${before}` },
    });
    expect(stale.statusCode).toBe(401);
    expect((await other.client.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('logging in with two-factor', () => {
  it('asks for the code after the password, without a session, and opens it with the code', async () => {
    const { input, secret } = await withTwoFactor();
    const { client, response } = await passwordStep(input.email, input.password);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ twoFactorRequired: true });
    const cookies = response.cookies as { name: string; httpOnly?: boolean; path?: string }[];
    expect(cookies.find((c) => c.name === 'facto_session')).toBeUndefined();
    expect(cookies.find((c) => c.name === 'facto_pending_login')).toMatchObject({
      httpOnly: true,
      path: '/api/v1/auth',
    });
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);

    nextStep();
    const done = await client.post('/api/v1/auth/two-factor', { code: await oathtool(secret) });
    expect(done.statusCode).toBe(200);
    expect(done.json<Me>().user.email).toBe(input.email);
    expect(client.cookies.has('facto_pending_login')).toBe(false);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('refuses a code that was already used, and accepts the next one', async () => {
    const { input, secret } = await withTwoFactor();
    nextStep();
    const code = await oathtool(secret);
    const first = await passwordStep(input.email, input.password);
    expect((await first.client.post('/api/v1/auth/two-factor', { code })).statusCode).toBe(200);

    const second = await passwordStep(input.email, input.password);
    const replay = await second.client.post(
      '/api/v1/auth/two-factor',
      { code },
      { 'accept-language': 'nl' },
    );
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error).toEqual({
      code: 'invalidTwoFactorCode',
      message: 'Deze code is ongeldig of werd al gebruikt.',
    });
    expect((await second.client.get('/api/v1/me')).statusCode).toBe(401);
    nextStep();
    const next = await second.client.post('/api/v1/auth/two-factor', {
      code: await oathtool(secret),
    });
    expect(next.statusCode).toBe(200);
  });

  it('accepts each recovery code once, however it is typed', async () => {
    const { input, recoveryCodes, client: owner } = await withTwoFactor();
    const code = recoveryCodes[3] ?? '';
    const first = await passwordStep(input.email, input.password);
    const typed = ` ${code.toUpperCase().replaceAll('-', ' ')} `;
    const used = await first.client.post('/api/v1/auth/two-factor', { recoveryCode: typed });
    expect(used.statusCode).toBe(200);
    expect((await owner.get('/api/v1/me/two-factor')).json().recoveryCodesLeft).toBe(9);

    const again = await passwordStep(input.email, input.password);
    expect(
      (await again.client.post('/api/v1/auth/two-factor', { recoveryCode: code })).statusCode,
    ).toBe(401);
    expect(
      (await again.client.post('/api/v1/auth/two-factor', { recoveryCode: recoveryCodes[4] }))
        .statusCode,
    ).toBe(200);
  });

  it('takes exactly one of a code and a recovery code', async () => {
    const { input } = await withTwoFactor();
    const { client } = await passwordStep(input.email, input.password);
    for (const body of [{}, { code: '123456', recoveryCode: 'abcd-efgh-2345-6789' }]) {
      const response = await client.post('/api/v1/auth/two-factor', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toHaveProperty('code');
    }
  });

  it('needs the pending login of this browser, once, for ten minutes', async () => {
    const { input, secret } = await withTwoFactor();
    const stranger = new Client(t.app);
    nextStep();
    const orphan = await stranger.post('/api/v1/auth/two-factor', { code: await oathtool(secret) });
    expect(orphan.statusCode).toBe(401);
    expect(orphan.json().error.code).toBe('twoFactorLoginExpired');

    const { client } = await passwordStep(input.email, input.password);
    const pending = client.cookies.get('facto_pending_login');
    t.clock.advance(11 * 60_000);
    const late = await client.post('/api/v1/auth/two-factor', { code: await oathtool(secret) });
    expect(late.json().error.code).toBe('twoFactorLoginExpired');

    const fresh = await passwordStep(input.email, input.password);
    const token = fresh.client.cookies.get('facto_pending_login');
    expect(token).not.toBe(pending);
    expect(
      (await fresh.client.post('/api/v1/auth/two-factor', { code: await oathtool(secret) }))
        .statusCode,
    ).toBe(200);
    // The same pending-login cookie replayed from elsewhere opens nothing.
    const copy = new Client(t.app);
    copy.cookies.set('facto_pending_login', token ?? '');
    nextStep();
    const replay = await copy.post('/api/v1/auth/two-factor', { code: await oathtool(secret) });
    expect(replay.statusCode).toBe(401);
  });

  it('throttles wrong codes: 5 per pending login, 10 per account in 15 minutes, with Retry-After', async () => {
    const { input, secret, me } = await withTwoFactor();
    nextStep();
    const right = await oathtool(secret);
    const wrong = right === '123456' ? '654321' : '123456';

    const first = await passwordStep(input.email, input.password);
    for (let i = 0; i < 5; i++) {
      expect((await first.client.post('/api/v1/auth/two-factor', { code: wrong })).statusCode).toBe(
        401,
      );
    }
    const locked = await first.client.post(
      '/api/v1/auth/two-factor',
      { code: right },
      { 'accept-language': 'en' },
    );
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toMatch(/^\d+$/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    expect(locked.json().error).toEqual({
      code: 'tooManyAttempts',
      message: 'Too many attempts. Try again in 15 minutes.',
    });

    // The password again gives a new pending login, with its own five tries…
    const second = await passwordStep(input.email, input.password);
    for (let i = 0; i < 5; i++) {
      expect(
        (await second.client.post('/api/v1/auth/two-factor', { code: wrong })).statusCode,
      ).toBe(401);
    }
    // …but the account has had ten: any pending login is refused now, even with the right code.
    const third = await passwordStep(input.email, input.password);
    expect((await third.client.post('/api/v1/auth/two-factor', { code: right })).statusCode).toBe(
      429,
    );

    t.clock.advance(16 * 60_000);
    const later = await passwordStep(input.email, input.password);
    const opened = await later.client.post('/api/v1/auth/two-factor', {
      code: await oathtool(secret),
    });
    expect(opened.statusCode).toBe(200);
    const actions = await auditActions(me.organization.id);
    expect(actions.filter((a) => a === 'auth.two_factor_failed')).toHaveLength(10);
  });
});

describe('deactivating two-factor login', () => {
  it('needs the password and a code, then logins take the password alone', async () => {
    const { client, input, secret, me } = await withTwoFactor();
    nextStep();
    const noPassword = await client.post('/api/v1/me/two-factor/disable', {
      password: 'not my password',
      code: await oathtool(secret),
    });
    expect(noPassword.statusCode).toBe(400);
    expect(Object.keys(noPassword.json().error.fields)).toEqual(['password']);
    const noCode = await client.post('/api/v1/me/two-factor/disable', {
      password: input.password,
      code: '000000' === (await oathtool(secret)) ? '111111' : '000000',
    });
    expect(noCode.statusCode).toBe(400);
    expect(Object.keys(noCode.json().error.fields)).toEqual(['code']);
    expect((await client.get('/api/v1/me/two-factor')).json().enabled).toBe(true);

    const before = client.cookies.get('facto_session');
    const off = await client.post('/api/v1/me/two-factor/disable', {
      password: input.password,
      code: await oathtool(secret),
    });
    expect(off.statusCode).toBe(204);
    expect(client.cookies.get('facto_session')).not.toBe(before);
    expect((await client.get('/api/v1/me/two-factor')).json()).toMatchObject({
      enabled: false,
      recoveryCodesLeft: 0,
    });
    const login = await passwordStep(input.email, input.password);
    expect(login.response.json<Me>().user.email).toBe(input.email);

    const actions = await auditActions(me.organization.id);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.two_factor_enabled',
        'auth.two_factor_failed',
        'auth.two_factor_disabled',
        'auth.login',
      ]),
    );
  });

  it('accepts a recovery code instead of the app code (a lost phone)', async () => {
    const { client, input, recoveryCodes } = await withTwoFactor();
    const off = await client.post('/api/v1/me/two-factor/disable', {
      password: input.password,
      code: recoveryCodes[0],
    });
    expect(off.statusCode).toBe(204);
  });

  it('replaces the recovery codes on demand (password required)', async () => {
    const { client, input, recoveryCodes } = await withTwoFactor();
    const refused = await client.post('/api/v1/me/two-factor/recovery-codes', {
      password: 'wrong password!',
    });
    expect(refused.statusCode).toBe(400);
    const renewed = await client.post('/api/v1/me/two-factor/recovery-codes', {
      password: input.password,
    });
    const fresh = renewed.json<RecoveryCodes>().recoveryCodes;
    expect(fresh).toHaveLength(10);
    const { client: device } = await passwordStep(input.email, input.password);
    expect(
      (await device.post('/api/v1/auth/two-factor', { recoveryCode: recoveryCodes[0] })).statusCode,
    ).toBe(401);
    expect(
      (await device.post('/api/v1/auth/two-factor', { recoveryCode: fresh[0] })).statusCode,
    ).toBe(200);
  });
});

describe('organization requirement', () => {
  it('is set by someone who has two-factor, and confines users without it to the set-up', async () => {
    const { client, input, me } = await signedUpClient(t.app);
    const selfFirst = await client.put('/api/v1/organization/security', { requireTwoFactor: true });
    expect(selfFirst.statusCode).toBe(409);
    expect(selfFirst.json().error.code).toBe('twoFactorSelfFirst');

    const setup = (await client.post('/api/v1/me/two-factor/setup')).json<TwoFactorSetup>();
    await client.post('/api/v1/me/two-factor/enable', { code: await oathtool(setup.secret) });
    const required = await client.put('/api/v1/organization/security', { requireTwoFactor: true });
    expect(required.json()).toEqual({ requireTwoFactor: true });
    expect((await client.get('/api/v1/organization/security')).json()).toEqual({
      requireTwoFactor: true,
    });
    expect((await client.get('/api/v1/customers')).statusCode).toBe(200);

    // Without it (turned off here; a new employee is the usual case), only the set-up is open.
    nextStep();
    await client.post('/api/v1/me/two-factor/disable', {
      password: input.password,
      code: await oathtool(setup.secret),
    });
    await client.post('/api/v1/auth/logout');
    const { client: user } = await passwordStep(input.email, input.password);
    const profile = await user.get('/api/v1/me');
    expect(profile.statusCode).toBe(200);
    expect(profile.json<Me>().twoFactor).toEqual({ enabled: false, requiredByOrganization: true });
    const blocked = await user.get('/api/v1/customers', { 'accept-language': 'en' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toEqual({
      code: 'twoFactorSetupRequired',
      message:
        'Your company requires two-factor login. Set it up in your personal settings to continue.',
    });
    expect((await user.get('/api/v1/organization')).statusCode).toBe(403);
    expect((await user.post('/api/v1/customers', {})).statusCode).toBe(403);

    const again = (await user.post('/api/v1/me/two-factor/setup')).json<TwoFactorSetup>();
    nextStep();
    expect(
      (await user.post('/api/v1/me/two-factor/enable', { code: await oathtool(again.secret) }))
        .statusCode,
    ).toBe(200);
    expect((await user.get('/api/v1/customers')).statusCode).toBe(200);
    expect((await user.get('/api/v1/me')).json<Me>().twoFactor.enabled).toBe(true);

    // Logging out stays possible while confined, and the rule can be lifted.
    expect(
      (await user.put('/api/v1/organization/security', { requireTwoFactor: false })).json(),
    ).toEqual({ requireTwoFactor: false });
    expect(await auditActions(me.organization.id)).toContain('organization.security_updated');
  });

  it('applies per organization: another company of the same user is not confined', async () => {
    const { client, input, me } = await signedUpClient(t.app);
    const setup = (await client.post('/api/v1/me/two-factor/setup')).json<TwoFactorSetup>();
    await client.post('/api/v1/me/two-factor/enable', { code: await oathtool(setup.secret) });
    await client.put('/api/v1/organization/security', { requireTwoFactor: true });
    const second = await client.post('/api/v1/organizations', {
      companyName: 'Sans Exigence SRL',
      enterpriseNumber: '0403170701',
      country: 'BE',
    });
    expect(second.statusCode).toBe(201);
    nextStep();
    await client.post('/api/v1/me/two-factor/disable', {
      password: input.password,
      code: await oathtool(setup.secret),
    });
    expect((await client.get('/api/v1/customers')).statusCode).toBe(200);
    const back = await client.post('/api/v1/me/organization', {
      organizationId: me.organization.id,
    });
    expect(back.statusCode).toBe(200);
    expect(back.json<Me>().twoFactor.requiredByOrganization).toBe(true);
    expect((await client.get('/api/v1/customers')).statusCode).toBe(403);
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(204);
  });

  it('refuses a policy that is not a yes or no', async () => {
    const { client } = await signedUpClient(t.app);
    const response = await client.put('/api/v1/organization/security', { requireTwoFactor: 'yes' });
    expect(response.statusCode).toBe(400);
  });
});

describe('mobile number (SMS outbox)', () => {
  it('sends a code to the owner-visible outbox and confirms the number with it', async () => {
    const { client } = await signedUpClient(t.app, { language: 'nl' });
    const bad = await client.post('/api/v1/me/phone', { phone: '0470 12 34 56' });
    expect(bad.statusCode).toBe(400);
    expect((await client.post('/api/v1/me/phone', { phone: '+32 470 12 34 56' })).statusCode).toBe(
      204,
    );
    const outbox = (await client.get('/api/v1/organization/sms-outbox')).json<SmsOutboxMessage[]>();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.phone).toBe('+32470123456');
    const code = /(\d{6})/.exec(outbox[0]?.body ?? '')?.[1] ?? '';
    expect(outbox[0]?.body).toBe(`Facto: ${code} is uw code om dit gsm-nummer te bevestigen.`);

    const wrong = await client.post('/api/v1/me/phone/confirm', {
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect((await client.get('/api/v1/me/two-factor')).json().phone).toBeNull();
    expect((await client.post('/api/v1/me/phone/confirm', { code })).statusCode).toBe(204);
    expect((await client.get('/api/v1/me/two-factor')).json().phone).toEqual({
      number: '+32470123456',
      verified: true,
    });
    // Used once.
    expect((await client.post('/api/v1/me/phone/confirm', { code })).statusCode).toBe(400);
  });
});
