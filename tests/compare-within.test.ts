/**
 * Amounts are never compared across currencies (audit 19 A19-3): `/v1/prices` amount filters and amount sorts need one
 * currency, as `/v1/programs`' price filters do; lists and exports alike, each a 400 naming what to give.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

const names = (body: { errors?: { name: string }[] }) => (body.errors ?? []).map((e) => e.name);

describe('prices compare amounts within one currency', () => {
  it.each([
    ['amount_min_lte=1000', 'currency'],
    ['amount_max_gte=1&currency=CAD,USD', 'currency'],
    ['sort=-amount_min', 'sort'],
    ['sort=amount_max,currency', 'sort'],
    ['sort=-amount_min&currency=CAD,USD', 'sort'],
  ])('?%s is a 400 naming %s, on the list and the exports', async (query, name) => {
    for (const path of ['/v1/prices', '/v1/prices.csv', '/v1/prices.ndjson']) {
      const res = await t.http.get(`${path}?${query}`);
      expect(res.status, `${path}?${query}`).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(names(res.body)).toContain(name);
    }
  });

  it('within one currency, or sorted by currency first, they answer', async () => {
    const usd = (await t.http.get('/v1/prices?currency=USD&amount_min_lte=1000&limit=100').expect(200)).body.data;
    expect(usd.length).toBeGreaterThan(0);
    for (const p of usd) expect(p).toMatchObject({ currency: 'USD' });
    for (const p of usd) expect(p.amount_min).toBeLessThanOrEqual(1000);
    const sorted = (await t.http.get('/v1/prices?sort=currency,-amount_min&limit=100').expect(200)).body.data;
    const currencies = sorted.map((p: { currency: string }) => p.currency);
    expect(currencies).toEqual([...currencies].sort());
    await t.http.get('/v1/prices?sort=-amount_min&currency=CAD&fields=id').expect(200);
    // The default order is by currency first.
    expect((await t.http.get('/v1/prices?fields=id').expect(200)).body.meta.sort.slice(0, 2)).toEqual([
      'currency',
      'amount_min',
    ]);
  });
});
