import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import type { DatabaseHandle } from '../../src/server/db/database.js';
import type { Clock } from '../../src/server/platform/clock.js';
import { createLocalStorage } from '../../src/server/platform/storage/local-storage.js';
import type { Me, SignupRequest } from '../../src/contract/index.js';
import type { CitusCloneOptions } from './citus-database.js';
import { openTemplateClone, TEST_JOBS_SCHEMA } from './template-database.js';

/** A clock tests can move forward (session expiry, throttling windows). */
export class TestClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export interface TestApp {
  app: FastifyInstance;
  /** Runs the background jobs that are due, here and now. */
  jobs: FastifyInstance['jobs'];
  database: DatabaseHandle;
  clock: TestClock;
  config: Config;
  filesDir: string;
  close(): Promise<void>;
}

/**
 * The whole HTTP app over a real database of its own, copied from the run's migrated template:
 * PostgreSQL when TEST_DATABASE_URL is set, else PGlite.
 */
export async function createTestApp(
  overrides: Partial<Config> = {},
  citusOptions: CitusCloneOptions = {},
): Promise<TestApp> {
  const database = await openTemplateClone(
    process.env.TEST_DATABASE_URL,
    inject('databaseTemplate'),
    5,
    citusOptions,
  );
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-test-files-'));
  const config: Config = {
    ...loadConfig({ LOG_LEVEL: 'silent' }),
    dataDir: filesDir,
    // Jobs run when a test drains them.
    worker: 'off',
    jobsSchema: TEST_JOBS_SCHEMA,
    ...overrides,
  };
  const clock = new TestClock();
  const app = await buildApp({
    config,
    db: database.db,
    storage: createLocalStorage(filesDir),
    clock,
  });
  await app.ready();
  return {
    app,
    jobs: app.jobs,
    database,
    clock,
    config,
    filesDir,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/**
 * The test file's app: created before its tests and closed after them. Its fields are filled in
 * by then; a test reads them, never the file's top level.
 */
export function useTestApp(overrides: Partial<Config> = {}): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => {
    Object.assign(t, await createTestApp(overrides));
  });
  afterAll(() => t.close());
  return t;
}

/** The answer's body, once its status is the expected one (else the answer, as an error). */
export async function ok<T>(
  response: Promise<{ statusCode: number; body: string; json: <U>() => U }>,
  status = 200,
): Promise<T> {
  const answer = await response;
  if (answer.statusCode !== status) throw new Error(`${answer.statusCode}: ${answer.body}`);
  return answer.json<T>();
}

let counter = 0;
/** Unique per test run, so tests sharing a PostgreSQL database never collide. */
export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now()}-${counter}@example.be`;
}

/**
 * A browser-like client: keeps cookies and echoes the CSRF cookie in X-CSRF-Token on every
 * change, as the web app does.
 */
export class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: FastifyInstance,
    private readonly ip = uniqueIp(),
  ) {}

  async request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && !this.cookies.has('facto_csrf'))
      await this.request({ method: 'GET', url: '/api/v1/auth/csrf' });
    const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookie) headers.cookie = cookie;
    if (method !== 'GET' && options.csrf !== false)
      headers['x-csrf-token'] ??= this.cookies.get('facto_csrf') ?? '';
    const response = await this.app.inject({ ...options, headers, remoteAddress: this.ip });
    for (const c of response.cookies as {
      name: string;
      value: string;
      expires?: Date;
      maxAge?: number;
    }[]) {
      const expired =
        (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0 || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  get(url: string, headers: Record<string, string> = {}) {
    return this.request({ method: 'GET', url, headers });
  }
  post(url: string, payload?: unknown, headers: Record<string, string> = {}) {
    return this.request({
      method: 'POST',
      url,
      payload: payload as InjectOptions['payload'],
      headers,
    });
  }
  put(url: string, payload?: unknown, headers: Record<string, string> = {}) {
    return this.request({
      method: 'PUT',
      url,
      payload: payload as InjectOptions['payload'],
      headers,
    });
  }
  patch(url: string, payload?: unknown, headers: Record<string, string> = {}) {
    return this.request({
      method: 'PATCH',
      url,
      payload: payload as InjectOptions['payload'],
      headers,
    });
  }
  delete(url: string, headers: Record<string, string> = {}) {
    return this.request({ method: 'DELETE', url, headers });
  }
}

/** A client address no other test (or earlier run on the same PostgreSQL database) has used. */
export function uniqueIp(): string {
  const n = Math.floor(Math.random() * 2 ** 24);
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export const VALID_ENTERPRISE_NUMBERS = ['0566988259', '0403170701', '0202023977'];

export function signupInput(overrides: Partial<SignupRequest> = {}): SignupRequest {
  return {
    companyName: 'Électricité Dupont SRL',
    enterpriseNumber: '0566.988.259',
    country: 'BE',
    firstName: 'Marie',
    lastName: 'Dupont',
    email: uniqueEmail(),
    password: 'correct horse battery staple',
    language: 'fr',
    ...overrides,
  };
}

/** Signs up a fresh organization and returns a logged-in client. */
export async function signedUpClient(app: FastifyInstance, overrides: Partial<SignupRequest> = {}) {
  const client = new Client(app);
  const input = signupInput(overrides);
  const response = await client.post('/api/v1/auth/signup', input);
  if (response.statusCode !== 201)
    throw new Error(`signup failed: ${response.statusCode} ${response.body}`);
  return { client, input, me: response.json<Me>() };
}

/** A multipart/form-data body with one file field, as a browser sends it. */
export function multipartFile(field: string, filename: string, contentType: string, data: Buffer) {
  const boundary = `----facto${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, data, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A real 1×1 PNG image. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
