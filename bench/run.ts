/**
 * `npm run bench`: start-up time, memory, and authenticated GET /api/v1/me under load on PGlite
 * and PostgreSQL, printed beside a bare Fastify route measured in the same run.
 * `npm run bench -- me email` runs only the named sections (startup, me, email, documents,
 * web, postgres): on a shared machine, a measurement is repeated without paying for all the others.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { finalizeBenchmark, totalsBenchmark } from './documents.js';
import { emailBenchmark } from './email.js';
import { largeDataBenchmark } from './large-data.js';
import { pdfBenchmark } from './pdf.js';
import { startupBenchmark } from './startup.js';
import { subscriptionBenchmark } from './subscriptions.js';
import { ublInBenchmark } from './ubl-in.js';
import { ublOutBenchmark } from './ubl-out.js';
import { webPhoneBenchmark } from './web-phone.js';
import { load, rssMb, sessionCookie, startProcess, stopProcess, type LoadResult } from './lib.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const server = path.join(root, 'dist', 'src', 'server', 'main.js');
const bare = path.join(root, 'dist', 'bench', 'bare-server.js');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const SECTIONS = ['startup', 'me', 'email', 'documents', 'web', 'postgres'] as const;
const chosen = process.argv.slice(2);
for (const name of chosen)
  if (!(SECTIONS as readonly string[]).includes(name))
    throw new Error(`Unknown section ${name}: choose among ${SECTIONS.join(', ')}`);
const runs = (section: (typeof SECTIONS)[number]) =>
  chosen.length === 0 || chosen.includes(section);
const postgresAdmin =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
const describeLoad = (r: LoadResult) =>
  `${r.requestsPerSecond} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}`;

async function meUnderLoad(
  label: string,
  env: Record<string, string>,
  bareResult: LoadResult,
): Promise<void> {
  const proc = await startProcess(server, env);
  try {
    line(
      `${label}: RSS after start-up`,
      `${rssMb(proc.child.pid)} MB${label === 'PGlite' ? ' (target < 200)' : ''}`,
    );
    const cookie = await sessionCookie(proc.url);
    await load(`${proc.url}/api/v1/me`, { cookie }, 2); // warm-up
    const result = await load(`${proc.url}/api/v1/me`, { cookie }, seconds);
    line(`${label}: GET /api/v1/me, 20 connections`, describeLoad(result));
    line(
      `${label}: throughput vs bare route`,
      `${Math.round((100 * result.requestsPerSecond) / bareResult.requestsPerSecond)} % (target >= 50 %)`,
    );
    line(`${label}: RSS after the benchmark`, `${rssMb(proc.child.pid)} MB`);
  } finally {
    await stopProcess(proc);
  }
}

async function main(): Promise<void> {
  console.log(
    `Facto benchmarks — ${os.cpus().length} cores, Node ${process.version}, ${seconds} s per load run`,
  );
  // The load runs use the start-up's existing data directory, as a restarted server would.
  const dir =
    runs('startup') || runs('me')
      ? await startupBenchmark(true, runs('startup'))
      : fs.mkdtempSync(path.join(os.tmpdir(), 'facto-bench-'));

  let bareResult: LoadResult | undefined;
  if (runs('me') || runs('postgres')) {
    console.log('\n## Authenticated GET /api/v1/me');
    const bareProc = await startProcess(bare, {});
    await load(`${bareProc.url}/bare`, {}, 2);
    bareResult = await load(`${bareProc.url}/bare`, {}, seconds);
    await stopProcess(bareProc);
    line('bare Fastify route, 20 connections', describeLoad(bareResult));
  }
  if (runs('me') && bareResult) await meUnderLoad('PGlite', { FACTO_DATA_DIR: dir }, bareResult);
  fs.rmSync(dir, { recursive: true, force: true });

  if (runs('email') || runs('documents')) console.log('\n## Documents');
  if (runs('documents')) {
    totalsBenchmark();
    ublOutBenchmark();
    ublInBenchmark();
    await pdfBenchmark();
  }
  if (runs('email')) await emailBenchmark();
  if (runs('documents')) {
    await finalizeBenchmark('PGlite', undefined);
    await subscriptionBenchmark('PGlite', undefined);
    await largeDataBenchmark('PGlite', undefined);
  }
  if (runs('web')) await webPhoneBenchmark();
  if (!runs('postgres') || !bareResult) return;

  const database = `facto_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: postgresAdmin });
  try {
    await admin.connect();
    await admin.query(`create database ${database}`);
  } catch (error) {
    line('PostgreSQL', `skipped: ${(error as Error).message}`);
    await admin.end().catch(() => undefined);
    return;
  }
  try {
    const url = new URL(postgresAdmin);
    url.pathname = `/${database}`;
    const pgDir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-bench-'));
    await meUnderLoad(
      'PostgreSQL',
      { FACTO_DATA_DIR: pgDir, DATABASE_URL: url.toString() },
      bareResult,
    );
    await finalizeBenchmark('PostgreSQL', url.toString());
    await subscriptionBenchmark('PostgreSQL', url.toString());
    await largeDataBenchmark('PostgreSQL', url.toString());
  } finally {
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  }
}

await main();
