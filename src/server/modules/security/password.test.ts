import { describe, expect, it } from 'vitest';
import type { Me } from '../../../contract/index.js';
import {
  Client,
  signedUpClient,
  signupInput,
  useTestApp,
} from '../../../../tests/server/test-app.js';

const t = useTestApp();

const NEW_PASSWORD = 'violet kettle under the stairs';

async function passwordScore(userId: string): Promise<number | null> {
  const row = await t.database.db
    .selectFrom('users')
    .select('password_score')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.password_score;
}

describe('password change', () => {
  it('refuses a wrong current password, in the caller’s language', async () => {
    const { client } = await signedUpClient(t.app);
    const response = await client.post(
      '/api/v1/me/password',
      { currentPassword: 'not the password', newPassword: NEW_PASSWORD },
      { 'accept-language': 'fr' },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      currentPassword: "Ce n'est pas votre mot de passe actuel.",
    });
  });

  it.each([
    ['en', 'This password is too easy to guess. Make it longer, or use several unrelated words.'],
    [
      'fr',
      'Ce mot de passe est trop facile à deviner. Allongez-le ou combinez plusieurs mots sans rapport entre eux.',
    ],
    [
      'nl',
      'Dit wachtwoord is te makkelijk te raden. Maak het langer of combineer enkele woorden die niets met elkaar te maken hebben.',
    ],
  ])('refuses a weak new password with a translated message (%s)', async (language, message) => {
    const { client, input } = await signedUpClient(t.app);
    for (const weak of ['password1234', 'azertyuiop12', `${input.lastName}2026!`]) {
      const response = await client.post(
        '/api/v1/me/password',
        { currentPassword: input.password, newPassword: weak },
        { 'accept-language': language },
      );
      expect(response.statusCode, weak).toBe(400);
      expect(response.json().error.fields).toEqual({ newPassword: message });
    }
    const short = await client.post('/api/v1/me/password', {
      currentPassword: input.password,
      newPassword: 'short',
    });
    expect(short.json().error.fields).toHaveProperty('newPassword');
  });

  it('changes it, ends the other sessions, renews this one, and stores the score', async () => {
    const { client, input, me } = await signedUpClient(t.app);
    const phone = new Client(t.app);
    await phone.post('/api/v1/auth/login', { email: input.email, password: input.password });
    expect((await phone.get('/api/v1/me')).statusCode).toBe(200);
    const before = client.cookies.get('facto_session');

    const same = await client.post('/api/v1/me/password', {
      currentPassword: input.password,
      newPassword: input.password,
    });
    expect(same.json().error.fields).toHaveProperty('newPassword');

    const changed = await client.post('/api/v1/me/password', {
      currentPassword: input.password,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode).toBe(204);
    expect(client.cookies.get('facto_session')).not.toBe(before);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    expect((await phone.get('/api/v1/me')).statusCode).toBe(401);
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `facto_session=${before}` },
    });
    expect(stale.statusCode).toBe(401);

    const oldLogin = await new Client(t.app).post('/api/v1/auth/login', {
      email: input.email,
      password: input.password,
    });
    expect(oldLogin.statusCode).toBe(401);
    const newLogin = await new Client(t.app).post('/api/v1/auth/login', {
      email: input.email,
      password: NEW_PASSWORD,
    });
    expect(newLogin.json<Me>().user.id).toBe(me.user.id);
    expect(await passwordScore(me.user.id)).toBe(4);

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('organization_id', '=', me.organization.id)
      .where('action', '=', 'auth.password_changed')
      .execute();
    expect(audit).toEqual([{ action: 'auth.password_changed', data: { otherSessionsEnded: 1 } }]);
  });

  it('limits guesses of the current password from a signed-in session', async () => {
    const { client, input } = await signedUpClient(t.app);
    for (let i = 0; i < 5; i++) {
      const response = await client.post('/api/v1/me/password', {
        currentPassword: `guess number ${i}`,
        newPassword: NEW_PASSWORD,
      });
      expect(response.statusCode).toBe(400);
    }
    const locked = await client.post('/api/v1/me/password', {
      currentPassword: input.password,
      newPassword: NEW_PASSWORD,
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toMatch(/^\d+$/);
  });
});

describe('password strength at sign-up', () => {
  it('refuses a weak password with a translated message and stores the score of a good one', async () => {
    const client = new Client(t.app);
    const weak = await client.post(
      '/api/v1/auth/signup',
      signupInput({ password: 'Dupont2026!' }),
      { 'accept-language': 'nl' },
    );
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields).toEqual({
      password:
        'Dit wachtwoord is te makkelijk te raden. Maak het langer of combineer enkele woorden die niets met elkaar te maken hebben.',
    });
    const { me } = await signedUpClient(t.app);
    expect(await passwordScore(me.user.id)).toBe(4);
  });
});
