import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../src/server/db/database.js';
import { createJobQueue, type JobQueue } from '../../../src/server/platform/jobs/job-queue.js';
import { createLogger } from '../../../src/server/platform/logger.js';
import { startCluster, type Cluster } from '../cluster.js';

let cluster: Cluster | undefined;
const opened: DatabaseHandle[] = [];
const queues: JobQueue[] = [];

afterAll(async () => {
  for (const queue of queues) await queue.stop();
  for (const database of opened) await database.close();
  await cluster?.close();
});

// Two workers' job queues on one database, each keeping pg-boss's schedule clock as every
// `npm run worker` does: a schedule's slot produces one job, run by one of them.
describe('a schedule with several workers', { timeout: 240_000 }, () => {
  it('fires once per slot', async () => {
    cluster = await startCluster();
    const runs: string[] = [];
    // Once an hour, at the next minute: its one slot falls within the test.
    const minute = (new Date().getUTCMinutes() + 1) % 60;
    for (const worker of ['one', 'two']) {
      const database = await openDatabase({ url: cluster.databaseUrl, poolSize: 3 });
      opened.push(database);
      const queue = createJobQueue({
        db: database.db,
        logger: createLogger('silent'),
        schema: 'pgboss_cron',
        runSchedules: true,
      });
      queues.push(queue);
      queue.define('test.cron', { retryLimit: 0, retryDelay: 1 }, async () => {
        runs.push(worker);
      });
      queue.schedule('test.cron', `${minute} * * * *`, {});
      await queue.start();
      await queue.startWorkers(1);
    }
    const deadline = Date.now() + 150_000;
    while (runs.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 500));
    expect(runs).toHaveLength(1);
    // Every clock looks again (every 30 s) while the slot is still recent: nothing more comes.
    await new Promise((resolve) => setTimeout(resolve, 65_000));
    expect(runs).toHaveLength(1);
  });
});
