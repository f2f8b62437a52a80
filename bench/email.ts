/**
 * E-mail: documents sent through the whole pipeline on PGlite (a data directory, as installed),
 * in-process: `POST …/invoices/:id/email` commits the message and its job; the app's own
 * workers (as `FACTO_WORKER=inline` runs them, at the e-mail queue's stated concurrency) fill
 * the tags, render the PDF and hold the SMTP conversation with a local server in another
 * process. Each invoice is distinct (its own customer, lines and amounts), so is each PDF.
 * Measured: from each send's commit to the server's 250 for it, and messages per second from
 * the first commit to the last 250.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { createLocalStorage } from '../src/server/platform/storage/local-storage.js';
import { median } from './lib.js';
import { signUpInProcess } from './in-process-signup.js';

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
const MESSAGES = Number(process.env.BENCH_EMAILS ?? 100);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)] ?? 0;

interface Sink {
  port: number;
  /** Epoch ms of the 250 given to each message, by the row id in its Message-ID. */
  accepted: Map<string, number>;
  waitFor(count: number): Promise<void>;
  close(): Promise<void>;
}

async function sink(): Promise<Sink> {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'bench', 'smtp-sink.js')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const accepted = new Map<string, number>();
  let waiting: { count: number; resolve: () => void } | null = null;
  let resolvePort: (port: number) => void = () => undefined;
  const port = new Promise<number>((resolve) => (resolvePort = resolve));
  createInterface({ input: child.stdout }).on('line', (text) => {
    const event = JSON.parse(text) as { port?: number; id?: string | null; at?: number };
    if (event.port) resolvePort(event.port);
    if (event.id && event.at) accepted.set(event.id, event.at);
    if (waiting && accepted.size >= waiting.count) waiting.resolve();
  });
  return {
    port: await port,
    accepted,
    waitFor: (count) =>
      accepted.size >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => (waiting = { count, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function emailBenchmark(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-bench-mail-'));
  const handle = await openDatabase({ pgliteDir: path.join(dir, 'db') });
  const smtp = await sink();
  try {
    await migrateToLatest(handle.db);
    const config = loadConfig({ LOG_LEVEL: 'silent', FACTO_DATA_DIR: dir });
    const app = await buildApp({
      // Workers started below, once the backlog is queued.
      config: { ...config, worker: 'off' },
      db: handle.db,
      storage: createLocalStorage(path.join(dir, 'files')),
    });
    const session = await signUpInProcess(app, {
      email: `bench-${Date.now()}@example.be`,
      password: 'bench password 2026 quiet kayak',
    });
    const { headers } = session;
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
    const ONE_BY_ONE = 20;
    const invoices: string[] = [];
    for (let i = 0; i < MESSAGES + ONE_BY_ONE; i++) {
      const customer = await call('POST', '/api/v1/customers', {
        kind: 'company',
        name: `Customer ${i} SRL`,
        language: i % 2 ? 'nl' : 'fr',
        invoiceEmail: `compta${i}@customer.be`,
        address: {
          street: `Rue ${i}`,
          number: String(1 + i),
          box: null,
          postalCode: '4000',
          city: 'Liège',
          country: 'BE',
        },
      });
      const lines = Array.from({ length: 3 + (i % 12) }, (_, k) => ({
        kind: 'item',
        description: `Line ${k} of invoice ${i}`,
        quantity: String(1 + ((i + k) % 5)),
        unitPrice: `${10 + ((i * 7 + k) % 90)}.${String((i + k) % 100).padStart(2, '0')}`,
        vatRate: (i + k) % 2 ? '21' : '6',
      }));
      const invoice = await call('POST', '/api/v1/invoices', {
        customerId: customer.id,
        issueDate: '2026-06-01',
        lines,
      });
      await call('POST', `/api/v1/invoices/${invoice.id}/finalize`, {});
      invoices.push(invoice.id);
    }
    const send = async (invoiceId: string) => {
      const i = invoices.indexOf(invoiceId);
      const message = await call('POST', `/api/v1/invoices/${invoiceId}/email`, {
        to: [`compta${i}@customer.be`],
        subject: 'Facture %number%',
        body: 'Bonjour,\n\n%total_amount_incl%',
      });
      // The response follows the commit: the message and its job exist from here on.
      return { id: message.id, committed: Date.now() };
    };
    // Throughput: the messages are committed first, then the workers empty the queue.
    const backlog: string[] = [];
    for (const id of invoices.slice(0, MESSAGES)) backlog.push((await send(id)).id);
    const workersStart = Date.now();
    await app.jobs.startWorkers();
    await smtp.waitFor(MESSAGES);
    const last = Math.max(...backlog.map((id) => smtp.accepted.get(id) ?? NaN));
    const seconds = (last - workersStart) / 1000;
    line(
      `PGlite: ${MESSAGES} queued e-mails, distinct PDFs, workers ${app.jobs.concurrencyOf('email.send')}`,
      `${(MESSAGES / seconds).toFixed(1)} messages/s (target >= 50)`,
    );

    // Latency: one message at a time, from its commit to the 250 for it.
    const latencies: number[] = [];
    for (const id of invoices.slice(MESSAGES)) {
      const message = await send(id);
      await smtp.waitFor(smtp.accepted.size + 1);
      latencies.push((smtp.accepted.get(message.id) ?? NaN) - message.committed);
    }
    line(
      `  one at a time: commit → SMTP 250 (median, p95 of ${latencies.length})`,
      `${median(latencies).toFixed(0)} ms, ${percentile(latencies, 0.95).toFixed(0)} ms`,
    );
    await app.close();
  } finally {
    await smtp.close();
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
