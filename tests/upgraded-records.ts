/**
 * Reading the records a data migration corrects, for its upgrade test (tests/audit13-wording.test.ts,
 * tests/review18-wording.test.ts): keys are `collection/id`, as the `BEFORE_00NN` maps of tests/old-database.ts.
 */
import { loadSeed } from '../seed/load.js';
import { migrateDb, openDb } from '../src/db/client.js';

type Db = ReturnType<typeof openDb>;

/** Today's seed in a fresh database: what an upgraded one must hold. */
export function freshSeeded(): Db {
  const fresh = openDb(':memory:');
  migrateDb(fresh);
  loadSeed(fresh);
  return fresh;
}

/** The stored row of `collection/id`. */
export function rowOf(db: Db, key: string): Record<string, unknown> {
  const [collection, id] = key.split('/') as [string, string];
  return db.$client.prepare(`select * from ${collection} where id = ?`).get(id) as Record<string, unknown>;
}

/** JSON columns compared as values (a migration writes the same JSON, not always the same text). */
export const jsonValue = (v: unknown) => (typeof v === 'string' && /^[[{]/.test(v) ? JSON.parse(v) : v);

/**
 * The stored version of each record, by key; 0 for a record the database does not hold (yet): one a migration adds is
 * published as version 1, one more, as a correction is.
 */
export const versionsOf = (db: Db, keys: string[]): Record<string, number> =>
  Object.fromEntries(keys.map((key) => [key, (rowOf(db, key)?.version as number | undefined) ?? 0]));

/** How many change events the feed holds. */
export const changeEvents = (db: Db): number =>
  (db.$client.prepare('select count(*) as n from changes').get() as { n: number }).n;

/**
 * The columns a data migration corrects (`was`: `collection/id` → column → value before it) and today's seed in `fresh`,
 * for each pair that differs: the test of the migration is not vacuous when every one of them does.
 */
export function unchangedBySeed(fresh: Db, was: Record<string, Record<string, unknown>>): string[] {
  return Object.entries(was).flatMap(([key, columns]) => {
    const want = rowOf(fresh, key);
    return Object.entries(columns)
      .filter(([column, old]) => JSON.stringify(jsonValue(want[column])) === JSON.stringify(jsonValue(old)))
      .map(([column]) => `${key}.${column}`);
  });
}
