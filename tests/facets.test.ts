/**
 * Facets (`facet=` on every list, src/query/facets.ts): each count is recomputed here independently,
 * by fetching the whole filtered list page by page and counting the values, for every collection
 * and every field it declares facetable, without filters, with a filter, with `q=` and with both.
 */
import { getTableName } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writer } from '../src/repository/writes.js';
import { formatFitResource } from '../src/resources/format-fit/format-fit.resource.js';
import { resources } from '../src/resources/index.js';
import { SEARCH_FIELDS } from '../src/search/fields.js';
import { countBy, everyPage, startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Item = Record<string, unknown>;
interface FacetCount {
  value: unknown;
  count: number;
}

const fullList = (path: string, query: URLSearchParams) => everyPage(t, path, query);

/** A word of the first record's title (what `q=` searches), so the search matches something. */
function searchWord(collection: string, items: Item[]): string {
  const title = String(items[0]?.[SEARCH_FIELDS[collection]?.title ?? ''] ?? '');
  return title.split(/[^A-Za-z]+/).find((w) => w.length >= 4) ?? 'ketamine';
}

const faceted = resources.filter((r) => Object.keys(r.query.facets).length > 0);

describe.each(faceted.map((r) => [r.path, r] as const))('facets of %s', (path, resource) => {
  const fields = Object.keys(resource.query.facets);

  async function check(query: URLSearchParams): Promise<number> {
    const expected = await fullList(path, query);
    const withFacets = new URLSearchParams(query);
    withFacets.set('facet', fields.join(','));
    const res = await t.http.get(`/v1/${path}?${withFacets}`).expect(200);
    const facets = res.body.meta.facets as Record<string, FacetCount[]>;
    expect(Object.keys(facets).sort()).toEqual([...fields].sort());
    expect(res.body.meta.total).toBe(expected.length);
    // The seed has no q= matching MAX_COUNTED records: every count is exact, and says so.
    expect(res.body.meta.total_exact).toBe(true);
    expect(res.body.meta.facets_exhaustive).toBe(true);
    for (const field of fields) {
      const got = facets[field] as FacetCount[];
      const want = countBy(expected, field);
      // Every value of the full list, with its count, and nothing else (no field has 100 values in the seed).
      expect(new Map(got.map((c) => [JSON.stringify(c.value), c.count])), `${path} facet ${field}`).toEqual(want);
      // Most frequent first.
      for (let i = 1; i < got.length; i++)
        expect((got[i - 1] as FacetCount).count).toBeGreaterThanOrEqual((got[i] as FacetCount).count);
      expect(got.reduce((n, c) => n + c.count, 0)).toBe(expected.length);
    }
    return expected.length;
  }

  /** A filter on a facetable field, with the value of the first record: a declared `in` or `bool` filter. */
  async function someFilter(): Promise<URLSearchParams | undefined> {
    const all = await fullList(path, new URLSearchParams());
    for (const field of fields) {
      const f = resource.query.filters[field];
      if (!f || (f.kind !== 'in' && f.kind !== 'bool')) continue;
      const v = all.find((i) => i[field] !== null && i[field] !== undefined)?.[field];
      if (v !== undefined) return new URLSearchParams({ [field]: String(v) });
    }
    return undefined;
  }

  it('counts every value of the whole list, without filters', async () => {
    expect(await check(new URLSearchParams())).toBeGreaterThan(0);
  });

  it('counts over the same filters as the list', async () => {
    const filter = await someFilter();
    // Without a filter on a facetable field, filter on the time of the last update instead.
    const query =
      filter ??
      new URLSearchParams({
        updated_since: String((await fullList(path, new URLSearchParams())).map((i) => i.updated_at).sort()[0]),
      });
    expect(await check(query)).toBeGreaterThan(0);
  });

  it('counts over q= (and q= with a filter)', async () => {
    const all = await fullList(path, new URLSearchParams());
    const q = searchWord(resource.tableName, all);
    expect(await check(new URLSearchParams({ q }))).toBeGreaterThan(0);
    const filter = await someFilter();
    if (filter) {
      filter.set('q', q);
      await check(filter);
    }
    // A search matching nothing: every facet is empty.
    await check(new URLSearchParams({ q: 'zzzqqqxxyy' }));
  });

  it('gives the same counts on every page, and the cursor works with or without facet', async () => {
    const first = await t.http.get(`/v1/${path}?limit=1&facet=${fields.join(',')}`).expect(200);
    const next = first.body.links.next as string | null;
    if (!next) return;
    expect(next).toContain('facet=');
    const second = await t.http.get(next).expect(200);
    expect(second.body.meta.facets).toEqual(first.body.meta.facets);
    const plain = await t.http.get(next.replace(/facet=[^&]*&?/, '')).expect(200);
    expect(plain.body.meta.facets).toBeUndefined();
    expect(plain.body.data).toEqual(second.body.data);
  });

  it('rejects a field that is not facetable with a 400 naming the facetable ones', async () => {
    const res = await t.http.get(`/v1/${path}?facet=${fields[0]},description`).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors[0].name).toBe('facet');
    for (const f of fields) expect(res.body.detail).toContain(f);
  });
});

describe('facets', () => {
  it('are declared by the collections with enum, id or boolean fields; session phases have none', () => {
    expect(faceted.map((r) => r.path)).not.toContain('session-phases');
    expect(faceted.length).toBe(resources.length - 1);
  });

  it('every facetable field has an index on live records that starts with it (migrations/0012)', () => {
    const sqlite = t.db.$client;
    for (const r of faceted) {
      const table = getTableName(r.table);
      const indexes = sqlite.prepare(`pragma index_list("${table}")`).all() as { name: string; partial: number }[];
      for (const [field, def] of Object.entries(r.query.facets)) {
        const leading = indexes.filter(
          (i) =>
            i.partial === 1 &&
            (sqlite.prepare(`pragma index_info("${i.name}")`).all() as { seqno: number; name: string }[]).find(
              (c) => c.seqno === 0,
            )?.name === def.column.name,
        );
        expect(leading.length, `${table}.${field}`).toBeGreaterThan(0);
      }
    }
  });

  it('a collection with no facetable field rejects any facet', async () => {
    const res = await t.http.get('/v1/session-phases?facet=name').expect(400);
    expect(res.body.detail).toMatch(/no facetable fields/);
  });

  it('are not sent without facet=', async () => {
    const res = await t.http.get('/v1/programs').expect(200);
    expect(res.body.meta.facets).toBeUndefined();
  });

  it('are in the spec: the facet parameter an enum of the facetable fields, meta.facets typed per field', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    const param = spec.paths['/v1/programs'].get.parameters.find((p: { name: string }) => p.name === 'facet');
    expect(JSON.stringify(param.schema)).toContain('"enum":["format","dosing_setting"');
    expect(spec.components.schemas.ProgramFacets.properties.format).toBeDefined();
  });

  it('are counted again after a write (cached per data version)', async () => {
    const url = '/v1/format-fit?facet=inferred';
    const before = (await t.http.get(url).expect(200)).body.meta.facets.inferred as FacetCount[];
    const all = await fullList('format-fit', new URLSearchParams());
    const row = all[0] as Item;
    Writer.on(t.db).update(
      formatFitResource,
      String(row.id),
      (f) => ({ ...f, inferred: !f.inferred }),
      'any',
      'facets-test',
      'updated',
    );
    const after = (await t.http.get(url).expect(200)).body.meta.facets.inferred as FacetCount[];
    const count = (list: FacetCount[], v: boolean) => list.find((c) => c.value === v)?.count ?? 0;
    const was = row.inferred as boolean;
    expect(count(after, was)).toBe(count(before, was) - 1);
    expect(count(after, !was)).toBe(count(before, !was) + 1);
  });
});

describe('the README’s facet example (audit 18 A18-8)', () => {
  it('gives the counts the seeded programs have', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const said = /`facet=format` gives `(\{ "format": .*?\] \})`/.exec(readme)?.[1];
    expect(said).toBeDefined();
    const res = await t.http.get('/v1/programs?facet=format&limit=1').expect(200);
    expect(JSON.parse(said as string)).toEqual(res.body.meta.facets);
  });
});
