/**
 * `npm run bench -- --peers`: Katalog side by side with two peers serving the same rows, in one run
 * on this machine, in alternating rounds (issue 13):
 *
 * - Platformatic DB (a generic SQL-to-REST server) on a copy of the programs table;
 * - json-server (a toy JSON server) on the JSON list of the same programs, as Katalog serves them;
 * - a bare Fastify hello-world, and a bare Fastify sending the cached list's exact bytes and headers.
 *
 * The peers are installed from the npm registry into a folder outside the repository
 * (KATALOG_PEERS_DIR, default /tmp/katalog-peers), never as dependencies of the project. Every server
 * listens on a free port. Where the machine allows, the servers run on core 0 and the load generator
 * (autocannon, in this process) on the others (`taskset`). Each scenario runs every side once per
 * round, in an order that alternates between rounds; a ratio is the median of the per-round ratios.
 * Prints req/s, p50/p99, bytes per response and CPU per request of each side, then the ratios
 * against the issue's targets, and writes bench/results/peers.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { seedData } from '../seed/data/index.js';
import { loadSeed } from '../seed/load.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { type Measured, measure, pinCores, type Server, startServer } from './harness.js';

/** Versions that run on Node 20 (Platformatic 3 needs Node 22; json-server 1.x is a different server). */
export const PEERS = { platformatic: '@platformatic/db@2.61.0', jsonServer: 'json-server@0.17.4' };

export interface PeerOptions {
  duration: number;
  rounds: number;
  connections: number;
  /** A database to serve instead of a freshly seeded one (copied first; never written). */
  db?: string;
  /**
   * A checkout of an earlier Katalog (e.g. `git archive <commit>` with node_modules): served too,
   * on the same database, as one more side of the uncached scenarios, for before/after in one run.
   */
  before?: string;
}

const PEER_DIR = process.env.KATALOG_PEERS_DIR ?? join(tmpdir(), 'katalog-peers');

/** Installs the peers into PEER_DIR unless they are there already (a package.json of its own stops npm walking up). */
function installPeers(): void {
  const have = (p: string) => existsSync(join(PEER_DIR, 'node_modules', p, 'package.json'));
  if (have('@platformatic/db') && have('json-server')) return;
  mkdirSync(PEER_DIR, { recursive: true });
  const pkg = join(PEER_DIR, 'package.json');
  if (!existsSync(pkg)) writeFileSync(pkg, '{"private":true,"description":"Katalog bench peers"}\n');
  console.log(`installing ${PEERS.platformatic} and ${PEERS.jsonServer} into ${PEER_DIR} (once, about 2–3 min)…`);
  execFileSync(
    'npm',
    ['install', '--prefix', PEER_DIR, '--no-audit', '--no-fund', PEERS.platformatic, PEERS.jsonServer],
    { stdio: 'inherit' },
  );
}

/** Starts Platformatic DB on a SQLite file (REST only), from PEER_DIR's node_modules. */
const PLATFORMATIC_START = `const { buildServer } = require('@platformatic/db');
(async () => {
  const app = await buildServer({
    server: { hostname: '127.0.0.1', port: Number(process.env.PORT), logger: { level: 'warn' } },
    db: { connectionString: 'sqlite://' + process.env.PEER_DB, graphql: false, openapi: true, events: false },
  });
  await app.start();
  for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => app.close().then(() => process.exit(0)));
})().catch((err) => { console.error(err); process.exit(1); });
`;

/**
 * The programs table for Platformatic: the same columns, rows and indexes as Katalog's, with the
 * primary key declared `varchar` (Platformatic refuses a `text` primary key) and without the
 * foreign key (the organizations are not served). Only live rows.
 */
function platformaticCopy(source: string, target: string): number {
  rmSync(target, { force: true });
  const src = new Database(source, { readonly: true });
  const ddl = (
    src.prepare("select sql from sqlite_master where type = 'table' and name = 'programs'").get() as {
      sql: string;
    }
  ).sql;
  const indexes = (
    src
      .prepare("select sql from sqlite_master where type = 'index' and tbl_name = 'programs' and sql is not null")
      .all() as {
      sql: string;
    }[]
  ).map((r) => r.sql);
  src.close();
  const table = ddl.replace(/`id` text PRIMARY KEY/, '`id` varchar PRIMARY KEY').replace(/,\s*FOREIGN KEY[^\n]*/g, '');
  const db = new Database(target);
  db.exec(table);
  for (const i of indexes) db.exec(i);
  db.prepare('attach database ? as src').run(source);
  db.exec('insert into main.programs select * from src.programs where deleted_at is null');
  db.exec('detach database src');
  const { n } = db.prepare('select count(*) as n from programs').get() as { n: number };
  db.close();
  return n;
}

/** Every program as Katalog's API returns it (walked page by page), for json-server. */
async function katalogPrograms(base: string): Promise<unknown[]> {
  const all: unknown[] = [];
  let path: string | null = '/v1/programs?limit=100';
  while (path) {
    const page = (await (await fetch(`${base}${path}`, { headers: IDENTITY })).json()) as {
      data: unknown[];
      links: { next: string | null };
      meta: { next_cursor: string | null };
    };
    all.push(...page.data);
    path = page.meta.next_cursor ? `/v1/programs?limit=100&cursor=${encodeURIComponent(page.meta.next_cursor)}` : null;
  }
  return all;
}

interface Side {
  label: string;
  server: Server;
  path: string;
  headers?: Record<string, string>;
  expect?: number;
}

interface Scenario {
  name: string;
  /** The first side is Katalog; the ratios are Katalog over each other side. */
  sides: Side[];
  /** Target ratios, Katalog over the side of that label. */
  targets: Record<string, number>;
}

const IDENTITY = { 'accept-encoding': 'identity' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function runPeers(opts: PeerOptions): Promise<void> {
  const { duration, rounds, connections } = opts;
  // Expected run time first: 10 sides measured `rounds` times, a 1 s warm-up each, start-up and data.
  const installed = existsSync(join(PEER_DIR, 'node_modules', '@platformatic', 'db'));
  const sides = 3 + 2 + 2 + 2 + (opts.before ? 2 : 0);
  const total = sides * (1 + rounds * duration) + 25 + (installed ? 0 : 180);
  console.log(
    `expected run time: about ${Math.ceil(total / 60)} min (${total} s: ${sides} sides × ${rounds} rounds × ${duration} s, warm-ups, start-up${installed ? '' : ', installing the peers'})`,
  );
  console.log(pinCores());
  installPeers();

  const work = join(tmpdir(), `katalog-peers-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const katalogDb = join(work, 'katalog.db');
  if (opts.db) {
    const src = new Database(opts.db, { readonly: true });
    await src.backup(katalogDb);
    src.close();
  } else {
    const db = openDb(katalogDb);
    migrateDb(db);
    loadSeed(db, seedData);
    db.$client.close();
  }
  const pltDb = join(work, 'platformatic.db');
  const rows = platformaticCopy(katalogDb, pltDb);
  console.log(`${rows} programs on every side${opts.db ? ` (from ${opts.db})` : ' (the seeded database)'}`);

  const production = { NODE_ENV: 'production', RATE_LIMIT_MAX: '100000000', SEED_ON_START: 'false' };
  const uncached = await startServer(
    'src/server.ts',
    { DATABASE_PATH: katalogDb, RESPONSE_CACHE: 'false', ...production },
    '/readyz',
  );
  const cached = await startServer('src/server.ts', { DATABASE_PATH: katalogDb, ...production }, '/readyz');
  const before = opts.before
    ? await startServer(
        'katalog before',
        { DATABASE_PATH: katalogDb, RESPONSE_CACHE: 'false', ...production },
        '/readyz',
        [process.execPath, '--import', 'tsx', join(opts.before, 'src', 'server.ts')],
      )
    : undefined;

  const programs = await katalogPrograms(uncached.url);
  const jsonFile = join(work, 'json-server.json');
  writeFileSync(jsonFile, JSON.stringify({ programs }));
  const jsonServer = await startServer('json-server', {}, '/programs?_limit=1', [
    process.execPath,
    join(PEER_DIR, 'node_modules', 'json-server', 'lib', 'cli', 'bin.js'),
    '--host',
    '127.0.0.1',
    '--port',
    '{port}',
    '--quiet',
    jsonFile,
  ]);
  const pltStart = join(PEER_DIR, 'platformatic-start.cjs');
  writeFileSync(pltStart, PLATFORMATIC_START);
  const platformatic = await startServer('platformatic', { PEER_DB: pltDb }, '/programs?limit=1', [
    process.execPath,
    pltStart,
  ]);
  const hello = await startServer('bench/bare.ts');

  const LIST = '/v1/programs?limit=20';
  const GROUP = '/v1/programs?format=group&sort=name&limit=20';
  // The cached list's exact bytes and headers, for a bare Fastify to send.
  // Uncompressed, as autocannon asks (fetch would ask for br and decode it).
  const sample = await fetch(`${cached.url}${LIST}`, { headers: IDENTITY });
  const etag = sample.headers.get('etag') as string;
  const headers = Object.fromEntries(
    [...sample.headers].filter(([k]) => !['content-length', 'date', 'connection', 'keep-alive'].includes(k)),
  );
  writeFileSync(join(work, 'body'), Buffer.from(await sample.arrayBuffer()));
  writeFileSync(join(work, 'headers'), JSON.stringify(headers));
  const sameBytes = await startServer('bench/bare.ts', {
    BODY_FILE: join(work, 'body'),
    HEADERS_FILE: join(work, 'headers'),
  });

  const scenarios: Scenario[] = [
    {
      name: 'uncached list, 20 programs',
      sides: [
        { label: `Katalog GET ${LIST} (cache off)`, server: uncached, path: LIST },
        { label: 'Platformatic DB GET /programs?limit=20', server: platformatic, path: '/programs?limit=20' },
        { label: 'json-server GET /programs?_limit=20', server: jsonServer, path: '/programs?_limit=20' },
      ],
      targets: { 'Platformatic DB': 2, 'json-server': 3 },
    },
    {
      name: 'filtered and sorted page',
      sides: [
        { label: `Katalog GET ${GROUP} (cache off)`, server: uncached, path: GROUP },
        {
          label: 'Platformatic DB, the same filter and order',
          server: platformatic,
          path: '/programs?where.format.eq=group&orderby.name=asc&limit=20',
        },
        {
          label: 'json-server, the same filter and order',
          server: jsonServer,
          path: '/programs?format=group&_sort=name&_limit=20',
        },
      ],
      targets: { 'Platformatic DB': 2 },
    },
    {
      name: 'cached list',
      sides: [
        { label: `Katalog GET ${LIST} (cached)`, server: cached, path: LIST },
        { label: 'bare Fastify sending the same bytes and headers', server: sameBytes, path: LIST },
      ],
      targets: { 'bare Fastify': 0.9 },
    },
    {
      name: '304 revalidation',
      sides: [
        {
          label: `Katalog GET ${LIST}, If-None-Match (304)`,
          server: cached,
          path: LIST,
          headers: { 'if-none-match': etag },
          expect: 304,
        },
        { label: 'bare Fastify hello-world', server: hello, path: '/' },
      ],
      targets: { 'bare Fastify': 0.9 },
    },
  ];

  if (before) {
    (scenarios[0] as Scenario).sides.push({
      label: `Katalog before (${opts.before}), the same request`,
      server: before,
      path: LIST,
    });
    (scenarios[1] as Scenario).sides.push({
      label: `Katalog before (${opts.before}), the same request`,
      server: before,
      path: GROUP,
    });
  }

  // Every answer checked once before measuring: a peer that errors would bench its error page.
  for (const s of scenarios)
    for (const side of s.sides) {
      const res = await fetch(`${side.server.url}${side.path}`, { headers: { ...IDENTITY, ...side.headers } });
      await res.arrayBuffer();
      if (res.status !== (side.expect ?? 200)) throw new Error(`${side.label}: HTTP ${res.status}`);
    }

  const report: Array<{ scenario: string; sides: Measured[]; ratios: Record<string, number[]> }> = [];
  for (const s of scenarios) {
    const runs = s.sides.map(() => [] as Measured[]);
    for (const side of s.sides)
      await measure(`${side.label} (warm-up)`, side.server.url, [side.path], {
        duration: 1,
        connections,
        headers: side.headers,
        expect: side.expect,
      });
    for (let r = 0; r < rounds; r++) {
      // Alternate the order: A B C, C B A, …
      const order = s.sides.map((_, i) => i);
      if (r % 2) order.reverse();
      for (const i of order) {
        const side = s.sides[i] as Side;
        const m = await measure(side.label, side.server.url, [side.path], {
          duration,
          connections,
          headers: side.headers,
          expect: side.expect,
          pid: side.server.proc.pid,
        });
        runs[i]?.push(m);
      }
    }
    const mids = runs.map((ms) => ms.find((m) => m.rps === median(ms.map((x) => x.rps))) as Measured);
    const ratios: Record<string, number[]> = {};
    for (const [i, side] of s.sides.entries())
      if (i > 0)
        ratios[side.label] = (runs[0] as Measured[]).map((k, r) => k.rps / ((runs[i] as Measured[])[r]?.rps ?? 1));
    report.push({ scenario: s.name, sides: mids, ratios });
  }

  for (const srv of [uncached, cached, jsonServer, platformatic, hello, sameBytes, before]) await srv?.stop();
  rmSync(work, { recursive: true, force: true });

  const fmt = (x: number | undefined, d = 0) => (x === undefined ? '' : x.toFixed(d));
  const lines = [
    `| side | req/s (median of ${rounds}) | p50 ms | p99 ms | bytes/resp | server µs/req | load generator µs/req | errors/unexpected |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of report) {
    lines.push(`| **${r.scenario}** | | | | | | | |`);
    for (const m of r.sides)
      lines.push(
        `| ${m.name} | ${fmt(m.rps)} | ${m.p50} | ${m.p99} | ${fmt(m.bytes)} | ${fmt(m.serverUs, 1)} | ${fmt(m.clientUs, 1)} | ${m.errors + m.non2xx} |`,
      );
  }
  console.log(`\n${lines.join('\n')}\n`);
  const verdicts: Array<{ scenario: string; versus: string; ratio: number; rounds: number[]; target: number }> = [];
  for (const [i, r] of report.entries()) {
    const s = scenarios[i] as Scenario;
    for (const [label, ratios] of Object.entries(r.ratios)) {
      const key = Object.keys(s.targets).find((t) => label.startsWith(t));
      const ratio = median(ratios);
      const target = key ? (s.targets[key] as number) : Number.NaN;
      if (key) verdicts.push({ scenario: s.name, versus: label, ratio, rounds: ratios, target });
      console.log(
        `${s.name}: Katalog / ${label} = ${ratio.toFixed(2)}x (rounds ${ratios.map((x) => x.toFixed(2)).join(', ')})${key ? `; target ≥ ${target}x: ${ratio >= target ? 'met' : 'NOT met'}` : ''}`,
      );
    }
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/peers.json',
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, duration, rounds, connections, rows, peers: PEERS, report, verdicts }, null, 2)}\n`,
  );
  console.log('wrote bench/results/peers.json');
}
