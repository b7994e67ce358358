/**
 * The front path (src/http/front.ts) answers cache hits before Fastify runs. These tests hold it to
 * exactly what Fastify sends for the same request: same status, bytes and headers, but the ones that
 * are per request (Date, X-Request-Id, the rate-limit count).
 */

import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config.js';
import { ResponseCache } from '../src/http/cache.js';
import { forwarded } from '../src/http/forwarded.js';
import { startApp, type TestApp } from './helpers.js';

const PER_REQUEST = ['date', 'x-request-id', 'ratelimit-remaining', 'ratelimit-reset', 'connection', 'keep-alive'];
const lines: Array<Record<string, unknown>> = [];
let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startApp({ LOG_LEVEL: 'info' }, undefined, { write: (l) => lines.push(JSON.parse(l)) });
  base = t.url;
});
afterAll(() => t.close());

interface Got {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}
const stable = (h: Record<string, string>) =>
  Object.fromEntries(Object.entries(h).filter(([k]) => !PER_REQUEST.includes(k)));

/** Over a socket (the front path can answer) with raw bytes: fetch would decompress. */
async function http(method: string, path: string, headers: Record<string, string>): Promise<Got> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode as number,
          headers: res.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Through Fastify, always (inject never reaches the front path). */
async function viaFastify(method: string, path: string, headers: Record<string, string>): Promise<Got> {
  const res = await t.app.inject({
    method: method as 'GET',
    url: path,
    headers: { ...headers, host: new URL(base).host },
  });
  const h = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)]));
  return { status: res.statusCode, headers: h, body: res.rawPayload };
}

const servedByFront = (id: string) =>
  lines.some((l) => l.request_id === id && l.msg === 'request completed' && l.cache === 'hit');

const PATHS = [
  '/v1/programs?limit=20',
  '/v1/programs?format=group&include=organization,prices&limit=5',
  '/v1/programs/roots-to-thrive-group',
  '/v1/programs/roots-to-thrive-group.jsonld',
  '/v1/search?q=sublingual',
  '/v1/cost-comparison',
  '/v1',
  '/openapi.json',
];
const VARIANTS: Array<[string, Record<string, string>]> = [
  ['plain', {}],
  ['br', { 'accept-encoding': 'gzip, deflate, br' }],
  ['gzip', { 'accept-encoding': 'gzip' }],
  ['cross-origin', { origin: 'https://app.example', 'accept-encoding': 'gzip' }],
];

describe('cache hits answered before Fastify', () => {
  for (const path of PATHS)
    for (const [name, headers] of VARIANTS)
      it(`${path} (${name}): GET, HEAD and 304 hits are byte- and header-identical to Fastify's`, async () => {
        const miss = await http('GET', path, headers);
        expect(miss.status).toBe(200);
        const hitId = `front-${lines.length}`;
        const hit = await http('GET', path, { ...headers, 'x-request-id': hitId });
        expect(servedByFront(hitId)).toBe(true);
        const fastify = await viaFastify('GET', path, headers);
        for (const other of [hit, fastify]) {
          expect(other.status).toBe(200);
          expect(stable(other.headers)).toEqual(stable(miss.headers));
          expect(other.body.equals(miss.body)).toBe(true);
        }
        expect(hit.headers['x-request-id']).toBe(hitId);

        const head = await http('HEAD', path, { ...headers, 'x-request-id': `${hitId}-head` });
        expect(servedByFront(`${hitId}-head`)).toBe(true);
        const headFastify = await viaFastify('HEAD', path, headers);
        expect(head.body.length).toBe(0);
        expect(stable(head.headers)).toEqual(stable(headFastify.headers));
        expect(stable(head.headers)).toEqual(stable(miss.headers));

        const cond = { ...headers, 'if-none-match': miss.headers.etag as string };
        const notModified = await http('GET', path, { ...cond, 'x-request-id': `${hitId}-304` });
        expect(servedByFront(`${hitId}-304`)).toBe(true);
        const notModifiedFastify = await viaFastify('GET', path, cond);
        expect(notModified.status).toBe(304);
        expect(notModified.body.length).toBe(0);
        expect(stable(notModified.headers)).toEqual(stable(notModifiedFastify.headers));
        // RFC 9110 §15.4.5: what updates the stored response, and no representation metadata.
        expect(notModified.headers).toMatchObject({
          etag: miss.headers.etag,
          'cache-control': miss.headers['cache-control'],
          vary: miss.headers.vary,
        });
        for (const absent of ['content-length', 'content-type', 'content-security-policy', 'last-modified'])
          expect(notModified.headers[absent]).toBeUndefined();
        if (headers.origin) expect(notModified.headers['access-control-allow-origin']).toBe('*');
        // HEAD revalidates the same way, on both paths.
        const headNotModified = await http('HEAD', path, cond);
        const headNotModifiedFastify = await viaFastify('HEAD', path, cond);
        expect([headNotModified.status, headNotModifiedFastify.status]).toEqual([304, 304]);
        expect(stable(headNotModifiedFastify.headers)).toEqual(stable(notModified.headers));
        expect(stable(headNotModified.headers)).toEqual(stable(notModified.headers));
      });

  it('logs a hit like Fastify logs a request: two lines with the request id and the client address', async () => {
    await http('GET', '/v1/faqs?limit=2', {});
    await http('GET', '/v1/faqs?limit=2', { 'x-request-id': 'hit-logged' });
    const mine = lines.filter((l) => l.request_id === 'hit-logged');
    expect(mine.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    expect(mine[0]?.req).toMatchObject({ method: 'GET', url: '/v1/faqs?limit=2', remoteAddress: '127.0.0.1' });
    expect(mine[1]).toMatchObject({ res: { statusCode: 200 }, cache: 'hit' });
  });

  it('says * to every request by default, Origin or not', async () => {
    for (const headers of [{}, { origin: 'https://app.example' }] as Record<string, string>[]) {
      const res = await http('GET', '/v1/faqs?limit=3', headers);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-expose-headers']).toContain('ETag');
    }
  });

  it('with an allow-list, answers only the Origin sent, and keeps cached copies apart by Origin', async () => {
    const app = await startApp({ CORS_ORIGINS: 'https://ok.example' });
    try {
      for (let i = 0; i < 2; i++) {
        const ok = await app.http.get('/v1/faqs?limit=3').set('origin', 'https://ok.example').expect(200);
        expect(ok.headers['access-control-allow-origin']).toBe('https://ok.example');
        expect(ok.headers.vary).toContain('Origin');
        const evil = await app.http.get('/v1/faqs?limit=3').set('origin', 'https://evil.example').expect(200);
        expect(evil.headers['access-control-allow-origin']).toBeUndefined();
        const none = await app.http.get('/v1/faqs?limit=3').expect(200);
        expect(none.headers['access-control-allow-origin']).toBeUndefined();
      }
      // The same on answers given before the CORS plugin runs: an error before routing, a plain OPTIONS.
      for (const [method, path] of [
        ['GET', '/v1/programs/%FF'],
        ['OPTIONS', '/v1/programs'],
      ] as const) {
        const ok = await app.http[method === 'GET' ? 'get' : 'options'](path).set('origin', 'https://ok.example');
        expect(ok.headers['access-control-allow-origin'], `${method} ${path}`).toBe('https://ok.example');
        expect(ok.headers.vary, `${method} ${path}`).toContain('Origin');
        const evil = await app.http[method === 'GET' ? 'get' : 'options'](path).set('origin', 'https://evil.example');
        expect(evil.headers['access-control-allow-origin'], `${method} ${path}`).toBeUndefined();
      }
    } finally {
      await app.close();
    }
  });
});

describe('limits and freshness on the front path', () => {
  it('counts hits against the per-IP limit, and the limiter answers the request over it', async () => {
    const log: Array<Record<string, unknown>> = [];
    const app = await startApp({ RATE_LIMIT_MAX: '3', LOG_LEVEL: 'info' }, undefined, {
      write: (l) => log.push(JSON.parse(l)),
    });
    try {
      const remaining: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await app.http.get('/v1/faqs').expect(200);
        remaining.push(res.headers['ratelimit-remaining'] as string);
        expect(res.headers['ratelimit-limit']).toBe('3');
      }
      expect(remaining).toEqual(['2', '1', '0']);
      expect(log.filter((l) => l.cache === 'hit')).toHaveLength(2); // the 2nd and 3rd were hits
      const limited = await app.http.get('/v1/faqs').expect(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });

  it('never answers from a representation made before a write', async () => {
    const path = '/v1/faqs/can-i-drive-home-after-a-group-session';
    const before = await http('GET', path, {});
    const id = `fresh-${lines.length}`;
    await http('GET', path, { 'x-request-id': id });
    expect(servedByFront(id)).toBe(true);
    t.db.$client
      .prepare("update faqs set answer = 'Front path check.', version = version + 1 where id = ?")
      .run('can-i-drive-home-after-a-group-session');
    const after = await http('GET', path, { 'if-none-match': before.headers.etag as string });
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body.toString()).data.answer).toBe('Front path check.');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });
});

describe('the cache stays within CACHE_MAX_BYTES', () => {
  let version = 1;
  const make = (overrides: Record<string, string> = {}) =>
    new ResponseCache(testConfig({ CACHE_MAX_BYTES: '20000', ...overrides }), {
      version: () => version,
      lastModified: () => Date.UTC(2026, 10, 22),
    });
  const body = (i: number) => JSON.stringify({ i, pad: 'x'.repeat(1900) });

  it('evicts the least recently used representations first, and keeps what is read', () => {
    const cache = make();
    cache.put('hot', version, body(-1), {});
    const first = cache.put('k0', version, body(0), {});
    for (let i = 1; i < 20; i++) {
      cache.put(`k${i}`, version, body(i), {});
      expect(cache.get('hot')).toBeDefined(); // read between every put: never the one to go
      expect(cache.stats().bytes).toBeLessThanOrEqual(20000);
    }
    expect(cache.get('k0')).toBeUndefined();
    expect(cache.get('k19')).toBeDefined();
    // Each entry counts its body, key, headers and about 1 KB of bookkeeping: six fit in 20 KB.
    expect(cache.stats().entries).toBe(6);
    // Compressed variants count too, and stay within the bound; an evicted entry's do not count.
    const before = cache.stats().bytes;
    cache.body(first, 'gzip');
    expect(cache.stats().bytes).toBe(before);
    cache.body(cache.get('k19') as NonNullable<ReturnType<ResponseCache['get']>>, 'gzip');
    expect(cache.stats().bytes).toBeGreaterThan(before);
    expect(cache.stats().bytes).toBeLessThanOrEqual(20000);
    // A representation made before the data changed is never returned, and is let go.
    version++;
    const entries = cache.stats().entries;
    expect(cache.get('hot')).toBeUndefined();
    expect(cache.stats().entries).toBe(entries - 1);
  });

  it('holds nothing, and counts nothing, when switched off', () => {
    const cache = make({ RESPONSE_CACHE: 'false' });
    const e = cache.put('k', version, body(1), {});
    cache.body(e, 'br');
    expect(cache.stats()).toEqual({ entries: 0, bytes: 0 });
    expect(cache.get('k')).toBeUndefined();
  });
});

describe('behind a proxy (TRUST_PROXY)', () => {
  const from = (app: TestApp, client: string) => app.http.get('/v1/faqs?limit=2').set('x-forwarded-for', client);

  it('counts rate limits per forwarded client when the proxy is trusted, on hits and misses alike', async () => {
    const log: Array<Record<string, unknown>> = [];
    const app = await startApp({ TRUST_PROXY: 'loopback', RATE_LIMIT_MAX: '2', LOG_LEVEL: 'info' }, undefined, {
      write: (l) => log.push(JSON.parse(l)),
    });
    try {
      await from(app, '203.0.113.7').expect(200); // a miss
      await from(app, '203.0.113.7').expect(200); // a hit
      expect(log.filter((l) => l.cache === 'hit')).toHaveLength(1);
      await from(app, '203.0.113.7').expect(429);
      const other = await from(app, '203.0.113.8').expect(200);
      expect(other.headers['ratelimit-remaining']).toBe('1');
    } finally {
      await app.close();
    }
  });

  it('ignores X-Forwarded-For from peers it does not trust', async () => {
    const app = await startApp({ RATE_LIMIT_MAX: '2' });
    try {
      await from(app, '203.0.113.7').expect(200);
      await from(app, '203.0.113.8').expect(200);
      await from(app, '203.0.113.9').expect(429);
    } finally {
      await app.close();
    }
  });

  it('builds JSON-LD ids from the forwarded host and protocol, and never serves them to another host', async () => {
    const app = await startApp({ TRUST_PROXY: '127.0.0.1' });
    try {
      const path = '/v1/programs/roots-to-thrive-group.jsonld';
      for (let i = 0; i < 2; i++) {
        const proxied = await app.http
          .get(path)
          .set('x-forwarded-host', 'katalog.example')
          .set('x-forwarded-proto', 'https')
          .expect(200);
        expect(JSON.parse(proxied.text)['@id']).toMatch(/^https:\/\/katalog\.example\/v1\/programs\//);
        const direct = await app.http.get(path).expect(200);
        expect(JSON.parse(direct.text)['@id']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/programs\//);
      }
    } finally {
      await app.close();
    }
  });
});

describe('the client and origin the front path sees are the ones Fastify sees', () => {
  const CASES: Array<Record<string, string>> = [
    {},
    { 'x-forwarded-for': '203.0.113.7' },
    { 'x-forwarded-for': '198.51.100.1, 203.0.113.7', 'x-forwarded-host': 'a.example, katalog.example' },
    { 'x-forwarded-proto': 'https' },
    { 'x-forwarded-host': 'undefined' },
    { 'x-forwarded-host': 'katalog.example', 'x-forwarded-proto': 'http, https' },
  ];
  for (const trust of [undefined, 'true', 'loopback', '10.0.0.1', '127.0.0.1, 203.0.113.7'])
    it(`TRUST_PROXY=${trust ?? '(unset)'}`, async () => {
      const config = testConfig(trust === undefined ? {} : { TRUST_PROXY: trust });
      const mine = forwarded(config.TRUST_PROXY);
      const app = Fastify({ trustProxy: config.TRUST_PROXY });
      app.get('/', (req) => ({
        fastify: { ip: req.ip, origin: `${req.protocol}://${req.host}` },
        mine: { ip: mine.address(req.raw), origin: mine.origin(req.raw) },
      }));
      try {
        for (const headers of CASES) {
          const res = await app.inject({ url: '/', headers: { host: 'direct.example:3000', ...headers } });
          const { fastify, mine: ours } = res.json();
          expect(ours, JSON.stringify(headers)).toEqual(fastify);
        }
      } finally {
        await app.close();
      }
    });
});
