import { getTableName } from 'drizzle-orm';
import type { Statements } from '../repository/statements.js';
import { FACET_VALUES } from './params.js';
import type { FacetDef, QuerySpec } from './spec.js';
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
 * filter, so a facet can never count other records than the list shows. Counts are cached per data
 * version like the totals: a write moves the version, so a cached count is never stale.
 *
 * Without conditions beyond "live", each facet is one `group by` statement on the field's column,
 * which scans the field's small partial index and never reads the table. With conditions (a filter,
 * `q=`), every facet would read the matching rows again, and with `q=` evaluate the full-text match
 * again: the facets missing from the cache are then counted together in one statement, which reads
 * the matching rows once (`r`, materialized) and groups them per field, and counts the total in the
 * same pass (returned, for the repository's total cache). Both statements' text depends only on the
 * shape of the conditions and the fields, so each is prepared once per shape.
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
  ): { facets: Facets; total?: number } {
    const out: Facets = {};
    const from = `"${getTableName(table).replace(/"/g, '""')}"`;
    const paramsKey = JSON.stringify(where.params);
    const missing: { name: string; def: FacetDef; key: string }[] = [];
    for (const name of fields) {
      const def = spec.facets[name];
      if (!def || name in out || missing.some((m) => m.name === name)) continue;
      const column = ref(def.column);
      const text = `select ${column} as value, count(*) as n from ${from} where ${where.text} group by ${column} order by n desc, value limit ${FACET_VALUES}`;
      const key = `${text}\u0000${paramsKey}`;
      const hit = this.cache.get(key);
      if (hit && hit.version === version) out[name] = hit.counts;
      else missing.push({ name, def, key });
    }
    if (!missing.length) return { facets: out };
    const store = (m: (typeof missing)[number], rows: { value: unknown; n: number }[]) => {
      const counts = rows.map((r) => ({
        value: r.value === null ? null : (m.def.column.mapFromDriverValue(r.value) as string | boolean),
        count: r.n,
      }));
      if (this.cache.size >= 10_000) this.cache.clear();
      this.cache.set(m.key, { version, counts });
      out[m.name] = counts;
    };
    if (where.parts.length < 2 || missing.length < 2) {
      for (const m of missing) {
        const text = m.key.slice(0, m.key.indexOf('\u0000'));
        store(m, statements.all<{ value: unknown; n: number }>(text, where.params));
      }
      return { facets: out };
    }
    // One pass over the matching rows for every missing facet, and the total.
    const picked = missing.map((m, i) => `${ref(m.def.column)} as v${i}`).join(', ');
    const groups = missing
      .map(
        (_, i) =>
          `select * from (select ${i} as f, v${i} as value, count(*) as n from r group by v${i} order by n desc, value limit ${FACET_VALUES})`,
      )
      .join(' union all ');
    const text = `with r as materialized (select ${picked} from ${from} where ${where.text}) select -1 as f, null as value, count(*) as n from r union all ${groups}`;
    const rows = statements.all<{ f: number; value: unknown; n: number }>(text, where.params);
    let total: number | undefined;
    const per = missing.map(() => [] as { value: unknown; n: number }[]);
    for (const row of rows) {
      if (row.f < 0) total = row.n;
      else per[row.f]?.push(row);
    }
    missing.forEach((m, i) => {
      store(m, per[i] ?? []);
    });
    return { facets: out, total };
  }
}
