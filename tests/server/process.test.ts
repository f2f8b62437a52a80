import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signupInput } from './test-app.js';
import { freePort, startServer, waitReady, type ServerProcess } from './server-process.js';

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

describe('the embedded database in a real process', () => {
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
});
