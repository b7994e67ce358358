import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { resources } from '../src/resources/index.js';
import { COLLECTIONS, citedFaq, startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

const expectProblem = (
  res: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
  status: number,
) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    status,
    type: expect.stringMatching(/^\/problems\//),
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(res.body.instance).toContain(String(res.body.request_id));
};

describe('dataset index', () => {
  it('names the dataset, says it is not medical advice, lists the articles and links every collection', async () => {
    const res = await t.http.get('/v1').expect(200);
    expect(res.body.disclaimer).toMatch(/information, not medical advice/);
    expect(res.body.last_updated).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(res.body.sources.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['kair-group-therapy-unpacked', 'group-ketamine-therapy-canada']),
    );
    expect(res.body.collections.map((c: { name: string }) => c.name).sort()).toEqual([...COLLECTIONS].sort());
    for (const c of res.body.collections) expect(c.count).toBeGreaterThan(0);
  });

  it('counts each collection’s live records as stored, and sees a write at the next request', async () => {
    const counts = async () =>
      new Map(
        ((await t.http.get('/v1').expect(200)).body.collections as { name: string; count: number }[]).map((c) => [
          c.name,
          c.count,
        ]),
      );
    const before = await counts();
    for (const r of resources) {
      const stored = t.db.$client.prepare(`select count(*) from ${r.tableName} where deleted_at is null`).pluck().get();
      expect(before.get(r.path), r.path).toBe(stored);
    }
    const key = createKey(t.db, 'editor-dataset-index', 'write').key;
    const created = await t.http
      .post('/v1/faqs')
      .set({ authorization: `Bearer ${key}` })
      .send(citedFaq('dataset-index-count'));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const after = await counts();
    expect(after.get('faqs')).toBe((before.get('faqs') as number) + 1);
    const index = (await t.http.get('/v1').expect(200)).body;
    expect(index.last_updated).toBe(created.body.data.updated_at);
    await t.http
      .delete('/v1/faqs/dataset-index-count')
      .set({ authorization: `Bearer ${key}` })
      .set('if-match', String(created.headers.etag))
      .expect(204);
    expect((await counts()).get('faqs')).toBe(before.get('faqs'));
  });

  it('answers health and readiness', async () => {
    await t.http.get('/healthz').expect(200, { status: 'ok' });
    await t.http.get('/readyz').expect(200, { status: 'ok' });
  });
});

describe.each(COLLECTIONS)('/v1/%s', (collection) => {
  const seedKey = collection.replace(/-/g, '_') as keyof typeof seedData;
  const seeded = seedData[seedKey];

  it('lists every seeded record across pages, with totals, links and citations', async () => {
    const ids: string[] = [];
    let url: string | null = `/v1/${collection}?limit=5`;
    while (url) {
      const res: Response = await t.http.get(url).expect(200);
      expect(res.body.meta.total).toBe(seeded.length);
      expect(res.body.meta.limit).toBe(5);
      for (const item of res.body.data) {
        expect(item.citations.length).toBeGreaterThan(0);
        expect(item).toHaveProperty('created_at');
        expect(item).not.toHaveProperty('deleted_at');
        ids.push(item.id);
      }
      if (res.body.links.next) expect(res.headers.link).toBe(`<${res.body.links.next}>; rel="next"`);
      else expect(res.headers.link).toBeUndefined();
      url = res.body.links.next;
    }
    expect(ids.sort()).toEqual(seeded.map((r) => r.id).sort());
  });

  it('gets one record by id and 404s an unknown id as problem+json', async () => {
    const id = seeded[0]!.id;
    const res = await t.http.get(`/v1/${collection}/${id}`).expect(200);
    expect(res.body.data.id).toBe(id);
    expect(res.body.data.citations).toEqual(seeded[0]!.citations);
    expectProblem(await t.http.get(`/v1/${collection}/no-such-record`), 404);
  });

  it('rejects unknown parameters and bad values with a 400 naming them', async () => {
    const res = await t.http.get(`/v1/${collection}?bogus=1&limit=1000`);
    expectProblem(res, 400);
    const names = (res.body.errors as { name: string }[]).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['bogus', 'limit']));
  });
});

describe('lists', () => {
  it('filters by enum with comma lists or repeated parameters alike', async () => {
    const a = await t.http.get('/v1/prices?currency=CAD,USD&limit=100').expect(200);
    const b = await t.http.get('/v1/prices?currency=CAD&currency=USD&limit=100').expect(200);
    expect(a.body.data.map((p: { id: string }) => p.id)).toEqual(b.body.data.map((p: { id: string }) => p.id));
    const cad = await t.http.get('/v1/prices?currency=CAD&limit=100').expect(200);
    expect(cad.body.meta.total).toBe(seedData.prices.filter((p) => p.currency === 'CAD').length);
    expect(cad.body.data.every((p: { currency: string }) => p.currency === 'CAD')).toBe(true);
  });

  it('sorts by declared fields with id as the tiebreaker', async () => {
    const res = await t.http.get('/v1/programs?sort=-duration_weeks,name&limit=100').expect(200);
    expect(res.body.meta.sort).toEqual(['-duration_weeks', 'name', 'id']);
    const desc = await t.http.get('/v1/programs?sort=-name').expect(200);
    expect(desc.body.meta.sort).toEqual(['-name', '-id']);
    const weeks = res.body.data.map((p: { duration_weeks: number | null }) => p.duration_weeks);
    const nonNull = weeks.filter((w: number | null) => w !== null);
    expect(nonNull).toEqual([...nonNull].sort((x: number, y: number) => y - x));
    expectProblem(await t.http.get('/v1/programs?sort=price'), 400);
  });

  it('rejects a tampered cursor and a cursor from another query', async () => {
    const first = await t.http.get('/v1/programs?limit=2').expect(200);
    const cursor: string = first.body.meta.next_cursor;
    const tampered = `${cursor.slice(0, -2)}${cursor.endsWith('A') ? 'B' : 'A'}`;
    expectProblem(await t.http.get(`/v1/programs?limit=2&cursor=${encodeURIComponent(tampered)}`), 400);
    expectProblem(await t.http.get(`/v1/programs?limit=2&format=group&cursor=${encodeURIComponent(cursor)}`), 400);
    expectProblem(await t.http.get(`/v1/programs?limit=2&sort=-name&cursor=${encodeURIComponent(cursor)}`), 400);
    expectProblem(await t.http.get('/v1/programs?cursor=not-a-cursor'), 400);
  });

  it('embeds related records with include and trims with fields', async () => {
    const res = await t.http
      .get('/v1/programs/roots-to-thrive-group?include=organization,prices,dosing_routes,sources&fields=name')
      .expect(200);
    const p = res.body.data;
    expect(Object.keys(p).sort()).toEqual(['dosing_routes', 'id', 'name', 'organization', 'prices', 'sources']);
    expect(p.organization.id).toBe('roots-to-thrive');
    expect(p.prices.map((x: { id: string }) => x.id)).toContain('roots-to-thrive-group-price');
    expect(p.dosing_routes.map((x: { id: string }) => x.id)).toEqual(['intramuscular', 'sublingual']);
    // The KAIR article's typical dose ranges are general guidance, not this program's: not embedded under it.
    for (const r of p.dosing_routes)
      expect([r.dose_min, r.dose_max, r.dose_unit, r.dose_scope]).toEqual([null, null, null, null]);
    const general = await t.http.get('/v1/dosing-routes/intramuscular').expect(200);
    expect(general.body.data).toMatchObject({ dose_min: 0.5, dose_max: 1.5, dose_unit: 'mg/kg' });
    expect(general.body.data.dose_scope).toMatchObject({ level: 'format', stated_by: ['kair-group-therapy-unpacked'] });
    expect(p.sources.map((x: { id: string }) => x.id)).toContain('group-ketamine-therapy-canada');
    const bad = await t.http.get('/v1/programs?include=everything');
    expectProblem(bad, 400);
    expect(bad.body.errors[0].detail).toContain('organization');
    // id is always kept, so asking for it alone is allowed: the ids of a page, nothing else.
    const ids = await t.http.get('/v1/programs?fields=id&limit=100').expect(200);
    for (const x of ids.body.data) expect(Object.keys(x)).toEqual(['id']);
    expect(ids.body.data.length).toBe(ids.body.meta.total);
  });

  it('filters programs by price within one currency, never mixing currencies', async () => {
    const res = await t.http.get('/v1/programs?price_currency=CAD&price_lte=3000&limit=100').expect(200);
    const ids = res.body.data.map((p: { id: string }) => p.id).sort();
    // Audit 7 L6: only a currency the source writes, and amounts of one unit (per_program by default).
    const expected = [
      ...new Set(
        seedData.prices
          .filter((p) => p.currency === 'CAD' && !p.currency_implied && p.unit === 'per_program')
          .filter((p) => p.amount_min !== null && p.amount_min <= 3000 && p.program_id)
          .map((p) => p.program_id as string),
      ),
    ].sort();
    expect(ids).toEqual(expected);
    expect(ids).not.toContain('roots-to-thrive-group');
    // Amounts are only compared within one currency.
    expectProblem(await t.http.get('/v1/programs?price_lte=3000'), 400);
    expectProblem(await t.http.get('/v1/programs?price_lte=3000&price_currency=CAD,USD'), 400);
  });

  /**
   * Audit 7 L6 (class 5: a derived filter ignores an inference marker): for every currency, unit and threshold the seed
   * holds, a program matches exactly when one of its prices has that currency as the source writes it (never
   * currency_implied) and that unit (per_program when none is given), within the amounts.
   */
  it('price filters match stated currencies and one unit only, for every currency, unit and threshold of the seed', async () => {
    const currencies = [...new Set(seedData.prices.map((p) => p.currency))];
    const units = [...new Set(seedData.prices.map((p) => p.unit))];
    const amounts = [...new Set(seedData.prices.flatMap((p) => [p.amount_min, p.amount_max]))].filter(
      (x): x is number => x !== null,
    );
    const ids = async (q: string) =>
      ((await t.http.get(`/v1/programs?${q}&limit=100`).expect(200)).body.data as { id: string }[])
        .map((p) => p.id)
        .sort();
    const matching = (f: (p: (typeof seedData.prices)[number]) => boolean) =>
      [...new Set(seedData.prices.filter((p) => p.program_id && f(p)).map((p) => p.program_id as string))].sort();
    for (const c of currencies) {
      expect(await ids(`price_currency=${c}`), c).toEqual(matching((p) => p.currency === c && !p.currency_implied));
      for (const u of [undefined, ...units])
        for (const a of amounts) {
          const unit = u ?? 'per_program';
          const q = `price_currency=${c}&price_lte=${a}${u ? `&price_unit=${u}` : ''}`;
          expect(await ids(q), q).toEqual(
            matching(
              (p) =>
                p.currency === c &&
                !p.currency_implied &&
                p.unit === unit &&
                p.amount_min !== null &&
                p.amount_min <= a,
            ),
          );
        }
    }
    // The audit's instance: a "+ $740/additional" (implied currency, per additional session) no longer matches.
    expect(await ids('price_currency=CAD&price_lte=1000')).not.toContain('atma-cena-psycholytic-pathway');
    expect(await ids('price_currency=CAD')).not.toContain('port-credit-group-integration');
    expectProblem(
      await t.http.get('/v1/programs?price_currency=CAD&price_lte=1000&price_unit=per_program,per_session'),
      400,
    );
  });

  it('rejects empty parameter values instead of reading them as 0', async () => {
    const res = await t.http.get('/v1/programs?duration_weeks_gte=&format=group');
    expectProblem(res, 400);
    expect(res.body.errors[0].name).toBe('duration_weeks_gte');
  });

  it('filters by strict booleans and rejects anything but true/false', async () => {
    const res = await t.http.get('/v1/prices?open_ended=true').expect(200);
    expect(res.body.data.map((p: { id: string }) => p.id)).toEqual(
      seedData.prices.filter((p) => p.open_ended).map((p) => p.id),
    );
    expectProblem(await t.http.get('/v1/prices?open_ended=1'), 400);
  });

  it('filters by updated_since (RFC 3339) on every collection', async () => {
    const later = await t.http.get('/v1/faqs?updated_since=2030-01-01T00:00:00Z').expect(200);
    expect(later.body.meta.total).toBe(0);
    const earlier = await t.http.get('/v1/faqs?updated_since=2020-01-01T00:00:00%2B02:00').expect(200);
    expect(earlier.body.meta.total).toBe(seedData.faqs.length);
    expectProblem(await t.http.get('/v1/faqs?updated_since=yesterday'), 400);
  });
});

describe('errors and request ids', () => {
  it('answers unknown routes with problem+json 404', async () => {
    expectProblem(await t.http.get('/v2/nothing'), 404);
  });

  it('echoes a valid X-Request-Id and uses it in problem instances', async () => {
    const res = await t.http.get('/v1/programs/nope').set('x-request-id', 'abc-123');
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.body.instance).toBe('urn:katalog:request:abc-123');
    const generated = await t.http.get('/v1').set('x-request-id', 'bad id with spaces');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
