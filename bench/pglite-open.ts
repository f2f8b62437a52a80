/**
 * PGlite's own open time, in a fresh process as the server would pay it: importing the package
 * and opening the data directory with the server's settings, then one query. Prints JSON.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase } from '../src/server/db/database.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: pglite-open <data directory>');
const start = performance.now();
const handle = await openDatabase({ pgliteDir: dir });
await sql`select 1`.execute(handle.db);
const openMs = performance.now() - start;
// performance.now() counts from the process start: Node's own boot included.
const sinceSpawnMs = performance.now();
const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
await handle.close();
console.log(JSON.stringify({ openMs, sinceSpawnMs, rssMb }));
