import { createHash } from 'node:crypto';
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, RequestPayload } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { KeyInfo } from '../auth/keys.js';
import type { Config } from '../config.js';
import { writePreconditionFailed } from '../http/cache.js';
import { HttpProblem } from '../http/errors.js';
import { refuseBody } from '../http/no-body.js';
import { problemResponses } from '../http/problem.js';
import { checkedAddresses, hostOf, normalisedUrl, RefusedAddress, webhookUrl } from '../webhooks/address.js';
import {
  DeliveryId,
  DeliveryPage,
  EndpointList,
  OneDelivery,
  OneEndpoint,
  OneEndpointWithSecret,
  type WebhookAction,
  WebhookCreateInput,
  type WebhookDelivery,
  WebhookId,
  WebhookPatch,
} from '../webhooks/schemas.js';
import { newSecret } from '../webhooks/signing.js';
import type { AttemptRow, DeliveryRow, EndpointRow, WebhookStore } from '../webhooks/store.js';
import { PREVIOUS_SECRET_MS, type WebhookWorker } from '../webhooks/worker.js';
import { SECURITY } from './collection-writes.js';
import { ROUTE_DEPENDENCIES } from './shared.js';

export interface WebhookRoutesOptions {
  config: Config;
  store: WebhookStore;
  /** The delivery worker's clock and URL rules (made on read-only nodes too, where it never starts). */
  worker: WebhookWorker;
}

/** How long registration waits for DNS before refusing the URL. */
const RESOLVE_TIMEOUT_MS = 5000;
/** The rate-limit group of the webhook routes: one budget per key, like writes. */
const WEBHOOK_BUDGET = 'webhooks';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

export function endpointView(e: EndpointRow) {
  return {
    id: e.id,
    url: normalisedUrl(e.url),
    description: e.description,
    collections: parse<string[]>(e.collections),
    actions: parse<z.infer<typeof WebhookAction>[]>(e.actions),
    enabled: e.disabled_at === null,
    disabled_at: e.disabled_at,
    disabled_reason: e.disabled_reason,
    consecutive_failures: e.consecutive_failures,
    cursor: String(e.cursor),
    previous_secret_expires_at: e.previous_secret ? iso(e.previous_secret_expires_at) : null,
    created_at: e.created_at,
    updated_at: e.updated_at,
  };
}

export function deliveryView(d: DeliveryRow, attempts: AttemptRow[]): z.output<typeof WebhookDelivery> {
  return {
    id: d.id,
    // The outbox stores the change-feed message it sends; its `data` is the event as the feed served it.
    event: (JSON.parse(d.payload) as { data: z.output<typeof WebhookDelivery>['event'] }).data,
    status: d.status,
    attempt_count: d.attempts,
    next_attempt_at: d.status === 'pending' ? iso(d.next_attempt_at) : null,
    last_status_code: d.last_status_code,
    last_error: d.last_error,
    created_at: d.created_at,
    delivered_at: d.delivered_at,
    attempts: attempts.map((a) => ({
      at: a.at,
      duration_ms: a.duration_ms,
      status_code: a.status_code,
      error: a.error,
      trigger: a.trigger,
    })),
  };
}

/** The strong ETag of an endpoint's representation (without its secret): any change of what GET shows changes it. */
export const endpointTag = (e: EndpointRow): string =>
  `"wh-${createHash('sha256')
    .update(JSON.stringify(endpointView(e)))
    .digest('base64url')
    .slice(0, 27)}"`;

/**
 * A webhook write's preconditions (hostile 14 H14-2): If-Match against the endpoint's ETag (a delivery has none: only
 * `*`), If-Unmodified-Since against its `updated_at`, If-None-Match; a 412 problem when one fails, and nothing is done.
 */
function checkPreconditions(req: FastifyRequest, target: Parameters<typeof writePreconditionFailed>[1]) {
  const failed = writePreconditionFailed(req.headers, target);
  if (failed) throw new HttpProblem(412, `${failed} Nothing was changed.`);
}
const endpointTarget = (e: EndpointRow) => ({
  exists: true,
  tag: endpointTag(e),
  lastModifiedMs: Date.parse(e.updated_at),
});

const keyOf = (req: FastifyRequest): KeyInfo => {
  if (!req.apiKey) throw new HttpProblem(401, 'Managing webhooks needs an API key: Authorization: Bearer <key>.');
  return req.apiKey;
};

/**
 * /v1/webhooks: partners holding a key with the `webhooks` scope register endpoints that receive the
 * change feed, signed (Standard Webhooks). A key sees and changes only its own endpoints (another
 * key's id is a 404). Responses are `no-store` and never cached: they are per key.
 */
export const webhookRoutes = fp(
  async (app: FastifyInstance, { config, store, worker }: WebhookRoutesOptions) => {
    const typed = app.withTypeProvider<ZodTypeProvider>();
    const keyCheck = app.requireScope('webhooks');
    // Webhooks live on the primary (snapshots for replicas hold none of their rows): on a read-only
    // node every webhook route is disabled by configuration, a 405 with an empty Allow (RFC 9110 §10.2.1).
    const readOnlyRefusal = () =>
      // Its Allow is the path's on this node, OPTIONS only (errors.ts): the webhook routes are `primaryOnly`.
      new HttpProblem(405, 'Webhooks live on the primary: send webhook requests to it, not to a read-only replica.');
    // Before the body is parsed: without the right key, a 401 or 403 whatever the body.
    const auth = async (req: FastifyRequest, reply: FastifyReply, payload: RequestPayload) => {
      // Per key: never stored by a shared cache (errors are no-store anyway).
      reply.header('cache-control', 'no-store');
      if (config.READ_ONLY) throw readOnlyRefusal();
      await keyCheck(req);
      return payload;
    };
    // One budget per key across the webhook routes (after the key check, both preParsing). A route
    // with its own limit is also never answered from the response cache (src/http/cache.ts).
    const rateLimit: RateLimitOptions = {
      max: config.WRITE_RATE_LIMIT_MAX,
      timeWindow: config.RATE_LIMIT_WINDOW,
      groupId: WEBHOOK_BUDGET,
      hook: 'preParsing',
      keyGenerator: (req: FastifyRequest) => {
        const key = req.apiKey;
        return key ? `key:${key.id}` : `ip:${req.ip}`;
      },
    };
    // Not compressed (review C14-9): an endpoint's strong ETag names its bytes, which a compressed body would not be;
    // the bodies are small.
    const route = { preParsing: auth, config: { rateLimit, compress: false as const, primaryOnly: true } };
    /** The webhook writes that take no body (delete, rotate the secret, redeliver). */
    const bodiless = { ...route, preParsing: [auth, refuseBody] };

    const owned = (req: FastifyRequest, id: string): EndpointRow => {
      const e = store.ownedEndpoint(id, keyOf(req).id);
      if (!e) throw new HttpProblem(404, `No webhook endpoint "${id}" for this key.`);
      return e;
    };
    /**
     * The URL as a webhook target: its form, then every address it resolves to (422 naming it). Returns it as the
     * parser normalises it, the string stored, shown and delivered to (H16-2), whose host is the one checked here.
     */
    const checkUrl = async (text: string): Promise<string> => {
      const form = webhookUrl(text, config.WEBHOOK_ALLOW_HTTP);
      const refuse = (detail: string) => new HttpProblem(422, `url: ${detail}`, [{ name: 'url', in: 'body', detail }]);
      if ('problem' in form) throw refuse(form.problem);
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          checkedAddresses(hostOf(new URL(form.href)), worker.addressPolicy),
          new Promise((_, reject) => {
            timer = setTimeout(
              () => reject(new RefusedAddress(`the host did not resolve within ${RESOLVE_TIMEOUT_MS / 1000} s`)),
              RESOLVE_TIMEOUT_MS,
            );
          }),
        ]);
      } catch (err) {
        if (err instanceof RefusedAddress) throw refuse(`refused: ${err.message}`);
        throw err;
      } finally {
        clearTimeout(timer);
      }
      return form.href;
    };
    const params = z.object({ id: WebhookId });
    const deliveryParams = z.object({ id: WebhookId, delivery_id: DeliveryId });
    const reads = [401, 403, 404, 405, 429, 500, 503] as const;
    const writes = [400, 401, 403, 404, 405, 412, 413, 415, 422, 429, 500, 503] as const;
    const tags = ['webhooks'];

    typed.post(
      '/v1/webhooks',
      {
        ...route,
        schema: {
          operationId: 'createWebhook',
          summary: 'Register a webhook endpoint',
          description:
            'Needs a key with the `webhooks` scope. The endpoint receives every change-feed event its filters select, as a signed POST (Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`). The `secret` is in this response only: store it. The URL must be https and resolve only to public addresses (422 otherwise); a key holds at most `WEBHOOK_MAX_ENDPOINTS` endpoints (409).',
          tags,
          security: SECURITY,
          body: WebhookCreateInput,
          response: {
            201: OneEndpointWithSecret.meta({ description: 'Registered; the secret is shown this once.' }),
            ...problemResponses(...writes, 409),
          },
        },
      },
      async (req, reply) => {
        const key = keyOf(req);
        // A new endpoint has no current representation: any If-Match fails, `If-None-Match: *` holds.
        checkPreconditions(req, { exists: false });
        const body = req.body;
        const url = await checkUrl(body.url);
        const latest = store.latestSeq();
        const since = body.since === undefined ? latest : Number(body.since);
        if (since > latest)
          throw new HttpProblem(422, `since=${since} is past the latest change-feed event (${latest}).`, [
            { name: 'since', in: 'body', detail: `greater than the latest event, ${latest}` },
          ]);
        if (store.countEndpoints(key.id) >= config.WEBHOOK_MAX_ENDPOINTS)
          throw new HttpProblem(
            409,
            `This key already has ${config.WEBHOOK_MAX_ENDPOINTS} webhook endpoints, the most it may hold: delete one first.`,
          );
        const secret = newSecret();
        const e = store.createEndpoint({
          key_id: key.id,
          url,
          description: body.description ?? null,
          collections: body.collections ?? null,
          actions: body.actions ?? null,
          secret,
          cursor: since,
          now: worker.now(),
        });
        // Its validator too, as GET, PATCH and rotate-secret give it (review C15-5: the spec declared it).
        reply.code(201).header('location', `/v1/webhooks/${e.id}`).header('etag', endpointTag(e));
        return { data: { ...endpointView(e), secret } };
      },
    );

    typed.get(
      '/v1/webhooks',
      {
        ...route,
        schema: {
          operationId: 'listWebhooks',
          summary: 'List your webhook endpoints',
          description: 'The endpoints registered with this key (never those of another key), without their secrets.',
          tags,
          security: SECURITY,
          response: { 200: EndpointList, ...problemResponses(400, ...reads) },
        },
      },
      async (req) => ({ data: store.listEndpoints(keyOf(req).id).map(endpointView) }),
    );

    typed.get(
      '/v1/webhooks/:id',
      {
        ...route,
        schema: {
          operationId: 'getWebhook',
          summary: 'Get a webhook endpoint',
          description: 'One endpoint of this key, with its state (enabled, failures in a row, why it was disabled).',
          tags,
          security: SECURITY,
          params,
          response: { 200: OneEndpoint, ...problemResponses(400, ...reads) },
        },
      },
      async (req, reply) => {
        const e = owned(req, req.params.id);
        reply.header('etag', endpointTag(e));
        return { data: endpointView(e) };
      },
    );

    typed.patch(
      '/v1/webhooks/:id',
      {
        ...route,
        schema: {
          operationId: 'updateWebhook',
          summary: 'Change, re-enable or pause a webhook endpoint',
          description:
            'A merge patch (`application/merge-patch+json` or `application/json`): `url`, `description`, `collections`, `actions` (`null` clears a filter: every collection or action), and `enabled`: `true` re-enables an endpoint disabled after failures (its waiting events are sent from where it stopped), `false` pauses it. A new URL is checked like at registration. Filters apply to events taken into the outbox from then on.',
          tags,
          security: SECURITY,
          params,
          body: {
            content: {
              'application/merge-patch+json': { schema: WebhookPatch },
              'application/json': { schema: WebhookPatch },
            },
          },
          response: { 200: OneEndpoint.meta({ description: 'Changed.' }), ...problemResponses(...writes) },
        },
      },
      async (req, reply) => {
        owned(req, req.params.id);
        const patch = req.body as z.infer<typeof WebhookPatch>;
        const url = patch.url === undefined ? undefined : await checkUrl(patch.url);
        // Read, weighed and written with nothing awaited in between (review C14-1): a PATCH that waited on DNS could
        // otherwise write what it read before another PATCH with the same If-Match changed the endpoint.
        const e = owned(req, req.params.id);
        checkPreconditions(req, endpointTarget(e));
        const now = worker.now();
        const current = endpointView(e);
        const pick = <K extends 'description' | 'collections' | 'actions'>(k: K) =>
          patch[k] === undefined ? current[k] : (patch[k] ?? null);
        if (patch.url !== undefined || 'description' in patch || 'collections' in patch || 'actions' in patch) {
          store.updateEndpoint(
            e.id,
            {
              url: url ?? e.url,
              description: pick('description') as string | null,
              collections: pick('collections') as string[] | null,
              actions: pick('actions') as string[] | null,
            },
            now,
          );
        }
        if (patch.enabled === true && e.disabled_at) store.enable(e.id, now);
        if (patch.enabled === false && !e.disabled_at) store.disable(e.id, 'paused by its owner', now);
        const changed = store.endpoint(e.id) as EndpointRow;
        reply.header('etag', endpointTag(changed));
        return { data: endpointView(changed) };
      },
    );

    typed.delete(
      '/v1/webhooks/:id',
      {
        ...bodiless,
        schema: {
          operationId: 'deleteWebhook',
          summary: 'Delete a webhook endpoint',
          description: 'Stops deliveries to it at once and deletes its delivery log.',
          tags,
          security: SECURITY,
          params,
          response: { 204: z.undefined().meta({ description: 'Deleted.' }), ...problemResponses(...writes) },
        },
      },
      async (req, reply) => {
        const e = owned(req, req.params.id);
        checkPreconditions(req, endpointTarget(e));
        store.deleteEndpoint(e.id, keyOf(req).id);
        return reply.code(204).send();
      },
    );

    typed.post(
      '/v1/webhooks/:id/rotate-secret',
      {
        ...bodiless,
        schema: {
          operationId: 'rotateWebhookSecret',
          summary: 'Rotate the signing secret',
          description:
            'A new secret, in this response only. For 24 hours messages carry two signatures (`v1,<new> v1,<old>`), so receivers can switch without missing any.',
          tags,
          security: SECURITY,
          params,
          response: {
            200: OneEndpointWithSecret.meta({ description: 'The new secret, shown this once.' }),
            ...problemResponses(...writes),
          },
        },
      },
      async (req, reply) => {
        const e = owned(req, req.params.id);
        checkPreconditions(req, endpointTarget(e));
        const secret = newSecret();
        const now = worker.now();
        store.rotateSecret(e.id, secret, now + PREVIOUS_SECRET_MS, now);
        const rotated = store.endpoint(e.id) as EndpointRow;
        reply.header('etag', endpointTag(rotated));
        return { data: { ...endpointView(rotated), secret } };
      },
    );

    typed.get(
      '/v1/webhooks/:id/deliveries',
      {
        ...route,
        schema: {
          operationId: 'listWebhookDeliveries',
          summary: 'Delivery log of an endpoint',
          description:
            'Its deliveries, newest event first, each with its status and its latest attempts (when, how long, the status code or the error). Delivered and given-up deliveries are kept for `WEBHOOK_LOG_RETENTION`.',
          tags,
          security: SECURITY,
          params,
          querystring: z.strictObject({
            status: z
              .enum(['pending', 'delivered', 'failed'])
              .optional()
              .meta({ description: 'Only deliveries in this state.' }),
            cursor: z
              .string()
              .regex(/^\d{1,15}$/, 'a cursor from meta.next_cursor')
              .optional()
              .meta({ description: 'From `meta.next_cursor`: the next (older) page.' }),
            limit: z.coerce
              .number()
              .int()
              .min(1)
              .max(100)
              .default(20)
              .meta({ description: 'Deliveries per page, 1 to 100.' }),
          }),
          response: { 200: DeliveryPage, ...problemResponses(400, ...reads) },
        },
      },
      async (req) => {
        const e = owned(req, req.params.id);
        const { limit, status } = req.query;
        const before = req.query.cursor === undefined ? Number.MAX_SAFE_INTEGER : Number(req.query.cursor);
        const rows = store.listDeliveries(e.id, before, limit + 1, status);
        const page = rows.slice(0, limit);
        const attempts = store.attemptsOfMany(page.map((d) => d.id));
        const more = rows.length > limit;
        return {
          data: page.map((d) => deliveryView(d, attempts.get(d.id) ?? [])),
          meta: { next_cursor: more ? String(page.at(-1)?.seq) : null, has_more: more, limit },
        };
      },
    );

    typed.get(
      '/v1/webhooks/:id/deliveries/:delivery_id',
      {
        ...route,
        schema: {
          operationId: 'getWebhookDelivery',
          summary: 'One delivery and its attempts',
          description: 'The message (the change-feed event it carries), its status and up to its 100 latest attempts.',
          tags,
          security: SECURITY,
          params: deliveryParams,
          response: { 200: OneDelivery, ...problemResponses(400, ...reads) },
        },
      },
      async (req) => {
        const e = owned(req, req.params.id);
        const d = store.delivery(e.id, req.params.delivery_id);
        if (!d) throw new HttpProblem(404, `No delivery "${req.params.delivery_id}" of this endpoint.`);
        return { data: deliveryView(d, store.attemptsOf(d.id)) };
      },
    );

    typed.post(
      '/v1/webhooks/:id/deliveries/:delivery_id/redeliver',
      {
        ...bodiless,
        schema: {
          operationId: 'redeliverWebhookDelivery',
          summary: 'Send a delivery again',
          description:
            'Queues the same message (same `webhook-id` and body, a fresh timestamp and signature) to be sent at once, whatever its status: a given-up delivery gets a new round of attempts. Later events of the same record wait for it, as always. 409 while the endpoint is disabled: re-enable it first.',
          tags,
          security: SECURITY,
          params: deliveryParams,
          response: {
            202: OneDelivery.meta({ description: 'Queued.' }),
            ...problemResponses(...writes, 409),
          },
        },
      },
      async (req, reply) => {
        const e = owned(req, req.params.id);
        const d = store.delivery(e.id, req.params.delivery_id);
        if (!d) throw new HttpProblem(404, `No delivery "${req.params.delivery_id}" of this endpoint.`);
        checkPreconditions(req, { exists: true });
        if (e.disabled_at)
          throw new HttpProblem(409, 'The endpoint is disabled: re-enable it (PATCH {"enabled": true}) first.');
        store.redeliver(d.id, worker.now());
        reply.code(202);
        const now = store.delivery(e.id, d.id) as DeliveryRow;
        return { data: deliveryView(now, store.attemptsOf(d.id)) };
      },
    );
  },
  { name: 'katalog-webhooks-routes', dependencies: [...ROUTE_DEPENDENCIES, 'katalog-auth'] },
);
