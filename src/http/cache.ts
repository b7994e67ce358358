import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

/**
 * Representations of GET responses: a strong ETag from the exact bytes, Last-Modified, Cache-Control
 * and Vary, conditional requests (304), and a bounded in-memory cache of serialized and compressed
 * bodies keyed by the normalized request and the data version (bumped by triggers on every write).
 * A cache hit costs one primary-key read of the data version: no route, validation, query or
 * serialization runs, and a body is never served after the data it came from changed.
 */
export interface CacheDeps {
  config: Config;
  /** The current data version; any change of content changes it. */
  version: () => number;
  /** When the data last changed (ms since the epoch), for Last-Modified. */
  lastModified: () => number;
}

interface Entry {
  /** `v<version>-` for a single record (If-Match uses it), empty otherwise. */
  prefix: string;
  /** Response headers per encoding, built once. */
  headers: Partial<Record<Encoding, Record<string, string>>>;
  version: number;
  hash: string;
  contentType: string;
  lastModified: string;
  lastModifiedMs: number;
  link: string | undefined;
  identity: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  size: number;
}

type Encoding = 'br' | 'gzip' | 'identity';
const MIN_COMPRESS = 1024;
const VARY = 'Accept, Accept-Encoding, Origin';
const kKey = Symbol('katalog.cacheKey');
const kVersion = Symbol('katalog.cacheVersion');
type Req = FastifyRequest & { [kKey]?: string; [kVersion]?: number };

/** Set by a route to put the record version in the ETag. */
export const RECORD_VERSION = 'x-katalog-record-version';
const CACHEABLE = /^\/(v1(\/|$)|openapi\.json$)/;

/** Bounded LRU by bytes. */
class Lru {
  private readonly map = new Map<string, Entry>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}
  get(key: string): Entry | undefined {
    const e = this.map.get(key);
    if (e) {
      this.map.delete(key);
      this.map.set(key, e);
    }
    return e;
  }
  set(key: string, e: Entry) {
    this.delete(key);
    if (e.size > this.maxBytes / 4) return;
    this.map.set(key, e);
    this.bytes += e.size;
    for (const [k, old] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= old.size;
    }
  }
  grow(e: Entry, by: number) {
    e.size += by;
    this.bytes += by;
  }
  delete(key: string) {
    const old = this.map.get(key);
    if (old) {
      this.map.delete(key);
      this.bytes -= old.size;
    }
  }
}

/**
 * The request as the cache sees it: host (JSON-LD ids and links may be absolute), URL as sent, and
 * Accept (content negotiation).
 */
export function cacheKey(req: FastifyRequest): string {
  return `${req.host}|${req.url}|${req.headers.accept ?? '*/*'}`;
}

function negotiate(header: string | undefined, size: number): Encoding {
  if (!header || size < MIN_COMPRESS) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) : 1);
  }
  const ok = (e: string) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

const etagOf = (e: Entry, enc: Encoding) =>
  enc === 'identity' ? `"${e.prefix}${e.hash}"` : `"${e.prefix}${e.hash}-${enc}"`;

/** If-None-Match (any variant of the same bytes matches) or, without it, If-Modified-Since. */
function notModified(req: FastifyRequest, e: Entry): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    if (inm.trim() === '*') return true;
    return inm.split(',').some((tag) => {
      const t = tag.trim().replace(/^W\//, '');
      return t === `"${e.prefix}${e.hash}"` || t.startsWith(`"${e.prefix}${e.hash}-`);
    });
  }
  const ims = req.headers['if-modified-since'];
  if (ims) {
    const since = Date.parse(ims);
    // Last-Modified has whole seconds; compare the exact time of the last change, so that a change
    // later in the same second is never answered with 304.
    return !Number.isNaN(since) && e.lastModifiedMs <= since;
  }
  return false;
}

export const cachePlugin = fp(
  async (app: FastifyInstance, deps: CacheDeps) => {
    const { config } = deps;
    const lru = new Lru(config.CACHE_MAX_BYTES);
    const cacheControl = `public, max-age=${config.CACHE_MAX_AGE}, stale-while-revalidate=${config.CACHE_STALE_WHILE_REVALIDATE}`;

    const body = (e: Entry, enc: Encoding): Buffer => {
      if (enc === 'identity') return e.identity;
      let b = e[enc];
      if (!b) {
        b =
          enc === 'br'
            ? brotliCompressSync(e.identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
            : gzipSync(e.identity, { level: 6 });
        e[enc] = b;
        lru.grow(e, b.length);
      }
      return b;
    };

    /** Sends a representation: 304 when the client has it, else the negotiated encoding. */
    const headersFor = (e: Entry, enc: Encoding): Record<string, string> => {
      let h = e.headers[enc];
      if (!h) {
        h = { etag: etagOf(e, enc), 'last-modified': e.lastModified, 'cache-control': cacheControl, vary: VARY };
        if (e.link) h.link = e.link;
        e.headers[enc] = h;
      }
      return h;
    };

    /** Sends a representation: 304 when the client has it, else the negotiated encoding. */
    const represent = (req: FastifyRequest, reply: FastifyReply, e: Entry): Buffer | null => {
      const enc = negotiate(req.headers['accept-encoding'], e.identity.length);
      reply.headers(headersFor(e, enc));
      if (notModified(req, e)) {
        reply.code(304);
        reply.removeHeader('content-type');
        return null;
      }
      reply.header('content-type', e.contentType);
      if (enc !== 'identity') reply.header('content-encoding', enc);
      return body(e, enc);
    };

    const serveFromCache = (req: Req, reply: FastifyReply, done: () => void) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return done();
      const key = cacheKey(req);
      const version = deps.version();
      const hit = config.RESPONSE_CACHE ? lru.get(key) : undefined;
      if (hit && hit.version === version) {
        reply.send(represent(req, reply, hit) ?? '');
        return;
      }
      req[kKey] = key;
      req[kVersion] = version;
      done();
    };
    // A route-level hook, added after the rate limiter's own route-level hook: cache hits are
    // rate limited like everything else.
    app.addHook('onRoute', (route) => {
      if (!CACHEABLE.test(route.url) || (route.config as { stream?: boolean } | undefined)?.stream) return;
      const existing = route.onRequest ? [route.onRequest].flat() : [];
      route.onRequest = [...existing, serveFromCache] as typeof route.onRequest;
      // This layer compresses what it caches; @fastify/compress keeps the other routes.
      (route as { compress?: boolean }).compress = false;
    });

    app.addHook('onSend', async (req: Req, reply, payload) => {
      const key = req[kKey];
      if (key === undefined || reply.statusCode !== 200 || reply.getHeader('content-encoding')) return payload;
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) {
        reply.header('vary', VARY);
        return payload;
      }
      const identity = Buffer.from(payload);
      const lastModifiedMs = deps.lastModified();
      const recordVersion = reply.getHeader(RECORD_VERSION);
      reply.removeHeader(RECORD_VERSION);
      const entry: Entry = {
        version: req[kVersion] as number,
        hash: createHash('sha256').update(identity).digest('base64url').slice(0, 27),
        contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
        lastModifiedMs,
        lastModified: new Date(lastModifiedMs).toUTCString(),
        prefix: recordVersion === undefined ? '' : `v${recordVersion}-`,
        link: reply.getHeader('link') as string | undefined,
        headers: {},
        identity,
        size: identity.length + key.length,
      };
      if (config.RESPONSE_CACHE) lru.set(key, entry);
      return represent(req, reply, entry) ?? '';
    });
  },
  { name: 'katalog-cache' },
);
