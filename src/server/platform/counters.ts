import { sql } from 'kysely';
import type { Tx } from '../db/tenant.js';

/**
 * The next value of a per-organization counter, inside the caller's transaction. The upsert
 * locks the counter row until commit, so concurrent callers queue: no gaps, no duplicates.
 */
export async function nextCounter(
  trx: Tx,
  organizationId: string,
  scope: string,
  start = 1,
): Promise<number> {
  const { rows } = await sql<{ value: number }>`
    insert into counters (organization_id, scope, value) values (${organizationId}, ${scope}, ${start})
    on conflict (organization_id, scope) do update set value = counters.value + 1
    returning value`.execute(trx);
  const value = rows[0]?.value;
  if (value === undefined) throw new Error(`counter ${scope} returned nothing`);
  return Number(value);
}

/**
 * Locks a counter row until commit without advancing it (creating it at `start − 1` if absent)
 * and returns its value: checks that must see every earlier use of the counter (the date order
 * of a journal) run after this, once the previous holder has committed.
 */
export async function lockCounter(
  trx: Tx,
  organizationId: string,
  scope: string,
  start = 1,
): Promise<number> {
  const { rows } = await sql<{ value: number }>`
    insert into counters (organization_id, scope, value) values (${organizationId}, ${scope}, ${start - 1})
    on conflict (organization_id, scope) do update set value = counters.value
    returning value`.execute(trx);
  const value = rows[0]?.value;
  if (value === undefined) throw new Error(`counter ${scope} returned nothing`);
  return Number(value);
}
