import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import autocannon from 'autocannon';

export interface Proc {
  child: ChildProcess;
  url: string;
  readyMs: number;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts a Node script and resolves once it prints that it is ready, with the time it took. */
export async function startProcess(
  script: string,
  env: Record<string, string | undefined>,
  nodeArgs: string[] = [],
): Promise<Proc> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, LOG_LEVEL: 'info', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Facto is running on')) {
        child.stdout?.off('data', onData);
        // Keep draining the logs: an unread pipe would make the server buffer them in memory.
        child.stdout?.resume();
        child.stderr?.resume();
        resolve({ child, url: `http://127.0.0.1:${port}`, readyMs: performance.now() - started });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
}

export async function stopProcess(proc: Proc): Promise<void> {
  proc.child.removeAllListeners('exit');
  const exited = new Promise((resolve) => proc.child.on('exit', resolve));
  proc.child.kill('SIGTERM');
  await exited;
}

/** Resident memory of a process in MB, from /proc. */
export function rssMb(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function load(
  url: string,
  headers: Record<string, string>,
  seconds: number,
): Promise<LoadResult> {
  const result = await autocannon({ url, connections: 20, duration: seconds, headers });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Signs up a bench company over HTTP and returns the cookie header of its session. */
export async function sessionCookie(
  baseUrl: string,
  account = { email: `bench-${Date.now()}@example.be`, password: 'bench password 2026' },
): Promise<string> {
  const { csrfToken } = (await (await fetch(`${baseUrl}/api/v1/auth/csrf`)).json()) as {
    csrfToken: string;
  };
  const response = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
      cookie: `facto_csrf=${csrfToken}`,
    },
    body: JSON.stringify({
      companyName: 'Bench SRL',
      enterpriseNumber: '0566988259',
      country: 'BE',
      firstName: 'Bench',
      lastName: 'Mark',
      email: account.email,
      password: account.password,
      language: 'fr',
    }),
  });
  if (response.status !== 201)
    throw new Error(`bench sign-up failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  return cookies.join('; ');
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
