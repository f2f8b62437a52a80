import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signupInput } from './test-app.js';
import {
  freePort,
  listeningPorts,
  startServer,
  waitReady,
  type ServerProcess,
} from './server-process.js';

const running: ServerProcess[] = [];
afterEach(() => {
  for (const server of running.splice(0)) server.child.kill('SIGKILL');
});

function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'facto-data-'));
}

async function start(env: Record<string, string | undefined>): Promise<ServerProcess> {
  const server = startServer(env, await freePort());
  running.push(server);
  await waitReady(server);
  return server;
}

/** Signs up over real HTTP, as a browser would: CSRF cookie first, then the form. */
async function signup(baseUrl: string, input: ReturnType<typeof signupInput>): Promise<number> {
  const csrf = await fetch(`${baseUrl}/api/v1/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
      cookie: `facto_csrf=${csrfToken}`,
    },
    body: JSON.stringify(input),
  });
  return response.status;
}

async function login(baseUrl: string, email: string, password: string): Promise<number> {
  const { csrfToken } = (await (await fetch(`${baseUrl}/api/v1/auth/csrf`)).json()) as {
    csrfToken: string;
  };
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
      cookie: `facto_csrf=${csrfToken}`,
    },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

// Each test starts real server processes: under a loaded machine one start can take a minute.
describe('the embedded database in a real process', { timeout: 180_000 }, () => {
  it('refuses a second process on the same data directory, fast and clearly', async () => {
    const dir = tempDataDir();
    await start({ FACTO_DATA_DIR: dir });
    const second = startServer({ FACTO_DATA_DIR: dir }, await freePort());
    running.push(second);
    const code = await second.exited;
    expect(code).not.toBe(0);
    expect(second.output()).toMatch(/already in use by Facto process \d+/);
  });

  it('stops cleanly on SIGTERM and starts again on the same data', async () => {
    const dir = tempDataDir();
    const first = await start({ FACTO_DATA_DIR: dir });
    const input = signupInput();
    expect(await signup(first.url, input)).toBe(201);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dir, 'facto.lock'))).toBe(false);
    const second = await start({ FACTO_DATA_DIR: dir });
    expect(await login(second.url, input.email, input.password)).toBe(200);
  });

  it('loses nothing acknowledged when killed mid-request, and the next start works', async () => {
    const dir = tempDataDir();
    // On a PostgreSQL run the server uses that database; the data directory still holds the lock.
    const env = { FACTO_DATA_DIR: dir, DATABASE_URL: process.env.TEST_DATABASE_URL };
    const first = await start(env);
    const acknowledged: ReturnType<typeof signupInput>[] = [];
    let stop = false;
    const workers = Array.from({ length: 4 }, async () => {
      while (!stop) {
        const input = signupInput();
        try {
          if ((await signup(first.url, input)) === 201) acknowledged.push(input);
        } catch {
          return; // The connection died with the process: this one was never acknowledged.
        }
      }
    });
    while (acknowledged.length < 8) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await first.exited;

    const second = await start(env);
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    for (const input of acknowledged) {
      expect(await login(second.url, input.email, input.password), input.email).toBe(200);
    }
  });

  it('takes over at once the lock of a process killed with -9 that is not reaped yet', async () => {
    const dir = tempDataDir();
    const port = await freePort();
    // The server's parent is a `sleep` that never reaps children: once killed, the server stays a
    // zombie, still "alive" to kill(pid, 0), as it may for a moment under any supervisor.
    const parent = spawn(
      'sh',
      ['-c', `"${process.execPath}" --import tsx src/server/main.ts & exec sleep 120`],
      {
        env: {
          ...process.env,
          DATABASE_URL: undefined,
          HOST: '127.0.0.1',
          PORT: String(port),
          FACTO_DATA_DIR: dir,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    parent.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    parent.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const deadline = Date.now() + 60_000;
      while (!output.includes('Facto is running on') && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(output).toContain('Facto is running on');
      const pid = Number(fs.readFileSync(path.join(dir, 'facto.lock'), 'utf8').split(' ')[0]);
      process.kill(pid, 'SIGKILL');
      const stat = () => fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      while (!/\) Z /.test(stat())) await new Promise((r) => setTimeout(r, 10));
      const second = await start({ FACTO_DATA_DIR: dir });
      expect(second.output()).not.toContain('already in use');
      expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
      // The zombie is still there: the takeover did not wait for it to be reaped.
      expect(stat()).toMatch(/\) Z /);
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('takes over a lock whose pid now belongs to another process (pid reused after a crash)', async () => {
    const dir = tempDataDir();
    // This test runner is alive, but it started at another time than the lock says.
    fs.writeFileSync(path.join(dir, 'facto.lock'), `${process.pid} 1`);
    const server = await start({ FACTO_DATA_DIR: dir });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});

describe('start-up in a real process', { timeout: 180_000 }, () => {
  it('reports a busy port at once, before opening or migrating the database', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const dir = tempDataDir();
      const server = startServer({ FACTO_DATA_DIR: dir }, port);
      running.push(server);
      expect(await server.exited).toBe(1);
      expect(server.output().trim()).toBe(
        `Port ${port} on 127.0.0.1 is already in use (another Facto, or another program, listens there). ` +
          `Stop it, or choose another port: PORT=${port + 1} npm start`,
      );
      // Neither the database directory nor the lock was created: nothing was opened.
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      blocker.close();
    }
  });

  it('names the port it really listens on, and warns in production without FACTO_PUBLIC_URL', async () => {
    const server = startServer({ FACTO_DATA_DIR: tempDataDir(), NODE_ENV: 'production' }, 0);
    running.push(server);
    await waitReady(server);
    const port = Number(/Facto is running on http:\/\/localhost:(\d+)/.exec(server.output())?.[1]);
    // Port 0 asks the system for a free port: the one named is the one the process listens on.
    expect(listeningPorts(server.child.pid ?? 0)).toEqual([port]);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect(server.output()).toContain(
      `FACTO_PUBLIC_URL is not set: links in e-mails and documents will point to http://localhost:${port}.`,
    );

    const local = await start({ FACTO_DATA_DIR: tempDataDir() });
    expect(local.output()).not.toContain('FACTO_PUBLIC_URL');
  });
});
