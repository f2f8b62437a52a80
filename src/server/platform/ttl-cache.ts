/** What one process evicted: one key, or everything (a predicate cannot travel to another process). */
export type Eviction = { key: string } | { all: true };

/**
 * A small in-process cache whose entries live `ttlMs` at most (0 turns it off). Used for what
 * every API call needs (the session, the user's memberships). Evictions made here are passed to
 * `onEvict` listeners: on PostgreSQL the cache bus (`cache-bus.ts`) tells the other processes,
 * which apply them with `apply`; if that bus is down, another process serves a stale entry for
 * at most `ttlMs`.
 */
export class TtlCache<K extends string, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();
  private readonly listeners: ((eviction: Eviction) => void)[] = [];
  /** Bumped by every eviction: a read that started before one must not fill the cache. */
  private evictions = 0;
  /** Loads under way (see `once`). */
  private readonly pending = new Map<K, Promise<unknown>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: K, nowMs: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > nowMs) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /**
   * Taken before reading what will be cached: `set(…, since)` is then dropped when an eviction
   * (from this process or another) came in while the read ran, as the value may predate it.
   */
  version(): number {
    return this.evictions;
  }

  set(key: K, value: V, nowMs: number, since?: number): void {
    if (this.ttlMs <= 0) return;
    if (since !== undefined && since !== this.evictions) return;
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, until: nowMs + this.ttlMs });
  }

  /**
   * Runs `load` once for all the callers that ask for `key` while it runs: when an entry expires
   * under load, the requests arriving meanwhile share one query instead of each sending theirs.
   * An eviction meanwhile (`delete`, `deleteWhere`, `clear`) detaches it: a caller after a
   * change gets a load that starts after the change.
   */
  once<R>(key: K, load: () => Promise<R>): Promise<R> {
    const running = this.pending.get(key) as Promise<R> | undefined;
    if (running) return running;
    const started = load().finally(() => {
      if (this.pending.get(key) === started) this.pending.delete(key);
    });
    this.pending.set(key, started);
    return started;
  }

  delete(key: K): void {
    this.apply({ key });
    this.publish({ key });
  }

  /** Here by the predicate; in the other processes, which hold other entries, everything. */
  deleteWhere(predicate: (value: V) => boolean): void {
    for (const [key, entry] of this.entries) if (predicate(entry.value)) this.entries.delete(key);
    // What a load under way will return is not known yet: none of them is shared any more.
    this.pending.clear();
    this.evictions += 1;
    this.publish({ all: true });
  }

  clear(): void {
    this.apply({ all: true });
    this.publish({ all: true });
  }

  /** An eviction that another process made: applied here, not passed on. */
  apply(eviction: Eviction): void {
    if ('key' in eviction) {
      this.entries.delete(eviction.key as K);
      this.pending.delete(eviction.key as K);
    } else {
      this.entries.clear();
      this.pending.clear();
    }
    this.evictions += 1;
  }

  onEvict(listener: (eviction: Eviction) => void): void {
    this.listeners.push(listener);
  }

  private publish(eviction: Eviction): void {
    for (const listener of this.listeners) listener(eviction);
  }
}
