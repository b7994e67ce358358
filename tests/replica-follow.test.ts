/**
 * A read node following the primary's Litestream replica, on real engines: the primary's database
 * is replicated by `litestream replicate -config deploy/litestream.yml` (a child process, file
 * replica in a temporary folder), and a read node (buildApp on a ReplicaFollower, as server.ts
 * starts it with READ_ONLY=true and REPLICA_URL) restores it and follows it. Every wait polls for
 * its condition until a generous deadline: no test depends on how fast the machine is.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../seed/load.js';
import { buildApp } from '../src/app.js';
import { createKey } from '../src/auth/keys.js';
import { loadConfig, testConfig } from '../src/config.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { ReplicaFollower } from '../src/db/follower.js';
import { DbHolder } from '../src/db/holder.js';
import { litestreamBinary, packagedLitestream } from '../src/db/litestream.js';
import { citedFaq, freshDb, startApp, type TestApp } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-follow-'));
const primaryPath = join(dir, 'primary', 'katalog.db');
const replicaDir = join(dir, 'replica');
const replicaUrl = `file://${replicaDir}`;
const readPath = join(dir, 'read', 'katalog.db');
const LITESTREAM = packagedLitestream();
if (!LITESTREAM)
  console.warn('SKIPPED: the replica tests need the litestream binary (npm ci installs it on Linux x64).');

/** Polls `check` until it returns something truthy, or fails after `ms`. */
async function until<T>(what: string, check: () => Promise<T> | T, ms = 30_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let litestream: ChildProcess;
let primary: TestApp;
let follower: ReplicaFollower;
let node: { url: string; close: () => Promise<void> };
let key: string;
const logs: string[] = [];

const faq = (id: string, answer?: string) => citedFaq(id, { answer });

async function write(id: string): Promise<void> {
  const res = await primary.http.post('/v1/faqs').set('authorization', `Bearer ${key}`).send(faq(id));
  expect(res.status).toBe(201);
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${node.url}${path}`, { headers });

describe.skipIf(!LITESTREAM)('a read node following the Litestream replica', () => {
  beforeAll(async () => {
    // The primary: migrated, seeded, checkpoints left to Litestream, replicated by it.
    const db = openDb(primaryPath, { litestream: true });
    migrateDb(db);
    loadSeed(db);
    key = createKey(db, 'editor', 'write').key;
    primary = await startApp({}, db);
    litestream = spawn(litestreamBinary(), ['replicate', '-config', resolve('deploy/litestream.yml')], {
      env: { ...process.env, DATABASE_PATH: primaryPath, REPLICA_URL: replicaUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    litestream.stdout?.on('data', (d) => logs.push(String(d)));
    litestream.stderr?.on('data', (d) => logs.push(String(d)));

    const config = testConfig({ READ_ONLY: 'true', REPLICA_URL: replicaUrl, DATABASE_PATH: readPath });
    follower = await ReplicaFollower.start({
      url: replicaUrl,
      path: readPath,
      pollMs: 200,
      maxAgeMs: 60_000,
      litestream: litestreamBinary(),
      log: { info: () => {}, warn: (obj, msg) => logs.push(`${msg} ${JSON.stringify(obj)}`) },
    });
    const app = await buildApp({ config, db: follower.holder, replica: follower });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    node = {
      url: `http://127.0.0.1:${port}`,
      close: async () => {
        await follower.stop();
        await app.close();
        follower.holder.close();
      },
    };
  }, 120_000);

  afterAll(async () => {
    await node?.close();
    await primary?.close();
    if (litestream?.exitCode === null) {
      litestream.kill('SIGTERM');
      await new Promise((r) => litestream.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores the primary at start: same bytes and ETags as the primary, writes refused', async () => {
    for (const path of ['/v1/programs?limit=5', '/v1/faqs', '/v1/changes?limit=1000', '/v1/search?q=group']) {
      const a = await primary.http.get(path).set('accept-encoding', 'identity').expect(200);
      const b = await get(path, { 'accept-encoding': 'identity' });
      expect(b.status).toBe(200);
      expect(await b.text()).toBe(a.text);
      expect(b.headers.get('etag')).toBe(a.headers.etag);
    }
    const res = await fetch(`${node.url}/v1/faqs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(faq('refused-on-a-read-node')),
    });
    expect(res.status).toBe(405);
  });

  it('follows a write without a restart: new data, a new ETag, and the primary change feed', async () => {
    const before = await get('/v1/faqs?limit=100');
    const tag = before.headers.get('etag');
    const swaps = follower.counts.swaps;
    await write('followed-write');
    await until('the write on the read node', async () => (await get('/v1/faqs/followed-write')).status === 200);
    expect(follower.counts.swaps).toBeGreaterThan(swaps);
    expect((await get('/v1/faqs?limit=100')).headers.get('etag')).not.toBe(tag);
    // The change feed is the primary's, event for event.
    const feed = await primary.http.get('/v1/changes?limit=1000').set('accept-encoding', 'identity');
    expect(await (await get('/v1/changes?limit=1000', { 'accept-encoding': 'identity' })).text()).toBe(feed.text);
    const ready = await (await get('/readyz')).json();
    expect(ready.status).toBe('ok');
    expect(ready.replica.age_seconds).toBeLessThanOrEqual(60);
    expect(ready.replica.changed_at).not.toBeNull();
  });

  it('keeps the data version, ETags and cached answers when the replica moves but the data does not', async () => {
    const path = '/v1/programs?limit=3';
    const first = await get(path);
    const version = follower.holder.version();
    const { restores, swaps } = follower.counts;
    // An API key is not content: the replica moves (a new WAL segment), the data served does not.
    createKey(primary.db, `not-content-${Date.now()}`, 'read');
    await until('a restore of the moved replica', () => follower.counts.restores > restores);
    // Polls run one after another: once the next one starts, the one that restored has decided.
    const polls = follower.counts.polls;
    await until('the poll that restored to finish', () => follower.counts.polls > polls);
    expect(follower.counts.swaps).toBe(swaps);
    expect(follower.holder.version()).toBe(version);
    const again = await get(path, { 'if-none-match': first.headers.get('etag') as string });
    expect(again.status).toBe(304);
  });

  it('swaps under load: every request answered 200, exports finish on the old database, old handles closed', async () => {
    const paths = [
      '/v1',
      '/v1/programs?limit=5&sort=-duration_weeks',
      '/v1/programs/roots-to-thrive-group?include=organization,prices',
      '/v1/faqs?limit=100',
      '/v1/search?q=sublingual',
      '/v1/cost-comparison',
      '/v1/changes?limit=100',
      '/readyz',
    ];
    const statuses = new Map<number, number>();
    const startSwaps = follower.counts.swaps;
    let stop = false;
    let requests = 0;
    let exports = 0;
    const worker = async (w: number) => {
      for (let i = w; !stop; i++) {
        const path = paths[i % paths.length] as string;
        // An export streams page by page; one started before a swap must come out whole.
        const exporting = i % 10 === 0;
        const res = await get(exporting ? '/v1/prices.csv' : path);
        const body = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        requests++;
        if (exporting && res.status === 200) {
          exports++;
          expect(body.split('\r\n').filter(Boolean).length).toBeGreaterThan(10);
        }
      }
    };
    const workers = Array.from({ length: 6 }, (_, w) => worker(w));
    try {
      for (let n = 0; n < 4; n++) {
        const target = follower.counts.swaps + 1;
        await write(`under-load-${n}`);
        await until(`swap ${n + 1}`, () => follower.counts.swaps >= target);
      }
    } finally {
      stop = true;
      await Promise.all(workers);
    }
    console.log(
      `swap under load: ${requests} requests (${exports} CSV exports) during ${follower.counts.swaps - startSwaps} swaps: ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect([...statuses.keys()]).toEqual([200]);
    expect(follower.counts.swaps - startSwaps).toBeGreaterThanOrEqual(4);
    // Every request finished, so every retired database is closed.
    await until('retired databases to close', () => follower.holder.open === 1);
  });

  it('/readyz fails once the replica cannot be confirmed for longer than the bound, and recovers', async () => {
    // A second read node with a short bound, so that the wait stays short.
    const short = await ReplicaFollower.start({
      url: replicaUrl,
      path: join(dir, 'read-short', 'katalog.db'),
      pollMs: 200,
      maxAgeMs: 5000,
      litestream: litestreamBinary(),
      log: { info: () => {}, warn: () => {} },
    });
    const withReplica = await buildApp({
      config: testConfig({ READ_ONLY: 'true' }),
      db: short.holder,
      replica: short,
    });
    try {
      await until('readiness', async () => (await withReplica.inject('/readyz')).statusCode === 200);
      const moved = `${replicaDir}-away`;
      renameSync(replicaDir, moved);
      try {
        const failing = await until('readiness to fail', async () => {
          const res = await withReplica.inject('/readyz');
          return res.statusCode === 503 ? res : undefined;
        });
        expect(failing.headers['content-type']).toMatch(/problem\+json/);
        expect(failing.json().detail).toMatch(/replica: the node last confirmed .* more than REPLICA_MAX_AGE \(5 s\)/);
        // Reads keep being served from the data restored before.
        expect((await withReplica.inject('/v1/faqs/followed-write')).statusCode).toBe(200);
      } finally {
        renameSync(moved, replicaDir);
      }
      await until('readiness to recover', async () => (await withReplica.inject('/readyz')).statusCode === 200);
    } finally {
      await short.stop();
      await withReplica.close();
      short.holder.close();
    }
  });
});

describe('the database holder a read node swaps databases in', () => {
  it('a request keeps the database it arrived on until its response closes; the old one is closed then', async () => {
    const a = freshDb();
    const b = freshDb();
    const holder = new DbHolder(a, { swappable: true });
    const res = new EventEmitter() as unknown as import('node:http').ServerResponse;
    const seen: unknown[] = [];
    let resume = () => {};
    const gate = new Promise<void>((r) => {
      resume = r;
    });
    const handled = new Promise<void>((finish) =>
      holder.serve(res, () => {
        void (async () => {
          seen.push(holder.db, holder.version());
          await gate;
          seen.push(holder.db, holder.version());
          finish();
        })();
      }),
    );
    holder.swap(b);
    // New requests (and anything outside a request) get the new database and a new data version.
    expect(holder.db).toBe(b);
    expect(holder.version()).toBe(2);
    expect(holder.open).toBe(2);
    resume();
    await handled;
    // The request under way saw the database and version it started with, before and after the swap.
    expect(seen).toEqual([a, 1, a, 1]);
    expect(a.$client.open).toBe(true);
    res.emit('close');
    expect(a.$client.open).toBe(false);
    expect(holder.open).toBe(1);
    holder.close();
    expect(b.$client.open).toBe(false);
  });

  it('a holder that never swaps runs requests directly and refuses a swap', () => {
    const db = freshDb();
    const holder = new DbHolder(db);
    let ran = false;
    holder.serve(new EventEmitter() as never, () => {
      ran = true;
    });
    expect(ran).toBe(true);
    const other = freshDb();
    expect(() => holder.swap(other)).toThrow(/not made swappable/);
    other.$client.close();
    holder.close();
  });
});

describe('read node configuration', () => {
  const base = { DATABASE_PATH: join(dir, 'cfg', 'katalog.db'), READ_ONLY: 'true', LOG_LEVEL: 'silent' };
  const problem = (env: Record<string, string>) => {
    try {
      loadConfig({ ...base, ...env });
      return '';
    } catch (err) {
      return (err as Error).message;
    }
  };

  it.skipIf(!LITESTREAM)('accepts a file or S3 replica, and a DATABASE_PATH that does not exist yet', () => {
    expect(problem({ REPLICA_URL: 'file:///srv/katalog/replica' })).toBe('');
    expect(problem({ REPLICA_URL: 's3://bucket/katalog', REPLICA_POLL_INTERVAL: '1 second' })).toBe('');
  });

  it.each([
    ['file://replica', /REPLICA_URL="file:\/\/replica": a file:\/\/ URL needs an absolute path/],
    ['http://example.org/replica', /REPLICA_URL=.*the scheme must be one of file:\/\/, s3:\/\//],
    ['s3://', /REPLICA_URL=.*(needs a bucket|expected a URL)/],
    ['s3://AKIA:secret@bucket/path', /REPLICA_URL=.*must not hold credentials/],
    ['/srv/replica', /REPLICA_URL=.*expected a URL/],
  ])('refuses REPLICA_URL=%s with a clear message', (url, message) => {
    expect(problem({ REPLICA_URL: url })).toMatch(message);
  });

  it('needs REPLICA_MAX_AGE longer than REPLICA_POLL_INTERVAL, and a litestream binary that exists', () => {
    expect(
      problem({ REPLICA_URL: replicaUrl, REPLICA_POLL_INTERVAL: '10 seconds', REPLICA_MAX_AGE: '5 seconds' }),
    ).toMatch(/REPLICA_MAX_AGE="5 seconds": must be longer than REPLICA_POLL_INTERVAL/);
    expect(problem({ REPLICA_URL: replicaUrl, LITESTREAM_PATH: join(dir, 'no-such-litestream') })).toMatch(
      /LITESTREAM_PATH=.*no-such-litestream does not exist/,
    );
    // Without REPLICA_URL a read-only node still serves an existing snapshot only.
    expect(problem({})).toMatch(/DATABASE_PATH=.*does not exist \(READ_ONLY serves an existing snapshot/);
  });
});
