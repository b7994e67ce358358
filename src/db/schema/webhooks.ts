import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Webhook endpoints partners register (src/webhooks/). `secret` is the signing secret in clear
 * (`whsec_…`): an HMAC needs the key itself, so it cannot be hashed like an API key. It is shown
 * once (creation, rotation) and never returned again; protect the database file accordingly.
 * `cursor` is the last change-feed `seq` this endpoint has taken into its outbox (deliveries).
 */
export const webhookEndpoints = sqliteTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    /** The API key (with the webhooks scope) that registered it: its owner, the only key that sees it. */
    key_id: text('key_id').notNull(),
    url: text('url').notNull(),
    description: text('description'),
    /** Collection paths to deliver (null: every collection). */
    collections: text('collections', { mode: 'json' }).$type<string[] | null>(),
    /** Actions to deliver (null: every action). */
    actions: text('actions', { mode: 'json' }).$type<string[] | null>(),
    secret: text('secret').notNull(),
    /** The secret before the last rotation, still signing beside the new one until it expires. */
    previous_secret: text('previous_secret'),
    previous_secret_expires_at: integer('previous_secret_expires_at'),
    cursor: integer('cursor').notNull(),
    disabled_at: text('disabled_at'),
    disabled_reason: text('disabled_reason'),
    consecutive_failures: integer('consecutive_failures').notNull().default(0),
    /** No attempt to this endpoint before this time (ms since the epoch): its backoff after a failure. */
    retry_at: integer('retry_at').notNull().default(0),
    created_at: text('created_at').notNull(),
    updated_at: text('updated_at').notNull(),
  },
  (t) => [index('webhook_endpoints_key_idx').on(t.key_id)],
);

/** The outbox: one message per endpoint and change-feed event, kept as the delivery log. */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    /** `msg_…`: the `webhook-id` header, the same on every attempt (receivers deduplicate on it). */
    id: text('id').primaryKey(),
    endpoint_id: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    collection: text('collection').notNull(),
    record_id: text('record_id').notNull(),
    /** The body, fixed when the message is made: every attempt sends the same bytes. */
    payload: text('payload').notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull(),
    /** Attempts in all, and in the current round (since it was made or last redelivered by hand). */
    attempts: integer('attempts').notNull().default(0),
    tries: integer('tries').notNull().default(0),
    /** Due at (ms since the epoch). */
    next_attempt_at: integer('next_attempt_at').notNull(),
    /** Set while a request is in flight (ms since the epoch); an expired lease is retried (a crash). */
    lease_until: integer('lease_until'),
    /** The next attempt was asked for by the owner (redelivery). */
    manual: integer('manual', { mode: 'boolean' }).notNull().default(false),
    last_status_code: integer('last_status_code'),
    last_error: text('last_error'),
    last_attempt_at: text('last_attempt_at'),
    created_at: text('created_at').notNull(),
    delivered_at: text('delivered_at'),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_endpoint_seq_idx').on(t.endpoint_id, t.seq),
    index('webhook_deliveries_endpoint_status_idx').on(t.endpoint_id, t.status, t.seq),
    index('webhook_deliveries_record_idx').on(t.endpoint_id, t.collection, t.record_id, t.status, t.seq),
    index('webhook_deliveries_due_idx').on(t.status, t.next_attempt_at),
    index('webhook_deliveries_done_idx').on(t.status, t.created_at),
  ],
);

/** Every attempt of every delivery: when, how long, the status code or the error. */
export const webhookAttempts = sqliteTable(
  'webhook_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    delivery_id: text('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    duration_ms: integer('duration_ms').notNull(),
    status_code: integer('status_code'),
    error: text('error'),
    trigger: text('trigger', { enum: ['scheduled', 'manual'] }).notNull(),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.delivery_id, t.id)],
);
