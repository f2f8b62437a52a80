import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/database.js';

/**
 * Test databases on a Citus cluster (TEST_DATABASE_URL names a database of the coordinator with
 * the citus extension, e.g. from `../shared/tools/citus/cluster createdb`). `CREATE DATABASE …
 * TEMPLATE` on the coordinator alone copies the shard metadata without the shards, so the
 * template is made on every node (coordinator and workers, same name) and a clone is cloned on
 * every node too: the copies hold the same placements under the same database name, which is
 * how the coordinator reaches its workers. A database with the citus extension always has its
 * maintenance daemon connected, so a template is closed to connections before it is cloned.
 */
export interface CitusTemplate {
  name: string;
  /** The coordinator first, then the workers: connection URLs to their `postgres` database. */
  nodes: string[];
}

/** The shards per table in test databases: enough to spread organizations over both workers. */
const TEST_SHARD_COUNT = 4;

function urlOf(url: string, changes: { database?: string; host?: string; port?: number }) {
  const target = new URL(url);
  if (changes.database !== undefined) target.pathname = `/${changes.database}`;
  if (changes.host !== undefined) target.hostname = changes.host;
  if (changes.port !== undefined) target.port = String(changes.port);
  return target.toString();
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** True when the database of `url` is a Citus coordinator's. */
export async function isCitusDatabase(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows } = await client.query("select 1 from pg_extension where extname = 'citus'");
    return rows.length > 0;
  });
}

/** The coordinator and its workers as registered in the database of `url`. */
async function clusterNodes(url: string): Promise<string[]> {
  const { rows } = await withClient(url, (client) =>
    client.query<{ nodename: string; nodeport: number; groupid: number }>(
      `select nodename, nodeport, groupid from pg_dist_node
       where noderole = 'primary' and isactive order by groupid`,
    ),
  );
  const coordinator = urlOf(url, { database: 'postgres' });
  const workers = rows
    .filter((row) => row.groupid !== 0)
    .map((row) => urlOf(url, { database: 'postgres', host: row.nodename, port: row.nodeport }));
  return [coordinator, ...workers];
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function dropEverywhere(nodes: string[], name: string): Promise<void> {
  await Promise.all(
    nodes.map((node) =>
      withClient(node, (client) =>
        client.query(`drop database if exists ${quoted(name)} with (force)`),
      ),
    ),
  );
}

/** Drops the databases whose names start with `prefix` on every node (a run's leftovers). */
export async function dropCitusDatabases(
  url: string,
  keep: (name: string) => boolean,
  prefix: string,
): Promise<void> {
  const nodes = await clusterNodes(url);
  for (const node of nodes) {
    const { rows } = await withClient(node, (client) =>
      client.query<{ datname: string }>(
        'select datname from pg_database where starts_with(datname, $1)',
        [prefix],
      ),
    );
    for (const { datname } of rows) {
      if (!keep(datname))
        await withClient(node, (client) =>
          client.query(`drop database if exists ${quoted(datname)} with (force)`),
        );
    }
  }
}

/**
 * Makes an empty distributed database `name` on every node of the cluster behind `url`, as
 * `cluster createdb` does, with few shards per table so migrating it takes seconds.
 */
export async function createCitusTemplate(url: string, name: string): Promise<CitusTemplate> {
  const nodes = await clusterNodes(url);
  const [coordinator, ...workers] = nodes;
  if (!coordinator) throw new Error('No Citus coordinator');
  for (const node of nodes) {
    await withClient(node, async (client) => {
      await client.query('set client_min_messages = warning');
      await client.query(`create database ${quoted(name)}`);
    });
    await withClient(urlOf(node, { database: name }), (client) =>
      client.query('set client_min_messages = warning; create extension citus'),
    );
  }
  const own = new URL(coordinator);
  await withClient(urlOf(coordinator, { database: name }), async (client) => {
    await client.query('select citus_set_coordinator_host($1, $2)', [
      own.hostname,
      Number(own.port || 5432),
    ]);
    for (const worker of workers) {
      const { hostname, port } = new URL(worker);
      await client.query('select citus_add_node($1, $2)', [hostname, Number(port || 5432)]);
    }
    await client.query(
      `alter database ${quoted(name)} set citus.shard_count = ${TEST_SHARD_COUNT}`,
    );
  });
  return { name, nodes };
}

/** Closes the migrated template to connections (its maintenance daemons too), ready to clone. */
export async function freezeCitusTemplate(template: CitusTemplate): Promise<void> {
  await Promise.all(
    template.nodes.map((node) =>
      withClient(node, async (client) => {
        await client.query(`alter database ${quoted(template.name)} allow_connections false`);
        await client.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1',
          [template.name],
        );
      }),
    ),
  );
}

/** A distributed database of its own for one test app, cloned on every node; closing drops it. */
export interface CitusCloneOptions {
  /** Sessions log every command sent to a worker as a notice, given to `onNotice`. */
  logRemoteCommands?: (notice: {
    message?: string | undefined;
    detail?: string | undefined;
  }) => void;
}

export async function openCitusClone(
  template: CitusTemplate,
  name: string,
  poolSize: number,
  options: CitusCloneOptions = {},
): Promise<DatabaseHandle> {
  const [coordinator] = template.nodes;
  if (!coordinator) throw new Error('No Citus coordinator');
  await Promise.all(
    template.nodes.map((node) =>
      withClient(node, async (client) => {
        await client.query('set client_min_messages = warning');
        // A template's daemon may still be closing right after the freeze: wait for it.
        for (let attempt = 0; ; attempt += 1) {
          try {
            await client.query(`create database ${quoted(name)} template ${quoted(template.name)}`);
            return;
          } catch (error) {
            if (attempt >= 50 || (error as { code?: string }).code !== '55006') throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      }),
    ),
  );
  const onNotice = options.logRemoteCommands;
  if (onNotice)
    await withClient(coordinator, (client) =>
      client.query(`alter database ${quoted(name)} set citus.log_remote_commands = on`),
    );
  const url = urlOf(coordinator, { database: name });
  const handle = await openDatabase({ url, poolSize, ...(onNotice ? { onNotice } : {}) });
  return {
    ...handle,
    async close() {
      await handle.close();
      // As on PostgreSQL: let the job queue's pool close before the drop forces connections.
      await withClient(coordinator, async (client) => {
        for (let attempt = 0; attempt < 100; attempt += 1) {
          const { rows } = await client.query<{ open: number }>(
            `select count(*)::int as open from pg_stat_activity
             where datname = $1 and backend_type = 'client backend'
               and application_name not like 'citus%'`,
            [name],
          );
          if (rows[0]?.open === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      });
      await dropEverywhere(template.nodes, name);
    },
  };
}
