/**
 * The HTTP layer in the OpenAPI document: the headers every response carries (request id, rate
 * limit), the validators and caching headers of reads, conditional requests and their 304. Routes
 * declare bodies; these come from the policies and the response cache, so they are added here, once,
 * for the operations they apply to. tests/openapi.test.ts checks them against real responses.
 */

type Header = { description: string; schema: Record<string, unknown>; example?: unknown };
type Response = { description?: string; headers?: Record<string, unknown>; content?: unknown };
type Operation = { parameters?: unknown[]; responses?: Record<string, Response>; security?: unknown[] };
type Doc = { paths?: Record<string, Record<string, Operation>>; components?: Record<string, unknown> };

const text = { type: 'string' };
const count = { type: 'integer', minimum: 0 };

const RESPONSE_HEADERS: Record<string, Header> = {
  'X-Request-Id': {
    description:
      'The request id: the `X-Request-Id` sent (1–128 of `A-Za-z0-9._:-`), else a new UUID. Every log line of the request and the `instance` of a problem carry it.',
    schema: text,
    example: '0f8c1c9e-5e1b-4b8e-9d7a-2b6c0e3f4a51',
  },
  'RateLimit-Limit': {
    description: 'Requests allowed per window to this client (reads: per IP address; writes: per key).',
    schema: count,
    example: 600,
  },
  'RateLimit-Remaining': { description: 'Requests left in the current window.', schema: count, example: 599 },
  'RateLimit-Reset': { description: 'Seconds until the window resets.', schema: count, example: 60 },
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: count, example: 60 },
  ETag: {
    description:
      "Strong validator of the exact bytes of this representation (a compressed variant has its own, suffixed `-br` or `-gzip`; a single record's starts with `v<version>-`). Send it back in `If-None-Match`; replicas serving the same data give the same ETag. Not on streamed exports.",
    schema: text,
    example: '"maw2EafaOookeP0FjEw1Hp2MCiI"',
  },
  'Last-Modified': {
    description: 'When any content last changed (for `If-Modified-Since`).',
    schema: text,
    example: 'Sun, 22 Nov 2026 00:00:00 GMT',
  },
  'Cache-Control': {
    description:
      'Reads are public and cacheable (`CACHE_MAX_AGE`, `CACHE_STALE_WHILE_REVALIDATE`); errors are `no-store`.',
    schema: text,
    example: 'public, max-age=300, stale-while-revalidate=86400',
  },
  Vary: {
    description: 'The request headers the representation depends on.',
    schema: text,
    example: 'Accept, Accept-Encoding, Origin',
  },
  Link: {
    description: 'The next page (`rel="next"`), when there is one.',
    schema: text,
    example: '</v1/programs?cursor=WyJ...&limit=20>; rel="next"',
  },
  // No examples: each would be printed into the typed client (its size cap).
  Location: { description: 'On `201`: the address of what was created.', schema: text },
  DisclaimerLink: {
    description: 'The disclaimer (`rel="describedby"`): information, not medical advice.',
    schema: text,
  },
  'Content-Disposition': { description: 'The file name to save the export as.', schema: text },
  Allow: { description: 'Methods the path takes.', schema: text },
  'WWW-Authenticate': { description: 'The Bearer challenge (RFC 6750).', schema: text },
  'Accept-Patch': { description: 'On a PATCH’s 415: the media types PATCH takes.', schema: text },
};

const PARAMETERS = {
  IfNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description:
      'ETags the client holds (any encoding variant of the same bytes matches, `*` matches any): `304` without a body when one is current.',
    schema: text,
  },
  IfModifiedSince: {
    name: 'If-Modified-Since',
    in: 'header',
    required: false,
    description: 'Without `If-None-Match`: `304` when nothing changed since this time.',
    schema: text,
  },
};

const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });
const refs = (...names: string[]) => Object.fromEntries(names.map((n) => [n, ref(n)]));
const RATE = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];
/** Paths no rate limit applies to (load balancer probes). */
const UNLIMITED = new Set(['/healthz', '/readyz']);

/**
 * What every response carries, said once in the document's description rather than on each of the
 * ~150 success responses (15 KB of `$ref`s): the request id, and the rate-limit counters but on the
 * load balancer's probes. The error responses and `304` still list them (each a component, written
 * once); tests/openapi.test.ts checks that real success responses carry them.
 */
export const EVERY_RESPONSE = `## Headers of every response

Every response carries \`X-Request-Id\` (the id of the request: the \`X-Request-Id\` sent, else a new UUID; the \`instance\` of a problem carries it), and every response but those of ${[...UNLIMITED].map((p) => `\`${p}\``).join(' and ')} the rate-limit counters ${RATE.map((h) => `\`${h}\``).join(', ')} (a \`429\` adds \`Retry-After\`). Each is described once, in \`components/headers\`, and listed on the error responses; a success response lists only its own headers (the validators and caching headers of a read, \`Link\` on a list page).`;

/**
 * Reads answered from representations (the response cache): validators and conditional requests.
 * Not reads that need a key (webhooks): they are per key, `no-store`, never cached.
 */
const represented = (path: string, method: string, op: Operation) =>
  method === 'get' && path.startsWith('/v1') && !/\.(csv|ndjson)$/.test(path) && !op.security?.length;

/** A write that answers with a body and an ETag: a record's or a webhook endpoint's (not a delete, not a redelivery). */
const written = (path: string, method: string, status: string) =>
  status !== '204' &&
  path.startsWith('/v1/') &&
  !/\/(redeliver|deliveries)/.test(path) &&
  (['post', 'put', 'patch'].includes(method) || (method === 'get' && path === '/v1/webhooks/{id}'));

/** Adds the headers to every operation; `lists` are the paths that page with `Link` (lists, revisions). */
export function addHttpHeaders(spec: object, lists: ReadonlySet<string>): void {
  const doc = spec as Doc;
  doc.components = {
    ...doc.components,
    headers: RESPONSE_HEADERS,
    parameters: PARAMETERS,
    responses: {
      NotModified: {
        description:
          'Not modified: the representation the client holds is current. No body; the client keeps its stored headers (RFC 9110 §15.4.5).',
        headers: refs('ETag', 'Cache-Control', 'Vary', 'X-Request-Id', ...RATE),
      },
    },
  };
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(operations)) {
      const limited = !UNLIMITED.has(path);
      for (const [status, res] of Object.entries(op.responses ?? {})) {
        // The headers of every response are said once (EVERY_RESPONSE, in the document's description)
        // and listed on the error responses (components, each written once), not on every success.
        const names = /^2/.test(status) ? [] : ['X-Request-Id', ...(limited ? RATE : [])];
        if (status === '429') names.push('Retry-After');
        // What the server always sends with these (hostile 18 H18-6).
        if (status === '405') names.push('Allow');
        if (status === '401' || status === '403') names.push('WWW-Authenticate');
        if (status === '415' && method === 'patch') names.push('Accept-Patch');
        if (status === '200' && represented(path, method, op)) {
          names.push('ETag', 'Last-Modified', 'Cache-Control', 'Vary');
          if (lists.has(path)) names.push('Link');
        }
        // A write answers with its validator (and a create with the new address), said on one response per
        // collection for all its writes (hostile 15 H15-5); an export with the disclaimer and its file name.
        if (/^2/.test(status) && written(path, method, status)) names.push('ETag', 'Location');
        if (names.length) res.headers = { ...res.headers, ...refs(...names) };
        if (status === '200' && /\.(csv|ndjson)$/.test(path))
          res.headers = { ...res.headers, Link: ref('DisclaimerLink'), ...refs('Content-Disposition') };
      }
      if (represented(path, method, op) && op.responses?.['200']) {
        op.parameters = [
          ...(op.parameters ?? []),
          { $ref: '#/components/parameters/IfNoneMatch' },
          { $ref: '#/components/parameters/IfModifiedSince' },
        ];
        op.responses['304'] = { $ref: '#/components/responses/NotModified' } as Response;
      }
    }
  }
}
