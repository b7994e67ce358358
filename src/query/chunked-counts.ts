import { nextTurn } from '../repository/turns.js';
import { FACET_VALUES } from './params.js';

/**
 * Rowids per slice of a chunked count at most (the default of the COUNT_CHUNK_ROWS setting), chosen
 * by measurement at 100k rows (`npm run bench:facets -- --slices --chunks 2000,5000,20000`, every
 * facet, docs/performance.md "Cold counts in slices"): the longest turn of the event loop was
 * 3–23 ms with 2000 and with 5000, 12–35 ms with 20,000, and the whole count took as long or less
 * with 5000 (smaller ranges cost a statement each, larger ones a bigger temporary b-tree each).
 */
export const COUNT_CHUNK = 5000;

/**
 * What one slice of a chunked count aims to take (ms): at 100k rows, a range of COUNT_CHUNK rowids takes
 * 1–6 ms with a plain filter but 10–56 ms with a custom filter (an `exists` over the prices per program),
 * so the ranges shrink to what fits in this.
 */
export const SLICE_MS = 5;

/** A value as the driver returns it, and how many matching rows have it. */
export interface RawCount {
  value: unknown;
  n: number;
}

/** One count a list needs: its total, or the counts per value of one column. */
export interface CountJob {
  /** `"table"`: the collection's table (a rowid table: the chunks are rowid ranges of it). */
  table: string;
  /** The table's name as SQLite reports it in query plans. */
  tableName: string;
  /** The list's conditions (live records, filters, extra conditions; never `q=`). */
  where: { text: string; params: unknown[] };
  /** `"table"."column"` of each facet asked for. */
  facets: string[];
  /**
   * Count every facet of a range in one statement that reads the range's matching rows once
   * (`materialized`), as `FacetCounter` does for the same lists: conditions that cost per row (a custom
   * filter's subquery) are then evaluated once instead of once per facet.
   */
  onePass?: boolean;
}

/** What a job counted, over one snapshot: the total, and per facet its values, most frequent first, cut at FACET_VALUES. */
export interface JobCounts {
  total: number;
  facets: RawCount[][];
}

/** A connection to count on, holding one snapshot until `close` (see Repository.reader). */
export interface Reader {
  all<T>(text: string, params: unknown[]): T[];
  close(): void;
}

export interface ChunkedCounterOptions {
  /** Rowids per slice (COUNT_CHUNK_ROWS). */
  chunk: number;
  /** Jobs running at once (each holds a connection of its own); others wait their turn. */
  concurrency?: number;
  /** Called between two slices of a job (tests: a write between chunks). */
  between?: () => void;
  /**
   * The time a slice aims at (SLICE_MS): a range that took longer makes the next one smaller, down to
   * 1/16 of `chunk`. 0: every range is `chunk` rowids (tests, where the slicing must not depend on time).
   */
  sliceMs?: number;
}

/**
 * Totals and facet counts of a large table without one long synchronous statement (issue 13: any
 * request's synchronous work is capped; issue 17: facets bounded at 100k rows). A cold count at 100k
 * was one statement of up to 280 ms (prices `currency=CAD` with every facet; 200 ms for a custom
 * `price_*` filter) during which no other request, `/healthz` included, was answered.
 *
 * Here each count is the sum of the same `group by` (or `count(*)`) over consecutive rowid ranges
 * of at most `chunk` rowids (the table's integer key, so each range is a seek, and any index the
 * planner picks for the conditions is searched with the range: `currency=? AND rowid>? AND rowid<?`;
 * a plan that would not use the range reads the table by rowid instead), one statement per turn of
 * the event loop (`nextTurn`, shared with the exports: other requests run between). A range that took
 * longer than `sliceMs` makes the next one smaller (a custom filter's subquery per row costs ten
 * times a plain filter's): only where the slices fall depends on time, never what they sum to. The
 * sums are exact: every slice runs on one reader holding one read transaction, the snapshot taken
 * before the first slice, so writes meanwhile (WAL) are in none of the slices and the sum is the count
 * of that snapshot. The values are merged per facet and ordered as SQLite orders `n desc, value`
 * (`compareValues`), then cut at FACET_VALUES: the same answer as the one statement gives.
 *
 * Identical jobs running at once share one computation (`run` with the same key): a burst of cold
 * requests for the same list counts once. At most `concurrency` jobs run at once, each on its own
 * connection; others wait.
 */
export class ChunkedCounter {
  private readonly running = new Map<string, Promise<JobCounts>>();
  private active = 0;
  private readonly queue: Array<() => void> = [];
  readonly chunk: number;

  constructor(private readonly options: ChunkedCounterOptions) {
    if (!Number.isInteger(options.chunk) || options.chunk < 1)
      throw new Error(`chunk must be a whole number of rows, at least 1 (got ${options.chunk})`);
    this.chunk = options.chunk;
  }

  /** Jobs counting now or waiting for a connection. */
  get pending(): number {
    return this.running.size;
  }

  /**
   * Counts `job` on a reader from `open` (called when the job's turn comes), or joins the identical
   * job (same `key`) already running.
   */
  run(key: string, open: () => Reader, job: CountJob): Promise<JobCounts> {
    const shared = this.running.get(key);
    if (shared) return shared;
    const done = this.slot().then(async () => {
      const reader = open();
      try {
        return await this.count(reader, job);
      } finally {
        reader.close();
        this.release();
      }
    });
    this.running.set(key, done);
    const forget = () => {
      if (this.running.get(key) === done) this.running.delete(key);
    };
    done.then(forget, forget);
    return done;
  }

  private slot(): Promise<void> {
    if (this.active < (this.options.concurrency ?? 2)) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.active--;
  }

  private async count(reader: Reader, job: CountJob): Promise<JobCounts> {
    const { table, where } = job;
    const bound = (sql: string) => reader.all<{ r: number | null }>(sql, [])[0]?.r ?? null;
    const first = bound(`select min(rowid) as r from ${table}`);
    const last = bound(`select max(rowid) as r from ${table}`);
    const sums = job.facets.map(() => new Map<unknown, number>());
    let total = 0;
    if (first === null || last === null) return { total, facets: sums.map(() => []) };
    const range = `${table}.rowid > ? and ${table}.rowid <= ?`;
    const texts =
      job.onePass && job.facets.length > 1
        ? [
            `with r as materialized (select ${job.facets.map((c, i) => `${c} as v${i}`).join(', ')} from ${table} where ${where.text} and ${range}) ${job.facets.map((_, i) => `select ${i} as f, v${i} as value, count(*) as n from r group by v${i}`).join(' union all ')}`,
          ]
        : job.facets.length
          ? job.facets.map(
              (c, i) =>
                `select ${i} as f, ${c} as value, count(*) as n from ${table} where ${where.text} and ${range} group by 2`,
            )
          : [`select 0 as f, null as value, count(*) as n from ${table} where ${where.text} and ${range}`];
    // A plan that reads the range: else the table's own order (`not indexed` still seeks the rowid).
    const statements = texts.map((text) => this.bounded(reader, job, text, first - 1, first - 1 + this.chunk));
    const target = this.options.sliceMs ?? SLICE_MS;
    // The first range is a quarter of the chunk (its cost is not known yet), then as `target` allows.
    let span = target > 0 ? Math.ceil(this.chunk / 4) : this.chunk;
    for (let lo = first - 1; lo < last; ) {
      const hi = lo + span;
      let slowest = 0;
      for (let i = 0; i < statements.length; i++) {
        if (lo !== first - 1 || i > 0) {
          await nextTurn();
          this.options.between?.();
        }
        const started = performance.now();
        const rows = reader.all<RawCount & { f: number }>(statements[i] as string, [...where.params, lo, hi]);
        for (const row of rows) {
          const sum = sums[row.f];
          if (sum) sum.set(row.value, (sum.get(row.value) ?? 0) + row.n);
          // The total: the rows of the first facet (every matching row has one value of it), or the count.
          if (row.f === 0) total += row.n;
        }
        slowest = Math.max(slowest, performance.now() - started);
      }
      lo = hi;
      // The next range: what fits in `target` ms at this pace (a custom filter's subquery per row costs
      // ten times a plain filter's), from 1/16 of the chunk to the chunk. Only the slicing depends on it.
      if (target > 0)
        span = Math.max(
          Math.ceil(this.chunk / 16),
          Math.min(this.chunk, Math.round((span * target) / Math.max(slowest, 0.001))),
        );
    }
    const facets: RawCount[][] = [];
    for (const sum of sums) {
      // Comparing values costs more than a row of a statement: a fifth of a chunk per turn.
      const top = topValues(sum, FACET_VALUES, Math.ceil(this.chunk / 5));
      let step = top.next();
      while (!step.done) {
        await nextTurn();
        this.options.between?.();
        step = top.next();
      }
      facets.push(step.value);
    }
    return { total, facets };
  }

  /** `text`, or the same reading the table by rowid when the planner's choice would not use the range. */
  private bounded(reader: Reader, job: CountJob, text: string, lo: number, hi: number): string {
    const plan = reader.all<{ detail: string }>(`explain query plan ${text}`, [...job.where.params, lo, hi]);
    const own = new RegExp(`^(SCAN|SEARCH) ${job.tableName.replace(/[^A-Za-z0-9_]/g, '')}( |$)`);
    if (plan.every((p) => !own.test(p.detail) || p.detail.includes('rowid>'))) return text;
    return text.replace(` from ${job.table} where `, ` from ${job.table} not indexed where `);
  }
}

/**
 * The `limit` most frequent values (`order by n desc, value`, as SQLite orders them), kept in order
 * while the values are read once, a slice of `slice` values per step (`next()`): an id facet has
 * about as many values as rows (61,666 programs among the prices in CAD at 100k), and sorting them all
 * took 51 ms in one slice, choosing the first 100 in one pass 20–60 ms.
 */
export function* topValues(
  sums: Map<unknown, number>,
  limit = FACET_VALUES,
  slice = Number.POSITIVE_INFINITY,
): Generator<void, RawCount[]> {
  const best: RawCount[] = [];
  let seen = 0;
  for (const [value, n] of sums) {
    if (++seen % slice === 0) yield;
    const worst = best[best.length - 1];
    if (worst && best.length >= limit && (n < worst.n || (n === worst.n && compareValues(value, worst.value) >= 0)))
      continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const b = best[mid] as RawCount;
      if (b.n > n || (b.n === n && compareValues(b.value, value) < 0)) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, { value, n });
    if (best.length > limit) best.pop();
  }
  return best;
}

const rank = (v: unknown) =>
  v === null || v === undefined
    ? 0
    : typeof v === 'number' || typeof v === 'bigint'
      ? 1
      : typeof v === 'string'
        ? 2
        : 3;

/**
 * SQLite's order of two stored values (BINARY collation): NULL, then numbers by value, then text by
 * its UTF-8 bytes (code point order: JavaScript compares UTF-16 units, which differ from it for a
 * surrogate pair against U+E000–U+FFFF), then blobs by their bytes.
 */
export function compareValues(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return 0;
  if (ra === 1) return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
  if (ra === 3) return Buffer.compare(a as Buffer, b as Buffer);
  const x = a as string;
  const y = b as string;
  if (x === y) return 0;
  // Without surrogates or units from U+E000, UTF-16 order is code point order.
  if (!WIDE.test(x) || !WIDE.test(y)) return x < y ? -1 : 1;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const cx = x.charCodeAt(i);
    const cy = y.charCodeAt(i);
    if (cx !== cy) return codePointOrder(cx) - codePointOrder(cy);
  }
  return x.length - y.length;
}

const WIDE = /[\uD800-\uFFFF]/;

/** A UTF-16 unit moved so that units compare in code point order (surrogates above U+E000–U+FFFF). */
const codePointOrder = (c: number) => (c >= 0xd800 && c <= 0xdfff ? c + 0x2000 : c >= 0xe000 ? c - 0x800 : c);
