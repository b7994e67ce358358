import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { DbHealth } from '../db/health.js';
import { toChangeEvent } from '../routes/changes.js';
import { type AddressPolicy, type Resolver, systemResolver } from './address.js';
import { Sender } from './send.js';
import { signedHeaders } from './signing.js';
import type { ChangeRow, DueRow, Policy, WebhookStore } from './store.js';

/** What tests replace: the clock, the randomness of the jitter, DNS, and whether the loop runs by itself. */
export interface WorkerOptions {
  /** Milliseconds since the epoch (scheduling, `webhook-timestamp`, the log). Default Date.now. */
  now?: () => number;
  /** In [0, 1): the jitter. Default Math.random. */
  random?: () => number;
  resolve?: Resolver;
  /** Start polling when the server listens (default true); tests drive `drain()` instead. */
  autoStart?: boolean;
}

/** How long a rotated secret keeps signing beside the new one. */
export const PREVIOUS_SECRET_MS = 24 * 60 * 60 * 1000;
/** How often delivered and given-up deliveries past WEBHOOK_LOG_RETENTION are deleted, and how many at a time. */
const PRUNE_EVERY_MS = 60_000;
const PRUNE_BATCH = 500;
/** A lease outlives the request by this much; only a crashed attempt's lease ever expires. */
const LEASE_MARGIN_MS = 60_000;

/** Exponential backoff with "equal jitter": half the delay fixed, half random. */
export function backoff(base: number, max: number, random: () => number) {
  return (failures: number) => {
    const delay = Math.min(max, base * 2 ** Math.max(0, Math.min(failures - 1, 40)));
    return Math.round(delay / 2 + (random() * delay) / 2);
  };
}

/** The body of a message: Standard Webhooks' `type`, `timestamp`, `data`; `data` is the change-feed event as the feed gives it. */
export function messageBody(e: ChangeRow, base: string): string {
  const event = toChangeEvent(e, base);
  return JSON.stringify({ type: `${event.collection}.${event.action}`, timestamp: event.changed_at, data: event });
}

/**
 * Delivers the change feed to webhook endpoints, inside the primary process (never on READ_ONLY
 * nodes). Each round, bounded: every live endpoint takes the events after its cursor into its
 * outbox (at most MATERIALIZE_BATCH per transaction, yielding to the event loop between
 * endpoints), then due deliveries are sent, at most WEBHOOK_CONCURRENCY at a time (half of them,
 * at least one, to one endpoint; one at a time to an endpoint whose last attempt failed). Requests
 * are asynchronous; the database work of a round is a few short transactions. Writes never wait
 * for any of it: they only append to the change feed, which this reads afterwards.
 */
export class WebhookWorker {
  readonly now: () => number;
  private readonly random: () => number;
  private readonly sender: Sender;
  private readonly policy: Policy;
  private readonly base: string;
  private readonly inflight = new Map<string, { endpoint: string; done: Promise<void> }>();
  private readonly perEndpoint = new Map<string, number>();
  private readonly abort = new AbortController();
  private running = false;
  private stopped = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private lastPrune = 0;
  readonly autoStart: boolean;
  /** The URL rules, which registration applies too (with the same resolver). */
  readonly addressPolicy: AddressPolicy;

  constructor(
    private readonly store: WebhookStore,
    private readonly config: Config,
    private readonly log: FastifyBaseLogger,
    private readonly health?: DbHealth,
    options: WorkerOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.autoStart = options.autoStart ?? true;
    const address: AddressPolicy = {
      allowHttp: config.WEBHOOK_ALLOW_HTTP,
      allowPrivate: config.WEBHOOK_ALLOW_PRIVATE_ADDRESSES,
      resolve: options.resolve ?? systemResolver,
    };
    this.addressPolicy = address;
    this.sender = new Sender(address, config.WEBHOOK_TIMEOUT, config.WEBHOOK_CONCURRENCY);
    this.policy = {
      maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
      disableAfter: config.WEBHOOK_DISABLE_AFTER,
      backoff: backoff(config.WEBHOOK_RETRY_BASE, config.WEBHOOK_RETRY_MAX, this.random),
    };
    this.base = config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? '';
  }

  /** Polls every WEBHOOK_POLL_INTERVAL, and at once when a request finishes and frees a slot. */
  start() {
    if (this.running || this.stopped) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        try {
          await this.round();
        } catch (err) {
          this.log.error({ err }, 'webhook delivery round failed');
        }
        if (!this.running) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.config.WEBHOOK_POLL_INTERVAL);
          timer.unref();
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = undefined;
      }
    })();
  }

  /**
   * Stops polling and aborts the requests in flight: their deliveries are released, not counted
   * as failures, and sent again after the restart with the same `webhook-id` (at least once).
   */
  async stop() {
    this.stopped = true;
    this.running = false;
    this.wake?.();
    this.abort.abort();
    await this.loop;
    await Promise.all([...this.inflight.values()].map((f) => f.done));
    this.sender.close();
  }

  /** Runs rounds until nothing is due at the current clock and nothing is in flight (tests). */
  async drain(maxRounds = 1000) {
    for (let i = 0; i < maxRounds; i++) {
      const started = await this.round();
      if (!this.inflight.size && !started) return;
      await Promise.race([...this.inflight.values()].map((f) => f.done));
    }
    throw new Error('webhook worker did not settle');
  }

  /** Requests in flight now. */
  get busy(): number {
    return this.inflight.size;
  }

  /** One round: take new events into the outboxes, prune the log, start due deliveries. Returns what it did. */
  async round(): Promise<number> {
    if (this.stopped || this.health?.writeBlocker()) return 0;
    const now = this.now();
    let work = 0;
    const latest = this.store.latestSeq();
    for (const e of this.store.activeEndpoints()) {
      // Nothing new for it: no transaction at all.
      if (e.cursor >= latest) continue;
      const collections = e.collections ? new Set(JSON.parse(e.collections) as string[]) : undefined;
      const actions = e.actions ? new Set(JSON.parse(e.actions) as string[]) : undefined;
      const select = (c: ChangeRow) => {
        const event = toChangeEvent(c, this.base);
        return (!collections || collections.has(event.collection)) && (!actions || actions.has(event.action));
      };
      work += this.store.materialize(e, select, (c) => messageBody(c, this.base), now);
      await yieldToLoop();
      if (this.stopped) return work;
    }
    if (now - this.lastPrune >= PRUNE_EVERY_MS) {
      this.lastPrune = now;
      this.store.prune(now - this.config.WEBHOOK_LOG_RETENTION, PRUNE_BATCH);
    }
    return work + this.dispatch(now);
  }

  private dispatch(now: number): number {
    const cap = this.config.WEBHOOK_CONCURRENCY;
    let free = cap - this.inflight.size;
    if (free <= 0) return 0;
    const perEndpointCap = Math.max(1, Math.floor(cap / 2));
    let started = 0;
    for (const d of this.store.due(now, cap * 8)) {
      if (free <= 0) break;
      if (this.inflight.has(d.id)) continue;
      const busy = this.perEndpoint.get(d.endpoint_id) ?? 0;
      // An endpoint whose last attempt failed gets one request at a time (a probe), not a burst.
      if (busy >= (d.consecutive_failures > 0 ? 1 : perEndpointCap)) continue;
      if (!this.store.claim(d.id, now, now + this.config.WEBHOOK_TIMEOUT + LEASE_MARGIN_MS)) continue;
      this.perEndpoint.set(d.endpoint_id, busy + 1);
      const done = this.attempt(d).finally(() => {
        this.inflight.delete(d.id);
        const n = (this.perEndpoint.get(d.endpoint_id) ?? 1) - 1;
        if (n > 0) this.perEndpoint.set(d.endpoint_id, n);
        else this.perEndpoint.delete(d.endpoint_id);
        this.wake?.();
      });
      this.inflight.set(d.id, { endpoint: d.endpoint_id, done });
      free--;
      started++;
    }
    return started;
  }

  private async attempt(d: DueRow) {
    const at = this.now();
    const secrets = [d.secret];
    if (d.previous_secret && (d.previous_secret_expires_at ?? 0) > at) secrets.push(d.previous_secret);
    const headers = signedHeaders(secrets, d.id, Math.floor(at / 1000), d.payload);
    const started = performance.now();
    const result = await this.sender
      .send(d.url, headers, d.payload, this.abort.signal)
      .catch((err: Error) => ({ statusCode: null, error: `error: ${err.message}`, ok: false }));
    if (this.stopped && !result.ok) {
      this.store.release(d.id);
      return;
    }
    try {
      const { disabled, gaveUp } = this.store.record(
        {
          deliveryId: d.id,
          endpointId: d.endpoint_id,
          at: this.now(),
          durationMs: performance.now() - started,
          statusCode: result.statusCode,
          error: result.error,
          ok: result.ok,
        },
        this.policy,
      );
      if (disabled)
        this.log.warn({ endpoint: d.endpoint_id, error: result.error }, 'webhook endpoint disabled after failures');
      if (gaveUp) this.log.warn({ endpoint: d.endpoint_id, delivery: d.id }, 'webhook delivery given up');
    } catch (err) {
      // The database went away (shutdown, a vanished file): the lease expires and it is sent again.
      this.log.error({ err, delivery: d.id }, 'could not record a webhook attempt');
    }
  }
}
