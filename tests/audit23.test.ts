/**
 * Audit 23 (A23-2): a related link says nothing of whose reading it is, so an FAQ relates no record whose tie to the
 * answer is Katalog's reading. "Do I see other people while I'm dosing?" answers, in the Canadian article's words, that
 * in group integration models ("some ATMA CENA member clinics, Sage Integrative Health") dosing is private: it names no
 * Port Credit program, and that Port Credit's sessions follow that model is Katalog's reading (the program marks its
 * `dosing_setting` inferred). Migration 0044 brings the list to databases seeded before it.
 *
 * A23-1: a search snippet showed "…Participants receive practical guidance (fasting, …" of a record quoting both articles,
 * the KAIR article's words with no speaker; every sentence of a session phase's description now names the article it
 * gives (migration 0046).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadSeed, publishMigrations } from '../seed/load.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { shownText, startApp, type TestApp } from './helpers.js';
import {
  BEFORE_0044,
  BEFORE_0046,
  loadSeedBefore,
  migrationsBefore,
  republishedBy,
  republishedFrom,
  seedBefore,
} from './old-database.js';
import { changeEvents, freshSeeded, jsonValue, rowOf, versionsOf } from './upgraded-records.js';

type Related = { collection: string; id: string };
const FAQ = 'do-i-see-other-people-while-dosing';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

describe('an FAQ relates no record whose setting the answer states only by Katalog’s reading (A23-2)', () => {
  it('the dosing FAQ relates the programs and organizations its answer names, and no program whose dosing setting is inferred', async () => {
    const faq = (await t.http.get(`/v1/faqs/${FAQ}`).expect(200)).body.data;
    expect(faq.answer).toContain('dosing is private');
    const programs = (faq.related as Related[]).filter((r) => r.collection === 'programs').map((r) => r.id);
    expect(programs).not.toContain('port-credit-group-integration');
    for (const id of programs) {
      const program = (await t.http.get(`/v1/programs/${id}`).expect(200)).body.data;
      expect(program.inferred_fields, id).not.toContain('dosing_setting');
    }
    expect(faq.related).toContainEqual({ collection: 'organizations', id: 'sage-integrative-health' });
    expect(faq.related).toContainEqual({ collection: 'organizations', id: 'atma-cena' });
  });
  it('the program keeps its own page, where its dosing setting says it is Katalog’s reading', async () => {
    const program = (await t.http.get('/v1/programs/port-credit-group-integration').expect(200)).body.data;
    expect(program.inferred_fields).toContain('dosing_setting');
  });
});

describe('migration 0044 upgrades a database seeded before it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0044-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = freshSeeded();
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0044_audit23_faq_related'));
  loadSeedBefore(db, seedBefore('0044'));
  const before = versionsOf(db, republishedBy('0044'));
  const eventsBefore = changeEvents(db);
  it('starts from the record as it was (the test is not vacuous)', () => {
    for (const k of republishedBy('0044'))
      for (const [column, value] of Object.entries(BEFORE_0044[k] ?? {})) {
        expect(jsonValue(rowOf(db, k)[column]), `${k} ${column}`).toEqual(jsonValue(value));
        expect(jsonValue(rowOf(fresh, k)[column]), `${k} ${column}`).not.toEqual(jsonValue(value));
      }
  });
  it('gives the record what the seed gives it, and publishes it once', () => {
    migrateDb(db);
    for (const k of republishedBy('0044'))
      for (const column of Object.keys(BEFORE_0044[k] ?? {}))
        expect(jsonValue(rowOf(db, k)[column]), `${k} ${column}`).toEqual(jsonValue(rowOf(fresh, k)[column]));
    const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');
    const after = versionsOf(db, republishedBy('0044'));
    for (const k of republishedBy('0044')) expect(after[k], k).toBe((before[k] as number) + 1);
    // 0046 (later) corrects records too, and is published with it.
    const all = republishedFrom('0044').length;
    expect(published).toBe(all);
    expect(changeEvents(db) - eventsBefore).toBe(all);
    expect(loadSeed(db).updated).toBe(0);
  });
  it('leaves a list an editor changed as the editor wrote it', () => {
    const edited = openDb(':memory:');
    migrateDb(edited, migrationsBefore(dir, '0044_audit23_faq_related'));
    loadSeedBefore(edited, seedBefore('0044'));
    const mine = '[{"collection":"programs","id":"port-credit-group-integration"}]';
    edited.$client.prepare('update faqs set related = ? where id = ?').run(mine, FAQ);
    migrateDb(edited);
    expect(jsonValue(rowOf(edited, `faqs/${FAQ}`).related)).toEqual(jsonValue(mine));
  });
});

describe('the cost comparison’s currency filter matches a currency Katalog infers, as it says (A23-3)', () => {
  it('currency=USD gives the KAIR article’s bare "$" figures, each marked implied', async () => {
    const body = (await t.http.get('/v1/cost-comparison?currency=USD').expect(200)).body;
    const implied = JSON.stringify(body.data).match(/"currency_implied":true/g) ?? [];
    expect(implied.length).toBeGreaterThan(0);
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    const param = spec.paths['/v1/cost-comparison'].get.parameters.find((p: { name: string }) => p.name === 'currency');
    expect(param.description).toContain('currency_implied');
  });
});

describe('a session phase names the article each sentence of its description gives (A23-1)', () => {
  it('every sentence and clause names the article, or goes on with "It" from one that opens with it (review 36)', () => {
    const phases = seedData.session_phases as unknown as { id: string; description: string }[];
    expect(phases.length).toBe(4);
    for (const p of phases) {
      const clauses = p.description.split(/(?<=[.!?])\s+(?=[A-Z"])|;\s+/);
      clauses.forEach((clause, i) => {
        if (/\b(?:KAIR|Canadian) article\b/.test(clause)) return;
        expect(clause, p.id).toMatch(/^It /);
        expect(clauses[i - 1] ?? '', p.id).toMatch(/^(?:As )?the (?:KAIR|Canadian) article\b/i);
      });
    }
  });
  it('q=fasting shows the KAIR article as the speaker of the fasting guidance', async () => {
    const hits = (await t.http.get('/v1/search?q=fasting&collection=session-phases').expect(200)).body.data as {
      id: string;
      snippet: string;
    }[];
    const hit = hits.find((h) => h.id === 'pre-session-preparation');
    const snippet = shownText(hit?.snippet ?? '');
    expect(snippet.slice(0, snippet.indexOf('fasting'))).toMatch(/The KAIR article says/);
  });
  it.each([
    ['drawing', 'post-session-integration'],
    ['resources', 'ongoing-integration-support'],
  ])('q=%s shows the KAIR article as the speaker (review 36)', async (q, id) => {
    const hits = (await t.http.get(`/v1/search?q=${q}&collection=session-phases`).expect(200)).body.data as {
      id: string;
      snippet: string;
    }[];
    const snippet = shownText(hits.find((h) => h.id === id)?.snippet ?? '');
    expect(snippet.slice(0, snippet.indexOf(q))).toMatch(/The KAIR article (?:says|describes)/);
  });
});

describe('migration 0046 upgrades a database seeded before it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0046-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = freshSeeded();
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0046_audit23_phase_speakers'));
  loadSeedBefore(db, seedBefore('0046'));
  const before = versionsOf(db, republishedBy('0046'));
  const eventsBefore = changeEvents(db);
  it('starts from the records as they were (the test is not vacuous)', () => {
    expect(republishedBy('0046').length).toBe(4);
    for (const k of republishedBy('0046'))
      for (const [column, value] of Object.entries(BEFORE_0046[k] ?? {})) {
        expect(rowOf(db, k)[column], `${k} ${column}`).toEqual(value);
        expect(rowOf(fresh, k)[column], `${k} ${column}`).not.toEqual(value);
      }
  });
  it('gives the records what the seed gives them, and publishes each once', () => {
    migrateDb(db);
    for (const k of republishedBy('0046')) expect(rowOf(db, k).description, k).toEqual(rowOf(fresh, k).description);
    const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');
    const after = versionsOf(db, republishedBy('0046'));
    for (const k of republishedBy('0046')) expect(after[k], k).toBe((before[k] as number) + 1);
    // 0047 (later) corrects a record too, and is published with it.
    const all = republishedFrom('0046').length;
    expect(published).toBe(all);
    expect(changeEvents(db) - eventsBefore).toBe(all);
    expect(loadSeed(db).updated).toBe(0);
  });
  it('leaves a description an editor changed as the editor wrote it', () => {
    const edited = openDb(':memory:');
    migrateDb(edited, migrationsBefore(dir, '0046_audit23_phase_speakers'));
    loadSeedBefore(edited, seedBefore('0046'));
    const mine = 'The KAIR article says preparation begins before any medicine is given.';
    edited.$client
      .prepare('update session_phases set description = ? where id = ?')
      .run(mine, 'pre-session-preparation');
    migrateDb(edited);
    expect(rowOf(edited, 'session_phases/pre-session-preparation').description).toBe(mine);
  });
});
