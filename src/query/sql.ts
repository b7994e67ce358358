import { getTableName, type SQL } from 'drizzle-orm';
import { type SQLiteColumn, SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { HttpProblem } from '../http/errors.js';
import type { KeyValue } from './cursor.js';
import type { QuerySpec } from './spec.js';

/**
 * SQL text for the read path, written directly rather than built by drizzle on every request: the
 * text depends only on the query's shape (collection, filters present, list of one value or more,
 * sort, cursor), so equal shapes give equal text and the repository reuses one prepared statement
 * per shape (see repository/statements.ts). Values are always bound parameters; a list is bound as
 * one JSON array read with json_each, so the text never grows with the number of values.
 */
export interface Fragment {
  text: string;
  params: unknown[];
}

export interface SortKey {
  field: string;
  column: SQLiteColumn;
  descending: boolean;
}

const refs = new WeakMap<SQLiteColumn, string>();
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `"table"."column"`, as drizzle writes it (custom conditions rendered by drizzle use the same). */
export function ref(column: SQLiteColumn): string {
  let r = refs.get(column);
  if (!r) {
    r = `${quote(getTableName(column.table))}.${quote(column.name)}`;
    refs.set(column, r);
  }
  return r;
}

const dialect = new SQLiteSyncDialect();

/** A drizzle condition as text and parameters (custom filters and callers' extra conditions). */
export function fromDrizzle(condition: SQL): Fragment {
  const { sql, params } = dialect.sqlToQuery(condition);
  return { text: sql, params };
}

/** Conditions joined with `and`, with their parameters in order. */
export class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(text: string, ...params: unknown[]): this {
    this.parts.push(text);
    this.params.push(...params);
    return this;
  }
  addFragment(f: Fragment): this {
    return this.add(f.text, ...f.params);
  }
  get text(): string {
    return this.parts.length ? this.parts.join(' and ') : '1';
  }
}

/** `column` equals one of the values: `= ?` for one value (lets the planner use the index for the order too). */
export function oneOf(column: string, values: unknown[]): Fragment {
  return values.length === 1
    ? { text: `${column} = ?`, params: [values[0]] }
    : { text: `${column} in (select value from json_each(?))`, params: [JSON.stringify(values)] };
}

/** The SQL conditions the validated query parameters ask for (filters and updated_since). */
export function filterConditions(
  spec: QuerySpec,
  params: Record<string, unknown>,
  updatedAt: SQLiteColumn,
  where: Where,
): void {
  for (const [name, f] of Object.entries(spec.filters)) {
    switch (f.kind) {
      case 'in': {
        const v = params[name] as string[] | undefined;
        if (v) where.addFragment(oneOf(ref(f.column), v));
        break;
      }
      case 'contains': {
        const v = params[name] as string[] | undefined;
        if (v) {
          const match = oneOf('j.value', v);
          where.add(`exists (select 1 from json_each(${ref(f.column)}) j where ${match.text})`, ...match.params);
        }
        break;
      }
      case 'bool': {
        const v = params[name] as boolean | undefined;
        if (v !== undefined) where.add(`${ref(f.column)} = ?`, f.column.mapToDriverValue(v));
        break;
      }
      case 'range': {
        const scale = f.scale ?? 1;
        const lo = params[`${name}_gte`] as number | undefined;
        const hi = params[`${name}_lte`] as number | undefined;
        const top = f.upper ? `coalesce(${ref(f.upper)}, ${ref(f.column)})` : ref(f.column);
        if (lo !== undefined) where.add(`${top} >= ?`, Math.round(lo * scale * 1e6) / 1e6);
        if (hi !== undefined) where.add(`${ref(f.column)} <= ?`, Math.round(hi * scale * 1e6) / 1e6);
        break;
      }
      case 'custom': {
        const v = params[name];
        const cond = v === undefined ? undefined : f.where(v, params);
        if (cond) where.addFragment(fromDrizzle(cond));
        break;
      }
    }
  }
  const since = params.updated_since as string | undefined;
  if (since) where.add(`${ref(updatedAt)} >= ?`, atOrAfter(since));
}

/** The last time a stored `YYYY-MM-DDTHH:mm:ss.sssZ` can hold. */
const LAST_TIME = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * The stored time (milliseconds) from which records are "at or after" an RFC 3339 time: its own millisecond, or the next
 * one when it has digits past the millisecond that are not zero (hostile 17 H17-6: a time 0.9 ms after a record's was
 * read as the record's own, which is before it). `Date` drops those digits.
 */
export function atOrAfter(time: string): string {
  const past = /\.\d{3}(\d+)/.exec(time)?.[1];
  const ms = Date.parse(time) + (past && /[1-9]/.test(past) ? 1 : 0);
  // Stored times are compared as text, and a time past year 9999 is written "+010000-…", which sorts before them all
  // (hostile 20 H20-1: `9999-12-31T23:59:59-01:00` matched every record): it is after every stored time, as the last
  // one is, plus a character that sorts after its "Z".
  return ms > LAST_TIME ? `${new Date(LAST_TIME).toISOString()}~` : new Date(ms).toISOString();
}

/** The requested sort, always ending with `id` so the order is total and keyset paging is exact. */
export function sortKeys(spec: QuerySpec, requested: string[] | undefined, idColumn: SQLiteColumn): SortKey[] {
  const keys: SortKey[] = [];
  const seen = new Set<string>();
  for (const s of requested ?? spec.defaultSort) {
    const descending = s.startsWith('-');
    const field = descending ? s.slice(1) : s;
    const column = spec.sort[field];
    if (!column || seen.has(field)) continue;
    seen.add(field);
    keys.push({ field, column, descending });
  }
  // The id tiebreaker follows the direction of the last key, so one index scan serves the whole order.
  if (!seen.has('id')) keys.push({ field: 'id', column: idColumn, descending: keys.at(-1)?.descending ?? false });
  return keys;
}

/**
 * Refuses a comparison across the values the collection compares within (QuerySpec `within`, e.g. amounts across
 * currencies, or a per-session fee against a whole program's price: audit 19 A19-3, audit 21 A21-2): a range filter on
 * such a field without exactly one value of each other field, or a sort by it neither after a sort by each other field
 * nor with exactly one value of it.
 */
export function checkWithin(spec: QuerySpec, params: Record<string, unknown>, keys: SortKey[]): void {
  for (const [field, others] of Object.entries(spec.within ?? {})) {
    const missing = others.filter((o) => (params[o] as unknown[] | undefined)?.length !== 1);
    if (!missing.length) continue;
    const what = missing.join(' and one ');
    const all = others.join(' and one ');
    const bounds = [`${field}_gte`, `${field}_lte`].filter((b) => params[b] !== undefined);
    if (bounds.length)
      throw new HttpProblem(
        400,
        `${bounds.join(' and ')} ${bounds.length > 1 ? 'compare' : 'compares'} within one ${all}: give exactly one ${what}.`,
        missing.map((o) => ({
          name: o,
          in: 'query' as const,
          detail: `exactly one ${o} is required with ${bounds.join(' and ')}`,
        })),
      );
    const at = keys.findIndex((k) => k.field === field);
    const unsorted = missing.filter((o) => !keys.slice(0, Math.max(at, 0)).some((k) => k.field === o));
    if (params.sort !== undefined && at !== -1 && unsorted.length)
      throw new HttpProblem(
        400,
        `A sort by ${field} compares within one ${all}: sort by ${unsorted.join(' and ')} first, or give exactly one ${unsorted.join(' and one ')}.`,
        [
          {
            name: 'sort',
            in: 'query',
            detail: `${field} sorts within one ${all}: sort by ${unsorted.join(' and ')} first, or filter one ${unsorted.join(' and one ')}`,
          },
        ],
      );
  }
}

export const orderBy = (keys: SortKey[]): string =>
  keys.map((k) => `${ref(k.column)} ${k.descending ? 'desc' : 'asc'}`).join(', ');

/**
 * Columns every matching row has the same value in (a one-value `in` filter, a `bool` filter), as
 * stored. A sort key on such a column never decides the order, so `afterCursor` leaves it out: the
 * planner can then seek the index that starts with it (e.g. currency = ? and (amount, id) > (?, ?)
 * on (currency, amount, id)) instead of scanning another one from the start on every page.
 */
export function fixedColumns(spec: QuerySpec, params: Record<string, unknown>): Map<SQLiteColumn, KeyValue> {
  const fixed = new Map<SQLiteColumn, KeyValue>();
  for (const [name, f] of Object.entries(spec.filters)) {
    const v = params[name];
    if (f.kind === 'in' && Array.isArray(v) && v.length === 1) fixed.set(f.column, v[0] as string);
    if (f.kind === 'bool' && typeof v === 'boolean') fixed.set(f.column, v ? 1 : 0);
  }
  return fixed;
}

/**
 * Rows strictly after the cursor in the given order (keys on `fixed` columns whose cursor value is
 * the fixed value are left out: they are equal for every matching row). SQLite puts NULLs first ascending and last
 * descending, so "after" is spelled out per key with NULLs in mind.
 */
export function afterCursor(
  allKeys: SortKey[],
  allValues: KeyValue[],
  fixed: Map<SQLiteColumn, KeyValue> = new Map(),
): Fragment | undefined {
  if (allValues.length !== allKeys.length) return undefined;
  const kept = allKeys.map((k, i) => !(fixed.has(k.column) && fixed.get(k.column) === allValues[i]));
  const keys = allKeys.filter((_, i) => kept[i]);
  const values = allValues.filter((_, i) => kept[i]);
  // Fast path: a row-value comparison lets SQLite seek the index straight to the cursor. It is exact
  // when every key runs the same way, no cursor value is NULL, and (descending) no key can be NULL.
  const descending = keys[0]?.descending ?? false;
  if (
    keys.every((k) => k.descending === descending) &&
    values.every((v) => v !== null) &&
    (!descending || keys.every((k) => k.column.notNull))
  ) {
    const columns = keys.map((k) => ref(k.column)).join(', ');
    const bound = values.map(() => '?').join(', ');
    return { text: `(${columns}) ${descending ? '<' : '>'} (${bound})`, params: values };
  }
  const branches: string[] = [];
  const params: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    const after = strictlyAfter(keys[i] as SortKey, values[i] ?? null);
    if (!after) continue;
    const parts: string[] = [];
    keys.slice(0, i).forEach((k, j) => {
      const v = values[j] ?? null;
      if (v === null) parts.push(`${ref(k.column)} is null`);
      else {
        parts.push(`${ref(k.column)} = ?`);
        params.push(v);
      }
    });
    parts.push(after.text);
    params.push(...after.params);
    branches.push(`(${parts.join(' and ')})`);
  }
  return branches.length ? { text: `(${branches.join(' or ')})`, params } : { text: '0', params: [] };
}

function strictlyAfter(k: SortKey, v: KeyValue): Fragment | undefined {
  const c = ref(k.column);
  if (!k.descending) return v === null ? { text: `${c} is not null`, params: [] } : { text: `${c} > ?`, params: [v] };
  return v === null ? undefined : { text: `(${c} < ? or ${c} is null)`, params: [v] };
}
