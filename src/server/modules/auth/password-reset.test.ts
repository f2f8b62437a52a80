import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTestApp,
  signedUpClient,
  uniqueEmail,
  type TestApp,
} from '../../../../tests/server/test-app.js';
import { TestSmtpServer } from '../../../../tests/server/test-smtp.js';

const JOB = 'auth.passwordResetMail';
const NEW_PASSWORD = 'Quiet orange kayak 48 drifts';

let t: TestApp;
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  t = await createTestApp({
    publicUrl: 'https://facto.example.be',
    smtpUrl: `smtp://127.0.0.1:${smtp.port}?tls=none`,
    mailFrom: 'Facto <no-reply@facto.example.be>',
  });
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

/** Asks for a link and returns the mail that arrived, or null when none was sent. */
async function ask(client: Client, email: string) {
  const before = smtp.messages.length;
  const response = await client.post('/api/v1/auth/password-reset', { email });
  const ran = await t.jobs.drain(JOB);
  if (ran) await smtp.waitFor(before + 1);
  return { response, mail: ran ? smtp.messages[before] : null };
}

const tokenOf = (text: string) => /reset-password\?token=([\w-]+)/.exec(text)?.[1] ?? '';

describe('forgotten password', () => {
  it('mails a single-use link through the general sender; the new password ends every session', async () => {
    const { client: session, input } = await signedUpClient(t.app, { language: 'nl' });
    const visitor = new Client(t.app);

    // The same answer for an unknown address, and no mail.
    const unknown = await ask(visitor, uniqueEmail('nobody'));
    expect(unknown.response.statusCode).toBe(202);
    expect(unknown.mail).toBeNull();

    const { response, mail } = await ask(visitor, input.email.toUpperCase());
    expect(response.statusCode).toBe(202);
    expect(response.body).toBe(unknown.response.body);
    expect(mail?.envelope.to).toEqual([input.email]);
    expect(mail?.parsed.from?.value[0]).toMatchObject({ address: 'no-reply@facto.example.be' });
    expect(mail?.parsed.subject).toBe('Stel uw Facto-wachtwoord opnieuw in');
    expect(mail?.parsed.html).toContain('https://facto.example.be/reset-password?token=');
    const token = tokenOf(mail?.parsed.text ?? '');
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url

    // Stored as a hash only.
    const stored = await t.database.db.selectFrom('password_reset_tokens').select('id').execute();
    expect(stored.some((row) => row.id === token)).toBe(false);

    const weak = await visitor.post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'password12',
    });
    expect(weak.statusCode).toBe(400);
    const done = await visitor.post('/api/v1/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(done.statusCode, done.body).toBe(204);

    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
    const login = await new Client(t.app).post('/api/v1/auth/login', {
      email: input.email,
      password: NEW_PASSWORD,
    });
    expect(login.statusCode).toBe(200);
    const old = await new Client(t.app).post('/api/v1/auth/login', {
      email: input.email,
      password: input.password,
    });
    expect(old.statusCode).toBe(401);

    const again = await visitor.post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'Another quiet kayak 93 sails',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('resetTokenInvalid');
  });

  it('lets a link live one hour, and a newer password kills the older links', async () => {
    const { input } = await signedUpClient(t.app);
    const visitor = new Client(t.app);
    const first = tokenOf((await ask(visitor, input.email)).mail?.parsed.text ?? '');
    const second = tokenOf((await ask(visitor, input.email)).mail?.parsed.text ?? '');
    expect(first).not.toBe(second);
    t.clock.advance(61 * 60_000);
    const expired = await visitor.post('/api/v1/auth/password-reset/confirm', {
      token: first,
      password: NEW_PASSWORD,
    });
    expect(expired.statusCode).toBe(400);
    t.clock.advance(-61 * 60_000);
    expect(
      (
        await visitor.post('/api/v1/auth/password-reset/confirm', {
          token: second,
          password: NEW_PASSWORD,
        })
      ).statusCode,
    ).toBe(204);
    const killed = await visitor.post('/api/v1/auth/password-reset/confirm', {
      token: first,
      password: 'Another quiet kayak 93 sails',
    });
    expect(killed.statusCode).toBe(400);
  });

  it('limits requests per address and per client, whether the account exists or not', async () => {
    const visitor = new Client(t.app);
    const email = uniqueEmail('limited');
    for (let i = 0; i < 3; i += 1)
      expect((await visitor.post('/api/v1/auth/password-reset', { email })).statusCode).toBe(202);
    const limited = await visitor.post('/api/v1/auth/password-reset', { email });
    expect(limited.statusCode).toBe(429);
    // Three requests an hour per account, on the test's still clock: wait the whole hour.
    expect(limited.headers['retry-after']).toBe('3600');

    const spray = new Client(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1)
      statuses.push(
        (await spray.post('/api/v1/auth/password-reset', { email: uniqueEmail('spray') }))
          .statusCode,
      );
    expect(statuses.slice(0, 20).every((status) => status === 202)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect(
      (await visitor.post('/api/v1/auth/password-reset', { email: 'not an address' })).statusCode,
    ).toBe(400);
    await t.jobs.drain(JOB);
  });
});
