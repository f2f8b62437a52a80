/**
 * Document benchmarks: core totals of a 500-line document, and finalisation through the HTTP
 * app (in-process, as the API sees it) on PGlite and PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { computeTotals, type DocumentInput } from '../src/core/documents/index.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { createLocalStorage } from '../src/server/platform/storage/local-storage.js';
import { median } from './lib.js';
import { signUpInProcess } from './in-process-signup.js';

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)] ?? 0;

export function totalsBenchmark(): void {
  const rates = ['21', '6', '12', '0'];
  const document: DocumentInput = {
    priceMode: 'excl',
    discount: { type: 'percent', value: '5' },
    settlementDiscount: { percent: '2', days: 8 },
    lines: Array.from({ length: 500 }, (_, i) => ({
      kind: 'item' as const,
      quantity: String((i % 7) + 1),
      unitPrice: `${(i * 37) % 1000}.${String(i % 100).padStart(2, '0')}`,
      discount: i % 5 === 0 ? { type: 'percent' as const, value: '10' } : null,
      vatRate: rates[i % 4] ?? '21',
      vatCategory: rates[i % 4] === '0' ? ('Z' as const) : ('S' as const),
    })),
  };
  for (let i = 0; i < 20; i++) computeTotals(document);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    computeTotals(document);
    times.push(performance.now() - start);
  }
  line(
    'totals of a 500-line document (median, p95)',
    `${median(times).toFixed(2)} ms, ${percentile(times, 0.95).toFixed(2)} ms (target < 5)`,
  );
}

export async function finalizeBenchmark(label: string, url: string | undefined): Promise<void> {
  const handle = await openDatabase(url ? { url } : { pgliteDir: 'memory://' });
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-bench-files-'));
  try {
    await migrateToLatest(handle.db);
    const app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      db: handle.db,
      storage: createLocalStorage(files),
    });
    const session = await signUpInProcess(app, { email: `bench-${Date.now()}@example.be` });
    const { headers } = session;
    const customer = await app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers,
      payload: {
        kind: 'company',
        name: 'Customer',
        language: 'fr',
        address: {
          street: null,
          number: null,
          box: null,
          postalCode: null,
          city: null,
          country: 'BE',
        },
      },
    });
    const customerId = (customer.json() as { id: string }).id;
    const lines = Array.from({ length: 20 }, (_, i) => ({
      kind: 'item',
      description: `Line ${i}`,
      quantity: '2',
      unitPrice: '12.34',
      vatRate: i % 2 ? '21' : '6',
    }));
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const draft = await app.inject({
        method: 'POST',
        url: '/api/v1/invoices',
        headers,
        payload: { customerId, issueDate: '2026-06-01', lines },
      });
      const id = (draft.json() as { id: string }).id;
      const start = performance.now();
      const response = await app.inject({
        method: 'POST',
        url: `/api/v1/invoices/${id}/finalize`,
        headers,
      });
      times.push(performance.now() - start);
      if (response.statusCode !== 200) throw new Error(response.body);
    }
    line(
      `${label}: finalize via the API (p50, p95)`,
      `${median(times).toFixed(1)} ms, ${percentile(times, 0.95).toFixed(1)} ms (target p95 < 50)`,
    );
    await app.close();
  } finally {
    await handle.close();
    fs.rmSync(files, { recursive: true, force: true });
  }
}
