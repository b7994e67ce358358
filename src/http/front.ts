import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyServerFactory } from 'fastify';
import type { DbHolder } from '../db/holder.js';
import { negotiate, notModified, type ResponseCache, readPreconditionFailed } from './cache.js';
import { unmetExpectation } from './expectation.js';
import type { Forwarded } from './forwarded.js';
import { fieldFault } from './header-fields.js';
import type { RateStore } from './rate-store.js';
import { requestId } from './request-id.js';

export interface Front {
  cache: ResponseCache;
  limits: RateStore;
  /** The client's address (rate limits count by it) and the origin it asked for (see forwarded.ts). */
  forwarded: Forwarded;
  /** Set when the app starts closing: Fastify then answers everything (503s). */
  closing: boolean;
  /** The database: a request Fastify answers runs on the one live when it arrived (see db/holder.ts). */
  db?: DbHolder;
  log?: FastifyBaseLogger & { isLevelEnabled(level: string): boolean };
}

/**
 * The HTTP server, with the response cache in front of Fastify. A GET or HEAD whose representation
 * is cached for the data as it is now (only routes that opt in store any, and never one that reads
 * credentials: cache.ts) is answered here, with the headers Fastify gave the request
 * that made it (CORS, security), the cache's own (ETag, Cache-Control, Vary...), a request id and
 * the rate-limit count from the same counters @fastify/rate-limit uses. Everything else (misses,
 * writes, a request over its limit, which gets the limiter's 429) goes to Fastify. A hit costs what
 * a bare Node server costs to send the bytes; through Fastify's hooks it cost twice that (the
 * docs/performance.md has the figures). tests/front.test.ts holds hits to exactly what Fastify sends.
 */
export function frontServer(front: Front): FastifyServerFactory {
  return (handler, opts) => {
    const options = opts as {
      http?: http.ServerOptions;
      keepAliveTimeout?: number;
      requestTimeout?: number;
      connectionTimeout?: number;
      maxRequestsPerSocket?: number;
    };
    const server = http.createServer(options.http ?? {}, (req, res) => {
      let served = false;
      try {
        served = serveHit(front, req, res);
      } catch (err) {
        // Never a crash: before anything was written Fastify answers; after, the socket goes.
        front.log?.error({ err }, 'front cache failed');
        if (res.headersSent) return res.destroy();
      }
      if (served) return;
      if (front.db) front.db.serve(res, () => handler(req, res));
      else handler(req, res);
    });
    // What Fastify does to the server it makes itself.
    server.keepAliveTimeout = options.keepAliveTimeout ?? 72_000;
    server.requestTimeout = options.requestTimeout ?? 0;
    server.setTimeout(options.connectionTimeout ?? 0);
    if (options.maxRequestsPerSocket) server.maxRequestsPerSocket = options.maxRequestsPerSocket;
    return server;
  };
}

function serveHit(front: Front, req: IncomingMessage, res: ServerResponse): boolean {
  const { method, headers } = req;
  if ((method !== 'GET' && method !== 'HEAD') || front.closing || req.url === undefined) return false;
  // An Expect this server cannot meet is a 417, which the policies answer.
  if (unmetExpectation(req)) return false;
  // HTTP/1.1 without Host, two lines of a field that is not a list, a target naming another host: a 400 Fastify answers.
  if (fieldFault(req)) return false;
  // A GET with a body in a transfer coding: the policies answer it (a coding but chunked is a 501; hostile 16b H16b-1).
  if (headers['transfer-encoding'] !== undefined) return false;
  const origin = front.forwarded.origin(req);
  const e = front.cache.get(front.cache.key(origin, req.url, headers));
  const ip = front.forwarded.address(req);
  if (!e || ip === undefined) return false;
  // A failed If-Match or If-Unmodified-Since is a 412 problem, which Fastify answers (cache.ts evaluates the same).
  if (readPreconditionFailed(headers, e.tag, e.lastModifiedMs)) return false;
  const { max, timeWindow } = front.limits.limit;
  const count = front.limits.take(ip, timeWindow, max);
  if (!count) return false;
  const id = requestId(headers['x-request-id']);
  const log = front.log?.isLevelEnabled('info') ? front.log.child({ request_id: id }) : undefined;
  if (log) {
    const started = performance.now();
    // Shaped like the request Fastify's log serializer reads, so hit and miss lines look alike.
    log.info(
      { req: { method, url: req.url, headers, host: origin.slice(origin.indexOf('//') + 2), ip, socket: req.socket } },
      'incoming request',
    );
    res.once('finish', () =>
      log.info(
        { res: { statusCode: res.statusCode }, responseTime: performance.now() - started, cache: 'hit' },
        'request completed',
      ),
    );
  }
  const enc = negotiate(headers['accept-encoding'], e.identity.length);
  const fresh = notModified(headers, e);
  const list = [
    ...front.cache.rawHeaders(e, enc, fresh),
    'x-request-id',
    id,
    'ratelimit-limit',
    String(max),
    'ratelimit-remaining',
    String(Math.max(0, max - count.current)),
    'ratelimit-reset',
    String(Math.ceil(count.ttl / 1000)),
  ];
  if (fresh) {
    res.writeHead(304, list);
    res.end();
    return true;
  }
  const body = front.cache.body(e, enc);
  list.push('content-length', String(body.length));
  res.writeHead(200, list);
  res.end(method === 'HEAD' ? undefined : body);
  return true;
}
