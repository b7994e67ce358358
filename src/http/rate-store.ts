/**
 * The counters behind the per-client read limit (client-key.ts): a store for @fastify/rate-limit (its documented
 * `store` option: a fixed window per key), shared with the front cache so that a cache hit answered
 * before Fastify counts exactly like any other request.
 *
 * Memory is bounded without ever forgetting a limited client early. Counters under their limit live
 * in an LRU of `size` keys: past it the least recently seen is forgotten, which can only give that
 * client a fresh window of requests it had not used up yet. A counter that reaches its limit moves
 * to `limited`, which nothing evicts: it leaves only when its window ends (swept when the map has
 * doubled since the last sweep). Filling the store from many addresses therefore never lets a
 * limited client through; `limited` holds at most one key per `max` requests counted in a window.
 */
import type { FastifyRateLimitOptions, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { clientKey } from './client-key.js';

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
  /** Under their limit, least recently used first. */
  private readonly counters = new Map<string, Counter>();
  /** At or over their limit within their window: kept until the window ends. */
  private readonly limited = new Map<string, Counter>();
  private sweepAt = 1024;
  /** The limit and window as @fastify/rate-limit parsed them (see `policiesPlugin`). */
  limit = { max: 0, timeWindow: 0 };
  constructor(
    private readonly size = 100_000,
    private readonly v6Prefix = 56,
  ) {}

  /**
   * The counter a key names: a client's address (the plugin's key, the front path's) or `ip:<address>` (the writes'
   * keyless budget) as its client key (client-key.ts), a key id (`key:<id>`) as it is.
   */
  private keyOf(key: string): string {
    if (key.startsWith('key:')) return key;
    // Every request asks: the addresses seen lately are remembered (bounded), so parsing costs once per address.
    let known = this.keys.get(key);
    if (known === undefined) {
      known = key.startsWith('ip:') ? `ip:${clientKey(key.slice(3), this.v6Prefix)}` : clientKey(key, this.v6Prefix);
      if (this.keys.size >= 10_000) this.keys.clear();
      this.keys.set(key, known);
    }
    return known;
  }

  private readonly keys = new Map<string, string>();

  /**
   * @fastify/rate-limit's store interface: count a request. The plugin passes the route's window and
   * limit (its typings omit them); without them, the limit it was told of (`limit`).
   */
  incr(
    key: string,
    cb: (err: Error | null, res: WindowCount) => void,
    timeWindow = this.limit.timeWindow,
    max = this.limit.max,
  ) {
    cb(null, this.count(this.keyOf(key), timeWindow, max));
  }

  /** Keys held: under their limit, and limited. */
  stats(): { counting: number; limited: number } {
    return { counting: this.counters.size, limited: this.limited.size };
  }

  private readonly groups = new Map<string, RateStore>();

  /**
   * Per-route limits get their own counters; the routes of one `groupId` share one set (the write
   * budget of a key spans every write route). @fastify/rate-limit calls this once per route, with
   * the route's merged limit options (typed by the plugin as the route's options: `path` is one).
   */
  child(options: { cache?: number; groupId?: string; path?: string }): RateStore {
    if (options.groupId === undefined) return new RateStore(options.cache ?? this.size, this.v6Prefix);
    let group = this.groups.get(options.groupId);
    if (!group) {
      group = new RateStore(options.cache ?? this.size, this.v6Prefix);
      this.groups.set(options.groupId, group);
    }
    return group;
  }

  /**
   * Counts a request unless it would go over `max`: then it returns undefined and counts nothing,
   * so that the caller hands the request to the rate limiter, which counts it and answers 429.
   */
  take(address: string, timeWindow: number, max: number): WindowCount | undefined {
    const key = this.keyOf(address);
    const c = this.limited.get(key) ?? this.counters.get(key);
    if (c && c.iterationStartMs + timeWindow > Date.now() && c.current + 1 > max) return undefined;
    return this.count(key, timeWindow, max);
  }

  private count(key: string, timeWindow: number, max: number): WindowCount {
    const now = Date.now();
    let c = this.limited.get(key);
    if (c && c.iterationStartMs + timeWindow <= now) {
      this.limited.delete(key);
      c = undefined;
    }
    if (c) {
      c.current++;
      c.ttl = timeWindow - (now - c.iterationStartMs);
      return { current: c.current, ttl: c.ttl };
    }
    c = this.counters.get(key);
    if (!c || c.iterationStartMs + timeWindow <= now) {
      c = { current: 1, ttl: timeWindow, iterationStartMs: now };
    } else {
      c.current++;
      c.ttl = timeWindow - (now - c.iterationStartMs);
    }
    this.counters.delete(key);
    if (c.current >= max) {
      this.limited.set(key, c);
      if (this.limited.size >= this.sweepAt) this.sweep(now, timeWindow);
    } else {
      // Most recently used last; the oldest key goes first when the map is full.
      this.counters.set(key, c);
      if (this.counters.size > this.size) this.counters.delete(this.counters.keys().next().value as string);
    }
    return { current: c.current, ttl: c.ttl };
  }

  /** Forgets limited keys whose window has ended; the next sweep waits until the map doubles. */
  private sweep(now: number, timeWindow: number) {
    for (const [key, c] of this.limited) if (c.iterationStartMs + timeWindow <= now) this.limited.delete(key);
    this.sweepAt = Math.max(1024, this.limited.size * 2);
  }
}

/**
 * The `store` option of @fastify/rate-limit for `shared`: the plugin makes its store with `new`, and
 * gets the counters the front path shares, told the limit and window as the plugin parsed them.
 */
export function sharedStore(shared: RateStore): FastifyRateLimitStoreCtor {
  return class SharedCounters extends RateStore {
    constructor(params: FastifyRateLimitOptions & { max?: number; timeWindow?: number }) {
      super(0);
      shared.limit = { max: Number(params.max), timeWindow: Number(params.timeWindow) };
      // biome-ignore lint/correctness/noConstructorReturn: the plugin's `new` must yield the shared counters
      return shared;
    }
  };
}
