import { z } from 'zod';
import { resources } from '../resources/index.js';
import { CONTROL, LONE_SURROGATE, NOT_WELL_FORMED } from '../resources/rules.js';
import { ChangeEvent } from '../routes/changes.js';

/** The Zod schemas of the webhook routes: validation, serialization and the OpenAPI components. */

const collectionNames = resources.map((r) => r.path) as [string, ...string[]];
export const WebhookCollection = z.enum(collectionNames);
export const WebhookAction = z.enum(['created', 'updated', 'deleted', 'restored']);

const plain = (max: number) =>
  z
    .string()
    .max(max)
    .refine((v) => !CONTROL.test(v), 'must not contain control characters (NUL, escape…)')
    .refine((v) => !LONE_SURROGATE.test(v), NOT_WELL_FORMED);

const Url = z
  .string()
  .min(1)
  .max(2048)
  // Checked before the URL is parsed: WHATWG URL parsing would keep a lone surrogate as it is.
  .refine((v) => !CONTROL.test(v), 'must not contain control characters (NUL, escape…)')
  .refine((v) => !LONE_SURROGATE.test(v), NOT_WELL_FORMED)
  .meta({
    description:
      'The HTTPS URL that receives the events (POST), kept as the WHATWG URL parser writes it (tab, line break, backslash, edge space: 422). It must resolve only to public addresses; redirects are not followed.',
    examples: ['https://partner.example/katalog/webhooks'],
  });
const Description = plain(500).meta({ description: 'A note for the owner.', examples: ['Directory sync'] });
const Collections = z
  .array(WebhookCollection)
  .min(1)
  .max(collectionNames.length)
  .refine((v) => new Set(v).size === v.length, 'names a collection twice: give each once')
  .meta({
    uniqueItems: true,
    description: 'Deliver only events of these collections (all when absent or null).',
    examples: [['programs', 'prices']],
  });
const Actions = z
  .array(WebhookAction)
  .min(1)
  .max(4)
  .refine((v) => new Set(v).size === v.length, 'names an action twice: give each once')
  .meta({
    uniqueItems: true,
    description: 'Deliver only these actions (all when absent or null).',
    examples: [['created', 'updated', 'deleted']],
  });

export const WebhookId = z
  .string()
  .max(100)
  .meta({ description: 'The endpoint id (`wh_…`).', examples: ['wh_Jq3kT0bX8vZp2LmN4rYc'] });
export const DeliveryId = z
  .string()
  .max(100)
  .meta({
    description: 'The delivery id (`msg_…`), also its `webhook-id` header.',
    examples: ['msg_a1B2c3D4e5F6g7H8i9J0'],
  });

export const WebhookCreateInput = z
  .strictObject({
    url: Url,
    description: Description.optional(),
    collections: Collections.optional(),
    actions: Actions.optional(),
    since: z
      .string()
      .regex(/^\d{1,15}$/, 'a cursor from the change feed (meta.next_cursor)')
      .optional()
      .meta({
        description:
          'Deliver the events after this change-feed cursor (`meta.next_cursor` of `/v1/changes`; `0` for the whole feed). Default: only events after registration.',
        examples: ['240'],
      }),
  })
  .meta({
    id: 'WebhookCreate',
    description: 'A webhook endpoint to register.',
    examples: [{ url: 'https://partner.example/katalog/webhooks', collections: ['programs', 'prices'] }],
  });

export const WebhookPatch = z
  .strictObject({
    url: Url.optional(),
    description: Description.nullable().optional(),
    collections: Collections.nullable().optional(),
    actions: Actions.nullable().optional(),
    enabled: z.boolean().optional().meta({
      description:
        '`true` re-enables a disabled endpoint (its failure count is cleared and its waiting events are sent at once); `false` pauses it.',
    }),
  })
  .meta({
    id: 'WebhookPatch',
    description: 'An RFC 7396 merge patch of the endpoint: `null` clears `description`, `collections` or `actions`.',
    examples: [{ enabled: true }],
  });

const Iso = z.string().meta({ examples: ['2026-11-22T00:00:00.000Z'] });

const endpointFields = {
  id: WebhookId,
  url: z.string(),
  description: z.string().nullable(),
  collections: z.array(WebhookCollection).nullable(),
  actions: z.array(WebhookAction).nullable(),
  enabled: z.boolean().meta({ description: 'False while disabled (after failures, or by its owner).' }),
  disabled_at: Iso.nullable(),
  disabled_reason: z.string().nullable(),
  consecutive_failures: z.number().int().meta({ description: 'Failed attempts since the last success.' }),
  cursor: z.string().meta({
    description: "The change-feed cursor up to which events have been taken into this endpoint's outbox.",
  }),
  previous_secret_expires_at: Iso.nullable().meta({
    description: 'After a rotation, until when the previous secret also signs (a second `v1,` signature).',
  }),
  created_at: Iso,
  updated_at: Iso,
};

const exampleEndpoint = {
  id: 'wh_Jq3kT0bX8vZp2LmN4rYc',
  url: 'https://partner.example/katalog/webhooks',
  description: null,
  collections: ['programs', 'prices'],
  actions: null,
  enabled: true,
  disabled_at: null,
  disabled_reason: null,
  consecutive_failures: 0,
  cursor: '240',
  previous_secret_expires_at: null,
  created_at: '2026-11-22T00:00:00.000Z',
  updated_at: '2026-11-22T00:00:00.000Z',
};
const exampleSecret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3lQH2gNSeUE=';

export const WebhookEndpoint = z.object(endpointFields).meta({
  id: 'WebhookEndpoint',
  description: 'A registered endpoint. Its secret is never shown again after creation or rotation.',
});

export const WebhookEndpointWithSecret = z
  .object({
    ...endpointFields,
    secret: z.string().meta({
      description:
        'The signing secret (`whsec_` + base64). Shown only now: store it. Verify `webhook-signature` with it (Standard Webhooks).',
    }),
  })
  .meta({ id: 'WebhookEndpointWithSecret' });

export const WebhookAttempt = z
  .object({
    at: Iso,
    duration_ms: z.number().int(),
    status_code: z.number().int().nullable().meta({ description: "The receiver's status code (null: no answer)." }),
    error: z.string().nullable().meta({ description: 'Why the attempt failed (null when it succeeded).' }),
    trigger: z.enum(['scheduled', 'manual']).meta({ description: '`manual`: a redelivery asked for by the owner.' }),
  })
  .meta({ id: 'WebhookAttempt' });

export const WebhookDelivery = z
  .object({
    id: DeliveryId,
    event: ChangeEvent,
    status: z.enum(['pending', 'delivered', 'failed']).meta({
      description: '`pending` (waiting or retrying), `delivered` (a 2xx), `failed` (given up after the last attempt).',
    }),
    attempt_count: z.number().int(),
    next_attempt_at: Iso.nullable().meta({ description: 'When a pending delivery is due.' }),
    last_status_code: z.number().int().nullable(),
    last_error: z.string().nullable(),
    created_at: Iso,
    delivered_at: Iso.nullable(),
    attempts: z.array(WebhookAttempt).meta({
      description: 'The latest attempts, oldest first (10 in a list, 100 on the delivery itself).',
    }),
  })
  .meta({ id: 'WebhookDelivery' });

const exampleDelivery = {
  id: 'msg_a1B2c3D4e5F6g7H8i9J0',
  event: {
    seq: 241,
    collection: 'programs',
    id: 'roots-to-thrive-group',
    action: 'updated',
    version: 2,
    changed_at: '2026-11-22T00:00:00.000Z',
    href: '/v1/programs/roots-to-thrive-group',
  },
  status: 'delivered',
  attempt_count: 2,
  next_attempt_at: null,
  last_status_code: 200,
  last_error: null,
  created_at: '2026-11-22T00:00:00.000Z',
  delivered_at: '2026-11-22T00:00:12.000Z',
  attempts: [
    { at: '2026-11-22T00:00:00.000Z', duration_ms: 31, status_code: 500, error: 'HTTP 500', trigger: 'scheduled' },
    { at: '2026-11-22T00:00:12.000Z', duration_ms: 18, status_code: 200, error: null, trigger: 'scheduled' },
  ],
};

export const OneEndpoint = z
  .object({ data: WebhookEndpoint })
  .meta({ description: 'The endpoint.', examples: [{ data: exampleEndpoint }] });
export const OneEndpointWithSecret = z
  .object({ data: WebhookEndpointWithSecret })
  .meta({ examples: [{ data: { ...exampleEndpoint, secret: exampleSecret } }] });
export const EndpointList = z
  .object({ data: z.array(WebhookEndpoint) })
  .meta({ description: "The key's endpoints, oldest first.", examples: [{ data: [exampleEndpoint] }] });
export const OneDelivery = z
  .object({ data: WebhookDelivery })
  .meta({ description: 'The delivery and its attempts.', examples: [{ data: exampleDelivery }] });
export const DeliveryPage = z
  .object({
    data: z.array(WebhookDelivery),
    meta: z.object({
      next_cursor: z
        .string()
        .nullable()
        .meta({ description: 'Pass as `cursor` for older deliveries; null at the end.' }),
      has_more: z.boolean(),
      limit: z.number().int(),
    }),
  })
  .meta({
    description: 'Deliveries, newest event first.',
    examples: [{ data: [exampleDelivery], meta: { next_cursor: null, has_more: false, limit: 20 } }],
  });
