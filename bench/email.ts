/**
 * E-mail: documents sent through the whole pipeline — `POST …/email` (row and job in one
 * transaction), the job (tags filled, PDF rendered, message built) and a real SMTP conversation
 * with a local server — on PGlite, in-process.
 */
import fs from 'node:fs';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { createLocalStorage } from '../src/server/platform/storage/local-storage.js';

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
const MESSAGES = Number(process.env.BENCH_EMAILS ?? 200);

/** A local SMTP server that accepts everything and counts what it received. */
async function sink(): Promise<{ port: number; received: () => number; close(): Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as net.AddressInfo).port,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function emailBenchmark(): Promise<void> {
  const handle = await openDatabase({ pgliteDir: 'memory://' });
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-bench-files-'));
  const smtp = await sink();
  try {
    await migrateToLatest(handle.db);
    const app = await buildApp({
      config: { ...loadConfig({ LOG_LEVEL: 'silent' }), dataDir: files, worker: 'off' },
      db: handle.db,
      storage: createLocalStorage(files),
    });
    const csrf = 'bench-csrf-token';
    const signup = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      headers: { 'x-csrf-token': csrf, cookie: `facto_csrf=${csrf}` },
      payload: {
        companyName: 'Bench',
        enterpriseNumber: '0566988259',
        country: 'BE',
        firstName: 'B',
        lastName: 'M',
        email: `bench-${Date.now()}@example.be`,
        password: 'bench password 2026 quiet kayak',
        language: 'fr',
      },
    });
    const cookies = signup.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const token = signup.cookies.find((c) => c.name === 'facto_csrf')?.value ?? '';
    const headers = { cookie: cookies, 'x-csrf-token': token };
    const call = async (method: 'POST' | 'PUT', url: string, payload: unknown) => {
      const response = await app.inject({ method, url, headers, payload: payload as object });
      if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
      return response.json() as { id: string };
    };
    await call('PUT', '/api/v1/email/settings', {
      sending: 'smtp',
      smtp: {
        host: '127.0.0.1',
        port: smtp.port,
        security: 'none',
        fromAddress: 'factures@bench.be',
      },
    });
    const customer = await call('POST', '/api/v1/customers', {
      kind: 'company',
      name: 'Customer',
      language: 'fr',
      invoiceEmail: 'compta@customer.be',
      address: {
        street: null,
        number: null,
        box: null,
        postalCode: null,
        city: null,
        country: 'BE',
      },
    });
    const lines = Array.from({ length: 20 }, (_, i) => ({
      kind: 'item',
      description: `Line ${i}`,
      quantity: '2',
      unitPrice: '12.34',
      vatRate: i % 2 ? '21' : '6',
    }));
    const invoice = await call('POST', '/api/v1/invoices', {
      customerId: customer.id,
      issueDate: '2026-06-01',
      lines,
    });
    await call('POST', `/api/v1/invoices/${invoice.id}/finalize`, {});
    const message = {
      to: ['compta@customer.be'],
      subject: 'Facture %number%',
      body: 'Bonjour,\n\n%total_amount_incl%',
    };
    // Warm-up: fonts, PDF and SMTP code paths.
    for (let i = 0; i < 5; i++) await call('POST', `/api/v1/invoices/${invoice.id}/email`, message);
    await app.jobs.drain('email.send');

    const start = performance.now();
    for (let i = 0; i < MESSAGES; i++)
      await call('POST', `/api/v1/invoices/${invoice.id}/email`, message);
    const queued = performance.now();
    const sent = await app.jobs.drain('email.send');
    const done = performance.now();
    if (sent !== MESSAGES || smtp.received() !== MESSAGES + 5)
      throw new Error(`sent ${sent}, received ${smtp.received() - 5} of ${MESSAGES}`);
    // The PDF alone, as the job renders it, for the share of the time it takes.
    const pdfStart = performance.now();
    for (let i = 0; i < 50; i++)
      await app.inject({ method: 'GET', url: `/api/v1/invoices/${invoice.id}/pdf`, headers });
    const pdfMs = (performance.now() - pdfStart) / 50;
    const seconds = (done - start) / 1000;
    line(
      `PGlite: ${MESSAGES} e-mails with a PDF, enqueue → job → SMTP`,
      `${(MESSAGES / seconds).toFixed(1)} messages/s (target >= 50)`,
    );
    line(
      '  of which: queue (POST …/email), send (job + SMTP)',
      `${((queued - start) / MESSAGES).toFixed(1)} ms, ${((done - queued) / MESSAGES).toFixed(1)} ms per message`,
    );
    line('  of which: rendering the PDF (GET …/pdf)', `${pdfMs.toFixed(1)} ms per message`);
    await app.close();
  } finally {
    await smtp.close();
    await handle.close();
    fs.rmSync(files, { recursive: true, force: true });
  }
}
