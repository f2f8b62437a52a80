import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startServer, waitReady, type ServerProcess } from '../server/server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** End-to-end tests run against the built app, served by a real server on a fresh data directory. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!fs.existsSync('dist/web/index.html') || !fs.existsSync('dist/src/server/main.js')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-e2e-'));
  const server: ServerProcess = startServer(
    { FACTO_DATA_DIR: dataDir },
    await freePort(),
    'dist/src/server/main.js',
  );
  await waitReady(server);
  project.provide('baseUrl', server.url);
  return async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
