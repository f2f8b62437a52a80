import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmailMessage } from '../../../src/contract/index.js';
import { startCluster, type Cluster } from '../cluster.js';
import { HttpClient } from '../http-client.js';
import type { ServerProcess } from '../server-process.js';
import { TestSmtpServer } from '../test-smtp.js';
import { signupInput } from '../test-app.js';
import { sendInvoice, useSmtp } from './invoice-kit.js';

let cluster: Cluster;
let smtp: TestSmtpServer;
let app: ServerProcess;

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  cluster = await startCluster();
  app = await cluster.app();
}, 240_000);

afterAll(async () => {
  await cluster?.close();
  await smtp?.stop();
});

describe('a worker killed in the middle of a job', { timeout: 240_000 }, () => {
  it('leaves the e-mail to another worker, which sends it', async () => {
    const owner = new HttpClient();
    expect((await owner.post(app.url, '/api/v1/auth/signup', signupInput())).status).toBe(201);
    await useSmtp(owner, app.url, smtp.port);

    // The first worker hands the message over; the SMTP server takes it in and never says 250.
    smtp.holdNext = 1;
    const first = await cluster.worker();
    const invoice = await sendInvoice(owner, app.url);
    await smtp.waitForHeld(1);
    const emails = () =>
      owner.get<EmailMessage[]>(app.url, `/api/v1/invoices/${invoice.id}/emails`);
    expect((await emails()).body[0]).toMatchObject({ status: 'sending', attempts: 1 });
    first.child.kill('SIGKILL');
    await first.exited;

    // Another worker takes the message over once its claim's lease ran out (30 s without a
    // heartbeat) and sends it again, with the same Message-ID.
    await cluster.worker();
    await smtp.waitFor(1);
    let sent: EmailMessage | undefined;
    for (let i = 0; i < 100 && sent?.status !== 'sent'; i += 1) {
      sent = (await emails()).body[0];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, error: null });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]?.parsed.messageId).toBe(`<${sent?.id}@dupont.be>`);
    expect(smtp.held).toBe(1);
  });
});
