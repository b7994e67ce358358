/**
 * Migration 0030 (review 18, R18-1..4; review 19, R19-1, R19-3, R19-4) upgrades a database seeded before it: every column it corrects gets the seed's
 * value, a column an editor changed is left alone, and the corrections are published as new versions with change
 * events, so partners syncing with `updated_since` see them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadSeed, publishMigrations } from '../seed/load.js';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { BEFORE_0030, loadSeedBefore, migrationsBefore, republishedFrom, seedBefore } from './old-database.js';
import { changeEvents, freshSeeded, jsonValue, rowOf, unchangedBySeed, versionsOf } from './upgraded-records.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-0030-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The bipolar contraindication's name in the Canadian article's words (review 19 R19-1). */
const NEW_NAME = 'Bipolar disorders ("active psychotic or bipolar disorders")';

describe('no stored text reads the takeaway’s "active" onto bipolar disorders (review 19 R19-1)', () => {
  // The Canadian article writes "active psychotic or bipolar disorders", never "active bipolar": a text that does is
  // Katalog's reading given as a name, and derived views (the fit check, JSON-LD) repeat it as the article's naming.
  const strings = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
  it('holds for every string of every seeded record', () => {
    const found = Object.entries(seedData).flatMap(([collection, records]) =>
      (records as { id: string }[]).flatMap((r) =>
        strings(r)
          .filter((s) => /\bactive bipolar\b/i.test(s))
          .map((s) => `${collection}/${r.id}: ${s}`),
      ),
    );
    expect(found).toEqual([]);
    expect(seedData.contraindications.find((c) => c.id === 'active-bipolar-disorders')?.condition).toBe(NEW_NAME);
  });
});

describe('migration 0030 upgrades a database seeded before it', () => {
  // Today's seed in a fresh database: what an upgraded one must hold.
  const fresh = freshSeeded();
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0030_review18_wording'));
  loadSeedBefore(db, seedBefore('0030'));
  // Edited before the upgrade: one record's note, and a guide's items (one item's text).
  const EDITED_NOTE = 'conditions/borderline-personality-disorder';
  const EDITED_ITEMS = 'guides/guide-course-of-treatment';
  db.$client
    .prepare("update conditions set note = 'An editor’s note.' where id = 'borderline-personality-disorder'")
    .run();
  db.$client
    .prepare(
      "update guides set items = json_set(items, '$[0].text', 'An editor’s item.') where id = 'guide-course-of-treatment'",
    )
    .run();
  const editedItems = rowOf(db, 'guides/guide-course-of-treatment').items;
  // The later migrations run too (0032 and 0033 correct a record 0030 does, and others as they were before them): each record
  // either corrects is published once.
  const corrected = republishedFrom('0030');
  const versions = () => versionsOf(db, corrected);
  const before = versions();
  const events = () => changeEvents(db);
  const eventsBefore = events();
  migrateDb(db);
  const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');

  it('starts from a seed that differs where 0030 corrects it (the test is not vacuous)', () => {
    expect(Object.keys(BEFORE_0030)).toEqual(
      expect.arrayContaining([
        'guides/guide-course-of-treatment',
        'contraindications/active-bipolar-disorders',
        'conditions/bipolar-disorder',
      ]),
    );
    expect(unchangedBySeed(fresh, BEFORE_0030)).toEqual([]);
  });

  it('gives every column it corrects the seed’s value, and leaves an editor’s alone', () => {
    let checked = 0;
    let columns = 0;
    for (const [key, was] of Object.entries(BEFORE_0030)) {
      const row = rowOf(db, key);
      const want = rowOf(fresh, key);
      for (const column of Object.keys(was)) {
        if (key === EDITED_NOTE) expect(row[column]).toBe('An editor’s note.');
        else if (key === EDITED_ITEMS) expect(jsonValue(row[column])).toEqual(jsonValue(editedItems));
        else expect(jsonValue(row[column]), `${key}.${column}`).toEqual(jsonValue(want[column]));
        checked++;
      }
      columns += Object.keys(was).length;
    }
    expect(checked).toBe(columns);
    // The bipolar contraindication's name as well as its note (review 19 R19-1).
    expect(Object.keys(BEFORE_0030['contraindications/active-bipolar-disorders'] ?? {})).toEqual(['condition', 'note']);
  });

  it('corrects the guide’s items when no editor changed them', () => {
    const db2 = openDb(':memory:');
    migrateDb(db2, migrationsBefore(dir, '0030_review18_wording'));
    loadSeedBefore(db2, seedBefore('0030'));
    migrateDb(db2);
    const items = jsonValue(rowOf(db2, 'guides/guide-course-of-treatment').items) as {
      text: string;
      scope: { hedge: string | null };
    }[];
    expect(items).toEqual(jsonValue(rowOf(fresh, 'guides/guide-course-of-treatment').items));
    // The individual figure's hedge is the article's qualifier of the journey only (R18-2).
    expect(items.find((i) => i.text.includes('comparable individual treatment of $3,500'))?.scope.hedge).toBe(
      'most initial protocols',
    );
  });

  it('publishes each corrected record as a new version with a change event', () => {
    const after = versions();
    // The two columns edited in SQL (not through the store) are published too: their content differs from the
    // record's last revision.
    for (const key of corrected) expect(after[key], key).toBe((before[key] as number) + 1);
    expect(published).toBe(corrected.length);
    expect(events() - eventsBefore).toBe(corrected.length);
  });

  it('serves the bipolar contraindication by its new name on an upgraded database: search, record and fit check', async () => {
    // The search index is updated by the triggers on UPDATE (review 19 R19-1).
    const app = await buildApp({ config: testConfig(), db });
    try {
      const search = (await app.inject({ url: '/v1/search?q=bipolar&limit=100' })).json() as {
        data: { collection: string; id: string; title: string }[];
      };
      const hit = search.data.find((h) => h.collection === 'contraindications' && h.id === 'active-bipolar-disorders');
      // The title as served: matches marked, HTML-escaped.
      expect(hit?.title.replace(/<\/?mark>/g, '').replaceAll('&quot;', '"')).toBe(NEW_NAME);
      expect(JSON.stringify(search)).not.toMatch(/active bipolar/i);
      const record = (await app.inject({ url: '/v1/contraindications/active-bipolar-disorders' })).json() as {
        data: { condition: string };
      };
      expect(record.data.condition).toBe(NEW_NAME);
      const fit = await app.inject({ url: '/v1/format-fit/check?situation=active-bipolar-disorders' });
      expect(fit.statusCode).toBe(200);
      expect(fit.body).toContain(JSON.stringify(NEW_NAME).slice(1, -1));
      expect(fit.body).not.toMatch(/active bipolar/i);
    } finally {
      await app.close();
    }
  });

  it('leaves the seed nothing to correct but the two records edited in SQL', () => {
    // The seed wrote them last, so it restores them.
    expect(loadSeed(db).updated).toBe(2);
  });
});
