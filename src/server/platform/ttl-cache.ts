/**
 * A small in-process cache whose entries live `ttlMs` at most (0 turns it off). Used for what
 * every API call needs (the session, the user's memberships): changes made in this process
 * evict entries at once; another process (several app servers on one PostgreSQL) may serve a
 * stale entry for at most `ttlMs`.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();
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

  set(key: K, value: V, nowMs: number): void {
    if (this.ttlMs <= 0) return;
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
    this.entries.delete(key);
    this.pending.delete(key);
  }

  deleteWhere(predicate: (value: V) => boolean): void {
    for (const [key, entry] of this.entries) if (predicate(entry.value)) this.entries.delete(key);
    // What a load under way will return is not known yet: none of them is shared any more.
    this.pending.clear();
  }

  clear(): void {
    this.entries.clear();
    this.pending.clear();
  }
}
