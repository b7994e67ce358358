/**
 * The counting indexes (src/query/counting.ts): each collection has one partial index over the columns
 * its filters and facets read, derived from its declaration, in drizzle's schema and on a migrated
 * database alike; a list filtered on those columns counts its total and facets from that index alone
 * (its plan, and no read of a table column in its bytecode); a selective filter on a reference, a
 * custom filter, `updated_since` and `q=` are left to the planner as before; and with every declared
 * filter of every collection, the total and facets equal what the whole list, walked page by page, holds.
 */
import { getTableName } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DataVersion, watchDataVersion } from '../src/db/version.js';
import { countingOf } from '../src/query/counting.js';
import { Repository } from '../src/repository/repository.js';
import type { Resource } from '../src/resources/define.js';
import { resources } from '../src/resources/index.js';
import { countBy, everyPage, filterValue, startApp, type TestApp } from './helpers.js';

let t: TestApp;
let version: DataVersion;
beforeAll(async () => {
  t = await startApp();
  version = watchDataVersion(t.db, 60_000);
});
afterAll(async () => {
  version.stop();
  await t.close();
});

type Item = Record<string, unknown>;
interface FacetCount {
  value: unknown;
  count: number;
}

const fullList = (path: string, query: URLSearchParams) => everyPage(t, path, query);

/** The index's column names as the database has them. */
const indexColumns = (name: string) =>
  (t.db.$client.prepare(`pragma index_info("${name}")`).all() as { name: string }[]).map((c) => c.name);

/** The counting statements (total, facets) a cold list runs, each with its plan and whether it reads the table. */
function countingStatements(r: Resource, params: Item) {
  const sqlite = t.db.$client;
  const prepare = sqlite.prepare.bind(sqlite);
  const texts = new Set<string>();
  sqlite.prepare = ((text: string) => {
    if (text.includes('count(*)')) texts.add(text);
    return prepare(text);
  }) as typeof sqlite.prepare;
  try {
    new Repository(t.db, 'counting-test-secret-counting-test-secret', version).list(r, {
      limit: 5,
      ...params,
      facet: Object.keys(r.query.facets),
    });
  } finally {
    sqlite.prepare = prepare;
  }
  const root = (
    sqlite
      .prepare("select rootpage from sqlite_schema where type = 'table' and name = ?")
      .get(getTableName(r.table)) as { rootpage: number }
  ).rootpage;
  return [...texts].map((text) => {
    const args = Array((text.match(/\?/g) ?? []).length).fill(null);
    const plan = (prepare(`explain query plan ${text}`).all(...args) as { detail: string }[])
      .map((p) => p.detail)
      .join('; ');
    const ops = prepare(`explain ${text}`).all(...args) as { opcode: string; p1: number; p2: number }[];
    const tableCursors = new Set(ops.filter((o) => o.opcode === 'OpenRead' && o.p2 === root).map((o) => o.p1));
    const readsTable = ops.some((o) => (o.opcode === 'Column' || o.opcode === 'Rowid') && tableCursors.has(o.p1));
    return { text, plan, readsTable };
  });
}

const counted = resources.filter((r) => countingOf(r.table));

describe('counting indexes', () => {
  it('are derived from each collection declaration: in drizzle schema and on a migrated database', () => {
    // Every collection with a filter or a facet beyond one facetable column has one.
    expect(counted.map((r) => r.tableName)).toEqual(
      expect.arrayContaining(['programs', 'prices', 'organizations', 'studies', 'findings']),
    );
    for (const r of resources) {
      const table = getTableName(r.table);
      const counting = countingOf(r.table);
      const inDrizzle = getTableConfig(r.table).indexes.filter((i) => i.config.name.endsWith('_counts_idx'));
      const inDb = t.db.$client
        .prepare(
          "select name, sql from sqlite_schema where type = 'index' and tbl_name = ? and name like '%counts_idx'",
        )
        .all(table) as { name: string; sql: string }[];
      if (!counting) {
        expect(inDrizzle, table).toEqual([]);
        expect(inDb, table).toEqual([]);
        continue;
      }
      const declared = counting.columns.map((c) => c.name);
      // Derived, not listed: the declaration's filters (custom ones aside, a range with its upper end) and facets.
      const fromSpec = new Set([
        ...Object.values(r.query.filters).flatMap((f) =>
          f.kind === 'custom' ? [] : [f.column.name, ...(f.kind === 'range' && f.upper ? [f.upper.name] : [])],
        ),
        ...Object.values(r.query.facets).map((f) => f.column.name),
      ]);
      expect(new Set(declared), table).toEqual(fromSpec);
      expect(inDrizzle.map((i) => i.config.name)).toEqual([`${table}_counts_idx`]);
      expect(inDrizzle[0]?.config.columns.map((c) => ('name' in c ? c.name : ''))).toEqual(declared);
      expect(inDb.map((i) => i.name)).toEqual([`${table}_counts_idx`]);
      expect(indexColumns(`${table}_counts_idx`)).toEqual(declared);
      expect(inDb[0]?.sql).toMatch(/WHERE deleted_at is null$/);
    }
  });

  it('count a list filtered on declared columns from the index alone, never reading the table', () => {
    let checked = 0;
    for (const r of counted) {
      const counting = countingOf(r.table);
      for (const [name, f] of Object.entries(r.query.filters)) {
        if (f.kind === 'custom' || counting?.selective.has(f.column)) continue;
        const value = filterValue(t, r, name, f);
        if (!value) continue;
        const statements = countingStatements(r, value.params);
        expect(statements.length, `${r.path} ${name}`).toBeGreaterThan(0);
        for (const s of statements) {
          expect(s.text, `${r.path} ${name}`).toContain(`indexed by "${counting?.name}"`);
          expect(s.plan, `${r.path} ${name}: ${s.text}`).toContain(`USING INDEX ${counting?.name}`);
          expect(s.readsTable, `${r.path} ${name}: ${s.text}`).toBe(false);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('leave a selective reference, a custom filter, updated_since and q= to the planner', () => {
    const programs = resources.find((r) => r.path === 'programs') as Resource;
    const org = t.db.$client
      .prepare('select organization_id as id from programs where organization_id is not null limit 1')
      .get() as { id: string };
    for (const params of [
      { organization_id: [org.id] },
      { format: ['group'], organization_id: [org.id] },
      { price_currency: ['CAD'] },
      { format: ['group'], updated_since: '2020-01-01T00:00:00.000Z' },
      { format: ['group'], q: 'ketamine' },
      {},
    ]) {
      const statements = countingStatements(programs, params);
      expect(statements.length).toBeGreaterThan(0);
      for (const s of statements) expect(s.text, JSON.stringify(params)).not.toContain('indexed by');
    }
    // Without a filter, each facet still scans its own small index and never the table.
    for (const s of countingStatements(programs, {})) expect(s.readsTable, s.text).toBe(false);
    // And a count over a column the index lacks reads the table (what the check above would see).
    const since = { format: ['group'], updated_since: '2020-01-01T00:00:00.000Z' };
    expect(countingStatements(programs, since).some((s) => s.readsTable)).toBe(true);
  });

  describe.each(counted.map((r) => [r.path, r] as const))('of %s', (path, resource) => {
    it('count totals and facets equal to the whole list with each declared filter', async () => {
      const fields = Object.keys(resource.query.facets);
      for (const [name, f] of Object.entries(resource.query.filters)) {
        const value = filterValue(t, resource, name, f);
        if (!value) continue;
        const query = new URLSearchParams(value.http);
        const expected = await fullList(path, query);
        const withFacets = new URLSearchParams(query);
        withFacets.set('facet', fields.join(','));
        const res = await t.http.get(`/v1/${path}?${withFacets}`).expect(200);
        expect(res.body.meta.total, `${path} ${name}`).toBe(expected.length);
        expect(expected.length, `${path} ${name}`).toBeGreaterThan(0);
        for (const field of fields) {
          const got = res.body.meta.facets[field] as FacetCount[];
          const want = countBy(expected, field);
          expect(new Map(got.map((c) => [JSON.stringify(c.value), c.count])), `${path} ${name} facet ${field}`).toEqual(
            want,
          );
        }
      }
    });
  });
});
