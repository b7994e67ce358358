/**
 * Amounts are never compared across currencies (audit 19 A19-3) or units (audit 21 A21-2: a fee per additional session
 * beside whole programs): `/v1/prices` amount filters and amount sorts need one currency and one unit, as
 * `/v1/programs`' price filters do; lists and exports alike, each a 400 naming what to give.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

const names = (body: { errors?: { name: string }[] }) => (body.errors ?? []).map((e) => e.name);

describe('prices compare amounts within one currency and one unit', () => {
  it.each([
    ['amount_min_lte=1000', 'currency'],
    ['amount_min_lte=1000&unit=per_session', 'currency'],
    ['amount_max_gte=1&currency=CAD,USD&unit=per_program', 'currency'],
    // A fee per additional session is not on one scale with a whole program's price (audit 21 A21-2).
    ['amount_min_lte=2000&currency=CAD', 'unit'],
    ['amount_max_gte=1&currency=USD&unit=per_session,first_year', 'unit'],
    ['sort=-amount_min', 'sort'],
    ['sort=amount_max,currency', 'sort'],
    ['sort=-amount_min&currency=CAD,USD', 'sort'],
    ['sort=currency,-amount_max', 'sort'],
    ['sort=-amount_max&currency=CAD', 'sort'],
  ])('?%s is a 400 naming %s, on the list and the exports', async (query, name) => {
    for (const path of ['/v1/prices', '/v1/prices.csv', '/v1/prices.ndjson']) {
      const res = await t.http.get(`${path}?${query}`);
      expect(res.status, `${path}?${query}`).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(names(res.body)).toContain(name);
    }
  });

  it('within one currency and unit, or sorted by them first, they answer', async () => {
    const usd = (await t.http.get('/v1/prices?currency=USD&unit=per_session&amount_min_lte=1000&limit=100').expect(200))
      .body.data;
    expect(usd.length).toBeGreaterThan(0);
    for (const p of usd) expect(p).toMatchObject({ currency: 'USD', unit: 'per_session' });
    for (const p of usd) expect(p.amount_min).toBeLessThanOrEqual(1000);
    const sorted = (await t.http.get('/v1/prices?sort=currency,unit,-amount_min&limit=100').expect(200)).body.data;
    const keys = sorted.map((p: { currency: string; unit: string }) => `${p.currency} ${p.unit}`);
    expect(keys).toEqual([...keys].sort());
    await t.http.get('/v1/prices?sort=-amount_min&currency=CAD&unit=per_program&fields=id').expect(200);
    await t.http.get('/v1/prices?sort=unit,-amount_min&currency=CAD&fields=id').expect(200);
    // The default order compares amounts within one currency and unit too (review 27 R27-4).
    expect((await t.http.get('/v1/prices?fields=id').expect(200)).body.meta.sort.slice(0, 3)).toEqual([
      'currency',
      'unit',
      'amount_min',
    ]);
  });
});

describe("a price's amount_max filters and sort read its upper figure (review 27 R27-5)", () => {
  type P = { id: string; amount_min: number | null; amount_max: number | null; open_ended: boolean };
  /** The upper figure as the served record gives it: the range's top, or the only figure; a "+" has none above it. */
  const upper = (p: P) => (p.open_ended ? Infinity : (p.amount_max ?? p.amount_min));
  const list = async (query: string) =>
    (await t.http.get(`/v1/prices?${query}&fields=amount_min,amount_max,open_ended&limit=100`).expect(200)).body
      .data as P[];

  it('sorts single figures and "+" prices by it, not among the prices without an upper amount', async () => {
    for (const [currency, unit] of [
      ['CAD', 'per_program'],
      ['USD', 'first_year'],
      ['USD', 'per_session'],
    ]) {
      const all = await list(`currency=${currency}&unit=${unit}`);
      // The seed has single figures and a "+" price among these, so the order is not the stored amount_max's.
      expect(all.some((p) => p.amount_max === null && p.amount_min !== null)).toBe(
        currency === 'CAD' || unit === 'first_year',
      );
      for (const sort of ['amount_max', '-amount_max']) {
        // Every price of these has a figure.
        const got = (await list(`currency=${currency}&unit=${unit}&sort=${sort}`)).map((p) => upper(p) ?? Number.NaN);
        expect(got.some(Number.isNaN)).toBe(false);
        const want = [...got].sort((a, b) => (sort.startsWith('-') ? b - a : a - b) || 0);
        expect(got, `${currency} ${unit} ${sort}`).toEqual(want);
        expect(got).toHaveLength(all.length);
      }
    }
    const top = await list('currency=USD&unit=first_year&sort=-amount_max');
    expect(top[0]).toMatchObject({ id: 'kair-first-year-individual-3500-10000-plus', open_ended: true });
  });

  it('amount_max_lte and amount_max_gte take a single figure as its upper figure, and a "+" price as unbounded', async () => {
    const all = await list('currency=CAD&unit=per_program');
    const within = (await list('currency=CAD&unit=per_program&amount_max_lte=6000')).map((p) => p.id).sort();
    expect(within).toEqual(
      all
        .filter((p) => (upper(p) ?? Infinity) <= 6000)
        .map((p) => p.id)
        .sort(),
    );
    expect(within).toContain('roots-to-thrive-group-price');
    const reaching = (await list('currency=USD&unit=first_year&amount_max_gte=20000')).map((p) => p.id);
    expect(reaching).toEqual(['kair-first-year-individual-3500-10000-plus']);
    expect(await list('currency=USD&unit=first_year&amount_max_lte=1000000')).not.toContainEqual(
      expect.objectContaining({ open_ended: true }),
    );
  });
});

describe('a range a record gives matches a bound it reaches (audit 19 A19-5)', () => {
  const ids = async (query: string) =>
    ((await t.http.get(`/v1/programs?${query}&fields=id&limit=100`).expect(200)).body.data as { id: string }[]).map(
      (p) => p.id,
    );
  it('"2–8 sessions" is at least 4 and at most 2, and not at least 9', async () => {
    const program = 'atma-cena-customized-kat';
    expect(await ids('medicine_sessions_gte=4')).toContain(program);
    expect(await ids('medicine_sessions_gte=8')).toContain(program);
    expect(await ids('medicine_sessions_lte=2')).toContain(program);
    expect(await ids('medicine_sessions_gte=9')).not.toContain(program);
    expect(await ids('medicine_sessions_lte=1')).not.toContain(program);
    // A single count is tested as before: Roots to Thrive's 3 sessions.
    expect(await ids('medicine_sessions_gte=3&medicine_sessions_lte=3')).toContain('roots-to-thrive-group');
    expect(await ids('medicine_sessions_gte=4')).not.toContain('roots-to-thrive-group');
  });
});

describe('a finding value compares within one unit (review 25)', () => {
  it('value filters and sorts need one value_unit (R25-8)', async () => {
    for (const query of ['value_gte=13', 'value_lte=12', 'sort=-value']) {
      const res = await t.http.get(`/v1/findings?${query}`);
      expect(res.status, query).toBe(400);
      expect(names(res.body), query).toContain(query.startsWith('sort') ? 'sort' : 'value_unit');
    }
    await t.http.get('/v1/findings?value_gte=13&value_unit=percent').expect(200);
    await t.http.get('/v1/findings?sort=value_unit,-value').expect(200);
  });
});

describe('amount filters say they compare amounts as written (audit 22 A22-1)', () => {
  it('before the tax a tax_note names, with no hedge applied: said on every amount filter, or by reference to one', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    const params = spec.components.parameters as Record<string, { name: string; description: string }>;
    const said = (name: string) => Object.values(params).find((p) => p.name === name)?.description ?? '';
    for (const name of ['amount_min_gte', 'price_lte'])
      expect(said(name), name).toMatch(/before the tax a `tax_note` names, no hedge applied/);
    expect(said('amount_max_gte')).toContain('as `amount_min_gte` is');
    expect(said('price_gte')).toContain('as price_lte');
  });
});
