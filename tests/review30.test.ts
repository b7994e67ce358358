/**
 * Review 30: the group-format indication "Shows promising results for depression, anxiety, PTSD, and other
 * treatment-resistant conditions" gives its qualifier (R30-2); the case study's words are treatment-resistant depression's
 * (R30-6); the notes served as JSON-LD descriptions give the KAIR article's qualifier of its promise (R30-3). Migration
 * 0042 brings them to databases seeded before it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadSeed, publishMigrations } from '../seed/load.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { startApp, type TestApp } from './helpers.js';
import {
  BEFORE_0042,
  loadSeedBefore,
  migrationsBefore,
  republishedBy,
  republishedFrom,
  seedBefore,
} from './old-database.js';
import { changeEvents, freshSeeded, rowOf, versionsOf } from './upgraded-records.js';

type Statement = { role: string; named_as: string[]; citations: { excerpt: string }[] };
const QUALIFIER = "conditions that haven't responded well to standard treatments";

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

describe('a list qualifier is given on every statement of the list (R30-2, R30-6)', () => {
  it('every statement citing "and other treatment-resistant conditions" gives those words', async () => {
    const conditions = (await t.http.get('/v1/conditions?limit=100').expect(200)).body.data as {
      id: string;
      role_statements: Statement[];
    }[];
    let seen = 0;
    for (const c of conditions)
      for (const s of c.role_statements)
        if (s.citations.some((x) => x.excerpt.includes('other treatment-resistant conditions'))) {
          seen++;
          expect(s.named_as, c.id).toContain('treatment-resistant conditions');
        }
    expect(seen).toBe(3);
  });
  it("the case study's depression is named in the article's words", async () => {
    const trd = (await t.http.get('/v1/conditions/treatment-resistant-depression').expect(200)).body.data;
    const study = (trd.role_statements as Statement[]).find((s) => s.role === 'study_population');
    expect(study?.named_as).toEqual(["depression that hadn't responded to traditional treatments"]);
  });
});

describe("a note that restates the article's promise gives its qualifier (R30-3)", () => {
  it.each(['substance-use-disorder', 'anxiety'])('%s: its JSON-LD description', async (id) => {
    const doc = (await t.http.get(`/v1/conditions/${id}.jsonld`).expect(200)).body;
    expect(doc.description).toContain(QUALIFIER);
    expect(doc.description).not.toMatch(/shows promise for/);
  });
  it('the substance-use contraindication reports nothing its excerpts do not hold', async () => {
    const doc = (await t.http.get('/v1/contraindications/active-substance-use-disorder.jsonld').expect(200)).body;
    expect(doc.description).not.toMatch(/promise/);
  });
  it('every note or description that says the KAIR article finds promise for a condition names the qualifier', () => {
    const texts = [
      ...seedData.conditions.map((c) => [`conditions/${c.id}`, c.note ?? ''] as const),
      ...seedData.contraindications.map((c) => [`contraindications/${c.id}`, c.note ?? ''] as const),
    ];
    for (const [k, text] of texts)
      if (/ketamine shows (?:particular )?promise/.test(text)) expect(text, k).toContain(QUALIFIER);
  });
});

describe('migration 0042 upgrades a database seeded before it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0042-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = freshSeeded();
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0042_audit30_named_as'));
  loadSeedBefore(db, seedBefore('0042'));
  // Migrations after 0042 correct and publish records too: each record is published once, whichever corrected it.
  const republished = republishedFrom('0042');
  const before = versionsOf(db, republished);
  const eventsBefore = changeEvents(db);
  it('starts from the records as they were (the test is not vacuous)', () => {
    for (const k of republishedBy('0042'))
      for (const [column, value] of Object.entries(BEFORE_0042[k] ?? {}))
        expect(rowOf(db, k)[column], `${k} ${column}`).toEqual(value);
  });
  it('gives each record what the seed gives it, and publishes each once', () => {
    migrateDb(db);
    for (const k of republishedBy('0042'))
      for (const column of Object.keys(BEFORE_0042[k] ?? {}))
        expect(rowOf(db, k)[column], `${k} ${column}`).toEqual(rowOf(fresh, k)[column]);
    const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');
    const after = versionsOf(db, republished);
    for (const k of republished) expect(after[k], k).toBe((before[k] as number) + 1);
    expect(published).toBe(republished.length);
    expect(changeEvents(db) - eventsBefore).toBe(republished.length);
    expect(loadSeed(db).updated).toBe(0);
  });
});
