import type Database from 'better-sqlite3';
import { Column, getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { Db } from '../db/client.js';
import { asHolder, type DbHolder } from '../db/holder.js';
import { SnapshotPool } from '../db/read-snapshot.js';
import type { DataVersion } from '../db/version.js';
import { ChunkedCounter, COUNT_CHUNK, type Reader } from '../query/chunked-counts.js';
import { countingSource } from '../query/counting.js';
import { CursorError, decodeCursor, encodeCursor, type KeyValue, queryFingerprint } from '../query/cursor.js';
import { type Candidates, FacetCounter, type Facets } from '../query/facets.js';
import type { FacetDef, IncludeContext } from '../query/spec.js';
import {
  afterCursor,
  checkWithin,
  type Fragment,
  filterConditions,
  fixedColumns,
  fromDrizzle,
  oneOf,
  orderBy,
  ref,
  sortKeys,
  Where,
} from '../query/sql.js';
import type { Citation } from '../resources/common.schema.js';
import type { Entity, Resource, Row } from '../resources/define.js';
import { byCollection, resources } from '../resources/index.js';
import { markersOf } from '../resources/markers.js';
import {
  countedMatches,
  countMatchesSql,
  DENSE_MATCHES,
  ftsQuery,
  MATCH_CHUNK,
  MAX_COUNTED,
  matchCondition,
  matchRowidsAfterSql,
  materializedMatchCondition,
} from '../search/search.js';
import { type Statement, Statements } from './statements.js';
import { nextTurn } from './turns.js';

export interface ListParams extends Record<string, unknown> {
  limit: number;
  cursor?: string;
  sort?: string[];
  include?: string[];
  fields?: string[];
  /** Facetable fields to count per value over the same conditions (see query/facets.ts). */
  facet?: string[];
}

/** What `include` and `fields` ask of a read. */
export type Presentation = Pick<ListParams, 'include' | 'fields'>;

/**
 * A record as a read with `fields` shows it: only the fields asked for (the id is always kept).
 * `include` adds the related records under their names.
 */
export type Sparse<E extends z.ZodObject = z.ZodObject> = Partial<Entity<E>> & Row;

export interface Page<T = Row> {
  items: T[];
  /** The number of matching records; a lower bound when `totalExact` is false (see search.ts MAX_COUNTED). */
  total: number;
  totalExact: boolean;
  nextCursor: string | null;
  sort: string[];
  /** With `facet`: counts per value of each field asked for, over every matching record (see `facetsExhaustive`). */
  facets?: Facets;
  /** With `facet`: false when the counts are over the first MAX_COUNTED full-text matches only (lower bounds). */
  facetsExhaustive?: boolean;
}
const PAGING_PARAMS = new Set(['limit', 'cursor', 'include', 'fields', 'facet']);

/**
 * How a walk tests `q=`: the records of `collection` matching the FTS query `fts`, as a condition
 * on the table's id column, or undefined to evaluate the match in the page's own statement.
 */
type MatchSource = (collection: string, idColumn: string, fts: string) => Fragment | undefined;

/** All reads of every collection: one generic implementation, driven by each resource's declaration. */
export class Repository {
  private readonly dbs: DbHolder;
  /** Statements of the database the request runs on, one per query shape (made again for a swapped-in database). */
  private readonly statementsOf: () => Statements;

  /** Counts of large tables in slices (see `listCounted`). */
  private readonly counter: ChunkedCounter;

  constructor(
    db: Db | DbHolder,
    private readonly cursorSecret: string,
    private readonly version: DataVersion,
    /**
     * `countChunk`: rows per slice of a chunked count at most (COUNT_CHUNK_ROWS); `countSliceMs`: what a
     * slice aims to take (0: always `countChunk` rows); `between`: called between slices (tests).
     */
    options: { countChunk?: number; countSliceMs?: number; between?: () => void } = {},
  ) {
    this.counter = new ChunkedCounter({
      chunk: options.countChunk ?? COUNT_CHUNK,
      sliceMs: options.countSliceMs,
      between: options.between,
    });
    this.dbs = asHolder(db);
    this.statementsOf = this.dbs.perDb((d) => new Statements(d.$client));
  }

  private get db(): Db {
    return this.dbs.db;
  }

  private get statements(): Statements {
    return this.statementsOf();
  }

  /** A page of a collection; with `fields`, each record is reduced to them (see `Sparse`). */
  list<E extends z.ZodObject>(
    resource: Resource<E>,
    params: ListParams & { fields?: undefined },
    extra?: SQL[],
  ): Page<Entity<E>>;
  list<E extends z.ZodObject>(resource: Resource<E>, params: ListParams, extra?: SQL[]): Page<Sparse<E>>;
  list(resource: Resource, params: ListParams, extra: SQL[] = []): Page {
    return this.select(this.statements, resource, params, extra, true);
  }

  /**
   * One page: the SQL text is written from the query's shape (no query builder per request) and
   * its statement comes from the connection's cache. `withTotal` counts the matches (cached per
   * data version); exports and other walks over every page skip it.
   */
  private select(
    statements: Statements,
    resource: Resource,
    params: ListParams,
    extra: SQL[],
    withTotal: boolean,
    matches?: MatchSource,
  ): Page {
    const { table, query } = resource;
    const { keys, filters, fingerprint } = this.shape(resource, params, extra);
    let where = filters;
    /** With `q=`, a list counts its first full-text matches only (see search.ts MAX_COUNTED). */
    let candidates: Candidates | undefined;
    if (typeof params.q === 'string') {
      const fts = ftsQuery(params.q);
      const materialized = fts ? matches?.(resource.tableName, ref(table.id), fts) : undefined;
      where = new Where().add(filters.text, ...filters.params);
      if (!fts) where.add('0');
      else if (materialized) where.addFragment(materialized);
      else {
        const matches = this.count(`q ${resource.tableName} ${fts}`, () => {
          return statements.get<{ n: number }>(countMatchesSql(), [fts, resource.tableName])?.n ?? 0;
        });
        where.addFragment(matchCondition(resource.tableName, ref(table.id), fts, matches >= DENSE_MATCHES));
        candidates = { matches: countedMatches(resource.tableName, fts), cap: MAX_COUNTED };
      }
    }
    let pageWhere = where.text;
    let pageParams = where.params;
    if (params.cursor) {
      const values = decodeCursor(this.cursorSecret, fingerprint, params.cursor);
      const after = afterCursor(keys, values, fixedColumns(query, params));
      if (!after) throw new CursorError('The cursor does not match this sort.');
      pageWhere = `${pageWhere} and ${after.text}`;
      pageParams = [...pageParams, ...after.params];
    }
    const from = tableRef(resource);
    const rows = readRows(
      statements,
      resource,
      `select * from ${from} where ${pageWhere} order by ${orderBy(keys)} limit ?`,
      [...pageParams, params.limit + 1],
    );
    const more = rows.length > params.limit;
    const pageRows = more ? rows.slice(0, params.limit) : rows;
    // Facets first: counted together over a filtered list, they count its total in the same pass;
    // with `q=`, the total and the facets are counted together over the first full-text matches.
    const cached = withTotal ? this.cachedCount(fingerprint) : undefined;
    // What the total and facets read: with declared filters only, the counting index (counting.ts).
    const counts = countingSource(query, table, { params, extra: extra.length });
    const counted =
      withTotal && (params.facet?.length || (candidates && !cached))
        ? this.facets.count(
            statements,
            query,
            table,
            candidates ? filters : where,
            params.facet ?? [],
            this.dataVersion(),
            { candidates, withTotal: !cached, source: counts.from, perFacet: counts.perFacet },
          )
        : undefined;
    const facets = params.facet?.length ? counted?.facets : undefined;
    let total = cached;
    if (withTotal && !total) {
      total =
        counted?.total !== undefined
          ? { n: counted.total, exact: counted.exact }
          : {
              n:
                statements.get<{ n: number }>(
                  `select count(*) as n from ${counts.from} where ${where.text}`,
                  where.params,
                )?.n ?? 0,
              exact: true,
            };
      this.storeCount(fingerprint, total);
    }
    const last = pageRows.at(-1);
    const nextCursor =
      more && last
        ? encodeCursor(
            this.cursorSecret,
            fingerprint,
            keys.map((k) => keyValue(last, k.column)),
          )
        : null;
    return {
      items: this.present(statements, resource, pageRows, params),
      total: total?.n ?? -1,
      totalExact: total?.exact ?? true,
      nextCursor,
      sort: keys.map((k) => (k.descending ? `-${k.field}` : k.field)),
      ...(facets && counted ? { facets, facetsExhaustive: counted.exact } : {}),
    };
  }

  /**
   * What a list's page and counts are over: its sort keys, every condition but `q` (`filters`), and
   * the fingerprint of the query (the key of its total and its cursors).
   */
  private shape(resource: Resource, params: ListParams, extra: SQL[]) {
    const { table, query } = resource;
    const keys = sortKeys(query, params.sort, table.id);
    checkWithin(query, params, keys);
    const filters = new Where().add(`${ref(table.deleted_at)} is null`);
    filterConditions(query, params, table.updated_at, filters);
    for (const e of extra) filters.addFragment(fromDrizzle(e));
    const queryOnly: Record<string, unknown> = {};
    for (const k in params) if (!PAGING_PARAMS.has(k)) queryOnly[k] = params[k];
    const fingerprint = queryFingerprint({
      c: resource.tableName,
      q: queryOnly,
      s: keys.map((k) => [k.field, k.descending]),
    });
    return { keys, filters, fingerprint };
  }

  private readonly facets = new FacetCounter();

  /**
   * A page as `list` gives it, its total and facets counted first in slices when they are not cached
   * and the collection's table is larger than a chunk (`countAhead`): the synchronous work of a cold
   * count at 100k rows is then a few milliseconds per turn of the event loop instead of up to 280 ms
   * in one. The route of the JSON list uses it; `list` stays synchronous for the other callers.
   */
  async listCounted(resource: Resource, params: ListParams, extra: SQL[] = []): Promise<Page> {
    // The counts are stored for the data version their snapshot read: after a write meanwhile they
    // are not the list's any more, and are counted again (three times at most, then by `list` itself).
    for (let attempt = 0; attempt < 3; attempt++) {
      const counting = this.countAhead(resource, params, extra);
      if (!counting) break;
      await counting;
    }
    return this.list(resource, params, extra);
  }

  /**
   * Counts in slices (src/query/chunked-counts.ts) the total and the facets of a list that `list`
   * would count in one statement, and caches them for the data version of the snapshot they were
   * counted on; undefined when there is nothing to count that way: everything cached, `q=` (counted
   * over the first MAX_COUNTED matches, bounded already), a table of at most one chunk of rowids (the
   * seeded data: counted by `list` as before), or an in-memory database (no second connection to
   * hold a snapshot on).
   */
  private countAhead(resource: Resource, params: ListParams, extra: SQL[]): Promise<void> | undefined {
    if (params.q !== undefined) return undefined;
    const open = this.reader();
    if (!open) return undefined;
    const { table, query } = resource;
    const { filters, fingerprint } = this.shape(resource, params, extra);
    // The data version before the snapshot is taken: what it reads is at least as new.
    const version = this.dataVersion();
    const { from: source, perFacet } = countingSource(query, table, { params, extra: extra.length });
    const name = tableRef(resource);
    const missing: { def: FacetDef; key: string }[] = [];
    for (const field of new Set(params.facet ?? [])) {
      const def = query.facets[field];
      if (!def) continue;
      const key = this.facets.key(def, name, filters, source);
      if (!this.facets.cached(key, version)) missing.push({ def, key });
    }
    if (!missing.length && this.cachedCount(fingerprint)) return undefined;
    const span = (sql: string) => this.statements.get<{ r: number | null }>(sql, [])?.r ?? 0;
    if (span(`select max(rowid) as r from ${name}`) - span(`select min(rowid) as r from ${name}`) < this.counter.chunk)
      return undefined;
    const job = {
      table: name,
      tableName: resource.tableName,
      where: filters,
      facets: missing.map((m) => ref(m.def.column)),
      // As `FacetCounter` decides for the same list: one pass over the matching rows with a filter the
      // counting index does not hold (a custom filter's subquery then runs once per row, not per facet).
      onePass: filters.parts.length > 1 && !perFacet,
    };
    const key = JSON.stringify([this.db.$client.name, version, fingerprint, ...missing.map((m) => m.key)]);
    return this.counter.run(key, open, job).then((got) => {
      this.storeCount(fingerprint, { n: got.total, exact: true }, version);
      missing.forEach((m, i) => {
        this.facets.put(m.key, m.def, version, got.facets[i] ?? [], true);
      });
    });
  }

  /**
   * A connection holding one snapshot for a chunked count, or undefined without one (in-memory): a
   * read-only connection of its own in one read transaction (see `snapshot`); on a read node, the
   * request's own connection, which nothing writes.
   */
  private reader(): (() => Reader) | undefined {
    const main = this.db.$client;
    if (this.dbs.swappable) {
      const statements = this.statements;
      return () => ({ all: (text, params) => statements.all(text, params), close: () => {} });
    }
    if (main.memory) return undefined;
    return () => {
      const snapshot = this.snapshotPool(main).open();
      const statements = this.snapshotStatements(snapshot.sqlite);
      return { all: (text, params) => statements.all(text, params), close: snapshot.close };
    };
  }

  /**
   * Totals are cached per query and data version: every write moves the data version (see
   * db/version.ts), so a cached total is never stale, and paging deep into a large filtered set does
   * not recount it.
   */
  count(fingerprint: string, compute: () => number): number {
    const hit = this.cachedCount(fingerprint);
    if (hit) return hit.n;
    const n = compute();
    this.storeCount(fingerprint, { n, exact: true });
    return n;
  }

  private cachedCount(fingerprint: string): { n: number; exact: boolean } | undefined {
    const hit = this.counts.get(fingerprint);
    return hit && hit.version === this.dataVersion() ? hit : undefined;
  }

  private storeCount(fingerprint: string, count: { n: number; exact: boolean }, version = this.dataVersion()): void {
    if (this.counts.size >= 10_000) this.counts.clear();
    this.counts.set(fingerprint, { version, ...count });
  }

  private readonly counts = new Map<string, { version: number; n: number; exact: boolean }>();

  /**
   * A value derived from the data (a fit-table row's linked flags, say), computed once per data version and key: every
   * write through this process moves the data version at once, so none is served after it; a commit by another process
   * (`npm run db:seed`) is seen within the version's poll (100 ms), as by the response cache and the totals. Bounded like
   * the totals: at most 10,000 keys at a time, all dropped when full or when the data version moves.
   */
  perVersion<T>(key: string, compute: () => T): T {
    const version = this.dataVersion();
    if (this.derived.version !== version || this.derived.values.size >= 10_000)
      this.derived = { version, values: new Map() };
    if (this.derived.values.has(key)) return this.derived.values.get(key) as T;
    const value = compute();
    // A write during `compute` (none today: it reads) would leave the value to the old version only.
    if (this.dataVersion() === version) this.derived.values.set(key, value);
    return value;
  }

  private derived: { version: number; values: Map<string, unknown> } = { version: -1, values: new Map() };

  /**
   * Each collection's live records, in registry order: one prepared statement per collection, counted once per data
   * version (the dataset index; when anything last changed is `lastModified`).
   */
  collectionStats(): { resource: Resource; count: number }[] {
    return this.perVersion('collection-stats', () =>
      resources.map((resource) => {
        const [count] = this.statements
          .raw(`select count(*) from ${tableRef(resource)} where ${ref(resource.table.deleted_at)} is null`)
          .get() as [number];
        return { resource, count };
      }),
    );
  }

  /** When any content last changed (ms since the epoch, from the change feed), cached per data version. */
  lastModified(): number {
    const version = this.dataVersion();
    if (this.modified?.version !== version) {
      const row = this.db.get<{ at: string | null }>(sql`select max(changed_at) as at from changes`);
      this.modified = { version, at: Date.parse(row.at ?? '1970-01-01T00:00:00Z') };
    }
    return this.modified.at;
  }

  private modified: { version: number; at: number } | undefined;

  /** The data version (see db/version.ts): changes whenever the data may have changed. */
  dataVersion(): number {
    return this.version.get();
  }

  /**
   * Every matching record, in keyset pages of `batch` (paging parameters in `filters` are ignored):
   * memory stays flat however many records match. `extra` conditions narrow the set in SQL (joins
   * or subqueries, never lists of ids). Used by JSON-LD and the cost comparison; exports read a
   * snapshot instead (see `snapshot`).
   */
  pages<E extends z.ZodObject>(
    resource: Resource<E>,
    filters: Record<string, unknown>,
    batch?: number,
    extra?: SQL[],
  ): Generator<Entity<E>[]>;
  pages(resource: Resource, filters: Record<string, unknown>, batch = 500, extra: SQL[] = []): Generator<Row[]> {
    return this.walk(this.statements, resource, filters, batch, extra);
  }

  /** The walk behind `pages`, on the statements of a connection (the main one or a snapshot's). */
  *walk(
    statements: Statements,
    resource: Resource,
    filters: Record<string, unknown>,
    batch: number,
    extra: SQL[],
    matches?: MatchSource,
  ): Generator<Row[]> {
    const { limit: _l, cursor: _c, fields: _f, include: _i, facet: _ft, ...rest } = filters;
    let cursor: string | undefined;
    do {
      const page = this.select(statements, resource, { ...rest, limit: batch, cursor }, extra, false, matches);
      yield page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /**
   * A consistent view for long reads (exports): a read-only connection of its own holding one read
   * transaction, so every page comes from the same snapshot while writes carry on (WAL). Records
   * renamed or added during the walk are neither repeated nor skipped. Close it when done. An
   * in-memory database has no second connection: the walk then reads the live data. On a read node
   * following a replica, nothing ever writes the database a request runs on (new data comes as another
   * file, swapped in): the request's own connection is the snapshot, and it stays open until the
   * response ends, even after a swap (db/holder.ts).
   */
  snapshot(matchChunk = MATCH_CHUNK): Snapshot {
    const main = this.db.$client;
    if (main.memory || this.dbs.swappable) return new Snapshot(this, this.statements, () => {});
    const { sqlite, close } = this.snapshotPool(main).open();
    return new Snapshot(this, this.snapshotStatements(sqlite), close, true, matchChunk);
  }

  /** The read-only connections snapshots are taken on, kept for reuse (db/read-snapshot.ts). */
  private snapshotPool(main: Database.Database): SnapshotPool {
    if (this.pool?.file !== main.name) {
      this.pool?.closeAll();
      this.pool = new SnapshotPool(main.name);
    }
    return this.pool;
  }

  private pool: SnapshotPool | undefined;

  /** A snapshot connection's prepared statements, kept with it across uses. */
  private snapshotStatements(sqlite: Database.Database): Statements {
    let statements = this.pooledStatements.get(sqlite);
    if (!statements) {
      statements = new Statements(sqlite, 50);
      this.pooledStatements.set(sqlite, statements);
    }
    return statements;
  }

  private readonly pooledStatements = new WeakMap<Database.Database, Statements>();

  /** Closes the connections kept for snapshots (the app's onClose). */
  close(): void {
    this.pool?.closeAll();
  }

  /** One live record by id; with `fields`, reduced to them (see `Sparse`). */
  get<E extends z.ZodObject>(
    resource: Resource<E>,
    id: string,
    params?: { include?: string[]; fields?: undefined },
  ): Entity<E> | undefined;
  get<E extends z.ZodObject>(resource: Resource<E>, id: string, params: Presentation): Sparse<E> | undefined;
  get(resource: Resource, id: string, params: Presentation = {}): Row | undefined {
    const { table } = resource;
    const [row] = readRows(
      this.statements,
      resource,
      `select * from ${tableRef(resource)} where ${ref(table.id)} = ? and ${ref(table.deleted_at)} is null`,
      [id],
    );
    return row ? this.present(this.statements, resource, [row], params)[0] : undefined;
  }

  /**
   * What search hits say of whose their records are (`said_by`): the sources each quotes, in citation order, and whether
   * the whole record is Katalog's reading. One statement for the citations of every hit of the page, and one per
   * collection with a record-level `inferred`; never the whole records (reading them made an uncached search 0.6x as
   * fast). Keyed `collection/id`.
   */
  quotedBy(
    hits: { resource: Resource; id: string }[],
  ): Map<string, { citations: { source_id: string }[]; inferred: boolean }> {
    const out = new Map<string, { citations: { source_id: string }[]; inferred: boolean }>();
    if (!hits.length) return out;
    for (const h of hits) out.set(`${h.resource.tableName}/${h.id}`, { citations: [], inferred: false });
    const cites = this.statements
      .raw(
        `select c.collection, c.record_id, c.source_id from json_each(?) k join citations c on c.collection = json_extract(k.value, '$[0]') and c.record_id = json_extract(k.value, '$[1]') order by c.collection, c.record_id, c.position`,
      )
      .all(JSON.stringify(hits.map((h) => [h.resource.tableName, h.id]))) as [string, string, string][];
    for (const [collection, id, source_id] of cites) out.get(`${collection}/${id}`)?.citations.push({ source_id });
    const marked = new Map<Resource, string[]>();
    for (const h of hits)
      if ('inferred' in h.resource.entity.shape) marked.set(h.resource, [...(marked.get(h.resource) ?? []), h.id]);
    for (const [resource, ids] of marked) {
      const byId = oneOf(ref(resource.table.id), ids);
      const rows = this.statements
        .raw(`select ${ref(resource.table.id)} from ${tableRef(resource)} where inferred = 1 and ${byId.text}`)
        .all(...byId.params) as [string][];
      for (const [id] of rows) {
        const q = out.get(`${resource.tableName}/${id}`);
        if (q) q.inferred = true;
      }
    }
    return out;
  }

  /** Whether a record with this id is stored deleted (a 404 then says it can be restored). */
  isDeleted(resource: Resource, id: string): boolean {
    const { table } = resource;
    return (
      this.statements.get<{ d: number }>(
        `select 1 as d from ${tableRef(resource)} where ${ref(table.id)} = ? and ${ref(table.deleted_at)} is not null`,
        [id],
      ) !== undefined
    );
  }

  /**
   * Live records of a collection by id, with citations (for includes): one statement per page. The map iterates in
   * the order of `ids` (the record's own reference order), never in storage order: a fresh and an upgraded replica
   * store rows in different orders and must derive the same content in the same order.
   */
  byIds<E extends z.ZodObject>(resource: Resource<E>, ids: string[], statements?: Statements): Map<string, Entity<E>>;
  byIds(resource: Resource, ids: string[], statements = this.statements): Map<string, Row> {
    if (!ids.length) return new Map();
    const { table } = resource;
    const match = oneOf(ref(table.id), ids);
    const rows = readRows(
      statements,
      resource,
      `select * from ${tableRef(resource)} where ${match.text} and ${ref(table.deleted_at)} is null`,
      match.params,
    );
    const found = new Map(this.withCitations(statements, resource, rows).map((i) => [String(i.id), i]));
    return new Map(ids.flatMap((id) => (found.has(id) ? [[id, found.get(id) as Row] as const] : [])));
  }

  /**
   * The stored names of live records of a collection by id (a sentence for people names a record, never its id): one
   * statement, without citations.
   */
  namesOf(collection: string, ids: string[], statements = this.statements): Map<string, string> {
    if (!ids.length) return new Map();
    const resource = mustResource(collection);
    const { table } = resource;
    const match = oneOf(ref(table.id), ids);
    const rows = statements
      .raw(
        `select ${ref(table.id)}, name from ${tableRef(resource)} where ${match.text} and ${ref(table.deleted_at)} is null`,
      )
      .all(...match.params) as [string, string][];
    return new Map(rows);
  }

  /**
   * The ids of the records of a collection that cite an excerpt found in one of these texts, from the same source
   * (an excerpt of a text, or the text itself): one statement for all of them, its texts bound as one JSON array.
   * Deleted records are dropped by the `byIds` that loads them.
   */
  citing(resource: Resource, texts: { source_id: string; excerpt: string }[]): string[] {
    if (!texts.length) return [];
    const rows = this.statements
      .raw(
        // The texts unpacked once (a materialized table), not once per citation row compared.
        `with j(source_id, text) as materialized (select json_extract(value, '$[0]'), json_extract(value, '$[1]') from json_each(?)) select distinct c.record_id from citations c where c.collection = ? and exists (select 1 from j where j.source_id = c.source_id and instr(j.text, c.excerpt) > 0) order by c.record_id`,
      )
      .all(JSON.stringify(texts.map((t) => [t.source_id, t.excerpt])), resource.tableName) as [string][];
    return rows.map(([id]) => id);
  }

  /**
   * The ids of the live records of a collection whose `column` holds the start of one of these texts (a fit-table row
   * whose situation an excerpt starts with): one statement for all of them, its texts bound as one JSON array.
   */
  beginning(resource: Resource, column: string, texts: string[]): string[] {
    const col = getTableColumns(resource.table)[column];
    if (!texts.length || !col) return [];
    const { table } = resource;
    const rows = this.statements
      .raw(
        `select ${ref(table.id)} from ${tableRef(resource)} where ${ref(table.deleted_at)} is null and length(${ref(col)}) > 0 and exists (select 1 from json_each(?) j where substr(j.value, 1, length(${ref(col)})) = ${ref(col)}) order by ${ref(table.id)}`,
      )
      .all(JSON.stringify(texts)) as [string][];
    return rows.map(([id]) => id);
  }

  private byColumn(statements: Statements, resource: Resource, column: string, values: string[]): Row[] {
    const col = getTableColumns(resource.table)[column];
    if (!values.length || !col) return [];
    const keys = sortKeys(resource.query, undefined, resource.table.id);
    const match = oneOf(ref(col), values);
    const rows = readRows(
      statements,
      resource,
      `select * from ${tableRef(resource)} where ${match.text} and ${ref(resource.table.deleted_at)} is null order by ${orderBy(keys)}`,
      match.params,
    );
    return this.withCitations(statements, resource, rows);
  }

  /** Rows to API items: citations attached, includes embedded, sparse fields applied. */
  private present(statements: Statements, resource: Resource, rows: Row[], params: Presentation): Row[] {
    const items = this.withCitations(statements, resource, rows);
    if (params.include?.length) {
      const ctx: IncludeContext = {
        byIds: (collection, ids) => this.byIds(mustResource(collection), ids, statements),
        byColumn: (collection, column, values) => this.byColumn(statements, mustResource(collection), column, values),
        namesOf: (collection, ids) => this.namesOf(collection, ids, statements),
      };
      for (const name of params.include) {
        const def = resource.query.includes[name];
        if (!def) continue;
        const values = def.load(items, ctx);
        items.forEach((item, i) => {
          item[name] = values[i];
        });
      }
    }
    if (!params.fields) return items;
    const keep = new Set(['id', ...params.fields, ...(params.include ?? [])]);
    // A number comes with its unit, qualifier, other bound and basis (`readWith`), and the markers of Katalog's
    // readings travel with the fields they mark (resources/markers.ts).
    for (const f of params.fields) for (const w of resource.readWith[f] ?? []) keep.add(w);
    return items.map((item) => {
      const own = new Set([...keep, ...markersOf(resource.entity.shape, item, keep)]);
      return Object.fromEntries(Object.entries(item).filter(([k]) => own.has(k)));
    });
  }

  /** Records from a page of rows, with their citations: one statement, the ids bound as one JSON array. */
  private withCitations(statements: Statements, resource: Resource, rows: Row[]): Row[] {
    if (!rows.length) return [];
    const match = oneOf(
      'record_id',
      rows.map((r) => r.id),
    );
    // Raw rows (arrays): no object per row from the driver, one per citation here.
    const cites = statements
      .raw(
        `select record_id, source_id, excerpt, section from citations where collection = ? and ${match.text} order by record_id, position`,
      )
      .all(resource.tableName, ...match.params) as [string, string, string, string][];
    const byRecord = new Map<string, Citation[]>();
    for (const [recordId, source_id, excerpt, section] of cites) {
      let list = byRecord.get(recordId);
      if (!list) {
        list = [];
        byRecord.set(recordId, list);
      }
      list.push({ source_id, excerpt, section });
    }
    return rows.map((r) => resource.fromRow(r, byRecord.get(String(r.id)) ?? []));
  }
}

/**
 * Pages read from one connection's statements (see `Repository.snapshot`); close it when done.
 *
 * With a connection of its own, a walk with `q=` computes the set of matching records once, inside
 * the snapshot's read transaction, into a temporary table of that connection (search rowids of the
 * collection's matches, an integer primary key), and every page tests its rows against it: one
 * full-text evaluation per export instead of one per page. The table belongs to the snapshot's
 * transaction, so it is exactly the matches of the data the pages read, and it goes when the
 * connection closes. A snapshot sharing the request's connection (in-memory databases, read nodes)
 * keeps evaluating the match per page: creating tables there would move the data version.
 * The table is filled in chunks (search.ts `MATCH_CHUNK`): `prepare` lets other requests run between
 * chunks (exports call it before their first page), so a `q=` matching most of 100k records is not
 * one 30-150 ms slice, and four such exports starting together do not hold `/healthz` for half a
 * second; a walk that did not prepare fills the table in one go on its first page.
 */
export class Snapshot {
  private readonly matchTables = new Map<string, Fragment>();

  constructor(
    private readonly repo: Repository,
    private readonly statements: Statements,
    readonly close: () => void,
    private readonly ownConnection = false,
    /** Rowids copied per step into a match table (search.ts `MATCH_CHUNK`; smaller in tests). */
    private readonly matchChunk = MATCH_CHUNK,
  ) {}

  /** The condition of `q=` on the snapshot's match table, made on first use (see the class comment). */
  private readonly matches: MatchSource = (collection, idColumn, fts) => {
    if (!this.ownConnection) return undefined;
    const fill = this.fill(collection, idColumn, fts);
    let step = fill.next();
    while (!step.done) step = fill.next();
    return step.value;
  };

  /**
   * Fills the match table of a `q=` (one chunk of rowids per step, in rowid order) and returns its
   * condition; a table already filled is returned at once.
   */
  private *fill(collection: string, idColumn: string, fts: string): Generator<void, Fragment> {
    const key = `${collection}\u0000${idColumn}\u0000${fts}`;
    const made = this.matchTables.get(key);
    if (made) return made;
    const table = `temp.q_match_${this.matchTables.size}`;
    const sqlite = this.statements.sqlite;
    sqlite.exec(`create table ${table} (r integer primary key)`);
    const insert = sqlite.prepare(`insert into ${table} (r) ${matchRowidsAfterSql(this.matchChunk)}`);
    const last = sqlite.prepare(`select max(r) from ${table}`).pluck();
    let n = 0;
    for (let after = -1; ; after = last.get() as number) {
      const copied = insert.run(fts, after, collection).changes;
      n += copied;
      if (copied < this.matchChunk) break;
      yield;
    }
    const condition = materializedMatchCondition(collection, idColumn, table, n >= DENSE_MATCHES);
    this.matchTables.set(key, condition);
    return condition;
  }

  /**
   * Makes the match table of the walk's `q=` ahead of its first page, one chunk per turn of the event
   * loop (other requests run between chunks). Nothing to do without `q=` or without a connection of its own.
   */
  async prepare(resource: Resource, filters: Record<string, unknown>): Promise<void> {
    if (!this.ownConnection || typeof filters.q !== 'string') return;
    const fts = ftsQuery(filters.q);
    if (!fts) return;
    const fill = this.fill(resource.tableName, ref(resource.table.id), fts);
    while (!fill.next().done) await nextTurn();
  }

  pages<E extends z.ZodObject>(
    resource: Resource<E>,
    filters: Record<string, unknown>,
    batch?: number,
    extra?: SQL[],
  ): Generator<Entity<E>[]>;
  pages(resource: Resource, filters: Record<string, unknown>, batch = 500, extra: SQL[] = []): Generator<Row[]> {
    return this.repo.walk(this.statements, resource, filters, batch, extra, this.matches);
  }

  /** Rows of one statement on the snapshot (bounded queries of repository/ modules, e.g. prices.ts). */
  all<T>(text: string, params: unknown[]): T[] {
    return this.statements.all<T>(text, params);
  }
}

const tableRefs = new WeakMap<Resource, string>();
function tableRef(resource: Resource): string {
  let r = tableRefs.get(resource);
  if (!r) {
    r = `"${getTableName(resource.table).replace(/"/g, '""')}"`;
    tableRefs.set(resource, r);
  }
  return r;
}

type RowReader = (raw: unknown[]) => Row;
const readers = new WeakMap<Statement, RowReader>();

/**
 * Rows of a `select *` of the resource's table, read in raw mode (see `Statements.raw`) and made
 * into row objects by a reader compiled once per statement: one object literal per row with the
 * statement's columns, stored values turned into JS values as drizzle's select does (JSON text,
 * 0/1 booleans: only the columns whose driver mapping is not the identity are touched).
 */
function readRows(statements: Statements, resource: Resource, sql: string, params: unknown[]): Row[] {
  const stmt = statements.raw(sql);
  let read = readers.get(stmt);
  if (!read) {
    read = compileReader(
      resource,
      stmt.columns().map((c) => c.name),
    );
    readers.set(stmt, read);
  }
  const raw = stmt.all(...params) as unknown[][];
  const rows = new Array<Row>(raw.length);
  for (let i = 0; i < raw.length; i++) rows[i] = read(raw[i] as unknown[]);
  return rows;
}

function compileReader(resource: Resource, names: string[]): RowReader {
  const columns = getTableColumns(resource.table);
  const mappers: Array<(v: unknown) => unknown> = [];
  const props = names.map((name, i) => {
    const column = columns[name];
    if (!column || column.mapFromDriverValue === Column.prototype.mapFromDriverValue)
      return `${JSON.stringify(name)}: r[${i}]`;
    const m = mappers.push((v) => column.mapFromDriverValue(v)) - 1;
    return `${JSON.stringify(name)}: r[${i}] === null || r[${i}] === undefined ? r[${i}] : m[${m}](r[${i}])`;
  });
  // Generated from column names (the table's, checked against the schema at start-up) and indexes only.
  return new Function('m', `return function read(r) { return { ${props.join(', ')} }; };`)(mappers) as RowReader;
}

function mustResource(collection: string): Resource {
  const r = byCollection.get(collection);
  if (!r) throw new Error(`unknown collection ${collection}`);
  return r;
}

/** The value of a sort column in a row (property names equal column names; see defineResource). */
function keyValue(row: Row, column: SQLiteColumn): KeyValue {
  const v = row[column.name];
  if (typeof v === 'boolean') return v ? 1 : 0;
  return (v ?? null) as KeyValue;
}
