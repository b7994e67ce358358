/**
 * An empty author list is never asserted whole (audit 9 M4: `authors_complete: true` with `authors: []` on the four
 * studies the KAIR article reports without an author, and on 17 sources, the two articles among them). Neither
 * article says any of these works has no author: where the citing article names no author, whether a list is whole
 * is not known (null). Per class, for sources and studies alike (every collection with `authors`, found from the
 * registry): the seed, what the API serves, the schema's default, the write rule, an upgraded database, and JSON-LD.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { resources } from '../src/resources/index.js';
import { startApp, type TestApp } from './helpers.js';
import { migrationsBefore } from './old-database.js';

/** Every collection whose records have an author list: derived from the read schemas, never listed by hand. */
const withAuthors = resources.filter((r) => 'authors' in r.entity.shape && 'authors_complete' in r.entity.shape);
type Work = { id: string; authors: string[]; authors_complete?: boolean | null };
const seeded = (table: string) => (seedData as unknown as Record<string, Work[]>)[table] ?? [];

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await startApp();
  key = createKey(t.db, 'authors-known', 'write').key;
});
afterAll(() => t.close());

describe('a work whose citing article names no author does not say its (empty) author list is whole', () => {
  it('finds the collections with author lists (sources and studies)', () => {
    expect(withAuthors.map((r) => r.path).sort()).toEqual(['sources', 'studies']);
  });

  it.each(withAuthors.map((r) => [r.path, r] as const))(
    '%s: the seed and the API say "not known" (null)',
    async (_p, r) => {
      const works = seeded(r.tableName);
      const unnamed = works.filter((w) => !w.authors.length);
      expect(unnamed.length, r.path).toBeGreaterThan(0);
      for (const w of unnamed) {
        expect(w.authors_complete, `${r.path}/${w.id} (seed)`).toBeNull();
        const served = (await t.http.get(`/v1/${r.path}/${w.id}`).expect(200)).body.data;
        expect(served.authors_complete, `${r.path}/${w.id}`).toBeNull();
        const doc = JSON.stringify((await t.http.get(`/v1/${r.path}/${w.id}.jsonld`).expect(200)).body);
        expect(doc, `${r.path}/${w.id}.jsonld`).not.toMatch(/"author"|"creditText"/);
      }
      // A list the article writes is flagged explicitly (whole or "et al."), never left to a default.
      for (const w of works.filter((x) => x.authors.length))
        expect(typeof w.authors_complete, `${r.path}/${w.id}`).toBe('boolean');
      // The list endpoint says the same of every live record.
      const listed = (await t.http.get(`/v1/${r.path}?limit=100`).expect(200)).body.data as Work[];
      for (const w of listed.filter((x) => !x.authors.length)) expect(w.authors_complete, w.id).toBeNull();
    },
  );

  it.each(withAuthors.map((r) => [r.path, r] as const))('%s: a missing flag reads as not known', (_p, r) => {
    const w = seeded(r.tableName).find((x) => x.authors.length) as Work;
    const { authors_complete: _flag, ...rest } = w;
    expect(r.input.parse(rest).authors_complete).toBeNull();
    expect(r.input.parse({ ...rest, authors: [] }).authors_complete).toBeNull();
  });

  it.each(withAuthors.map((r) => [r.path, r] as const))(
    '%s: no write asserts an empty list whole (422)',
    async (_p, r) => {
      const w = seeded(r.tableName).find((x) => !x.authors.length) as Work;
      expect(r.input.safeParse({ ...w, authors_complete: true }).success).toBe(false);
      expect(r.input.safeParse({ ...w, authors_complete: false }).success).toBe(true);
      const url = `/v1/${r.path}/${w.id}`;
      const etag = (await t.http.get(url).expect(200)).headers.etag as string;
      const res = await t.http
        .patch(url)
        .set({ authorization: `Bearer ${key}` })
        .set('if-match', etag.replace(/-(gzip|br)"$/, '"'))
        .set('content-type', 'application/merge-patch+json')
        .send(JSON.stringify({ authors_complete: true }));
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((res.body.errors ?? []).map((e: { name: string }) => e.name)).toContain('authors_complete');
      expect((await t.http.get(url).expect(200)).body.data.authors_complete).toBeNull();
    },
  );

  /** A seeded study with authors, patched with `patch`: its JSON-LD document, as text. */
  const patchedStudyDoc = async (patch: Record<string, unknown>) => {
    const w = seeded('studies').find((x) => x.authors.length) as Work;
    const url = `/v1/studies/${w.id}`;
    const etag = (await t.http.get(url).expect(200)).headers.etag as string;
    await t.http
      .patch(url)
      .set({ authorization: `Bearer ${key}` })
      .set('if-match', etag.replace(/-(gzip|br)"$/, '"'))
      .set('content-type', 'application/merge-patch+json')
      .send(JSON.stringify(patch))
      .expect(200);
    return { w, doc: JSON.stringify((await t.http.get(`${url}.jsonld`).expect(200)).body) };
  };

  it('a named list not known to be whole is credited as written, neither as the only authors nor with "et al."', async () => {
    const { w, doc } = await patchedStudyDoc({ authors_complete: null });
    expect(doc).not.toContain('"@type":"Person"');
    expect(doc).toContain(`"creditText":"${w.authors.join(', ')}"`);
  });

  it.each([
    [['World Health Organization'], false],
    [['US FDA'], false],
    [['Tsang VWL', 'Jane Smith'], false],
    [['Tsang VWL', 'SMITH J', 'van der Berg J'], true],
  ])(
    'a whole list %j is schema.org Persons only when every name is written as a person’s (hostile 19b H19b-2)',
    async (authors, persons) => {
      const { doc } = await patchedStudyDoc({ authors, authors_complete: true });
      if (persons) {
        for (const name of authors) expect(doc).toContain(`{"@type":"Person","name":"${name}"}`);
        expect(doc).not.toContain('"creditText"');
      } else {
        expect(doc).not.toContain('"@type":"Person"');
        expect(doc).toContain(`"creditText":"${authors.join(', ')}"`);
      }
    },
  );
});

describe('migration 0023 upgrades an existing database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-authors-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('turns an empty list flagged whole into "not known", and keeps every named list’s flag', () => {
    const db = openDb(':memory:');
    try {
      // A database as migration 0019 left it: the column NOT NULL DEFAULT true, so every empty list read as whole.
      migrateDb(db, migrationsBefore(dir, '0023_authors_unknown'));
      const sqlite = db.$client;
      const at = '2026-12-03T00:00:00.000Z';
      const source = sqlite.prepare(
        `insert into sources (id, created_at, updated_at, title, authors, authors_complete, kind) values (?, ?, ?, ?, ?, ?, 'article')`,
      );
      source.run('no-author', at, at, 'No author named', '[]', 1);
      source.run('whole', at, at, 'Whole list', '["A B"]', 1);
      source.run('partial', at, at, 'Partial list', '["C D"]', 0);
      const study = sqlite.prepare(
        `insert into studies (id, created_at, updated_at, title, authors, authors_complete, design, conditions) values (?, ?, ?, ?, ?, ?, 'case report', '[]')`,
      );
      study.run('no-author-study', at, at, 'No author named', '[]', 1);
      study.run('partial-study', at, at, 'Partial list', '["C D"]', 0);
      migrateDb(db);
      const flags = (table: string) =>
        Object.fromEntries(
          (
            sqlite.prepare(`select id, authors_complete as c from ${table}`).all() as { id: string; c: number | null }[]
          ).map((r) => [r.id, r.c]),
        );
      expect(flags('sources')).toEqual({ 'no-author': null, whole: 1, partial: 0 });
      expect(flags('studies')).toEqual({ 'no-author-study': null, 'partial-study': 0 });
      for (const table of ['sources', 'studies']) {
        const column = (sqlite.pragma(`table_info(${table})`) as { name: string; notnull: number }[]).find(
          (c) => c.name === 'authors_complete',
        );
        expect(column, table).toMatchObject({ notnull: 0 });
      }
      // The search index still follows the tables (their triggers survived the column's replacement).
      sqlite.prepare(`update sources set title = 'Zyxwvut work' where id = 'whole'`).run();
      const hits = sqlite
        .prepare(`select k.record_id from search s join search_keys k on k.id = s.rowid where search match 'zyxwvut'`)
        .all();
      expect(hits).toEqual([{ record_id: 'whole' }]);
    } finally {
      db.$client.close();
    }
  });
});
