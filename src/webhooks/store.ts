import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Db } from '../db/client.js';
import { prepareUnversioned } from '../db/version.js';

/**
 * The SQL of webhooks, prepared once: endpoints, the outbox (deliveries) and the delivery log
 * (attempts). Its writes change no content, so they do not move the data version (see
 * prepareUnversioned) and never empty the response cache. Every transaction is BEGIN IMMEDIATE and
 * short (a batch of at most MATERIALIZE_BATCH events, or one attempt's outcome).
 */

export interface EndpointRow {
  id: string;
  key_id: string;
  url: string;
  description: string | null;
  collections: string | null;
  actions: string | null;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: number | null;
  cursor: number;
  disabled_at: string | null;
  disabled_reason: string | null;
  consecutive_failures: number;
  retry_at: number;
  created_at: string;
  updated_at: string;
}

export interface DeliveryRow {
  id: string;
  endpoint_id: string;
  seq: number;
  collection: string;
  record_id: string;
  payload: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  tries: number;
  next_attempt_at: number;
  lease_until: number | null;
  manual: number;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface AttemptRow {
  id: number;
  delivery_id: string;
  at: string;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  trigger: 'scheduled' | 'manual';
}

export interface ChangeRow {
  seq: number;
  collection: string;
  record_id: string;
  action: 'created' | 'updated' | 'deleted' | 'restored';
  version: number;
  changed_at: string;
}

/** A due delivery with what its request needs. */
export interface DueRow {
  id: string;
  endpoint_id: string;
  payload: string;
  tries: number;
  manual: number;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: number | null;
  consecutive_failures: number;
}

export interface Outcome {
  deliveryId: string;
  endpointId: string;
  at: number;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  ok: boolean;
}

export interface Policy {
  maxAttempts: number;
  disableAfter: number;
  /** The delay before attempt n+1 after n failures (ms, jitter included). */
  backoff: (failures: number) => number;
}

/** Change-feed events read per endpoint per transaction. */
export const MATERIALIZE_BATCH = 200;
/** Pending deliveries an endpoint may have; past it new events wait in the change feed (nothing is lost). */
export const MAX_BACKLOG = 1000;
/** Attempts shown per delivery in a list (the delivery itself shows up to ATTEMPTS_SHOWN_ONE). */
export const ATTEMPTS_SHOWN = 10;
export const ATTEMPTS_SHOWN_ONE = 100;

const iso = (ms: number) => new Date(ms).toISOString();
export const newId = (prefix: string) => `${prefix}${randomBytes(12).toString('base64url')}`;

/** Every statement, prepared once. */
const statements = (p: (sql: string) => Database.Statement) => ({
  latestSeq: p('SELECT coalesce(max(seq), 0) AS seq FROM changes'),
  insertEndpoint: p(
    `INSERT INTO webhook_endpoints (id, key_id, url, description, collections, actions, secret, cursor, created_at, updated_at)
       VALUES (@id, @key_id, @url, @description, @collections, @actions, @secret, @cursor, @created_at, @created_at)`,
  ),
  countEndpoints: p('SELECT count(*) AS n FROM webhook_endpoints WHERE key_id = ?'),
  listEndpoints: p('SELECT * FROM webhook_endpoints WHERE key_id = ? ORDER BY created_at, id'),
  getEndpoint: p('SELECT * FROM webhook_endpoints WHERE id = ? AND key_id = ?'),
  endpointById: p('SELECT * FROM webhook_endpoints WHERE id = ?'),
  updateEndpoint: p(
    `UPDATE webhook_endpoints SET url = @url, description = @description, collections = @collections,
       actions = @actions, updated_at = @updated_at WHERE id = @id`,
  ),
  enable: p(
    `UPDATE webhook_endpoints SET disabled_at = NULL, disabled_reason = NULL, consecutive_failures = 0,
       retry_at = 0, updated_at = @at WHERE id = @id`,
  ),
  resumePending: p(
    `UPDATE webhook_deliveries SET next_attempt_at = @now, tries = 0 WHERE endpoint_id = @id AND status = 'pending'`,
  ),
  disable: p(
    'UPDATE webhook_endpoints SET disabled_at = @at, disabled_reason = @reason, updated_at = @at WHERE id = @id',
  ),
  rotate: p(
    `UPDATE webhook_endpoints SET previous_secret = secret, previous_secret_expires_at = @expires,
       secret = @secret, updated_at = @at WHERE id = @id`,
  ),
  deleteEndpoint: p('DELETE FROM webhook_endpoints WHERE id = ? AND key_id = ?'),
  // The worker: endpoints whose owner's key is live and that are not disabled.
  activeEndpoints: p(
    `SELECT e.id, e.cursor, e.collections, e.actions FROM webhook_endpoints e
       JOIN api_keys k ON k.id = e.key_id AND k.revoked_at IS NULL
       WHERE e.disabled_at IS NULL ORDER BY e.id`,
  ),
  eventsAfter: p(
    'SELECT seq, collection, record_id, action, version, changed_at FROM changes WHERE seq > ? ORDER BY seq LIMIT ?',
  ),
  backlog: p(
    `SELECT count(*) AS n FROM (SELECT 1 FROM webhook_deliveries WHERE endpoint_id = ? AND status = 'pending' LIMIT ${MAX_BACKLOG})`,
  ),
  insertDelivery: p(
    `INSERT INTO webhook_deliveries (id, endpoint_id, seq, collection, record_id, payload, status, next_attempt_at, created_at)
       VALUES (@id, @endpoint_id, @seq, @collection, @record_id, @payload, 'pending', @now, @created_at)`,
  ),
  setCursor: p('UPDATE webhook_endpoints SET cursor = ? WHERE id = ?'),
  // Due, not in flight, on a live endpoint out of its backoff, and the oldest unfinished message
  // of its record for that endpoint: a record's later event waits until the earlier one is
  // delivered or given up.
  due: p(
    `SELECT d.id, d.endpoint_id, d.payload, d.tries, d.manual, e.url, e.secret, e.previous_secret,
              e.previous_secret_expires_at, e.consecutive_failures
       FROM webhook_deliveries d
       JOIN webhook_endpoints e ON e.id = d.endpoint_id
       JOIN api_keys k ON k.id = e.key_id AND k.revoked_at IS NULL
       WHERE d.status = 'pending' AND d.next_attempt_at <= @now
         AND (d.lease_until IS NULL OR d.lease_until <= @now)
         AND e.disabled_at IS NULL AND e.retry_at <= @now
         AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p
                         WHERE p.endpoint_id = d.endpoint_id AND p.collection = d.collection
                           AND p.record_id = d.record_id AND p.status = 'pending' AND p.seq < d.seq)
       ORDER BY d.next_attempt_at, d.seq
       LIMIT @limit`,
  ),
  claim: p(
    `UPDATE webhook_deliveries SET lease_until = @until
       WHERE id = @id AND status = 'pending' AND (lease_until IS NULL OR lease_until <= @now)`,
  ),
  release: p('UPDATE webhook_deliveries SET lease_until = NULL WHERE id = ?'),
  deliveryById: p('SELECT * FROM webhook_deliveries WHERE id = ?'),
  insertAttempt: p(
    `INSERT INTO webhook_attempts (delivery_id, at, duration_ms, status_code, error, trigger)
       VALUES (@delivery_id, @at, @duration_ms, @status_code, @error, @trigger)`,
  ),
  delivered: p(
    `UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, tries = tries + 1,
       lease_until = NULL, manual = 0, last_status_code = @status_code, last_error = NULL,
       last_attempt_at = @at, delivered_at = @at WHERE id = @id`,
  ),
  failed: p(
    `UPDATE webhook_deliveries SET status = @status, attempts = attempts + 1, tries = @tries,
       lease_until = NULL, manual = 0, last_status_code = @status_code, last_error = @error,
       last_attempt_at = @at, next_attempt_at = @next WHERE id = @id`,
  ),
  endpointOk: p('UPDATE webhook_endpoints SET consecutive_failures = 0, retry_at = 0 WHERE id = ?'),
  endpointFailed: p(
    `UPDATE webhook_endpoints SET consecutive_failures = @failures, retry_at = @retry_at,
       disabled_at = coalesce(disabled_at, @disabled_at),
       disabled_reason = CASE WHEN disabled_at IS NULL THEN @reason ELSE disabled_reason END
       WHERE id = @id`,
  ),
  listDeliveries: p('SELECT * FROM webhook_deliveries WHERE endpoint_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?'),
  listDeliveriesByStatus: p(
    'SELECT * FROM webhook_deliveries WHERE endpoint_id = ? AND status = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
  ),
  getDelivery: p('SELECT * FROM webhook_deliveries WHERE id = ? AND endpoint_id = ?'),
  attemptsOfMany: p(
    `SELECT * FROM (
         SELECT a.*, row_number() OVER (PARTITION BY a.delivery_id ORDER BY a.id DESC) AS rn
         FROM webhook_attempts a WHERE a.delivery_id IN (SELECT value FROM json_each(?))
       ) WHERE rn <= ${ATTEMPTS_SHOWN} ORDER BY delivery_id, id`,
  ),
  attemptsOf: p(
    `SELECT * FROM (SELECT * FROM webhook_attempts WHERE delivery_id = ? ORDER BY id DESC LIMIT ${ATTEMPTS_SHOWN_ONE})
       ORDER BY id`,
  ),
  redeliver: p(
    `UPDATE webhook_deliveries SET status = 'pending', tries = CASE WHEN status = 'pending' THEN tries ELSE 0 END,
       next_attempt_at = @now, manual = 1, delivered_at = NULL WHERE id = @id`,
  ),
  prune: p(
    `DELETE FROM webhook_deliveries WHERE rowid IN (
         SELECT rowid FROM webhook_deliveries WHERE status IN ('delivered', 'failed') AND created_at < ? LIMIT ?)`,
  ),
});

export class WebhookStore {
  private readonly sqlite: Database.Database;
  private readonly s: ReturnType<typeof statements>;

  constructor(db: Db) {
    this.sqlite = db.$client;
    this.s = statements((sql) => prepareUnversioned(this.sqlite, sql));
  }

  private tx<T>(fn: () => T): T {
    return this.sqlite.transaction(fn).immediate();
  }

  latestSeq(): number {
    return (this.s.latestSeq.get() as { seq: number }).seq;
  }

  countEndpoints(keyId: string): number {
    return (this.s.countEndpoints.get(keyId) as { n: number }).n;
  }

  createEndpoint(e: {
    key_id: string;
    url: string;
    description: string | null;
    collections: string[] | null;
    actions: string[] | null;
    secret: string;
    cursor: number;
    now: number;
  }): EndpointRow {
    const id = newId('wh_');
    this.s.insertEndpoint.run({
      ...e,
      id,
      collections: e.collections ? JSON.stringify(e.collections) : null,
      actions: e.actions ? JSON.stringify(e.actions) : null,
      created_at: iso(e.now),
    });
    return this.endpoint(id) as EndpointRow;
  }

  listEndpoints(keyId: string): EndpointRow[] {
    return this.s.listEndpoints.all(keyId) as EndpointRow[];
  }

  /** The endpoint if this key owns it. */
  ownedEndpoint(id: string, keyId: string): EndpointRow | undefined {
    return this.s.getEndpoint.get(id, keyId) as EndpointRow | undefined;
  }

  endpoint(id: string): EndpointRow | undefined {
    return this.s.endpointById.get(id) as EndpointRow | undefined;
  }

  updateEndpoint(
    id: string,
    e: { url: string; description: string | null; collections: string[] | null; actions: string[] | null },
    now: number,
  ) {
    this.s.updateEndpoint.run({
      id,
      url: e.url,
      description: e.description,
      collections: e.collections ? JSON.stringify(e.collections) : null,
      actions: e.actions ? JSON.stringify(e.actions) : null,
      updated_at: iso(now),
    });
  }

  /** Re-enabled by its owner: the failure count is cleared and its pending messages are due at once. */
  enable(id: string, now: number) {
    this.tx(() => {
      this.s.enable.run({ id, at: iso(now) });
      this.s.resumePending.run({ id, now });
    });
  }

  disable(id: string, reason: string, now: number) {
    this.s.disable.run({ id, reason, at: iso(now) });
  }

  rotateSecret(id: string, secret: string, previousExpires: number, now: number) {
    this.s.rotate.run({ id, secret, expires: previousExpires, at: iso(now) });
  }

  deleteEndpoint(id: string, keyId: string): boolean {
    return this.s.deleteEndpoint.run(id, keyId).changes > 0;
  }

  activeEndpoints() {
    return this.s.activeEndpoints.all() as Pick<EndpointRow, 'id' | 'cursor' | 'collections' | 'actions'>[];
  }

  /**
   * Takes the change-feed events after the endpoint's cursor into its outbox, in one transaction
   * with the cursor: those its filters select become pending deliveries (their bodies made by
   * `payload`), the others are passed over. At most MATERIALIZE_BATCH events, and nothing while
   * the endpoint has MAX_BACKLOG pending deliveries. Returns how many events were read.
   */
  materialize(
    endpoint: Pick<EndpointRow, 'id' | 'cursor'>,
    select: (e: ChangeRow) => boolean,
    payload: (e: ChangeRow) => string,
    now: number,
  ): number {
    return this.tx(() => {
      const current = this.endpoint(endpoint.id);
      if (!current || current.disabled_at) return 0;
      const room = MAX_BACKLOG - (this.s.backlog.get(current.id) as { n: number }).n;
      if (room <= 0) return 0;
      const events = this.s.eventsAfter.all(current.cursor, Math.min(MATERIALIZE_BATCH, room)) as ChangeRow[];
      for (const e of events) {
        if (!select(e)) continue;
        this.s.insertDelivery.run({
          id: newId('msg_'),
          endpoint_id: current.id,
          seq: e.seq,
          collection: e.collection,
          record_id: e.record_id,
          payload: payload(e),
          now,
          created_at: iso(now),
        });
      }
      const last = events.at(-1);
      if (last) this.s.setCursor.run(last.seq, current.id);
      return events.length;
    });
  }

  due(now: number, limit: number): DueRow[] {
    return this.s.due.all({ now, limit }) as DueRow[];
  }

  /** Marks a delivery in flight until `until`; false when another attempt has it. */
  claim(id: string, now: number, until: number): boolean {
    return this.s.claim.run({ id, now, until }).changes === 1;
  }

  /** An attempt that was not made after all (the worker stopped): due again, nothing counted. */
  release(id: string) {
    this.s.release.run(id);
  }

  /**
   * Records an attempt and what follows, in one transaction: delivered; or failed, retried after
   * the backoff or given up after maxAttempts; and the endpoint's run of failures, which disables
   * it at disableAfter (its pending messages then wait for the owner to re-enable it).
   */
  record(o: Outcome, policy: Policy): { disabled: boolean; gaveUp: boolean } {
    return this.tx(() => {
      const d = this.s.deliveryById.get(o.deliveryId) as DeliveryRow | undefined;
      // Deleted with its endpoint while the request was in flight.
      if (!d) return { disabled: false, gaveUp: false };
      const at = iso(o.at);
      this.s.insertAttempt.run({
        delivery_id: d.id,
        at,
        duration_ms: Math.round(o.durationMs),
        status_code: o.statusCode,
        error: o.error,
        trigger: d.manual ? 'manual' : 'scheduled',
      });
      if (o.ok) {
        this.s.delivered.run({ id: d.id, status_code: o.statusCode, at });
        this.s.endpointOk.run(d.endpoint_id);
        return { disabled: false, gaveUp: false };
      }
      const e = this.endpoint(d.endpoint_id) as EndpointRow;
      const failures = e.consecutive_failures + 1;
      const disabled = !e.disabled_at && failures >= policy.disableAfter;
      const tries = d.tries + 1;
      // A disabled endpoint's messages wait for it to be re-enabled rather than being given up.
      const gaveUp = !disabled && !e.disabled_at && tries >= policy.maxAttempts;
      this.s.failed.run({
        id: d.id,
        status: gaveUp ? 'failed' : 'pending',
        tries,
        status_code: o.statusCode,
        error: o.error,
        at,
        next: o.at + policy.backoff(tries),
      });
      this.s.endpointFailed.run({
        id: e.id,
        failures,
        retry_at: o.at + policy.backoff(failures),
        disabled_at: disabled ? at : null,
        reason: disabled ? `${failures} failed attempts in a row; the last: ${o.error}` : null,
      });
      return { disabled, gaveUp };
    });
  }

  listDeliveries(endpointId: string, before: number, limit: number, status?: string): DeliveryRow[] {
    return (
      status
        ? this.s.listDeliveriesByStatus.all(endpointId, status, before, limit)
        : this.s.listDeliveries.all(endpointId, before, limit)
    ) as DeliveryRow[];
  }

  delivery(endpointId: string, id: string): DeliveryRow | undefined {
    return this.s.getDelivery.get(id, endpointId) as DeliveryRow | undefined;
  }

  /** The latest ATTEMPTS_SHOWN attempts of each delivery (a page of at most 100 ids), oldest first. */
  attemptsOfMany(ids: string[]): Map<string, AttemptRow[]> {
    const out = new Map<string, AttemptRow[]>(ids.map((id) => [id, []]));
    if (!ids.length) return out;
    for (const a of this.s.attemptsOfMany.all(JSON.stringify(ids)) as AttemptRow[]) out.get(a.delivery_id)?.push(a);
    return out;
  }

  attemptsOf(id: string): AttemptRow[] {
    return this.s.attemptsOf.all(id) as AttemptRow[];
  }

  redeliver(id: string, now: number) {
    this.s.redeliver.run({ id, now });
  }

  /** Deletes up to `limit` delivered or given-up deliveries made before `before` (their attempts go with them). */
  prune(before: number, limit: number): number {
    return this.s.prune.run(iso(before), limit).changes;
  }
}
