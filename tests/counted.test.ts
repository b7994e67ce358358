/**
 * A `q=` list counts its total and its facets over at most the first MAX_COUNTED full-text matches of
 * the collection (src/search/search.ts): past them, `meta.total` and the facet counts are lower bounds
 * and say so (`total_exact: false`, `facets_exhaustive: false`); under them, they are exact and say
 * so. Every figure is recomputed here from the whole list, walked page by page, and from the order of
 * the full-text index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { Writer } from '../src/repository/writes.js';
import { programsResource } from '../src/resources/programs/programs.resource.js';
import { ftsQuery, MAX_COUNTED } from '../src/search/search.js';
import { everyPage, startApp, type TestApp } from './helpers.js';

const EXTRA = 300;
const MANY = MAX_COUNTED + EXTRA;
const NARROW = 150;
const FIELDS = ['format', 'dosing_setting', 'generic'];
const program = programsResource.input.parse(seedData.programs[0]);

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
  const writer = Writer.on(t.db);
  writer.bulk(() => {
    for (let i = 0; i < MANY; i++)
      writer.put(
        programsResource,
        {
          ...program,
          id: `counted-program-${String(i).padStart(4, '0')}`,
          // Every one holds "Zephyrine"; the last NARROW also "Quillbrook"; formats and flags vary.
          // A program's name says whose it is (hostile 21 H21-10).
          name: `Zephyrine ${i}${i >= MANY - NARROW ? ' Quillbrook' : ''} of Roots to Thrive`,
          format: i % 3 === 0 ? 'individual' : 'group',
          generic: i % 5 === 0,
        },
        { actor: 'test', at: '2026-01-01T00:00:00.000Z' },
      );
  });
}, 120_000);
afterAll(() => t.close());

type Item = Record<string, unknown>;
type Meta = {
  total: number;
  total_exact: boolean;
  facets?: Record<string, { value: unknown; count: number }[]>;
  facets_exhaustive?: boolean;
  next_cursor: string | null;
};

const fullList = (query: string): Promise<Item[]> => everyPage(t, 'programs', new URLSearchParams(query));

/** The ids of the collection's first `n` full-text matches of `q`, in index order. */
function firstMatches(q: string, n: number): Set<string> {
  const rows = t.db.$client
    .prepare(
      `select k.record_id as id from search join search_keys k on k.id = search.rowid
       where search match ? and k.collection = 'programs' order by search.rowid limit ?`,
    )
    .all(ftsQuery(q), n) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

const countBy = (items: Item[], field: string) => {
  const m = new Map<string, number>();
  for (const i of items) m.set(JSON.stringify(i[field] ?? null), (m.get(JSON.stringify(i[field] ?? null)) ?? 0) + 1);
  return m;
};

async function meta(query: string): Promise<Meta> {
  return (await t.http.get(`/v1/programs?${query}&facet=${FIELDS.join(',')}`).expect(200)).body.meta as Meta;
}

describe('a q= list past MAX_COUNTED matches', () => {
  it('counts the first MAX_COUNTED matches, and says that its total and facets are lower bounds', async () => {
    const all = await fullList('q=zephyrine');
    expect(all.length).toBe(MANY);
    const m = await meta('q=zephyrine');
    const counted = firstMatches('zephyrine', MAX_COUNTED);
    const among = all.filter((i) => counted.has(String(i.id)));
    expect(m.total_exact).toBe(false);
    expect(m.facets_exhaustive).toBe(false);
    expect(m.total).toBe(among.length);
    expect(m.total).toBeLessThan(all.length);
    for (const field of FIELDS) {
      const got = new Map((m.facets?.[field] ?? []).map((c) => [JSON.stringify(c.value), c.count]));
      expect(got, field).toEqual(countBy(among, field));
      // Each a lower bound of the count over every match.
      const full = countBy(all, field);
      for (const [value, n] of got) expect(n).toBeLessThanOrEqual(full.get(value) ?? 0);
      expect([...got.values()].reduce((a, b) => a + b, 0)).toBe(m.total);
    }
  });

  it('with a filter: the matching records among the same first matches, a lower bound', async () => {
    const all = await fullList('q=zephyrine&format=individual');
    const m = await meta('q=zephyrine&format=individual');
    const counted = firstMatches('zephyrine', MAX_COUNTED);
    expect(m.total_exact).toBe(false);
    expect(m.facets_exhaustive).toBe(false);
    expect(m.total).toBe(all.filter((i) => counted.has(String(i.id))).length);
    expect(m.total).toBeLessThan(all.length);
  });

  it('keeps the same figures and flags on the next page (cached per data version), and without facets', async () => {
    const first = (await t.http.get('/v1/programs?q=zephyrine&limit=5&facet=format').expect(200)).body;
    const next = (await t.http.get(first.links.next).expect(200)).body;
    expect(next.meta.total).toBe(first.meta.total);
    expect(next.meta.total_exact).toBe(false);
    expect(next.meta.facets).toEqual(first.meta.facets);
    expect(next.meta.facets_exhaustive).toBe(false);
    const plain = (await t.http.get('/v1/programs?q=zephyrine&updated_since=2000-01-01T00:00:00Z').expect(200)).body;
    expect(plain.meta.total).toBe(first.meta.total);
    expect(plain.meta.total_exact).toBe(false);
    expect(plain.meta.facets_exhaustive).toBeUndefined();
  });

  it('pages through every match all the same (the cap is on counting, never on the list)', async () => {
    expect((await fullList('q=zephyrine')).length).toBe(MANY);
    expect((await fullList('q=zephyrine&format=group')).length).toBe(MANY - Math.ceil(MANY / 3));
  });
});

describe('a q= list under MAX_COUNTED matches, and lists without q=', () => {
  it('counts exactly and says so', async () => {
    const all = await fullList('q=zephyrine%20quillbrook');
    expect(all.length).toBe(NARROW);
    const m = await meta('q=zephyrine%20quillbrook');
    expect(m.total_exact).toBe(true);
    expect(m.facets_exhaustive).toBe(true);
    expect(m.total).toBe(NARROW);
    for (const field of FIELDS)
      expect(new Map((m.facets?.[field] ?? []).map((c) => [JSON.stringify(c.value), c.count]))).toEqual(
        countBy(all, field),
      );
  });

  it('a list without q= counts every record exactly, past MAX_COUNTED too', async () => {
    const all = await fullList('updated_since=2000-01-01T00:00:00Z');
    expect(all.length).toBeGreaterThan(MAX_COUNTED);
    const m = await meta('updated_since=2000-01-01T00:00:00Z');
    expect(m.total).toBe(all.length);
    expect(m.total_exact).toBe(true);
    expect(m.facets_exhaustive).toBe(true);
  });

  it('the spec states the flags and the cap', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    // Follows a `$ref` (the spec says a repeated schema once).
    type Node = { $ref?: string; [k: string]: unknown };
    const resolve = (node: Node): Node => {
      if (!node.$ref) return node;
      let at: unknown = spec;
      for (const k of node.$ref.slice(2).split('/')) at = (at as Record<string, unknown>)[k];
      return resolve(at as Node);
    };
    const listMeta = spec.components.schemas.ListMeta;
    expect(listMeta.required).toContain('total_exact');
    expect(resolve(listMeta.properties.total).description).toContain(`first ${MAX_COUNTED} full-text matches`);
    expect(resolve(listMeta.properties.total_exact).type).toBe('boolean');
    const programMeta = spec.components.schemas.ProgramListMeta;
    expect(programMeta.required).toContain('total_exact');
    expect(resolve(programMeta.properties.facets_exhaustive).description).toContain('lower bound');
  });
});
