/**
 * A sparse fieldset keeps the markers of the fields it returns (audit 7 L17, class 5: a derived projection drops an
 * inference marker). Generically, for every collection and every seeded record: asking for a field that the record
 * marks as Katalog's reading (listed in `inferred_fields`, a place part with `place_inferred`/`inferred_place_parts`,
 * a currency or amount with `currency_implied`, `<field>` with `<field>_inferred`, any field of a record-level
 * `inferred`) returns the marker with it, on the list and on the item.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { resources } from '../src/resources/index.js';
import { startApp, type TestApp } from './helpers.js';

type Rec = { id: string } & Record<string, unknown>;
const recordsOf = (tableName: string) => (seedData as unknown as Record<string, Rec[]>)[tableName] ?? [];
const PLACE = ['city', 'region', 'country'];
const MONEY = ['currency', 'amount_min', 'amount_max'];

/** The (field, markers) pairs a record's markers cover, from its own keys. */
function marked(r: Rec, fields: string[]): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const f of fields) {
    const m: string[] = [];
    if (((r.inferred_fields as string[] | undefined) ?? []).includes(f)) m.push('inferred_fields');
    if (`${f}_inferred` in r) m.push(`${f}_inferred`);
    if (PLACE.includes(f)) for (const k of ['place_inferred', 'inferred_place_parts']) if (k in r) m.push(k);
    if (MONEY.includes(f) && 'currency_implied' in r) m.push('currency_implied');
    if (typeof r.inferred === 'boolean') m.push('inferred');
    if (m.length) out.push([f, m]);
  }
  return out;
}

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

describe('fields= keeps the markers of the fields it returns', () => {
  const cases = resources.flatMap((r) => {
    const fields = Object.keys(r.writable.shape).filter((k) => k !== 'id' && k !== 'citations');
    return recordsOf(r.tableName).flatMap((rec) =>
      marked(rec, fields)
        // Only where the record marks something: a listed field, a true flag, a derived place part.
        .filter(
          ([f, m]) =>
            m.includes('inferred_fields') ||
            rec[`${f}_inferred`] === true ||
            (PLACE.includes(f) &&
              (rec.place_inferred === true || ((rec.inferred_place_parts as string[]) ?? []).includes(f))) ||
            (MONEY.includes(f) && rec.currency_implied === true) ||
            rec.inferred === true,
        )
        .map(([f, m]) => [r.path, rec.id, f, m] as const),
    );
  });

  it('the class has members in several collections', () => {
    expect(new Set(cases.map(([p]) => p)).size).toBeGreaterThan(2);
  });

  it.each(cases)('%s/%s?fields=%s carries %j', async (path, id, field, markers) => {
    const item = (await t.http.get(`/v1/${path}/${id}?fields=${field}`).expect(200)).body.data;
    for (const m of markers) expect(item, `${m}`).toHaveProperty(m);
    const list = (await t.http.get(`/v1/${path}?fields=${field}&limit=100`).expect(200)).body.data as Rec[];
    const row = list.find((x) => x.id === id);
    if (row) for (const m of markers) expect(row, `${m}`).toHaveProperty(m);
  });

  it('the audit’s instances', async () => {
    const price = (await t.http.get('/v1/prices?fields=amount_min,currency&limit=100').expect(200)).body.data.find(
      (x: Rec) => x.id === 'atma-cena-psycholytic-additional-session-price',
    );
    expect(price).toMatchObject({ currency_implied: true, inferred_fields: expect.arrayContaining(['currency']) });
    const programs = (await t.http.get('/v1/programs?fields=format,region&limit=100').expect(200)).body.data as Rec[];
    expect(programs.find((x) => x.id === 'kair-intensive-retreat')?.inferred_fields).toContain('format');
    expect(programs.find((x) => x.id === 'atma-cena-psycholytic-pathway')?.place_inferred).toBe(true);
    // fields=id stays the ids alone.
    const ids = (await t.http.get('/v1/programs?fields=id&limit=100').expect(200)).body.data as Rec[];
    for (const x of ids) expect(Object.keys(x)).toEqual(['id']);
  });
});
