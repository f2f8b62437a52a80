import { createRequire } from 'node:module';
import { CompiledQuery, sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/tenant.js';

/** What a handler learns about its job: its data and whether this is the last try. */
export interface JobContext<T> {
  id: string;
  data: T;
  /** 0 on the first try. */
  attempt: number;
  /** No retry follows if this try fails: the handler records the failure itself. */
  lastAttempt: boolean;
}

export type JobHandler<T> = (job: JobContext<T>) => Promise<void>;

export interface QueueDefinition {
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (pg-boss back-off). */
  retryDelay: number;
  /**
   * How many of this queue's jobs a worker process runs at once (default 1): more for jobs that
   * mostly wait on another server (SMTP), so one slow answer does not hold up the others.
   */
  concurrency?: number;
}

export interface JobQueue {
  /** Declares a queue and its handler; call before `start`. */
  define<T extends object>(name: string, definition: QueueDefinition, handler: JobHandler<T>): void;
  /**
   * Runs a job on a cron (e.g. `0 * * * *`, hourly), from pg-boss's clock in the processes that
   * run the workers; call before `start`.
   */
  schedule<T extends object>(name: string, cron: string, data: T): void;
  /**
   * Runs `task` every `seconds` in the processes that run the workers (first at their start):
   * for what must happen sooner than a cron minute, such as taking over an interrupted e-mail.
   */
  every(seconds: number, task: () => Promise<void>): void;
  /** Runs every `every` task once, here and now (tests, like `drain`). */
  tick(): Promise<void>;
  /** Creates pg-boss's schema and the queues, and lets the tenant role enqueue. */
  start(): Promise<void>;
  /**
   * Whether `start` would find everything in place (pg-boss's schema at this version, every
   * queue created), read in one query: jobs can then be enqueued before `start` has run.
   */
  isSetUp(): Promise<boolean>;
  /** How many jobs of the queue a worker process runs at once. */
  concurrencyOf(name: string): number;
  /** Polls every queue in this process (embedded mode, or `npm run worker`). */
  startWorkers(pollingSeconds?: number): Promise<void>;
  /**
   * Adds a job in the caller's transaction: it exists only if the change that causes it commits.
   * `singletonKey` keeps one pending job per key.
   */
  enqueue<T extends object>(
    trx: Tx,
    name: string,
    data: T,
    options?: { startAfterSeconds?: number; singletonKey?: string },
  ): Promise<void>;
  /** An organization's latest jobs (data.organizationId), newest first, for the owners' view. */
  listForOrganization(organizationId: string, limit?: number): Promise<JobRow[]>;
  /** Tries a failed job of the organization again; false when there is no such failed job. */
  retryFailed(organizationId: string, id: string): Promise<boolean>;
  /** Runs the jobs that are due now, one by one, until none is left (tests, `npm run worker -- --once`). */
  drain(name?: string): Promise<number>;
  stop(): Promise<void>;
}

export interface JobRow {
  id: string;
  name: string;
  state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
  retryCount: number;
  retryLimit: number;
  error: string | null;
  createdOn: Date;
  startAfter: Date;
  completedOn: Date | null;
}

/** The schema version this pg-boss expects (its `start` migrates an older one). */
const PG_BOSS_SCHEMA_VERSION = (
  createRequire(import.meta.url)('pg-boss/version.json') as { schema: number }
).schema;

/** pg-boss's queries go through Kysely, so they use the same pool (one connection on PGlite). */
function executor(db: Database | Tx) {
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows } as { rows: never[] };
    },
  };
}

export function createJobQueue(options: {
  db: Database;
  logger: FastifyBaseLogger;
  /** pg-boss's own schema; tests give each app one so they never run each other's jobs. */
  schema: string;
  /** Whether this process keeps pg-boss's clock for `schedule` (the processes running workers). */
  runSchedules?: boolean;
}): JobQueue {
  const { db, logger, schema } = options;
  const boss = new PgBoss({
    db: executor(db),
    schema,
    supervise: true,
    schedule: options.runSchedules ?? false,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  const queues = new Map<string, { definition: QueueDefinition; handler: JobHandler<object> }>();
  const schedules: { name: string; cron: string; data: object }[] = [];
  const periodic: { seconds: number; task: () => Promise<void> }[] = [];
  const timers: NodeJS.Timeout[] = [];
  /** This process's pg-boss workers per queue, to wake them when there is work. */
  const workers = new Map<string, string[]>();
  let started = false;

  /**
   * pg-boss's worker sleeps a whole polling interval after every fetch, even one that found a
   * job: a queue would run one job per interval. Woken, it fetches again at once.
   */
  const wake = (name: string) => {
    for (const id of workers.get(name) ?? []) boss.notifyWorker(id);
  };
  // A job enqueued here is visible once its transaction commits, which `enqueue` cannot see:
  // the idle workers look twice shortly after, instead of up to a polling interval later.
  const WAKE_AFTER_ENQUEUE_MS = [20, 200];

  const runTask = (task: () => Promise<void>) =>
    task().catch((error: unknown) => logger.error({ err: error }, 'periodic job task failed'));

  async function run(name: string, job: PgBoss.JobWithMetadata<object>): Promise<void> {
    const queue = queues.get(name);
    if (!queue) throw new Error(`No handler for job queue ${name}`);
    await queue.handler({
      id: job.id,
      data: job.data,
      attempt: job.retryCount,
      lastAttempt: job.retryCount >= job.retryLimit,
    });
  }

  return {
    define(name, definition, handler) {
      queues.set(name, { definition, handler: handler as JobHandler<object> });
    },

    schedule(name, cron, data) {
      schedules.push({ name, cron, data });
    },

    every(seconds, task) {
      periodic.push({ seconds, task });
    },

    concurrencyOf(name) {
      return Math.max(1, queues.get(name)?.definition.concurrency ?? 1);
    },

    async tick() {
      for (const { task } of periodic) await task();
    },

    async start() {
      await boss.start();
      for (const [name, { definition }] of queues) {
        await boss.createQueue(name, {
          name,
          retryLimit: definition.retryLimit,
          retryDelay: definition.retryDelay,
          retryBackoff: true,
        });
      }
      // Stored in pg-boss's schedule table (one row per queue): every process may write it.
      for (const { name, cron, data } of schedules) {
        await boss.schedule(name, cron, data, { tz: 'Europe/Brussels' });
      }
      // Tenant transactions run as facto_app: they enqueue into pg-boss's tables directly.
      await sql`grant usage on schema ${sql.id(schema)} to facto_app`.execute(db);
      await sql`grant select, insert on all tables in schema ${sql.id(schema)} to facto_app`.execute(
        db,
      );
      await sql`grant usage, select on all sequences in schema ${sql.id(schema)} to facto_app`.execute(
        db,
      );
      started = true;
    },

    async isSetUp() {
      const names = [...queues.keys()];
      try {
        const { rows } = await sql<{ version: string; queues: string }>`
          select (select version from ${sql.id(schema, 'version')}) as version,
            (select count(*) from ${sql.id(schema, 'queue')} where name = any(${names})) as queues`.execute(
          db,
        );
        const row = rows[0];
        return (
          Number(row?.version) === PG_BOSS_SCHEMA_VERSION && Number(row?.queues) === names.length
        );
      } catch {
        // A new database: pg-boss's schema is not there yet.
        return false;
      }
    },

    async startWorkers(pollingSeconds = 2) {
      for (const [name, { definition }] of queues) {
        const ids: string[] = [];
        workers.set(name, ids);
        for (let i = 0; i < Math.max(1, definition.concurrency ?? 1); i += 1) {
          let id = '';
          id = await boss.work<object>(
            name,
            { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: pollingSeconds },
            async ([job]) => {
              if (!job) return;
              // There may be more: this worker fetches again as soon as this one is done.
              if (id) boss.notifyWorker(id);
              await run(name, job);
            },
          );
          ids.push(id);
        }
      }
      for (const { seconds, task } of periodic) {
        void runTask(task);
        const timer = setInterval(() => void runTask(task), seconds * 1000);
        timer.unref();
        timers.push(timer);
      }
    },

    async enqueue(trx, name, data, enqueueOptions = {}) {
      const queue = queues.get(name);
      if (!queue) throw new Error(`Unknown job queue ${name}`);
      await boss.send(name, data, {
        db: executor(trx),
        retryLimit: queue.definition.retryLimit,
        retryDelay: queue.definition.retryDelay,
        retryBackoff: true,
        ...(enqueueOptions.startAfterSeconds !== undefined && {
          startAfter: enqueueOptions.startAfterSeconds,
        }),
        ...(enqueueOptions.singletonKey !== undefined && {
          singletonKey: enqueueOptions.singletonKey,
        }),
      });
      if (workers.has(name) && enqueueOptions.startAfterSeconds === undefined)
        for (const ms of WAKE_AFTER_ENQUEUE_MS) setTimeout(() => wake(name), ms).unref();
    },

    async drain(only) {
      // pg-boss fetches jobs whose start_after is strictly before now(); PGlite's clock has
      // millisecond resolution, so a job enqueued this very millisecond would not be due yet.
      await new Promise((resolve) => setTimeout(resolve, 2));
      let count = 0;
      for (;;) {
        let ran = false;
        for (const name of only ? [only] : [...queues.keys()]) {
          const [job] = await boss.fetch<object>(name, { batchSize: 1, includeMetadata: true });
          if (!job) continue;
          ran = true;
          count += 1;
          try {
            await run(name, job);
            await boss.complete(name, job.id);
          } catch (error) {
            await boss.fail(name, job.id, {
              message: error instanceof Error ? error.message : String(error),
            });
          }
        }
        if (!ran) return count;
      }
    },

    async listForOrganization(organizationId, limit = 100) {
      const { rows } = await sql<{
        id: string;
        name: string;
        state: JobRow['state'];
        retry_count: number;
        retry_limit: number;
        output: { message?: string } | null;
        created_on: Date;
        start_after: Date;
        completed_on: Date | null;
      }>`
        select id, name, state, retry_count, retry_limit, output, created_on, start_after, completed_on
        from ${sql.id(schema, 'job')}
        where data->>'organizationId' = ${organizationId}
        order by created_on desc
        limit ${limit}`.execute(db);
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        state: row.state,
        retryCount: row.retry_count,
        retryLimit: row.retry_limit,
        error:
          row.state === 'failed' || row.state === 'retry' ? (row.output?.message ?? null) : null,
        createdOn: row.created_on,
        startAfter: row.start_after,
        completedOn: row.completed_on,
      }));
    },

    async retryFailed(organizationId, id) {
      const { rows } = await sql<{ name: string }>`
        select name from ${sql.id(schema, 'job')}
        where id = ${id}::uuid and state = 'failed' and data->>'organizationId' = ${organizationId}`.execute(
        db,
      );
      const name = rows[0]?.name;
      if (!name) return false;
      await boss.retry(name, id);
      return true;
    },

    async stop() {
      for (const timer of timers.splice(0)) clearInterval(timer);
      workers.clear();
      if (started) await boss.stop({ graceful: true, wait: true, close: false });
      started = false;
    },
  };
}
