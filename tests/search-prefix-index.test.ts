/**
 * Migration 0017 makes the search table again with FTS5 prefix indexes (src/search/triggers.ts
 * SEARCH_TABLE). A database upgraded across it keeps every indexed row as it was, and every query
 * (every prefix of every indexed word, and the words of every title) finds exactly the same rows,
 * with the same highlights and snippets, as before the migration.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../seed/load.js';
import { type Db, migrateDb, openDb } from '../src/db/client.js';
import { Writer } from '../src/repository/writes.js';
import { byCollection } from '../src/resources/index.js';
import { ftsQuery } from '../src/search/search.js';
import { SEARCH_TABLE } from '../src/search/triggers.js';

/** Migration 0017's SQL, and the search table it replaces (migration 0001's: the same, without prefix indexes). */
const PREFIX_MIGRATION = readFileSync(new URL('../migrations/0017_search_prefix_index.sql', import.meta.url), 'utf8')
  .split('--> statement-breakpoint')
  .join('');
const BEFORE_0017_TABLE = SEARCH_TABLE.replace(/;$/, '').replace(", prefix = '1 2 3 4 5 6 7 8'", '');

const dir = mkdtempSync(join(tmpdir(), 'katalog-prefix-'));
let old: Db;
let upgraded: Db;

beforeAll(() => {
  // Every migration, then the search table put back as it was before 0017 (no prefix index, same rows):
  // the seed is written with today's columns, which migrations after 0017 add.
  upgraded = openDb(join(dir, 'upgraded.db'));
  migrateDb(upgraded);
  upgraded.$client.exec(PREFIX_MIGRATION.replaceAll(SEARCH_TABLE.replace(/;$/, ''), BEFORE_0017_TABLE));
  loadSeed(upgraded);
  // Written record by record (the triggers) after the bulk seed: an edit, a deletion, a new accented word.
  const writer = Writer.on(upgraded);
  const programs = byCollection.get('programs')!;
  writer.update(
    programs,
    'roots-to-thrive-group',
    (p) => ({ ...p, name: 'Groupe Montréal cohort of Roots to Thrive' }),
    'any',
    't',
    'updated',
  );
  const faqs = byCollection.get('faqs')!;
  const faq = upgraded.$client.prepare('select id from faqs where deleted_at is null order by id limit 1').get() as {
    id: string;
  };
  writer.remove(faqs, faq.id, 'any', 't');
  upgraded.$client.exec(`vacuum into '${join(dir, 'old.db')}'`);
  old = openDb(join(dir, 'old.db'), { readonly: true });
  // Migration 0017 itself, as the migrator runs it.
  upgraded.$client.exec(PREFIX_MIGRATION);
});
afterAll(() => {
  old.$client.close();
  upgraded.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = (db: Db, sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params);

describe('migration 0017: the search table with prefix indexes', () => {
  it('is the table src/search/triggers.ts declares, and the old one had no prefix index', () => {
    const sqlOf = (db: Db) =>
      (db.$client.prepare(`select sql from sqlite_master where name = 'search'`).get() as { sql: string }).sql;
    expect(sqlOf(upgraded)).toBe(SEARCH_TABLE.replace(/;$/, ''));
    expect(sqlOf(old)).not.toContain('prefix');
    expect(rows(upgraded, `select name from sqlite_master where name = 'search_rebuild'`)).toEqual([]);
  });

  it('keeps every indexed row (rowid, title, body)', () => {
    const all = 'select rowid, title, body from search order by rowid';
    const before = rows(old, all);
    expect(before.length).toBeGreaterThan(100);
    expect(rows(upgraded, all)).toEqual(before);
  });

  it('finds the same rows, highlights and snippets for every prefix of every indexed word and every title', () => {
    upgraded.$client.exec(`create virtual table temp.vocab using fts5vocab(main, 'search', 'row')`);
    const terms = (rows(upgraded, 'select term from temp.vocab') as { term: string }[]).map((r) => r.term);
    expect(terms.length).toBeGreaterThan(500);
    const queries = new Set<string>();
    for (const term of terms) for (let n = 1; n <= Math.min(term.length, 12); n++) queries.add(term.slice(0, n));
    for (const r of rows(old, 'select title from search') as { title: string }[]) queries.add(r.title);
    queries.add('montre');
    queries.add('Montréal');
    const sql = `select rowid, highlight(search, 0, '[', ']') as t, snippet(search, 1, '[', ']', '…', 16) as s
      from search where search match ? order by rowid`;
    const a = old.$client.prepare(sql);
    const b = upgraded.$client.prepare(sql);
    let compared = 0;
    for (const q of queries) {
      const fts = ftsQuery(q);
      if (!fts) continue;
      const want = a.all(fts);
      expect(b.all(fts), q).toEqual(want);
      compared++;
    }
    expect(compared).toBeGreaterThan(2000);
    // The renamed program is found by a prefix of its new accented word, in the old and the new table alike.
    expect(rows(upgraded, sql, ftsQuery('montr')).length).toBeGreaterThan(0);
  });

  it('stays in step with writes after the migration', () => {
    const programs = byCollection.get('programs')!;
    Writer.on(upgraded).update(
      programs,
      'roots-to-thrive-group',
      (p) => ({ ...p, name: 'Qwzx circle of Roots to Thrive' }),
      'any',
      't',
      'updated',
    );
    const found = (q: string) =>
      rows(
        upgraded,
        `select k.record_id from search join search_keys k on k.id = search.rowid where search match ? and k.collection = 'programs'`,
        ftsQuery(q),
      );
    expect(found('qwz')).toEqual([{ record_id: 'roots-to-thrive-group' }]);
    expect(found('Groupe Montr')).toEqual([]);
  });
});
