import { and, asc, count, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { type Db, writeTransaction } from '../db/client.js';
import { changes, citations } from '../db/schema/index.js';
import type { DataVersion } from '../db/version.js';
import { CursorError, decodeCursor, encodeCursor, type KeyValue, queryFingerprint } from '../query/cursor.js';
import type { IncludeContext, Item } from '../query/spec.js';
import { afterCursor, filterConditions, orderBy, sortKeys } from '../query/sql.js';
import type { Resource } from '../resources/define.js';
import { byCollection } from '../resources/index.js';
import { matchCondition } from '../search/search.js';

export interface ListParams extends Record<string, unknown> {
  limit: number;
  cursor?: string;
  sort?: string[];
  include?: string[];
  fields?: string[];
}

export interface Page {
  items: Item[];
  total: number;
  nextCursor: string | null;
  sort: string[];
}

type Row = Record<string, unknown>;
const PAGING_PARAMS = new Set(['limit', 'cursor', 'include', 'fields']);

/** All reads of every collection: one generic implementation, driven by each resource's declaration. */
export class Repository {
  constructor(
    private readonly db: Db,
    private readonly cursorSecret: string,
    private readonly version: DataVersion,
  ) {}

  list(resource: Resource, params: ListParams, extra: SQL[] = []): Page {
    const { table, query } = resource;
    const keys = sortKeys(query, params.sort, table.id);
    const where: SQL[] = [isNull(table.deleted_at), ...filterConditions(query, params, table.updated_at), ...extra];
    if (typeof params.q === 'string') where.push(matchCondition(resource.collection, table.id, params.q));
    const queryOnly = Object.fromEntries(Object.entries(params).filter(([k]) => !PAGING_PARAMS.has(k)));
    const fingerprint = queryFingerprint({
      c: resource.collection,
      q: queryOnly,
      s: keys.map((k) => [k.field, k.descending]),
    });

    const pageWhere = [...where];
    if (params.cursor) {
      const values = decodeCursor(this.cursorSecret, fingerprint, params.cursor);
      const after = afterCursor(keys, values);
      if (!after) throw new CursorError('The cursor does not match this sort.');
      pageWhere.push(after);
    }
    const rows = this.db
      .select()
      .from(table)
      .where(and(...pageWhere))
      .orderBy(...orderBy(keys))
      .limit(params.limit + 1)
      .all() as Row[];
    const more = rows.length > params.limit;
    const pageRows = more ? rows.slice(0, params.limit) : rows;
    const n = this.count(
      fingerprint,
      () =>
        this.db
          .select({ n: count() })
          .from(table)
          .where(and(...where))
          .get()?.n ?? 0,
    );
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
      items: this.present(resource, pageRows, params),
      total: n,
      nextCursor,
      sort: keys.map((k) => (k.descending ? `-${k.field}` : k.field)),
    };
  }

  /**
   * Totals are cached per query and data version: every write bumps data_version (triggers), so a
   * cached total is never stale, and paging deep into a large filtered set does not recount it.
   */
  count(fingerprint: string, compute: () => number): number {
    const version = this.dataVersion();
    const hit = this.counts.get(fingerprint);
    if (hit && hit.version === version) return hit.n;
    const n = compute();
    if (this.counts.size >= 10_000) this.counts.clear();
    this.counts.set(fingerprint, { version, n });
    return n;
  }

  private readonly counts = new Map<string, { version: number; n: number }>();

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
   * memory stays flat however many records match. Used by exports, JSON-LD and the cost comparison.
   */
  *pages(resource: Resource, filters: Record<string, unknown>, batch = 500): Generator<Item[]> {
    const { limit: _l, cursor: _c, fields: _f, include: _i, ...rest } = filters;
    let cursor: string | undefined;
    do {
      const page = this.list(resource, { ...rest, limit: batch, cursor } as ListParams);
      yield page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  get(resource: Resource, id: string, params: Pick<ListParams, 'include' | 'fields'> = {}): Item | undefined {
    const row = this.db
      .select()
      .from(resource.table)
      .where(and(eq(resource.table.id, id), isNull(resource.table.deleted_at)))
      .get() as Row | undefined;
    return row ? this.present(resource, [row], params)[0] : undefined;
  }

  /** Live items of a collection by id, with citations (for includes). */
  byIds(resource: Resource, ids: string[]): Map<string, Item> {
    if (!ids.length) return new Map();
    const rows = this.db
      .select()
      .from(resource.table)
      .where(and(inArray(resource.table.id, ids), isNull(resource.table.deleted_at)))
      .all() as Row[];
    return new Map(this.withCitations(resource, rows).map((i) => [i.id, i]));
  }

  private byColumn(resource: Resource, column: string, values: string[]): Item[] {
    const col = (resource.table as unknown as Record<string, SQLiteColumn>)[column];
    if (!values.length || !col) return [];
    const keys = sortKeys(resource.query, undefined, resource.table.id);
    const rows = this.db
      .select()
      .from(resource.table)
      .where(and(inArray(col, values), isNull(resource.table.deleted_at)))
      .orderBy(...orderBy(keys))
      .all() as Row[];
    return this.withCitations(resource, rows);
  }

  /** Rows to API items: citations attached, includes embedded, sparse fields applied. */
  private present(resource: Resource, rows: Row[], params: Pick<ListParams, 'include' | 'fields'>): Item[] {
    const items = this.withCitations(resource, rows);
    for (const name of params.include ?? []) {
      const def = resource.query.includes[name];
      if (!def) continue;
      const values = def.load(items, this.includeContext);
      items.forEach((item, i) => {
        item[name] = values[i];
      });
    }
    if (!params.fields) return items;
    const keep = new Set(['id', ...params.fields, ...(params.include ?? [])]);
    return items.map((item) => Object.fromEntries(Object.entries(item).filter(([k]) => keep.has(k))) as Item);
  }

  private withCitations(resource: Resource, rows: Row[]): Item[] {
    const items = rows.map((r) => resource.fromRow(r));
    if (!items.length) return items;
    const cites = this.db
      .select()
      .from(citations)
      .where(
        and(
          eq(citations.collection, resource.collection),
          inArray(
            citations.record_id,
            items.map((i) => i.id),
          ),
        ),
      )
      .orderBy(asc(citations.record_id), asc(citations.position))
      .all();
    const byRecord = new Map<string, { source_id: string; excerpt: string; section: string }[]>();
    for (const c of cites) {
      const list = byRecord.get(c.record_id) ?? [];
      list.push({ source_id: c.source_id, excerpt: c.excerpt, section: c.section });
      byRecord.set(c.record_id, list);
    }
    for (const item of items) item.citations = byRecord.get(item.id) ?? [];
    return items;
  }

  private readonly includeContext: IncludeContext = {
    byIds: (collection, ids) => this.byIds(mustResource(collection), ids),
    byColumn: (collection, column, values) => this.byColumn(mustResource(collection), column, values),
  };
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
