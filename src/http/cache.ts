import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { credentialsRead, readsCredentials } from './auth.js';
import { parseHttpDate } from './http-date.js';
import { Lru, type Sized } from './lru.js';
import { problem } from './problem.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Opt in to the response cache: ETag, Last-Modified, 304s, and repeated reads answered by the
     * front path before Fastify runs. Only for routes whose response depends on the URL, Accept and
     * Origin alone: a route that reads credentials cannot be cacheable (start-up fails).
     */
    cache?: boolean;
  }
}

/**
 * Representations of the GET responses of routes that opt in (`config: { cache: true }`): a strong ETag from the exact bytes, Last-Modified, Cache-Control
 * and Vary, conditional requests (304), and a bounded in-memory cache of serialized and compressed
 * bodies keyed by the normalized request and the data version (bumped on every write). A hit is
 * answered by the front path (front.ts) before Fastify runs: no route, validation, query or
 * serialization, and never a body made before the data last changed.
 */
export interface CacheDeps {
  /** The current data version; any change of content changes it. */
  version: () => number;
  /** When the data last changed (ms since the epoch), for Last-Modified. */
  lastModified: () => number;
}

export interface Entry extends Sized {
  /**
   * The strong ETag of the identity body: `"<hash>"`, or `"v<version>-<hash>"` for a single record
   * (If-Match reads the version).
   */
  tag: string;
  /** The headers the request that made it got, but the per-request ones and this cache's own. */
  base: string[];
  /** This cache's headers per encoding (and for 304s), built once. */
  headers: Partial<Record<Variant, Record<string, string>>>;
  /** `base` plus `headers`, flat, for the front path. */
  raw: Partial<Record<Variant, string[]>>;
  version: number;
  contentType: string;
  lastModified: string;
  lastModifiedMs: number;
  /**
   * Set when `lastModified` had to be the second the data last changed in (the entry was made within that second): when
   * the clock passes it, the entry is made again, with the end of that second (see `lastModifiedHeader`).
   */
  remakeAt?: number;
  link: string | undefined;
  /** The route's own Cache-Control when it set one (the change feed: `no-cache`), else the default. */
  cacheControl: string | undefined;
  identity: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

export type Encoding = 'br' | 'gzip' | 'identity';
type Variant = Encoding | `304-${Encoding}`;
const MIN_COMPRESS = 1024;
/** Bytes an entry takes besides its body, key and headers (objects, header lists per variant). */
const ENTRY_OVERHEAD = 1024;
const VARY = 'Accept, Accept-Encoding, Origin';
const kKey = Symbol('katalog.cacheKey');
const kVersion = Symbol('katalog.cacheVersion');
type Req = FastifyRequest & { [kKey]?: string; [kVersion]?: number };

/** The Cache-Control of public reads, from the configuration: cached reads and exports alike. */
export function readCacheControl(config: Pick<Config, 'CACHE_MAX_AGE' | 'CACHE_STALE_WHILE_REVALIDATE'>): string {
  return `public, max-age=${config.CACHE_MAX_AGE}, stale-while-revalidate=${config.CACHE_STALE_WHILE_REVALIDATE}`;
}

/** Set by a route to put the record version in the ETag. */
export const RECORD_VERSION = 'x-katalog-record-version';

export function negotiate(header: string | undefined, size: number): Encoding {
  if (!header || size < MIN_COMPRESS) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    // `x-gzip` is gzip (RFC 9110 §8.4.1.3).
    const coding = name.trim() === 'x-gzip' ? 'gzip' : name.trim();
    accepted.set(coding, q ? Number(q.slice(2)) : 1);
  }
  // The coding the client ranks highest (RFC 9110 §12.5.3: `gzip;q=1, br;q=0.001` is gzip); br on a tie. Identity
  // only when the client excludes both or ranks it above them by name.
  const q = (e: string) => {
    const v = accepted.get(e) ?? accepted.get('*') ?? 0;
    return Number.isFinite(v) ? v : 0;
  };
  const best = q('br') >= q('gzip') ? 'br' : 'gzip';
  if (q(best) <= 0) return 'identity';
  if (accepted.has('identity') && q('identity') > q(best)) return 'identity';
  return best;
}

const etagOf = (e: Entry, enc: Encoding) => (enc === 'identity' ? e.tag : `${e.tag.slice(0, -1)}-${enc}"`);

/** A representation's tag and its compressed variants' (the same bytes): the tags that name it in If-Match. */
export const tagVariants = (tag: string): Set<string> =>
  new Set([tag, `${tag.slice(0, -1)}-br"`, `${tag.slice(0, -1)}-gzip"`]);

/** Whether an If-Match list names one of these tags, compared strongly (RFC 9110 §13.1.1). */
export const namesTag = (header: string, variants: Set<string>): boolean =>
  header.split(',').some((t) => variants.has(t.trim()));

/**
 * Whether an If-None-Match list names `*` or a tag of these bytes in any encoding (weak comparison, RFC 9110 §13.1.2);
 * `tag` undefined for a representation that has none. Reads, record writes and webhook writes weigh it alike.
 */
export function noneMatchNames(header: string, tag: string | undefined): boolean {
  const variants = tag === undefined ? undefined : tagVariants(tag);
  return header.split(',').some((t) => {
    const named = t.trim().replace(/^W\//, '');
    return named === '*' || variants?.has(named) === true;
  });
}

/** If-None-Match (any variant of the same bytes matches) or, without it, If-Modified-Since (an HTTP-date, else ignored). */
export function notModified(headers: IncomingHttpHeaders, e: Entry): boolean {
  const inm = headers['if-none-match'];
  if (inm !== undefined) {
    // The tag as it was sent first (the common case), then the list: never a tag that merely starts like one of its
    // variants (hostile 14 H14-15).
    return inm === e.tag || noneMatchNames(inm, e.tag);
  }
  const ims = headers['if-modified-since'];
  if (ims) {
    const since = parseHttpDate(ims);
    return since !== undefined && !changedAfter(e.lastModifiedMs, since);
  }
  return false;
}

/** The end of the second a change fell in: HTTP dates have whole seconds. */
const endOfSecond = (ms: number) => (Math.floor(ms / 1000) + 1) * 1000;

/**
 * Whether the data changed after an HTTP date (If-Modified-Since, If-Unmodified-Since: one rule for both, hostile 14
 * H14-1). A change counts as made at the end of its second, so a change later in the same second as a date a client
 * holds is never taken for one before it; and the Last-Modified this server sends, echoed, is a date the data has not
 * changed since.
 */
export const changedAfter = (lastModifiedMs: number, since: number): boolean => endOfSecond(lastModifiedMs) > since;

/**
 * The Last-Modified of data last changed at `ms`: the end of that second, never later than the response's Date (RFC
 * 9110 §8.8.2.1). Within the second the change fell in, that second itself (echoed, it is not "unmodified since": the
 * data may change again within it), and `remakeAt` says when the end of the second can be sent.
 */
export function lastModifiedHeader(ms: number, now = Date.now()): { at: number; remakeAt?: number } {
  const end = endOfSecond(ms);
  const date = Math.floor(now / 1000) * 1000;
  return end <= date ? { at: end } : { at: date, remakeAt: end };
}

/**
 * Why a read's preconditions fail, or undefined when they hold (RFC 9110 §13.2.2 steps 1 and 2, before If-None-Match):
 * If-Match compared strongly with the representation's tag (any encoding of the same bytes; `*` holds for any 2xx
 * representation, a tag never holds for one without a tag, such as an export), else If-Unmodified-Since with its
 * Last-Modified as `changedAfter` reads it (a change counts at the end of its second; ignored without one, or when it is not an HTTP-date: §13.1.4).
 */
export function readPreconditionFailed(
  headers: IncomingHttpHeaders,
  tag: string | undefined,
  lastModifiedMs: number | undefined,
): string | undefined {
  const im = headers['if-match'];
  if (im !== undefined) {
    if (im.trim() === '*') return undefined;
    const held = tag !== undefined && namesTag(im, tagVariants(tag));
    return held
      ? undefined
      : tag
        ? `If-Match does not name the current representation, ETag ${tag} (compared strongly).`
        : 'If-Match names a tag, and this representation has none: only If-Match: * holds.';
  }
  const ius = headers['if-unmodified-since'];
  if (ius !== undefined && lastModifiedMs !== undefined) {
    const since = parseHttpDate(ius);
    if (since !== undefined && changedAfter(lastModifiedMs, since))
      return `The data may have changed since If-Unmodified-Since (${ius.slice(0, 100)}): it was last modified at ${new Date(lastModifiedMs).toISOString()}, and a change counts as made at the end of its second.`;
  }
  return undefined;
}

/**
 * Why a write's preconditions fail (RFC 9110 §13.2.2), or undefined when they hold, for a resource whose writes are not a
 * record's (webhook endpoints and deliveries): If-Match and If-Unmodified-Since as a read weighs them, then If-None-Match
 * (`*` while the resource exists, or one of its tags, compared weakly: §13.1.2).
 */
export function writePreconditionFailed(
  headers: IncomingHttpHeaders,
  target: { exists: boolean; tag?: string | undefined; lastModifiedMs?: number | undefined },
): string | undefined {
  if (!target.exists && headers['if-match'] !== undefined)
    return 'If-Match names a current representation, and there is none.';
  const read = target.exists ? readPreconditionFailed(headers, target.tag, target.lastModifiedMs) : undefined;
  if (read) return read;
  const inm = headers['if-none-match'];
  if (inm === undefined || !target.exists) return undefined;
  return noneMatchNames(inm, target.tag) ? 'If-None-Match matches the current representation.' : undefined;
}

/**
 * RFC 9110 §15.4.5: a 304 carries what updates the client's stored response (ETag, Cache-Control,
 * Vary), and no representation metadata; the security headers belong to a body, and the stored
 * response keeps its own. CORS, the request id and the rate-limit state still apply.
 */
const keptOn304 = (name: string) =>
  name.startsWith('access-control-') || name.startsWith('ratelimit-') || name === 'x-request-id';

/** Headers set per request, never stored with a representation. */
const PER_REQUEST = new Set(['x-request-id', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'date']);
/** Headers this cache writes itself, per representation and encoding. */
const OWN = new Set([
  'etag',
  'last-modified',
  'cache-control',
  'vary',
  'link',
  'content-type',
  'content-encoding',
  'content-length',
  RECORD_VERSION,
]);

/** The cached representations, shared by the Fastify plugin (which fills it) and the front path. */
export class ResponseCache {
  private readonly lru: Lru<Entry>;
  private readonly cacheControl: string;
  /** With an allow-list the CORS headers depend on Origin; with `*` they do not. */
  private readonly byOrigin: boolean;
  constructor(
    private readonly config: Config,
    private readonly deps: CacheDeps,
  ) {
    this.lru = new Lru<Entry>(config.CACHE_MAX_BYTES);
    this.byOrigin = !config.CORS_ORIGINS.includes('*');
    this.cacheControl = readCacheControl(config);
  }

  version(): number {
    return this.deps.version();
  }

  /** What the cache holds now. */
  stats(): { entries: number; bytes: number } {
    return { entries: this.lru.size, bytes: this.lru.bytes };
  }

  /**
   * The request as the cache sees it: the origin the app sees (`<protocol>://<host>`, forwarded ones
   * from trusted proxies: JSON-LD ids are built from it), the URL as sent, Accept (content
   * negotiation) and, when CORS has an allow-list, Origin (the CORS headers then depend on it). Joined
   * by a line feed, which none of them can contain: distinct requests never share a key.
   */
  key(origin: string, url: string, headers: IncomingHttpHeaders): string {
    const byOrigin = this.byOrigin ? `\n${headers.origin ?? ''}` : '';
    return `${origin}\n${url}\n${headers.accept ?? '*/*'}${byOrigin}`;
  }

  /** The representation for this key, if it was made from the data as it is now. */
  get(key: string): Entry | undefined {
    if (!this.config.RESPONSE_CACHE) return undefined;
    const e = this.lru.get(key);
    if (!e) return undefined;
    if (e.version === this.deps.version() && (e.remakeAt === undefined || Date.now() < e.remakeAt)) return e;
    this.lru.delete(key);
    return undefined;
  }

  /** Makes (and, with the cache on, keeps) the representation of a 200 response body. */
  put(key: string, version: number, payload: string | Buffer, headers: Record<string, unknown>): Entry {
    const identity = Buffer.from(payload);
    const lastModifiedMs = this.deps.lastModified();
    const lastModified = lastModifiedHeader(lastModifiedMs);
    const recordVersion = headers[RECORD_VERSION];
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
    const base: string[] = [];
    for (const [name, value] of Object.entries(headers))
      if (!PER_REQUEST.has(name) && !OWN.has(name) && value !== undefined) base.push(name, String(value));
    const entry: Entry = {
      version,
      contentType: String(headers['content-type'] ?? 'application/json; charset=utf-8'),
      lastModifiedMs,
      lastModified: new Date(lastModified.at).toUTCString(),
      ...(lastModified.remakeAt === undefined ? {} : { remakeAt: lastModified.remakeAt }),
      tag: `"${recordVersion === undefined ? '' : `v${recordVersion}-`}${hash}"`,
      link: headers.link as string | undefined,
      cacheControl: headers['cache-control'] as string | undefined,
      base,
      headers: {},
      raw: {},
      identity,
      // The body and key, the stored headers, and about what the entry's objects take besides.
      size: identity.length + key.length + base.reduce((n, h) => n + h.length, 0) + ENTRY_OVERHEAD,
    };
    if (this.config.RESPONSE_CACHE) this.lru.set(key, entry);
    return entry;
  }

  /** The body in an encoding, compressed once and kept. */
  body(e: Entry, enc: Encoding): Buffer {
    if (enc === 'identity') return e.identity;
    let b = e[enc];
    if (!b) {
      b =
        enc === 'br'
          ? brotliCompressSync(e.identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
          : gzipSync(e.identity, { level: 6 });
      e[enc] = b;
      this.lru.grow(e, b.length);
    }
    return b;
  }

  /** This cache's own headers for a 200 (or, `notModified`, a 304) in an encoding. */
  headersFor(e: Entry, enc: Encoding, notModified: boolean): Record<string, string> {
    const key = notModified ? (`304-${enc}` as const) : enc;
    let h = e.headers[key];
    if (!h) {
      h = { etag: etagOf(e, enc), 'cache-control': e.cacheControl ?? this.cacheControl, vary: VARY };
      if (!notModified) {
        h['last-modified'] = e.lastModified;
        if (e.link) h.link = e.link;
        h['content-type'] = e.contentType;
        if (enc !== 'identity') h['content-encoding'] = enc;
      }
      e.headers[key] = h;
    }
    return h;
  }

  /**
   * Every header of a response but the per-request ones (request id, rate limit, length), as the
   * flat list `writeHead` takes: what the request that made the entry got, plus this cache's own.
   */
  rawHeaders(e: Entry, enc: Encoding, notModified: boolean): string[] {
    const key = notModified ? (`304-${enc}` as const) : enc;
    let raw = e.raw[key];
    if (!raw) {
      raw = [];
      for (let i = 0; i < e.base.length; i += 2) {
        const name = e.base[i] as string;
        if (!notModified || keptOn304(name)) raw.push(name, e.base[i + 1] as string);
      }
      for (const [name, value] of Object.entries(this.headersFor(e, enc, notModified))) raw.push(name, value);
      e.raw[key] = raw;
    }
    return raw;
  }
}

/**
 * Fills the cache from the responses of the routes that opt in (`config: { cache: true }`), and
 * answers conditional requests on them. Cache hits are answered by the front path (front.ts) before
 * Fastify runs, so it serves only what these routes stored: a route that does not opt in is never
 * answered from the cache, by either.
 *
 * The rule: **no route that reads credentials is cacheable.** A hit skips every hook, so a cached
 * response would reach anyone who asks for the URL. Enforced here, twice: a route that opts in and
 * has a hook reading credentials (`app.requireScope`, auth.ts) fails at start-up; and a response to
 * a request whose credentials were read (by a hook added some other way) is never stored.
 */
export const cachePlugin = fp(
  async (app: FastifyInstance, { cache }: { cache: ResponseCache }) => {
    /** Sends a representation: 304 when the client has it, else the negotiated encoding. */
    const represent = (req: FastifyRequest, reply: FastifyReply, e: Entry): Buffer | string | null => {
      const failed = readPreconditionFailed(req.headers, e.tag, e.lastModifiedMs);
      if (failed) return preconditionFailed(req, reply, failed);
      const enc = negotiate(req.headers['accept-encoding'], e.identity.length);
      if (notModified(req.headers, e)) {
        for (const name of Object.keys(reply.getHeaders())) if (!keptOn304(name)) reply.removeHeader(name);
        reply.headers(cache.headersFor(e, enc, true));
        reply.code(304);
        return null;
      }
      reply.headers(cache.headersFor(e, enc, false));
      return cache.body(e, enc);
    };

    const remember = (req: Req, _reply: FastifyReply, done: () => void) => {
      if (req.method === 'GET' || req.method === 'HEAD') {
        req[kKey] = cache.key(`${req.protocol}://${req.host}`, req.url, req.headers);
        req[kVersion] = cache.version();
      }
      done();
    };
    app.addHook('onRoute', (route) => {
      if (route.config?.cache !== true) return;
      const refuse = (why: string) => {
        throw new Error(`${route.method} ${route.url} cannot be cached (config.cache): ${why}.`);
      };
      const hooks = ROUTE_HOOKS.flatMap((name) => [route[name]].flat());
      if (hooks.some(readsCredentials))
        refuse('it reads credentials, and a cache hit would answer anyone who asks for the URL');
      // The front path applies the global rate limit only.
      if (route.config.rateLimit !== undefined) refuse('it has a rate limit of its own');
      const existing = route.onRequest ? [route.onRequest].flat() : [];
      route.onRequest = [...existing, remember] as typeof route.onRequest;
      // This layer compresses what it caches; @fastify/compress keeps the other routes.
      (route as { compress?: boolean }).compress = false;
    });

    app.addHook('onSend', async (req: Req, reply, payload) => {
      const key = req[kKey];
      if (key === undefined || credentialsRead(req) || reply.statusCode !== 200 || reply.getHeader('content-encoding'))
        return payload;
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) {
        reply.header('vary', VARY);
        return payload;
      }
      const entry = cache.put(key, req[kVersion] as number, payload, reply.getHeaders());
      reply.removeHeader(RECORD_VERSION);
      // A 304 has no body, and Fastify sends no Content-Length with a null payload (RFC 9110 §8.6).
      // Fastify's HEAD route reads the payload after this hook: it needs "nothing" as an empty stream
      // (it would fail on null and set Content-Length: 0 for an empty string).
      const body = represent(req, reply, entry);
      return body === null && req.method === 'HEAD' ? Readable.from([]) : body;
    });
  },
  // After the policies: the cache stores the headers they set, and the front path replays them.
  { name: 'katalog-cache', dependencies: ['katalog-policies'] },
);

/** A 412 problem in place of a representation: none of its headers (ETag, Last-Modified, Link...) stays. */
function preconditionFailed(req: FastifyRequest, reply: FastifyReply, detail: string): string {
  for (const name of [...OWN, 'content-disposition']) reply.removeHeader(name);
  reply.code(412).header('cache-control', 'no-store').header('content-type', 'application/problem+json');
  return JSON.stringify(problem(412, detail, req.id));
}

/** The route hooks that run before the handler, where credentials are checked. */
const ROUTE_HOOKS = ['onRequest', 'preParsing', 'preValidation', 'preHandler'] as const;
