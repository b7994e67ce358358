import { getTableName } from 'drizzle-orm';
import type { Statements } from '../repository/statements.js';
import { FACET_VALUES } from './params.js';
import type { FacetDef, QuerySpec } from './spec.js';
import { type Fragment, ref, type Where } from './sql.js';

/** One value of a facet and the number of matching records that have it. */
export interface FacetCount {
  value: string | boolean | null;
  count: number;
}

export type Facets = Record<string, FacetCount[]>;

/** What a list's counting found: the facets asked for, and the total when it was counted on the way. */
export interface Counted {
  facets: Facets;
  total?: number;
  /** False when the counts are over the first MAX_COUNTED full-text matches only (see `Candidates`). */
  exact: boolean;
}

/**
 * The records a `q=` list counts: the ids of the collection's first full-text matches (at most
 * `cap` + 1 rows, see search.ts `countedMatches`). When the statement returns more than `cap`, the
 * counts are over the first `cap` only: lower bounds, said as such (`exact: false`).
 */
export interface Candidates {
  matches: Fragment;
  cap: number;
}

export interface CountOptions {
  /** With `q=`: the first full-text matches, which the counts are over. */
  candidates?: Candidates;
  /** Count the total too (returned with the facets). */
  withTotal?: boolean;
  /** The FROM of the counts without `q=` (see counting.ts `countingSource`); default: the table. */
  source?: string;
  /** One statement per facet rather than the one pass (through the counting index, see counting.ts). */
  perFacet?: boolean;
}

/**
 * Facet counts (`facet=` on a list): for each field asked for, the matching records per value.
 * The conditions are the list's own `Where` (filters, `q`, `updated_since`, extra conditions, live
 * records only), built once by the repository for the page and its total: nothing here knows a
 * filter, so a facet can never count other records than the list shows. Counts are cached per data
 * version like the totals: a write moves the version, so a cached count is never stale.
 *
 * Without conditions beyond "live", each facet is one `group by` statement on the field's column,
 * which scans the field's small partial index and never reads the table. With a filter, every facet
 * would read the matching rows again: the facets missing from the cache are then counted together in
 * one statement, which reads the matching rows once (`r`, materialized) and groups them per field, and
 * counts the total in the same pass (returned, for the repository's total cache). With declared filters
 * only, the counts read the collection's counting index instead (`source`, see counting.ts), never its
 * rows: then one `group by` statement per facet over the index, which at 100k costs about half the one
 * pass (reading a few short columns per entry again is cheaper than writing 60–120k rows to a
 * temporary table; not with a `contains` filter, whose json_each would run once per facet), and the
 * repository counts the total from the same index. With `q=`
 * (`candidates`), the one-pass statement reads only the first full-text matches (`c`), whatever the number of
 * matches: bounded work, exact when there are no more, lower bounds said as such when there are.
 * Every statement's text depends only on the shape of the conditions and the fields, so each is
 * prepared once per shape.
 */
export class FacetCounter {
  private readonly cache = new Map<string, { version: number; counts: FacetCount[]; exact: boolean }>();

  /**
   * The cache key of one facet's counts: its statement's text (which depends only on the shape of
   * the conditions) and the conditions' parameters. Without `q=`, `source` is the FROM the repository
   * counts through (counting.ts `countingSource`); the chunked counts (chunked-counts.ts) fill the
   * same entry.
   */
  key(def: FacetDef, table: string, where: Where, source?: string, candidates?: Candidates): string {
    const from = candidates ? table : (source ?? table);
    const column = ref(def.column);
    const text = `select ${column} as value, count(*) as n from ${from} where ${where.text} group by ${column} order by n desc, value limit ${FACET_VALUES}`;
    const params = JSON.stringify(candidates ? [...candidates.matches.params, ...where.params] : where.params);
    return `${candidates ? `${candidates.matches.text}\u0001` : ''}${text}\u0000${params}`;
  }

  /** The counts cached under `key` for this data version. */
  cached(key: string, version: number): { counts: FacetCount[]; exact: boolean } | undefined {
    const hit = this.cache.get(key);
    return hit && hit.version === version ? hit : undefined;
  }

  /** Stores counts (values as the driver returned them, most frequent first) under `key` for `version`. */
  put(
    key: string,
    def: FacetDef,
    version: number,
    rows: { value: unknown; n: number }[],
    exact: boolean,
  ): FacetCount[] {
    const counts = rows.map((r) => ({
      value: r.value === null ? null : (def.column.mapFromDriverValue(r.value) as string | boolean),
      count: r.n,
    }));
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(key, { version, counts, exact });
    return counts;
  }

  count(
    statements: Statements,
    spec: QuerySpec,
    table: Parameters<typeof getTableName>[0],
    where: Where,
    fields: readonly string[],
    version: number,
    { candidates, withTotal = false, source, perFacet = false }: CountOptions = {},
  ): Counted {
    const out: Facets = {};
    let exact = true;
    const name = `"${getTableName(table).replace(/"/g, '""')}"`;
    // What the counts read without `q=`: the table, or through its counting index (counting.ts).
    const from = candidates ? name : (source ?? name);
    const missing: { name: string; def: FacetDef; key: string }[] = [];
    for (const field of fields) {
      const def = spec.facets[field];
      if (!def || field in out || missing.some((m) => m.name === field)) continue;
      const key = this.key(def, name, where, source, candidates);
      const hit = this.cached(key, version);
      if (hit) {
        out[field] = hit.counts;
        exact &&= hit.exact;
      } else missing.push({ name: field, def, key });
    }
    if (!missing.length && !(candidates && withTotal)) return { facets: out, exact };
    const store = (m: (typeof missing)[number], rows: { value: unknown; n: number }[], exactCounts: boolean) => {
      out[m.name] = this.put(m.key, m.def, version, rows, exactCounts);
    };
    if (!candidates && (where.parts.length < 2 || missing.length < 2 || perFacet)) {
      for (const m of missing) {
        const text = m.key.slice(0, m.key.indexOf('\u0000'));
        store(m, statements.all<{ value: unknown; n: number }>(text, where.params), true);
      }
      return { facets: out, exact };
    }
    // One pass over the matching rows for every missing facet, and the total; with `q=`, over the
    // first full-text matches only (`c`), which also tells whether there are more (`-2`).
    const picked = missing.length ? missing.map((m, i) => `${ref(m.def.column)} as v${i}`).join(', ') : '1 as v';
    const groups = missing.map(
      (_, i) =>
        ` union all select * from (select ${i} as f, v${i} as value, count(*) as n from r group by v${i} order by n desc, value limit ${FACET_VALUES})`,
    );
    const text = candidates
      ? `with c as materialized (${candidates.matches.text}), r as materialized (select ${picked} from (select id from c limit ${candidates.cap}) m cross join ${name} on ${name}."id" = m.id where ${where.text}) select -2 as f, null as value, count(*) as n from c union all select -1 as f, null as value, count(*) as n from r${groups.join('')}`
      : `with r as materialized (select ${picked} from ${from} where ${where.text}) select -1 as f, null as value, count(*) as n from r${groups.join('')}`;
    const rows = statements.all<{ f: number; value: unknown; n: number }>(
      text,
      candidates ? [...candidates.matches.params, ...where.params] : where.params,
    );
    let total: number | undefined;
    let counted = true;
    const per = missing.map(() => [] as { value: unknown; n: number }[]);
    for (const row of rows) {
      if (row.f === -2) counted = candidates ? row.n <= candidates.cap : true;
      else if (row.f === -1) total = row.n;
      else per[row.f]?.push(row);
    }
    missing.forEach((m, i) => {
      store(m, per[i] ?? [], counted);
    });
    return { facets: out, total, exact: exact && counted };
  }
}
