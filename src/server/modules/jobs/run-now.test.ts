import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { JobRunResult } from '../../../contract/index.js';
import { plusDays } from '../../../core/reminders/index.js';
import {
  brussels,
  company,
  customer,
  invoice,
  ok,
  present,
  runDailyJob,
  travel,
} from '../../../../tests/server/reminders-kit.js';
import {
  createSubscription,
  customer as subscriptionCustomer,
  invoicesOf,
  setClock,
} from '../../../../tests/server/subscriptions-helpers.js';
import { employeeClient } from '../../../../tests/server/team-helpers.js';
import {
  signedUpClient,
  TestClock,
  useTestApp,
  type TestApp,
} from '../../../../tests/server/test-app.js';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { todayInBelgium } from '../../platform/dates.js';
import { createLocalStorage } from '../../platform/storage/local-storage.js';
import { SUBSCRIPTIONS_RUN_JOB } from '../subscriptions/index.js';

// "Run now": the daily reminder run and the hourly subscription run on request, for owners
// (API) and operators (`npm run jobs`), exactly-once on the schedule's own keys.

const repo = path.resolve(import.meta.dirname, '../../../..');

const t = useTestApp();

async function reminderCount(documentId: string): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count from reminders where document_id = ${documentId}`.execute(
    t.database.db,
  );
  return rows[0]?.count ?? -1;
}

describe('run now (API)', () => {
  it('runs the reminder run for the company once: again, and then the schedule, make nothing', async () => {
    const { client } = await company(t, 'Rappels Maintenant SRL');
    const business = await customer(client, 'b2b');
    const unpaid = await invoice(client, business.id, '2026-01-15');
    expect(unpaid.dueDate).toBe('2026-02-15');

    travel(t, brussels('2026-02-23', '10:00'));
    const first = await ok<JobRunResult>(client.post('/api/v1/reminder-settings/run'));
    const again = await ok<JobRunResult>(client.post('/api/v1/reminder-settings/run'));
    // 07:00 the next day is the schedule's turn; the step was made already.
    await runDailyJob(t);
    travel(t, brussels('2026-02-24', '07:00'));
    await runDailyJob(t);
    present(t);
    expect(first).toEqual({ created: 1, failed: 0 });
    expect(again).toEqual({ created: 0, failed: 0 });
    expect(await reminderCount(unpaid.id)).toBe(1);
  });

  it('runs the subscription run for the company once: again, and then the schedule, make nothing', async () => {
    setClock(t, new Date());
    const { client, me } = await signedUpClient(t.app);
    const buyer = await subscriptionCustomer(client);
    setClock(t, '2026-03-10T09:00:00Z');
    const subscription = await createSubscription(client, buyer.id);
    expect(subscription.nextRunAt).toBe('2026-03-31T04:00:00.000Z');

    setClock(t, '2026-03-31T05:00:00Z');
    const first = await ok<JobRunResult>(client.post('/api/v1/subscriptions/run'));
    const again = await ok<JobRunResult>(client.post('/api/v1/subscriptions/run'));
    await t.database.db
      .transaction()
      .execute((trx) =>
        t.jobs.enqueue(trx, SUBSCRIPTIONS_RUN_JOB, { organizationId: me.organization.id }),
      );
    await t.jobs.drain(SUBSCRIPTIONS_RUN_JOB);
    setClock(t, new Date());
    expect(first).toEqual({ created: 1, failed: 0 });
    expect(again).toEqual({ created: 0, failed: 0 });
    expect((await invoicesOf(client, subscription.id)).map((i) => i.periodStart)).toEqual([
      '2026-03-31',
    ]);
  });

  it('is for owners: an employee with the invoices and settings modules is refused', async () => {
    present(t);
    const owner = await signedUpClient(t.app);
    const employee = await employeeClient(t.app, owner.client, ['invoices', 'settings']);
    for (const url of ['/api/v1/reminder-settings/run', '/api/v1/subscriptions/run']) {
      const refused = await employee.client.post(url);
      expect(refused.statusCode).toBe(403);
      expect(refused.json<{ error: { code: string } }>().error.code).toBe('ownerOnly');
    }
  });
});

/** `npm run jobs -- …` as an operator runs it (from source, like `npm run jobs` after its build). */
function runCli(args: string[], env: Record<string, string | undefined>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/jobs.ts', ...args], {
      cwd: repo,
      env: { ...process.env, DATABASE_URL: undefined, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run jobs (CLI)', () => {
  it('runs reminders and subscriptions for one company, exactly once', async () => {
    // PostgreSQL: the test database. PGlite: a data directory the CLI opens once we close it.
    const url = process.env.TEST_DATABASE_URL;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-jobs-cli-'));
    const clock = new TestClock();
    const open = async () => {
      const database = await openDatabase(
        url ? { url, poolSize: 3 } : { pgliteDir: path.join(dataDir, 'db') },
      );
      await migrateToLatest(database.db);
      const app = await buildApp({
        config: {
          ...loadConfig({ LOG_LEVEL: 'silent' }),
          dataDir,
          worker: 'off',
          jobsSchema: `pgboss_cli_${process.pid}`,
        },
        db: database.db,
        storage: createLocalStorage(path.join(dataDir, 'files')),
        clock,
      });
      await app.ready();
      return {
        app,
        db: database.db,
        close: async () => {
          await app.close();
          await database.close();
        },
      };
    };
    try {
      const seeded = await open();
      // The reminder kit needs an app and its clock only.
      const kit = { app: seeded.app, jobs: seeded.app.jobs, clock } as unknown as TestApp;
      const { client, me } = await company(kit, 'Opérateur SRL');
      const organizationId = me.organization.id;
      // Overdue by ten days today (real time: the CLI runs on the real clock).
      const today = todayInBelgium(new Date());
      const business = await customer(client, 'b2b');
      const unpaid = await invoice(client, business.id, plusDays(today, -40), '1000', {
        dueDate: plusDays(today, -10),
      });
      // A subscription whose first invoice is due at midnight today.
      const buyer = await subscriptionCustomer(client);
      const subscription = await createSubscription(client, buyer.id, {
        startDate: today,
        creationHour: 0,
      });
      await seeded.close();

      const env = url ? { DATABASE_URL: url } : { FACTO_DATA_DIR: dataDir };
      const runs = [
        await runCli(['reminders', '--organization', organizationId], env),
        await runCli(['reminders', '--organization', organizationId], env),
        await runCli(['subscriptions', '--organization', organizationId], env),
        await runCli(['subscriptions', '--organization', organizationId], env),
        await runCli(['holidays'], env),
      ];
      expect(runs.map((r) => [r.code, r.output.trim()])).toEqual([
        [0, 'reminders: 1 reminders made, 0 failed'],
        [0, 'reminders: 0 reminders made, 0 failed'],
        [0, 'subscriptions: 1 invoices made, 0 failed'],
        [0, 'subscriptions: 0 invoices made, 0 failed'],
        [2, 'Usage: npm run jobs -- reminders|subscriptions [--organization <id>]'],
      ]);

      const reopened = await open();
      try {
        const { rows } = await sql<{ reminders: number; invoices: number }>`
          select
            (select count(*)::int from reminders where document_id = ${unpaid.id}) as reminders,
            (select count(*)::int from subscription_runs where subscription_id = ${subscription.id}) as invoices`.execute(
          reopened.db,
        );
        expect(rows).toEqual([{ reminders: 1, invoices: 1 }]);
      } finally {
        await reopened.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
