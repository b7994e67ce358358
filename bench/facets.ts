/**
 * `npm run bench:facets -- [--db data/synthetic.db] [--runs 15] [--only q=]`: the cost of `facet=` on the
 * 100k-program database (`npm run db:synthetic -- --programs 100000`), uncached. For each list query
 * and each facetable field of programs and prices: the median and slowest time of the list (one
 * page and its total) with and without that facet, each run on a fresh repository (no cached totals
 * or counts), and the query plan of the facet's statement. The difference is what the facet adds.
 * Then every facet at once, cold (a fresh repository) and warm (the same repository, the next page,
 * as a client paging the list sees it). `--only` keeps the queries whose label contains the text. Last,
 * the query plans of the counting statements (total and facets) of each list, as the repository prepares them.
 *
 * `--slices [--chunks 1000,5000,20000]`: only the synchronous work per cold request (issue 13): each
 * heavy list with every facet, on a fresh repository, counted in one statement (`list`) and in slices
 * (`listCounted`, src/query/chunked-counts.ts) with each chunk size, in alternating order per round:
 * the wall time and the longest turn of the event loop while it ran (a setImmediate probe; for `list`,
 * the whole request is one turn), and whether both gave the same counts.
 */

import { cliArgs } from '../scripts/cli-args.js';
import { openDb } from '../src/db/client.js';
import { watchDataVersion } from '../src/db/version.js';
import { COUNT_CHUNK } from '../src/query/chunked-counts.js';
import { ref, Where } from '../src/query/sql.js';
import { Repository } from '../src/repository/repository.js';
import type { Resource } from '../src/resources/define.js';
import { findingsResource } from '../src/resources/findings/findings.resource.js';
import { pricesResource } from '../src/resources/prices/prices.resource.js';
import { programsResource } from '../src/resources/programs/programs.resource.js';

const { values } = cliArgs(
  {
    options: {
      db: { type: 'string', default: 'data/synthetic.db' },
      runs: { type: 'string', default: '15' },
      only: { type: 'string', default: '' },
      slices: { type: 'boolean', default: false },
      chunks: { type: 'string', default: `${COUNT_CHUNK}` },
    },
  },
  'usage: npm run bench:facets -- [--db data/synthetic.db] [--runs 15] [--only <text>] [--slices [--chunks 1000,5000]]',
);
const runs = Number(values.runs);
const db = openDb(values.db as string, { readonly: true });
const version = watchDataVersion(db, 60_000);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function time(resource: Resource, params: Record<string, unknown>): { ms: number; facets?: unknown } {
  const repo = new Repository(db, 'bench-secret-bench-secret-bench-secret', version);
  const t0 = process.hrtime.bigint();
  const page = repo.list(resource, { limit: 20, ...params });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, facets: page.facets };
}

function plan(resource: Resource, field: string): string {
  const def = resource.query.facets[field];
  if (!def) return '';
  const where = new Where().add(`${ref(resource.table.deleted_at)} is null`);
  const c = ref(def.column);
  const rows = db.$client
    .prepare(
      `explain query plan select ${c} as value, count(*) as n from "${resource.tableName}" where ${where.text} group by ${c}`,
    )
    .all() as { detail: string }[];
  return rows.map((r) => r.detail).join('; ');
}

// A selective filter on a reference: the organization with the most programs, the program with the most prices.
const busiest = (sql: string) => (db.$client.prepare(sql).get() as { id: string } | undefined)?.id ?? 'none';
const org = busiest(
  'select organization_id as id from programs where deleted_at is null and organization_id is not null group by 1 order by count(*) desc, 1 limit 1',
);
const program = busiest(
  'select program_id as id from prices where deleted_at is null and program_id is not null group by 1 order by count(*) desc, 1 limit 1',
);

const ALL_QUERIES: Array<[Resource, string, Record<string, unknown>]> = [
  [programsResource, 'programs (all)', {}],
  [programsResource, 'programs format=group', { format: ['group'] }],
  [programsResource, 'programs q=group', { q: 'group' }],
  [programsResource, 'programs country=CA&generic=false', { country: ['CA'], generic: false }],
  [programsResource, `programs organization_id=${org}`, { organization_id: [org] }],
  [programsResource, 'programs duration_weeks_gte=20', { duration_weeks_gte: 20 }],
  [programsResource, 'programs route=sublingual', { route: ['sublingual'] }],
  [programsResource, 'programs price_currency=CAD', { price_currency: ['CAD'] }],
  [pricesResource, 'prices (all)', {}],
  [pricesResource, 'prices currency=CAD', { currency: ['CAD'] }],
  [pricesResource, `prices program_id=${program}`, { program_id: [program] }],
];
const QUERIES = ALL_QUERIES.filter(([, label]) => label.includes(values.only as string));

/** The wall time of `run` and the longest turn of the event loop while it ran (a setImmediate probe). */
async function turns(run: () => unknown): Promise<{ wall: number; longest: number; result: unknown }> {
  const gaps: number[] = [];
  let last = performance.now();
  let on = true;
  const tick = () => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
    if (on) setImmediate(tick);
  };
  setImmediate(tick);
  const t0 = performance.now();
  const result = await run();
  const wall = performance.now() - t0;
  on = false;
  await new Promise((r) => setImmediate(r));
  return { wall, longest: Math.max(0, ...gaps), result };
}

if (values.slices) {
  const chunks = String(values.chunks).split(',').map(Number);
  const heavy: Array<[Resource, string, Record<string, unknown>]> = [
    [pricesResource, 'prices currency=CAD', { currency: ['CAD'] }],
    [programsResource, 'programs price_currency=CAD', { price_currency: ['CAD'] }],
    [findingsResource, 'findings condition=depression', { condition: ['depression'] }],
    [programsResource, 'programs format=group', { format: ['group'] }],
    [pricesResource, 'prices (all)', {}],
  ];
  console.log(
    `synchronous work per cold request with every facet, ${runs} rounds (order alternating), fresh repository per run; ms, median (max)`,
  );
  console.log(
    `| list | one statement: wall = longest turn | ${chunks.map((c) => `slices of ${c}: wall | longest turn`).join(' | ')} | same counts |`,
  );
  console.log(`| --- | ---: | ${chunks.map(() => '---: | ---:').join(' | ')} | --- |`);
  const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.max(...xs).toFixed(1)})`;
  for (const [resource, label, params] of heavy) {
    const list = { limit: 20, ...params, facet: Object.keys(resource.query.facets) };
    const one: number[] = [];
    const sliced = chunks.map(() => ({ wall: [] as number[], longest: [] as number[] }));
    let same = true;
    for (let i = 0; i < runs; i++) {
      const sides = ['one', ...chunks.map((_, j) => j)] as const;
      for (const side of i % 2 ? [...sides].reverse() : sides) {
        if (side === 'one') {
          const r = await turns(() =>
            new Repository(db, 'bench-secret-bench-secret-bench-secret', version).list(resource, list),
          );
          one.push(r.longest);
          continue;
        }
        const repo = new Repository(db, 'bench-secret-bench-secret-bench-secret', version, {
          countChunk: chunks[side],
        });
        const r = await turns(() => repo.listCounted(resource, list));
        sliced[side]?.wall.push(r.wall);
        sliced[side]?.longest.push(r.longest);
        const check = new Repository(db, 'bench-secret-bench-secret-bench-secret', version).list(resource, list);
        const got = r.result as typeof check;
        same &&= got.total === check.total && JSON.stringify(got.facets) === JSON.stringify(check.facets);
      }
    }
    console.log(
      `| ${label} | ${fmt(one)} | ${sliced.map((s) => `${fmt(s.wall)} | ${fmt(s.longest)}`).join(' | ')} | ${same ? 'yes' : 'NO'} |`,
    );
  }
  version.stop();
  db.$client.close();
  process.exit(0);
}

console.log(`${runs} runs each, fresh repository per run (no cached totals or counts); times in ms`);
console.log('| query | facet | total | list p50 | list + facet p50 | + facet max | values |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const [resource, label, params] of QUERIES) {
  const base: number[] = [];
  for (let i = 0; i < runs; i++) base.push(time(resource, params).ms);
  const total = new Repository(db, 'bench-secret-bench-secret-bench-secret', version).list(resource, {
    limit: 1,
    ...params,
  }).total;
  const fields = Object.keys(resource.query.facets);
  for (const field of [...fields, fields.join(',')]) {
    const with_: number[] = [];
    let facets: Record<string, unknown[]> = {};
    for (let i = 0; i < runs; i++) {
      const r = time(resource, { ...params, facet: field.split(',') });
      with_.push(r.ms);
      facets = r.facets as Record<string, unknown[]>;
    }
    const n = Object.values(facets).reduce((s, v) => s + v.length, 0);
    console.log(
      `| ${label} | ${field.includes(',') ? 'all of them' : field} | ${total} | ${median(base).toFixed(1)} | ${median(with_).toFixed(1)} | ${Math.max(...with_).toFixed(1)} | ${n} |`,
    );
  }
}
console.log(
  '\nevery facetable field at once, cold (fresh repository) and warm (the same repository, the next page); ms',
);
console.log('| query | total | cold p50 | cold max | warm p50 | warm max |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [resource, label, params] of QUERIES) {
  const facet = Object.keys(resource.query.facets);
  const cold: number[] = [];
  const warm: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const repo = new Repository(db, 'bench-secret-bench-secret-bench-secret', version);
    let t0 = process.hrtime.bigint();
    const first = repo.list(resource, { limit: 20, ...params, facet });
    cold.push(Number(process.hrtime.bigint() - t0) / 1e6);
    total = first.total;
    t0 = process.hrtime.bigint();
    repo.list(resource, { limit: 20, ...params, facet, cursor: first.nextCursor ?? undefined });
    warm.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(
    `| ${label} | ${total} | ${median(cold).toFixed(1)} | ${Math.max(...cold).toFixed(1)} | ${median(warm).toFixed(1)} | ${Math.max(...warm).toFixed(1)} |`,
  );
}
// The counting statements a cold list with every facet runs (its total, the facets), as prepared and
// with the values bound (SQLite's STAT4 statistics let the plan depend on them).
console.log('\nquery plans of the counting statements of a cold list with every facet:');
const prepare = db.$client.prepare.bind(db.$client);
for (const [resource, label, params] of QUERIES) {
  const runs = new Map<string, unknown[]>();
  db.$client.prepare = ((text: string) => {
    const statement = prepare(text);
    if (!text.includes('count(*)')) return statement;
    for (const method of ['all', 'get'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        runs.set(text, args);
        return original(...args);
      };
    }
    return statement;
  }) as typeof db.$client.prepare;
  time(resource, { ...params, facet: Object.keys(resource.query.facets) });
  db.$client.prepare = prepare;
  for (const [text, args] of runs) {
    const rows = prepare(`explain query plan ${text}`).all(...args) as { detail: string }[];
    console.log(`${label}: ${rows.map((r) => r.detail).join('; ')}`);
  }
}
console.log('\nquery plans of the facet statements (no filter):');
for (const resource of [programsResource, pricesResource])
  for (const field of Object.keys(resource.query.facets))
    console.log(`${resource.tableName}.${field}: ${plan(resource, field)}`);
version.stop();
db.$client.close();
