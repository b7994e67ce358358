/**
 * Search never gives Katalog's reading as what a source says (audit 17 A17-4, A17-8): a field a record marks
 * as inferred (its `inferred_fields`, a list marker such as `inferred_place_parts`, its own `<field>_inferred`) is not
 * indexed, so no query matches it and no snippet shows it; a marked title is said to be Katalog's description; an
 * author list the source cuts short reads "…, et al."; a price's hedges, some of them Katalog's readings, are not
 * searched (review 23 R23-1). Every record of
 * every collection, read from the seed and the declarations; the bulk load, the triggers (a write) and the upgrade of
 * an existing database (migration 0031) are each checked to index alike.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadSeed } from '../seed/load.js';
import { createKey } from '../src/auth/keys.js';
import { type Db, migrateDb, openDb } from '../src/db/client.js';
import { NO_TITLE } from '../src/jsonld/titles.js';
import { resources } from '../src/resources/index.js';
import { startApp, type TestApp } from './helpers.js';
import { migrationsBefore } from './old-database.js';

type Rec = Record<string, unknown>;

let t: TestApp;
let writeKey: string;
beforeAll(async () => {
  t = await startApp();
  writeKey = createKey(t.db, 'editor-search-inferred', 'write').key;
});
afterAll(() => t.close());

/** Words as FTS5 (unicode61, remove_diacritics 2) reads them. */
const words = (text: string) =>
  (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter(Boolean);

/** A field's text: a string, or the strings of a list and the `text`/`rule` of its objects (what the index reads). */
const textOf = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : Array.isArray(value)
      ? value
          .map((v) => (v && typeof v === 'object' ? textOf((v as Rec).text ?? (v as Rec).rule) : textOf(v)))
          .join(' ')
      : '';

/**
 * Whether the record marks `field` as Katalog's reading, read from the record alone by the naming conventions: its
 * `inferred_fields` names it, a list named for inference (`inferred_place_parts`) names it, or `<field>_inferred` is
 * true.
 */
const marks = (record: Rec, field: string) =>
  record[`${field}_inferred`] === true ||
  Object.entries(record).some(
    ([k, v]) => /(^|_)inferred(_|$)/.test(k) && Array.isArray(v) && (v as unknown[]).includes(field),
  );

const seeded = <T = Rec>(collection: string) => seedData[collection as keyof typeof seedData] as unknown as T[];

interface Marked {
  collection: string;
  path: string;
  id: string;
  field: string;
  value: string;
  /** Words of the marked value that none of the record's indexed text holds or starts with. */
  only: string[];
}

/** Every searched field every seeded record marks, with the words only it holds. */
const MARKED: Marked[] = resources.flatMap((r) =>
  seeded(r.tableName).flatMap((record) => {
    const fields = [r.search.title, ...r.search.body];
    const marked = fields.filter((f) => marks(record, f) && textOf(record[f]));
    // What the index may hold: the unmarked fields, and the title (a marked one said to be Katalog's description).
    const held = [...fields.filter((f) => !marked.includes(f)), r.search.title].map((f) => textOf(record[f]));
    const plain = words([...held, NO_TITLE].join(' '));
    return marked.map((field) => ({
      collection: r.tableName,
      path: r.path,
      id: String(record.id),
      field,
      value: textOf(record[field]),
      // Not a word the index may hold, nor the start of one (a query's last word is a prefix: "for" finds "format").
      only: [...new Set(words(textOf(record[field])))].filter((w) => !plain.some((p) => p.startsWith(w))),
    }));
  }),
);

const indexed = (db: Db) =>
  Object.fromEntries(
    (
      db.$client
        .prepare('select k.collection, k.record_id, s.title, s.body from search s join search_keys k on k.id = s.rowid')
        .all() as { collection: string; record_id: string; title: string; body: string }[]
    ).map((r) => [`${r.collection}/${r.record_id}`, { title: r.title, body: r.body }]),
  );

type Hit = { collection: string; id: string; title?: string; snippet?: string };
const search = async (q: string, path?: string): Promise<Hit[]> =>
  (await t.http.get(`/v1/search?q=${encodeURIComponent(q)}&limit=100${path ? `&collection=${path}` : ''}`).expect(200))
    .body.data as Hit[];
const plainSnippet = (s = '') => s.replace(/<\/?mark>/g, '');

describe('a field a record marks as inferred is not searched', () => {
  it('the seed marks searched fields in several collections, the audit’s three among them', () => {
    const of = (c: string, f: string) => MARKED.filter((m) => m.collection === c && m.field === f && m.only.length);
    expect(of('sources', 'publisher').length).toBeGreaterThan(0);
    // Every inferred currency's note says "USD is inferred", so "USD" is found by those words (said to be a reading).
    expect(MARKED.filter((m) => m.collection === 'prices' && m.field === 'currency').length).toBeGreaterThan(0);
    expect(new Set(MARKED.map((m) => m.collection)).size).toBeGreaterThan(3);
  });

  it('no query for a word only a marked body field holds finds its record', async () => {
    const found: string[] = [];
    for (const m of MARKED) {
      if (m.field === resources.find((r) => r.tableName === m.collection)?.search.title) continue;
      for (const word of m.only) {
        const hits = await search(word, m.path);
        if (hits.some((h) => h.id === m.id)) found.push(`${m.collection}/${m.id} ${m.field}: ${word}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no indexed text holds a marked field’s words more often than the rest of the record does; a marked title is said to be Katalog’s description', () => {
    const index = indexed(t.db);
    const count = (list: string[], w: string) => list.filter((x) => x === w).length;
    const bad: string[] = [];
    for (const m of MARKED) {
      const row = index[`${m.collection}/${m.id}`];
      if (!row) throw new Error(`${m.collection}/${m.id} is not indexed`);
      const r = resources.find((x) => x.tableName === m.collection);
      if (!r) throw new Error(m.collection);
      if (m.field === r.search.title) {
        if (row.title !== `${m.value}${NO_TITLE}`) bad.push(`${m.collection}/${m.id} title: ${row.title}`);
        continue;
      }
      const record = seeded(m.collection).find((x) => x.id === m.id) as Rec;
      const plain = r.search.body.filter((f) => !marks(record, f)).map((f) => textOf(record[f]));
      const index_ = words(row.body);
      const allowed = words(`${plain.join(' ')} et al`);
      for (const w of new Set(words(m.value)))
        if (count(index_, w) > count(allowed, w)) bad.push(`${m.collection}/${m.id} ${m.field}: ${w}`);
    }
    expect(bad).toEqual([]);
  });

  it('a source’s inferred publisher is not its snippet (A17-4)', async () => {
    const sources = seeded<{ id: string; title: string; publisher: string | null; publisher_inferred: boolean }>(
      'sources',
    ).filter((s) => s.publisher_inferred && s.publisher);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      const hit = (await search(s.title, 'sources')).find((h) => h.id === s.id);
      expect(hit, s.id).toBeDefined();
      const only = MARKED.find((m) => m.id === s.id && m.field === 'publisher')?.only ?? [];
      for (const w of only) expect(words(plainSnippet(hit?.snippet)), s.id).not.toContain(w);
    }
  });

  it('a price’s inferred currency is not in its snippet (A17-4)', async () => {
    const prices = seeded<{ id: string; label: string; currency: string; unit: string; inferred_fields?: string[] }>(
      'prices',
      // A unit that is itself a reading is not indexed (audit 21 A21-5): the query below could not find it.
    ).filter((p) => p.inferred_fields?.includes('currency') && !p.inferred_fields.includes('unit'));
    expect(prices.length).toBeGreaterThan(0);
    let beside = 0;
    for (const p of prices) {
      // The audit's query: the unit ("per_retreat"), which the currency stood just before ("…USD  per_retreat").
      const hit = (await search(words(p.unit).join(' '), 'prices')).find((h) => h.id === p.id);
      expect(hit, p.id).toBeDefined();
      const snippet = plainSnippet(hit?.snippet);
      if (snippet.includes(p.unit)) beside++;
      expect(snippet, p.id).not.toMatch(new RegExp(`${p.currency}\\s+(\\S+\\s+)?${p.unit}`));
    }
    // Not vacuous: snippets show the unit where the currency stood.
    expect(beside).toBeGreaterThan(0);
  });
});

describe('an author list the source cuts short (A17-8)', () => {
  const works = ['sources', 'studies'].flatMap((c) =>
    seeded<{ id: string; authors: string[]; authors_complete?: boolean | null }>(c)
      .filter((w) => w.authors_complete === false && w.authors.length)
      .map((w) => ({ ...w, path: resources.find((r) => r.tableName === c)?.path as string })),
  );

  it('reads "…, et al." in its snippet; a whole list does not', async () => {
    expect(works.length).toBeGreaterThan(0);
    for (const w of works) {
      const hit = (await search(w.authors[0] as string, w.path)).find((h) => h.id === w.id);
      expect(plainSnippet(hit?.snippet), w.id).toContain(`${w.authors.join(' ')}, et al.`);
    }
    const index = indexed(t.db);
    const whole = ['sources', 'studies'].flatMap((c) =>
      seeded<{ id: string; authors: string[]; authors_complete?: boolean | null }>(c)
        .filter((w) => w.authors_complete !== false && w.authors.length)
        .map((w) => ({ key: `${c}/${w.id}`, authors: w.authors.join(' ') })),
    );
    expect(whole.length).toBeGreaterThan(0);
    for (const w of whole) {
      expect(index[w.key]?.body, w.key).toContain(w.authors);
      expect(index[w.key]?.body, w.key).not.toContain(`${w.authors}, et al.`);
    }
  });
});

describe('a price’s hedges are not searched (review 23 R23-1)', () => {
  it('no snippet puts a hedge Katalog reads from another figure of the sentence before this one', async () => {
    // `hedges` holds those too (the note says which): searched, they read as the source's words before the figure.
    const prices = seeded<{ id: string; amount_text: string; hedges: string[] }>('prices').filter(
      (p) => p.hedges.length > 0,
    );
    expect(prices.length).toBeGreaterThan(0);
    for (const p of prices) {
      const hit = (await search(words(p.amount_text).join(' '), 'prices')).find((h) => h.id === p.id);
      expect(plainSnippet(hit?.snippet), p.id).not.toContain(`${p.hedges.join(' ')} ${p.amount_text}`);
    }
  });
});

describe('a write that marks or unmarks a field indexes the record again', () => {
  const send = async (path: string, id: string, patch: Rec) => {
    const url = `/v1/${path}/${id}`;
    const etag = (await t.http.get(url).expect(200)).headers.etag as string;
    await t.http
      .patch(url)
      .set({ authorization: `Bearer ${writeKey}` })
      .set('if-match', etag)
      .set('content-type', 'application/merge-patch+json')
      .send(JSON.stringify(patch))
      .expect(200);
  };
  const findsBy = async (path: string, id: string, word: string) => (await search(word, path)).some((h) => h.id === id);

  it('publisher_inferred: cleared, the publisher is found; set again, it is not', async () => {
    const m = MARKED.find((x) => x.collection === 'sources' && x.field === 'publisher' && x.only.length) as Marked;
    const word = m.only[0] as string;
    expect(await findsBy(m.path, m.id, word)).toBe(false);
    await send(m.path, m.id, { publisher_inferred: false });
    expect(await findsBy(m.path, m.id, word)).toBe(true);
    await send(m.path, m.id, { publisher_inferred: true });
    expect(await findsBy(m.path, m.id, word)).toBe(false);
  });

  it('inferred_fields: a field taken off the list is found; listed again, it is not', async () => {
    // A record whose inferred_fields lists a searched body field whose words only it holds (not a field another
    // marker keeps listed, e.g. a place or an implied currency).
    const m = MARKED.find((x) => {
      const record = seeded(x.collection).find((r) => r.id === x.id) as Rec;
      const others = Object.keys(record).filter((k) => k !== 'inferred_fields' && /(^|_)inferred|_implied$/.test(k));
      return x.only.length && (record.inferred_fields as string[] | undefined)?.includes(x.field) && !others.length;
    }) as Marked;
    expect(m).toBeDefined();
    const record = seeded(m.collection).find((r) => r.id === m.id) as Rec;
    const listed = record.inferred_fields as string[];
    const word = m.only[0] as string;
    expect(await findsBy(m.path, m.id, word)).toBe(false);
    await send(m.path, m.id, { inferred_fields: listed.filter((f) => f !== m.field) });
    expect(await findsBy(m.path, m.id, word)).toBe(true);
    await send(m.path, m.id, { inferred_fields: listed });
    expect(await findsBy(m.path, m.id, word)).toBe(false);
  });

  it('the triggers index every record as the bulk load does', () => {
    const bulk = indexed(t.db);
    for (const r of resources) t.db.$client.exec(`update "${r.tableName}" set id = id`);
    expect(indexed(t.db)).toEqual(bulk);
  });
});

describe('migration 0031 indexes an existing database again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0031-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ends with the index of a new database', () => {
    const fresh = openDb(':memory:');
    migrateDb(fresh);
    loadSeed(fresh);
    const db = openDb(':memory:');
    migrateDb(db, migrationsBefore(dir, '0031_search_inferred'));
    loadSeed(db);
    // Written one by one before the upgrade: indexed by the old triggers, inferred fields and all.
    for (const r of resources) db.$client.exec(`update "${r.tableName}" set id = id`);
    const m = MARKED.find((x) => x.collection === 'sources' && x.field === 'publisher' && x.only.length) as Marked;
    expect(words(indexed(db)[`sources/${m.id}`]?.body ?? '')).toContain(m.only[0]);
    migrateDb(db);
    expect(indexed(db)).toEqual(indexed(fresh));
    expect(db.$client.prepare('select count(*) as n from search_pending').get()).toEqual({ n: 0 });
  });
});
