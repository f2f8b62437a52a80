import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import type { Eviction } from './ttl-cache.js';

/** What the bus needs of a cache (any `TtlCache`). */
export interface SharedCache {
  apply(eviction: Eviction): void;
  onEvict(listener: (eviction: Eviction) => void): void;
}

/** PostgreSQL's LISTEN/NOTIFY channel every Facto process of one database listens on. */
export const CACHE_CHANNEL = 'facto_cache_evictions';

/** After a lost connection, the next tries: 1 s, 2 s, 4 s, then every 10 s. */
const RECONNECT_MS = [1000, 2000, 4000, 10_000];

export interface CacheBus {
  /**
   * Resolves once every eviction published so far has reached PostgreSQL (so the other
   * processes have it), or undefined when none is under way: called before a response leaves,
   * so a session revoked here is refused by another process from the caller's next request.
   */
  flush(): Promise<void> | undefined;
  close(): Promise<void>;
}

/** How long a response waits at most for its eviction to come back (then it leaves anyway). */
const ECHO_TIMEOUT_MS = 1000;

interface Message {
  /** The publishing process, which ignores its own messages but for the echo. */
  o: string;
  /** The publisher's sequence number, to recognise the echo. */
  s: number;
  /** The cache's name. */
  c: string;
  /** The evicted key; absent: everything. */
  k?: string;
}

/**
 * Several app processes on one PostgreSQL (and the workers) keep their in-memory caches in step:
 * every eviction made here is sent with NOTIFY, and a dedicated connection LISTENs for the
 * others'. When that connection is lost each process clears its caches on reconnecting
 * (it may have missed evictions); in between, an entry is at most the cache time old. PGlite is
 * one process: it needs none of this.
 */
export async function startCacheBus(options: {
  url: string;
  caches: Record<string, SharedCache>;
  logger: FastifyBaseLogger;
}): Promise<CacheBus> {
  const { url, caches, logger } = options;
  const origin = randomUUID();
  let client: pg.Client | null = null;
  // NOTIFY leaves on a connection of its own: a session's own notifications come back to it
  // before its query returns, so only an echo on the listening connection shows that the
  // server has signalled every listener (the other processes' too) — the response waits for it.
  const publisher = new pg.Pool({ connectionString: url, max: 1 });
  publisher.on('error', () => undefined);
  let sequence = 0;
  const echoes = new Map<number, () => void>();
  let pending: Promise<void> | null = null;
  let closed = false;
  let failures = 0;
  let timer: NodeJS.Timeout | null = null;

  const clearAll = () => {
    for (const cache of Object.values(caches)) cache.apply({ all: true });
  };

  const receive = (payload: string | undefined) => {
    try {
      const message = JSON.parse(payload ?? '') as Message;
      if (message.o === origin) {
        echoes.get(message.s)?.();
        return;
      }
      caches[message.c]?.apply(message.k === undefined ? { all: true } : { key: message.k });
    } catch {
      logger.warn({ payload }, 'cache bus: unreadable message');
    }
  };

  const lost = (connection: pg.Client, error?: Error) => {
    if (client !== connection) return;
    client = null;
    connection.removeAllListeners('notification');
    void connection.end().catch(() => undefined);
    if (closed) return;
    logger.warn({ err: error }, 'cache bus: connection lost, reconnecting');
    schedule();
  };

  const schedule = () => {
    const delay = RECONNECT_MS[Math.min(failures, RECONNECT_MS.length - 1)] ?? 10_000;
    failures += 1;
    timer = setTimeout(() => void connect(true), delay);
    timer.unref();
  };

  async function connect(reconnecting: boolean): Promise<void> {
    if (closed) return;
    const connection = new pg.Client({ connectionString: url });
    connection.on('error', (error) => lost(connection, error));
    connection.on('end', () => lost(connection));
    try {
      await connection.connect();
      connection.on('notification', (notification) => receive(notification.payload));
      await connection.query(`listen ${CACHE_CHANNEL}`);
    } catch (error) {
      connection.removeAllListeners();
      connection.on('error', () => undefined);
      void connection.end().catch(() => undefined);
      logger.warn({ err: error }, 'cache bus: cannot connect, trying again');
      schedule();
      return;
    }
    client = connection;
    failures = 0;
    // Evictions sent while this process was not listening are lost: forget everything.
    if (reconnecting) clearAll();
  }

  const publish = (cache: string, eviction: Eviction) => {
    // Not listening: the others may have missed evictions anyway and clear all on reconnecting.
    if (!client) return;
    sequence += 1;
    const message: Message = {
      o: origin,
      s: sequence,
      c: cache,
      ...('key' in eviction && { k: eviction.key }),
    };
    const echoed = new Promise<void>((resolve) => {
      const timeout = setTimeout(resolve, ECHO_TIMEOUT_MS);
      echoes.set(message.s, () => {
        clearTimeout(timeout);
        resolve();
      });
    }).finally(() => echoes.delete(message.s));
    const sent = (pending ?? Promise.resolve())
      .then(async () => {
        await publisher.query('select pg_notify($1, $2)', [CACHE_CHANNEL, JSON.stringify(message)]);
        await echoed;
      })
      .then(
        () => undefined,
        (error: unknown) => logger.warn({ err: error }, 'cache bus: eviction not sent'),
      )
      .finally(() => {
        if (pending === sent) pending = null;
      });
    pending = sent;
  };

  for (const [name, cache] of Object.entries(caches))
    cache.onEvict((eviction) => publish(name, eviction));
  await connect(false);

  return {
    flush: () => pending ?? undefined,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await pending;
      const connection = client;
      client = null;
      if (connection) await connection.end().catch(() => undefined);
      await publisher.end().catch(() => undefined);
    },
  };
}
