/**
 * The scale-out topology on real engines, on loopback (scripts/cluster/topology.ts, as `npm run
 * cluster` starts it): the primary under Litestream, a file replica, two read nodes following it,
 * nginx in front. Needs nginx (.ci/run installs it from Debian) and the litestream binary (npm ci);
 * without them the test says SKIPPED. Every wait polls for its condition until a generous deadline;
 * the one bound that is a guarantee of the system (a write readable through nginx within 10 s, the
 * recovery point) is the documented one. Figures (lag, writes kept) are printed, not asserted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, findNginx, RECOVERY_POINT_MS, startCluster } from '../scripts/cluster/topology.js';
import { createKey } from '../src/auth/keys.js';
import { openDb } from '../src/db/client.js';
import { packagedLitestream } from '../src/db/litestream.js';
import { citedFaq } from './helpers.js';

const nginx = findNginx();
const litestream = packagedLitestream();
if (!nginx) console.warn('SKIPPED: the cluster test needs nginx (Debian: apt-get install nginx; .ci/run installs it).');
if (!litestream)
  console.warn('SKIPPED: the cluster test needs the litestream binary (npm ci installs it on Linux x64).');

const dir = mkdtempSync(join(tmpdir(), 'katalog-cluster-'));
let cluster: Cluster;
let key: string;
let partnerKeys: string[];

async function until<T>(what: string, check: () => Promise<T> | T, ms: number, every = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

const faq = (id: string) => citedFaq(id);

const post = (base: string, id: string) =>
  fetch(`${base}/v1/faqs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(faq(id)),
  });

const status = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers });
  await res.arrayBuffer();
  return res.status;
};

/** Reads through nginx from `workers` loops over `paths` until `stop()`; every status counted. */
function readLoad(paths: string[], workers = 4) {
  const statuses = new Map<number, number>();
  let stopped = false;
  let count = 0;
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let i = w; !stopped; i++) {
      let code: number;
      try {
        code = await status(`${cluster.nginxUrl}${paths[i % paths.length]}`);
      } catch {
        code = 0; // the connection failed: a lost request
      }
      statuses.set(code, (statuses.get(code) ?? 0) + 1);
      count++;
    }
  });
  return {
    get count() {
      return count;
    },
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      return Object.fromEntries(statuses);
    },
  };
}

const accessLog = () => readFileSync(cluster.logFile('nginx-access'), 'utf8').split('\n').filter(Boolean);

const READ_PATHS = [
  '/v1',
  '/v1/programs?limit=5',
  '/v1/programs?limit=5&sort=-duration_weeks',
  '/v1/faqs?limit=100',
  '/v1/search?q=group',
  '/v1/prices?limit=20',
  '/v1/cost-comparison',
  '/v1/organizations',
  '/v1/studies',
  '/v1/guides',
];

describe.skipIf(!nginx || !litestream)('the cluster on loopback: Litestream, read nodes, nginx', () => {
  beforeAll(async () => {
    cluster = await startCluster({
      dir,
      port: 0,
      env: { RATE_LIMIT_MAX: '1000000', WRITE_RATE_LIMIT_MAX: '1000000', LOG_LEVEL: 'info' },
    });
    // An editor's key, made in the primary's database as `npm run keys` makes it.
    const db = openDb(cluster.primaryDb, { litestream: true });
    key = createKey(db, 'editor', 'write').key;
    partnerKeys = [createKey(db, 'partner-a', 'webhooks').key, createKey(db, 'partner-b', 'webhooks').key];
    db.$client.close();
  }, 300_000);

  afterAll(async () => {
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('a write through nginx lands on the primary and is readable through nginx within 10 s', async () => {
    const started = Date.now();
    const res = await post(cluster.nginxUrl, 'cluster-first-write');
    expect(res.status).toBe(201);
    expect(await status(`${cluster.primaryUrl}/v1/faqs/cluster-first-write`)).toBe(200);
    await until(
      'the write through nginx',
      async () => (await status(`${cluster.nginxUrl}/v1/faqs/cluster-first-write`)) === 200,
      10_000,
      50,
    );
    console.log(`a write through nginx was readable through nginx after ${Date.now() - started} ms`);
  }, 180_000);

  it("webhook routes go to the primary, and a keyed answer is never stored or served from nginx's cache", async () => {
    const primary = new URL(cluster.primaryUrl).host;
    const ask = async (path: string, k: string) => {
      const id = `cluster-keyed-${Math.random().toString(36).slice(2)}`;
      const res = await fetch(`${cluster.nginxUrl}${path}`, {
        headers: { authorization: `Bearer ${k}`, 'x-request-id': id },
      });
      await res.arrayBuffer();
      return { status: res.status, cache: res.headers.get('x-cache-status'), id };
    };
    for (const k of [...partnerKeys, ...partnerKeys]) {
      const r = await ask('/v1/webhooks', k);
      expect(r.status).toBe(200);
      expect(r.cache).not.toBe('HIT');
      await until('the access log line', async () => accessLog().some((l) => l.includes(`id=${r.id}`)), 5_000, 50);
      const line = accessLog().find((l) => l.includes(`id=${r.id}`)) ?? '';
      expect(line).toContain(`upstream=${primary}`);
    }
    // A keyed read of content is answered by a node each time, never from the store.
    for (const k of [key, key]) expect((await ask('/v1/programs?limit=3', k)).cache).not.toBe('HIT');
  }, 60_000);

  it('both read nodes answer every request with identical bytes and ETags', async () => {
    for (const node of ['read-1', 'read-2'] as const)
      await until(
        `${node} to have the write`,
        async () => (await status(`${cluster.url(node)}/v1/faqs/cluster-first-write`)) === 200,
        30_000,
      );
    for (const path of [...READ_PATHS, '/v1/faqs/cluster-first-write', '/v1/changes?limit=1000', '/v1/prices.csv']) {
      const [a, b] = await Promise.all(
        (['read-1', 'read-2'] as const).map(async (node) => {
          const res = await fetch(`${cluster.url(node)}${path}`, { headers: { 'accept-encoding': 'identity' } });
          return { status: res.status, etag: res.headers.get('etag'), body: await res.text() };
        }),
      );
      expect(a?.status, path).toBe(200);
      expect(b?.body, path).toBe(a?.body);
      expect(b?.etag, path).toBe(a?.etag);
    }
  }, 180_000);

  it('nginx revalidates with the read nodes (their 304 refreshes its copy) and answers conditional requests with 304', async () => {
    const url = `${cluster.nginxUrl}/v1/programs?limit=3&sort=name`;
    const first = await fetch(url);
    await first.arrayBuffer();
    const etag = first.headers.get('etag') as string;
    // Stored answers are fresh for 1 s; the next request after that revalidates with a node.
    await until(
      'a revalidated answer',
      async () => {
        const res = await fetch(url);
        await res.arrayBuffer();
        return res.headers.get('x-cache-status') === 'REVALIDATED' && res.status === 200;
      },
      20_000,
      300,
    );
    const revalidations = accessLog().filter(
      (l) => l.includes('"GET /v1/programs?limit=3&sort=name ') && l.includes('cache=REVALIDATED'),
    );
    expect(revalidations.length).toBeGreaterThan(0);
    expect(revalidations.every((l) => l.includes('upstream_status=304'))).toBe(true);
    const conditional = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(conditional.status).toBe(304);
    expect(conditional.headers.get('etag')).toBe(etag);
  }, 180_000);

  it('a read node killed under load loses no request: nginx fails over to the other', async () => {
    const load = readLoad(READ_PATHS);
    await until('requests under way', () => load.count > 50, 30_000);
    const logBefore = accessLog().length;
    await cluster.kill('read-1', 'SIGKILL');
    const killedAt = load.count;
    // Long enough for every stored answer to expire and be revalidated by the surviving node.
    await until('requests after the kill', () => load.count > killedAt + 200, 60_000);
    await new Promise((r) => setTimeout(r, 2500));
    const statuses = await load.stop();
    console.log(`reads through nginx while read-1 was killed: ${JSON.stringify(statuses)}`);
    expect(Object.keys(statuses)).toEqual(['200']);
    // Requests did reach the nodes after the kill, and only read-2 answered them.
    const after = accessLog()
      .slice(logBefore)
      .filter((l) => /upstream_status=\d/.test(l));
    expect(after.length).toBeGreaterThan(0);
    const read2 = `127.0.0.1:${cluster.ports['read-2']}`;
    expect(
      after.every(
        (l) =>
          l
            .match(/upstream=(\S+(, \S+)*) upstream_status/)?.[1]
            ?.split(', ')
            .at(-1) === read2,
      ),
    ).toBe(true);
    // It comes back, restored from the replica, and nginx uses it again.
    await cluster.startReadNode('read-1');
  }, 180_000);

  it('killing the primary leaves reads serving; rebuilt from the replica after its disk is lost, it has every write older than the recovery point', async () => {
    // Writes one after another through nginx for a while, each with the time it was acknowledged.
    const acked: { id: string; at: number }[] = [];
    const writing = Date.now();
    for (let i = 0; Date.now() - writing < RECOVERY_POINT_MS + 3000; i++) {
      const id = `before-the-loss-${i}`;
      const res = await post(cluster.nginxUrl, id);
      expect(res.status).toBe(201);
      acked.push({ id, at: Date.now() });
    }
    // The machine dies: Litestream and Katalog at once, no last sync.
    const killedAt = Date.now();
    await cluster.kill('primary', 'SIGKILL');

    // Reads are served by the read nodes; writes get a 503 problem.
    const load = readLoad([...READ_PATHS, '/v1/changes?limit=10']);
    await until('reads while the primary is down', () => load.count > 100, 60_000);
    const write = await post(cluster.nginxUrl, 'while-the-primary-is-down');
    expect(write.status).toBe(503);
    expect(write.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await write.json()).detail).toMatch(/primary is unavailable/);
    const statuses = await load.stop();
    console.log(`reads through nginx while the primary was down: ${JSON.stringify(statuses)}`);
    expect(Object.keys(statuses)).toEqual(['200']);

    // Its disk is lost; a new primary starts from the replica.
    rmSync(dirname(cluster.primaryDb), { recursive: true, force: true });
    expect(await cluster.restorePrimaryIfMissing()).toBe(true);
    await cluster.startPrimary();
    const kept = await Promise.all(
      acked.map(async (w) => ({ ...w, kept: (await status(`${cluster.primaryUrl}/v1/faqs/${w.id}`)) === 200 })),
    );
    const old = kept.filter((w) => w.at <= killedAt - RECOVERY_POINT_MS);
    const lost = kept.filter((w) => !w.kept);
    console.log(
      `recovery point: ${kept.length} writes acknowledged in the ${(RECOVERY_POINT_MS + 3000) / 1000} s before the loss, ${lost.length} lost` +
        (lost.length ? ` (acknowledged ${killedAt - Math.min(...lost.map((w) => w.at))} ms or less before it)` : ''),
    );
    expect(old.length).toBeGreaterThan(0);
    expect(old.filter((w) => !w.kept).map((w) => w.id)).toEqual([]);

    // The rebuilt primary takes writes again, and the read nodes follow its new generation.
    const after = await post(cluster.nginxUrl, 'after-the-rebuild');
    expect(after.status).toBe(201);
    await until(
      'the read nodes to follow the rebuilt primary',
      async () => (await status(`${cluster.nginxUrl}/v1/faqs/after-the-rebuild`)) === 200,
      30_000,
    );
  }, 180_000);

  it('stops everything it started: no process is left behind', async () => {
    await cluster.stop();
    const alive = cluster.groups.filter((group) => {
      try {
        process.kill(-group, 0);
        return true;
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([]);
    await expect(fetch(`${cluster.nginxUrl}/v1`)).rejects.toThrow();
  }, 60_000);
});
