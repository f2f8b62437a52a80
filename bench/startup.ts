/**
 * Start-up on PGlite: process spawn → first 200 on `/readyz`, on a new and on an existing data
 * directory; PGlite's own open time on the same directory (a process that only opens it) beside
 * it; resident memory once started.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort, median, rssMb } from './lib.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const server = path.join(root, 'dist', 'src', 'server', 'main.js');
const pgliteOpen = path.join(root, 'dist', 'bench', 'pglite-open.js');
const ROUNDS = Number(process.env.BENCH_START_ROUNDS ?? 5);

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU time (user + system, all threads) a process has used, in ms: steadier than the wall clock on a busy machine. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of the file, 12 and 13 after the command name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

interface Started {
  readyMs: number;
  cpuAtReady: number;
  rssAtReady: number;
  stop(): Promise<void>;
  pid: number;
}

/** Spawns the server and polls `/readyz` every 5 ms until it answers 200. */
export async function startUntilReady(
  script: string,
  env: Record<string, string>,
): Promise<Started> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`${script} exited before it was ready:\n${errors}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    await sleep(5);
  }
  const readyMs = performance.now() - started;
  const pid = child.pid ?? 0;
  return {
    readyMs,
    cpuAtReady: cpuMs(pid),
    rssAtReady: rssMb(pid),
    pid,
    stop: async () => {
      if (exited) return;
      const gone = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

/** A process that only imports PGlite and opens the directory: its open time, and Node start → open. */
async function pgliteAlone(
  dir: string,
): Promise<{ openMs: number; spawnToOpenMs: number; rssMb: number }> {
  const child = spawn(process.execPath, [pgliteOpen, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`pglite-open failed:\n${output}`);
  const { openMs, sinceSpawnMs, rssMb } = JSON.parse(output) as {
    openMs: number;
    sinceSpawnMs: number;
    rssMb: number;
  };
  return { openMs, spawnToOpenMs: sinceSpawnMs, rssMb };
}

/**
 * Returns the data directory when `keep` (for the load runs on an existing database); without
 * `measure`, only creates it (the first start migrates it) and prints nothing.
 */
export async function startupBenchmark(keep = false, measure = true): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-bench-'));
  if (!measure) {
    await (await startUntilReady(server, { FACTO_DATA_DIR: dir })).stop();
    return dir;
  }
  console.log('\n## Start-up (PGlite)');
  try {
    const first = await startUntilReady(server, { FACTO_DATA_DIR: dir });
    line(
      'first run (new data directory, migrations)',
      `${Math.round(first.readyMs)} ms (target < 10000)`,
    );
    await first.stop();

    const ready: number[] = [];
    const rssReady: number[] = [];
    const rssSettled: number[] = [];
    const open: number[] = [];
    const cpu: number[] = [];
    const pgliteRss: number[] = [];
    const spawnToOpen: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const alone = await pgliteAlone(dir);
      open.push(alone.openMs);
      spawnToOpen.push(alone.spawnToOpenMs);
      pgliteRss.push(alone.rssMb);
      const again = await startUntilReady(server, { FACTO_DATA_DIR: dir });
      ready.push(again.readyMs);
      cpu.push(again.cpuAtReady);
      rssReady.push(again.rssAtReady);
      // What was deferred until after listening has run by now (job queue, workers).
      await sleep(3000);
      rssSettled.push(rssMb(again.pid));
      await again.stop();
    }
    const pglite = median(open);
    const target = pglite > 700 ? pglite + 300 : 1000;
    line(
      `existing data directory, spawn → /readyz 200 (median of ${ROUNDS})`,
      `${Math.round(median(ready))} ms (target < ${Math.round(target)}); runs ${ready.map(Math.round).join(', ')}`,
    );
    line(
      '  PGlite alone: import + open + select 1',
      `${Math.round(pglite)} ms (Node start → opened ${Math.round(median(spawnToOpen))} ms)`,
    );
    line('  CPU time of the server until then', `${Math.round(median(cpu))} ms`);
    line('RSS at the first 200', `${median(rssReady)} MB`);
    line('RSS 3 s after the first 200', `${median(rssSettled)} MB (target < 200)`);
    line('  PGlite alone, once open', `${median(pgliteRss)} MB`);
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
  return dir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await startupBenchmark();
}
