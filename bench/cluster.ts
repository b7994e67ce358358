/**
 * `npm run bench:cluster`: the figures docs/deploying.md states for the scale-out topology, measured
 * on the cluster `npm run cluster` starts (in a temporary folder, on free ports):
 * - replication lag: a write through nginx, then the time until each read node (directly) and nginx
 *   answer it, for --writes writes one after another;
 * - swap under load: autocannon on one read node for --duration seconds while writes arrive on the
 *   primary, so that the node swaps its database several times; every non-2xx and error is counted;
 * - recovery point: --rounds times, writes acknowledged one after another for 6 s, then the primary
 *   killed (Litestream and Katalog at once, SIGKILL), its disk deleted and a new primary restored from
 *   the replica; the writes missing from it, and how long before the loss the oldest of them was
 *   acknowledged.
 * Results go to bench/results/cluster.json (git-ignored).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import { cliArgs } from '../scripts/cli-args.js';
import { type Cluster, startCluster } from '../scripts/cluster/topology.js';
import { createKey } from '../src/auth/keys.js';
import { openDb } from '../src/db/client.js';

const { values } = cliArgs(
  {
    options: {
      writes: { type: 'string', default: '15' },
      duration: { type: 'string', default: '20' },
      rounds: { type: 'string', default: '3' },
    },
  },
  'usage: npm run bench:cluster -- [--writes 15] [--duration 20] [--rounds 3]',
);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const faq = (id: string) =>
  JSON.stringify({
    id,
    question: 'Can I drive home after a group session?',
    answer: 'No. The 24-hour no-driving rule applies regardless of group or individual format.',
    position: 99,
    related: [],
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'The 24-hour no-driving rule applies regardless of group or individual format.',
        section: 'Frequently asked questions',
      },
    ],
  });
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, min: s[0] ?? NaN, median: s[Math.floor(s.length / 2)] ?? NaN, max: s.at(-1) ?? NaN };
};

let key = '';
const post = async (base: string, id: string) => {
  const res = await fetch(`${base}/v1/faqs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: faq(id),
  });
  await res.arrayBuffer();
  return res.status;
};
const ok = async (url: string) => {
  try {
    const res = await fetch(url);
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
};

async function lag(c: Cluster, n: number) {
  const byTarget: Record<string, number[]> = { 'read-1': [], 'read-2': [], nginx: [] };
  for (let i = 0; i < n; i++) {
    const id = `lag-${i}-${Date.now()}`;
    const started = performance.now();
    if ((await post(c.nginxUrl, id)) !== 201) throw new Error('write failed');
    const pending = new Set(Object.keys(byTarget));
    while (pending.size) {
      for (const t of [...pending]) {
        const base = t === 'nginx' ? c.nginxUrl : c.url(t as 'read-1');
        if (await ok(`${base}/v1/faqs/${id}`)) {
          byTarget[t]?.push(Math.round(performance.now() - started));
          pending.delete(t);
        }
      }
      if (performance.now() - started > 60_000) throw new Error(`write ${id} not replicated after 60 s`);
      await sleep(20);
    }
    await sleep(500);
  }
  return Object.fromEntries(Object.entries(byTarget).map(([t, xs]) => [t, stats(xs)]));
}

async function swapUnderLoad(c: Cluster, seconds: number) {
  const swapsBefore = swapsIn(c);
  let writing = true;
  const writer = (async () => {
    for (let i = 0; writing; i++) {
      await post(c.primaryUrl, `under-load-${i}-${Date.now()}`);
      await sleep(2000);
    }
  })();
  const result = await autocannon({
    url: c.url('read-1'),
    connections: 16,
    duration: seconds,
    requests: [
      { path: '/v1/programs?limit=5' },
      { path: '/v1/faqs?limit=100' },
      { path: '/v1/search?q=group' },
      { path: '/v1/cost-comparison' },
      { path: '/v1/changes?limit=100' },
    ],
  });
  writing = false;
  await writer;
  await sleep(3000);
  return {
    seconds,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p99_ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    swaps: swapsIn(c) - swapsBefore,
  };
}

function swapsIn(c: Cluster): number {
  return readFileSync(c.logFile('read-1'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('new data swapped in')).length;
}

async function recoveryPoint(c: Cluster, rounds: number) {
  const results = [];
  for (let r = 0; r < rounds; r++) {
    const acked: { id: string; at: number }[] = [];
    const started = Date.now();
    for (let i = 0; Date.now() - started < 6000; i++) {
      const id = `rpo-${r}-${i}`;
      if ((await post(c.primaryUrl, id)) === 201) acked.push({ id, at: Date.now() });
    }
    const lostAt = Date.now();
    await c.kill('primary', 'SIGKILL');
    rmSync(dirname(c.primaryDb), { recursive: true, force: true });
    await c.restorePrimaryIfMissing();
    await c.startPrimary();
    const missing = [];
    for (const w of acked) if (!(await ok(`${c.primaryUrl}/v1/faqs/${w.id}`))) missing.push(w);
    results.push({
      writes: acked.length,
      lost: missing.length,
      oldest_lost_ms_before_loss: missing.length ? lostAt - Math.min(...missing.map((w) => w.at)) : 0,
    });
    // The key lives in the restored database too; read nodes follow the new generation.
    await sleep(3000);
  }
  return results;
}

const dir = mkdtempSync(join(tmpdir(), 'katalog-bench-cluster-'));
const cluster = await startCluster({
  dir,
  port: 0,
  env: { RATE_LIMIT_MAX: '100000000', WRITE_RATE_LIMIT_MAX: '100000000', LOG_LEVEL: 'info' },
  say: (l) => console.log(l),
});
try {
  const db = openDb(cluster.primaryDb, { litestream: true });
  key = createKey(db, 'bench', 'write').key;
  db.$client.close();
  await sleep(3000);
  console.log('replication lag…');
  const lagMs = await lag(cluster, Number(values.writes));
  console.log(JSON.stringify(lagMs));
  console.log('swap under load…');
  const swap = await swapUnderLoad(cluster, Number(values.duration));
  console.log(JSON.stringify(swap));
  console.log('recovery point…');
  const rpo = await recoveryPoint(cluster, Number(values.rounds));
  console.log(JSON.stringify(rpo));
  mkdirSync('bench/results', { recursive: true });
  const out = { at: new Date().toISOString(), lag_ms: lagMs, swap_under_load: swap, recovery_point: rpo };
  writeFileSync('bench/results/cluster.json', `${JSON.stringify(out, null, 2)}\n`);
  console.log('wrote bench/results/cluster.json');
} finally {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
