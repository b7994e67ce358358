/**
 * Migrations: a database built before the foreign keys and without the data_version table upgrades
 * without losing anything, and ends with exactly the schema of a new database; the search triggers
 * are the ones src/search/triggers.ts writes; every foreign key holds at the database, whoever writes.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../seed/load.js';
import { DanglingReferencesError, type Db, migrateDb, openDb } from '../src/db/client.js';
import { MIGRATIONS_DIR } from '../src/db/paths.js';
import * as schema from '../src/db/schema/index.js';
import { Writer } from '../src/repository/writes.js';
import { byCollection } from '../src/resources/index.js';
import { SEARCH_FIELDS } from '../src/search/fields.js';
import { searchTriggers } from '../src/search/triggers.js';
import { freshDb } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of migrations/ that stops before the migration tagged `until` (the set an older release shipped). */
function migrationsBefore(until: string): string {
  const folder = join(dir, `before-${until}`);
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'));
  const stop = journal.entries.findIndex((e: { tag: string }) => e.tag === until);
  expect(stop, `migration ${until}`).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, stop);
  for (const e of journal.entries) cpSync(join(MIGRATIONS_DIR, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  return folder;
}

/** A database as the release before these migrations left it: seeded, edited, with a deleted record. */
function oldDatabase(name: string): Db {
  const db = openDb(join(dir, name));
  migrateDb(db, migrationsBefore('0007_drop_data_version'));
  loadSeed(db);
  const writer = Writer.on(db);
  const faqs = byCollection.get('faqs')!;
  writer.update(
    faqs,
    'what-is-community-of-practice',
    (f) => ({ ...f, answer: 'Edited before the upgrade.' }),
    'any',
    'anna',
    'updated',
  );
  writer.remove(faqs, 'can-i-drive-home-after-a-group-session', 'any', 'anna');
  return db;
}

const CONTENT = ['citations', 'changes', 'revisions', 'api_keys', 'search_keys', ...Object.keys(SEARCH_FIELDS)];

function dump(db: Db) {
  const rows = (sql: string) => db.$client.prepare(sql).all();
  return {
    ...Object.fromEntries(CONTENT.map((t) => [t, rows(`select * from "${t}" order by 1, 2, 3`)])),
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
    expect(db.$client.prepare(`select count(*) as n from sqlite_master where name = 'data_version'`).get()).toEqual({
      n: 1,
    });
    const before = dump(db);
    migrateDb(db);
    expect(dump(db)).toEqual(before);
    const fresh = freshDb();
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    fresh.$client.close();

    // The rebuilt tables' search triggers work: an edit is found by its new words, and not by its old ones.
    const programs = byCollection.get('programs')!;
    const writer = Writer.on(db);
    writer.update(
      programs,
      'roots-to-thrive-group',
      (p) => ({ ...p, name: 'Zyxwvut cohort' }),
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
    const keys = Object.values(schema)
      .flatMap((t) =>
        'getSQL' in t ? getTableConfig(t).foreignKeys.map((fk) => ({ table: getTableConfig(t).name, fk })) : [],
      )
      // The webhook tables' own keys (an endpoint's deliveries and attempts) hold no seeded row to
      // point elsewhere; tests/webhooks.test.ts deletes through them.
      .filter(({ table }) => !table.startsWith('webhook_'));
    // Every reference held in a column of its own (see src/db/schema/content.ts).
    expect(keys.map(({ table, fk }) => `${table}.${fk.reference().columns[0]?.name}`).sort()).toEqual([
      'citations.source_id',
      'findings.study_id',
      'organizations.parent_organization_id',
      'prices.program_id',
      'programs.organization_id',
      'studies.source_id',
    ]);
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
