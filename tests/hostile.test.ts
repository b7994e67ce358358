/** Hostile query strings on every collection get a 400 problem naming the parameter, never a 500. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, startApp, type TestApp } from './helpers.js';

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
