import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document, DocumentPage } from '../../../src/contract/index.js';
import { startCluster, type Cluster } from '../cluster.js';
import { HttpClient } from '../http-client.js';
import type { ServerProcess } from '../server-process.js';
import { startTcpProxy, type TcpProxy } from '../tcp-proxy.js';
import { signupInput } from '../test-app.js';
import { createCustomer, invoiceDraft } from './invoice-kit.js';

let cluster: Cluster;
let proxy: TcpProxy;
let app: ServerProcess;

// The app reaches PostgreSQL through a proxy the test cuts: the database (or, on Citus, a
// worker node) going away in the middle of the day.
beforeAll(async () => {
  cluster = await startCluster();
  const database = new URL(cluster.databaseUrl);
  proxy = await startTcpProxy({ host: database.hostname, port: Number(database.port || 5432) });
  database.host = `127.0.0.1:${proxy.port}`;
  app = await cluster.app({ DATABASE_URL: database.toString() });
}, 240_000);

afterAll(async () => {
  await cluster?.close();
  await proxy?.close();
});

describe('the database unreachable during a request', { timeout: 120_000 }, () => {
  it('answers a translated 503, writes nothing, and the same request succeeds once it is back', async () => {
    const owner = new HttpClient();
    expect((await owner.post(app.url, '/api/v1/auth/signup', signupInput())).status).toBe(201);
    const customerId = await createCustomer(owner, app.url);
    const key = { 'idempotency-key': 'outage-0123456789' };

    await proxy.cut();
    const refused = await owner.request<{ error: { code: string; message: string } }>(
      app.url,
      'POST',
      '/api/v1/invoices',
      invoiceDraft(customerId),
      { ...key, 'accept-language': 'nl' },
    );
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.body.error).toEqual({
      code: 'databaseUnavailable',
      message:
        'De database is momenteel niet bereikbaar. Er werd niets opgeslagen; probeer het over enkele ogenblikken opnieuw.',
    });
    // Every route says the same, and the process stays up; readiness tells the load balancer.
    expect((await owner.get(app.url, '/api/v1/invoices')).status).toBe(503);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(503);

    await proxy.restore();
    let created = await owner.post<Document>(
      app.url,
      '/api/v1/invoices',
      invoiceDraft(customerId),
      key,
    );
    // The pool opens new connections at once; allow the first one a moment.
    for (let i = 0; i < 50 && created.status === 503; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      created = await owner.post<Document>(
        app.url,
        '/api/v1/invoices',
        invoiceDraft(customerId),
        key,
      );
    }
    expect(created.status).toBe(201);
    const again = await owner.post<Document>(
      app.url,
      '/api/v1/invoices',
      invoiceDraft(customerId),
      key,
    );
    expect(again.body.id).toBe(created.body.id);
    const page = await owner.get<DocumentPage>(app.url, '/api/v1/invoices');
    expect(page.body.total).toBe(1);
  });
});
