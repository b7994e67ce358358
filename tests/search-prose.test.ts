/**
 * Search indexes prose (audit 16 A16-3): a JSON column contributes a list's strings and the `text` or `rule` of each
 * object in a list, never the ids, enum values or hedges of the scopes beside them. Read from the index itself, for
 * every indexed record of every collection whose search body has such a list of objects (guides, session phases).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadSeed } from '../seed/load.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { startApp, type TestApp } from './helpers.js';
import { migrationsBefore } from './old-database.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

const ids = Object.values(seedData)
  .flat()
  .map((x) => String((x as { id: string }).id))
  .filter((id) => id.includes('-'));
// A scope's level as stored (its other values, "format" and "program", are words of the prose too).
const SCOPE_VALUES = ['ketamine_therapy'];

describe('search indexes prose, not scopes', () => {
  it('no indexed body of a guide or session phase holds a record id or a scope value', () => {
    // The seed indexes in bulk (searchReindex); a write of one record goes through the triggers: both are read.
    const bodies = () =>
      t.db.$client
        .prepare(
          "select k.collection, k.record_id, s.body from search s join search_keys k on k.id = s.rowid where k.collection in ('guides', 'session_phases')",
        )
        .all() as { collection: string; record_id: string; body: string }[];
    const bulk = bodies();
    t.db.$client.exec('update guides set title = title; update session_phases set name = name');
    expect(bodies()).toEqual(bulk);
    const rows = t.db.$client
      .prepare(
        "select k.collection, k.record_id, s.body from search s join search_keys k on k.id = s.rowid where k.collection in ('guides', 'session_phases')",
      )
      .all() as { collection: string; record_id: string; body: string }[];
    expect(rows.length).toBe(seedData.guides.length + seedData.session_phases.length);
    const bad: string[] = [];
    for (const r of rows) {
      for (const id of ids)
        if (new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`).test(r.body)) bad.push(`${r.record_id}: ${id}`);
      for (const v of SCOPE_VALUES) if (new RegExp(`(^| )${v}( |$)`).test(r.body)) bad.push(`${r.record_id}: ${v}`);
    }
    expect(bad).toEqual([]);
  });

  it('still finds a guide by the words of its items', async () => {
    const item = seedData.guides[0]!.items[0]!.text;
    const word = (item.match(/[A-Za-z]{7,}/g) ?? [])[0] as string;
    const hits = (await t.http.get(`/v1/search?q=${encodeURIComponent(word)}&limit=100`).expect(200)).body.data as {
      id: string;
    }[];
    expect(hits.map((h) => h.id)).toContain(seedData.guides[0]!.id);
  });
});

describe('migration 0029 indexes an existing database again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0029-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('leaves no scope id in any guide’s or phase’s indexed body, and finds them as before', () => {
    const db = openDb(':memory:');
    migrateDb(db, migrationsBefore(dir, '0029_search_prose_only'));
    loadSeed(db);
    // Written one by one before the upgrade: indexed by the old triggers, scopes and all.
    db.$client.exec('update guides set title = title; update session_phases set name = name');
    const body = (id: string) =>
      (
        db.$client
          .prepare('select s.body from search s join search_keys k on k.id = s.rowid where k.record_id = ?')
          .get(id) as { body: string }
      ).body;
    const guide = seedData.guides[0]!.id;
    expect(body(guide)).toContain('kair-group-therapy-unpacked');
    migrateDb(db);
    expect(body(guide)).not.toContain('kair-group-therapy-unpacked');
    expect(body(guide)).toContain(seedData.guides[0]!.items[0]!.text);
    const count = (db.$client.prepare('select count(*) as n from search').get() as { n: number }).n;
    const live = Object.values(seedData).reduce((n, records) => n + (records as unknown[]).length, 0);
    expect(count).toBe(live);
    expect(db.$client.prepare('select count(*) as n from search_pending').get()).toEqual({ n: 0 });
  });
});
