/**
 * Migration 0037 (review C16-1, after hostile 16 H16-1): FAQ `related` entries an earlier build stored with a
 * collection's internal key (`session_phases`) are rewritten to its URL segment, the one spelling the API takes and
 * serves, and an entry that then repeats an earlier one is dropped; the record is published as a new version, and can
 * be written and restored again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeed, publishMigrations } from '../seed/load.js';
import { buildApp } from '../src/app.js';
import { createKey } from '../src/auth/keys.js';
import { testConfig } from '../src/config.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { resources } from '../src/resources/index.js';
import { migrationsBefore } from './old-database.js';
import { changeEvents, versionsOf } from './upgraded-records.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-0037-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0037: FAQ related entries name URL segments', () => {
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0037_faq_related_segments'));
  loadSeed(db);
  const [first, second, third, fourth] = db.$client
    .prepare('select id, related from faqs order by id limit 4')
    .all() as {
    id: string;
    related: string;
  }[];
  if (!first || !second || !third || !fourth) throw new Error('the seed has FAQs');
  // What an earlier build stored: every internal key that differs from its segment, one entry twice under two spellings.
  const keyed = resources.filter((r) => r.tableName !== r.path);
  const idOf = (table: string) =>
    (db.$client.prepare(`select id from ${table} where deleted_at is null order by id limit 1`).get() as { id: string })
      .id;
  const stored = [
    ...keyed.map((r) => ({ collection: r.tableName, id: idOf(r.tableName) })),
    { collection: keyed[0]!.path, id: idOf(keyed[0]!.tableName) },
    { collection: 'programs', id: idOf('programs') },
  ];
  db.$client.prepare('update faqs set related = ? where id = ?').run(JSON.stringify(stored), first.id);
  // Only the later spelling internal; and a record deleted when the migration runs (review 26b R26b2-3).
  const later = [
    { collection: keyed[0]!.path, id: idOf(keyed[0]!.tableName) },
    { collection: keyed[0]!.tableName, id: idOf(keyed[0]!.tableName) },
  ];
  db.$client.prepare('update faqs set related = ? where id = ?').run(JSON.stringify(later), third.id);
  db.$client
    .prepare("update faqs set related = ?, deleted_at = '2029-01-01T00:00:00.000Z' where id = ?")
    .run(JSON.stringify(stored), fourth.id);
  // The psychosis note as 0036 first wrote it (review 26b R26b2-1): 0037 corrects it too.
  const PSYCHOSIS = 'contraindications/history-of-psychosis-or-schizophrenia';
  db.$client
    .prepare(
      "update contraindications set note = replace(note, 'active psychosis', 'active psychotic symptoms (active psychosis)') where id = 'history-of-psychosis-or-schizophrenia'",
    )
    .run();
  const keys = [`faqs/${first.id}`, `faqs/${second.id}`, PSYCHOSIS];
  const before = versionsOf(db, keys);
  const eventsBefore = changeEvents(db);
  migrateDb(db);
  const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');
  const relatedOf = (id: string) =>
    JSON.parse((db.$client.prepare('select related from faqs where id = ?').get(id) as { related: string }).related);

  it('rewrites every internal key to its segment and drops the entry that then repeats one', () => {
    expect(keyed.length).toBeGreaterThan(0);
    expect(relatedOf(first.id)).toEqual([
      ...keyed.map((r) => ({ collection: r.path, id: idOf(r.tableName) })),
      { collection: 'programs', id: idOf('programs') },
    ]);
  });

  it('leaves a list without internal keys as it was, and publishes only the corrected record', () => {
    expect(JSON.stringify(relatedOf(second.id))).toBe(JSON.stringify(JSON.parse(second.related)));
    const after = versionsOf(db, keys);
    expect(after[`faqs/${first.id}`]).toBe((before[`faqs/${first.id}`] as number) + 1);
    expect(after[`faqs/${second.id}`]).toBe(before[`faqs/${second.id}`]);
    // The note's revision already holds the corrected text (the seed wrote it; the old one was put back in SQL only).
    expect(after[PSYCHOSIS]).toBe(before[PSYCHOSIS]);
    // The first and the third; the deleted FAQ is corrected in place.
    expect(published).toBe(2);
    expect(changeEvents(db) - eventsBefore).toBe(2);
  });

  it('keeps the first of two spellings when only the later is internal, and corrects a deleted record too', () => {
    expect(relatedOf(third.id)).toEqual([{ collection: keyed[0]!.path, id: idOf(keyed[0]!.tableName) }]);
    expect(relatedOf(fourth.id)).toEqual(relatedOf(first.id));
    const note = (
      db.$client
        .prepare("select note from contraindications where id = 'history-of-psychosis-or-schizophrenia'")
        .get() as {
        note: string;
      }
    ).note;
    expect(note).toContain('names active psychosis in what it says');
  });

  it('serves links that resolve, and the record can be written, deleted and restored again', async () => {
    const app = await buildApp({ config: testConfig(), db });
    try {
      const key = createKey(db, 'c16', 'write').key;
      const auth = { authorization: `Bearer ${key}`, 'if-match': '*' };
      const faq = (await app.inject({ url: `/v1/faqs/${first.id}` })).json() as {
        data: { related: { collection: string; id: string }[] };
      };
      for (const r of faq.data.related)
        expect((await app.inject({ url: `/v1/${r.collection}/${r.id}` })).statusCode, r.collection).toBe(200);
      const patch = await app.inject({
        method: 'PATCH',
        url: `/v1/faqs/${first.id}`,
        headers: { ...auth, 'content-type': 'application/merge-patch+json' },
        payload: { position: 77 },
      });
      expect(patch.statusCode).toBe(200);
      expect((await app.inject({ method: 'DELETE', url: `/v1/faqs/${first.id}`, headers: auth })).statusCode).toBe(204);
      const restored = await app.inject({
        method: 'POST',
        url: `/v1/faqs/${first.id}/restore`,
        headers: { authorization: auth.authorization },
      });
      expect(restored.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
