import { describe, expect, it } from 'vitest';
import type { Me } from '../../../contract/index.js';
import {
  Client,
  signedUpClient,
  signupInput,
  uniqueEmail,
  uniqueIp,
  useTestApp,
} from '../../../../tests/server/test-app.js';

const t = useTestApp();

describe('sign-up', () => {
  it('creates the organization and its owner, and logs in', async () => {
    const { client, input, me } = await signedUpClient(t.app, { language: 'nl' });
    expect(me.user.email).toBe(input.email);
    expect(me.role).toBe('owner');
    expect(me.language).toBe('nl');
    expect(me.organization.name).toBe(input.companyName);
    expect(me.permissions).toEqual(
      expect.arrayContaining(['customers', 'products', 'invoices', 'settings']),
    );
    expect(me.organizations).toEqual([
      { organizationId: me.organization.id, name: input.companyName, role: 'owner' },
    ]);

    const again = await client.get('/api/v1/me');
    expect(again.statusCode).toBe(200);
    expect(again.json<Me>().user.id).toBe(me.user.id);

    const organization = await client.get('/api/v1/organization');
    expect(organization.json()).toMatchObject({
      enterpriseNumber: '0566988259',
      vatNumber: 'BE0566988259',
      defaultLanguage: 'nl',
    });
  });

  it('sets an httpOnly SameSite session cookie and a readable CSRF cookie', async () => {
    const client = new Client(t.app);
    await client.get('/api/v1/auth/csrf');
    const response = await client.post('/api/v1/auth/signup', signupInput());
    const cookies = response.cookies as { name: string; httpOnly?: boolean; sameSite?: string }[];
    const session = cookies.find((c) => c.name === 'facto_session');
    const csrf = cookies.find((c) => c.name === 'facto_csrf');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(csrf?.httpOnly).toBeFalsy();
  });

  it('refuses a Belgian enterprise number that fails the mod-97 check, in the caller’s language', async () => {
    const client = new Client(t.app);
    const email = uniqueEmail();
    const response = await client.post(
      '/api/v1/auth/signup',
      signupInput({ email, enterpriseNumber: '0566.988.258' }),
      {
        'accept-language': 'nl-BE,nl;q=0.9',
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: 'validation',
        message: 'Sommige velden zijn niet geldig.',
        fields: {
          enterpriseNumber:
            'Dit is geen geldig Belgisch ondernemingsnummer (de controlecijfers kloppen niet).',
        },
      },
    });
    const login = await client.post('/api/v1/auth/login', {
      email,
      password: 'correct horse battery staple',
    });
    expect(login.statusCode).toBe(401);
  });

  it('requires the enterprise number in Belgium, and checks VAT numbers elsewhere', async () => {
    const client = new Client(t.app);
    const missing = await client.post(
      '/api/v1/auth/signup',
      signupInput({ enterpriseNumber: null }),
    );
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields)).toEqual(['enterpriseNumber']);

    const dutch = await signedUpClient(t.app, {
      country: 'NL',
      enterpriseNumber: 'NL123456789B01',
    });
    const organization = await dutch.client.get('/api/v1/organization');
    expect(organization.json()).toMatchObject({
      vatNumber: 'NL123456789B01',
      enterpriseNumber: null,
    });

    const badDutch = await client.post(
      '/api/v1/auth/signup',
      signupInput({ country: 'NL', enterpriseNumber: 'NL12345' }),
    );
    expect(badDutch.json().error.fields).toHaveProperty('enterpriseNumber');
  });

  it('lists every invalid field at once and refuses unknown fields', async () => {
    const client = new Client(t.app);
    const response = await client.post('/api/v1/auth/signup', {
      ...signupInput(),
      email: 'not-an-email',
      password: 'short',
      language: 'de',
      isAdmin: true,
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual([
      'email',
      'isAdmin',
      'language',
      'password',
    ]);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const first = await signedUpClient(t.app);
    const client = new Client(t.app);
    const response = await client.post(
      '/api/v1/auth/signup',
      signupInput({ email: first.input.email.toUpperCase() }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'emailTaken',
      fields: { email: expect.any(String) },
    });
  });
});

describe('login and logout', () => {
  it('logs in with the right password, in any email case', async () => {
    const { input } = await signedUpClient(t.app);
    const client = new Client(t.app);
    const response = await client.post('/api/v1/auth/login', {
      email: input.email.toUpperCase(),
      password: input.password,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<Me>().user.email).toBe(input.email);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const { input } = await signedUpClient(t.app);
    const client = new Client(t.app, uniqueIp());
    const wrong = await client.post('/api/v1/auth/login', {
      email: input.email,
      password: 'wrong password!',
    });
    const unknown = await client.post('/api/v1/auth/login', {
      email: uniqueEmail(),
      password: 'wrong password!',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('invalidCredentials');
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('ends the session on logout: the old cookie no longer works', async () => {
    const { client } = await signedUpClient(t.app);
    const token = client.cookies.get('facto_session');
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect(client.cookies.has('facto_session')).toBe(false);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    const replay = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `facto_session=${token}` },
    });
    expect(replay.statusCode).toBe(401);
  });

  it('expires sessions after their lifetime', async () => {
    const { client } = await signedUpClient(t.app);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    t.clock.advance(t.config.sessionTtlMs + 1000);
    try {
      const response = await client.get('/api/v1/me', { 'accept-language': 'fr' });
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toEqual({
        code: 'sessionExpired',
        message: 'Votre session a expiré. Veuillez vous reconnecter.',
      });
      expect((await client.get('/api/v1/me')).json().error.code).toBe('unauthenticated');
    } finally {
      t.clock.advance(-(t.config.sessionTtlMs + 1000));
    }
  });
});

describe('login rate limit', () => {
  it('locks an account after 5 failures, even for the right password, until the window passes', async () => {
    const { input } = await signedUpClient(t.app);
    const client = new Client(t.app, uniqueIp());
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await client.post('/api/v1/auth/login', {
            email: input.email,
            password: `wrong-${i}-password`,
          })
        ).statusCode,
      ).toBe(401);
    }
    const locked = await client.post(
      '/api/v1/auth/login',
      { email: input.email, password: input.password },
      { 'accept-language': 'en' },
    );
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toMatch(/^\d+$/);
    expect(locked.json().error).toEqual({
      code: 'tooManyAttempts',
      message: 'Too many attempts. Try again in 15 minutes.',
    });

    // Another address is refused too: the limit is per account, not only per IP.
    const elsewhere = new Client(t.app, uniqueIp());
    expect(
      (await elsewhere.post('/api/v1/auth/login', { email: input.email, password: input.password }))
        .statusCode,
    ).toBe(429);

    t.clock.advance(16 * 60_000);
    try {
      expect(
        (await client.post('/api/v1/auth/login', { email: input.email, password: input.password }))
          .statusCode,
      ).toBe(200);
    } finally {
      t.clock.advance(-16 * 60_000);
    }
  });

  it('limits one address guessing across many accounts', async () => {
    const { input } = await signedUpClient(t.app);
    const client = new Client(t.app, uniqueIp());
    for (let i = 0; i < 30; i++) {
      await client.post('/api/v1/auth/login', {
        email: uniqueEmail('spray'),
        password: 'Spring2026!!',
      });
    }
    expect(
      (await client.post('/api/v1/auth/login', { email: input.email, password: input.password }))
        .statusCode,
    ).toBe(429);
    const other = new Client(t.app, uniqueIp());
    expect(
      (await other.post('/api/v1/auth/login', { email: input.email, password: input.password }))
        .statusCode,
    ).toBe(200);
  });
});

describe('CSRF protection', () => {
  it('refuses a change without the token, with a wrong token, or from another origin', async () => {
    const { client } = await signedUpClient(t.app);
    const without = await client.request({
      method: 'PATCH',
      url: '/api/v1/me',
      payload: { language: 'en' },
      csrf: false,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf');

    const wrong = await client.patch(
      '/api/v1/me',
      { language: 'en' },
      { 'x-csrf-token': 'forged' },
    );
    expect(wrong.statusCode).toBe(403);

    const foreign = await client.patch(
      '/api/v1/me',
      { language: 'en' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.statusCode).toBe(403);

    const me = await client.get('/api/v1/me');
    expect(me.json<Me>().language).toBe('fr');
    expect((await client.patch('/api/v1/me', { language: 'en' })).statusCode).toBe(200);
  });

  it('protects login and sign-up too (login CSRF)', async () => {
    const { input } = await signedUpClient(t.app);
    const client = new Client(t.app);
    const response = await client.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: input.email, password: input.password },
      csrf: false,
    });
    expect(response.statusCode).toBe(403);
    expect(client.cookies.has('facto_session')).toBe(false);
  });

  it('does not accept the pre-login token once logged in (bound to the session)', async () => {
    const client = new Client(t.app);
    await client.get('/api/v1/auth/csrf');
    const before = client.cookies.get('facto_csrf') ?? '';
    await client.post('/api/v1/auth/signup', signupInput());
    expect(client.cookies.get('facto_csrf')).not.toBe(before);
    const stale = await client.patch('/api/v1/me', { language: 'en' }, { 'x-csrf-token': before });
    expect(stale.statusCode).toBe(403);
  });
});

describe('organizations of one user', () => {
  it('creates a second company, switches between them, and refuses foreign ones', async () => {
    const { client, me } = await signedUpClient(t.app);
    const created = await client.post('/api/v1/organizations', {
      companyName: 'Plomberie Janssens',
      enterpriseNumber: '0403170701',
      country: 'BE',
    });
    expect(created.statusCode).toBe(201);
    const second = created.json<Me>();
    expect(second.organization.name).toBe('Plomberie Janssens');
    expect(second.organizations.map((o) => o.name).sort()).toEqual(
      ['Plomberie Janssens', me.organization.name].sort(),
    );
    expect((await client.get('/api/v1/organization')).json().legalName).toBe('Plomberie Janssens');

    const back = await client.post('/api/v1/me/organization', {
      organizationId: me.organization.id,
    });
    expect(back.statusCode).toBe(200);
    expect((await client.get('/api/v1/organization')).json().legalName).toBe(me.organization.name);

    const stranger = await signedUpClient(t.app, { companyName: 'Someone Else BV' });
    const refused = await client.post('/api/v1/me/organization', {
      organizationId: stranger.me.organization.id,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('notMember');
    expect((await client.get('/api/v1/me')).json().organization.id).toBe(me.organization.id);
  });

  it('opens the last used organization at the next login', async () => {
    const { client, input } = await signedUpClient(t.app);
    const created = await client.post('/api/v1/organizations', {
      companyName: 'Second SRL',
      enterpriseNumber: '0202023977',
      country: 'BE',
    });
    await client.post('/api/v1/auth/logout');
    const login = await client.post('/api/v1/auth/login', {
      email: input.email,
      password: input.password,
    });
    expect(login.json<Me>().organization.id).toBe(created.json<Me>().organization.id);
  });
});

describe('personal settings', () => {
  it('saves the interface language per user', async () => {
    const { client, input } = await signedUpClient(t.app, { language: 'fr' });
    const response = await client.patch('/api/v1/me', { language: 'nl', firstName: 'Marieke' });
    expect(response.json<Me>()).toMatchObject({ language: 'nl', user: { firstName: 'Marieke' } });
    const other = new Client(t.app);
    const login = await other.post('/api/v1/auth/login', {
      email: input.email,
      password: input.password,
    });
    expect(login.json<Me>().language).toBe('nl');
    // Without Accept-Language, errors come in the user's language.
    const error = await other.patch('/api/v1/me', { language: 'xx' });
    expect(error.json().error.message).toBe('Sommige velden zijn niet geldig.');
  });

  it('does not let a user change their login email', async () => {
    const { client } = await signedUpClient(t.app);
    const response = await client.patch('/api/v1/me', { email: 'new@example.be' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('email');
  });
});
