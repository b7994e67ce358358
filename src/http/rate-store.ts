/**
 * The counters behind the per-IP read limit: a store for @fastify/rate-limit (its documented
 * `store` option, same semantics as its LocalStore: a fixed window per key, least recently used
 * keys forgotten past `size`), shared with the front cache so that a cache hit answered before
 * Fastify counts exactly like any other request.
 */
interface Counter {
  current: number;
  ttl: number;
  iterationStartMs: number;
}

export interface WindowCount {
  /** Requests counted in this window, this one included. */
  current: number;
  /** Milliseconds until the window resets. */
  ttl: number;
}

export class RateStore {
  private readonly counters = new Map<string, Counter>();
  /** The limit and window as @fastify/rate-limit parsed them (see `policiesPlugin`). */
  limit = { max: 0, timeWindow: 0 };
  constructor(private readonly size = 5000) {}

  /** @fastify/rate-limit's store interface: count a request. */
  incr(key: string, cb: (err: Error | null, res: WindowCount) => void, timeWindow: number, _max: number) {
    cb(null, this.count(key, timeWindow));
  }

  private readonly groups = new Map<string, RateStore>();

  /**
   * Per-route limits get their own counters; the routes of one `groupId` share one set (the write
   * budget of a key spans every write route). @fastify/rate-limit calls this once per route.
   */
  child(options: { cache?: number; groupId?: string }): RateStore {
    if (options.groupId === undefined) return new RateStore(options.cache ?? this.size);
    let group = this.groups.get(options.groupId);
    if (!group) {
      group = new RateStore(options.cache ?? this.size);
      this.groups.set(options.groupId, group);
    }
    return group;
  }

  /**
   * Counts a request unless it would go over `max`: then it returns undefined and counts nothing,
   * so that the caller hands the request to the rate limiter, which counts it and answers 429.
   */
  take(key: string, timeWindow: number, max: number): WindowCount | undefined {
    const c = this.counters.get(key);
    if (c && c.iterationStartMs + timeWindow > Date.now() && c.current + 1 > max) return undefined;
    return this.count(key, timeWindow);
  }

  private count(key: string, timeWindow: number): WindowCount {
    const now = Date.now();
    let c = this.counters.get(key);
    if (!c || c.iterationStartMs + timeWindow <= now) {
      c = { current: 1, ttl: timeWindow, iterationStartMs: now };
    } else {
      c.current++;
      c.ttl = timeWindow - (now - c.iterationStartMs);
    }
    // Most recently used last; the oldest key goes first when the map is full.
    this.counters.delete(key);
    this.counters.set(key, c);
    if (this.counters.size > this.size) this.counters.delete(this.counters.keys().next().value as string);
    return { current: c.current, ttl: c.ttl };
  }
}
