/**
 * The second hostile pass (docs: /work/hostile-2.md in the session): what the first pass
 * (hostile.test.ts, security-*.test.ts) did not cover. One describe per class of hole.
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { COLLECTIONS, citedFaq, startApp, type TestApp } from './helpers.js';
import { expectProblem as expectRawProblem, raw } from './raw-http.js';

let t: TestApp;
let key: string;
let hooksKey: string;
beforeAll(async () => {
  t = await startApp();
  key = createKey(t.db, 'hostile2-writer', 'write').key;
  hooksKey = createKey(t.db, 'hostile2-hooks', 'webhooks').key;
});
afterAll(() => t.close());

const auth = () => ({ authorization: `Bearer ${key}` });
const etagOf = async (url: string) => (await t.http.get(url).expect(200)).headers.etag as string;
const stored = async (url: string) => (await t.http.get(url).expect(200)).body.data;
const errorNames = (res: Pick<Res, 'body'>) => (res.body.errors ?? []).map((e) => e.name);

interface Res {
  status: number;
  headers: Record<string, string>;
  text: string;
  body: { detail?: string; errors?: { name: string }[]; data?: Record<string, unknown> };
}

/** A request whose body is sent as these bytes (supertest would serialize a Buffer as JSON). */
async function bytes(
  method: string,
  path: string,
  headers: Record<string, string>,
  body: Uint8Array | string,
): Promise<Res> {
  // A stalled request (what this file first caught) fails here instead of hanging the run.
  const res = await fetch(`${t.url}${path}`, {
    method,
    headers,
    body: typeof body === 'string' ? body : Uint8Array.from(body),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: Object.fromEntries(res.headers),
    text,
    body: text.startsWith('{') ? JSON.parse(text) : {},
  };
}

function expectProblem(res: { status: number; headers: Record<string, string>; text: string }, status: number) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
}

const ENCODINGS = {
  gzip: (b: Buffer) => gzipSync(b),
  deflate: (b: Buffer) => deflateSync(b),
  br: (b: Buffer) => brotliCompressSync(b),
} as const;

describe('a compressed request body is inflated once, on every write route (hook lists are per route)', () => {
  // The five write routes of a collection shared one preParsing list, and each route's onRoute added
  // @fastify/compress's inflater to it: every write inflated its body five times and never answered.
  it.each(COLLECTIONS)('POST /v1/%s with a gzip, deflate or br body is read like a plain one', async (collection) => {
    for (const [encoding, compress] of Object.entries(ENCODINGS)) {
      const res = await bytes(
        'POST',
        `/v1/${collection}`,
        { ...auth(), 'content-type': 'application/json', 'content-encoding': encoding },
        compress(Buffer.from('{}')),
      );
      expectProblem(res, 422);
      // The schema's own answer to `{}` (422, hostile H13-3): the body was read, once.
      expect(errorNames(res), encoding).toContain('id');
    }
  });

  it('a content coding is named in any case, x-gzip is gzip and identity is none (hostile 13, H13-13)', async () => {
    for (const [header, body] of [
      ['GZIP', gzipSync(Buffer.from('{}'))],
      ['x-gzip', gzipSync(Buffer.from('{}'))],
      ['gzip, identity', gzipSync(Buffer.from('{}'))],
      ['Deflate', deflateSync(Buffer.from('{}'))],
      ['identity', Buffer.from('{}')],
    ] as const) {
      const res = await bytes(
        'POST',
        '/v1/faqs',
        { ...auth(), 'content-type': 'application/json', 'content-encoding': header },
        body,
      );
      // The schema's own answer to `{}`: the body was read.
      expect(res.status, `${header}: ${res.text}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${header}: ${res.text}`).not.toBe(415);
      expect(errorNames(res), header).toContain('id');
    }
    const unknown = await bytes(
      'POST',
      '/v1/faqs',
      { ...auth(), 'content-type': 'application/json', 'content-encoding': 'zstd' },
      Buffer.from('{}'),
    );
    expectProblem(unknown, 415);
  });

  it('PUT, PATCH and POST with compressed bodies store what was sent; a body that does not inflate is a 400', async () => {
    const id = 'hostile2-gzip-faq';
    const post = await bytes(
      'POST',
      '/v1/faqs',
      { ...auth(), 'content-type': 'application/json', 'content-encoding': 'gzip' },
      gzipSync(Buffer.from(JSON.stringify(citedFaq(id)))),
    );
    expect(post.status, post.text).toBe(201);
    const url = `/v1/faqs/${id}`;
    const put = await bytes(
      'PUT',
      url,
      { ...auth(), 'if-match': await etagOf(url), 'content-type': 'application/json', 'content-encoding': 'br' },
      brotliCompressSync(Buffer.from(JSON.stringify(citedFaq(id, { position: 98 })))),
    );
    expect(put.status, put.text).toBe(200);
    const patch = await bytes(
      'PATCH',
      url,
      {
        ...auth(),
        'if-match': await etagOf(url),
        'content-type': 'application/merge-patch+json',
        'content-encoding': 'deflate',
      },
      deflateSync(Buffer.from('{"position":97}')),
    );
    expect(patch.status, patch.text).toBe(200);
    expect((await stored(url)).position).toBe(97);
    for (const encoding of Object.keys(ENCODINGS)) {
      const bad = await bytes(
        'PATCH',
        url,
        {
          ...auth(),
          'if-match': await etagOf(url),
          'content-type': 'application/merge-patch+json',
          'content-encoding': encoding,
        },
        '{"position":1}',
      );
      expectProblem(bad, 400);
    }
    expect((await stored(url)).position).toBe(97);
  });

  it('a webhook registration with a gzip body is read too', async () => {
    const res = await bytes(
      'POST',
      '/v1/webhooks',
      { authorization: `Bearer ${hooksKey}`, 'content-type': 'application/json', 'content-encoding': 'gzip' },
      gzipSync(Buffer.from('{}')),
    );
    expectProblem(res, 422);
    expect(errorNames(res)).toContain('url');
  });

  it('no route runs a plugin hook twice: every route has hook lists of its own', () => {
    const tree = t.app.printRoutes({ includeHooks: true, commonPrefix: false });
    for (const line of tree.split('\n')) {
      const hooks = line.match(/\((\w+)\) (\[.*\])$/);
      if (!hooks) continue;
      const names = JSON.parse(hooks[2] as string) as string[];
      // @fastify/compress's inflater is the function named preParsing: at most one per route.
      expect(names.filter((n) => n === 'preParsing()').length, line).toBeLessThanOrEqual(1);
    }
  });
});

describe('JSON bodies are UTF-8, decoded strictly', () => {
  const faq = seedData.faqs[3]?.id as string;
  const url = `/v1/faqs/${faq}`;

  it('bytes that are not UTF-8 are a 400 on POST, PUT and PATCH, and nothing is stored (never U+FFFD)', async () => {
    const before = await stored(url);
    const invalid = (json: string) => Buffer.from(json.replace('@', '\u0000'), 'utf8').map((b) => (b === 0 ? 0xff : b));
    const bodies = [
      () =>
        bytes(
          'POST',
          '/v1/faqs',
          { ...auth(), 'content-type': 'application/json' },
          invalid(JSON.stringify(citedFaq('hostile2-latin', { question: 'Caf@?' }))),
        ),
      async () =>
        bytes(
          'PUT',
          url,
          { ...auth(), 'if-match': await etagOf(url), 'content-type': 'application/json' },
          invalid(JSON.stringify({ ...citedFaq(faq), question: 'Caf@?' })),
        ),
      async () =>
        bytes(
          'PATCH',
          url,
          { ...auth(), 'if-match': await etagOf(url), 'content-type': 'application/merge-patch+json' },
          invalid('{"question":"Caf@?"}'),
        ),
    ];
    for (const send of bodies) {
      const res = await send();
      expectProblem(res, 400);
      expect(errorNames(res)).toEqual(['(body)']);
      expect(res.body.detail).toMatch(/UTF-8/);
    }
    await t.http.get('/v1/faqs/hostile2-latin').expect(404);
    expect(await stored(url)).toEqual(before);
  });

  it('a charset other than UTF-8 is a 415 naming the header; utf-8 in any spelling is taken', async () => {
    const before = await stored(url);
    for (const charset of ['latin1', 'ISO-8859-1', 'utf-16', '"windows-1252"']) {
      const res = await bytes(
        'PATCH',
        url,
        {
          ...auth(),
          'if-match': await etagOf(url),
          'content-type': `application/merge-patch+json; charset=${charset}`,
        },
        Buffer.from('{"position":5}'),
      );
      expectProblem(res, 415);
      expect(errorNames(res)).toEqual(['content-type']);
    }
    expect(await stored(url)).toEqual(before);
    for (const charset of ['utf-8', 'UTF-8', '"utf-8"']) {
      const res = await bytes(
        'PATCH',
        url,
        {
          ...auth(),
          'if-match': await etagOf(url),
          'content-type': `application/merge-patch+json; charset=${charset}`,
        },
        Buffer.from('{"question":"Café?"}'),
      );
      expect(res.status, res.text).toBe(200);
      expect(res.body.data?.question).toBe('Café?');
    }
  });
});

describe('CONNECT, which Node answers before Fastify, is a problem too', () => {
  it.each([
    ['an authority', 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'],
    ['a path', 'CONNECT /v1/programs HTTP/1.1\r\nHost: a\r\n\r\n'],
  ])('CONNECT to %s: a 405 problem on the socket, which then closes', async (_what, bytes) => {
    const res = await raw(t, bytes);
    expectRawProblem(res, 405);
    expect(res.headers.connection).toBe('close');
    expect(JSON.parse(res.body).detail).toMatch(/CONNECT/);
  });
});

describe('a list that negotiates an export takes the export parameters, as /v1/<collection>.csv does', () => {
  it.each(COLLECTIONS)('/v1/%s with Accept: text/csv or application/x-ndjson', async (collection) => {
    for (const accept of ['text/csv', 'application/x-ndjson']) {
      // A page's own parameters would be dropped (every record, every field, a forged cursor taken):
      // each is a 400 naming it, like the same parameter on the .csv and .ndjson routes.
      for (const query of ['limit=1', 'cursor=forged', 'fields=id', 'limit=1&fields=id']) {
        const res = await t.http.get(`/v1/${collection}?${query}`).set('accept', accept);
        expectProblem(res, 400);
        const names = query.split('&').map((p) => p.split('=')[0]);
        expect(errorNames(res).sort()).toEqual(names.sort());
        const ext = accept === 'text/csv' ? 'csv' : 'ndjson';
        expectProblem(await t.http.get(`/v1/${collection}.${ext}?${query}`), 400);
      }
      // The export's own parameters still stream.
      const ok = await t.http.get(`/v1/${collection}?sort=-id&q=group`).set('accept', accept);
      expect(ok.status, ok.text).toBe(200);
      expect(ok.headers['content-type']).toMatch(accept);
    }
    // JSON is unchanged.
    await t.http.get(`/v1/${collection}?limit=1&fields=id`).expect(200);
  });
});

describe('a route that takes no body is not refused for a Content-Type with an empty body', () => {
  it('DELETE and restore with Content-Type: application/json and nothing after it; a POST still needs its body', async () => {
    const id = 'hostile2-bodyless';
    await t.http.post('/v1/faqs').set(auth()).send(citedFaq(id)).expect(201);
    const url = `/v1/faqs/${id}`;
    for (const type of ['application/json', 'application/merge-patch+json']) {
      const del = await bytes('DELETE', url, { ...auth(), 'if-match': await etagOf(url), 'content-type': type }, '');
      expect(del.status, del.text).toBe(204);
      await t.http.get(url).expect(404);
      const restore = await bytes('POST', `${url}/restore`, { ...auth(), 'content-type': type }, '');
      expect(restore.status, restore.text).toBe(200);
      await t.http.get(url).expect(200);
    }
    const post = await bytes('POST', '/v1/faqs', { ...auth(), 'content-type': 'application/json' }, '');
    expectProblem(post, 400);
    expect(post.body.detail).toMatch(/empty/);
  });
});
