/**
 * Hostile 19: writes that took query parameters they do not know (H19-4: `DELETE …?dry_run=true` deleted), writes sent
 * with no body at all (H19-2: a 500 on `PATCH /v1/webhooks/{id}`; H19-3: a 422 on "(root)"), and the name a finding's
 * study is cited by (H19-9: the first word of the first author, "van et al.").
 */
import { METHODS, request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { surnameOf } from '../src/jsonld/jsonld.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
let writer: string;
let partner: string;
let hook: string;
beforeAll(async () => {
  t = await startApp({
    WEBHOOK_ALLOW_HTTP: 'true',
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
    RATE_LIMIT_MAX: '100000',
    WRITE_RATE_LIMIT_MAX: '100000',
  } as never);
  writer = createKey(t.db, 'editor', 'write').key;
  partner = createKey(t.db, 'partner', 'webhooks').key;
  const res = await t.http
    .post('/v1/webhooks')
    .set({ authorization: `Bearer ${partner}` })
    .send({ url: 'http://127.0.0.1:9/hook' });
  expect(res.status, res.text).toBe(201);
  hook = res.body.data.id;
});
afterAll(() => t.close());

type Operation = { method: string; path: string; body: boolean };
async function writeOperations(): Promise<Operation[]> {
  const spec = (await t.http.get('/openapi.json').expect(200)).body as {
    paths: Record<string, Record<string, { requestBody?: unknown }>>;
  };
  return Object.entries(spec.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([m]) => ['post', 'put', 'patch', 'delete'].includes(m))
      .map(([method, op]) => ({ method, path, body: op.requestBody !== undefined })),
  );
}
/** A path with its parameters filled: a seeded record of its collection, the registered webhook. */
async function target(path: string): Promise<string> {
  if (path.startsWith('/v1/webhooks')) return path.replace('{id}', hook);
  const collection = path.split('/')[2] as string;
  const first = (await t.http.get(`/v1/${collection}?limit=1&fields=id`).expect(200)).body.data[0]?.id as string;
  return path.replace(/\{[^}]+\}/, first);
}
const keyFor = (path: string) => (path.startsWith('/v1/webhooks') ? partner : writer);

describe('a write refuses a query parameter it does not take, before writing (H19-4)', () => {
  it('every write operation answers 400 naming the parameter', async () => {
    const ops = await writeOperations();
    expect(ops.length).toBeGreaterThan(40);
    for (const { method, path, body } of ops) {
      const url = `${await target(path)}?dry_run=true`;
      const request = (t.http as unknown as Record<string, (u: string) => import('supertest').Test>)
        [method]?.(url)
        .set({ authorization: `Bearer ${keyFor(path)}`, 'if-match': '*' });
      // A body where the operation takes one (one that breaks its schema: the query is refused first).
      const res = await (body ? request?.set('content-type', 'application/json').send('{}') : request);
      expect(res?.status, `${method.toUpperCase()} ${url}: ${res?.text}`).toBe(400);
      expect(res?.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res?.body.errors, `${method} ${url}`).toContainEqual(
        expect.objectContaining({ name: 'dry_run', in: 'query' }),
      );
    }
  });
  it('a DELETE with ?dry_run=true deletes nothing', async () => {
    const id = (await t.http.get('/v1/faqs?limit=1&fields=id').expect(200)).body.data[0].id as string;
    await t.http
      .delete(`/v1/faqs/${id}?dry_run=true`)
      .set({ authorization: `Bearer ${writer}`, 'if-match': '*' })
      .expect(400);
    await t.http.get(`/v1/faqs/${id}`).expect(200);
  });
});

describe('a write with no body at all is the 400 of an empty body (H19-2, H19-3)', () => {
  it('on every operation that takes a body, whatever frames the missing body', async () => {
    const withBody = (await writeOperations()).filter((o) => o.body);
    expect(withBody.map((o) => `${o.method} ${o.path}`)).toContain('patch /v1/webhooks/{id}');
    for (const { method, path } of withBody) {
      const url = await target(path);
      for (const headers of [{}, { 'content-length': '0' }, { 'content-encoding': 'gzip' }]) {
        const res = await (t.http as unknown as Record<string, (u: string) => import('supertest').Test>)
          [method]?.(url)
          .set({ authorization: `Bearer ${keyFor(path)}`, 'if-match': '*', ...headers });
        const where = `${method.toUpperCase()} ${url} ${JSON.stringify(headers)}: ${res?.text}`;
        expect(res?.status, where).toBe(400);
        expect(res?.body.detail, where).toBe('The body is empty: send a JSON document.');
      }
    }
  });
});

describe('a finding’s study is cited by its first author’s surname (H19-9)', () => {
  it.each([
    ['Tsang VWL', 'Tsang'],
    ['van der Berg J', 'van der Berg'],
    ['De Gregorio D', 'De Gregorio'],
    ['Smith J.-P.', 'Smith'],
    ['Öztürk Ö', 'Öztürk'],
    ['World Health Organization', 'World Health Organization'],
    ['Smith', 'Smith'],
    // Hostile 19b H19b-1: a name all in capitals is given whole; a comma or a suffix is no part of the surname.
    ['US FDA', 'US FDA'],
    ['VAN DER BERG J', 'VAN DER BERG'],
    // Review 37b R37b-5, R37b-6.
    ['van der BERG J', 'van der BERG'],
    ['SMITH J', 'SMITH'],
    ['NG K', 'NG'],
    ['Tsang, VWL', 'Tsang'],
    ['Smith JA Jr', 'Smith'],
    ['Dupont-Moreau J-P', 'Dupont-Moreau'],
  ])('%s: %s', (name, surname) => {
    expect(surnameOf(name)).toBe(surname);
  });
});

/** An HTTP/1.0 request line with no Host, over a socket; the whole answer. */
function http10(line: string): Promise<string> {
  const { hostname, port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`${line} HTTP/1.0\r\n\r\n`));
    let answer = '';
    socket.on('data', (c) => (answer += c));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

/** A request sent with its target as written (an absolute-form target), as a proxy would send it. */
function raw(
  method: string,
  target: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port, host } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path: target, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('an absolute-form target naming this host is read as its path and query (H19-7)', () => {
  it('a query that is not UTF-8 is the same 400 as in origin form', async () => {
    const origin = await raw('GET', '/v1/search?q=%FF');
    const absolute = await raw('GET', `${t.url}/v1/search?q=%FF`);
    expect(origin.status).toBe(400);
    expect(absolute.status, absolute.body).toBe(400);
    expect(JSON.parse(absolute.body).errors).toEqual(JSON.parse(origin.body).errors);
  });
  it('OPTIONS answers with the path’s methods, and a read is the same read', async () => {
    const options = await raw('OPTIONS', `${t.url}/v1/faqs`);
    expect(options.status, options.body).toBe(204);
    expect(options.headers.allow).toBe((await raw('OPTIONS', '/v1/faqs')).headers.allow);
    const read = await raw('GET', `${t.url}/v1/faqs?limit=2`);
    expect(JSON.parse(read.body).links.self).toBe('/v1/faqs?limit=2');
  });
  it('also without Host (HTTP/1.0), and OPTIONS of the server itself is OPTIONS * (hostile 19b H19b-4, H19b-5)', async () => {
    const bad = await http10(`GET ${t.url}/v1/search?q=%FF`);
    expect(bad, bad).toMatch(/^HTTP\/1\.[01] 400/);
    expect(bad).toContain('not UTF-8');
    expect(await http10(`GET ${t.url}/v1/faqs?limit=1`)).toMatch(/^HTTP\/1\.[01] 200/);
    const star = await raw('OPTIONS', '*');
    const server = await raw('OPTIONS', t.url);
    expect(server.status, server.body).toBe(star.status);
    expect(server.headers.allow).toBe(star.headers.allow);
    // With a query it is of "/?x=1" (review 37b R37b-7); credentials in the target are not read (R37b-8).
    expect((await raw('OPTIONS', `${t.url}?x=1`)).status).toBe((await raw('OPTIONS', '/?x=1')).status);
    const { host } = new URL(t.url);
    expect(await http10(`GET http://user:pw@${host}/v1/faqs`)).not.toMatch(/^HTTP\/1\.[01] 200/);
  });
  it('a target naming another host is still refused', async () => {
    expect((await raw('GET', 'http://elsewhere.example/v1/faqs')).status).toBe(400);
  });
});

describe('the built-in cursor key is public: a warning says so at start-up (H19-6)', () => {
  it('is logged when CURSOR_SECRET is unset or the built-in key, and not when it is set', async () => {
    for (const [overrides, warned] of [
      [{}, true],
      [{ CURSOR_SECRET: 'katalog-default-cursor-secret-v1' }, true],
      [{ CURSOR_SECRET: 'a-long-random-secret-of-this-deployment' }, false],
    ] as const) {
      const lines: string[] = [];
      const app = await startApp({ LOG_LEVEL: 'warn', ...overrides } as never, undefined, {
        write: (line) => lines.push(line),
      });
      await app.close();
      expect(
        lines.some((l) => l.includes('CURSOR_SECRET is the built-in key')),
        JSON.stringify(overrides),
      ).toBe(warned);
    }
  });
});

describe('QUERY, which no route takes, is the 405 or 404 of any other such method (H19-1)', () => {
  it('without a Content-Type: 405 with Allow on a path, 404 elsewhere', async () => {
    // A Node whose parser does not know QUERY answers 501, as for any method it does not know.
    const known = METHODS.includes('QUERY');
    const onPath = await raw('QUERY', '/v1/faqs');
    expect(onPath.status, onPath.body).toBe(known ? 405 : 501);
    if (known) expect(onPath.headers.allow).toBe((await raw('OPTIONS', '/v1/faqs')).headers.allow);
    expect((await raw('QUERY', '/v1/nope')).status).toBe(known ? 404 : 501);
  });
});

describe('a read-only node allows what it answers: one Allow per path, for a 405, OPTIONS and a preflight (H19-5)', () => {
  it('records: GET, HEAD, OPTIONS; webhooks and restore: OPTIONS only', async () => {
    const replica = await startApp({ READ_ONLY: 'true', CORS_ORIGINS: 'https://app.example' } as never, t.db);
    try {
      const id = (await replica.http.get('/v1/faqs?limit=1&fields=id').expect(200)).body.data[0].id as string;
      for (const [path, allow] of [
        [`/v1/faqs/${id}`, 'GET, HEAD, OPTIONS'],
        ['/v1/faqs', 'GET, HEAD, OPTIONS'],
        [`/v1/faqs/${id}/restore`, 'OPTIONS'],
        ['/v1/webhooks', 'OPTIONS'],
      ] as const) {
        const options = await replica.http.options(path).expect(204);
        expect(options.headers.allow, path).toBe(allow);
        const write = await replica.http.delete(path);
        expect(write.status, path).toBe(405);
        expect(write.headers.allow, path).toBe(allow);
        const preflight = await replica.http
          .options(path)
          .set({ origin: 'https://app.example', 'access-control-request-method': 'DELETE' });
        expect(preflight.headers['access-control-allow-methods'] ?? '', path).not.toContain('DELETE');
      }
    } finally {
      await replica.app.close();
    }
  });
});

describe('a path written with slashes no route takes is not found, never a 405 allowing its own method (hostile 19b H19b-3)', () => {
  it.each(['/healthz//', '/v1/search//', '/docs/json//'])('GET %s', async (path) => {
    const res = await t.http.get(path);
    expect(res.status, res.text).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
