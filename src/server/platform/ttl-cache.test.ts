import { describe, expect, it } from 'vitest';
import { TtlCache, type Eviction } from './ttl-cache.js';

describe('TtlCache', () => {
  it('passes on each eviction: a key as it is, a predicate as "everything"', () => {
    const cache = new TtlCache<string, { user: string }>(5000);
    const sent: Eviction[] = [];
    cache.onEvict((eviction) => sent.push(eviction));
    cache.set('s1', { user: 'u1' }, 0);
    cache.set('s2', { user: 'u2' }, 0);
    cache.delete('s1');
    cache.deleteWhere((value) => value.user === 'u2');
    cache.clear();
    expect(sent).toEqual([{ key: 's1' }, { all: true }, { all: true }]);
  });

  it('applies another process’s eviction without passing it on', () => {
    const cache = new TtlCache<string, number>(5000);
    const sent: Eviction[] = [];
    cache.onEvict((eviction) => sent.push(eviction));
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    cache.apply({ key: 'a' });
    expect([cache.get('a', 1), cache.get('b', 1)]).toEqual([undefined, 2]);
    cache.apply({ all: true });
    expect(cache.get('b', 1)).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('drops a value read before an eviction that came in meanwhile', () => {
    const cache = new TtlCache<string, string>(5000);
    const before = cache.version();
    cache.apply({ key: 'other' });
    cache.set('session', 'stale', 0, before);
    expect(cache.get('session', 1)).toBeUndefined();
    cache.set('session', 'fresh', 0, cache.version());
    expect(cache.get('session', 1)).toBe('fresh');
    expect(cache.get('session', 5000)).toBeUndefined();
  });
});
