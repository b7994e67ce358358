/**
 * Review 31: a qualifier the article leaves open ("a history of" in "a history of psychosis or schizophrenia", as
 * "active" in "active psychotic or bipolar disorders") is given of neither condition, and the note says so (R31-1); the
 * list "conditions that haven't responded well to standard treatments" is given on all seven of its statements,
 * treatment-resistant depression's too (R31-2). Migration 0043 brings them to databases seeded before it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed, publishMigrations } from '../seed/load.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { literal } from '../src/resources/rules.js';
import { startApp, type TestApp } from './helpers.js';
import {
  BEFORE_0043,
  loadSeedBefore,
  migrationsBefore,
  republishedBy,
  republishedFrom,
  seedBefore,
} from './old-database.js';
import { changeEvents, freshSeeded, jsonValue, rowOf, versionsOf } from './upgraded-records.js';

type Statement = { role: string; named_as: string[]; citations: { excerpt: string }[] };
type Condition = {
  id: string;
  name: string;
  alternate_names: string[];
  note: string | null;
  role_statements: Statement[];
};
const LIST = "conditions that haven't responded well to standard treatments";

let t: TestApp;
let conditions: Condition[];
beforeAll(async () => {
  t = await startApp();
  conditions = (await t.http.get('/v1/conditions?limit=100').expect(200)).body.data;
});
afterAll(() => t.close());

describe('a qualifier the article leaves open is given of neither condition (R31-1)', () => {
  /** The qualifier of "<qualifier> <word> or <name>" in an excerpt, where the article leaves open whether it is said of the name. */
  const openQualifier = (c: Condition, excerpt: string): string | undefined => {
    for (const name of [c.name, ...c.alternate_names]) {
      const m = new RegExp(`\\b(active|a history of|severe|recent)\\s+\\w+\\s+or\\s+${literal(name)}\\b`, 'i').exec(
        excerpt,
      );
      if (m) return (m[1] as string).toLowerCase();
    }
    return undefined;
  };
  it('every statement whose excerpt writes "<qualifier> X or <the condition>" gives no words, and its note says why', () => {
    const seen: string[] = [];
    for (const c of conditions)
      c.role_statements.forEach((s, i) => {
        const qualifier = s.citations.map((x) => openQualifier(c, x.excerpt)).find(Boolean);
        if (!qualifier) return;
        seen.push(c.id);
        expect(s.named_as, `${c.id} role_statements[${i}]`).toEqual([]);
        expect(c.note, c.id).toContain(`does not say whether its "${qualifier}" is said of`);
      });
    // The instances the review names are among those read: the test is not vacuous.
    expect(new Set(seen)).toEqual(new Set(['bipolar-disorder', 'schizophrenia']));
  });
  it("schizophrenia's JSON-LD description says what the article leaves open", async () => {
    const doc = (await t.http.get('/v1/conditions/schizophrenia.jsonld').expect(200)).body;
    expect(doc.description).toContain('"a history of psychosis or schizophrenia"');
    expect(doc.description).toContain('does not say whether');
  });
});

describe("the list's words on every statement of the list (R31-2)", () => {
  it(`every statement citing "${LIST}" gives those words`, () => {
    const seen: string[] = [];
    for (const c of conditions)
      for (const s of c.role_statements)
        if (s.citations.some((x) => x.excerpt.includes(LIST))) {
          seen.push(c.id);
          expect(s.named_as, c.id).toContain(LIST);
        }
    expect(seen).toContain('treatment-resistant-depression');
    expect(seen.length).toBe(7);
  });
  it('the list is found by its words: a client collecting its statements finds all seven', () => {
    const named = conditions.filter((c) => c.role_statements.some((s) => s.named_as.includes(LIST))).map((c) => c.id);
    expect(named.length).toBe(7);
  });
});

describe('migration 0043 upgrades a database seeded before it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0043-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = freshSeeded();
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0043_review31_named_as'));
  loadSeedBefore(db, seedBefore('0043'));
  // The migrations after 0043 publish theirs too.
  const republished = republishedFrom('0043');
  const before = versionsOf(db, republished);
  const eventsBefore = changeEvents(db);
  it('starts from the records as they were (the test is not vacuous)', () => {
    for (const k of republishedBy('0043'))
      for (const [column, value] of Object.entries(BEFORE_0043[k] ?? {})) {
        expect(jsonValue(rowOf(db, k)[column]), `${k} ${column}`).toEqual(jsonValue(value));
        expect(jsonValue(rowOf(fresh, k)[column]), `${k} ${column}`).not.toEqual(jsonValue(value));
      }
  });
  it('gives each record what the seed gives it, and publishes each once', () => {
    migrateDb(db);
    for (const k of republishedBy('0043'))
      for (const column of Object.keys(BEFORE_0043[k] ?? {}))
        expect(jsonValue(rowOf(db, k)[column]), `${k} ${column}`).toEqual(jsonValue(rowOf(fresh, k)[column]));
    const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');
    const after = versionsOf(db, republished);
    for (const k of republished) expect(after[k], k).toBe((before[k] as number) + 1);
    expect(published).toBe(republished.length);
    expect(changeEvents(db) - eventsBefore).toBe(republished.length);
    expect(loadSeed(db).updated).toBe(0);
  });
  it('leaves what an editor changed as the editor wrote it', () => {
    const edited = openDb(':memory:');
    migrateDb(edited, migrationsBefore(dir, '0043_review31_named_as'));
    loadSeedBefore(edited, seedBefore('0043'));
    const statements = JSON.parse(String(rowOf(edited, 'conditions/schizophrenia').role_statements));
    statements[0].named_as = ['schizophrenia'];
    edited.$client
      .prepare("update conditions set role_statements = ?, note = 'An editor wrote this.' where id = 'schizophrenia'")
      .run(JSON.stringify(statements));
    migrateDb(edited);
    expect(rowOf(edited, 'conditions/schizophrenia').note).toBe('An editor wrote this.');
    expect(
      (jsonValue(rowOf(edited, 'conditions/schizophrenia').role_statements) as { named_as: string[] }[])[0]?.named_as,
    ).toEqual(['schizophrenia']);
  });
});
