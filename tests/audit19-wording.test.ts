/**
 * Migration 0034 (audit 19 A19-2, A19-7, A19-8) upgrades a database seeded before it: every column it corrects gets the
 * seed's value, a column an editor changed is left alone, and the corrections are published as new versions with change
 * events. And the classes: no price states a yearly rate where its source gives a first-year total, and no statement
 * whose only support is a cell Katalog inferred says in its scope that the source says it of a format.
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
import { BEFORE_0034, loadSeedBefore, migrationsBefore, republishedFrom, seedBefore } from './old-database.js';
import { changeEvents, freshSeeded, jsonValue, rowOf, unchangedBySeed, versionsOf } from './upgraded-records.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-0034-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a price’s unit is what its source gives (audit 19 A19-2)', () => {
  it('a total the source gives for the first year is `first_year`, and `per_year` only a rate a source words per year', () => {
    for (const p of seedData.prices) {
      const words = [p.amount_text, p.note ?? '', ...p.citations.map((c) => c.excerpt)].join(' ');
      if (/first-year/i.test(words)) expect(p.unit, p.id).toBe('first_year');
      if (p.unit === 'per_year') expect(words, p.id).toMatch(/\b(per|a|each) year\b|\bannual(ly)?\b|\/year\b/i);
    }
    expect(seedData.prices.filter((p) => p.unit === 'first_year').length).toBe(2);
  });

  it('JSON-LD and the cost comparison say a total for the first year, never "per year"', async () => {
    const app = await buildApp({ config: testConfig(), db: freshSeeded() });
    try {
      const ld = (await app.inject({ url: '/v1/prices/kair-first-year-group-1000-3000.jsonld' })).json() as {
        '@type': string;
        unitText?: string;
        priceSpecification?: { unitText: string };
      };
      // A market-wide figure is the price specification itself (audit 25 A25-3).
      expect(ld['@type']).toBe('UnitPriceSpecification');
      expect(ld.unitText).toBe('total for the first year');
      const usd = (await app.inject({ url: '/v1/cost-comparison?currency=USD' })).body;
      expect(usd).not.toMatch(/per.year/i);
    } finally {
      await app.close();
    }
  });
});

describe('a statement whose only support is an inferred cell says so in its scope (audit 19 A19-8)', () => {
  it('every contraindication Katalog infers has scope.inferred: the format it is said of is Katalog’s reading', () => {
    const found = seedData.contraindications.filter((c) => c.inferred && !c.scope.inferred).map((c) => c.id);
    expect(found).toEqual([]);
  });

  it('the fit check never lists it against the format its inferred cell is read as safer (review 25 R25-1)', async () => {
    const app = await buildApp({ config: testConfig(), db: freshSeeded() });
    try {
      for (const c of seedData.contraindications.filter((x) => x.inferred)) {
        const check = (await app.inject({ url: `/v1/format-fit/check?situation=${c.id}` })).json() as {
          data: { individual: { id: string }[] };
        };
        expect(
          check.data.individual.map((f) => f.id).filter((id) => id === c.id),
          c.id,
        ).toEqual([]);
      }
    } finally {
      await app.close();
    }
  });
});

describe('migration 0034 upgrades a database seeded before it', () => {
  const fresh = freshSeeded();
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0034_audit19_wording'));
  loadSeedBefore(db, seedBefore('0034'));
  // Edited before the upgrade: one price's unit.
  const EDITED = 'prices/kair-first-year-group-1000-3000';
  db.$client.prepare("update prices set unit = 'per_program' where id = 'kair-first-year-group-1000-3000'").run();
  const corrected = Object.keys(BEFORE_0034);
  const before = versionsOf(db, corrected);
  const eventsBefore = changeEvents(db);
  migrateDb(db);
  const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');

  it('starts from a seed that differs where 0034 corrects it (the test is not vacuous)', () => {
    expect(corrected.length).toBe(6);
    expect(unchangedBySeed(fresh, BEFORE_0034)).toEqual([]);
  });

  it('gives every column it corrects the seed’s value, and leaves an editor’s alone', () => {
    let columns = 0;
    for (const [key, was] of Object.entries(BEFORE_0034)) {
      const row = rowOf(db, key);
      const want = rowOf(fresh, key);
      for (const column of Object.keys(was)) {
        if (key === EDITED) expect(row[column]).toBe('per_program');
        else expect(jsonValue(row[column]), `${key}.${column}`).toEqual(jsonValue(want[column]));
        columns++;
      }
    }
    expect(columns).toBe(6);
  });

  it('publishes each corrected record as a new version with a change event (the one edited in SQL too)', () => {
    const after = versionsOf(db, corrected);
    for (const key of corrected) expect(after[key], key).toBe((before[key] as number) + 1);
    // Later migrations' corrections are published with these (the database is migrated to the latest).
    const republished = new Set(republishedFrom('0034'));
    expect(published).toBe(republished.size);
    expect(changeEvents(db) - eventsBefore).toBe(republished.size);
  });

  it('serves the corrections on an upgraded database', async () => {
    const app = await buildApp({ config: testConfig(), db });
    try {
      const open = (await app.inject({ url: '/v1/prices/kair-first-year-individual-3500-10000-plus' })).json() as {
        data: { unit: string };
      };
      expect(open.data.unit).toBe('first_year');
      const ptsd = (await app.inject({ url: '/v1/contraindications/active-ptsd-with-hypervigilance' })).json() as {
        data: { applies_to: string; scope: { inferred: boolean } };
      };
      expect(ptsd.data).toMatchObject({ applies_to: 'group', scope: { inferred: true } });
      const suicidality = (await app.inject({ url: '/v1/conditions/suicidality' })).json() as {
        data: { alternate_names: string[] };
      };
      expect(suicidality.data.alternate_names).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('leaves the seed nothing to correct but the record edited in SQL', () => {
    expect(loadSeed(db).updated).toBe(1);
  });
});
