import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { changedAfter, lastModifiedHeader } from '../src/http/cache.js';
import { parseHttpDate } from '../src/http/http-date.js';
import { problem } from '../src/http/problem.js';
import { startApp, type TestApp } from './helpers.js';

const LIST = '/v1/programs?limit=20';
let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

describe('conditional requests and caching headers', () => {
  it('gives the same strong ETag on two instances serving the same data', async () => {
    const other = await startApp();
    try {
      const a = await t.http.get(LIST).set('accept-encoding', 'identity').expect(200);
      const b = await other.http.get(LIST).set('accept-encoding', 'identity').expect(200);
      expect(a.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      expect(b.headers.etag).toBe(a.headers.etag);
      expect(b.text).toBe(a.text);
    } finally {
      await other.close();
    }
  });

  it('answers If-None-Match and If-Modified-Since with 304 and no body, from the first request on', async () => {
    const fresh = await startApp();
    try {
      const first = await fresh.http.get('/v1/prices/roots-to-thrive-group-price').expect(200);
      const etag = first.headers.etag as string;
      expect(first.headers['last-modified']).toBeTruthy();
      const r = await fresh.http.get('/v1/prices/roots-to-thrive-group-price').set('if-none-match', etag).expect(304);
      expect(r.text).toBe('');
      expect(r.headers.etag).toBe(etag);
      await fresh.http.get('/v1/prices/roots-to-thrive-group-price').set('if-none-match', '"other"').expect(200);
      // A variant of the same bytes matches (weakly), a tag that merely starts like one does not (hostile 14 H14-15).
      const stem = etag.replace(/-(gzip|br)"$/, '"').slice(0, -1);
      for (const [tag, status] of [
        [`${stem}-gzip"`, 304],
        [`W/${stem}-br"`, 304],
        [`${stem}-anything"`, 200],
        [`${stem}-gzip-x"`, 200],
      ] as const)
        await fresh.http.get('/v1/prices/roots-to-thrive-group-price').set('if-none-match', tag).expect(status);
      await fresh.http
        .get('/v1/prices/roots-to-thrive-group-price')
        .set('if-modified-since', String(first.headers['last-modified']))
        .expect(304);
      await fresh.http
        .get('/v1/prices/roots-to-thrive-group-price')
        .set('if-modified-since', 'Mon, 01 Jan 2001 00:00:00 GMT')
        .expect(200);
    } finally {
      await fresh.close();
    }
  });

  it('takes its own Last-Modified back: 304 for If-Modified-Since, and If-Unmodified-Since holds (hostile 14 H14-1)', async () => {
    for (const url of ['/v1/faqs/can-i-drive-home-after-a-group-session', '/v1/changes', LIST, '/v1']) {
      const lm = String((await t.http.get(url).expect(200)).headers['last-modified']);
      expect(lm, url).toMatch(/GMT$/);
      await t.http.get(url).set('if-modified-since', lm).expect(304);
      await t.http.get(url).set('if-unmodified-since', lm).expect(200);
      // A second earlier: modified since, and not unmodified since.
      const before = new Date(Date.parse(lm) - 1000).toUTCString();
      await t.http.get(url).set('if-modified-since', before).expect(200);
      await t.http.get(url).set('if-unmodified-since', before).expect(412);
    }
    // The last change within a second (not at its first instant): the seed's own time is a whole second.
    const other = await startApp();
    try {
      other.db.$client
        .prepare(
          "update changes set changed_at = '2026-01-02T03:04:05.678Z' where seq = (select max(seq) from changes)",
        )
        .run();
      other.db.$client
        .prepare("update changes set changed_at = '2026-01-01T00:00:00.000Z' where changed_at > ?")
        .run('2026-01-02T03:04:05.678Z');
      const url = '/v1/faqs/can-i-drive-home-after-a-group-session';
      const lm = String((await other.http.get(url).expect(200)).headers['last-modified']);
      expect(lm).toBe('Fri, 02 Jan 2026 03:04:06 GMT');
      await other.http.get(url).set('if-modified-since', lm).expect(304);
      await other.http.get(url).set('if-unmodified-since', lm).expect(200);
      await other.http.get(url).set('if-modified-since', 'Fri, 02 Jan 2026 03:04:05 GMT').expect(200);
    } finally {
      await other.close();
    }
  });

  it('acts on If-(Un)Modified-Since only when it is an HTTP-date, and ignores any other value (hostile 16 H16-4)', async () => {
    const at = Date.UTC(1994, 10, 6, 8, 49, 37);
    const now = Date.UTC(2026, 0, 1);
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT', now)).toBe(at);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', now)).toBe(at);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994', now)).toBe(at);
    // A two-digit year more than 50 years ahead is the most recent past one (RFC 9110 §5.6.7).
    expect(parseHttpDate('Tuesday, 06-Nov-76 08:49:37 GMT', now)).toBe(Date.UTC(2076, 10, 6, 8, 49, 37));
    expect(parseHttpDate('Saturday, 06-Nov-77 08:49:37 GMT', now)).toBe(Date.UTC(1977, 10, 6, 8, 49, 37));
    expect(parseHttpDate('Mon, 01 Jan 0001 00:00:00 GMT', now)).toBe(new Date('0001-01-01T00:00:00Z').getTime());
    for (const value of [
      '1',
      '2001',
      'March 7',
      '4 Dec 2030',
      '2030-12-04T00:00:00Z',
      'Sun, 06 Nov 1994 08:49:37 EST',
      'Sun, 06 Nov 1994 08:49:37 +0000',
      'Sun, 06 nov 1994 08:49:37 GMT',
      'sun, 06 Nov 1994 08:49:37 GMT',
      'Sun, 6 Nov 1994 08:49:37 GMT',
      'Sun, 06 Nov 1994 8:49:37 GMT',
      'Sun, 30 Feb 1994 08:49:37 GMT',
      'Sun, 00 Nov 1994 08:49:37 GMT',
      'Sun, 06 Nov 1994 24:00:00 GMT',
      ' Sun, 06 Nov 1994 08:49:37 GMT x',
    ])
      expect(parseHttpDate(value, now), value).toBeUndefined();

    const item = '/v1/programs/roots-to-thrive-group';
    // The item twice: the second answer comes from the front path, which weighs the same fields.
    for (let i = 0; i < 2; i++) {
      for (const value of ['1', 'March 7', '2001', 'Thu, 01 Jan 1970 00:00:00 EST'])
        await t.http.get(item).set('if-unmodified-since', value).expect(200);
      await t.http.get(item).set('if-modified-since', '4 Dec 2030').expect(200);
      await t.http.get(item).set('if-modified-since', '2099-01-01').expect(200);
      await t.http.get(item).set('if-unmodified-since', 'Friday, 01-Jan-99 00:00:00 GMT').expect(412);
      await t.http.get(item).set('if-unmodified-since', 'Thu Jan  1 00:00:00 1970').expect(412);
      await t.http.get(item).set('if-modified-since', 'Thu, 01 Jan 2099 00:00:00 GMT').expect(304);
    }
    await t.http.get('/v1/faqs.csv').set('if-unmodified-since', '2001').expect(200);
    await t.http.get('/v1/faqs.csv').set('if-unmodified-since', 'Thu, 01 Jan 1970 00:00:00 GMT').expect(412);
  });

  it('remakes a representation made within its change’s second once that second ends (review C14-16)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const other = await startApp();
    try {
      vi.setSystemTime(new Date('2030-01-01T00:00:00.300Z'));
      other.db.$client
        .prepare(
          "update changes set changed_at = '2030-01-01T00:00:00.100Z' where seq = (select max(seq) from changes)",
        )
        .run();
      const url = '/v1/faqs/can-i-drive-home-after-a-group-session';
      // Within the change's second: that second, which an echo does not take for "not modified".
      const within = String((await other.http.get(url).expect(200)).headers['last-modified']);
      expect(within).toBe('Tue, 01 Jan 2030 00:00:00 GMT');
      await other.http.get(url).set('if-modified-since', within).expect(200);
      // Once it ends, the cached representation is made again with the end of that second.
      vi.setSystemTime(new Date('2030-01-01T00:00:01.500Z'));
      const after = String((await other.http.get(url).expect(200)).headers['last-modified']);
      expect(after).toBe('Tue, 01 Jan 2030 00:00:01 GMT');
      await other.http.get(url).set('if-modified-since', after).expect(304);
    } finally {
      vi.useRealTimers();
      await other.close();
    }
  });

  it('dates a change at the end of its second, never later than the response (RFC 9110 §8.8.2.1)', () => {
    // Made in a later second: the end of the change's second; echoed, the data has not changed since it.
    expect(lastModifiedHeader(1_500, 2_100)).toEqual({ at: 2_000 });
    expect(changedAfter(1_500, 2_000)).toBe(false);
    // Made within the change's second: that second (not later than Date), made again at its end; echoed, the data may
    // have changed since (a change later in that second), so neither 304 nor "unmodified since".
    expect(lastModifiedHeader(1_500, 1_700)).toEqual({ at: 1_000, remakeAt: 2_000 });
    expect(changedAfter(1_500, 1_000)).toBe(true);
    // A change at the first instant of a second belongs to that second.
    expect(lastModifiedHeader(2_000, 2_999)).toEqual({ at: 2_000, remakeAt: 3_000 });
    expect(changedAfter(2_000, 2_000)).toBe(true);
    expect(changedAfter(2_000, 3_000)).toBe(false);
  });

  it('answers HEAD like GET without a body', async () => {
    const get = await t.http.get(LIST).set('accept-encoding', 'identity').expect(200);
    const head = await t.http.head(LIST).set('accept-encoding', 'identity').expect(200);
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.text ?? '').toBe('');
  });

  it('sets Cache-Control and Vary on reads, no-store on errors', async () => {
    const ok = await t.http.get(LIST).expect(200);
    expect(ok.headers['cache-control']).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(ok.headers.vary).toMatch(/Accept, Accept-Encoding, Origin/);
    const err = await t.http.get('/v1/programs/nope').expect(404);
    expect(err.headers['cache-control']).toBe('no-store');
  });

  it('never serves a stale body after a data change: the ETag and the body change', async () => {
    const app = await startApp();
    try {
      const before = await app.http.get('/v1/faqs/can-i-drive-home-after-a-group-session').expect(200);
      await app.http.get('/v1/faqs/can-i-drive-home-after-a-group-session').expect(200); // now cached
      app.db.$client
        .prepare(
          "update faqs set answer = 'Changed answer.', version = version + 1 where id = 'can-i-drive-home-after-a-group-session'",
        )
        .run();
      const after = await app.http.get('/v1/faqs/can-i-drive-home-after-a-group-session').expect(200);
      expect(after.body.data.answer).toBe('Changed answer.');
      expect(after.headers.etag).not.toBe(before.headers.etag);
      await app.http
        .get('/v1/faqs/can-i-drive-home-after-a-group-session')
        .set('if-none-match', String(before.headers.etag))
        .expect(200);
    } finally {
      await app.close();
    }
  });

  it('serves identical bytes from the cache and with the cache off', async () => {
    const off = await startApp({ RESPONSE_CACHE: 'false' });
    try {
      for (const url of [LIST, '/v1/search?q=sublingual', '/v1/programs/roots-to-thrive-group?include=prices']) {
        const a = await t.http.get(url).expect(200);
        const b = await t.http.get(url).expect(200);
        const c = await off.http.get(url).expect(200);
        expect(b.text).toBe(a.text);
        expect(c.text).toBe(a.text);
        expect(c.headers.etag).toBe(a.headers.etag);
      }
    } finally {
      await off.close();
    }
  });
});

describe('compression', () => {
  const get = (url: string, encoding: string) =>
    t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding } });

  it('negotiates br and gzip for responses over 1 KB, with the same content', async () => {
    const plain = await get(LIST, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get(LIST, 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gz = await get(LIST, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(gz.headers.etag).not.toBe(plain.headers.etag);
    expect(gz.rawPayload.length).toBeLessThan(plain.rawPayload.length);
  });

  it('leaves small responses alone', async () => {
    const res = await get('/healthz', 'gzip, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('CORS', () => {
  it('allows reads from any origin by default and answers preflight', async () => {
    const res = await t.http.get(LIST).set('origin', 'https://app.example').expect(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-expose-headers']).toMatch(/ETag.*Link.*RateLimit-Limit/);
    expect(res.headers['access-control-expose-headers']).toMatch(/Location.*Content-Disposition/);
    const pre = await t.http
      .options(LIST)
      .set('origin', 'https://app.example')
      .set('access-control-request-method', 'GET')
      .expect(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-methods']).toContain('GET');
  });

  it('approves in a preflight only the methods the path takes, its Allow (hostile 16 H16-7)', async () => {
    const preflight = (app: TestApp, path: string, method: string, origin = 'https://app.example') =>
      app.http.options(path).set('origin', origin).set('access-control-request-method', method);
    for (const [path, allow] of [
      ['/v1/search', 'GET, HEAD, OPTIONS'],
      ['/v1/faqs', 'GET, HEAD, POST, OPTIONS'],
      ['/v1/faqs/can-i-drive-home-after-a-group-session', 'GET, HEAD, PUT, PATCH, DELETE, OPTIONS'],
      ['/v1/faqs/any-id/restore?x=1', 'POST, OPTIONS'],
      ['/v1/format-fit/check', 'GET, HEAD, OPTIONS'],
      ['/v1/faqs/x.jsonld', 'GET, HEAD, OPTIONS'],
      ['/v1/faqs.csv', 'GET, HEAD, OPTIONS'],
      ['/v1/webhooks/wh_x', 'GET, HEAD, PATCH, DELETE, OPTIONS'],
    ] as const) {
      // The same list a plain OPTIONS gives as Allow, and whatever method is asked about.
      expect((await t.http.options(path).expect(204)).headers.allow, path).toBe(allow);
      for (const method of ['GET', 'PUT', 'BREW']) {
        const res = await preflight(t, path, method).expect(204);
        expect(res.headers['access-control-allow-methods'], `${method} ${path}`).toBe(allow);
        expect(res.headers['access-control-allow-origin']).toBe('*');
      }
    }
    // A path no route has approves nothing: a 404 problem, as a plain OPTIONS of it is.
    const none = await preflight(t, '/v1/nope', 'GET').expect(404);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect(none.headers['access-control-allow-methods']).toBeUndefined();
    // With an allow-list too.
    const listed = await startApp({ CORS_ORIGINS: 'https://ok.example' });
    try {
      const res = await preflight(listed, '/v1/search', 'PUT', 'https://ok.example').expect(204);
      expect(res.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
      expect(res.headers['access-control-allow-origin']).toBe('https://ok.example');
    } finally {
      await listed.close();
    }
  });

  it('honours a configured allow-list', async () => {
    const app = await startApp({ CORS_ORIGINS: 'https://ok.example' });
    try {
      const ok = await app.http.get(LIST).set('origin', 'https://ok.example').expect(200);
      expect(ok.headers['access-control-allow-origin']).toBe('https://ok.example');
      const no = await app.http.get(LIST).set('origin', 'https://evil.example').expect(200);
      expect(no.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});

describe('rate limits', () => {
  it('limits per client IP with RateLimit headers, then 429 problem+json with Retry-After; health is exempt', async () => {
    const app = await startApp({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW: '1 minute' });
    try {
      const first = await app.http.get('/v1').expect(200);
      expect(first.headers['ratelimit-limit']).toBe('3');
      expect(first.headers['ratelimit-remaining']).toBe('2');
      await app.http.get('/v1/faqs').expect(200);
      await app.http.get('/v1/faqs').expect(200);
      const limited = await app.http.get('/v1/faqs').expect(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.body).toMatchObject({ status: 429, type: '/problems/rate-limited' });
      expect(limited.headers['cache-control']).toBe('no-store');
      await app.http.get('/healthz').expect(200);
      await app.http.get('/readyz').expect(200);
    } finally {
      await app.close();
    }
  });
});

describe('security headers and docs', () => {
  it('sends a CSP under which Swagger UI loads only same-origin scripts', async () => {
    const res = await t.http.get('/docs/').redirects(1).expect(200);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const scripts = [...res.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, inline] of scripts) {
      expect(inline?.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attrs ?? '')?.[1] as string;
      expect(src.startsWith('./') || src.startsWith('/docs')).toBe(true);
      await t.http.get(`/docs/${src.replace(/^\.\//, '')}`).expect(200);
    }
  });
});

describe('the docs index redirect (hostile 16 H16-8)', () => {
  it('sends /docs/static/index.html, and the docs with a query, to /docs/, never to itself (H16-8, hostile 19 H19-8)', async () => {
    for (const [target, location] of [
      ['/docs/static/index.html', '/docs/'],
      ['/docs/static/index.html?x=1', '/docs/'],
      ['/docs/static/index.html?utm_source=a&b=%2F', '/docs/'],
      ['/docs/static/index.html/', '/docs/'],
      ['/docs/static/index.html/?x', '/docs/'],
      // The page's initializer would fetch "/docs?utm_source=a/./json", the page itself, as its spec.
      ['/docs?utm_source=a', '/docs/'],
      ['/docs/?x', '/docs/'],
    ] as const) {
      const res = await t.http.get(target).redirects(0);
      expect(res.status, target).toBe(302);
      expect(res.headers.location, target).toBe(location);
      await t.http.get(location).expect(200);
    }
    await t.http.head('/docs/static/index.html?x=1').expect(302);
  });
});

describe('the docs assets answer as /docs does (hostile 17 H17-4)', () => {
  const asset = '/docs/static/swagger-ui.css';
  it('ignore Range and the preconditions of a write, and keep If-None-Match', async () => {
    const whole = await t.http.get(asset).expect(200);
    for (const [name, value] of [
      ['range', 'bytes=999999-'],
      ['range', 'bytes=0-9'],
      ['if-match', '"nope"'],
      ['if-unmodified-since', 'Fri, 01 Jan 1990 00:00:00 GMT'],
    ] as const) {
      const res = await t.http.get(asset).set(name, value);
      expect(res.status, `${name}: ${value}`).toBe(200);
      expect(res.text.length).toBe(whole.text.length);
    }
    await t.http.get(asset).set('if-none-match', String(whole.headers.etag)).expect(304);
    // It offers no ranges it would ignore (review 27 R27-17).
    expect(whole.headers['accept-ranges']).toBeUndefined();
  });

  it('say in words what is wrong with a path, with the status’s own problem type', async () => {
    for (const [path, status] of [
      ['/docs/static/swagger-ui.css%00', 400],
      ['/docs/static/%2e%2e/%2e%2e/package.json', 403],
    ] as const) {
      const res = await t.http.get(path);
      expect(res.status, path).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.detail).toContain('No documentation asset at /docs/static/');
    }
  });

  it('a status no problem type is listed for is about:blank with its own title, never another status’s type', () => {
    expect(problem(416, 'x', 'id')).toMatchObject({ type: 'about:blank', title: 'Range Not Satisfiable', status: 416 });
    expect(problem(404, 'x', 'id')).toMatchObject({ type: '/problems/not-found', status: 404 });
  });
});

describe('request ids in logs', () => {
  it('puts the request id in every log line of a request', async () => {
    const lines: string[] = [];
    const app = await startApp({ LOG_LEVEL: 'info' }, undefined, { write: (l) => lines.push(l) });
    try {
      await app.http.get('/v1/faqs?limit=1').set('x-request-id', 'trace-me-42').expect(200);
      const mine = lines.map((l) => JSON.parse(l)).filter((l) => l.request_id === 'trace-me-42');
      expect(mine.map((l) => l.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
    } finally {
      await app.close();
    }
  });
});
