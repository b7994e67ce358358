/**
 * Migration 0032 (audit 17 A17-5, A17-6) upgrades a database seeded before it: every column it corrects gets the seed's
 * value, a column an editor changed is left alone, and the corrections are published as new versions with change
 * events, so partners syncing with `updated_since` see them. And the classes: no stored text gives Katalog's reading of
 * a bare "$" as "implied", and no condition takes as its name the words of a study whose link to it is Katalog's reading.
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
import { BEFORE_0032, loadSeedBefore, migrationsBefore, republishedFrom, seedBefore } from './old-database.js';
import { changeEvents, freshSeeded, jsonValue, rowOf, unchangedBySeed, versionsOf } from './upgraded-records.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-0032-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

describe('Katalog’s readings are said to be Katalog’s (audit 17 A17-5, A17-6)', () => {
  it('no seeded text calls a currency "implied": the KAIR article writes "$", and USD is Katalog’s reading', () => {
    // "USD implied" reads as the article's implication; the other views say "its currency is Katalog's reading".
    const found = Object.entries(seedData).flatMap(([collection, records]) =>
      (records as { id: string }[]).flatMap((r) =>
        strings(r)
          .filter((s) => /\bimplie[sd]\b|\bimplying\b/i.test(s))
          .map((s) => `${collection}/${r.id}: ${s}`),
      ),
    );
    expect(found).toEqual([]);
    // Every guide text or unit giving a KAIR "$" figure in USD says whose reading USD is.
    for (const g of seedData.guides)
      for (const item of g.items)
        if (item.unit?.startsWith('USD')) {
          expect(item.unit, `${g.id}: ${item.text}`).toMatch(/^USD \(Katalog's reading\)/);
          expect(item.text, g.id).toContain("USD is Katalog's reading");
        }
  });

  it('no condition takes as a name the words of a study whose link to it is Katalog’s reading', () => {
    // `alternate_names` are the names the sources use for the condition (JSON-LD `alternateName`): a study population
    // Katalog links to a condition by its own reading is not the source's name for that condition.
    const found = seedData.studies
      .filter((s) => (s.inferred_fields ?? []).includes('conditions'))
      .flatMap((s) =>
        s.conditions.flatMap((id) =>
          (seedData.conditions.find((c) => c.id === id)?.alternate_names ?? [])
            .filter((name) => (s.population ?? '').toLowerCase().includes(name.toLowerCase()))
            .map((name) => `${id}: "${name}" (${s.id})`),
        ),
      );
    expect(found).toEqual([]);
  });
});

describe('migration 0032 upgrades a database seeded before it', () => {
  // Today's seed in a fresh database: what an upgraded one must hold.
  const fresh = freshSeeded();
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0032_audit17_wording'));
  loadSeedBefore(db, seedBefore('0032'));
  // Edited before the upgrade: one record's alternate names, and a guide's items (one item's text).
  const EDITED_NAMES = 'conditions/treatment-resistant-depression';
  const EDITED_ITEMS = 'guides/guide-costs';
  db.$client
    .prepare(
      "update conditions set alternate_names = '[\"An editor’s name\"]' where id = 'treatment-resistant-depression'",
    )
    .run();
  db.$client
    .prepare("update guides set items = json_set(items, '$[1].text', 'An editor’s item.') where id = 'guide-costs'")
    .run();
  const editedItems = rowOf(db, EDITED_ITEMS).items;
  const corrected = Object.keys(BEFORE_0032);
  // The later migration runs too (0033 corrects other records as they were before it): each is published once.
  const republished = republishedFrom('0032');
  const versions = () => versionsOf(db, republished);
  const before = versions();
  const events = () => changeEvents(db);
  const eventsBefore = events();
  migrateDb(db);
  const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');

  it('starts from a seed that differs where 0032 corrects it (the test is not vacuous)', () => {
    expect(corrected).toEqual([
      'guides/guide-costs',
      'guides/guide-course-of-treatment',
      'conditions/treatment-resistant-depression',
    ]);
    expect(unchangedBySeed(fresh, BEFORE_0032)).toEqual([]);
  });

  it('gives every column it corrects the seed’s value, and leaves an editor’s alone', () => {
    let checked = 0;
    let columns = 0;
    for (const [key, was] of Object.entries(BEFORE_0032)) {
      const row = rowOf(db, key);
      const want = rowOf(fresh, key);
      for (const column of Object.keys(was)) {
        if (key === EDITED_NAMES && column === 'alternate_names')
          expect(jsonValue(row[column])).toEqual(['An editor’s name']);
        else if (key === EDITED_ITEMS && column === 'items')
          expect(jsonValue(row[column])).toEqual(jsonValue(editedItems));
        // The record's other columns are still corrected: each UPDATE is gated on its own column.
        else expect(jsonValue(row[column]), `${key}.${column}`).toEqual(jsonValue(want[column]));
        checked++;
      }
      columns += Object.keys(was).length;
    }
    expect(checked).toBe(columns);
    expect(columns).toBe(6);
  });

  it('corrects the guides’ items and the alternate names when no editor changed them', () => {
    const db2 = openDb(':memory:');
    migrateDb(db2, migrationsBefore(dir, '0032_audit17_wording'));
    loadSeedBefore(db2, seedBefore('0032'));
    migrateDb(db2);
    for (const key of corrected)
      for (const column of Object.keys(BEFORE_0032[key] ?? {}))
        expect(jsonValue(rowOf(db2, key)[column]), `${key}.${column}`).toEqual(jsonValue(rowOf(fresh, key)[column]));
    expect(JSON.stringify(strings(rowOf(db2, 'guides/guide-costs')))).not.toMatch(/implied/i);
  });

  it('publishes each corrected record as a new version with a change event', () => {
    const after = versions();
    // The two columns edited in SQL (not through the store) are published too: their content differs from the
    // record's last revision.
    for (const key of republished) expect(after[key], key).toBe((before[key] as number) + 1);
    expect(published).toBe(republished.length);
    expect(events() - eventsBefore).toBe(republished.length);
  });

  it('serves the corrections on an upgraded database: JSON-LD and search', async () => {
    const db3 = openDb(':memory:');
    migrateDb(db3, migrationsBefore(dir, '0032_audit17_wording'));
    loadSeedBefore(db3, seedBefore('0032'));
    migrateDb(db3);
    publishMigrations(db3, '2030-01-01T00:00:00.000Z');
    const app = await buildApp({ config: testConfig(), db: db3 });
    try {
      const trd = (await app.inject({ url: '/v1/conditions/treatment-resistant-depression.jsonld' })).json() as {
        alternateName?: string[];
        description: string;
      };
      // No typed name asserts the KAIR article's words for one man's depression mean this condition.
      expect(trd.alternateName ?? []).toEqual([]);
      expect(trd.description).toContain(
        "Calling the depression of the KAIR article's 44-year-old man (\"depression that hadn't responded to traditional treatments\") treatment-resistant is Katalog's reading, not the article's words.",
      );
      for (const id of ['guide-costs', 'guide-course-of-treatment']) {
        const ld = await app.inject({ url: `/v1/guides/${id}.jsonld` });
        expect(ld.statusCode).toBe(200);
        expect(ld.body, id).not.toMatch(/implied/i);
        expect(ld.body, id).toContain("USD is Katalog's reading");
      }
      // The search index is updated by the triggers on UPDATE.
      const search = await app.inject({ url: '/v1/search?q=implied&limit=100' });
      expect((search.json() as { data: unknown[] }).data).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('leaves the seed nothing to correct but the two records edited in SQL', () => {
    // The seed wrote them last, so it restores them.
    expect(loadSeed(db).updated).toBe(2);
  });
});
