import { randomBytes } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../config.js';
import { negotiate } from './cache.js';
import { clipped, HttpProblem, TAKEN_BY_PATCH, unrouted } from './errors.js';
import { unmetExpectation } from './expectation.js';
import { fieldFault, transferFault } from './header-fields.js';
import type { Methods } from './methods.js';
import { carriesBody } from './no-body.js';
import { type RateStore, sharedStore } from './rate-store.js';

export const EXPOSED_HEADERS = [
  'ETag',
  'Last-Modified',
  'Link',
  'X-Request-Id',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'Retry-After',
  // A create's address and an export's file name, readable by a browser app on another origin (hostile 15 H15-13).
  'Location',
  'Content-Disposition',
  // The lifecycle notice (docs/lifecycle.md), and what a 405 or OPTIONS, a 401 or 403 and a 415 of a PATCH say in their
  // headers (hostile 20 H20-4): none is CORS-safelisted.
  'Deprecation',
  'Sunset',
  'Allow',
  'WWW-Authenticate',
  'Accept-Patch',
];

/**
 * Requests the app makes of itself with `inject` (a write reads the ETag GET issues) carry this
 * header with this per-process token, unguessable from outside: they are not counted against any
 * client's rate limit.
 */
export const INTERNAL_HEADER = 'x-katalog-internal';
export const INTERNAL_TOKEN = randomBytes(24).toString('base64url');

/** Routes that load balancers probe: never rate limited, however the path is spelled (`/healthz/`). */
const HEALTH = new Set(['/healthz', '/readyz']);

/** Swagger UI (HTML) gets helmet's full set with a CSP it works under. */
const DOCS_HEADERS: Readonly<Record<string, string>> = securityHeaders({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Swagger UI sets inline styles and draws icons as data: images.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
  },
  crossOriginResourcePolicy: { policy: 'cross-origin' },
});

/**
 * Public-internet policies, each from the well-kept Fastify plugin for it: CORS, security headers
 * (with a CSP that Swagger UI works under) and per-IP rate limits with the IETF RateLimit headers.
 */
/**
 * The answer to a Transfer-Encoding `transferFault` refuses: framing that cannot be trusted is a 400 with the
 * connection closed after it (what follows on it may be what a hop in front took for a body); a coding this server does
 * not decode is a 501.
 */
function transferProblem(req: IncomingMessage): HttpProblem | undefined {
  const f = transferFault(req);
  if (!f) return undefined;
  if (f.status === 400)
    return new HttpProblem(
      400,
      `The request's framing cannot be trusted: ${f.reason}. The connection is closed after this answer.`,
      [{ name: 'transfer-encoding', in: 'header', detail: f.reason }],
      { connection: 'close' },
    );
  return new HttpProblem(
    501,
    `The transfer coding ${JSON.stringify(clipped(f.coding))} is not implemented: send the body chunked or with a Content-Length (a Content-Encoding of gzip, deflate or br is taken).`,
    [{ name: 'transfer-encoding', in: 'header', detail: 'only chunked is taken' }],
  );
}

export const policiesPlugin = fp(
  async (
    app: FastifyInstance,
    { config, limits, methods }: { config: Config; limits: RateStore; methods: Methods },
  ) => {
    const anyOrigin = config.CORS_ORIGINS.includes('*');
    // First: every response, including the ones the hooks below answer themselves, carries the
    // security headers and the request id. API responses get the set OWASP recommends for REST
    // APIs (nothing in them may run, frame or be sniffed); Swagger UI gets its own.
    app.addHook('onRequest', (req, reply, done) => {
      reply.headers(req.url.startsWith('/docs') ? DOCS_HEADERS : API_HEADERS);
      reply.header('x-request-id', req.id);
      // `Content-Length: 00` is no body, as `0` is (Fastify tells them apart; review C13-9).
      const length = req.headers['content-length'];
      if (length !== undefined && length !== '0' && Number(length) === 0) req.headers['content-length'] = '0';
      // A request body's content coding as @fastify/compress matches it (exactly `gzip` or `deflate`).
      const coding = req.headers['content-encoding'];
      if (coding !== undefined) {
        const named = contentCoding(coding);
        if (named) req.headers['content-encoding'] = named;
        else delete req.headers['content-encoding'];
      }
      done();
    });
    // A request line over 8 KB is a 414, as one over Node's 16 KB limit is (framework-errors.ts `longTarget`; hostile
    // 15 H15-7: between the two it was routed, and its 404 or 400 repeated the whole target). Measured, not built:
    // method, target and " HTTP/1.1" (review C15-13).
    app.addHook('onRequest', (req, reply, done) => {
      if (req.method.length + (req.raw.url?.length ?? 0) + 10 <= 8 * 1024) return done();
      const limited = answeredEarly(config, limits, req, reply);
      if (limited) return done(limited);
      done(new HttpProblem(414, 'The request target is too long: the request line is over 8 KB.'));
    });
    // A Transfer-Encoding this server cannot frame or decode (transferProblem); HTTP/1.1 requires one Host, and no
    // request may carry two of a field that is not a list (header-fields.ts);
    // Node's own Host check is off (app.ts) so that this 400 is a problem like every other. HTTP/1.0 may omit Host:
    // links and JSON-LD ids are then relative.
    app.addHook('onRequest', (req, reply, done) => {
      const fault = fieldFault(req.raw);
      const refused =
        transferProblem(req.raw) ??
        (fault && new HttpProblem(400, fault.detail, [{ name: fault.name, in: 'header', detail: fault.kind }]));
      if (!refused) return done();
      // Answered before the CORS plugin and the rate limiter run (review C13-10).
      const limited = answeredEarly(config, limits, req, reply);
      done(limited ?? refused);
    });
    // The methods a request target allows, for a plain OPTIONS and a preflight alike (review C16-6), or the 404 of a
    // path no route has. `OPTIONS *` asks about the server itself (RFC 9110 §9.3.7): every method some route takes.
    const allowedOn = (url: string): readonly string[] | HttpProblem => {
      const allow = url === '*' ? methods.everyMethod() : methods.allowed(url);
      return allow.length
        ? allow
        : new HttpProblem(404, `No route ${clipped(url.split('?')[0] ?? '')}. See /docs for the API.`);
    };
    // An OPTIONS request that is not a CORS preflight (no Origin or no Access-Control-Request-Method)
    // asks which methods a path allows (RFC 9110 §9.3.7): 204 with `Allow`, or 404 for no such path.
    app.addHook('onRequest', (req, reply, done) => {
      if (req.method !== 'OPTIONS' || (req.headers.origin && req.headers['access-control-request-method']))
        return done();
      // Answered before the CORS plugin and the rate limiter run.
      const limited = answeredEarly(config, limits, req, reply);
      if (limited) return done(limited);
      const allow = allowedOn(req.url);
      if (allow instanceof HttpProblem) return done(allow);
      // A path that takes PATCH says which patch documents (RFC 5789 §3.1; hostile 16 H16-12).
      reply
        .code(204)
        .headers({
          allow: allow.join(', '),
          'cache-control': 'no-store',
          ...(allow.includes('PATCH') ? { 'accept-patch': TAKEN_BY_PATCH } : {}),
        })
        .send();
    });
    // A CORS preflight is counted like any request (hostile 14 H14-9: any number could be sent while limited), before
    // the CORS plugin answers it; over the limit, the 429 problem. It approves the methods the path takes, its `Allow`
    // (hostile 16 H16-7: every method was approved on every path), so a method the path does not take is not approved;
    // a path no route has is a 404, as a plain OPTIONS of it is.
    const preflightMethods = new WeakMap<FastifyRequest, string>();
    app.addHook('onRequest', (req, reply, done) => {
      if (req.method !== 'OPTIONS' || !req.headers.origin || !req.headers['access-control-request-method'])
        return done();
      const limited = answeredEarly(config, limits, req, reply);
      if (limited) return done(limited);
      const allow = allowedOn(req.url);
      if (allow instanceof HttpProblem) return done(allow);
      preflightMethods.set(req, allow.join(', '));
      done();
    });
    // The CORS plugin answers a preflight from its own `OPTIONS *` route with the methods of its options: on that route
    // alone, the path's own replace them as the answer is sent.
    app.addHook('onRoute', (route) => {
      if (route.url !== '*' || ![route.method].flat().includes('OPTIONS')) return;
      const onSend = route.onSend === undefined ? [] : [route.onSend].flat();
      route.onSend = [
        ...onSend,
        (req, reply, payload, done) => {
          const allow = preflightMethods.get(req);
          if (allow !== undefined && reply.hasHeader('access-control-allow-methods'))
            reply.header('access-control-allow-methods', allow);
          done(null, payload);
        },
      ];
    });
    await app.register(cors, {
      // A public API says `*` to everyone: every response carries it, so any CDN or shared cache
      // serves a usable copy whether or not it keys on Origin. An allow-list answers the Origin
      // sent (with Vary: Origin), and only requests that send one.
      origin: anyOrigin ? '*' : (origin, cb) => cb(null, origin === undefined ? false : config.CORS_ORIGINS),
      methods: ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: [
        'Authorization',
        'Content-Type',
        // Write bodies may be compressed (README): a browser on another origin has to be allowed to say so.
        'Content-Encoding',
        'If-Match',
        'If-None-Match',
        'If-Modified-Since',
        'If-Unmodified-Since',
        'X-Request-Id',
      ],
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 86400,
    });
    await app.register(rateLimit, {
      max: config.RATE_LIMIT_MAX,
      timeWindow: config.RATE_LIMIT_WINDOW,
      enableDraftSpec: true,
      store: sharedStore(limits),
      allowList: (req) => HEALTH.has(req.routeOptions.url ?? '') || req.headers[INTERNAL_HEADER] === INTERNAL_TOKEN,
      errorResponseBuilder: (_req, ctx) =>
        new HttpProblem(429, `Rate limit of ${ctx.max} requests exceeded; retry in ${ctx.after}.`),
    });
    // The plugin counts only the routes that take the global limit: a path that does not exist
    // (404, 405) has no route, and a route with its own limit (the writes' per-key budget, which
    // counts only verified keys) replaces it. Those count against the same per-address counters
    // here, so a flood of unknown paths or keyless writes is limited like any other request.
    app.addHook('onRequest', async (req, reply) => {
      const own = (req.routeOptions.config as { rateLimit?: unknown } | undefined)?.rateLimit;
      if (!req.is404 && own === undefined) return;
      if (HEALTH.has(req.routeOptions.url ?? '') || req.headers[INTERNAL_HEADER] === INTERNAL_TOKEN) return;
      countAgainstLimit(limits, req, reply);
    });
    // An Expect other than 100-continue (RFC 9110 §10.1.1), which Node hands over marked
    // (framework-errors.ts): a 417 problem, after CORS and the rate limit like any other answer (the
    // rate limiter's hooks are the routes' own onRequest hooks, which run after every global one: the
    // checks below are preParsing hooks, before any route's own, such as the write key's, and before
    // any body is read).
    // And a method that a path's own route does not answer, routed by Fastify to a pattern the path
    // fits (DELETE /v1/format-fit/check to /v1/format-fit/:id): 405 with that route's Allow, as OPTIONS
    // says. One hook for both: each hook in the chain costs every request.
    app.addHook('preParsing', (req, _reply, _payload, done) => {
      if (unmetExpectation(req.raw))
        return done(
          new HttpProblem(
            417,
            'The Expect header asks for an expectation this server cannot meet: only 100-continue is.',
            [{ name: 'expect', in: 'header', detail: 'only 100-continue is supported' }],
          ),
        );
      // A body sent where no route is (404, 405) is never read: the answer does not depend on it (hostile 16b H16b-5).
      // Nor is a QUERY's missing Content-Type the answer there: Fastify refuses that with a 400 of its own before any
      // route is looked at (RFC 10008 §2), and no route here takes QUERY (hostile 19 H19-1).
      if (req.is404 && req.method !== 'OPTIONS' && (carriesBody(req) || req.method === 'QUERY'))
        return done(unrouted(methods, req));
      const allow = methods.shadowed(req.method, req.routeOptions.url, req.url);
      if (!allow) return done();
      const path = req.url.split('?')[0];
      done(
        new HttpProblem(405, `${req.method} is not allowed on ${path}; it allows ${allow.join(', ')}.`, undefined, {
          allow: allow.join(', '),
        }),
      );
    });
  },
  // The rate limit answers 429 with an HttpProblem, which the errors plugin writes.
  { name: 'katalog-policies', dependencies: ['katalog-errors'] },
);

/**
 * A Content-Encoding as the decompression matches it: content codings are case-insensitive (RFC 9110 §8.4.1), `x-gzip`
 * is `gzip` (§8.4.1.3) and `identity` is no coding at all, so `GZIP`, `x-gzip` and `gzip, identity` are `gzip`; empty
 * (undefined) when only identity remains. Anything else stays as sent, and is a 415 naming it (hostile 13, H13-13).
 */
export function contentCoding(header: string): string | undefined {
  const codings = header
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .map((c) => (c === 'x-gzip' ? 'gzip' : c))
    .filter((c) => c && c !== 'identity');
  return codings.length ? codings.join(', ') : undefined;
}

/**
 * The CORS headers of a response answered before the CORS plugin runs (a plain OPTIONS, an error Fastify raises before
 * routing), as the plugin gives them: `*` to everyone, or an allowed Origin echoed with `Vary: Origin`.
 */
export function corsHeaders(config: Pick<Config, 'CORS_ORIGINS'>, origin: string | undefined): Record<string, string> {
  const expose = { 'access-control-expose-headers': EXPOSED_HEADERS.join(', ') };
  if (config.CORS_ORIGINS.includes('*')) return { 'access-control-allow-origin': '*', ...expose };
  if (origin !== undefined && config.CORS_ORIGINS.includes(origin))
    return { 'access-control-allow-origin': origin, vary: 'Origin', ...expose };
  return { vary: 'Origin' };
}

/**
 * For a response given before the CORS plugin and the rate limiter run (a plain OPTIONS, a request without Host, an
 * error Fastify raises before routing): their headers, and the request counted against its client's limit; the 429 to
 * answer instead when it is over.
 */
export function answeredEarly(
  config: Pick<Config, 'CORS_ORIGINS'>,
  limits: RateStore,
  req: FastifyRequest,
  reply: FastifyReply,
  client = req.ip,
): HttpProblem | undefined {
  reply.headers(corsHeaders(config, req.headers.origin));
  try {
    countAgainstLimit(limits, req, reply, client);
    return undefined;
  } catch (err) {
    return err as HttpProblem;
  }
}

/**
 * Counts a request against its client's limit (the counters @fastify/rate-limit uses; the client is its address as
 * TRUST_PROXY says, `req.ip`, unless given) and sets the RateLimit headers; over the limit, throws the 429 problem. For
 * requests the rate limiter's own hooks do not see.
 */
export function countAgainstLimit(limits: RateStore, req: FastifyRequest, reply: FastifyReply, client = req.ip): void {
  const { max, timeWindow } = limits.limit;
  let count = { current: 0, ttl: timeWindow };
  limits.incr(client, (_err, res) => {
    count = res;
  });
  const reset = Math.max(1, Math.ceil(count.ttl / 1000));
  reply.headers({
    'ratelimit-limit': String(max),
    'ratelimit-remaining': String(Math.max(0, max - count.current)),
    'ratelimit-reset': String(reset),
  });
  if (count.current > max) {
    reply.header('retry-after', String(reset));
    throw new HttpProblem(429, `Rate limit of ${max} requests exceeded; retry in ${reset} seconds.`, undefined, {
      'retry-after': String(reset),
    });
  }
}

/**
 * The security headers of every API response (JSON, problem+json, exports): the set OWASP
 * recommends for REST APIs. Also sent on the errors answered outside Fastify's hooks (framework-errors.ts).
 */
export const API_HEADERS: Readonly<Record<string, string>> = securityHeaders({
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  // A public API is read cross-origin on purpose.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xFrameOptions: { action: 'deny' },
});

/** Requests whose decoding failed, whose rest of body is read and dropped (detachedBody): the request is then whole. */
const draining = new WeakSet<FastifyRequest>();

/**
 * Fastify answers a body that fails to parse with `Connection: close`, since the client may send more. Here the rest is
 * being read (detachedBody), so the connection stays open until it is: closing while the client still sends makes the
 * kernel reset the connection, and the client may lose the 400 unread (seen under load: review 27 R27-8, session 18).
 */
function keepOpenWhileDraining(
  req: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (err: Error | null, payload?: unknown) => void,
) {
  if (draining.has(req) && String(reply.getHeader('connection')).toLowerCase() === 'close')
    reply.removeHeader('connection');
  done(null, payload);
}

/**
 * A compressed body as a stream of its own, so that a failed decoding destroys that stream and not the request. The
 * rest of the request is then read to its end and dropped (at most the route's body limit more; past it the connection
 * goes): closing with bytes unread makes the kernel reset the connection, and a client can lose the 400 already sent.
 */
function detachedBody(
  req: FastifyRequest,
  _reply: FastifyReply,
  payload: NodeJS.ReadableStream & { readableEnded?: boolean; destroy?: () => void },
  done: (err: Error | null, stream?: NodeJS.ReadableStream) => void,
) {
  if (req.headers['content-encoding'] === undefined) return done(null, payload);
  const body = new PassThrough();
  payload.on('error', (err) => body.destroy(err));
  payload.pipe(body);
  body.on('close', () => {
    draining.add(req);
    if (payload.readableEnded) return;
    payload.unpipe(body);
    let left = req.routeOptions.bodyLimit ?? 1024 * 1024;
    payload.on('data', (chunk: Buffer) => {
      left -= chunk.length;
      if (left < 0) payload.destroy?.();
    });
    payload.resume();
  });
  done(null, body);
}

/** Compression for what neither the response cache nor the exports compress themselves (the docs assets). */
export const compressPlugin = fp(
  async (app: FastifyInstance) => {
    // Exports compress themselves (routes/collection-reads.ts `compressed`); this plugin leaves a body with a
    // Content-Encoding alone.
    await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
    // On the routes it compresses (the cache turns it off on its own), a client leaving is not an error.
    app.addHook('onRoute', (route) => {
      // @fastify/compress put its request decompression (its hook named `preParsing`) first. It goes last, after the
      // route's own checks (the write key, a refused body), so that no body is decoded while they run: an error then
      // found no listener and the request hung (review 27 R27-8). And it gets a stream of its own: it pipes the body
      // with pump, which on a decode error destroyed the request, and with it the socket, before the 400 was written,
      // once the body spanned packets; the rest of the body is then read and dropped (detachedBody).
      const hooks = [route.preParsing ?? []].flat();
      // Reads take no body: they keep the one hook, and nothing is added to their path.
      const reads = [route.method].flat().every((m) => m === 'GET' || m === 'HEAD');
      const decompress = !reads && hooks[0]?.name === 'preParsing' ? hooks[0] : undefined;
      if (decompress) {
        route.preParsing = [...hooks.slice(1), detachedBody, decompress] as typeof route.preParsing;
        route.onSend = [...[route.onSend ?? []].flat(), keepOpenWhileDraining] as typeof route.onSend;
      }
      if ((route as { compress?: unknown }).compress === false) return;
      route.onRequest = [
        ...[route.onRequest ?? []].flat(),
        clientLeavingIsNoError,
        oneNegotiator,
      ] as typeof route.onRequest;
    });
  },
  // After the cache, which turns compression off on the routes whose bodies it compresses itself.
  { name: 'katalog-compress', dependencies: ['katalog-cache'] },
);

/**
 * One content-coding negotiator for every response (review C13b-4): on the routes @fastify/compress serves
 * (exports, docs assets), the Accept-Encoding it reads is the one coding the cache's `negotiate` chooses (q-values,
 * `x-gzip`, `identity` ranked above both), so a client gets the same coding from an export as from a list.
 */
function oneNegotiator(req: FastifyRequest, _reply: FastifyReply, done: () => void) {
  const header = req.headers['accept-encoding'];
  if (header !== undefined) req.headers['accept-encoding'] = negotiate(header, Number.POSITIVE_INFINITY);
  done();
}

/**
 * @fastify/compress logs every failure of the pipe it compresses through at error level, and a
 * client that leaves mid-body (a download cancelled, a connection reset) fails it with
 * end-of-stream's `premature close`. A client leaving is not a server error: that failure, once the
 * response was cut off before it finished, is logged at debug (Fastify logs the closed stream at
 * info). Any other failure, or a premature close while the client is still there, stays an error.
 */
function clientLeavingIsNoError(_req: FastifyRequest, reply: FastifyReply, done: () => void) {
  const log = reply.log;
  const quiet = Object.create(log) as FastifyBaseLogger;
  quiet.error = ((obj: unknown, ...rest: unknown[]) => {
    if (obj instanceof Error && obj.message === 'premature close' && reply.raw.destroyed && !reply.raw.writableFinished)
      return log.debug({ err: obj }, 'client left before the compressed response was sent');
    return (log.error as (...args: unknown[]) => void).call(log, obj, ...rest);
  }) as FastifyBaseLogger['error'];
  reply.log = quiet;
  done();
}

/**
 * The security headers helmet sets, computed once. @fastify/helmet rebuilds helmet's middleware on
 * every request, which cost 16% of the CPU of a cached read here; the headers are the same for every
 * response, so helmet runs once at start-up against a response that is never sent.
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const req = new IncomingMessage(new Socket());
  const res = new ServerResponse(req);
  let error: unknown;
  helmet(options)(req, res, (err?: unknown) => {
    error = err;
  });
  if (error) throw error;
  return Object.fromEntries(
    Object.entries(res.getHeaders()).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : String(value),
    ]),
  );
}
