/**
 * `npm run bench -- --scale [--db data/synthetic.db] [--probe 20] [--samples 40] [--only q] [--before <dir>] [--rounds 2]`
 * (or `npx tsx bench/scale.ts`): the probes of
 * issue 13 on a large database, next to a freshly seeded one, over HTTP (servers started as in
 * production, response cache off so that every request does its work):
 * - `/healthz` latency (sampled every 20 ms) while the heaviest requests run on the large database:
 *   four concurrent `programs.csv?q=group` exports and a walk of `cost-comparison?country=CA&currency=CAD`;
 * - the cost comparison by country, page by page (time and bytes of each page);
 * - search p50/p99 on both databases, alternating requests;
 * - single API writes (POST /v1/faqs, PATCH a program) on both databases, alternating.
 * The large database is written to (FAQs `bench-scale-*`, a program renamed and back); run it on a
 * bench copy, never on data you keep.
 *
 * `--only facets`: `/healthz` while one client asks the heaviest cold counts at 100k back to back
 * (prices `currency=CAD`, programs `price_currency=CAD` and findings `condition=depression`, each
 * with every facet), a write before each request so that nothing is read from the count cache: the
 * time of each list and `/healthz` p50/p99/max meanwhile (`--lists` requests per query), alternating
 * with `--before` like the other probes. Part of the full run too.
 * `--only q`: only what `q=` costs, and nothing is written but an API key: `/healthz` while four
 * `programs.csv?q=group` exports run (no cost comparison; sampled until the exports end or `--probe`
 * seconds pass), `/healthz` while one client asks cold `q=group` list pages with facets back to back
 * (each with its own `updated_since`, so nothing is counted from the cache; `--lists` pages, 40 by
 * default), then search. `--only lists`: only the cold `q=` lists. With `--before <dir>` (a checkout of an earlier commit, with its
 * node_modules) its server runs beside this one on the same database, and the probes alternate
 * between the two for `--rounds` rounds (the order swapped each round), with the ratios per round:
 * on a shared machine, only figures measured side by side compare. `--before-db <file>`: the earlier
 * build serves its own copy (a change with a migration: each build on the database it migrates).
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliArgs } from '../scripts/cli-args.js';
import { createKey } from '../src/auth/keys.js';
import { openDb } from '../src/db/client.js';
import { findingsResource } from '../src/resources/findings/findings.resource.js';
import { pricesResource } from '../src/resources/prices/prices.resource.js';
import { programsResource } from '../src/resources/programs/programs.resource.js';
import { type Server, startServer } from './harness.js';

const { values } = cliArgs(
  {
    options: {
      scale: { type: 'boolean', default: true },
      db: { type: 'string', default: 'data/synthetic.db' },
      probe: { type: 'string', default: '20' },
      samples: { type: 'string', default: '40' },
      only: { type: 'string', default: '' },
      before: { type: 'string', default: '' },
      rounds: { type: 'string', default: '2' },
      'before-db': { type: 'string', default: '' },
      lists: { type: 'string', default: '40' },
    },
    strict: false,
  },
  'usage: npm run bench -- --scale [--db data/synthetic.db] [--probe 20] [--samples 40] [--only q|lists|facets] [--lists 40] [--before <dir>] [--before-db <file>] [--rounds 2]',
);
const DB = String(values.db);
const PROBE_S = Number(values.probe);
const SAMPLES = Number(values.samples);
const ONLY_LISTS = values.only === 'lists';
const ONLY_FACETS = values.only === 'facets';
const ONLY_Q = values.only === 'q' || ONLY_LISTS;
const BEFORE = String(values.before);
const ROUNDS = Number(values.rounds);
const BEFORE_DB = String(values['before-db'] || values.db);
const LISTS = Number(values.lists);
if (!existsSync(DB)) {
  console.error(`${DB} is missing: build it with npm run db:synthetic -- --programs 100000 --out ${DB}`);
  process.exit(2);
}

const count = (path: string) => {
  const db = openDb(path, { readonly: true });
  try {
    return (db.$client.prepare('select count(*) as n from programs where deleted_at is null').get() as { n: number }).n;
  } finally {
    db.$client.close();
  }
};
const programs = count(DB);
const BIG = programs >= 100_000 ? '100k' : `${programs} programs`;
console.log(
  `scale probes on ${DB} (${programs} programs, labelled ${BIG}); expected run time about ${Math.ceil((60 + PROBE_S + SAMPLES * 2) / 60)} min`,
);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const median = (xs: number[]) => pct(xs, 50);
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function timed(
  url: string,
  init?: RequestInit,
): Promise<{ ms: number; status: number; bytes: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url, init);
  const body = await res.text();
  return { ms: performance.now() - t0, status: res.status, bytes: Buffer.byteLength(body), body };
}

const NO_LIMIT = { RATE_LIMIT_MAX: '100000000', WRITE_RATE_LIMIT_MAX: '100000000', RESPONSE_CACHE: 'false' };
const seededPath = join(tmpdir(), `katalog-scale-${process.pid}.db`);
// First start seeds the database; then a write key in each.
await (await startServer('src/server.ts', { DATABASE_PATH: seededPath, ...NO_LIMIT }, '/readyz')).stop();
const keyOf = (path: string) => {
  const db = openDb(path);
  try {
    return createKey(db, `bench-scale-${process.pid}`, 'write').key;
  } finally {
    db.$client.close();
  }
};
const keys = {
  seeded: keyOf(seededPath),
  big: keyOf(DB),
  // The earlier build's own copy (--before-db) needs a key of its own.
  before: BEFORE && BEFORE_DB !== DB ? keyOf(BEFORE_DB) : '',
};
const seeded = await startServer('src/server.ts', { DATABASE_PATH: seededPath, ...NO_LIMIT }, '/readyz');
const big = await startServer('src/server.ts', { DATABASE_PATH: DB, SEED_ON_START: 'false', ...NO_LIMIT }, '/readyz');
const before = BEFORE
  ? await startServer('before', { DATABASE_PATH: BEFORE_DB, SEED_ON_START: 'false', ...NO_LIMIT }, '/readyz', [
      process.execPath,
      '--import',
      'tsx',
      join(BEFORE, 'src', 'server.ts'),
    ])
  : undefined;
const report: Record<string, unknown> = { database: DB, programs };

/** Streams `url` to its end (or until `signal` aborts), counting lines; calls `done` when it ends. */
async function streamRows(url: string, signal: AbortSignal, done?: () => void): Promise<number> {
  let rows = 0;
  try {
    const res = await fetch(url, { signal });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { value, done: end } = await reader.read();
      if (end) break;
      for (const b of value) if (b === 10) rows++;
    }
    done?.();
  } catch {}
  return rows;
}

/** `/healthz` sampled every 20 ms while four `programs.csv?q=group` exports run (until they end or PROBE_S). */
async function healthzUnderExports(server: Server) {
  const idle: number[] = [];
  for (let i = 0; i < 50; i++) idle.push((await timed(`${server.url}/healthz`)).ms);
  const stop = new AbortController();
  const started = performance.now();
  const ended: number[] = [];
  const exports = Array.from({ length: 4 }, () =>
    streamRows(`${server.url}/v1/programs.csv?q=group`, stop.signal, () => ended.push(performance.now() - started)),
  );
  const loaded: number[] = [];
  const until = started + PROBE_S * 1000;
  while (performance.now() < until && ended.length < 4) {
    loaded.push((await timed(`${server.url}/healthz`)).ms);
    await new Promise((r) => setTimeout(r, 20));
  }
  stop.abort();
  const rows = await Promise.all(exports);
  return {
    idle_p50_ms: median(idle),
    idle_p99_ms: pct(idle, 99),
    loaded_p50_ms: median(loaded),
    loaded_p99_ms: pct(loaded, 99),
    loaded_max_ms: Math.max(...loaded),
    samples: loaded.length,
    export_rows: rows,
    exports_done_s: ended.length === 4 ? Math.max(...ended) / 1000 : null,
  };
}

/**
 * `/healthz` sampled every 20 ms while one client asks cold `q=group` list pages with every facet asked
 * at once, back to back: each has its own `updated_since` (long before every record), so its total and
 * facets are counted, never read from the cache. Until LISTS pages or PROBE_S seconds.
 */
let coldLists = 0;
async function healthzUnderColdLists(server: Server) {
  const lists: number[] = [];
  const exact: boolean[] = [];
  const until = performance.now() + PROBE_S * 1000;
  const more = () => lists.length < LISTS && performance.now() < until;
  const client = (async () => {
    while (more()) {
      // Never the same value twice in a run, on either server: every page is counted afresh.
      const since = new Date(Date.UTC(2000, 0, 1) + coldLists++ * 1000).toISOString();
      const r = await timed(
        `${server.url}/v1/programs?q=group&facet=format,dosing_setting,integration_setting,organization_id,generic&updated_since=${since}&limit=20`,
      );
      if (r.status !== 200) throw new Error(`cold q= list: ${r.status} ${r.body.slice(0, 300)}`);
      lists.push(r.ms);
      exact.push((JSON.parse(r.body) as { meta: { total_exact?: boolean } }).meta.total_exact !== false);
    }
  })();
  const loaded: number[] = [];
  while (more()) {
    loaded.push((await timed(`${server.url}/healthz`)).ms);
    await new Promise((r) => setTimeout(r, 20));
  }
  await client;
  return {
    list_p50_ms: median(lists),
    list_p99_ms: pct(lists, 99),
    lists: lists.length,
    total_exact: exact.every(Boolean),
    loaded_p50_ms: median(loaded),
    loaded_p99_ms: pct(loaded, 99),
    loaded_max_ms: Math.max(...loaded),
    samples: loaded.length,
  };
}

/** The heaviest cold counts at 100k (issue 13: ~120–280 ms of synchronous work each before chunked counts). */
const HEAVY_COUNTS: Array<[string, string]> = [
  ['prices', `currency=CAD&facet=${Object.keys(pricesResource.query.facets).join(',')}`],
  ['programs', `price_currency=CAD&facet=${Object.keys(programsResource.query.facets).join(',')}`],
  ['findings', `condition=depression&facet=${Object.keys(findingsResource.query.facets).join(',')}`],
];

/** A program of the large database to write to, so that every count after it is cold. */
let writeTarget: string | undefined;
let writes = 0;
async function coldWrite(server: Server): Promise<void> {
  if (!writeTarget) {
    const r = await fetch(`${server.url}/v1/programs/synthetic-program-0050000`);
    writeTarget = r.status === 200 ? 'synthetic-program-0050000' : 'roots-to-thrive-group';
  }
  const patch = () =>
    fetch(`${server.url}/v1/programs/${writeTarget}`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${server === before && keys.before ? keys.before : keys.big}`,
        'content-type': 'application/merge-patch+json',
        'if-match': '*',
      },
      body: JSON.stringify({ duration_weeks: 10 + (writes++ % 2) }),
    });
  // Once more on a kept-alive socket the server closed meanwhile (fetch does not retry a PATCH).
  const r = await patch().catch(patch);
  if (r.status !== 200) throw new Error(`PATCH before a cold count: ${r.status} ${(await r.text()).slice(0, 300)}`);
}

/**
 * `/healthz` sampled every 20 ms while one client asks `path?query` cold (a write before each
 * request moves the data version, so the total and the facets are counted again), LISTS times or
 * until PROBE_S seconds.
 */
async function healthzUnderColdCounts(server: Server, path: string, query: string) {
  const lists: number[] = [];
  const until = performance.now() + PROBE_S * 1000;
  const more = () => lists.length < LISTS && performance.now() < until;
  let total = 0;
  const client = (async () => {
    while (more()) {
      await coldWrite(server);
      const r = await timed(`${server.url}/v1/${path}?${query}&limit=20`);
      if (r.status !== 200) throw new Error(`cold count ${path}?${query}: ${r.status} ${r.body.slice(0, 300)}`);
      lists.push(r.ms);
      total = (JSON.parse(r.body) as { meta: { total: number } }).meta.total;
    }
  })();
  const loaded: number[] = [];
  while (more()) {
    loaded.push((await timed(`${server.url}/healthz`)).ms);
    await new Promise((r) => setTimeout(r, 20));
  }
  await client;
  return {
    total,
    list_p50_ms: median(lists),
    list_max_ms: Math.max(...lists),
    lists: lists.length,
    loaded_p50_ms: median(loaded),
    loaded_p99_ms: pct(loaded, 99),
    loaded_max_ms: Math.max(...loaded),
    samples: loaded.length,
  };
}

try {
  // 00. `/healthz` while the heaviest cold counts run, alternating with --before.
  if (ONLY_FACETS || !ONLY_Q) {
    const rounds: Record<string, unknown>[] = [];
    for (let r = 0; r < (before ? ROUNDS : 1); r++)
      for (const [path, query] of HEAVY_COUNTS) {
        const order = r % 2 ? (['before', 'after'] as const) : (['after', 'before'] as const);
        type Got = Awaited<ReturnType<typeof healthzUnderColdCounts>>;
        const got: Partial<Record<'after' | 'before', Got>> = {};
        for (const side of order) {
          if (side === 'before' && !before) continue;
          got[side] = await healthzUnderColdCounts(side === 'after' ? big : (before as Server), path, query);
        }
        rounds.push({ path, query, ...got });
        const line = (h: Got) =>
          `list p50 ${ms(h.list_p50_ms)} max ${ms(h.list_max_ms)} (${h.lists}, total ${h.total}); /healthz p50 ${ms(h.loaded_p50_ms)} p99 ${ms(h.loaded_p99_ms)} max ${ms(h.loaded_max_ms)} (${h.samples} samples)`;
        const a = got.after as Got;
        const b = got.before;
        console.log(
          `round ${r + 1} cold ${path}?${query.replace(/&facet=.*/, '')} with every facet on ${BIG}: after ${line(a)}${b ? `; before ${line(b)}; /healthz p99 after/before ${(a.loaded_p99_ms / b.loaded_p99_ms).toFixed(2)}x, max ${(a.loaded_max_ms / b.loaded_max_ms).toFixed(2)}x, list p50 ${(a.list_p50_ms / b.list_p50_ms).toFixed(2)}x` : ''}`,
        );
      }
    report.healthz_cold_counts = rounds;
  }

  // 0. With --before: /healthz under four q= exports, alternating between the two builds.
  if (before && !ONLY_LISTS && !ONLY_FACETS) {
    const rounds: Record<string, unknown>[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 ? (['before', 'after'] as const) : (['after', 'before'] as const);
      const got: Record<string, Awaited<ReturnType<typeof healthzUnderExports>>> = {};
      for (const side of order) got[side] = await healthzUnderExports(side === 'after' ? big : before);
      const a = got.after as Awaited<ReturnType<typeof healthzUnderExports>>;
      const b = got.before as Awaited<ReturnType<typeof healthzUnderExports>>;
      rounds.push({ after: a, before: b });
      const line = (h: typeof a) =>
        `p50 ${ms(h.loaded_p50_ms)} p99 ${ms(h.loaded_p99_ms)} max ${ms(h.loaded_max_ms)} (idle p99 ${ms(h.idle_p99_ms)}; ${h.samples} samples; rows ${h.export_rows.join('/')}; ${h.exports_done_s === null ? `not done in ${PROBE_S} s` : `done in ${h.exports_done_s.toFixed(1)} s`})`;
      console.log(
        `round ${r + 1} /healthz under 4 q=group exports on ${BIG}: after ${line(a)}; before ${line(b)}; p50 after/before ${(a.loaded_p50_ms / b.loaded_p50_ms).toFixed(2)}x, p99 ${(a.loaded_p99_ms / b.loaded_p99_ms).toFixed(2)}x`,
      );
    }
    report.healthz_exports_ab = rounds;
  } else if (ONLY_Q && !ONLY_LISTS && !ONLY_FACETS) {
    const h = await healthzUnderExports(big);
    report.healthz_exports = h;
    console.log(
      `/healthz on ${BIG} under 4 q=group exports: idle p50 ${ms(h.idle_p50_ms)} p99 ${ms(h.idle_p99_ms)}; loaded p50 ${ms(h.loaded_p50_ms)} p99 ${ms(h.loaded_p99_ms)} max ${ms(h.loaded_max_ms)} (${h.samples} samples; rows ${h.export_rows.join('/')}; ${h.exports_done_s === null ? `not done in ${PROBE_S} s` : `done in ${h.exports_done_s.toFixed(1)} s`})`,
    );
  }

  // 0b. `/healthz` while cold `q=` list pages (total and facets counted) run, alternating with --before.
  if (ONLY_Q && !ONLY_FACETS) {
    const rounds: Record<string, unknown>[] = [];
    for (let r = 0; r < (before ? ROUNDS : 1); r++) {
      const order = r % 2 ? (['before', 'after'] as const) : (['after', 'before'] as const);
      const got: Record<string, Awaited<ReturnType<typeof healthzUnderColdLists>>> = {};
      for (const side of order) {
        if (side === 'before' && !before) continue;
        got[side] = await healthzUnderColdLists(side === 'after' ? big : (before as Server));
      }
      rounds.push(got);
      const line = (h: Awaited<ReturnType<typeof healthzUnderColdLists>>) =>
        `list p50 ${ms(h.list_p50_ms)} p99 ${ms(h.list_p99_ms)} (${h.lists} pages, total ${h.total_exact ? 'exact' : 'a lower bound'}); /healthz p50 ${ms(h.loaded_p50_ms)} p99 ${ms(h.loaded_p99_ms)} max ${ms(h.loaded_max_ms)} (${h.samples} samples)`;
      const a = got.after as Awaited<ReturnType<typeof healthzUnderColdLists>>;
      const b = got.before;
      console.log(
        `round ${r + 1} cold q=group lists with 5 facets on ${BIG}: after ${line(a)}${b ? `; before ${line(b)}; list p50 after/before ${(a.list_p50_ms / b.list_p50_ms).toFixed(2)}x, /healthz p99 ${(a.loaded_p99_ms / b.loaded_p99_ms).toFixed(2)}x` : ''}`,
      );
    }
    report.healthz_cold_lists = rounds;
  }

  // 1. /healthz while the heaviest requests run.
  if (!ONLY_Q && !ONLY_FACETS) {
    const idle: number[] = [];
    for (let i = 0; i < 50; i++) idle.push((await timed(`${big.url}/healthz`)).ms);
    const stop = new AbortController();
    const exports = Array.from({ length: 4 }, () => streamRows(`${big.url}/v1/programs.csv?q=group`, stop.signal));
    let costPages = 0;
    const cost = (async () => {
      let cursor: string | null = null;
      try {
        do {
          const res = await fetch(
            `${big.url}/v1/cost-comparison?country=CA&currency=CAD${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
            { signal: stop.signal },
          );
          const body = (await res.json()) as { meta?: { next_cursor: string | null } };
          cursor = body.meta?.next_cursor ?? null;
          costPages++;
        } while (cursor);
      } catch {}
    })();
    const loaded: number[] = [];
    const until = performance.now() + PROBE_S * 1000;
    while (performance.now() < until) {
      loaded.push((await timed(`${big.url}/healthz`)).ms);
      await new Promise((r) => setTimeout(r, 20));
    }
    stop.abort();
    const rows = await Promise.all(exports);
    await cost;
    const h = {
      idle_p50_ms: median(idle),
      idle_p99_ms: pct(idle, 99),
      loaded_p50_ms: median(loaded),
      loaded_p99_ms: pct(loaded, 99),
      loaded_max_ms: Math.max(...loaded),
      samples: loaded.length,
      export_rows_in_window: rows,
      cost_pages_in_window: costPages,
    };
    report.healthz = h;
    console.log(
      `/healthz on ${BIG}: idle p50 ${ms(h.idle_p50_ms)} p99 ${ms(h.idle_p99_ms)}; during 4 q=group exports + cost comparison walk (${PROBE_S} s, ${h.samples} samples): p50 ${ms(h.loaded_p50_ms)}, p99 ${ms(h.loaded_p99_ms)}, max ${ms(h.loaded_max_ms)} (export rows streamed ${rows.join('/')}, cost pages ${costPages})`,
    );
  }

  // 2. The cost comparison by country, page by page.
  if (!ONLY_Q && !ONLY_FACETS) {
    const times: number[] = [];
    const bytes: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < SAMPLES; i++) {
      const r = await timed(
        `${big.url}/v1/cost-comparison?country=CA&currency=CAD${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      if (r.status !== 200) throw new Error(`cost comparison: ${r.status} ${r.body.slice(0, 300)}`);
      times.push(r.ms);
      bytes.push(r.bytes);
      cursor = (JSON.parse(r.body) as { meta?: { next_cursor: string | null } }).meta?.next_cursor ?? null;
      if (!cursor) break;
    }
    report.cost_comparison = {
      pages: times.length,
      p50_ms: median(times),
      p99_ms: pct(times, 99),
      max_ms: Math.max(...times),
      bytes_p50: median(bytes),
    };
    console.log(
      `cost-comparison?country=CA&currency=CAD on ${BIG}: ${times.length} pages, p50 ${ms(median(times))}, max ${ms(Math.max(...times))}, ${median(bytes)} bytes a page`,
    );
  }

  // 3. Search, alternating between the databases.
  if (!ONLY_LISTS && !ONLY_FACETS) {
    const queries = [
      'group therapy',
      'group',
      'ketamine',
      'integration circle',
      'sublingual',
      'cedar harbour',
      'depression anxiety',
    ];
    const t: Record<'seeded' | 'big' | 'before', number[]> = { seeded: [], big: [], before: [] };
    const sides: Array<['seeded' | 'big' | 'before', Server]> = [
      ['seeded', seeded],
      ['big', big],
    ];
    if (before) sides.push(['before', before]);
    for (let i = 0; i < SAMPLES; i++)
      for (const q of queries)
        for (const [name, server] of i % 2 ? [...sides].reverse() : sides) {
          const r = await timed(`${server.url}/v1/search?q=${encodeURIComponent(q)}&limit=20`);
          if (r.status !== 200) throw new Error(`search ${q}: ${r.status}`);
          t[name].push(r.ms);
        }
    report.search = {
      queries,
      seeded_p50_ms: median(t.seeded),
      seeded_p99_ms: pct(t.seeded, 99),
      big_p50_ms: median(t.big),
      big_p99_ms: pct(t.big, 99),
      p99_ratio: pct(t.big, 99) / pct(t.seeded, 99),
      ...(before ? { before_big_p50_ms: median(t.before), before_big_p99_ms: pct(t.before, 99) } : {}),
    };
    console.log(
      `search (${queries.length} queries x ${SAMPLES}, over HTTP): seeded p50 ${ms(median(t.seeded))} p99 ${ms(pct(t.seeded, 99))}; ${BIG} p50 ${ms(median(t.big))} p99 ${ms(pct(t.big, 99))} (p99 ${(pct(t.big, 99) / pct(t.seeded, 99)).toFixed(2)}x)${before ? `; ${BIG} before p50 ${ms(median(t.before))} p99 ${ms(pct(t.before, 99))}` : ''}`,
    );
  }

  // 4. Single API writes, alternating between the databases.
  if (!ONLY_Q && !ONLY_FACETS) {
    const servers = { seeded, big } as Record<'seeded' | 'big', Server>;
    const post: Record<'seeded' | 'big', number[]> = { seeded: [], big: [] };
    const patch: Record<'seeded' | 'big', number[]> = { seeded: [], big: [] };
    const target = { seeded: 'roots-to-thrive-group', big: 'synthetic-program-0050000' };
    for (const name of ['seeded', 'big'] as const) {
      const r = await fetch(`${servers[name].url}/v1/programs/${target[name]}`);
      if (r.status !== 200) target[name] = 'roots-to-thrive-group';
    }
    for (let i = 0; i < SAMPLES; i++)
      for (const name of i % 2 ? (['seeded', 'big'] as const) : (['big', 'seeded'] as const)) {
        const auth = { authorization: `Bearer ${keys[name]}`, 'content-type': 'application/json' };
        const p = await timed(`${servers[name].url}/v1/faqs`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({
            id: `bench-scale-${process.pid}-${i}`,
            question: 'Can I drive home after a group session?',
            answer: 'No. The 24-hour no-driving rule applies regardless of group or individual format.',
            position: 100,
            related: [],
            answered_by: 'group-ketamine-therapy-canada',
            citations: [
              {
                source_id: 'group-ketamine-therapy-canada',
                excerpt: 'The 24-hour no-driving rule applies',
                section: 'Frequently asked questions',
              },
            ],
          }),
        });
        if (p.status !== 201) throw new Error(`POST /v1/faqs on ${name}: ${p.status} ${p.body.slice(0, 300)}`);
        post[name].push(p.ms);
        const u = await timed(`${servers[name].url}/v1/programs/${target[name]}`, {
          method: 'PATCH',
          headers: { ...auth, 'content-type': 'application/merge-patch+json', 'if-match': '*' },
          body: JSON.stringify({ duration_weeks: 10 + (i % 2) }),
        });
        if (u.status !== 200) throw new Error(`PATCH a program on ${name}: ${u.status} ${u.body.slice(0, 300)}`);
        patch[name].push(u.ms);
      }
    const w = {
      post_seeded_p50_ms: median(post.seeded),
      post_big_p50_ms: median(post.big),
      post_ratio: median(post.big) / median(post.seeded),
      patch_seeded_p50_ms: median(patch.seeded),
      patch_big_p50_ms: median(patch.big),
      patch_ratio: median(patch.big) / median(patch.seeded),
    };
    report.writes = w;
    console.log(
      `single writes (${SAMPLES} each, alternating): POST /v1/faqs seeded ${ms(w.post_seeded_p50_ms)}, ${BIG} ${ms(w.post_big_p50_ms)} (${w.post_ratio.toFixed(2)}x); PATCH a program seeded ${ms(w.patch_seeded_p50_ms)}, ${BIG} ${ms(w.patch_big_p50_ms)} (${w.patch_ratio.toFixed(2)}x)`,
    );
  }
} finally {
  await seeded.stop();
  await big.stop();
  await before?.stop();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${seededPath}${suffix}`, { force: true });
  rmSync(join(tmpdir(), `.katalog-scale-${process.pid}.db.katalog-id`), { force: true });
}
console.log(JSON.stringify(report));
