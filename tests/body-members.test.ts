/**
 * One rule for a body member a route does not take (hostile 16 H16-3), on every write route: a 400 naming it, at any
 * depth, whatever else is wrong with the body (it was a 422 naming only the schema errors on records, and a 422 naming
 * both on webhooks); and what an error repeats of a body is bounded (H16-5).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { resources } from '../src/resources/index.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
let key: string;
let hookKey: string;
beforeAll(async () => {
  t = await startApp({ WRITE_RATE_LIMIT_MAX: '100000', RATE_LIMIT_MAX: '100000' });
  key = createKey(t.db, 'body-members', 'write').key;
  hookKey = createKey(t.db, 'body-members-hooks', 'webhooks').key;
});
afterAll(() => t.close());

const UNKNOWN = 'zz_unknown';
type Doc = Record<string, unknown>;
type Path = (string | number)[];

const isObject = (v: unknown): v is Doc => v !== null && typeof v === 'object' && !Array.isArray(v);
const named = (res: { body: { errors?: { name: string }[] } }) => (res.body.errors ?? []).map((e) => e.name);
const pathName = (path: Path) =>
  path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');

/**
 * Every place of a seed record where an object is (the record, its citations, a scope inside a statement…), once per
 * place of the schema (the first item of a list stands for the others). A seed record is valid, so each is an object
 * of the collection's schema.
 */
function objectPlaces(record: Doc): Path[] {
  const places = new Map<string, Path>();
  const walk = (v: unknown, path: Path) => {
    if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, [...path, i]);
    else if (isObject(v)) {
      const shape = path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.');
      if (!places.has(shape)) places.set(shape, path);
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    }
  };
  walk(record, []);
  return [...places.values()];
}

/** A copy of `doc` with an unknown member added to the object at `path`. */
function withUnknown(doc: Doc, path: Path): Doc {
  const copy = structuredClone(doc);
  let at: unknown = copy;
  for (const p of path) at = (at as Record<string | number, unknown>)[p];
  (at as Doc)[UNKNOWN] = 1;
  return copy;
}

/** The record of each collection with the most places of objects (the deepest one the seed has). */
const deepest = (tableName: string) =>
  ((seedData as unknown as Record<string, Doc[]>)[tableName] ?? []).reduce<Doc | undefined>(
    (best, r) => (!best || objectPlaces(r).length > objectPlaces(best).length ? r : best),
    undefined,
  ) as Doc;

describe.each(resources.map((r) => [r.path, r] as const))('%s: an unknown member', (collection, resource) => {
  const record = deepest(resource.tableName);
  // A required field of the collection, other than the id: leaving it out (or removing it by a patch) breaks the schema.
  const required = Object.entries(
    resource.writable.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>,
  )
    .filter(([k, f]) => k !== 'id' && !f.safeParse(undefined).success)
    .map(([k]) => k);

  it('is a 400 naming it, at every depth, with another error in the body, on POST, PUT and PATCH', async () => {
    const url = `/v1/${collection}/${record.id}`;
    const before = (await t.http.get(url).expect(200)).body.data;
    const places = objectPlaces(record);
    expect(places.length).toBeGreaterThan(1);
    for (const place of places) {
      const where = pathName([...place, UNKNOWN]);
      // Another error, away from the unknown member's place: a required field left out.
      const broken = required.find((k) => k !== place[0]);
      expect(broken, `${collection} has a required field besides ${String(place[0])}`).toBeDefined();
      const sent = withUnknown(record, place);
      const { [broken as string]: _gone, ...incomplete } = sent;
      const post = await t.http
        .post(`/v1/${collection}`)
        .set({ authorization: `Bearer ${key}` })
        .send({ ...incomplete, id: 'body-members-new' });
      expect(post.status, `POST ${where}: ${post.text}`).toBe(400);
      expect(named(post)).toEqual([where]);
      expect(post.body.detail).toContain(where);
      const put = await t.http
        .put(url)
        .set({ authorization: `Bearer ${key}`, 'if-match': '*' })
        .send(incomplete);
      expect(put.status, `PUT ${where}: ${put.text}`).toBe(400);
      expect(named(put)).toEqual([where]);
      // A merge patch holding the member's place (the whole top-level member it is in) and removing a required field.
      const patchBody = place.length ? { [place[0] as string]: sent[place[0] as string] } : { [UNKNOWN]: 1 };
      const patch = await t.http
        .patch(url)
        .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
        .send(JSON.stringify({ ...patchBody, [broken as string]: null }));
      expect(patch.status, `PATCH ${where}: ${patch.text}`).toBe(400);
      expect(named(patch)).toEqual([where]);
    }
    await t.http.get(`/v1/${collection}/body-members-new`).expect(404);
    expect((await t.http.get(url).expect(200)).body.data).toEqual(before);
  });
});

describe('every route that takes a body (from the OpenAPI document)', () => {
  it('answers a body with an unknown member with a 400 naming it alone', async () => {
    const hook = await t.http
      .post('/v1/webhooks')
      .set({ authorization: `Bearer ${hookKey}` })
      .send({ url: 'https://1.1.1.1/h' });
    expect(hook.status, hook.text).toBe(201);
    const spec = (await t.http.get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    const ids = new Map(resources.map((r) => [`/v1/${r.path}/{id}`, String(deepest(r.tableName).id)]));
    ids.set('/v1/webhooks/{id}', hook.body.data.id);
    let routes = 0;
    for (const [path, operations] of Object.entries(spec.paths))
      for (const [method, operation] of Object.entries(operations)) {
        if (!operation.requestBody) continue;
        routes++;
        const id = ids.get(path);
        expect(!path.includes('{') || id !== undefined, path).toBe(true);
        const url = id === undefined ? path : path.replace('{id}', id);
        const scope = path.startsWith('/v1/webhooks') ? hookKey : key;
        // A member none has; on a POST or a PUT, every required field is missing too.
        const res = await t.http[method as 'post' | 'put' | 'patch'](url)
          .set({ authorization: `Bearer ${scope}`, 'if-match': '*', 'content-type': 'application/json' })
          .send(JSON.stringify({ colour: 1 }));
        expect(res.status, `${method} ${path}: ${res.text}`).toBe(400);
        expect(named(res), `${method} ${path}`).toEqual(['colour']);
      }
    // Three per collection, and the webhook registration and patch.
    expect(routes).toBe(resources.length * 3 + 2);
  });
});

describe('what an error repeats of a body is bounded (hostile 16 H16-5)', () => {
  const many = JSON.stringify(Object.fromEntries(Array.from({ length: 20000 }, (_, i) => [`k${i}`, 1])));
  const long = 'x'.repeat(5000);
  const check = (res: { status: number; text: string; body: { detail: string; errors: { name: string }[] } }) => {
    expect(res.status, res.text.slice(0, 300)).toBe(400);
    expect(res.text.length).toBeLessThan(8000);
    expect(res.body.detail).toContain('k0, k1, k2');
    expect(res.body.detail).toContain('k19 and 19,980 more');
    expect(res.body.errors).toHaveLength(21);
    expect(res.body.errors.slice(0, 20).map((e) => e.name)).toEqual(Array.from({ length: 20 }, (_, i) => `k${i}`));
    expect(res.body.errors[20]).toEqual({ name: '(body)', in: 'body', detail: '19,980 more unknown fields' });
  };

  it('20,000 unknown members: the first 20 named, and how many more, on a record and a webhook', async () => {
    const faq = `/v1/faqs/${seedData.faqs[0]?.id}`;
    check(
      await t.http
        .patch(faq)
        .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
        .send(many),
    );
    check(
      await t.http
        .post('/v1/faqs')
        .set({ authorization: `Bearer ${key}`, 'content-type': 'application/json' })
        .send(many),
    );
    check(
      await t.http
        .post('/v1/webhooks')
        .set({ authorization: `Bearer ${hookKey}`, 'content-type': 'application/json' })
        .send(many),
    );
  });

  it('a name is cut to 200 characters, in the detail and in errors', async () => {
    const faq = `/v1/faqs/${seedData.faqs[0]?.id}`;
    for (const body of [{ [long]: 1 }, { citations: [{ [long]: 1 }] }]) {
      const res = await t.http
        .patch(faq)
        .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
        .send(JSON.stringify(body));
      expect(res.status).toBe(400);
      expect(res.text.length).toBeLessThan(2000);
      const [name] = named(res);
      expect(name?.length).toBe(201);
      expect(name?.endsWith('x…')).toBe(true);
    }
    // A member given twice is named the same way.
    const twice = await t.http
      .patch(faq)
      .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
      .send(`{"${long}":1,"${long}":2}`);
    expect(twice.status).toBe(400);
    expect(twice.text.length).toBeLessThan(2000);
  });
});
