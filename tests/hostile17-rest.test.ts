/**
 * The rest of hostile 17's LOWs: a stale `version` sent back (H17-11), `updated_since` past the millisecond and in lower
 * case (H17-6), Accept weights that are no weights (H17-10), a deleted id in the fit check (H17-8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { preferred } from '../src/http/accept.js';
import { atOrAfter } from '../src/query/sql.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await startApp({ WRITE_RATE_LIMIT_MAX: '1000', RESPONSE_CACHE: 'false' });
  key = createKey(t.db, 'hostile17-rest', 'write').key;
});
afterAll(() => t.close());

const auth = () => ({ authorization: `Bearer ${key}`, 'if-match': '*' });
const names = (body: { errors?: { name: string }[] }) => (body.errors ?? []).map((e) => e.name);

describe('a server-set member sent back is what GET gave (hostile 17 H17-11)', () => {
  const url = '/v1/faqs';
  it('a stale version is a 412 naming it, on PUT and PATCH; the current one is taken; nothing refused is stored', async () => {
    const [first] = (await t.http.get(`${url}?limit=1`).expect(200)).body.data;
    const path = `${url}/${first.id}`;
    const current = (await t.http.get(path).expect(200)).body.data;
    const stale = await t.http
      .patch(path)
      .set({ ...auth(), 'content-type': 'application/merge-patch+json' })
      .send({ version: current.version - 1 || 99, position: 77 });
    expect(stale.status, stale.text).toBe(412);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(names(stale.body)).toEqual(['version']);
    const replaced = await t.http
      .put(path)
      .set(auth())
      .send({ ...current, version: current.version + 5 });
    expect(replaced.status, replaced.text).toBe(412);
    expect((await t.http.get(path).expect(200)).body.data).toEqual(current);
    // As GET gave it: taken (a no-op here, the same document).
    const same = await t.http.put(path).set(auth()).send(current);
    expect(same.status, same.text).toBe(200);
    expect(same.body.data.version).toBe(current.version);
  });

  it('a member of another type than GET gives is a 422 naming it', async () => {
    const [first] = (await t.http.get(`${url}?limit=1`).expect(200)).body.data;
    for (const body of [{ version: { a: 1 } }, { version: -1 }, { created_at: 5 }, { updated_at: [1, 2] }]) {
      const res = await t.http
        .patch(`${url}/${first.id}`)
        .set({ ...auth(), 'content-type': 'application/merge-patch+json' })
        .send(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(names(res.body)).toEqual(Object.keys(body));
    }
  });
});

describe('updated_since reads the time as written (hostile 17 H17-6)', () => {
  it("a time past a record's own millisecond is after the record; digits of zero are not", () => {
    expect(atOrAfter('2026-12-04T03:21:00.0009Z')).toBe('2026-12-04T03:21:00.001Z');
    expect(atOrAfter('2026-12-04T03:21:00.000000Z')).toBe('2026-12-04T03:21:00.000Z');
    expect(atOrAfter('2026-12-04T03:21:00Z')).toBe('2026-12-04T03:21:00.000Z');
    expect(atOrAfter('2026-12-04T04:21:00.1234+01:00')).toBe('2026-12-04T03:21:00.124Z');
  });

  it('on a list: the records updated at a millisecond are not "at or after" a time 0.9 ms later', async () => {
    const [first] = (await t.http.get('/v1/sources?sort=-updated_at&limit=1').expect(200)).body.data;
    const at = first.updated_at as string;
    const total = async (since: string) =>
      (await t.http.get(`/v1/sources?updated_since=${encodeURIComponent(since)}`).expect(200)).body.meta.total;
    expect(await total(at)).toBeGreaterThan(0);
    expect(await total(at.replace('Z', '9Z'))).toBe(0);
  });

  it("the spec's pattern takes a lower-case t and z, as the server does", async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    const pattern = new RegExp(spec.components.parameters.UpdatedSince.schema.pattern);
    expect(pattern.test('2026-01-01t00:00:00z')).toBe(true);
    expect(pattern.test('2026-01-01T00:00:00Z')).toBe(true);
    expect(pattern.test('2026-01-01x00:00:00Z')).toBe(false);
    const res = await t.http.get('/v1/sources?updated_since=2026-01-01t00:00:00z').expect(200);
    expect(res.body.meta.total).toBeGreaterThan(0);
  });
});

describe('an Accept weight that is no weight counts as none (hostile 17 H17-10)', () => {
  const offers = { 'application/json': 'json', 'text/csv': 'csv' };
  it.each([
    ['text/csv;q=2, application/json', 'csv'],
    ['application/json, text/csv;q=2', 'json'],
    ['application/json;q=abc, text/csv', 'json'],
    ['application/json;q=0.5000, text/csv;q=0.6', 'json'],
    ['application/json;q=0.5, text/csv;q=0.6', 'csv'],
    ['application/json;q=0, text/csv;q=0.001', 'csv'],
  ])('%s: %s', (accept, want) => {
    expect(preferred(accept, offers)).toBe(want);
  });
  it('over HTTP: q=2 does not outrank the JSON it follows', async () => {
    const res = await t.http.get('/v1/prices?currency=USD').set('accept', 'application/json, text/csv;q=2').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('the fit check names a deleted id as deleted (hostile 17 H17-8)', () => {
  it('a 400 naming situation that says the record is deleted and can be restored', async () => {
    const [row] = (await t.http.get('/v1/format-fit?limit=1').expect(200)).body.data;
    const path = `/v1/format-fit/${row.id}`;
    await t.http.delete(path).set(auth()).expect(204);
    try {
      const res = await t.http.get(`/v1/format-fit/check?situation=${row.id}`).expect(400);
      expect(res.body.detail).toContain(`${row.id} (deleted)`);
      expect(res.body.errors).toEqual([{ name: 'situation', in: 'query', detail: `${row.id} is deleted` }]);
      const unknown = await t.http.get('/v1/format-fit/check?situation=no-such-row').expect(400);
      expect(unknown.body.errors[0].detail).toBe('unknown id no-such-row');
    } finally {
      await t.http
        .post(`${path}/restore`)
        .set({ authorization: `Bearer ${key}` })
        .expect(200);
    }
  });
});
