/**
 * Audit 24: search snippets that dropped what a statement is said of, its quantifier, or that it is Katalog's reading.
 * - A24-1: the G-KAT description's list of conditions for which ketamine in general "shows particular promise" ran on
 *   from its scope ("Of ketamine in general, not of the group format, it says …, including … OCD, substance use
 *   disorders …"), so `q=OCD` showed the list alone under the group format's title. The list is its own sentence, opening
 *   with its scope and naming the article (migration 0047).
 * - A24-5, A24-2: a window started just after "some", "most" or "Katalog" (src/search/passage.ts KEPT_BEFORE).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadSeed, publishMigrations } from '../seed/load.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { resources } from '../src/resources/index.js';
import { bare } from '../src/resources/markers.js';
import { shownText, startApp, type TestApp } from './helpers.js';
import {
  BEFORE_0047,
  loadSeedBefore,
  migrationsBefore,
  republishedBy,
  republishedFrom,
  seedBefore,
} from './old-database.js';
import { changeEvents, freshSeeded, rowOf, versionsOf } from './upgraded-records.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Hit = { collection: string; id: string; snippet: string; said_by: string };
const hitOf = async (q: string, collection: string, id: string) => {
  const hits = (
    await t.http.get(`/v1/search?q=${encodeURIComponent(q)}&collection=${collection}&limit=100`).expect(200)
  ).body.data as Hit[];
  const hit = hits.find((h) => h.id === id);
  expect(hit, `q=${q} ${collection}/${id}`).toBeDefined();
  return shownText(hit?.snippet ?? '');
};

describe('a snippet of the conditions ketamine in general shows promise for keeps that scope and its speaker (A24-1)', () => {
  it.each(['OCD', 'substance use', 'chronic pain', 'eating disorders', 'anxiety disorders'])('q=%s', async (q) => {
    const snippet = await hitOf(q, 'programs', 'generic-group-kat');
    const before = snippet.slice(0, snippet.toLowerCase().indexOf(q.toLowerCase()));
    expect(before, snippet).toMatch(/Of ketamine in general, the KAIR article names these conditions: /);
  });
  it('q=standard treatments keeps "not of the group format" and "shows particular promise"', async () => {
    const snippet = await hitOf('standard treatments', 'programs', 'generic-group-kat');
    expect(snippet).toMatch(
      /Of ketamine in general, not of the group format, the KAIR article says it shows particular promise/,
    );
  });
  it('every sentence of the G-KAT description after the first names the KAIR article', async () => {
    const { description } = (await t.http.get('/v1/programs/generic-group-kat').expect(200)).body.data;
    expect(description).not.toMatch(/(?:^|\. )It says/);
  });
});

describe('a snippet keeps a quantifier, a hedge and Katalog as a reading’s subject (A24-5, A24-2)', () => {
  it.each([
    ['avoid', 'guides', 'guide-candidacy', /some people should definitely avoid/],
    ['cover', 'programs', 'generic-group-kat', /most insurance providers don't currently cover/],
    ['private', 'faqs', 'do-i-see-other-people-while-dosing', /some ATMA CENA member clinics.*dosing is private/],
    ['column', 'conditions', 'psychosis', /Katalog places in the column/],
    ['therapy session', 'prices', 'kair-individual-infusion-400-600', /Katalog classes an infusion/],
    [
      'site',
      'organizations',
      'indigenous-reconciliation-fund',
      /Katalog reads from the address as the fund's own site/,
    ],
  ] as const)('q=%s %s/%s', async (q, collection, id, shown) => {
    expect(await hitOf(q, collection, id)).toMatch(shown);
  });
});

describe('a snippet shows a value field (an enum, a list of ids) only where the query matched it (A24-3)', () => {
  it('q=pregnant: the contraindication whose title alone matched has no snippet, not its category "absolute"', async () => {
    expect(await hitOf('pregnant', 'contraindications', 'pregnancy-or-breastfeeding')).toBe('');
  });
  it('q=screening: the note is shown without the category after it', async () => {
    const snippet = await hitOf('screening', 'contraindications', 'history-of-dissociative-disorders');
    expect(snippet).toContain('more thorough screening.');
    expect(snippet).not.toContain('requires_evaluation');
  });
  it('q=absolute: a matched category is shown', async () => {
    expect(await hitOf('absolute', 'contraindications', 'pregnancy-or-breastfeeding')).toBe('absolute');
  });
  it('no snippet of the seeded search shows an enum value the query did not match', async () => {
    const values = new Set<string>();
    for (const r of resources)
      for (const field of r.search.body) {
        let schema = bare((r.entity.shape as Record<string, z.ZodType>)[field] as z.ZodType);
        if (schema instanceof z.ZodArray) schema = bare(schema.element as z.ZodType);
        if (schema instanceof z.ZodEnum) for (const v of schema.options) if (/_/.test(String(v))) values.add(String(v));
      }
    expect(values.size).toBeGreaterThan(5);
    let checked = 0;
    for (const q of ['ketamine', 'screening', 'safer', 'careful', 'article', 'cost', 'clinicians', 'participants']) {
      const hits = (await t.http.get(`/v1/search?q=${q}&limit=100`).expect(200)).body.data as Hit[];
      for (const h of hits) {
        // A value shown unmarked: a word of the snippet that is a value, with no match in it (these queries match no
        // value; a value field a query matches is shown as it is).
        const unmarked = h.snippet.split(/\s+/).filter((w) => !w.includes('<mark>') && values.has(shownText(w)));
        expect(unmarked, `q=${q} ${h.collection}/${h.id}: ${h.snippet}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('migration 0047 upgrades a database seeded before it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0047-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = freshSeeded();
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0047_audit24_gkat_scope'));
  loadSeedBefore(db, seedBefore('0047'));
  const before = versionsOf(db, republishedBy('0047'));
  const eventsBefore = changeEvents(db);
  it('starts from the record as it was (the test is not vacuous)', () => {
    expect(republishedBy('0047')).toEqual(['programs/generic-group-kat']);
    for (const k of republishedBy('0047'))
      for (const [column, value] of Object.entries(BEFORE_0047[k] ?? {})) {
        expect(rowOf(db, k)[column], `${k} ${column}`).toEqual(value);
        expect(rowOf(fresh, k)[column], `${k} ${column}`).not.toEqual(value);
      }
  });
  it('gives the record what the seed gives it, publishes it once, and searches the new text', () => {
    migrateDb(db);
    for (const k of republishedBy('0047')) expect(rowOf(db, k).description, k).toEqual(rowOf(fresh, k).description);
    const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');
    const after = versionsOf(db, republishedBy('0047'));
    for (const k of republishedBy('0047')) expect(after[k], k).toBe((before[k] as number) + 1);
    // 0048 (later) corrects a record too, and adds one, published with it.
    expect(published).toBe(republishedFrom('0047').length);
    expect(changeEvents(db) - eventsBefore).toBe(republishedFrom('0047').length);
    expect(loadSeed(db).updated).toBe(0);
    const indexed = db.$client
      .prepare(
        "select count(*) as n from search s join search_keys k on k.id = s.rowid where k.record_id = 'generic-group-kat' and search match '\"names these conditions\"'",
      )
      .get() as { n: number };
    expect(indexed.n).toBe(1);
  });
  it('leaves a description an editor changed as the editor wrote it', () => {
    const edited = openDb(':memory:');
    migrateDb(edited, migrationsBefore(dir, '0047_audit24_gkat_scope'));
    loadSeedBefore(edited, seedBefore('0047'));
    const mine = 'The KAIR article describes group ketamine-assisted therapy.';
    edited.$client.prepare('update programs set description = ? where id = ?').run(mine, 'generic-group-kat');
    migrateDb(edited);
    expect(rowOf(edited, 'programs/generic-group-kat').description).toBe(mine);
  });
});
