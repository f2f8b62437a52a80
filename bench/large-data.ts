/**
 * Lists at scale: one organization with 20,000 customers and 200,000 invoices (generated in SQL),
 * then customer search and the invoice list (status + dates, sorted) through the HTTP app.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { createLocalStorage } from '../src/server/platform/storage/local-storage.js';
import { median } from './lib.js';
import { signUpInProcess } from './in-process-signup.js';

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * 0.95)] ?? 0;

export async function largeDataBenchmark(
  label: string,
  url: string | undefined,
  customers = 20_000,
  invoices = 200_000,
): Promise<void> {
  const handle = await openDatabase(url ? { url } : { pgliteDir: 'memory://' });
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-bench-files-'));
  try {
    await migrateToLatest(handle.db);
    const app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      db: handle.db,
      storage: createLocalStorage(files),
    });
    const session = await signUpInProcess(app, {
      companyName: 'Scale',
      email: `scale-${Date.now()}@example.be`,
    });
    const { organizationId: org, cookie } = session;
    const started = performance.now();
    const cities = sql.lit(
      '{Gent,Namur,Liège,Brugge,Antwerpen,Bruxelles,Mons,Hasselt,Leuven,Charleroi}',
    );
    await sql`
      insert into contacts (organization_id, id, number, kind, is_customer, is_supplier, is_prospect, name, city, country,
                            email, language, currency, vat_regime, created_at, updated_at)
      select ${org}, gen_random_uuid(), n, 'company', true, false, false,
             'Client ' || n || ' ' || md5(n::text), (${cities}::text[])[1 + n % 10], 'BE',
             'client' || n || '@example.be', 'fr', 'EUR', 'normal', now(), now()
      from generate_series(1, ${customers}) n`.execute(handle.db);
    await sql`
      insert into documents (organization_id, id, document_type, journal_id, status, number, number_formatted, fiscal_year,
                             issue_date, due_date, contact_id, customer, currency, language, price_mode, vat_regime,
                             total_excl, total_vat, total_incl, created_at, updated_at)
      select ${org}, gen_random_uuid(), 'invoice', j.id,
             (array['finalized','sent','partiallyPaid','paid'])[1 + n % 4], n, 'F' || n, '2026',
             date '2024-01-01' + (n % 1000), date '2024-01-31' + (n % 1000), c.id,
             jsonb_build_object('name', c.name), 'EUR', 'fr', 'excl', 'normal', 100, 21, 121, now(), now()
      from generate_series(1, ${invoices}) n
      join journals j on j.organization_id = ${org} and j.document_type = 'invoice' and j.is_default
      join contacts c on c.organization_id = ${org} and c.number = 1 + n % ${customers}`.execute(
      handle.db,
    );
    // A steady state, as autovacuum leaves it: statistics and the visibility map for index-only counts.
    await sql`vacuum analyze`.execute(handle.db);
    line(
      `${label}: generated ${customers} customers, ${invoices} invoices`,
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const measure = async (name: string, urls: string[]) => {
      for (const u of urls.slice(0, 3))
        await app.inject({ method: 'GET', url: u, headers: { cookie } });
      const times: number[] = [];
      for (let i = 0; i < 100; i++) {
        const u = urls[i % urls.length] ?? '';
        const start = performance.now();
        const response = await app.inject({ method: 'GET', url: u, headers: { cookie } });
        times.push(performance.now() - start);
        if (response.statusCode !== 200) throw new Error(`${u}: ${response.body}`);
      }
      line(
        `${label}: ${name} (p50, p95)`,
        `${median(times).toFixed(1)} ms, ${p95(times).toFixed(1)} ms (target p95 < 50)`,
      );
    };
    await measure('customer search', [
      '/api/v1/customers?q=client%201234',
      '/api/v1/customers?q=namur&sort=name:asc',
      '/api/v1/customers?q=client99@',
      '/api/v1/customers?q=C00042',
    ]);
    await measure('invoice list, status + dates, sorted', [
      '/api/v1/invoices?status=paid&from=2025-01-01&to=2025-03-31&sort=issueDate:desc',
      '/api/v1/invoices?status=unpaid&sort=dueDate:asc',
      '/api/v1/invoices?status=sent&from=2024-06-01&to=2024-12-31&sort=total:desc&page=3',
    ]);
    await app.close();
  } finally {
    await handle.close();
    fs.rmSync(files, { recursive: true, force: true });
  }
}
