/**
 * `npm run bench`: a bare Fastify baseline and Katalog's scenarios, measured in one run on this
 * machine, printed as a table with ratios to the baseline and written to bench/results/latest.json.
 * The 100k-program database is built first if missing (`npm run db:synthetic`).
 * Options: --duration <s> (default 5), --rounds <n> of the paired scenarios (default 3),
 * --skip-synthetic. `--peers` runs the side-by-side comparison with Platformatic DB and json-server
 * instead (bench/peers.ts; --connections, default 20, --db <file> to serve another database,
 * --before <dir> to serve an earlier checkout beside the current one); --scale runs bench/scale.ts
 * (the 100k probes) instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliArgs } from '../scripts/cli-args.js';
import { createKey } from '../src/auth/keys.js';
import { openDb } from '../src/db/client.js';
import { type Measured, measure, p99Ratio, pinCores, type Server, startServer, table } from './harness.js';
import { runPeers } from './peers.js';

// `npm run bench -- --scale`: the probes of the large database instead (bench/scale.ts).
if (process.argv.includes('--scale')) {
  await import('./scale.js');
  process.exit(0);
}

const { values } = cliArgs(
  {
    options: {
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      'skip-synthetic': { type: 'boolean', default: false },
      peers: { type: 'boolean', default: false },
      connections: { type: 'string', default: '20' },
      db: { type: 'string' },
      before: { type: 'string' },
    },
  },
  'usage: npm run bench -- [--duration 5] [--rounds 3] [--skip-synthetic] | --peers [--duration 5] [--rounds 3] [--connections 20] [--db <file>] [--before <dir>] | --scale (see bench/scale.ts)',
);
const duration = Number(values.duration);
const rounds = Number(values.rounds);
if (values.peers) {
  await runPeers({ duration, rounds, connections: Number(values.connections), db: values.db, before: values.before });
  process.exit(0);
}
const SYNTHETIC = 'data/synthetic.db';

// Expected run time, printed first: every measurement is its duration, plus a 1 s warm-up for most.
{
  const pairedRuns = 5 * (1 + rounds * 2 * duration);
  const singleRuns = 9 * (1 + duration);
  const dbRuns = 3 * (values['skip-synthetic'] ? 1 : 2) * (1 + rounds * duration);
  const startup = 20;
  // Building the 100k-program database, when it is missing: about a minute on this machine.
  const build = !values['skip-synthetic'] && !existsSync(SYNTHETIC) ? 60 : 0;
  const total = pairedRuns + singleRuns + dbRuns + startup + build;
  console.log(`expected run time: about ${Math.ceil(total / 60)} min (${total} s)`);
}
console.log(pinCores());

if (!values['skip-synthetic'] && !existsSync(SYNTHETIC)) {
  console.log('building the 100k-program database (once)…');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/synthetic.ts', '--programs', '100000', '--out', SYNTHETIC],
    { stdio: 'inherit' },
  );
}

/**
 * The large database's label says how many programs it really has: a database left over from a
 * smaller `db:synthetic` run is never reported as 100k.
 */
const BIG = (() => {
  if (values['skip-synthetic']) return '100k programs';
  const db = openDb(SYNTHETIC, { readonly: true });
  try {
    const { n } = db.$client.prepare('select count(*) as n from programs where deleted_at is null').get() as {
      n: number;
    };
    if (n < 100_000) {
      console.log(
        `note: ${SYNTHETIC} has ${n} programs, not 100k; labelled as such (rebuild with npm run db:synthetic).`,
      );
      return `${n} programs`;
    }
    return '100k programs';
  } finally {
    db.$client.close();
  }
})();

const results: Measured[] = [];
const run = async (
  name: string,
  server: Server,
  paths: string[] | ((i: number) => string),
  headers?: Record<string, string>,
  expect = 200,
  extra: { method?: 'GET' | 'POST'; body?: (i: number) => string; warmup?: boolean } = {},
) => {
  if (extra.warmup !== false)
    await measure(`${name} (warm-up)`, server.url, paths, { duration: 1, headers, expect, ...extra });
  const m = await measure(name, server.url, paths, { duration, headers, expect, pid: server.proc.pid, ...extra });
  results.push(m);
  console.log(`${name}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms`);
  return m;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * A scenario measured in rounds, each right after a run of the bare baseline: this machine's speed
 * drifts by tens of percent within minutes (other tenants, CPU frequency), and the ratio of two runs
 * made seconds apart is far steadier than either figure. Reports the median round and the median
 * of the per-round ratios.
 */
const paired = async (
  name: string,
  server: Server,
  paths: string[],
  headers?: Record<string, string>,
  expect = 200,
) => {
  const opts = { duration: 1, headers, expect, pid: server.proc.pid };
  await measure(`${name} (warm-up)`, server.url, paths, opts);
  const scenario: Measured[] = [];
  const ratios: number[] = [];
  const p99s: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const b = await measure('baseline', bare.url, ['/'], { duration, pid: bare.proc.pid });
    const m = await measure(name, server.url, paths, { ...opts, duration });
    scenario.push(m);
    ratios.push(m.rps / b.rps);
    p99s.push(p99Ratio(m, b));
  }
  const mid = scenario.find((m) => m.rps === median(scenario.map((x) => x.rps))) as Measured;
  const m = { ...mid, ratio: median(ratios), p99Ratio: median(p99s), rounds };
  results.push(m);
  console.log(
    `${name}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms; vs the baseline run before it: ${ratios.map((x) => x.toFixed(2)).join(', ')} (median ${m.ratio.toFixed(2)}x)`,
  );
  return m;
};

/**
 * A cursor deep into a listing (90% of the way, or as deep as leaves a full page, whichever is
 * earlier: so seeded and 100k pages return the same number of rows), found by walking it.
 */
async function deepCursor(base: string, path: string): Promise<string> {
  const first = await (await fetch(`${base}${path}&limit=1`)).json();
  const total: number = first.meta.total;
  const step = Math.max(1, Math.min(100, Math.floor(total / 10)));
  let cursor: string | null = null;
  let seen = 0;
  const target = Math.min(total * 0.9, total - PAGE_SIZE);
  while (seen + step <= target) {
    const res: { meta: { next_cursor: string | null } } = await (
      await fetch(`${base}${path}&limit=${step}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    ).json();
    if (!res.meta.next_cursor) break;
    cursor = res.meta.next_cursor;
    seen += step;
  }
  return cursor ? `${path}&limit=${PAGE_SIZE}&cursor=${encodeURIComponent(cursor)}` : `${path}&limit=${PAGE_SIZE}`;
}

// The baseline stays up through the HTTP scenarios, which are measured next to it (`paired`).
const bare = await startServer('bench/bare.ts');
const baseline = await run('bare Fastify hello-world', bare, ['/']);

const seededPath = join(tmpdir(), `katalog-bench-${process.pid}.db`);
const NO_LIMIT = { RATE_LIMIT_MAX: '100000000' };
let sameShape: Measured | undefined;
const extras: Record<string, number> = {};
const rssMb = (pid: number | undefined) => {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : -1;
};

// HTTP layer (issue 4): the response cache, conditional requests and compression, on the seeded data.
{
  // A database with a write key, made before the server starts (first start seeds it).
  const cold = await startServer('src/server.ts', { DATABASE_PATH: `${seededPath}.http`, ...NO_LIMIT }, '/v1');
  extras.cold_start_first_run_ms = Math.round(cold.startMs);
  await cold.stop();
  const setup = openDb(`${seededPath}.http`);
  const { key } = createKey(setup, 'bench', 'write');
  setup.$client.close();
  const server = await startServer(
    'src/server.ts',
    { DATABASE_PATH: `${seededPath}.http`, WRITE_RATE_LIMIT_MAX: '100000000', ...NO_LIMIT },
    '/v1',
  );
  extras.cold_start_existing_db_ms = Math.round(server.startMs);
  const LIST = '/v1/programs?limit=20';
  const etag = (await fetch(`${server.url}${LIST}`)).headers.get('etag') as string;
  await paired('cached GET /v1/programs?limit=20', server, [LIST]);
  await paired('cached GET /v1/programs?limit=20, as browsers ask (br)', server, [LIST], {
    'accept-encoding': 'gzip, deflate, br',
  });
  // The same bytes and headers from a bare Fastify: the speed limit for a response of this size.
  const sample = await fetch(`${server.url}${LIST}`);
  const headers = Object.fromEntries(
    [...sample.headers].filter(([k]) => !['content-length', 'date', 'connection', 'keep-alive'].includes(k)),
  );
  writeFileSync(`${seededPath}.body`, Buffer.from(await sample.arrayBuffer()));
  writeFileSync(`${seededPath}.headers`, JSON.stringify(headers));
  const same = await startServer('bench/bare.ts', {
    BODY_FILE: `${seededPath}.body`,
    HEADERS_FILE: `${seededPath}.headers`,
  });
  sameShape = await paired('bare Fastify, same bytes and headers as the cached list', same, [LIST]);
  await same.stop();
  const start = Date.UTC(2000, 0, 1);
  await run(
    'cache-busting (varying updated_since)',
    server,
    (i) => `${LIST}&updated_since=${new Date(start + i * 1000).toISOString()}`,
  );
  await paired('304 revalidation (If-None-Match)', server, [LIST], { 'if-none-match': etag }, 304);
  await paired('gzip response (cached)', server, [LIST], { 'accept-encoding': 'gzip' });
  const INCLUDES = '/v1/programs?format=group&include=organization,prices&limit=20';
  await run('list with filters and includes (cached)', server, [INCLUDES]);
  await run(
    'list with filters and includes (cache-busting)',
    server,
    (i) => `${INCLUDES}&updated_since=${new Date(start + i * 1000).toISOString()}`,
  );
  await run('item by id (cached)', server, ['/v1/programs/roots-to-thrive-group']);
  await run('search (cached)', server, ['/v1/search?q=sublingual']);
  await run('cost comparison (cached)', server, ['/v1/cost-comparison']);
  await run('export stream (prices.csv)', server, ['/v1/prices.csv']);
  await run(
    'write (POST /v1/faqs)',
    server,
    ['/v1/faqs'],
    { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    201,
    {
      method: 'POST',
      warmup: false,
      body: (i) =>
        JSON.stringify({
          id: `bench-faq-${i}`,
          question: 'Can I drive home after a group session?',
          answer: 'No. The 24-hour no-driving rule applies regardless of group or individual format.',
          position: 100,
          related: [],
          citations: [
            {
              source_id: 'group-ketamine-therapy-canada',
              excerpt: 'The 24-hour no-driving rule applies',
              section: 'Frequently asked questions',
            },
          ],
        }),
    },
  );
  extras.rss_after_load_mb = rssMb(server.proc.pid);
  await server.stop();
  await bare.stop();
  for (const suffix of ['.http', '.http-wal', '.http-shm', '.body', '.headers'])
    rmSync(`${seededPath}${suffix}`, { force: true });
}

const PAGE = '/v1/programs?format=group&sort=name';
const PAGE_SIZE = 5;
const SEARCH = '/v1/search?q=group%20therapy';
const seeded = await startServer(
  'src/server.ts',
  { DATABASE_PATH: seededPath, RESPONSE_CACHE: 'false', ...NO_LIMIT },
  '/readyz',
);
const dbServers: Array<[string, Server]> = [['seeded', seeded]];
if (!values['skip-synthetic']) {
  const big = await startServer(
    'src/server.ts',
    { DATABASE_PATH: SYNTHETIC, SEED_ON_START: 'false', RESPONSE_CACHE: 'false', ...NO_LIMIT },
    '/readyz',
  );
  dbServers.push([BIG, big]);
}
/**
 * Each query on the seeded and the 100k database, alternately, in rounds (the machine drifts; see
 * `paired`): the latency ratios are the medians of the per-round ratios.
 */
const scale: Array<{ scenario: string; latency_100k_vs_seeded: { p50: number; p99: number } | null }> = [];
const queries: Array<[string, (server: Server) => Promise<string>]> = [
  ['filtered sorted page', async () => `${PAGE}&limit=${PAGE_SIZE}`],
  ['deep page (cursor at 90%)', (server) => deepCursor(server.url, PAGE)],
  ['search', async () => SEARCH],
];
for (const [scenario, pathOf] of queries) {
  const runs = new Map<string, Measured[]>();
  const paths = new Map<string, string>();
  for (const [label, server] of dbServers) paths.set(label, await pathOf(server));
  for (let r = 0; r < rounds; r++)
    for (const [label, server] of dbServers) {
      const path = paths.get(label) as string;
      const name = `${label}: ${scenario}`;
      const opts = { headers: undefined, expect: 200, pid: server.proc.pid };
      if (r === 0) await measure(`${name} (warm-up)`, server.url, [path], { ...opts, duration: 1 });
      runs.set(label, [...(runs.get(label) ?? []), await measure(name, server.url, [path], { ...opts, duration })]);
    }
  for (const ms of runs.values()) {
    const mid = ms.find((m) => m.rps === median(ms.map((x) => x.rps))) as Measured;
    results.push(mid);
    console.log(`${mid.name}: ${mid.rps.toFixed(0)} req/s, p50 ${mid.p50} ms, p99 ${mid.p99} ms (median of ${rounds})`);
  }
  const small = runs.get('seeded') ?? [];
  const large = runs.get(BIG);
  scale.push({
    scenario,
    latency_100k_vs_seeded: large
      ? {
          p50: median(large.map((m, i) => Math.max(m.p50, 1) / Math.max(small[i]?.p50 ?? 1, 1))),
          p99: median(large.map((m, i) => Math.max(m.p99, 1) / Math.max(small[i]?.p99 ?? 1, 1))),
        }
      : null,
  });
}
for (const [, server] of dbServers) await server.stop();
rmSync(seededPath, { force: true });

const text = table(results, baseline);
const cached = results.find((r) => r.name.startsWith('cached GET'));
if (cached && sameShape) {
  console.log(
    `cached list vs bare Fastify sending the same bytes (each against its own baseline rounds): ${((cached.ratio ?? 0) / (sameShape.ratio ?? 1)).toFixed(2)}x`,
  );
}
console.log(`\n${text}\n`);
for (const s of scale)
  if (s.latency_100k_vs_seeded)
    console.log(
      `${BIG} vs seeded, ${s.scenario}: p50 ${s.latency_100k_vs_seeded.p50.toFixed(2)}x, p99 ${s.latency_100k_vs_seeded.p99.toFixed(2)}x`,
    );
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, duration, baseline, results, scale }, null, 2)}\n`,
);
for (const [k, v] of Object.entries(extras)) console.log(`${k}: ${v}`);
console.log('wrote bench/results/latest.json');
