/**
 * Audit 20 A20-2: a record whose text reports what an article says cites that article, so whose the text is (`said_by`
 * in search, `subjectOf` in JSON-LD) names it. The class, for every seeded record; then migration 0036 upgrades a
 * database seeded before it (the three contraindications whose note reported the other article's position uncited).
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
import { BEFORE_0036, loadSeedBefore, migrationsBefore, republishedFrom, seedBefore } from './old-database.js';
import { changeEvents, freshSeeded, rowOf, versionsOf } from './upgraded-records.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-0036-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The articles by the names record texts give them. */
const ARTICLES: [RegExp, string][] = [
  [/\bKAIR article\b/i, 'kair-group-therapy-unpacked'],
  [/\bCanadian article\b/i, 'group-ketamine-therapy-canada'],
];

/** The articles a record's texts name (every field but its citations) that it does not cite. */
function namedUncited(record: { citations: { source_id: string }[] }): string[] {
  const { citations, ...rest } = record;
  const text = JSON.stringify(rest);
  const cited = new Set(citations.map((c) => c.source_id));
  return ARTICLES.filter(([name, id]) => name.test(text) && !cited.has(id)).map(([, id]) => id);
}

describe('a record that reports what an article says cites it (audit 20 A20-2)', () => {
  it('holds for every seeded record of every collection', () => {
    const bad = Object.entries(seedData).flatMap(([collection, records]) =>
      (records as unknown as { id: string; citations: { source_id: string }[] }[]).flatMap((r) =>
        namedUncited(r).map((id) => `${collection}/${r.id} names ${id}`),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('would catch the audit’s instances (the seed before 0036)', () => {
    const before = seedBefore('0036');
    const found = before.contraindications.filter((c) => namedUncited(c).length).map((c) => c.id);
    expect(found.sort()).toEqual(
      Object.keys(BEFORE_0036)
        .map((k) => k.split('/')[1])
        .sort(),
    );
  });

  it('search and JSON-LD name both articles for the three notes', async () => {
    const app = await buildApp({ config: testConfig(), db: freshSeeded() });
    try {
      const both = 'the KAIR article and the Canadian article';
      for (const [q, id] of [
        ['instead names', 'history-of-psychosis-or-schizophrenia'],
        ['speaks of substance use separately', 'active-substance-use-disorder'],
        ['careful evaluation instead', 'borderline-personality-disorder-with-marked-instability'],
      ] as const) {
        const hits = (
          await app.inject({ url: `/v1/search?collection=contraindications&q=${encodeURIComponent(q)}` })
        ).json() as { data: { id: string; said_by: string }[] };
        expect(hits.data.find((h) => h.id === id)?.said_by, q).toBe(both);
        const ld = (await app.inject({ url: `/v1/contraindications/${id}.jsonld` })).json() as {
          subjectOf: { '@id': string }[];
        };
        const of = ld.subjectOf.map((s) => s['@id']).join(' ');
        expect(of, id).toContain('kair-group-therapy-unpacked');
        expect(of, id).toContain('group-ketamine-therapy-canada');
      }
    } finally {
      await app.close();
    }
  });

  it('the fit check links no new flag to the substance-use row: the cell is cited, not the row’s line', async () => {
    const app = await buildApp({ config: testConfig(), db: freshSeeded() });
    try {
      const check = (await app.inject({ url: '/v1/format-fit/check?situation=active-substance-use-disorder' })).json();
      expect(JSON.stringify(check)).not.toContain('"id":"active-substance-use-disorder","condition"');
    } finally {
      await app.close();
    }
  });
});

describe('migration 0036 upgrades a database seeded before it', () => {
  const fresh = freshSeeded();
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0036_audit20_citations'));
  loadSeedBefore(db, seedBefore('0036'));
  // Edited before the upgrade: one record's citations.
  const EDITED = 'contraindications/history-of-psychosis-or-schizophrenia';
  db.$client
    .prepare(
      "update citations set excerpt = 'a history of psychosis' where collection = 'contraindications' and record_id = 'history-of-psychosis-or-schizophrenia' and position = 1",
    )
    .run();
  const corrected = Object.keys(BEFORE_0036);
  const before = versionsOf(db, corrected);
  const eventsBefore = changeEvents(db);
  migrateDb(db);
  const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');
  const citationsOf = (d: typeof db, key: string) => {
    const [collection, id] = key.split('/');
    return d.$client
      .prepare(
        'select source_id, excerpt, section from citations where collection = ? and record_id = ? order by position',
      )
      .all(collection, id);
  };

  it('starts from a seed that differs where 0036 corrects it (the test is not vacuous)', () => {
    expect(corrected.length).toBe(3);
    for (const [key, was] of Object.entries(BEFORE_0036)) {
      expect(rowOf(db, key).id).toBe(key.split('/')[1]);
      expect(citationsOf(fresh, key), key).not.toEqual(was.citations);
      expect(citationsOf(fresh, key).slice(0, (was.citations as unknown[]).length), key).toEqual(was.citations);
    }
  });

  it('gives every record it corrects the seed’s citations, and leaves an editor’s list alone', () => {
    // The psychosis note names what its new excerpt names (review 26 R26-9), whatever its citations.
    for (const [key, was] of Object.entries(BEFORE_0036))
      if ('note' in was) {
        expect(rowOf(db, key).note, key).toBe(rowOf(fresh, key).note);
        expect(rowOf(fresh, key).note, key).not.toBe(was.note);
      }
    for (const key of corrected) {
      if (key === EDITED) expect(citationsOf(db, key).length).toBe(2);
      else expect(citationsOf(db, key), key).toEqual(citationsOf(fresh, key));
    }
  });

  it('publishes each corrected record as a new version with a change event (the one edited in SQL too)', () => {
    const after = versionsOf(db, corrected);
    for (const key of corrected) expect(after[key], key).toBe((before[key] as number) + 1);
    // Later migrations' corrections are published with these (the database is migrated to the latest).
    const republished = new Set(republishedFrom('0036'));
    expect(published).toBe(republished.size);
    expect(changeEvents(db) - eventsBefore).toBe(republished.size);
  });

  it('leaves the seed nothing to correct but the record an editor changed', () => {
    expect(loadSeed(db).updated).toBe(1);
  });
});
