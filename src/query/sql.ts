import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { KeyValue } from './cursor.js';
import type { QuerySpec } from './spec.js';

export interface SortKey {
  field: string;
  column: SQLiteColumn;
  descending: boolean;
}

/** The SQL conditions the validated query parameters ask for (filters and updated_since). */
export function filterConditions(spec: QuerySpec, params: Record<string, unknown>, updatedAt: SQLiteColumn): SQL[] {
  const conds: SQL[] = [];
  for (const [name, f] of Object.entries(spec.filters)) {
    switch (f.kind) {
      case 'in': {
        const v = params[name] as string[] | undefined;
        if (v) conds.push(inArray(f.column, v));
        break;
      }
      case 'contains': {
        const v = params[name] as string[] | undefined;
        if (v) conds.push(sql`exists (select 1 from json_each(${f.column}) where json_each.value in ${v})`);
        break;
      }
      case 'bool': {
        const v = params[name] as boolean | undefined;
        if (v !== undefined) conds.push(eq(f.column, v));
        break;
      }
      case 'range': {
        const scale = f.scale ?? 1;
        const lo = params[`${name}_gte`] as number | undefined;
        const hi = params[`${name}_lte`] as number | undefined;
        if (lo !== undefined) conds.push(gte(f.column, Math.round(lo * scale * 1e6) / 1e6));
        if (hi !== undefined) conds.push(lte(f.column, Math.round(hi * scale * 1e6) / 1e6));
        break;
      }
      case 'custom': {
        const v = params[name];
        const cond = v === undefined ? undefined : f.where(v as never, params);
        if (cond) conds.push(cond);
        break;
      }
    }
  }
  const since = params.updated_since as string | undefined;
  if (since) conds.push(gte(updatedAt, new Date(since).toISOString()));
  return conds;
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

export const orderBy = (keys: SortKey[]) => keys.map((k) => (k.descending ? desc(k.column) : asc(k.column)));

/**
 * Rows strictly after the cursor in the given order. SQLite puts NULLs first ascending and last
 * descending, so "after" is spelled out per key with NULLs in mind.
 */
export function afterCursor(keys: SortKey[], values: KeyValue[]): SQL | undefined {
  if (values.length !== keys.length) return undefined;
  // Fast path: a row-value comparison lets SQLite seek the index straight to the cursor. It is exact
  // when every key runs the same way, no cursor value is NULL, and (descending) no key can be NULL.
  const descending = keys[0]?.descending ?? false;
  if (
    keys.every((k) => k.descending === descending) &&
    values.every((v) => v !== null) &&
    (!descending || keys.every((k) => k.column.notNull))
  ) {
    const columns = sql.join(
      keys.map((k) => k.column),
      sql`, `,
    );
    const bound = sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    );
    return descending ? sql`(${columns}) < (${bound})` : sql`(${columns}) > (${bound})`;
  }
  const branches: SQL[] = [];
  for (let i = 0; i < keys.length; i++) {
    const equalBefore = keys.slice(0, i).map((k, j) => same(k.column, values[j] ?? null));
    const after = strictlyAfter(keys[i] as SortKey, values[i] ?? null);
    if (after) branches.push(and(...equalBefore, after) as SQL);
  }
  return or(...branches) ?? sql`0`;
}

function same(column: SQLiteColumn, v: KeyValue): SQL {
  return v === null ? isNull(column) : eq(column, v);
}

function strictlyAfter(k: SortKey, v: KeyValue): SQL | undefined {
  if (!k.descending) return v === null ? isNotNull(k.column) : gt(k.column, v);
  return v === null ? undefined : (or(lt(k.column, v), isNull(k.column)) as SQL);
}
