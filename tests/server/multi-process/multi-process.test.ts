import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmailMessage, Me } from '../../../src/contract/index.js';
import { startCluster, type Cluster } from '../cluster.js';
import { HttpClient } from '../http-client.js';
import type { ServerProcess } from '../server-process.js';
import { TestSmtpServer } from '../test-smtp.js';
import { signupInput } from '../test-app.js';
import { sendInvoice, useSmtp } from './invoice-kit.js';

let cluster: Cluster;
let smtp: TestSmtpServer;
let a: ServerProcess;
let b: ServerProcess;

// Two app processes (no workers) and one worker on one PostgreSQL database. The session cache
// lives a minute here: what B sees at once can only have come from A's notification.
beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  cluster = await startCluster({ FACTO_SESSION_CACHE_MS: '60000' });
  await cluster.worker();
  [a, b] = await Promise.all([cluster.app(), cluster.app()]);
}, 240_000);

afterAll(async () => {
  await cluster?.close();
  await smtp?.stop();
});

describe('two app processes and a worker on one database', { timeout: 120_000 }, () => {
  it('signs up on A, finalises on B, and the worker alone sends the e-mail, once', async () => {
    const owner = new HttpClient();
    const input = signupInput();
    expect((await owner.post(a.url, '/api/v1/auth/signup', input)).status).toBe(201);
    expect((await owner.get<Me>(b.url, '/api/v1/me')).body.user.email).toBe(input.email);

    // A setting saved on A, used by the worker; the invoice finalised and sent on B.
    await useSmtp(owner, a.url, smtp.port);
    const invoice = await sendInvoice(owner, b.url);

    await smtp.waitFor(1);
    let emails: EmailMessage[] = [];
    for (let i = 0; i < 100; i += 1) {
      emails = (await owner.get<EmailMessage[]>(a.url, `/api/v1/invoices/${invoice.id}/emails`))
        .body;
      if (emails[0]?.status === 'sent') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ status: 'sent', attempts: 1 });
    // Nothing more arrives: A and B run no jobs, the worker ran this one once.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]?.parsed.subject).toBe(`Factuur ${invoice.numberFormatted}`);
  });

  it('refuses on B, at the next request, a session revoked on A', async () => {
    const owner = new HttpClient();
    const input = signupInput();
    expect((await owner.post(a.url, '/api/v1/auth/signup', input)).status).toBe(201);
    const laptop = new HttpClient();
    const login = await laptop.post(b.url, '/api/v1/auth/login', {
      email: input.email,
      password: input.password,
    });
    expect(login.status).toBe(200);
    // B resolves the laptop's session and keeps it in its cache.
    expect((await laptop.get(b.url, '/api/v1/me')).status).toBe(200);
    expect((await laptop.get(b.url, '/api/v1/me')).status).toBe(200);

    expect((await owner.get(b.url, '/api/v1/me')).status).toBe(200);
    const sessions = await owner.get<{ id: string; current: boolean }[]>(
      a.url,
      '/api/v1/me/sessions',
    );
    const other = sessions.body.find((session) => !session.current);
    expect(other).toBeDefined();
    expect((await owner.delete(a.url, `/api/v1/me/sessions/${other?.id}`)).status).toBe(204);

    const refused = await laptop.get<{ error: { code: string } }>(b.url, '/api/v1/me');
    expect(refused.status).toBe(401);
    // The owner's own session, cached on B too, is untouched.
    expect((await owner.get(b.url, '/api/v1/me')).status).toBe(200);
  });

  it('shows on B, at once, an app switched off on A', async () => {
    const owner = new HttpClient();
    expect((await owner.post(a.url, '/api/v1/auth/signup', signupInput())).status).toBe(201);
    expect((await owner.get(b.url, '/api/v1/reminder-settings')).status).toBe(200);
    expect((await owner.put(a.url, '/api/v1/apps/reminders', { enabled: false })).status).toBe(200);
    const refused = await owner.get<{ error: { code: string } }>(
      b.url,
      '/api/v1/reminder-settings',
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('appDisabled');
    expect((await owner.put(b.url, '/api/v1/apps/reminders', { enabled: true })).status).toBe(200);
    expect((await owner.get(a.url, '/api/v1/reminder-settings')).status).toBe(200);
  });

  it('counts failed logins on A and B together', async () => {
    const owner = new HttpClient();
    const input = signupInput();
    expect((await owner.post(a.url, '/api/v1/auth/signup', input)).status).toBe(201);
    const guesser = new HttpClient();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const target = i % 2 === 0 ? a.url : b.url;
      const attempt = await guesser.post(target, '/api/v1/auth/login', {
        email: input.email,
        password: `wrong guess ${i}`,
      });
      statuses.push(attempt.status);
    }
    // Five failures per account in fifteen minutes, wherever they were made.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
