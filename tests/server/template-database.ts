import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { createLocalStorage } from '../../src/server/platform/storage/local-storage.js';
import {
  createCitusTemplate,
  dropCitusDatabases,
  freezeCitusTemplate,
  isCitusDatabase,
  openCitusClone,
  type CitusCloneOptions,
  type CitusTemplate,
} from './citus-database.js';

/**
 * Server tests start from a database migrated once per run instead of migrating one per app:
 * on PostgreSQL a template database cloned with `CREATE DATABASE … TEMPLATE`, on PGlite a dump
 * of a migrated data directory loaded into a fresh in-memory instance. Roles are cluster-wide
 * and grants live in the catalog, so a clone has facto_app and every RLS policy as migrated.
 * The template also holds the job queue's schema and queues, which an app's start finds ready.
 */
export interface DatabaseTemplate {
  /** PostgreSQL: the migrated template database's name. */
  postgresTemplate?: string;
  /** PGlite: the file holding the migrated data directory (an uncompressed tar). */
  pgliteDump?: string;
  /** Citus: the migrated template, made on every node of the cluster (citus-database.ts). */
  citusTemplate?: CitusTemplate;
}

/** Every database a run creates starts with `<base>__<pid of the run>_`, so a run cleans up after itself. */
const runPrefix = (base: string, runPid: number) => `${base}__${runPid}_`;

export function databaseUrl(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

const baseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

export async function withAdmin<T>(url: string, run: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

const dropDatabase = (admin: pg.Client, name: string) =>
  admin.query(`drop database if exists "${name}" with (force)`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Drops what runs killed before their teardown left behind, and this run's own databases. */
async function dropLeftovers(admin: pg.Client, base: string, runPid?: number): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    `select datname from pg_database where starts_with(datname, $1)`,
    [`${base}__`],
  );
  for (const { datname } of rows) {
    const pid = Number(datname.slice(base.length + 2).split('_')[0]);
    if (pid === runPid || (runPid === undefined && Number.isInteger(pid) && !alive(pid)))
      await dropDatabase(admin, datname);
  }
}

/** The job queue's schema in every test database: each app has a database of its own. */
export const TEST_JOBS_SCHEMA = 'pgboss_test';

/** Migrates, then starts and stops the app once so pg-boss installs its schema and queues. */
async function migrate(
  options: Parameters<typeof openDatabase>[0],
  withJobQueue: boolean,
): Promise<DatabaseHandle> {
  const handle = await openDatabase(options);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-test-template-files-'));
  try {
    await migrateToLatest(handle.db);
    if (withJobQueue) {
      const app = await buildApp({
        config: {
          ...loadConfig({ LOG_LEVEL: 'silent' }),
          dataDir: filesDir,
          worker: 'off',
          jobsSchema: TEST_JOBS_SCHEMA,
        },
        db: handle.db,
        storage: createLocalStorage(filesDir),
      });
      await app.ready();
      await app.close();
    }
  } catch (error) {
    await handle.close();
    throw error;
  } finally {
    fs.rmSync(filesDir, { recursive: true, force: true });
  }
  return handle;
}

/**
 * Global setup: migrates the template once. On PostgreSQL the database named by the URL is
 * migrated too, for the tests that use it directly (the jobs CLI, the server process).
 * Returns the teardown.
 */
export async function prepareTemplate(
  url: string | undefined,
): Promise<{ template: DatabaseTemplate; teardown: () => Promise<void> }> {
  if (url && (await isCitusDatabase(url))) return prepareCitusTemplate(url);
  if (url) {
    const base = baseName(url);
    const template = `${runPrefix(base, process.pid)}template`;
    await withAdmin(url, async (admin) => {
      await dropLeftovers(admin, base);
      await admin.query(`create database "${template}"`);
    });
    const [own, cloned] = await Promise.all([
      migrate({ url, poolSize: 2 }, false),
      migrate({ url: databaseUrl(url, template), poolSize: 2 }, true),
    ]);
    await Promise.all([own.close(), cloned.close()]);
    const keeper = startCloneKeeper(url, template);
    return {
      template: { postgresTemplate: template },
      teardown: async () => {
        await keeper.stop();
        await withAdmin(url, (admin) => dropLeftovers(admin, base, process.pid));
      },
    };
  }
  const handle = await migrate({ pgliteDir: 'memory://' }, true);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-test-template-'));
  const file = path.join(dir, 'pgdata.tar');
  try {
    if (!handle.dumpDataDir) throw new Error('Only PGlite dumps its data directory');
    const dump = await handle.dumpDataDir();
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
  return {
    template: { pgliteDump: file },
    teardown: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Global setup on a Citus coordinator: the template is made and migrated on every node. The
 * database named by the URL is left as it is (the tests that use it directly run on PostgreSQL).
 */
async function prepareCitusTemplate(
  url: string,
): Promise<{ template: DatabaseTemplate; teardown: () => Promise<void> }> {
  const base = baseName(url);
  const prefix = `${base}__`;
  const runPid = (name: string) => Number(name.slice(prefix.length).split('_')[0]);
  await dropCitusDatabases(url, (name) => alive(runPid(name)), prefix);
  const citusTemplate = await createCitusTemplate(url, `${runPrefix(base, process.pid)}template`);
  const [coordinator] = citusTemplate.nodes;
  const handle = await migrate({ url: databaseUrl(coordinator ?? url, citusTemplate.name) }, true);
  await handle.close();
  await freezeCitusTemplate(citusTemplate);
  return {
    template: { citusTemplate },
    teardown: () => dropCitusDatabases(url, (name) => runPid(name) !== process.pid, prefix),
  };
}

let cloneCounter = 0;

/**
 * Clones waiting for a test file, made by the run's keeper while the tests run. Two: on two
 * cores one file runs at a time, and a clone takes well under the shortest file's time.
 */
const SPARE_CLONES = 2;
/** The mark (a database comment) of a clone whose test app has closed. */
const RELEASED = 'facto test clone released';

const spareName = (template: string, n: number) => template.replace(/template$/, `spare_${n}`);
const sparePrefix = (template: string) => spareName(template, 0).replace(/0$/, '');

/**
 * Takes one of the keeper's spare clones under the test app's own name. The rename is the
 * claim: it fails once another worker has taken that spare, and nobody connects to a spare.
 */
async function claimSpare(admin: pg.Client, template: string, name: string): Promise<boolean> {
  const { rows } = await admin.query<{ datname: string }>(
    'select datname from pg_database where starts_with(datname, $1) order by oid',
    [sparePrefix(template)],
  );
  for (const { datname } of rows) {
    try {
      await admin.query(`alter database "${datname}" rename to "${name}"`);
      return true;
    } catch {
      // Taken by another worker meanwhile: try the next.
    }
  }
  return false;
}

/**
 * The run's background work on PostgreSQL, off the test files' path: it keeps SPARE_CLONES
 * clones of the template ready (`CREATE DATABASE … TEMPLATE` takes a second or so, per test
 * file) and drops released clones once nothing is connected to them (a drop "with (force)"
 * would kill a closing pool's connections). The teardown drops whatever is left.
 *
 * The clone keeps PostgreSQL 15's default strategy, WAL_LOG: STRATEGY FILE_COPY was four times
 * slower here (two checkpoints per clone, each flushing every dirty buffer of the cluster).
 */
function startCloneKeeper(url: string, template: string): { stop(): Promise<void> } {
  let stopped = false;
  let made = 0;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const run = async (admin: pg.Client) => {
    while (!stopped) {
      const { rows: released } = await admin.query<{ datname: string }>(
        `select d.datname from pg_database d
           join pg_shdescription s on s.objoid = d.oid and s.classoid = 'pg_database'::regclass
          where s.description = $1 and starts_with(d.datname, $2)
            and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)`,
        [RELEASED, template.replace(/template$/, '')],
      );
      for (const { datname } of released) {
        // Someone connected meanwhile (never a test): left for the next round.
        await admin.query(`drop database if exists "${datname}"`).catch(() => undefined);
      }
      const { rows: spares } = await admin.query<{ count: number }>(
        'select count(*)::int as count from pg_database where starts_with(datname, $1)',
        [sparePrefix(template)],
      );
      if ((spares[0]?.count ?? 0) < SPARE_CLONES) {
        made += 1;
        await admin.query(`create database "${spareName(template, made)}" template "${template}"`);
      } else await pause(200);
    }
  };
  const loop = (async () => {
    while (!stopped) {
      try {
        await withAdmin(url, run);
      } catch (error) {
        // A lost connection or a failed statement: test files make their own clones meanwhile.
        console.warn('test database keeper:', error);
        await pause(1000);
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

/** A database of its own for one test app, cloned from the run's template; closing drops it. */
export async function openTemplateClone(
  url: string | undefined,
  template: DatabaseTemplate,
  poolSize: number,
  citusOptions: CitusCloneOptions = {},
): Promise<DatabaseHandle> {
  if (template.citusTemplate) {
    const { name } = template.citusTemplate;
    const clone = name.replace(/template$/, `${process.pid}_${++cloneCounter}`);
    return openCitusClone(template.citusTemplate, clone, poolSize, citusOptions);
  }
  if (url) {
    if (!template.postgresTemplate) throw new Error('No PostgreSQL template: run via vitest');
    const postgresTemplate = template.postgresTemplate;
    const name = postgresTemplate.replace(/template$/, `${process.pid}_${++cloneCounter}`);
    await withAdmin(url, async (admin) => {
      if (!(await claimSpare(admin, postgresTemplate, name)))
        await admin.query(`create database "${name}" template "${postgresTemplate}"`);
    });
    const handle = await openDatabase({ url: databaseUrl(url, name), poolSize });
    return {
      ...handle,
      async close() {
        await handle.close();
        // The run's keeper drops it once its last connection is gone (the job queue's own pool
        // may still be closing): the next test file does not wait for that.
        await withAdmin(url, (admin) =>
          admin.query(`comment on database "${name}" is '${RELEASED}'`),
        );
      },
    };
  }
  if (!template.pgliteDump) throw new Error('No PGlite template: run via vitest');
  const dump = new Blob([fs.readFileSync(template.pgliteDump)]);
  return openDatabase({ pgliteDir: 'memory://', pgliteLoadDataDir: dump });
}
