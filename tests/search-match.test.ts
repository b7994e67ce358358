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
import { freshDb } from './helpers.js';

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
