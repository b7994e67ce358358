/**
 * The two forms of the `q=` condition (a list of matching ids, or a test of each row's search rowid
 * against the matching rowids; see search.ts) select the same records, for every collection.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { ref } from '../src/query/sql.js';
import { byCollection, resources } from '../src/resources/index.js';
import { ftsQuery, matchCondition } from '../src/search/search.js';
import { freshDb, startApp } from './helpers.js';

const db = freshDb();
afterAll(() => db.$client.close());

/** Words that occur in the seed, so most generated queries match something. */
const words = [
  ...new Set(
    JSON.stringify(seedData)
      .match(/[a-z]{4,}/g)
      ?.slice(0, 400),
  ),
];

describe('q= condition forms', () => {
  it.each(resources.map((r) => [r.tableName, r] as const))('%s: both forms select the same ids', (_n, resource) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 2 }), (ws) => {
        const fts = ftsQuery(ws.join(' ')) as string;
        const ids = (dense: boolean) => {
          const m = matchCondition(resource.tableName, ref(resource.table.id), fts, dense);
          const table = `"${resource.tableName}"`;
          return (
            db.$client.prepare(`select id from ${table} where ${m.text} order by id`).all(...m.params) as {
              id: string;
            }[]
          ).map((r) => r.id);
        };
        expect(ids(true)).toEqual(ids(false));
      }),
      { numRuns: 40 },
    );
  });

  it('finds something for seeded words (the comparison is not vacuous)', () => {
    const programs = byCollection.get('programs');
    if (!programs) throw new Error('no programs collection');
    const m = matchCondition('programs', ref(programs.table.id), ftsQuery('group') as string, true);
    const { n } = db.$client.prepare(`select count(*) as n from "programs" where ${m.text}`).get(...m.params) as {
      n: number;
    };
    expect(n).toBeGreaterThan(0);
  });
});

describe('numbers as the sources write them (audit 18 A18-6)', () => {
  it('a number of four digits or more finds its figure written with thousands separators', async () => {
    const t = await startApp();
    try {
      const ids = async (q: string) =>
        (
          (await t.http.get(`/v1/search?q=${encodeURIComponent(q)}&limit=100`).expect(200)).body.data as {
            id: string;
          }[]
        ).map((h) => h.id);
      expect(await ids('5850')).toContain('roots-to-thrive-group-price');
      expect(await ids('5,850')).toContain('roots-to-thrive-group-price');
      expect(await ids('7500 CAD')).toContain('roots-to-thrive-individual-price');
      expect(await ids('10000')).toContain('kair-first-year-individual-3500-10000-plus');
      // And on lists, with another word, and as the last word (a prefix).
      const list = await t.http.get('/v1/prices?q=GST%205850&fields=id').expect(200);
      expect(list.body.data.map((p: { id: string }) => p.id)).toContain('roots-to-thrive-group-price');
      expect(await ids('585')).not.toContain('roots-to-thrive-group-price');
      // "2,000" is one number: the same hits as "2000", each holding it (review 24 R24-2).
      const comma = await ids('2,000');
      expect(comma.length).toBeGreaterThan(0);
      expect(comma).toEqual(await ids('2000'));
      for (const id of comma) {
        const hit = await t.http.get(`/v1/search?q=2000&limit=100`).expect(200);
        expect(JSON.stringify(hit.body.data.find((h: { id: string }) => h.id === id))).toMatch(/2,?000/);
      }
    } finally {
      await t.close();
    }
  });
});
