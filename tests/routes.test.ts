/**
 * Routes are named plugins with declared dependencies (a wrong registration order fails at
 * start-up), and the response cache is opt-in per route, with its rule: no route that reads
 * credentials is cacheable (src/http/cache.ts). Cache hits are seen in the log, as in front.test.ts.
 */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { createKey } from '../src/auth/keys.js';
import { testConfig } from '../src/config.js';
import { asHolder } from '../src/db/holder.js';
import { cachePlugin, ResponseCache } from '../src/http/cache.js';
import { searchRoutes } from '../src/routes/search.js';
import { freshDb } from './helpers.js';

describe('route plugins declare what they need before them', () => {
  it('a route plugin registered before the cross-cutting plugins fails at start-up, naming the missing one', async () => {
    const db = freshDb();
    const app = Fastify();
    try {
      app.register(searchRoutes, { db: asHolder(db), repo: null as never, config: testConfig() });
      await expect(app.ready()).rejects.toThrow(
        "The dependency 'katalog-errors' of plugin 'katalog-routes-search' is not registered",
      );
    } finally {
      db.$client.close();
    }
  });

  it('the cache registered before the policies fails at start-up', async () => {
    const config = testConfig();
    const app = Fastify();
    app.register(cachePlugin, { cache: new ResponseCache(config, { version: () => 1, lastModified: () => 0 }) });
    await expect(app.ready()).rejects.toThrow(
      "The dependency 'katalog-policies' of plugin 'katalog-cache' is not registered",
    );
  });
});

describe('no route that reads credentials is cacheable', () => {
  it('a route that opts in to the cache and checks a key fails at start-up', async () => {
    const db = freshDb();
    const app = await buildApp({ config: testConfig(), db });
    try {
      await expect(async () => {
        app.get('/v1/private', { config: { cache: true }, preHandler: app.requireScope('read') }, async () => ({}));
        await app.ready();
      }).rejects.toThrow('GET /v1/private cannot be cached (config.cache): it reads credentials');
    } finally {
      await app.close();
      db.$client.close();
    }
  });

  it('so does one that opts in with a rate limit of its own (the front path applies the global one)', async () => {
    const db = freshDb();
    const app = await buildApp({ config: testConfig(), db });
    try {
      await expect(async () => {
        app.get('/v1/limited', { config: { cache: true, rateLimit: { max: 1, timeWindow: 1000 } } }, async () => ({}));
        await app.ready();
      }).rejects.toThrow('GET /v1/limited cannot be cached (config.cache): it has a rate limit of its own');
    } finally {
      await app.close();
      db.$client.close();
    }
  });
});

describe('caching is opt-in per route', () => {
  const lines: Array<Record<string, unknown>> = [];
  let app: FastifyInstance;
  let base: string;
  let closeDb: () => void;
  const keys: Record<string, string> = {};
  let seq = 0;

  beforeAll(async () => {
    const db = freshDb();
    closeDb = () => db.$client.close();
    keys.ann = createKey(db, 'ann', 'read').key;
    keys.bob = createKey(db, 'bob', 'write').key;
    app = await buildApp({
      config: testConfig({ LOG_LEVEL: 'info' }),
      db,
      logStream: { write: (l) => lines.push(JSON.parse(l)) },
    });
    // A GET that checks a key, declared the usual way (it cannot opt in: see above).
    app.get('/v1/test/whoami', { preHandler: app.requireScope('read') }, async (req) => ({ key: req.apiKey?.name }));
    // A GET that opts in but whose key check is added as a hook of its context, out of the route's
    // declaration (start-up cannot see it): its responses are never stored all the same.
    await app.register(async (scoped) => {
      scoped.addHook('preHandler', scoped.requireScope('read'));
      scoped.get('/v1/test/scoped', { config: { cache: true } }, async (req) => ({ key: req.apiKey?.name }));
    });
    // A public GET that does not opt in.
    app.get('/v1/test/public', async () => ({ hello: 'world' }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    closeDb();
  });

  /** A GET over a socket, where the front path can answer; `hit` says whether it did. */
  async function get(path: string, headers: Record<string, string> = {}) {
    const id = `routes-${seq++}`;
    const res = await fetch(`${base}${path}`, { headers: { ...headers, 'x-request-id': id } });
    const body = await res.json();
    const hit = lines.some((l) => l.request_id === id && l.msg === 'request completed' && l.cache === 'hit');
    return { status: res.status, etag: res.headers.get('etag'), body, hit };
  }
  const bearer = (key: string | undefined) => ({ authorization: `Bearer ${key}` });

  it('an authenticated GET is never answered from the cache, and each key gets its own answer', async () => {
    for (let i = 0; i < 3; i++) {
      const ann = await get('/v1/test/whoami', bearer(keys.ann));
      expect(ann).toMatchObject({ status: 200, etag: null, body: { key: 'ann' }, hit: false });
      const bob = await get('/v1/test/whoami', bearer(keys.bob));
      expect(bob).toMatchObject({ status: 200, body: { key: 'bob' }, hit: false });
      const anonymous = await get('/v1/test/whoami');
      expect(anonymous).toMatchObject({ status: 401, hit: false });
    }
  });

  it('a response to a request whose key was checked is never stored, even on a route that opted in', async () => {
    for (let i = 0; i < 3; i++) {
      const ann = await get('/v1/test/scoped', bearer(keys.ann));
      expect(ann).toMatchObject({ status: 200, etag: null, body: { key: 'ann' }, hit: false });
      const anonymous = await get('/v1/test/scoped');
      expect(anonymous).toMatchObject({ status: 401, hit: false });
    }
  });

  it('a public GET that does not opt in is not cached', async () => {
    for (let i = 0; i < 3; i++)
      expect(await get('/v1/test/public')).toMatchObject({ status: 200, etag: null, hit: false });
  });

  it('the public reads that opt in are cached: ETag, and hits from the front path', async () => {
    for (const path of [
      '/v1/faqs',
      '/v1/faqs/can-i-drive-home-after-a-group-session',
      '/v1/changes',
      '/v1/search?q=group',
    ]) {
      const first = await get(path);
      expect(first.status).toBe(200);
      expect(first.etag).toMatch(/^"/);
      const again = await get(path);
      expect(again).toMatchObject({ status: 200, etag: first.etag, hit: true });
    }
  });

  it('a public read sent with a key is still the public representation', async () => {
    const anonymous = await get('/v1/guides');
    const withKey = await get('/v1/guides', bearer(keys.ann));
    expect(withKey.etag).toBe(anonymous.etag);
    expect(withKey.body).toEqual(anonymous.body);
  });
});
