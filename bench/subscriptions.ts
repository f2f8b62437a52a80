/**
 * Subscriptions benchmark: one hourly run that finds 5,000 subscriptions due and makes their
 * invoices (finalised, numbered, each with its run row and notification), through the same
 * pg-boss job the worker runs; then their PDFs, as sending renders them. Drawing a PDF costs
 * the same for every invoice, so 1,000 of them give its rate and keep the whole benchmark within
 * a few minutes on both databases (`BENCH_SUBSCRIPTION_PDFS=5000` renders them all).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { dateInZone } from '../src/core/subscriptions/index.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import type { Deps } from '../src/server/deps.js';
import {
  createDocumentsService,
  createLayoutService,
  createPdfService,
} from '../src/server/modules/documents/index.js';
import { createOrganizationsService } from '../src/server/modules/organizations/index.js';
import { SUBSCRIPTIONS_RUN_JOB } from '../src/server/modules/subscriptions/index.js';
import { createJobQueue } from '../src/server/platform/jobs/job-queue.js';
import { createSecretBox } from '../src/server/platform/secrets.js';
import { createLocalStorage } from '../src/server/platform/storage/local-storage.js';
import { TtlCache } from '../src/server/platform/ttl-cache.js';
import { signUpInProcess } from './in-process-signup.js';

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);

const COUNT = Number(process.env.BENCH_SUBSCRIPTIONS ?? 5000);
const PDFS = Math.min(COUNT, Number(process.env.BENCH_SUBSCRIPTION_PDFS ?? 1000));

export async function subscriptionBenchmark(label: string, databaseUrl?: string): Promise<void> {
  const handle = await openDatabase(
    databaseUrl ? { url: databaseUrl } : { pgliteDir: 'memory://' },
  );
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-bench-files-'));
  try {
    await migrateToLatest(handle.db);
    const config = {
      ...loadConfig({ LOG_LEVEL: 'silent' }),
      dataDir: files,
      // The run is started by hand below, not by the hourly clock.
      worker: 'off' as const,
      jobsSchema: `pgboss_bench_${process.pid}_${Date.now()}`,
    };
    const app = await buildApp({ config, db: handle.db, storage: createLocalStorage(files) });
    const session = await signUpInProcess(app, {
      email: `bench-subscriptions-${Date.now()}@example.be`,
    });
    const { headers, organizationId } = session;
    const customer = await app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers,
      payload: {
        kind: 'company',
        name: 'Customer',
        language: 'fr',
        address: {
          street: 'Rue Haute',
          number: '1',
          box: null,
          postalCode: '1000',
          city: 'Bruxelles',
          country: 'BE',
        },
      },
    });
    const customerId = (customer.json() as { id: string }).id;
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/subscriptions',
      headers,
      payload: {
        customerId,
        frequency: 'monthly',
        // Today at midnight, Belgian time: due now, once.
        startDate: dateInZone(new Date()),
        creationHour: 0,
        autoFinalize: true,
        textAbove: 'Période du %start% au %end%',
        lines: Array.from({ length: 10 }, (_, i) => ({
          kind: 'item',
          description: `Service ${i + 1} (%start% – %end%)`,
          quantity: '1',
          unitPrice: '19.95',
          vatRate: i % 2 ? '21' : '6',
        })),
      },
    });
    if (created.statusCode !== 201) throw new Error(created.body);
    // The other 4,999 are copies, all due at the same hour.
    await sql`
      insert into subscriptions
        (organization_id, id, name, contact_id, language, price_mode, vat_regime,
         vat_exemption_reason, discount, text_above, text_below, lines, frequency, start_date,
         end_date, creation_hour, active, auto_finalize, auto_send, next_cycle, next_run_at,
         last_error, total_excl, total_incl, created_by, created_at, updated_at)
      select organization_id, gen_random_uuid(), 'Copy ' || n, contact_id, language, price_mode,
         vat_regime, vat_exemption_reason, discount, text_above, text_below, lines, frequency,
         start_date, end_date, creation_hour, active, auto_finalize, auto_send, next_cycle,
         next_run_at, last_error, total_excl, total_incl, created_by, created_at, updated_at
      from subscriptions cross join generate_series(2, ${COUNT}) as n
      where organization_id = ${organizationId}`.execute(handle.db);

    // The hourly job, as the worker runs it.
    const runStart = performance.now();
    await handle.db
      .transaction()
      .execute((trx) => app.jobs.enqueue(trx, SUBSCRIPTIONS_RUN_JOB, { organizationId }));
    await app.jobs.drain(SUBSCRIPTIONS_RUN_JOB);
    const runSeconds = (performance.now() - runStart) / 1000;
    const { rows } = await sql<{ id: string; status: string }>`
      select d.id, d.status from subscription_runs r
      join documents d on d.organization_id = r.organization_id and d.id = r.invoice_id
      where r.organization_id = ${organizationId}`.execute(handle.db);
    if (rows.length !== COUNT || rows.some((row) => row.status !== 'finalized'))
      throw new Error(`expected ${COUNT} finalised invoices, found ${rows.length}`);

    // Their PDFs, rendered as the e-mail and PEPPOL sending would.
    const deps: Deps = {
      config,
      db: handle.db,
      clock: { now: () => new Date() },
      storage: createLocalStorage(files),
      jobs: createJobQueue({ db: handle.db, logger: app.log, schema: 'pgboss_unused' }),
      secrets: createSecretBox(crypto.randomBytes(32)),
      sessions: new TtlCache(0),
      memberships: new TtlCache(0),
    };
    const pdf = createPdfService(deps, {
      documents: createDocumentsService(deps),
      organizations: createOrganizationsService(deps),
      layouts: createLayoutService(deps),
    });
    // A few at a time, as several sending jobs would: database reads overlap the drawing.
    const pdfStart = performance.now();
    let bytes = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < PDFS) {
          const row = rows[next++];
          if (row) bytes += (await pdf.document(organizationId, 'invoice', row.id)).data.length;
        }
      }),
    );
    const pdfSeconds = (performance.now() - pdfStart) / 1000;
    await app.close();

    const perInvoice = runSeconds / COUNT + pdfSeconds / PDFS;
    line(
      `${label}: subscription run, ${COUNT} finalised invoices`,
      `${runSeconds.toFixed(1)} s, ${Math.round(COUNT / runSeconds)} invoices/s`,
    );
    line(
      `${label}: PDFs of ${PDFS} of them (${Math.round(bytes / PDFS / 1024)} KiB each)`,
      `${pdfSeconds.toFixed(1)} s, ${Math.round(PDFS / pdfSeconds)} PDFs/s`,
    );
    line(`${label}: invoices made and rendered`, `${Math.round(1 / perInvoice)} invoices/s`);
  } finally {
    await handle.close();
    fs.rmSync(files, { recursive: true, force: true });
  }
}
