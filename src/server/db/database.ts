import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.generated.js';

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** PostgreSQL with the Citus extension: tenant tables are sharded by organization_id. */
  citus?: boolean;
  close(): Promise<void>;
  /** PGlite only: the data directory as an uncompressed tar (tests' migrated template). */
  dumpDataDir?(): Promise<Blob>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; without it the embedded PGlite database is used. */
  url?: string | undefined;
  /** PGlite data directory, or `memory://` for a throw-away database (tests, code generation). */
  pgliteDir?: string;
  /** PGlite only: start from this dumped data directory instead of an empty one. */
  pgliteLoadDataDir?: Blob;
  poolSize?: number;
  /** PostgreSQL only: receives the server's notices (tests read Citus' remote commands). */
  onNotice?: (notice: { message?: string | undefined; detail?: string | undefined }) => void;
}

// Dates stay as Date (timestamptz); bigint counters as numbers; numeric stays a decimal string.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// A calendar date is not an instant: keep `2026-01-15` as text instead of a local-midnight Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** PGlite 0.5's own start parameters (not exported by the package). */
const PGLITE_DEFAULT_START_PARAMS = [
  '--single',
  '-F',
  '-O',
  '-j',
  '-c',
  'search_path=public',
  '-c',
  'exit_on_error=false',
  '-c',
  'log_checkpoints=false',
  '-c',
  'max_worker_processes=0',
  '-c',
  'max_parallel_workers=0',
  '-c',
  'max_parallel_workers_per_gather=0',
  '-c',
  'io_method=sync',
  '-c',
  'max_parallel_maintenance_workers=0',
];

/**
 * The app's sessions on a Citus coordinator. SET LOCAL (withTenant's organization and role)
 * must reach the shards: without it a policy reading app.organization_id there sees nothing and
 * a query silently returns no rows. The app's only DDL at run time is the job queue's own
 * tables, which stay local to the coordinator: Citus would otherwise copy pg-boss's schema to
 * the workers (and trips over its multi-statement install script). Migrations turn DDL
 * propagation back on (migrate.ts).
 */
const CITUS_SESSION_OPTIONS =
  '-c citus.propagate_set_commands=local -c citus.enable_ddl_propagation=off';

/** Whether the database is a Citus coordinator (docs/operations.md, "Running on Citus"). */
async function hasCitus(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query("select 1 from pg_extension where extname = 'citus'");
    return result.rows.length > 0;
  } finally {
    await client.end();
  }
}

/** Same driver path for both databases: Kysely's PostgresDialect over a pg.Pool. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const citus = await hasCitus(options.url);
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      ...(citus ? { options: CITUS_SESSION_OPTIONS } : {}),
    });
    // An idle connection the server closed (restart, failover, a cut network) leaves the pool
    // and the next query opens a new one; unheard, the pool's error would end the process.
    pool.on('error', () => undefined);
    const { onNotice } = options;
    if (onNotice) pool.on('connect', (client) => client.on('notice', onNotice));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', citus, close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const dir = options.pgliteDir ?? 'memory://';
  const pglite = await PGlite.create(dir.startsWith('memory://') ? dir : path.resolve(dir), {
    // PGlite's defaults, with a smaller buffer cache: the OS caches the data files anyway, and
    // this keeps the embedded server's memory (RSS) near 200 MB instead of 300.
    startParams: [...PGLITE_DEFAULT_START_PARAMS, '-c', 'shared_buffers=16MB'],
    // Trigram indexes for the search boxes (customers, products).
    extensions: { pg_trgm },
    ...(options.pgliteLoadDataDir ? { loadDataDir: options.pgliteLoadDataDir } : {}),
  });
  // PGlite is one backend: a pool of exactly one client that is never closed while idle.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    dumpDataDir: () => pglite.dumpDataDir('none'),
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
