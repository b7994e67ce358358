/**
 * Migration 0028 (audit 13 A13-2, A13-4; review 15 R15-1; R-3; audit 12 A12-8) upgrades a database seeded before it:
 * every record it corrects gets the seed's values and citations, a record an editor changed is left alone, and the
 * corrections are published as new versions with change events, so partners syncing with `updated_since` see them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeed, publishMigrations } from '../seed/load.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { BEFORE_0028, loadSeedBefore, migrationsBefore, republishedFrom, seedBefore } from './old-database.js';
import { changeEvents, freshSeeded, jsonValue, rowOf, versionsOf } from './upgraded-records.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-0028-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Db = ReturnType<typeof openDb>;
const citationsOf = (db: Db, collection: string, id: string) =>
  db.$client
    .prepare(
      'select source_id, excerpt, section from citations where collection = ? and record_id = ? order by position',
    )
    .all(collection, id);

describe('migration 0028 upgrades a database seeded before it', () => {
  // Today's seed in a fresh database: what an upgraded one must hold.
  const fresh = freshSeeded();
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0028_audit13_wording'));
  loadSeedBefore(db, seedBefore('0028'));
  // Edited before the upgrade: one record's note, and another's citation list.
  const EDITED_NOTE = 'conditions/treatment-resistant-depression';
  const EDITED_CITATIONS = 'format_fit/active-substance-use-disorder';
  db.$client
    .prepare("update conditions set note = 'An editor’s note.' where id = 'treatment-resistant-depression'")
    .run();
  db.$client
    .prepare(
      "update citations set section = 'An editor’s section' where collection = 'format_fit' and record_id = 'active-substance-use-disorder' and position = 0",
    )
    .run();
  // The later migrations run too (0030, 0032 and 0033 correct records 0028 did, and others as they were before them): each
  // record any of them corrects is published once.
  const corrected = republishedFrom('0028');
  const versions = () => versionsOf(db, corrected);
  const before = versions();
  const events = () => changeEvents(db);
  const eventsBefore = events();
  migrateDb(db);
  const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');

  it('starts from a seed that differs where 0028 corrects it (the test is not vacuous)', () => {
    expect(Object.keys(BEFORE_0028).length).toBeGreaterThanOrEqual(15);
    for (const [key, was] of Object.entries(BEFORE_0028)) {
      const [collection, id] = key.split('/') as [string, string];
      const want = rowOf(fresh, key);
      for (const [column, old] of Object.entries(was))
        if (column === 'citations') expect(citationsOf(fresh, collection, id), key).not.toEqual(old);
        else expect(jsonValue(want[column]), `${key}.${column}`).not.toEqual(jsonValue(old));
    }
  });

  it('gives every record it corrects the seed’s values and citations, and leaves an editor’s alone', () => {
    let checked = 0;
    for (const [key, was] of Object.entries(BEFORE_0028)) {
      const [collection, id] = key.split('/') as [string, string];
      const row = rowOf(db, key);
      const want = rowOf(fresh, key);
      for (const column of Object.keys(was).filter((c) => c !== 'citations')) {
        if (key === EDITED_NOTE && column === 'note') expect(row[column]).toBe('An editor’s note.');
        // The edited citation list blocks the record's citations only; its note is still corrected.
        else expect(jsonValue(row[column]), `${key}.${column}`).toEqual(jsonValue(want[column]));
        checked++;
      }
      if (!was.citations) continue;
      if (key === EDITED_CITATIONS)
        expect(citationsOf(db, collection, id)).toHaveLength((was.citations as unknown[]).length);
      else expect(citationsOf(db, collection, id), key).toEqual(citationsOf(fresh, collection, id));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('publishes each corrected record as a new version with a change event', () => {
    const after = versions();
    // The note edited in SQL (not through the store) is published too: its content differs from its last revision.
    for (const key of corrected) expect(after[key], key).toBe((before[key] as number) + 1);
    expect(published).toBe(corrected.length);
    expect(events() - eventsBefore).toBe(corrected.length);
  });

  it('leaves the seed nothing to correct but the two records edited in SQL', () => {
    // The seed wrote them last, so it restores them.
    expect(loadSeed(db).updated).toBe(2);
    for (const key of Object.keys(BEFORE_0028)) {
      const [collection, id] = key.split('/') as [string, string];
      expect(citationsOf(db, collection, id), key).toEqual(citationsOf(fresh, collection, id));
    }
  });
});
