import { getTableName, sql } from 'drizzle-orm';
import { index, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { QuerySpec } from './spec.js';

/**
 * The counting index of a collection: ONE partial index on live records over every column its list
 * filters and facets read (`<table>_counts_idx`), derived from the collection's query spec, never
 * listed by hand. A filtered list's total and facets (src/query/facets.ts) read this index alone
 * (`indexed by`), never the table's rows: each entry holds a few short values where a row holds the
 * whole record (descriptions, JSON, citations' text), so a pass over 60k matching records reads a
 * fraction of the pages.
 *
 * Columns: first the `in` and `bool` filters that are not references (enums, booleans, places: a
 * filter on the leading one seeks the index instead of scanning it), then every other filtered or
 * facetable column, in declaration order. Custom filters are left out (their conditions read other
 * tables); a list using one is counted as before, the planner choosing.
 */
export interface Counting {
  /** `<table>_counts_idx`. */
  name: string;
  columns: SQLiteColumn[];
  /**
   * Columns of `in` filters that are references (an organization's programs, a program's prices): an
   * equality on one finds a few rows through the column's own index, faster than any scan of the
   * counting index, so a count with such a filter is left to the planner.
   */
  selective: Set<SQLiteColumn>;
}

const declared = new Map<string, Counting>();

/** The counting index's name for a table. */
export const countingIndexName = (table: SQLiteTable): string => `${getTableName(table)}_counts_idx`;

/** The columns a query spec's filters and facets read, as the counting index orders them. */
export function countingColumns(
  spec: Pick<QuerySpec, 'filters' | 'facets'>,
  references: ReadonlySet<SQLiteColumn>,
): SQLiteColumn[] {
  const first: SQLiteColumn[] = [];
  const rest: SQLiteColumn[] = [];
  for (const f of Object.values(spec.filters)) {
    if (f.kind === 'custom') continue;
    if ((f.kind === 'in' || f.kind === 'bool') && !references.has(f.column)) first.push(f.column);
    else rest.push(f.column);
    // A range's upper end is read with it (`coalesce(upper, column)`): from the index too.
    if (f.kind === 'range' && f.upper) rest.push(f.upper);
  }
  for (const f of Object.values(spec.facets)) rest.push(f.column);
  return [...new Set([...first, ...rest])];
}

/**
 * Called by `defineResource` with the collection's table and query spec (and which of its columns
 * are references): the counting index of that table is then known to `countingIndex` (the drizzle
 * table definition, so drizzle-kit generates it) and to `countingSource` (the counting statements).
 */
export function declareCounting(
  table: SQLiteTable,
  spec: Pick<QuerySpec, 'filters' | 'facets'>,
  references: ReadonlySet<SQLiteColumn>,
): Counting | undefined {
  defined.add(getTableName(table));
  const columns = countingColumns(spec, references);
  // None, or only one facetable column: its own facet index (migration 0012) is already that index.
  const [only] = columns;
  if (columns.length === 0 || (columns.length === 1 && Object.values(spec.facets).some((f) => f.column === only)))
    return undefined;
  const selective = new Set<SQLiteColumn>();
  for (const f of Object.values(spec.filters)) if (f.kind === 'in' && references.has(f.column)) selective.add(f.column);
  const counting = { name: countingIndexName(table), columns, selective };
  declared.set(getTableName(table), counting);
  return counting;
}

/** The counting index a collection declared for this table, if any. */
export const countingOf = (table: SQLiteTable): Counting | undefined => declared.get(getTableName(table));

const defined = new Set<string>();

/**
 * The counting index in a collection's drizzle table definition, `(t) => [...countingIndex(t), ...]`:
 * one index, or none when the collection's declaration needs none. Drizzle reads a table's indexes only
 * when asked (drizzle-kit, `getTableConfig`), after the collection's resource has declared its query
 * spec: drizzle.config.ts loads the registry (src/resources/index.ts) for that.
 */
export function countingIndex(columns: Record<string, SQLiteColumn>) {
  const table = (columns.id as SQLiteColumn).table;
  const name = getTableName(table);
  if (!defined.has(name)) {
    throw new Error(
      `countingIndex(${name}): no collection declared this table's filters and facets yet ` +
        '(load src/resources/index.ts first, as drizzle.config.ts does)',
    );
  }
  const counting = countingOf(table);
  if (!counting) return [];
  const [head, ...tail] = counting.columns.map((c) => columns[c.name] ?? c);
  if (!head) return [];
  return [
    index(counting.name)
      .on(head, ...tail)
      .where(sql.raw('deleted_at is null')),
  ];
}

/** What a list's count is over: the conditions beyond "live" that it has. */
export interface CountedConditions {
  /** The list's validated query parameters (filters, `updated_since`, `q`). */
  params: Record<string, unknown>;
  /** Conditions added by the caller (a parent's id...): unknown columns, so the planner chooses. */
  extra: number;
}

/**
 * The FROM of a list's counting statements (its total and facets): the table through its counting
 * index when every condition is a declared filter on the index's columns and none is an equality on
 * a reference; otherwise the table alone, the planner choosing (no filter: each facet scans its own
 * small index; `q=`: the first full-text matches, see facets.ts; a custom filter, `updated_since` or an
 * extra condition: columns the index lacks; a reference: its own index finds the few rows).
 */
export function countingSource(spec: QuerySpec, table: SQLiteTable, conditions: CountedConditions): CountingSource {
  const from = `"${getTableName(table).replace(/"/g, '""')}"`;
  const plain = { from, perFacet: false };
  const counting = countingOf(table);
  const { params, extra } = conditions;
  if (!counting || extra > 0 || params.q !== undefined || params.updated_since !== undefined) return plain;
  let filtered = false;
  let contains = false;
  for (const [name, f] of Object.entries(spec.filters)) {
    const given =
      f.kind === 'range'
        ? params[`${name}_gte`] !== undefined || params[`${name}_lte`] !== undefined
        : params[name] !== undefined;
    if (!given) continue;
    if (f.kind === 'custom' || counting.selective.has(f.column) || !counting.columns.includes(f.column)) return plain;
    filtered = true;
    contains ||= f.kind === 'contains';
  }
  return filtered ? { from: `${from} indexed by "${counting.name}"`, perFacet: !contains } : plain;
}

/** What a list's counting statements read (`from`), and whether its facets are best counted one statement each. */
export interface CountingSource {
  from: string;
  /**
   * Through the counting index, a statement per facet reads the index again, which costs less than
   * writing the matching rows to a temporary table once; except with a `contains` filter, whose
   * json_each per entry would then run once per facet (facets.ts keeps the one pass for it).
   */
  perFacet: boolean;
}
