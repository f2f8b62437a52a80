import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { freePort, startServer, type ServerProcess } from './server-process.js';
import { databaseUrl, withAdmin } from './template-database.js';

/**
 * Several Facto processes on one PostgreSQL database, as a deployment runs them: app processes
 * without workers (`FACTO_WORKER=off`) and `npm run worker` processes, sharing the data
 * directory (files) and the secret key. For the multi-process project (tests/server/multi-process).
 */
export interface Cluster {
  /** The database every process of the cluster uses (a clone of the run's template). */
  databaseUrl: string;
  env: Record<string, string>;
  app(env?: Record<string, string>): Promise<ServerProcess>;
  worker(env?: Record<string, string>): Promise<ServerProcess>;
  /** Kills every process still running and drops the database. */
  close(): Promise<void>;
}

let clones = 0;

/** Resolves once the process printed `text`; rejects if it exits first. */
export async function waitForOutput(
  server: ServerProcess,
  text: string,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (server.output().includes(text)) return;
    if (exitCode !== undefined)
      throw new Error(`process exited (${exitCode}):\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`"${text}" not printed in time:\n${server.output()}`);
}

export async function startCluster(env: Record<string, string> = {}): Promise<Cluster> {
  const base = process.env.TEST_DATABASE_URL;
  const template = inject('databaseTemplate').postgresTemplate;
  if (!base || !template)
    throw new Error(
      'Several processes need PostgreSQL: set TEST_DATABASE_URL (see docs/operations.md)',
    );
  clones += 1;
  const name = template.replace(/template$/, `${process.pid}_cluster${clones}`);
  await withAdmin(base, (admin) => admin.query(`create database "${name}" template "${template}"`));
  const url = databaseUrl(base, name);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-cluster-'));
  const shared: Record<string, string> = {
    DATABASE_URL: url,
    FACTO_DATA_DIR: dataDir,
    FACTO_SECRET_KEY: randomBytes(32).toString('base64'),
    DATABASE_POOL_SIZE: '4',
    ...env,
  };
  const processes: ServerProcess[] = [];
  const spawnOne = async (script: string, extra: Record<string, string>, ready: string) => {
    const server = startServer({ ...shared, ...extra }, await freePort(), script);
    processes.push(server);
    await waitForOutput(server, ready);
    return server;
  };
  return {
    databaseUrl: url,
    env: shared,
    app: (extra = {}) =>
      spawnOne('src/server/main.ts', { FACTO_WORKER: 'off', ...extra }, 'Facto is running on'),
    worker: (extra = {}) => spawnOne('src/server/worker.ts', extra, 'Facto worker is running'),
    async close() {
      for (const server of processes) server.child.kill('SIGKILL');
      await Promise.all(processes.map((server) => server.exited));
      await withAdmin(base, (admin) =>
        admin.query(`drop database if exists "${name}" with (force)`),
      );
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
