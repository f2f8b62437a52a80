/**
 * On Citus every tenant request is routed to one shard (docs/operations.md, "Running on
 * Citus"): every GET route of the contract is called by the owner of one organization while
 * the coordinator logs each command it sends to a worker (citus.log_remote_commands), and the
 * shards those commands name must all be the same shard of the colocated tables. Cross-tenant
 * work — a user's organizations, token lookups before the organization is known — is listed
 * below with the reason, and must still answer.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allRoutes } from '../../src/contract/routes/all-routes.js';
import { seedOrganization, type Organization } from '../server/access-matrix-world.js';
import { recordsFor, urlFor } from '../server/route-urls.js';
import { createTestApp, type TestApp } from '../server/test-app.js';

/**
 * Routes that read across organizations by design, with why. Everything else must stay on the
 * organization's shard.
 */
const CROSS_TENANT: Record<string, string> = {
  'teamRoutes.account': 'lists every organization the user belongs to (an accountant’s companies)',
  'teamRoutes.invitation': 'finds an invitation by its secret before the organization is known',
  'publicDocumentRoutes.open': 'finds a public link by its secret before the organization is known',
  'publicDocumentRoutes.pdf': 'finds a public link by its secret before the organization is known',
};

let t: TestApp;
let org: Organization;
const commands: string[] = [];

beforeAll(async () => {
  t = await createTestApp(
    {},
    {
      logRemoteCommands: (notice) => {
        if (notice.message?.startsWith('issuing ')) commands.push(notice.message);
      },
    },
  );
  expect(t.database.citus).toBe(true);
  org = await seedOrganization(t, 'A', Math.random().toString(36).slice(2, 10));
}, 180_000);
afterAll(() => t.close());

/** Waits until no remote command arrived for 50 ms: work a request leaves running is its own. */
async function settled(): Promise<void> {
  for (;;) {
    const seen = commands.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (commands.length === seen) return;
  }
}

/** Shard id → the shard's place in the colocation group (its hash range). */
async function shardGroups(): Promise<Map<string, string>> {
  const { rows } = await sql<{ shardid: string; shardminvalue: string }>`
    select shardid::text, shardminvalue from pg_dist_shard
    where logicalrelid in (select logicalrelid from pg_dist_partition where partmethod = 'h')`.execute(
    t.database.db,
  );
  return new Map(rows.map((row) => [row.shardid, row.shardminvalue]));
}

it('routes every GET of one organization to a single shard', async () => {
  const groups = await shardGroups();
  const cookie = [...org.owner.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const multiShard: string[] = [];
  const crossTenantSeen = new Set<string>();
  const details: string[] = [];
  let routed = 0;
  for (const { name, url, route } of allRoutes()) {
    if (route.method !== 'GET') continue;
    const target = urlFor(
      { url, params: route.params },
      recordsFor({ url, params: route.params }, org),
    );
    await settled();
    commands.length = 0;
    const response = await t.app.inject({ method: 'GET', url: target, headers: { cookie } });
    await settled();
    expect(response.statusCode, `${name} ${target}`).toBeLessThan(500);
    const shards = new Set<string>();
    for (const command of commands) {
      for (const match of command.matchAll(/\b[a-z_]+_(\d{6,})\b/g)) {
        const group = groups.get(match[1] as string);
        if (group !== undefined) shards.add(group);
      }
    }
    if (shards.size > 1) {
      if (name in CROSS_TENANT) crossTenantSeen.add(name);
      else {
        multiShard.push(name);
        // The statements that named a shard, each cut short: the one naming another shard shows.
        const named = commands.filter((command) => /\b[a-z_]+_\d{6,}\b/.test(command));
        details.push(`${name}:\n${named.map((command) => command.slice(0, 400)).join('\n')}`);
      }
    }
    if (shards.size === 1) routed += 1;
  }
  expect([...new Set(multiShard)].sort(), details.join('\n\n')).toEqual([]);
  // The test sees remote commands at all: most routes read tenant tables on a worker.
  expect(routed).toBeGreaterThan(40);
  // Each listed exception is a real route and really crosses shards (else it should go).
  const names = new Set(allRoutes().map((entry) => entry.name));
  for (const name of Object.keys(CROSS_TENANT)) expect(names.has(name), name).toBe(true);
  expect([...crossTenantSeen].sort()).toEqual(Object.keys(CROSS_TENANT).sort());
});
