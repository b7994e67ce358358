/**
 * Chunked counts (src/query/chunked-counts.ts): a cold total or facet count on a table larger than
 * COUNT_CHUNK_ROWS is summed over rowid ranges, other requests running between them, on one read
 * snapshot. Here the chunk is a few rows, so the seeded database is counted in many chunks:
 * - every collection's total and facets, without a filter and with each declared filter, equal what
 *   the whole list (walked page by page over HTTP) holds, and exactly what the one-statement count gives;
 * - a write between two chunks is in none of them (the sum is the snapshot's), where the same chunks
 *   read live would mix before and after; the list answered meanwhile counts again for the new data;
 * - identical counts asked at once are counted once;
 * - the merged values are ordered and cut exactly as SQLite orders `n desc, value`;
 * - the setting is validated.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { openSnapshot } from '../src/db/read-snapshot.js';
import { type DataVersion, watchDataVersion } from '../src/db/version.js';
import { ChunkedCounter, type CountJob, compareValues, type Reader, topValues } from '../src/query/chunked-counts.js';
import { Repository } from '../src/repository/repository.js';
import type { Resource } from '../src/resources/define.js';
import { resources } from '../src/resources/index.js';
import { programsResource } from '../src/resources/programs/programs.resource.js';
import { countBy, everyPage, filterValue, freshDb, startApp, type TestApp } from './helpers.js';

const CHUNK = 2;
let dir: string;
let t: TestApp;
let version: DataVersion;
const secret = 'chunked-counts-test-secret-of-32-chars';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'katalog-chunked-'));
  t = await startApp({ COUNT_CHUNK_ROWS: String(CHUNK) }, freshDb(join(dir, 'k.db')));
  version = watchDataVersion(t.db, 60_000);
});
afterAll(async () => {
  version.stop();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

type Item = Record<string, unknown>;
interface FacetCount {
  value: unknown;
  count: number;
}

/**
 * A repository on the test's database counting in chunks of CHUNK rows, calling `between` between
 * slices; every range CHUNK rowids (`countSliceMs: 0`: the slicing does not depend on time).
 */
const chunked = (between?: () => void) =>
  new Repository(t.db, secret, version, { countChunk: CHUNK, countSliceMs: 0, between });

const rowsOf = (r: Resource) =>
  (t.db.$client.prepare(`select max(rowid) - min(rowid) as n from "${getTableName(r.table)}"`).get() as { n: number })
    .n;

/** Collections with facets whose table spans more than one chunk of the seeded data. */
const faceted = resources.filter((r) => Object.keys(r.query.facets).length > 0);

describe.each(faceted.map((r) => [r.path, r] as const))('chunked counts of %s', (path, resource) => {
  const fields = Object.keys(resource.query.facets);
  const queries = (): Array<{ http: URLSearchParams; params: Item }> => {
    const out = [{ http: new URLSearchParams(), params: {} }];
    for (const [name, f] of Object.entries(resource.query.filters)) {
      const v = filterValue(t, resource, name, f);
      if (v) out.push({ http: new URLSearchParams(v.http), params: v.params });
    }
    // A custom filter (one that reads other tables): the programs' prices in a currency.
    if (resource === programsResource)
      out.push({ http: new URLSearchParams({ price_currency: 'CAD' }), params: { price_currency: ['CAD'] } });
    return out;
  };

  it('equal the whole list, walked page by page, with no filter and each declared filter', async () => {
    // More than one chunk of rowids (a table of up to CHUNK rowids is counted in one statement).
    expect(rowsOf(resource)).toBeGreaterThanOrEqual(CHUNK);
    for (const q of queries()) {
      const expected = await everyPage(t, path, q.http);
      const withFacets = new URLSearchParams(q.http);
      withFacets.set('facet', fields.join(','));
      const res = await t.http.get(`/v1/${path}?${withFacets}`).expect(200);
      expect(res.body.meta.total, `${path}?${q.http}`).toBe(expected.length);
      expect(res.body.meta.total_exact).toBe(true);
      expect(res.body.meta.facets_exhaustive).toBe(true);
      for (const field of fields) {
        const got = res.body.meta.facets[field] as FacetCount[];
        const want = countBy(expected, field);
        expect(new Map(got.map((c) => [JSON.stringify(c.value), c.count])), `${path}?${q.http} facet ${field}`).toEqual(
          want,
        );
      }
    }
  });

  it('are counted in several chunks, and give exactly what one statement gives (values and order)', async () => {
    for (const q of queries()) {
      let slices = 0;
      const params = { limit: 2, ...q.params, facet: fields };
      const page = await chunked(() => slices++).listCounted(resource, params);
      // `list` counts in one statement (a fresh repository: nothing cached).
      const one = new Repository(t.db, secret, version).list(resource, params);
      expect(slices, `${path}?${q.http}`).toBeGreaterThan(1);
      expect(page.total, `${path}?${q.http}`).toBe(one.total);
      expect(page.facets, `${path}?${q.http}`).toEqual(one.facets);
      expect(page.items).toEqual(one.items);
    }
  });
});

describe('a write between two chunks', () => {
  const job = (): CountJob => ({
    table: '"programs"',
    tableName: 'programs',
    where: { text: '"programs"."deleted_at" is null', params: [] },
    facets: ['"programs"."format"'],
  });
  const live = (): Reader => ({
    all: (text, params) => t.db.$client.prepare(text).all(...params) as never,
    close: () => {},
  });
  const snapshot = (): Reader => {
    const s = openSnapshot(t.db.$client.name);
    return { all: (text, params) => s.sqlite.prepare(text).all(...params) as never, close: s.close };
  };
  const formats = () =>
    new Map(
      (
        t.db.$client
          .prepare('select format as value, count(*) as n from programs where deleted_at is null group by 1')
          .all() as { value: string; n: number }[]
      ).map((r) => [r.value, r.n]),
    );
  const ids = () =>
    (
      t.db.$client.prepare('select id from programs where deleted_at is null order by rowid').all() as { id: string }[]
    ).map((r) => r.id);

  /** After the first slice: the last program (not counted yet) is deleted and the next one changes format. */
  function writeOnce() {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const [last, before] = ids().reverse();
      t.db.$client.prepare("update programs set deleted_at = '2026-01-01T00:00:00.000Z' where id = ?").run(last);
      t.db.$client
        .prepare(
          "update programs set format = case format when 'group' then 'individual' else 'group' end where id = ?",
        )
        .run(before);
    };
  }

  it('is in none of the snapshot’s chunks: the sum is the count before the write', async () => {
    const was = formats();
    const total = [...was.values()].reduce((a, b) => a + b, 0);
    const got = await new ChunkedCounter({ chunk: CHUNK, sliceMs: 0, between: writeOnce() }).run('a', snapshot, job());
    expect(formats()).not.toEqual(was);
    expect(got.total).toBe(total);
    expect(new Map(got.facets[0]?.map((c) => [c.value, c.n]))).toEqual(was);
  });

  it('read live, the same chunks would mix before and after (the scenario is real)', async () => {
    const was = formats();
    const got = await new ChunkedCounter({ chunk: CHUNK, sliceMs: 0, between: writeOnce() }).run('b', live, job());
    const now = formats();
    const sum = new Map(got.facets[0]?.map((c) => [c.value, c.n]));
    expect(sum).not.toEqual(was);
    expect(got.total).toBe([...now.values()].reduce((a, b) => a + b, 0));
  });

  it('makes the list count again: the page answered counts the data after it', async () => {
    const before = formats();
    const page = await chunked(writeOnce()).listCounted(programsResource, { limit: 1, facet: ['format'] });
    const after = formats();
    expect(after).not.toEqual(before);
    expect(page.total).toBe([...after.values()].reduce((a, b) => a + b, 0));
    expect(new Map(page.facets?.format?.map((c) => [c.value, c.count]))).toEqual(after);
    const listed = await everyPage(t, 'programs', new URLSearchParams({ limit: '100' }));
    expect(page.total).toBe(listed.length);
  });
});

describe('identical counts asked at once', () => {
  it('share one computation', async () => {
    const counter = new ChunkedCounter({ chunk: CHUNK, sliceMs: 0 });
    let opened = 0;
    const open = (): Reader => {
      opened++;
      const s = openSnapshot(t.db.$client.name);
      return { all: (text, params) => s.sqlite.prepare(text).all(...params) as never, close: s.close };
    };
    const job: CountJob = {
      table: '"prices"',
      tableName: 'prices',
      where: { text: '"prices"."deleted_at" is null', params: [] },
      facets: ['"prices"."currency"'],
    };
    const [a, b] = [counter.run('same', open, job), counter.run('same', open, job)];
    expect(a).toBe(b);
    const other = counter.run('other', open, job);
    expect(await a).toEqual(await other);
    expect(opened).toBe(2);
  });

  it('run at most `concurrency` at once, each on its own connection, the others waiting', async () => {
    let opened = 0;
    const seen: number[] = [];
    const counter = new ChunkedCounter({ chunk: CHUNK, sliceMs: 0, concurrency: 1, between: () => seen.push(opened) });
    const open = (): Reader => {
      opened++;
      const s = openSnapshot(t.db.$client.name);
      return { all: (text, params) => s.sqlite.prepare(text).all(...params) as never, close: s.close };
    };
    const job: CountJob = {
      table: '"programs"',
      tableName: 'programs',
      where: { text: '"programs"."deleted_at" is null', params: [] },
      facets: ['"programs"."format"'],
    };
    const [a, b] = await Promise.all([counter.run('a', open, job), counter.run('b', open, job)]);
    expect(a).toEqual(b);
    // Every slice of the first job ran before the second opened its connection.
    const half = seen.length / 2;
    expect(seen.slice(0, half).every((n) => n === 1)).toBe(true);
    expect(seen.slice(half).every((n) => n === 2)).toBe(true);
    expect(counter.pending).toBe(0);
  });

  it('through the repository: one list asked twice at once is counted once', async () => {
    let slices = 0;
    const repo = chunked(() => slices++);
    const params = { limit: 1, facet: Object.keys(programsResource.query.facets) };
    await chunked().listCounted(programsResource, params);
    let alone = 0;
    await chunked(() => alone++).listCounted(programsResource, params);
    const [a, b] = await Promise.all([
      repo.listCounted(programsResource, params),
      repo.listCounted(programsResource, params),
    ]);
    expect(a.facets).toEqual(b.facets);
    expect(slices).toBe(alone);
  });
});

describe('the merged counts', () => {
  it('are ordered and cut exactly as SQLite orders n desc, value', () => {
    const values: unknown[] = [
      null,
      0,
      1,
      -3,
      2.5,
      'a',
      'B',
      'b',
      'é',
      '\u{1F600}',
      '\uE000',
      '\uFFFD',
      'ab',
      'a\u0000',
      '',
      '10',
      '9',
    ];
    const sqlite = new Database(':memory:');
    sqlite.exec('create table v (value, n integer)');
    const sums = new Map<unknown, number>();
    values.forEach((v, i) => {
      const n = 1 + (i % 3);
      sums.set(v, n);
      sqlite.prepare('insert into v values (?, ?)').run(v, n);
    });
    for (const limit of [values.length, 5, 1]) {
      const want = sqlite.prepare(`select value, n from v order by n desc, value limit ${limit}`).all();
      const top = topValues(sums, limit);
      let step = top.next();
      while (!step.done) step = top.next();
      expect(step.value, `limit ${limit}`).toEqual(want);
    }
    // In slices of two values: the same answer.
    const sliced = topValues(sums, 5, 2);
    let steps = 0;
    let step = sliced.next();
    while (!step.done) {
      steps++;
      step = sliced.next();
    }
    expect(steps).toBeGreaterThan(1);
    expect(step.value).toEqual(sqlite.prepare('select value, n from v order by n desc, value limit 5').all());
    expect(compareValues('\u{1F600}', '\uE000')).toBeGreaterThan(0);
    sqlite.close();
  });
});

describe('COUNT_CHUNK_ROWS', () => {
  it('defaults to 5000 and takes a whole number from 1', () => {
    expect(loadConfig({}).COUNT_CHUNK_ROWS).toBe(5000);
    expect(loadConfig({ COUNT_CHUNK_ROWS: '3' }).COUNT_CHUNK_ROWS).toBe(3);
    for (const bad of ['0', '-1', '2.5', 'many', '100000000']) {
      expect(() => loadConfig({ COUNT_CHUNK_ROWS: bad }), bad).toThrow(ConfigError);
      try {
        loadConfig({ COUNT_CHUNK_ROWS: bad });
      } catch (err) {
        expect((err as Error).message).toContain(`COUNT_CHUNK_ROWS="${bad}"`);
      }
    }
    expect(() => new ChunkedCounter({ chunk: 0 })).toThrow(/at least 1/);
    expect(() => new ChunkedCounter({ chunk: 1.5 })).toThrow(/at least 1/);
  });
});
