/**
 * Migration 0033 (audit 18 A18-1, A18-2) upgrades a database seeded before it: every column it corrects gets the seed's
 * value, a column an editor changed is left alone, and the corrections are published as new versions with change
 * events. And the classes: no condition gives a narrower phrase as another name for itself, and no session phase gives a
 * length a source states only of a part of it, without that part's hedge.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadSeed, publishMigrations } from '../seed/load.js';
import { loadArticles } from '../seed/verify.js';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { BEFORE_0033, loadSeedBefore, migrationsBefore, republishedFrom, seedBefore } from './old-database.js';
import { changeEvents, freshSeeded, jsonValue, rowOf, unchangedBySeed, versionsOf } from './upgraded-records.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-0033-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Words that narrow a condition: a degree, a stage, a history, a qualifier clause. */
const NARROWING =
  /^(a |an )?(severe|mild|moderate|active|recent|acute|chronic|complex|history of|untreated)\b|\bwith\b/i;

describe('a condition’s other names are names of the same condition (audit 18 A18-1)', () => {
  it('no alternate name is a narrower phrase (a degree, a stage, a history, a clause)', () => {
    const found = seedData.conditions.flatMap((c) =>
      c.alternate_names.filter((n) => NARROWING.test(n)).map((n) => `${c.id}: "${n}"`),
    );
    expect(found).toEqual([]);
  });

  it('no alternate name is one alternative of a name that offers two ("hypomania" of "Mania or hypomania"; R24-1)', () => {
    const found = seedData.conditions.flatMap((c) => {
      const alternatives = c.name.toLowerCase().split(/\s+or\s+/);
      return alternatives.length > 1
        ? c.alternate_names.filter((n) => alternatives.includes(n.toLowerCase())).map((n) => `${c.id}: "${n}"`)
        : [];
    });
    expect(found).toEqual([]);
  });

  const articles = loadArticles();
  it.runIf(articles)('each alternate name is written by a source on its own, not only narrowed (R24-1)', () => {
    const texts = [...(articles as Map<string, string>).values()].join('\n');
    const found = seedData.conditions.flatMap((c) =>
      c.alternate_names
        .filter((name) => {
          const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const uses = [...texts.matchAll(new RegExp(`(.{0,20})\\b${escaped}\\b`, 'gi'))];
          return !uses.some((m) => !/(severe|active|recent|mild|moderate|complex|history of)\s*$/i.test(m[1] ?? ''));
        })
        .map((name) => `${c.id}: "${name}"`),
    );
    expect(found).toEqual([]);
  });

  it('the narrower phrases stay in the conditions’ cited excerpts, in the sources’ words', () => {
    for (const [id, was] of Object.entries(BEFORE_0033)) {
      if (!id.startsWith('conditions/')) continue;
      const c = seedData.conditions.find((x) => `conditions/${x.id}` === id);
      const excerpts = (c?.citations ?? []).map((x) => x.excerpt.toLowerCase()).join(' ');
      for (const name of JSON.parse(String(was.alternate_names)) as string[])
        if (!c?.alternate_names.includes(name)) expect(excerpts, `${id}: "${name}"`).toContain(name.toLowerCase());
    }
  });

  it('JSON-LD gives no narrower phrase as an alternateName', async () => {
    const db = freshSeeded();
    const app = await buildApp({ config: testConfig(), db });
    try {
      const ld = (await app.inject({ url: '/v1/conditions/psychosis.jsonld' })).json() as { alternateName?: string[] };
      expect(ld.alternateName ?? []).toEqual([]);
      const trauma = (await app.inject({ url: '/v1/conditions/trauma.jsonld' })).json() as { alternateName?: string[] };
      expect(trauma.alternateName).toEqual(['trauma-related conditions']);
    } finally {
      await app.close();
    }
  });
});

describe('a session phase’s length is the whole phase’s, as a source states it (audit 18 A18-2)', () => {
  it('no phase gives as its own length the figures of one of its rules', () => {
    const found = seedData.session_phases.flatMap((p) =>
      p.practical_rules
        .filter(
          (r) =>
            r.unit === 'minutes' &&
            p.duration_min_minutes !== null &&
            r.value_min === p.duration_min_minutes &&
            r.value_max === p.duration_max_minutes,
        )
        .map((r) => `${p.id}: ${r.rule}`),
    );
    expect(found).toEqual([]);
  });
});

describe('migration 0033 upgrades a database seeded before it', () => {
  const fresh = freshSeeded();
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0033_audit18_wording'));
  loadSeedBefore(db, seedBefore('0033'));
  // Edited before the upgrade: one condition's alternate names.
  const EDITED = 'conditions/psychosis';
  db.$client.prepare("update conditions set alternate_names = '[\"An editor’s name\"]' where id = 'psychosis'").run();
  const corrected = Object.keys(BEFORE_0033);
  const before = versionsOf(db, corrected);
  const eventsBefore = changeEvents(db);
  migrateDb(db);
  const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');

  it('starts from a seed that differs where 0033 corrects it (the test is not vacuous)', () => {
    expect(corrected.length).toBe(9);
    expect(unchangedBySeed(fresh, BEFORE_0033)).toEqual([]);
  });

  it('gives every column it corrects the seed’s value, and leaves an editor’s alone', () => {
    let columns = 0;
    for (const [key, was] of Object.entries(BEFORE_0033)) {
      const row = rowOf(db, key);
      const want = rowOf(fresh, key);
      for (const column of Object.keys(was)) {
        if (key === EDITED) expect(jsonValue(row[column])).toEqual(['An editor’s name']);
        else expect(jsonValue(row[column]), `${key}.${column}`).toEqual(jsonValue(want[column]));
        columns++;
      }
    }
    expect(columns).toBe(10);
  });

  it('publishes each corrected record as a new version with a change event', () => {
    const after = versionsOf(db, corrected);
    for (const key of corrected) expect(after[key], key).toBe((before[key] as number) + 1);
    // Later migrations' corrections are published with these (the database is migrated to the latest).
    const republished = new Set(republishedFrom('0033'));
    expect(published).toBe(republished.size);
    expect(changeEvents(db) - eventsBefore).toBe(republished.size);
  });

  it('serves the corrections on an upgraded database', async () => {
    const db3 = openDb(':memory:');
    migrateDb(db3, migrationsBefore(dir, '0033_audit18_wording'));
    loadSeedBefore(db3, seedBefore('0033'));
    migrateDb(db3);
    publishMigrations(db3, '2030-01-01T00:00:00.000Z');
    const app = await buildApp({ config: testConfig(), db: db3 });
    try {
      const anxiety = (await app.inject({ url: '/v1/conditions/anxiety.jsonld' })).json() as {
        alternateName: string[];
      };
      expect(anxiety.alternateName).toEqual(['anxiety', 'anxiety disorders']);
      const phase = (
        await app.inject({
          url: '/v1/session-phases/dosing-experience?fields=duration_min_minutes,duration_max_minutes',
        })
      ).json() as { data: Record<string, unknown> };
      expect(phase.data).toMatchObject({ duration_min_minutes: null, duration_max_minutes: null });
      // The search index is updated by the triggers on UPDATE: an upgraded database finds what a fresh one finds.
      const freshApp = await buildApp({ config: testConfig(), db: fresh });
      try {
        for (const q of ['"active psychosis"', '"severe anxiety"', '"complex trauma"', 'anxiety']) {
          const url = `/v1/search?q=${encodeURIComponent(q)}&limit=100`;
          const ids = async (a: typeof app) =>
            ((await a.inject({ url })).json() as { data: { id: string }[] }).data.map((h) => h.id);
          expect(await ids(app), q).toEqual(await ids(freshApp));
        }
      } finally {
        await freshApp.close();
      }
    } finally {
      await app.close();
    }
  });

  it('leaves the seed nothing to correct but the record edited in SQL', () => {
    expect(loadSeed(db).updated).toBe(1);
  });
});
