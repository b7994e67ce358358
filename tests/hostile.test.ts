/** Hostile query strings on every collection get a 400 problem naming the parameter, never a 500. */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { CursorError, decodeCursor } from '../src/query/cursor.js';
import { COLLECTIONS, citedFaq, pathsPerCollection, startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

const NASTY = [
  "'; DROP TABLE programs; --",
  '" OR 1=1 --',
  'NEAR(a b)',
  'a* OR b AND NOT c',
  '((unbalanced',
  '"',
  '*',
  '^start',
  '😀🔥',
  'col:value',
  '\u0000',
  'x'.repeat(5000),
];

describe.each(COLLECTIONS)('/v1/%s under hostile input', (collection) => {
  it.each([
    ['sort', 'name;drop table x'],
    ['sort', '-'],
    ['fields', 'id,secret'],
    ['include', '../../etc/passwd'],
    ['limit', '1e400'],
    ['limit', '-1'],
    ['limit', 'NaN'],
    ['cursor', 'eyJ0YW1wZXJlZCI6dHJ1ZX0.abc'],
    ['updated_since', '2026-13-45T99:99:99Z'],
    ['no_such_param', 'x'],
  ])('%s=%s is a 400 naming the parameter', async (name, value) => {
    const res = await t.http.get(`/v1/${collection}`).query({ [name]: value });
    expect(res.status, res.text).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const names = (res.body.errors ?? []).map((e: { name: string }) => e.name).join(' ');
    expect(names).toContain(name);
  });

  it('treats any q as text: never a 500', async () => {
    for (const q of NASTY) {
      const res = await t.http.get(`/v1/${collection}`).query({ q });
      expect([200, 400], `${q}: ${res.text.slice(0, 200)}`).toContain(res.status);
    }
  });
});

describe('search', () => {
  it('finds "sublingual" across collections, titles first, with snippets and links', async () => {
    const res = await t.http.get('/v1/search?q=sublingual').expect(200);
    expect(res.body.meta.total).toBeGreaterThan(1);
    // Records whose title has the word come first (score 1): the route named "Sublingual" and the
    // Tsang study and its source titled "…Intramuscular and Sublingual Ketamine…".
    const top = res.body.data.slice(0, 3);
    expect(top).toContainEqual(
      expect.objectContaining({ collection: 'dosing-routes', id: 'sublingual', href: '/v1/dosing-routes/sublingual' }),
    );
    for (const h of top) {
      expect(h.title).toContain('<mark>');
      expect(h.score).toBe(1);
    }
    const first = res.body.data[0];
    // The match is marked where it is: in the title, the snippet, or both.
    expect(`${first.title} ${first.snippet}`).toContain('<mark>');
    const scores = res.body.data.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    await t.http.get(first.href).expect(200);
  });

  it('matches word prefixes and filters by collection', async () => {
    const res = await t.http.get('/v1/search?q=sublin&collection=dosing-routes').expect(200);
    expect(res.body.data[0].id).toBe('sublingual');
    for (const h of res.body.data) expect(h.collection).toBe('dosing-routes');
  });

  it('q on a list endpoint narrows it to matching records', async () => {
    const res = await t.http.get('/v1/programs?q=Nanaimo').expect(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    for (const p of res.body.data) expect(JSON.stringify(p)).toMatch(/nanaimo/i);
  });

  it('any string is safe (property-based)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }), async (q) => {
        const res = await t.http.get('/v1/search').query({ q });
        expect([200, 400], res.text.slice(0, 200)).toContain(res.status);
      }),
      { numRuns: 200 },
    );
    for (const q of NASTY) {
      const res = await t.http.get('/v1/search').query({ q });
      expect([200, 400]).toContain(res.status);
    }
  });

  it('the index follows the data: triggers index inserts and forget deletes', async () => {
    t.db.$client
      .prepare(
        "update faqs set question = 'Zyzzyva unique question' where id = 'can-i-drive-home-after-a-group-session'",
      )
      .run();
    const found = await t.http.get('/v1/search?q=zyzzyva').expect(200);
    expect(found.body.data.map((h: { id: string }) => h.id)).toEqual(['can-i-drive-home-after-a-group-session']);
    t.db.$client
      .prepare(
        "update faqs set deleted_at = '2026-11-23T00:00:00.000Z' where id = 'can-i-drive-home-after-a-group-session'",
      )
      .run();
    expect((await t.http.get('/v1/search?q=zyzzyva').expect(200)).body.meta.total).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Holes a hostile client found (session 6), each tested for its whole class.
// ---------------------------------------------------------------------------------------------

type SpecParam = { name: string; in: string; schema?: { type?: string | string[] } };
const spec = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { parameters?: (SpecParam | { $ref: string })[] }>>;
  components: { parameters: Record<string, SpecParam> };
};
const param = (p: SpecParam | { $ref: string }): SpecParam =>
  '$ref' in p ? (spec.components.parameters[p.$ref.split('/').pop() as string] as SpecParam) : p;
/** A real URL for a GET path of the spec (an id of the collection, the CSV export), or undefined for keyed routes. */
function concrete(path: string): string | undefined {
  if (path.startsWith('/v1/webhooks') || path === '/healthz' || path === '/readyz') return undefined;
  const collection = /^\/v1\/([a-z-]+)[/.]/.exec(path)?.[1];
  const first = collection
    ? (seedData as unknown as Record<string, { id: string }[]>)[collection.replaceAll('-', '_')]?.[0]?.id
    : undefined;
  if (path === '/v1/search') return '/v1/search?q=group';
  return path.replace('{id}', first ?? 'x').replace('{extension}', 'csv');
}
const GETS = Object.entries(pathsPerCollection(spec))
  .filter(([, ops]) => ops.get)
  .map(([path, ops]) => ({ path, url: concrete(path), params: (ops.get?.parameters ?? []).map(param) }))
  .filter((g): g is { path: string; url: string; params: SpecParam[] } => g.url !== undefined);
const NUMERIC = GETS.flatMap(({ path, url, params }) =>
  params
    .filter((p) => p.in === 'query' && ['integer', 'number'].includes(String(p.schema?.type)))
    .map((p) => [path, p.name, url] as const),
);

const expectProblem = (res: { status: number; headers: Record<string, string> }, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
};
const errorNames = (res: { body: { errors?: { name: string }[] } }) => (res.body.errors ?? []).map((e) => e.name);

describe('numbers in the query are plain decimals, on every GET route', () => {
  it('covers every numeric query parameter of the spec', () => {
    expect(NUMERIC.length).toBeGreaterThan(20);
  });
  it.each(NUMERIC)('%s ?%s: hex, blanks, exponents, signs and Infinity are a 400 naming it', async (_p, name, url) => {
    for (const value of ['0x10', ' 7', '7 ', '\t7', '1e1', '+5', 'Infinity', '0b11', '1_000']) {
      const res = await t.http.get(url).query({ [name]: value });
      expectProblem(res, 400);
      expect(errorNames(res), `${name}=${JSON.stringify(value)}`).toContain(name);
    }
  });
  it.each(NUMERIC)('%s ?%s given twice: a 400 saying so', async (_p, name, url) => {
    const res = await t.http.get(`${url}${url.includes('?') ? '&' : '?'}${name}=5&${name}=6`);
    expectProblem(res, 400);
    expect(errorNames(res)).toContain(name);
    expect(res.body.detail).toMatch(/more than once/);
  });
  it('plain decimals still work', async () => {
    expect((await t.http.get('/v1/programs?limit=05&fields=id').expect(200)).body.meta.limit).toBe(5);
    await t.http
      .get('/v1/prices?currency=USD&unit=per_session&amount_min_gte=-0.5&amount_min_lte=3000.25&fields=id')
      .expect(200);
  });
});

describe('every GET route refuses parameters it does not take', () => {
  it.each(GETS.map((g) => [g.path, g.url] as const))('%s?bogus=1 is a 400 naming it', async (_p, url) => {
    const res = await t.http.get(url).query({ bogus: '1' });
    expectProblem(res, 400);
    expect(errorNames(res)).toContain('bogus');
  });
});

describe('sort names each field once', () => {
  it.each(COLLECTIONS)('/v1/%s?sort=id,-id is a 400 naming sort', async (collection) => {
    for (const sort of ['id,-id', 'id,id']) {
      const res = await t.http.get(`/v1/${collection}`).query({ sort });
      expectProblem(res, 400);
      expect(errorNames(res)).toContain('sort');
    }
  });
});

describe('writes: bodies are taken exactly or refused', () => {
  let key: string;
  let whKey: string;
  beforeAll(() => {
    key = createKey(t.db, 'hostile-writer', 'write').key;
    whKey = createKey(t.db, 'hostile-hooks', 'webhooks').key;
  });
  const auth = () => ({ authorization: `Bearer ${key}` });
  const first = (collection: string) =>
    structuredClone(
      (seedData as unknown as Record<string, Record<string, unknown>[]>)[collection.replaceAll('-', '_')]?.[0],
    ) as Record<string, unknown>;
  const etagOf = async (url: string) => (await t.http.get(url).expect(200)).headers.etag as string;
  const stored = async (url: string) => (await t.http.get(url).expect(200)).body.data;

  it.each(COLLECTIONS)(
    '%s: a list that holds an item twice (a citation, a related record) is a 422 naming it, nothing stored (hostile 13, H13-10)',
    async (collection) => {
      const record = first(collection);
      const citations = record.citations as object[];
      // A key of its own: the writes of this block share one write budget per key.
      const own = { authorization: `Bearer ${createKey(t.db, `hostile-dup-${collection}`, 'write').key}` };
      const res = await t.http
        .post(`/v1/${collection}`)
        .set(own)
        .send({ ...record, id: `hostile-dup-${collection}`, citations: [...citations, citations[0]] });
      expectProblem(res, 422);
      expect(errorNames(res).join(' ')).toMatch(/citations/);
      expect(JSON.stringify(res.body.errors)).toContain(`repeats item 1 of the list`);
      await t.http.get(`/v1/${collection}/hostile-dup-${collection}`).expect(404);
    },
  );

  it('a webhook naming a collection or an action twice is a 422 (hostile 13, H13-10)', async () => {
    for (const body of [
      { url: 'https://8.8.8.8/h', collections: ['faqs', 'faqs'] },
      { url: 'https://8.8.8.8/h', actions: ['created', 'created'] },
    ]) {
      const res = await t.http
        .post('/v1/webhooks')
        .set({ authorization: `Bearer ${whKey}` })
        .send(body);
      expectProblem(res, 422);
    }
  });

  it.each(COLLECTIONS)(
    '%s: a member the schema does not know is a 400 naming it, on POST, PUT and PATCH',
    async (collection) => {
      const record = first(collection);
      const url = `/v1/${collection}/${record.id}`;
      const before = await stored(url);
      const { id: _id, ...body } = record;
      const post = await t.http
        .post(`/v1/${collection}`)
        .set(auth())
        .send({ ...record, id: `hostile-${collection}`, naem: 'typo' });
      expectProblem(post, 400);
      expect(errorNames(post)).toContain('naem');
      await t.http.get(`/v1/${collection}/hostile-${collection}`).expect(404);
      const nested = await t.http
        .post(`/v1/${collection}`)
        .set(auth())
        .send({
          ...record,
          id: `hostile-${collection}`,
          // Every citation kept (a condition's role statements quote them: a rule across fields would answer first).
          citations: (record.citations as object[]).map((c, i) => (i === 0 ? { ...c, pgae: 3 } : c)),
        });
      expectProblem(nested, 400);
      expect(errorNames(nested)).toContain('citations[0].pgae');
      const put = await t.http
        .put(url)
        .set(auth())
        .set('if-match', await etagOf(url))
        .send({ ...body, naem: 'typo' });
      expectProblem(put, 400);
      expect(errorNames(put)).toContain('naem');
      const patch = await t.http
        .patch(url)
        .set(auth())
        .set('if-match', await etagOf(url))
        .set('content-type', 'application/merge-patch+json')
        .send(JSON.stringify({ naem: 'typo' }));
      expectProblem(patch, 400);
      expect(errorNames(patch)).toContain('naem');
      // A removal (null) of a member the record does not have, at the top or inside an object it has (hostile H-2):
      // the merge would drop it without a word.
      const nestedObject = Object.entries(record).find(([, v]) => v && typeof v === 'object' && !Array.isArray(v))?.[0];
      const removals = [{ naem: null }, ...(nestedObject ? [{ [nestedObject]: { naem: null } }] : [])];
      for (const removal of removals) {
        const res = await t.http
          .patch(url)
          .set(auth())
          .set('if-match', await etagOf(url))
          .set('content-type', 'application/merge-patch+json')
          .send(JSON.stringify(removal));
        expectProblem(res, 400);
        expect(errorNames(res).join(' ')).toMatch(/naem/);
      }
      expect(await stored(url)).toEqual(before);
    },
  );

  it('the members the server sets (version, created_at, updated_at) and the same id may be sent back, and are ignored', async () => {
    const url = `/v1/faqs/${seedData.faqs[1]?.id}`;
    const current = await stored(url);
    const res = await t.http
      .put(url)
      .set(auth())
      .set('if-match', await etagOf(url))
      .send({ ...current, position: 41 });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.version).toBe(current.version + 1);
    const other = await t.http
      .put(url)
      .set(auth())
      .set('if-match', await etagOf(url))
      .send({ ...current, id: 'another-id' });
    expectProblem(other, 400);
    expect(errorNames(other)).toContain('id');
  });

  it('a blank text (whitespace only) is a 422 like an empty one, at any depth, on POST and PATCH (hostile H-10)', async () => {
    const url = `/v1/faqs/${seedData.faqs[1]?.id}`;
    const before = await stored(url);
    // A key of its own: three writes per text would spend the block's shared write budget.
    const own = () => ({ authorization: `Bearer ${blankKey}` });
    const blankKey = createKey(t.db, 'hostile-blank', 'write').key;
    // And the characters that show nothing (hostile 13, H13-7): Hangul fillers, soft hyphen, the Mongolian vowel
    // separator, the blank braille pattern, a combining grapheme joiner, an invisible operator, a tag character.
    for (const blank of [
      ' ',
      '\t\n ',
      '\u00a0',
      '\u200b',
      ' \ufeff ',
      '\u3164',
      '\u115f\u1160\uffa0',
      '\u00ad',
      '\u180e',
      '\u2800',
      '\u034f\u17b4',
      '\u2061',
      '\u{e0020}',
    ]) {
      const post = await t.http
        .post('/v1/faqs')
        .set(own())
        .send({ ...citedFaq('hostile-blank'), question: blank });
      expectProblem(post, 422);
      expect(errorNames(post)).toContain('question');
      const cited = citedFaq('hostile-blank').citations.map((c) => ({ ...c, section: blank }));
      const nested = await t.http
        .post('/v1/faqs')
        .set(own())
        .send({ ...citedFaq('hostile-blank'), citations: cited });
      expectProblem(nested, 422);
      expect(errorNames(nested).join(' ')).toMatch(/citations/);
      const patch = await t.http
        .patch(url)
        .set(own())
        .set('if-match', await etagOf(url))
        .set('content-type', 'application/merge-patch+json')
        .send(JSON.stringify({ answer: blank }));
      expectProblem(patch, 422);
    }
    await t.http.get('/v1/faqs/hostile-blank').expect(404);
    expect(await stored(url)).toEqual(before);
  });

  it('text that is not well-formed Unicode (a lone surrogate) is a 422, on POST and PATCH, and nothing is stored', async () => {
    const faq = citedFaq('hostile-surrogate');
    const raw = JSON.stringify({ ...faq, question: 'Drive QQQ home?' }).replace('QQQ', '\\ud800');
    const post = await t.http.post('/v1/faqs').set(auth()).set('content-type', 'application/json').send(raw);
    expectProblem(post, 422);
    expect(errorNames(post)).toContain('question');
    await t.http.get('/v1/faqs/hostile-surrogate').expect(404);
    const url = '/v1/programs/roots-to-thrive-group';
    const before = await stored(url);
    for (const member of [
      '"name":"A \\udfff b"',
      '"citations":[{"source_id":"group-ketamine-therapy-canada","section":"x","excerpt":"\\ud83d"}]',
    ]) {
      const patch = await t.http
        .patch(url)
        .set(auth())
        .set('if-match', await etagOf(url))
        .set('content-type', 'application/merge-patch+json')
        .send(`{${member}}`);
      expectProblem(patch, 422);
    }
    expect(await stored(url)).toEqual(before);
    // A whole pair is a character like any other.
    const ok = JSON.stringify({ ...faq, question: 'Drive QQQ home?' }).replace('QQQ', '\\ud83d\\ude00');
    const created = await t.http.post('/v1/faqs').set(auth()).set('content-type', 'application/json').send(ok);
    expect(created.status, created.text).toBe(201);
    expect((await stored('/v1/faqs/hostile-surrogate')).question).toBe('Drive 😀 home?');
  });

  it('an id whose item URL is another route (/v1/format-fit/check) is refused, for every such route', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body as { paths: Record<string, unknown> };
    const taken = Object.keys(spec.paths).flatMap((p) => {
      const m = /^\/v1\/([a-z-]+)\/([a-z0-9-]+)$/.exec(p);
      return m && COLLECTIONS.includes(m[1] as string) ? [[m[1] as string, m[2] as string] as const] : [];
    });
    expect(taken).toContainEqual(['format-fit', 'check']);
    for (const [collection, id] of taken) {
      const res = await t.http
        .post(`/v1/${collection}`)
        .set(auth())
        .send({ ...first(collection), id });
      expectProblem(res, 422);
      expect(errorNames(res)).toEqual(['id']);
      const read = await t.http.get(`/v1/${collection}/${id}`);
      expect(read.status, `${collection}/${id}`).not.toBe(200);
    }
  });

  it('a body that is not JSON (text/plain, a form) is a 415 on every write route', async () => {
    const url = `/v1/faqs/${seedData.faqs[1]?.id}`;
    const sends = [
      () => t.http.post('/v1/faqs').set(auth()),
      () => t.http.put(url).set(auth()).set('if-match', '*'),
      () => t.http.patch(url).set(auth()).set('if-match', '*'),
      () => t.http.post('/v1/webhooks').set({ authorization: `Bearer ${whKey}` }),
    ];
    for (const send of sends)
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/html']) {
        const res = await send().set('content-type', type).send('{}');
        expectProblem(res, 415);
      }
  });
});

describe('webhook registration takes its text exactly too', () => {
  let whKey: string;
  beforeAll(() => {
    whKey = createKey(t.db, 'hostile-hooks-2', 'webhooks').key;
  });
  it('a URL or description with a lone surrogate or a control character is refused, and nothing is registered', async () => {
    for (const body of [
      '{"url":"https://1.1.1.1/\\ud800"}',
      '{"url":"https://1.1.1.1/\\u0000"}',
      '{"url":"https://1.1.1.1/h","description":"\\udc00"}',
      // C1 controls are control characters too (hostile 16 H16-10).
      '{"url":"https://1.1.1.1/\\u0085"}',
      '{"url":"https://1.1.1.1/h","description":"a\\u009bb"}',
    ]) {
      const res = await t.http
        .post('/v1/webhooks')
        .set({ authorization: `Bearer ${whKey}`, 'content-type': 'application/json' })
        .send(body);
      expect(res.status, `${body}: ${res.text}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const list = await t.http
      .get('/v1/webhooks')
      .set({ authorization: `Bearer ${whKey}` })
      .expect(200);
    expect(list.body.data).toEqual([]);
  });
  it('an unknown member of a body is called a field, not a parameter', async () => {
    const res = await t.http
      .post('/v1/webhooks')
      .set({ authorization: `Bearer ${whKey}` })
      .send({ url: 'https://1.1.1.1/h', colections: ['programs'] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ name: 'colections', in: 'body', detail: expect.stringMatching(/^unknown field/) }),
    ]);
  });
});

describe('a query whose percent-encoding does not decode is a 400 naming the parameter, on every GET route', () => {
  it.each(GETS.map((g) => [g.path, g.url] as const))('%s', async (_p, url) => {
    for (const bad of ['%FF', '%E0%A4%A', '%ED%A0%80', 'a%2', '%C0%AF']) {
      const res = await t.http.get(`${url}${url.includes('?') ? '&' : '?'}q2=${bad}`);
      expectProblem(res, 400);
      expect(errorNames(res)).toContain('q2');
    }
  });
  it('on a parameter the route takes, too, and its name when it is the name that does not decode', async () => {
    const bad = await t.http.get('/v1/programs?q=%FF');
    expectProblem(bad, 400);
    expect(errorNames(bad)).toEqual(['q']);
    expect(bad.body.errors[0].detail).toMatch(/percent-encoding/);
    const name = await t.http.get('/v1/programs?%FF=1');
    expectProblem(name, 400);
    // Valid encodings of any character still work.
    await t.http.get('/v1/programs?q=%E2%82%AC%20na%C3%AFve+x&fields=id').expect(200);
  });
});

describe('JSON bodies that do not parse, or try to poison prototypes, say which', () => {
  let key: string;
  beforeAll(() => {
    key = createKey(t.db, 'hostile-json', 'write').key;
  });
  it.each([
    ['{"__proto__":{"position":1}}', '__proto__'],
    ['{"citations":[{"__proto__":{}}]}', 'citations[0].__proto__'],
    ['{"constructor":{"prototype":{"x":1}}}', 'constructor.prototype'],
  ])('%s is a 400 naming %s, on POST and PATCH', async (body, name) => {
    const url = `/v1/faqs/${seedData.faqs[2]?.id}`;
    for (const send of [
      () => t.http.post('/v1/faqs').set('content-type', 'application/json'),
      () => t.http.patch(url).set('if-match', '*').set('content-type', 'application/merge-patch+json'),
    ]) {
      const res = await send()
        .set({ authorization: `Bearer ${key}` })
        .send(body);
      expectProblem(res, 400);
      expect(errorNames(res)).toEqual([name]);
      expect(res.body.detail).not.toMatch(/not valid JSON/);
    }
  });
  it('invalid JSON says why', async () => {
    const res = await t.http
      .post('/v1/faqs')
      .set({ authorization: `Bearer ${key}`, 'content-type': 'application/json' })
      .send('{"a":');
    expectProblem(res, 400);
    expect(res.body.detail).toMatch(/^The body is not valid JSON: .+/);
  });
});

describe('the per-address rate limit counts every request, not only those of read routes', () => {
  it.each([
    ['an unknown path', (h: TestApp['http']) => h.get('/v1/no-such-thing')],
    ['a method the path does not take', (h: TestApp['http']) => h.delete('/v1/programs')],
    ['a write without a key', (h: TestApp['http']) => h.post('/v1/faqs').send({})],
    [
      'a write with a malformed key',
      (h: TestApp['http']) => h.post('/v1/faqs').set('authorization', 'Bearer nope').send({}),
    ],
  ])('%s: past RATE_LIMIT_MAX, a 429 problem with Retry-After', async (_what, send) => {
    const limited = await startApp({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW: '1 minute' });
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof send>> | undefined;
      for (let i = 0; i < 5; i++) {
        last = await send(limited.http);
        statuses.push(last.status);
      }
      expect(statuses.slice(0, 3)).not.toContain(429);
      expect(statuses.slice(3)).toEqual([429, 429]);
      expect(last?.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
      // The probes stay reachable.
      await limited.http.get('/healthz').expect(200);
    } finally {
      await limited.close();
    }
  });
});

describe('a cursor signed with the secret but not made by Katalog', () => {
  // The default secret is public, so anyone can sign a cursor: whatever its body, decoding it gives key values or a
  // CursorError (a 400 on every route that reads cursors), never another error (a 500).
  const secret = 'a-test-cursor-secret-of-32-chars!';
  const signed = (fingerprint: string, text: string) => {
    const body = Buffer.from(text).toString('base64url');
    const mac = createHmac('sha256', secret).update(`${fingerprint}.${body}`).digest('base64url').slice(0, 22);
    return `${body}.${mac}`;
  };
  it('decodes to key values or is refused as malformed', () => {
    for (const text of [
      'notjson',
      '{',
      '',
      '\u0000',
      '[1,',
      '{"a":1}',
      '[{"x":1}]',
      'null',
      '"a"',
      '[1e999,"a"]',
      '[-1e400]',
    ])
      expect(() => decodeCursor(secret, 'fp', signed('fp', text)), text).toThrow(CursorError);
    fc.assert(
      fc.property(fc.string(), fc.string(), (fingerprint, text) => {
        try {
          const values = decodeCursor(secret, fingerprint, signed(fingerprint, text));
          expect(Array.isArray(values)).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(CursorError);
        }
      }),
    );
    expect(decodeCursor(secret, 'fp', signed('fp', '["a",1,null]'))).toEqual(['a', 1, null]);
  });
});

describe('a number far out of range', () => {
  it('gets one error naming the documented bound, not also the number representation’s (hostile H-11)', async () => {
    for (const [query, name] of [
      ['limit=100000000000000000000', 'limit'],
      ['limit=-100000000000000000000', 'limit'],
      ['duration_weeks_gte=99999999999999999999', 'duration_weeks_gte'],
      [`duration_weeks_gte=${'9'.repeat(400)}`, 'duration_weeks_gte'],
      [`limit=-${'9'.repeat(400)}`, 'limit'],
    ] as const) {
      const res = await t.http.get(`/v1/programs?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.errors, query).toHaveLength(1);
      expect(res.body.errors[0].name).toBe(name);
      expect(res.body.detail).not.toContain(String(Number.MAX_SAFE_INTEGER));
      // A decimal past Infinity is a number out of range, not "must be a number".
      expect(res.body.errors[0].detail, query).not.toMatch(/must be a number/);
    }
  });
});
