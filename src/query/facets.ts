import { getTableName } from 'drizzle-orm';
import type { Statements } from '../repository/statements.js';
import { FACET_VALUES } from './params.js';
import type { QuerySpec } from './spec.js';
import { ref, type Where } from './sql.js';

/** One value of a facet and the number of matching records that have it. */
export interface FacetCount {
  value: string | boolean | null;
  count: number;
}

export type Facets = Record<string, FacetCount[]>;

/**
 * Facet counts (`facet=` on a list): for each field asked for, the matching records per value.
 * The conditions are the list's own `Where` (filters, `q`, `updated_since`, extra conditions, live
 * records only), built once by the repository for the page and its total: nothing here knows a
 * filter, so a facet can never count other records than the list shows. Each facet is one
 * `group by` statement on the field's column (indexed per facetable field), whose text depends only
 * on the shape of the conditions, so it is prepared once per shape. Counts are cached per data version
 * like the totals: a write moves the version, so a cached count is never stale.
 */
export class FacetCounter {
  private readonly cache = new Map<string, { version: number; counts: FacetCount[] }>();

  count(
    statements: Statements,
    spec: QuerySpec,
    table: Parameters<typeof getTableName>[0],
    where: Where,
    fields: readonly string[],
    version: number,
  ): Facets {
    const out: Facets = {};
    const from = `"${getTableName(table).replace(/"/g, '""')}"`;
    const paramsKey = JSON.stringify(where.params);
    for (const name of fields) {
      const def = spec.facets[name];
      if (!def || name in out) continue;
      const column = ref(def.column);
      const text = `select ${column} as value, count(*) as n from ${from} where ${where.text} group by ${column} order by n desc, value limit ${FACET_VALUES}`;
      const key = `${text}\u0000${paramsKey}`;
      const hit = this.cache.get(key);
      if (hit && hit.version === version) {
        out[name] = hit.counts;
        continue;
      }
      const rows = statements.all<{ value: unknown; n: number }>(text, where.params);
      const counts = rows.map((r) => ({
        value: r.value === null ? null : (def.column.mapFromDriverValue(r.value) as string | boolean),
        count: r.n,
      }));
      if (this.cache.size >= 10_000) this.cache.clear();
      this.cache.set(key, { version, counts });
      out[name] = counts;
    }
    return out;
  }
}
