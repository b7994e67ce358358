/**
 * Migrations: a database built before the foreign keys and without the data_version table upgrades
 * without losing anything, and ends with exactly the schema of a new database; the search triggers
 * are the ones src/search/triggers.ts writes; every foreign key holds at the database, whoever writes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { afterAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { ADDED_BY_MIGRATIONS, loadSeed, publishMigrations, seedOnStart } from '../seed/load.js';
import { DanglingReferencesError, type Db, migrateDb, openDb } from '../src/db/client.js';
import * as schema from '../src/db/schema/index.js';
import { Writer } from '../src/repository/writes.js';
import { byCollection, resources } from '../src/resources/index.js';
import { referencePaths } from '../src/resources/references.js';
import { SEARCH_FIELDS } from '../src/search/fields.js';
import { searchTriggers } from '../src/search/triggers.js';
import { freshDb } from './helpers.js';
import {
  BEFORE_0036,
  BEFORE_0048,
  CITATIONS_ADDED_BY_0021,
  insertRow,
  migrationsBefore as migrationsBeforeIn,
  seedBefore0009,
  TEXTS_BEFORE_0020,
} from './old-database.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of migrations/ that stops before the migration tagged `until` (the set an older release shipped). */
const migrationsBefore = (until: string) => migrationsBeforeIn(dir, until);

/**
 * A database as the release before these migrations left it: seeded (in the shape of its tables), edited,
 * with a deleted record. The edit and the deletion are written as that release's store wrote them.
 */
function oldDatabase(name: string): Db {
  const db = openDb(join(dir, name));
  migrateDb(db, migrationsBefore('0007_drop_data_version'));
  seedBefore0009(db);
  const at = '2026-11-02T00:00:00.000Z';
  const sqlite = db.$client;
  sqlite
    .prepare(
      `update faqs set answer = 'Edited before the upgrade.', version = 2, updated_at = ? where id = 'what-is-community-of-practice'`,
    )
    .run(at);
  sqlite
    .prepare(
      `update faqs set deleted_at = ?, updated_at = ?, version = 2 where id = 'can-i-drive-home-after-a-group-session'`,
    )
    .run(at, at);
  for (const [id, action] of [
    ['what-is-community-of-practice', 'updated'],
    ['can-i-drive-home-after-a-group-session', 'deleted'],
  ] as const) {
    insertRow(db, 'changes', { collection: 'faqs', record_id: id, action, version: 2, changed_at: at });
    insertRow(db, 'revisions', {
      collection: 'faqs',
      record_id: id,
      version: 2,
      action,
      actor: 'anna',
      at,
      before: null,
      after: null,
    });
  }
  return db;
}

/** How many citations the seed gives a record. */
const seedCitations = (collection: string, id: string) =>
  ((seedData as unknown as Record<string, { id: string; citations: unknown[] }[]>)[collection] ?? []).find(
    (r) => r.id === id,
  )?.citations.length ?? 0;

const CONTENT = ['citations', 'changes', 'revisions', 'api_keys', 'search_keys', ...Object.keys(SEARCH_FIELDS)];

function dump(db: Db) {
  const rows = (sql: string) => db.$client.prepare(sql).all();
  const exists = (t: string) =>
    !!db.$client.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(t);
  return {
    // A table a later migration creates (conditions) holds no row before it.
    ...Object.fromEntries(CONTENT.map((t) => [t, exists(t) ? rows(`select * from "${t}" order by 1, 2, 3`) : []])),
    search: rows('select rowid, title, body from search order by rowid'),
  };
}

const schemaOf = (db: Db) =>
  db.$client
    .prepare(`select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_%' order by type, name`)
    .all();

describe('upgrading a database from the previous release', () => {
  it('keeps every row and search entry, and ends with the schema of a new database', () => {
    const db = oldDatabase('upgrade.db');
    // The collections whose tables later migrations create (conditions, 0014): start-up seeds these, and only these.
    const created = resources
      .map((r) => r.tableName)
      .filter((t) => !db.$client.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(t));
    expect(created).toContain('conditions');
    expect(db.$client.prepare(`select count(*) as n from sqlite_master where name = 'data_version'`).get()).toEqual({
      n: 1,
    });
    const before = dump(db);
    // The schema migrations (0007, 0008) keep every row as it was; 0009 then adds and backfills fields
    // (tests/upgrade.test.ts checks those values).
    migrateDb(db, migrationsBefore('0009_attribution_and_access'));
    expect(dump(db)).toEqual(before);
    migrateDb(db);
    const after = dump(db) as Record<string, unknown[]>;
    for (const table of ['revisions', 'api_keys', 'search_keys'])
      expect(after[table], table).toEqual((before as Record<string, unknown[]>)[table]);
    // Every citation is kept; 0020 widens three seeded excerpts to the speaker they name (audit 9 L3) and 0021
    // appends the excerpts a corrected fit-table note rests on (audit 9 M6).
    const widened = new Map(Object.entries(TEXTS_BEFORE_0020).map(([now, was]) => [was, now]));
    type Cited = { collection: string; record_id: string; position: number; excerpt: string };
    // 0036 appends the other article's excerpts to three contraindications (audit 20 A20-2).
    const addedBy0036 = Object.fromEntries(
      Object.entries(BEFORE_0036).map(([key, was]) => {
        const [collection, id] = key.split('/') as [string, string];
        return [key, seedCitations(collection, id) - (was.citations as unknown[]).length];
      }),
    );
    const addedByMigrations: Record<string, number> = { ...CITATIONS_ADDED_BY_0021, ...addedBy0036 };
    const appended = (c: Cited) => {
      const added = addedByMigrations[`${c.collection}/${c.record_id}`] ?? 0;
      return added > 0 && c.position >= seedCitations(c.collection, c.record_id) - added;
    };
    // 0048 takes a table row's line (and the table's headers) off a statement of the group format (audit 25 A25-1): the
    // citations an old database holds past the seed's count for a record 0048 corrects.
    const removedBy0048 = (c: Cited) =>
      !!(BEFORE_0048[`${c.collection}/${c.record_id}`] as { citations?: unknown[] } | undefined)?.citations &&
      c.position >= seedCitations(c.collection, c.record_id);
    const citedBefore = ((before as Record<string, Cited[]>).citations ?? [])
      .filter((c) => !removedBy0048(c))
      .map((c) => ({
        ...c,
        excerpt: widened.get(c.excerpt) ?? c.excerpt,
      }));
    const citedAfter = after.citations as Cited[];
    expect(citedAfter.filter((c) => !appended(c))).toEqual(citedBefore);
    expect(citedAfter.filter((c) => !appended(c))).not.toEqual((before as Record<string, Cited[]>).citations);
    expect(citedAfter.filter(appended).length).toBe(Object.values(addedByMigrations).reduce((x, y) => x + y, 0));
    for (const table of CONTENT.filter((t) => !['changes', 'citations', 'revisions'].includes(t)))
      expect(after[table]?.length, table).toBe((before as Record<string, unknown[]>)[table]?.length);
    const fresh = freshDb();
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
    // 0014 gives findings a foreign key to conditions, a collection it creates empty: the findings that
    // name a condition point at the seed's conditions, which start-up seeds (only that collection).
    const dangling = db.$client.pragma('foreign_key_check') as { table: string; parent: string }[];
    expect(new Set(dangling.map((d) => `${d.table}->${d.parent}`))).toEqual(new Set(['findings->conditions']));
    // In the server's order: the migrations are published, then start-up seeds what they added (review 38 R38-1:
    // publishing wrote a record naming a condition before the conditions were seeded, and every start failed).
    publishMigrations(db, '2030-01-01T00:00:00.000Z');
    const untouched = dump(db) as Record<string, unknown[]>;
    const seeded = seedOnStart(db);
    expect(seeded?.first).toBe(false);
    expect(seeded?.collections).toEqual(created);
    expect(seeded?.added).toEqual(Object.values(ADDED_BY_MIGRATIONS).flat());
    expect(seeded?.skipped).toEqual([]);
    expect(seeded?.report.created).toBe(
      created.reduce((n, t) => n + (seedData as unknown as Record<string, unknown[]>)[t]!.length, 0),
    );
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    const started = dump(db) as Record<string, unknown[]>;
    for (const table of ['programs', 'findings', 'guides', 'prices', 'organizations'])
      expect(started[table], `${table} untouched by start-up`).toEqual(untouched[table]);
    expect(seedOnStart(db)).toBeUndefined();
    loadSeed(db);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    fresh.$client.close();

    // The rebuilt tables' search triggers work: an edit is found by its new words, and not by its old ones.
    const programs = byCollection.get('programs')!;
    const writer = Writer.on(db);
    writer.update(
      programs,
      'roots-to-thrive-group',
      (p) => ({ ...p, name: 'Zyxwvut cohort of Roots to Thrive' }),
      'any',
      'anna',
      'updated',
    );
    const hits = (q: string) =>
      db.$client
        .prepare(
          `select k.record_id from search s join search_keys k on k.id = s.rowid where search match ? and k.collection = 'programs'`,
        )
        .all(q);
    expect(hits('zyxwvut')).toEqual([{ record_id: 'roots-to-thrive-group' }]);
    db.$client.close();
  });

  it('refuses to add foreign keys over a row that points at nothing, lists it, and changes nothing', () => {
    const db = oldDatabase('dangling.db');
    // Written behind the store's back (before the store checked references, the API accepted such rows).
    db.$client
      .prepare(`update prices set program_id = 'no-such-program' where id = 'roots-to-thrive-group-price'`)
      .run();
    const before = { rows: dump(db), schema: schemaOf(db) };
    let error: unknown;
    try {
      migrateDb(db);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DanglingReferencesError);
    expect((error as DanglingReferencesError).rows).toEqual([
      'prices roots-to-thrive-group-price: program_id "no-such-program" is not a programs id',
    ]);
    expect({ rows: dump(db), schema: schemaOf(db) }).toEqual(before);
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    db.$client.close();
  });
});

describe('the schema migrations build', () => {
  const db = freshDb();
  afterAll(() => db.$client.close());

  it('has exactly the search triggers src/search/triggers.ts writes, and keeps no data version', () => {
    const triggers = db.$client
      .prepare(`select name, sql from sqlite_master where type = 'trigger' order by name`)
      .all() as { name: string; sql: string }[];
    const expected = Object.keys(SEARCH_FIELDS)
      .flatMap(searchTriggers)
      .map((t) => ({ name: t.name, sql: t.sql.replace(/;$/, '') })) // SQLite keeps the statement without its ';'
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(triggers).toEqual(expected);
    expect(db.$client.prepare(`select name from sqlite_master where sql like '%data_version%'`).all()).toEqual([]);
  });

  it('refuses, at the database, a row that points at a row that does not exist', () => {
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    // Every table: the collections' (declared beside their schemas) and the others (src/db/schema/).
    const keys = [...resources.map((r) => r.table), ...Object.values(schema)]
      .flatMap((t) =>
        'getSQL' in t ? getTableConfig(t).foreignKeys.map((fk) => ({ table: getTableConfig(t).name, fk })) : [],
      )
      // The webhook tables' own keys (an endpoint's deliveries and attempts) hold no seeded row to
      // point elsewhere; tests/webhooks.test.ts deletes through them.
      .filter(({ table }) => !table.startsWith('webhook_'));
    // Every reference held in a column of its own: each declared `references(...)` on a top-level field that is not a
    // list (the declarations, src/resources/references.ts), and a citation's source (src/db/schema/common.ts).
    const declared = resources.flatMap((r) =>
      referencePaths(r.writable)
        .filter((p) => p.path.length === 1)
        .map((p) => `${r.tableName}.${p.field}`),
    );
    expect(declared.length).toBeGreaterThanOrEqual(8);
    expect(keys.map(({ table, fk }) => `${table}.${fk.reference().columns[0]?.name}`).sort()).toEqual(
      ['citations.source_id', ...declared].sort(),
    );
    for (const { table, fk } of keys) {
      const column = fk.reference().columns[0]!.name;
      const set = () =>
        db.$client
          .prepare(
            `update "${table}" set "${column}" = 'no-such-record' where rowid = (select min(rowid) from "${table}")`,
          )
          .run();
      expect(set, `${table}.${column}`).toThrow(/FOREIGN KEY constraint failed/);
    }
    // A raw insert, as a script or another tool might write it.
    expect(() =>
      db.$client
        .prepare(
          `insert into findings (id, version, created_at, updated_at, study_id, measure, direction, summary)
           values ('orphan-finding', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'no-such-study', 'x', 'improved', 'x')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    // Records are deleted as tombstones; a row others point at cannot be removed for good.
    expect(() => db.$client.prepare(`delete from programs where id = 'roots-to-thrive-group'`).run()).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
  });
});
