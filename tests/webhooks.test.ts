/**
 * Webhooks (src/webhooks/, src/routes/webhooks.ts): signed delivery of the change feed to local
 * receivers that fail, time out and recover. The worker is driven by the test (`drain()`) on an
 * injected clock and jitter, so nothing waits on real backoff times; the only real timer is the
 * request timeout of the "times out" case (300 ms), whose outcome does not depend on speed.
 * Signatures are verified with the Standard Webhooks reference library (`standardwebhooks`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { migrateDb, openDb, snapshotDb } from '../src/db/client.js';
import type { Resolver } from '../src/webhooks/address.js';
import { nonPublic } from '../src/webhooks/address.js';
import { freshDb, startApp, type TestApp } from './helpers.js';

type Answer = number | 'hang';
interface Received {
  id: string;
  /** The request target the receiver was sent (path and query). */
  path: string;
  timestamp: string;
  signature: string;
  headers: IncomingHttpHeaders;
  body: string;
  answer: Answer;
}

/** A local webhook receiver whose answer to the n-th request (0-based) is `plan(n)`. */
async function receiver(plan: (n: number, id: string) => Answer) {
  const log: Received[] = [];
  const hanging: ServerResponse[] = [];
  const arrived: Array<() => void> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      const answer = plan(log.length, String(req.headers['webhook-id']));
      log.push({
        id: String(req.headers['webhook-id']),
        path: String(req.url),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
        headers: req.headers,
        body,
        answer,
      });
      for (const f of arrived.splice(0)) f();
      if (answer === 'hang') hanging.push(res);
      else if (answer >= 300 && answer < 400) res.writeHead(answer, { location: 'http://127.0.0.1:9/elsewhere' }).end();
      else res.writeHead(answer, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    log,
    hanging,
    /** Messages answered 2xx, in the order they were answered. */
    acked: () => log.filter((r) => typeof r.answer === 'number' && r.answer < 300),
    /** Resolves when the next request has arrived. */
    next: () => new Promise<void>((r) => arrived.push(r)),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
type Receiver = Awaited<ReturnType<typeof receiver>>;

/** The test's clock: starts at the real time and moves only when told. */
function clock() {
  let t = Date.now();
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const LOCAL = {
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
  WEBHOOK_TIMEOUT: '300',
  WEBHOOK_RETRY_BASE: '100',
  WEBHOOK_RETRY_MAX: '1000',
} as const;

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function setup(
  overrides: Record<string, string> = {},
  options: { resolve?: Resolver; db?: ReturnType<typeof freshDb> } = {},
) {
  const c = clock();
  const t = await startApp({ ...LOCAL, ...overrides } as never, options.db ?? freshDb(), undefined, {
    now: c.now,
    random: () => 0.5,
    autoStart: false,
    resolve: options.resolve,
  });
  cleanup.push(() => t.close());
  const writer = createKey(t.db, 'editor', 'write').key;
  const partner = createKey(t.db, 'partner', 'webhooks').key;
  return { t, c, writer, partner };
}

const auth = (key: string) => ({ authorization: `Bearer ${key}` });

async function register(t: TestApp, key: string, body: Record<string, unknown>) {
  const res = await t.http.post('/v1/webhooks').set(auth(key)).send(body);
  expect(res.status, res.text).toBe(201);
  return res.body.data as { id: string; secret: string; cursor: string };
}

/** Writes that give several events per record: updates, a delete and a restore. */
async function edits(t: TestApp, key: string) {
  const ids = ((await t.http.get('/v1/faqs?limit=3').expect(200)).body.data as { id: string }[]).map((f) => f.id);
  for (const [i, id] of ids.entries()) {
    for (const n of [1, 2]) {
      await t.http
        .patch(`/v1/faqs/${id}`)
        .set({ ...auth(key), 'if-match': '*', 'content-type': 'application/merge-patch+json' })
        .send({ question: `Edited question ${i}.${n}?` })
        .expect(200);
    }
  }
  const last = ids[2] as string;
  await t.http
    .delete(`/v1/faqs/${last}`)
    .set({ ...auth(key), 'if-match': '*' })
    .expect(204);
  await t.http.post(`/v1/faqs/${last}/restore`).set(auth(key)).expect(200);
  return ids;
}

/** Drives the worker: drain what is due, move the clock past any backoff, until `done` or a bound. */
async function deliverUntil(t: TestApp, c: ReturnType<typeof clock>, done: () => boolean, rounds = 60) {
  for (let i = 0; i < rounds && !done(); i++) {
    await t.app.webhooks.drain();
    if (done()) break;
    c.advance(1000);
  }
  await t.app.webhooks.drain();
}

/** The change feed after a cursor, as GET /v1/changes gives it. */
async function feedAfter(t: TestApp, since: string) {
  return (await t.http.get(`/v1/changes?since=${since}&limit=1000`).expect(200)).body.data as Array<{
    seq: number;
    collection: string;
    id: string;
    action: string;
  }>;
}

/** Every request the receiver got carries a valid signature (reference library) for its body. */
function expectSigned(r: Receiver, secret: string) {
  const wh = new Webhook(secret);
  for (const m of r.log) {
    expect(m.signature).toMatch(/^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$/);
    expect(() =>
      wh.verify(m.body, {
        'webhook-id': m.id,
        'webhook-timestamp': m.timestamp,
        'webhook-signature': m.signature,
      }),
    ).not.toThrow();
  }
  // And a tampered body does not verify.
  const first = r.log[0] as Received;
  expect(() =>
    wh.verify(`${first.body} `, {
      'webhook-id': first.id,
      'webhook-timestamp': first.timestamp,
      'webhook-signature': first.signature,
    }),
  ).toThrow();
}

/**
 * Per record, the acknowledged messages are the feed's events in the feed's order, each once; and
 * no request for a record's later event arrived before its earlier event had been acknowledged.
 */
function expectFeedOrder(r: Receiver, feed: Awaited<ReturnType<typeof feedAfter>>) {
  const acked = r.acked().map((m) => JSON.parse(m.body).data);
  expect(new Set(r.acked().map((m) => m.id)).size).toBe(acked.length);
  expect([...acked].sort((a, b) => a.seq - b.seq)).toEqual(feed);
  const byRecord = (events: { collection: string; id: string; seq: number }[]) => {
    const m = new Map<string, number[]>();
    for (const e of events) m.set(`${e.collection}/${e.id}`, [...(m.get(`${e.collection}/${e.id}`) ?? []), e.seq]);
    return m;
  };
  expect(byRecord(acked)).toEqual(byRecord(feed));
  const ackedSoFar = new Set<number>();
  for (const m of r.log) {
    const e = JSON.parse(m.body).data;
    const earlier = feed.filter((f) => f.collection === e.collection && f.id === e.id && f.seq < e.seq);
    for (const f of earlier)
      expect(ackedSoFar.has(f.seq), `seq ${e.seq} sent before ${f.seq} was delivered`).toBe(true);
    if (typeof m.answer === 'number' && m.answer < 300) ackedSoFar.add(e.seq);
  }
}

describe('webhook delivery', () => {
  it('survives a receiver that fails, times out and recovers: every event as the feed has it, in order per record, signed', async () => {
    const { t, c, writer, partner } = await setup({ WEBHOOK_CONCURRENCY: '4', WEBHOOK_DISABLE_AFTER: '50' });
    // Three 500s, one request left unanswered (the 300 ms timeout), then 200s.
    const r = await receiver((n) => (n < 3 ? 500 : n === 3 ? 'hang' : 200));
    cleanup.push(r.close);
    const endpoint = await register(t, partner, { url: r.url });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    await edits(t, writer);
    const feed = await feedAfter(t, endpoint.cursor);
    expect(feed.length).toBe(8);

    await deliverUntil(t, c, () => r.acked().length >= feed.length);

    expectFeedOrder(r, feed);
    expectSigned(r, endpoint.secret);
    const bodies = r.acked().map((m) => JSON.parse(m.body));
    expect(bodies[0]).toEqual({
      type: `faqs.${bodies[0].data.action}`,
      timestamp: bodies[0].data.changed_at,
      data: bodies[0].data,
    });
    expect(r.log.slice(0, 4).map((m) => m.answer)).toEqual([500, 500, 500, 'hang']);
    // Retries keep the message id and body; each attempt is signed with its own timestamp.
    const retried = r.log.filter((m) => m.id === r.log[0]?.id);
    expect(retried.length).toBeGreaterThan(1);
    expect(new Set(retried.map((m) => m.body)).size).toBe(1);

    // The delivery log shows what happened: the 500s, the timeout, the success.
    const log = await t.http.get(`/v1/webhooks/${endpoint.id}/deliveries?limit=100`).set(auth(partner)).expect(200);
    expect(log.headers['cache-control']).toBe('no-store');
    expect(log.body.data).toHaveLength(feed.length);
    expect(log.body.data.every((d: { status: string }) => d.status === 'delivered')).toBe(true);
    const attempts = log.body.data.flatMap(
      (d: { attempts: { status_code: number | null; error: string | null }[] }) => d.attempts,
    );
    expect(attempts.filter((a: { status_code: number | null }) => a.status_code === 500)).toHaveLength(3);
    expect(attempts.some((a: { error: string | null }) => a.error?.startsWith('timeout'))).toBe(true);
    expect(attempts.filter((a: { status_code: number | null }) => a.status_code === 200)).toHaveLength(feed.length);
    const one = log.body.data[0];
    const single = await t.http.get(`/v1/webhooks/${endpoint.id}/deliveries/${one.id}`).set(auth(partner)).expect(200);
    expect(single.body.data.event).toEqual(feed.at(-1));
    const endpointNow = await t.http.get(`/v1/webhooks/${endpoint.id}`).set(auth(partner)).expect(200);
    expect(endpointNow.body.data).toMatchObject({
      enabled: true,
      consecutive_failures: 0,
      cursor: String(feed.at(-1)?.seq),
    });
    expect(JSON.stringify(endpointNow.body)).not.toContain('whsec_');
  });

  it('delivers only what the filters select, from `since` when given', async () => {
    const { t, c, writer, partner } = await setup();
    const r = await receiver(() => 204);
    cleanup.push(r.close);
    const feedStart = (await t.http.get('/v1/changes?limit=1000').expect(200)).body.meta.next_cursor as string;
    const e = await register(t, partner, {
      url: r.url,
      since: feedStart,
      collections: ['faqs'],
      actions: ['deleted', 'restored'],
    });
    await edits(t, writer);
    await deliverUntil(t, c, () => r.acked().length >= 2);
    const all = await feedAfter(t, feedStart);
    expect(r.acked().map((m) => JSON.parse(m.body).data)).toEqual(
      all.filter((x) => ['deleted', 'restored'].includes(x.action)),
    );
    expect((await t.http.get(`/v1/webhooks/${e.id}`).set(auth(partner))).body.data.cursor).toBe(
      String(all.at(-1)?.seq),
    );
    await t.http.post('/v1/webhooks').set(auth(partner)).send({ url: r.url, since: '999999' }).expect(422);
  });

  it('resumes after a restart: pending deliveries and a crashed in-flight attempt survive in the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'katalog-webhooks-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'katalog.db');
    const first = await setup({}, { db: freshDb(path) });
    let failing = true;
    const r = await receiver(() => (failing ? 503 : 200));
    cleanup.push(r.close);
    const e = await register(first.t, first.partner, { url: r.url });
    await edits(first.t, first.writer);
    await first.t.app.webhooks.drain();
    expect(r.log.length).toBeGreaterThan(0);
    expect(r.acked()).toHaveLength(0);
    // A crash in the middle of an attempt leaves its lease behind (stop() would have released it).
    const leased = first.t.db.$client
      .prepare("SELECT id FROM webhook_deliveries WHERE status = 'pending' ORDER BY seq LIMIT 1")
      .get() as { id: string };
    first.t.db.$client
      .prepare('UPDATE webhook_deliveries SET lease_until = ? WHERE id = ?')
      .run(first.c.now() + 120_000, leased.id);
    await first.t.close();
    cleanup.splice(cleanup.indexOf(first.t.close as never), 1);

    const db = openDb(path);
    migrateDb(db);
    const c = clock();
    const second = await startApp({ ...LOCAL } as never, db, undefined, {
      now: c.now,
      random: () => 0.5,
      autoStart: false,
    });
    cleanup.push(() => second.close());
    failing = false;
    await deliverUntil(second, c, () => r.acked().length >= 8, 200);
    expectFeedOrder(r, await feedAfter(second, e.cursor));
    expect(r.acked().some((m) => m.id === leased.id)).toBe(true);
  });
});

describe('webhook endpoints', () => {
  it('belong to the key that registered them: other keys see none of them, other scopes are refused', async () => {
    const { t, writer, partner } = await setup();
    const other = createKey(t.db, 'other', 'webhooks').key;
    const reader = createKey(t.db, 'reader', 'read').key;
    const r = await receiver(() => 200);
    cleanup.push(r.close);
    const mine = await register(t, partner, { url: r.url, description: 'mine' });

    await t.http.get('/v1/webhooks').expect(401);
    const refused = await t.http.get('/v1/webhooks').set(auth(writer)).expect(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['www-authenticate']).toContain('scope="webhooks"');
    await t.http.post('/v1/webhooks').set(auth(reader)).send({ url: r.url }).expect(403);
    // A webhooks key cannot write content.
    await t.http
      .delete('/v1/faqs/x')
      .set({ ...auth(partner), 'if-match': '*' })
      .expect(403);

    // The owner's list first, then the other key's: never served from a cache across keys.
    expect(
      (await t.http.get('/v1/webhooks').set(auth(partner)).expect(200)).body.data.map((e: { id: string }) => e.id),
    ).toEqual([mine.id]);
    expect((await t.http.get('/v1/webhooks').set(auth(other)).expect(200)).body.data).toEqual([]);
    for (const [method, path] of [
      ['get', `/v1/webhooks/${mine.id}`],
      ['patch', `/v1/webhooks/${mine.id}`],
      ['delete', `/v1/webhooks/${mine.id}`],
      ['post', `/v1/webhooks/${mine.id}/rotate-secret`],
      ['get', `/v1/webhooks/${mine.id}/deliveries`],
      ['post', `/v1/webhooks/${mine.id}/deliveries/msg_x/redeliver`],
    ] as const) {
      const res = await t.http[method](path)
        .set(auth(other))
        .send(method === 'patch' ? { enabled: false } : undefined);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const still = await t.http.get(`/v1/webhooks/${mine.id}`).set(auth(partner)).expect(200);
    expect(still.body.data).toMatchObject({ id: mine.id, enabled: true, description: 'mine' });
    expect(JSON.stringify(still.body)).not.toContain(mine.secret);
    // The secret is stored to sign (it cannot be hashed), and never returned again.
    const row = t.db.$client.prepare('SELECT secret FROM webhook_endpoints WHERE id = ?').get(mine.id) as {
      secret: string;
    };
    expect(row.secret).toBe(mine.secret);

    await t.http.delete(`/v1/webhooks/${mine.id}`).set(auth(partner)).expect(204);
    await t.http.get(`/v1/webhooks/${mine.id}`).set(auth(partner)).expect(404);
  });

  it('validates bodies with problem+json and bounds endpoints per key', async () => {
    const { t, partner } = await setup({ WEBHOOK_MAX_ENDPOINTS: '2' });
    const bad = await t.http
      .post('/v1/webhooks')
      .set(auth(partner))
      .send({ url: 'https://a.example', colour: 'red' })
      .expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    await t.http
      .post('/v1/webhooks')
      .set(auth(partner))
      .send({ url: 'https://a.example', collections: ['nope'] })
      .expect(422);
    await t.http.post('/v1/webhooks').set(auth(partner)).send({ url: 'not a url' }).expect(422);
    await register(t, partner, { url: 'http://127.0.0.1:9/a' });
    await register(t, partner, { url: 'http://127.0.0.1:9/b' });
    const full = await t.http.post('/v1/webhooks').set(auth(partner)).send({ url: 'http://127.0.0.1:9/c' }).expect(409);
    expect(full.body.detail).toContain('2 webhook endpoints');
  });

  it('rotates the secret: shown once, and both secrets sign for a while', async () => {
    const { t, c, writer, partner } = await setup();
    const r = await receiver(() => 200);
    cleanup.push(r.close);
    const e = await register(t, partner, { url: r.url });
    const rotated = (await t.http.post(`/v1/webhooks/${e.id}/rotate-secret`).set(auth(partner)).expect(200)).body.data;
    expect(rotated.secret).not.toBe(e.secret);
    expect(rotated.previous_secret_expires_at).toBeTruthy();
    await edits(t, writer);
    await deliverUntil(t, c, () => r.acked().length >= 8);
    expect(r.log[0]?.signature.split(' ')).toHaveLength(2);
    expectSigned(r, rotated.secret);
    expectSigned(r, e.secret);
  });
});

describe('webhook writes weigh their preconditions (hostile 14 H14-2)', () => {
  it('an endpoint has an ETag; a stale If-Match, a past If-Unmodified-Since or a matching If-None-Match is a 412 and changes nothing', async () => {
    const { t, partner } = await setup();
    const r = await receiver(() => 200);
    cleanup.push(r.close);
    const e = await register(t, partner, { url: r.url, description: 'first' });
    const path = `/v1/webhooks/${e.id}`;
    const get = async () => t.http.get(path).set(auth(partner)).expect(200);
    const tag = String((await get()).headers.etag);
    expect(tag).toMatch(/^"wh-[\w-]{27}"$/);
    const patch = (headers: Record<string, string>) =>
      t.http
        .patch(path)
        .set({ ...auth(partner), ...headers })
        .set('content-type', 'application/merge-patch+json')
        .send({ description: 'second' });
    const past = 'Thu, 01 Jan 1970 00:00:00 GMT';
    for (const headers of <Record<string, string>[]>[
      { 'if-match': '"stale"' },
      { 'if-unmodified-since': past },
      { 'if-none-match': '*' },
      { 'if-none-match': tag },
    ]) {
      const res = await patch(headers);
      expect(res.status, JSON.stringify(headers)).toBe(412);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    expect((await get()).body.data.description).toBe('first');
    // A value that is not an HTTP-date is ignored (hostile 16 H16-4): the write goes ahead.
    const ignored = await patch({ 'if-unmodified-since': '1' }).expect(200);
    expect(ignored.body.data.description).toBe('second');
    const undo = await patch({ 'if-unmodified-since': 'March 7' }).send({ description: 'first' }).expect(200);
    expect(undo.body.data.description).toBe('first');
    // The current tag holds, and the answer carries the new one (GET gives the same).
    const changed = await patch({ 'if-match': tag }).expect(200);
    expect(changed.body.data.description).toBe('second');
    expect(changed.headers.etag).not.toBe(tag);
    expect((await get()).headers.etag).toBe(changed.headers.etag);
    // The other writes: rotate the secret, delete; a delivery has no tag, so only If-Match: * holds for a redeliver.
    await t.http
      .post(`${path}/rotate-secret`)
      .set({ ...auth(partner), 'if-match': tag })
      .expect(412);
    await t.http
      .post(`${path}/rotate-secret`)
      .set({ ...auth(partner), 'if-unmodified-since': past })
      .expect(412);
    await t.http
      .delete(path)
      .set({ ...auth(partner), 'if-match': tag })
      .expect(412);
    expect((await get()).body.data.previous_secret_expires_at).toBeNull();
    await t.http
      .post('/v1/webhooks')
      .set({ ...auth(partner), 'if-match': '*' })
      .send({ url: r.url })
      .expect(412);
    await t.http
      .delete(path)
      .set({ ...auth(partner), 'if-match': String(changed.headers.etag) })
      .expect(204);
  });
});

describe('a PATCH that waits on DNS weighs If-Match after the wait (review C14-1)', () => {
  it('two PATCHes with one If-Match: the one that waited on DNS is a 412, and the other’s change stays', async () => {
    let release: () => void = () => {};
    let reached: () => void = () => {};
    const atDns = new Promise<void>((r) => (reached = r));
    let slow = false;
    const resolve: Resolver = async (host) => {
      if (slow && host === 'slow.partner.example') {
        reached();
        await new Promise<void>((r) => (release = r));
      }
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const { t, partner } = await setup({}, { resolve });
    const e = await register(t, partner, { url: 'http://first.partner.example/h', description: 'first' });
    const path = `/v1/webhooks/${e.id}`;
    const tag = String((await t.http.get(path).set(auth(partner)).expect(200)).headers.etag);
    slow = true;
    const waiting = t.http
      .patch(path)
      .set({ ...auth(partner), 'if-match': tag })
      .send({ url: 'http://slow.partner.example/h' })
      .then((r) => r);
    // Let the first PATCH reach its DNS wait, then change the endpoint under the same If-Match.
    await atDns;
    await t.http
      .patch(path)
      .set({ ...auth(partner), 'if-match': tag })
      .send({ description: 'second' })
      .expect(200);
    release();
    expect((await waiting).status).toBe(412);
    const now = (await t.http.get(path).set(auth(partner)).expect(200)).body.data;
    expect(now).toMatchObject({ url: 'http://first.partner.example/h', description: 'second' });
  });
});

describe('webhook URLs (SSRF)', () => {
  it('refuses http, credentials and non-public addresses at registration', async () => {
    const { t, partner } = await setup({ WEBHOOK_ALLOW_HTTP: 'false', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'false' });
    for (const url of [
      'http://hooks.example.com/x',
      'https://user:pw@hooks.example.com/x',
      'https://hooks.example.com/x#frag',
      'ftp://hooks.example.com/x',
      'https://127.0.0.1/x',
      'https://10.1.2.3/x',
      'https://172.16.0.1/x',
      'https://192.168.1.1/x',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/x',
      'https://0.0.0.0/x',
      'https://[::1]/x',
      'https://[::ffff:127.0.0.1]/x',
      // IPv4-compatible IPv6 (::/96): loopback, the metadata address, a private one (hostile 13, H13-1).
      'https://[::127.0.0.1]/x',
      'https://[::a9fe:a9fe]/x',
      'https://[::10.0.0.1]/x',
      'https://[::8.8.8.8]/x',
      'https://[fd00::1]/x',
      'https://[fe80::1]/x',
      'https://localhost/x',
      'https://2130706433/x',
    ]) {
      const res = await t.http.post('/v1/webhooks').set(auth(partner)).send({ url });
      expect(res.status, `${url}: ${res.text}`).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors[0].name).toBe('url');
    }
    expect(nonPublic('93.184.215.14')).toBeUndefined();
    expect(nonPublic('2606:4700::6810:84e5')).toBeUndefined();
    expect(nonPublic('::ffff:10.0.0.1')).toBe('a private address (RFC 1918)');
    // Every range in plain words (hostile 14 H14-13).
    expect(nonPublic('0.0.0.0')).toBe('an unspecified address');
    expect(nonPublic('64:ff9b::7f00:1')).toBe('a NAT64 address (RFC 6052)');
    expect(nonPublic('100.64.0.1')).toBe('a carrier-grade NAT address (RFC 6598)');
    expect(nonPublic('169.254.169.254')).toBe('a link-local address');
    for (const address of [
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.1',
      '10.0.0.1',
      '192.0.0.1',
      'fc00::1',
      'fec0::1',
      '2002::1',
      '2001::1',
      '2001:2::1',
      '2001:20::1',
    ])
      expect(nonPublic(address), address).toMatch(/^(an [aeiouAEIOU]|a (?![aeioAEIO])[a-zA-Z0-9])/);
    expect(nonPublic('::7f00:1')).toBe('an IPv4-compatible address (deprecated, RFC 4291)');
    // Outside 2000::/3, the only IPv6 space assigned for the internet.
    expect(nonPublic('100::1')).toBe('a discard-only address (RFC 6666)');
    expect(nonPublic('4000::1')).toBe('not a global unicast address (2000::/3)');
    expect(nonPublic('::1:2:3:4:5')).toBe('not a global unicast address (2000::/3)');
  });

  it('refuses what the URL parser would drop or rewrite, and shows the URL its events go to (H16-2, H15-11)', async () => {
    const r = await receiver(() => 200);
    cleanup.push(r.close);
    const { t, writer, partner } = await setup();
    const base = `http://127.0.0.1:${r.port}`;
    for (const url of [
      `${base}/o\tk`,
      `${base}/hook\n`,
      `${base}/ho\rok`,
      `  ${base}/hook  `,
      ` ${base}/hook`,
      `${base}/hook\u0000`,
      `${base}\\hook`,
      `http:\\\\127.0.0.1:${r.port}/hook`,
    ]) {
      const res = await t.http.post('/v1/webhooks').set(auth(partner)).send({ url });
      expect(res.status, `${JSON.stringify(url)}: ${res.text}`).toBe(422);
      expect(res.body.errors[0].name).toBe('url');
    }
    const tab = await t.http
      .post('/v1/webhooks')
      .set(auth(partner))
      .send({ url: `${base}/o\tk` });
    expect(tab.body.detail).toBe(
      'url: must not contain a tab, line break or backslash (a URL parser drops or rewrites them)',
    );

    // Stored and shown as the parser reads it: scheme and host lower-cased, default port dropped, path percent-encoded.
    const created = await t.http
      .post('/v1/webhooks')
      .set(auth(partner))
      .send({ url: `HTTP://127.0.0.1:${r.port}/Hook/a b?x=ü` })
      .expect(201);
    const shown = `${base}/Hook/a%20b?x=%C3%BC`;
    expect(created.body.data.url).toBe(shown);
    const id = created.body.data.id as string;
    expect((await t.http.get(`/v1/webhooks/${id}`).set(auth(partner)).expect(200)).body.data.url).toBe(shown);
    await edits(t, writer);
    await t.app.webhooks.drain();
    expect(r.log.length).toBeGreaterThan(0);
    for (const got of r.log) expect(`${base}${got.path}`).toBe(shown);

    const patched = await t.http
      .patch(`/v1/webhooks/${id}`)
      .set({ ...auth(partner), 'content-type': 'application/merge-patch+json' })
      .send({ url: 'http://LOCALHOST:80/x' })
      .expect(200);
    expect(patched.body.data.url).toBe('http://localhost/x');
    await t.http
      .patch(`/v1/webhooks/${id}`)
      .set({ ...auth(partner), 'content-type': 'application/merge-patch+json' })
      .send({ url: 'http://localhost/x\t' })
      .expect(422);

    // A row stored before the rule is shown as it is delivered, the parser's reading.
    t.db.$client.prepare('UPDATE webhook_endpoints SET url = ? WHERE id = ?').run(` ${base}/o\tk\\x `, id);
    expect((await t.http.get(`/v1/webhooks/${id}`).set(auth(partner)).expect(200)).body.data.url).toBe(`${base}/ok/x`);
  });

  it('checks the normalised host against the address rules (H16-2)', async () => {
    const asked: string[] = [];
    const resolve: Resolver = async (host) => {
      asked.push(host);
      return [{ address: host === 'hooks.partner.example' ? '93.184.215.14' : '127.0.0.1', family: 4 }];
    };
    const { t, partner } = await setup(
      { WEBHOOK_ALLOW_HTTP: 'false', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'false' },
      { resolve },
    );
    const e = await t.http
      .post('/v1/webhooks')
      .set(auth(partner))
      .send({ url: 'HTTPS://Hooks.Partner.EXAMPLE:443/in' })
      .expect(201);
    expect(e.body.data.url).toBe('https://hooks.partner.example/in');
    expect(asked).toEqual(['hooks.partner.example']);
    for (const url of [
      'https://loc\nalhost/x',
      'https://1\t27.0.0.1/x',
      'https://[::1\t]/x',
      'HTTPS://LOCALHOST:443/x',
    ])
      expect((await t.http.post('/v1/webhooks').set(auth(partner)).send({ url })).status, url).toBe(422);
  });

  it('checks the resolved address again at delivery (DNS rebinding) and never follows redirects', async () => {
    const target = await receiver(() => 200);
    cleanup.push(target.close);
    // The name resolves to a public address at registration, then to the receiver on loopback.
    let calls = 0;
    const resolve: Resolver = async () => [{ address: calls++ === 0 ? '93.184.215.14' : '127.0.0.1', family: 4 }];
    const { t, writer, partner } = await setup({ WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'false' }, { resolve });
    const e = await register(t, partner, { url: `http://hooks.partner.example:${target.port}/hook` });
    await edits(t, writer);
    await t.app.webhooks.drain();
    expect(target.log).toHaveLength(0);
    const log = (await t.http.get(`/v1/webhooks/${e.id}/deliveries`).set(auth(partner)).expect(200)).body.data;
    const errors = log.flatMap((d: { attempts: { error: string }[] }) => d.attempts.map((a) => a.error));
    expect(errors[0]).toBe('refused: hooks.partner.example resolves to 127.0.0.1, a loopback address');

    // A redirect is a failed attempt; its target gets nothing.
    const redirecting = await receiver(() => 302);
    cleanup.push(redirecting.close);
    const local = await setup();
    const e2 = await register(local.t, local.partner, { url: redirecting.url });
    await edits(local.t, local.writer);
    await local.t.app.webhooks.drain();
    expect(redirecting.log.length).toBeGreaterThan(0);
    const d = (await local.t.http.get(`/v1/webhooks/${e2.id}/deliveries`).set(auth(local.partner))).body.data;
    expect(d.flatMap((x: { attempts: { error: string }[] }) => x.attempts.map((a) => a.error))).toContain(
      'redirect (302) not followed',
    );
    expect(d.every((x: { status: string }) => x.status === 'pending')).toBe(true);
  });
});

describe('failures, disabling and redelivery', () => {
  it('disables an endpoint after a run of failures; its owner re-enables it and nothing is lost', async () => {
    const { t, c, writer, partner } = await setup({ WEBHOOK_DISABLE_AFTER: '3', WEBHOOK_MAX_ATTEMPTS: '10' });
    let up = false;
    const r = await receiver(() => (up ? 200 : 500));
    cleanup.push(r.close);
    const e = await register(t, partner, { url: r.url });
    await edits(t, writer);
    await deliverUntil(t, c, () => false, 20);
    expect(r.log).toHaveLength(3);
    const disabled = (await t.http.get(`/v1/webhooks/${e.id}`).set(auth(partner)).expect(200)).body.data;
    expect(disabled).toMatchObject({ enabled: false, consecutive_failures: 3 });
    expect(disabled.disabled_reason).toContain('3 failed attempts in a row');
    // Nothing is attempted while disabled, however long; nothing is given up either.
    c.advance(3_600_000);
    await t.app.webhooks.drain();
    expect(r.log).toHaveLength(3);
    const pending = (await t.http.get(`/v1/webhooks/${e.id}/deliveries?status=pending&limit=100`).set(auth(partner)))
      .body;
    expect(pending.data.length).toBeGreaterThan(0);
    await t.http.post(`/v1/webhooks/${e.id}/deliveries/${pending.data[0].id}/redeliver`).set(auth(partner)).expect(409);
    // Events written while disabled are kept in the change feed and come after re-enabling.
    await t.http
      .patch(`/v1/faqs/${(await t.http.get('/v1/faqs?limit=1')).body.data[0].id}`)
      .set({ ...auth(writer), 'if-match': '*', 'content-type': 'application/merge-patch+json' })
      .send({ question: 'Written while the endpoint was disabled?' })
      .expect(200);

    up = true;
    const enabled = await t.http
      .patch(`/v1/webhooks/${e.id}`)
      .set({ ...auth(partner), 'content-type': 'application/merge-patch+json' })
      .send(JSON.stringify({ enabled: true }))
      .expect(200);
    expect(enabled.body.data).toMatchObject({ enabled: true, consecutive_failures: 0, disabled_reason: null });
    const feed = await feedAfter(t, e.cursor);
    await deliverUntil(t, c, () => r.acked().length >= feed.length);
    expectFeedOrder(r, feed);
  });

  it('gives up after the last attempt (later events of the record then go), and redelivers on request', async () => {
    const { t, c, writer, partner } = await setup({ WEBHOOK_MAX_ATTEMPTS: '2', WEBHOOK_DISABLE_AFTER: '100' });
    // The receiver refuses the first message it sees, every time, until told otherwise.
    let poisoned: string | undefined;
    let refusing = true;
    const r = await receiver((n, id) => {
      if (n === 0) poisoned = id;
      return refusing && id === poisoned ? 500 : 200;
    });
    cleanup.push(r.close);
    const e = await register(t, partner, { url: r.url });
    await edits(t, writer);
    await deliverUntil(t, c, () => r.acked().length >= 7);
    refusing = false;
    const id = poisoned as string;
    const given = await t.http.get(`/v1/webhooks/${e.id}/deliveries/${id}`).set(auth(partner)).expect(200);
    expect(given.body.data).toMatchObject({ status: 'failed', attempt_count: 2, last_status_code: 500 });
    expect(r.acked()).toHaveLength(7);
    expect(r.log.filter((m) => m.id === id)).toHaveLength(2);

    // Redelivery: the same message (id and body), freshly signed, logged as manual.
    const queued = await t.http.post(`/v1/webhooks/${e.id}/deliveries/${id}/redeliver`).set(auth(partner)).expect(202);
    expect(queued.body.data.status).toBe('pending');
    await t.app.webhooks.drain();
    const again = r.log.filter((m) => m.id === id);
    expect(again).toHaveLength(3);
    expect(new Set(again.map((m) => m.body)).size).toBe(1);
    expectSigned(r, e.secret);
    const after = (await t.http.get(`/v1/webhooks/${e.id}/deliveries/${id}`).set(auth(partner))).body.data;
    expect(after.status).toBe('delivered');
    expect(after.attempts.map((a: { trigger: string }) => a.trigger)).toEqual(['scheduled', 'scheduled', 'manual']);
    // A delivered message can be sent again too.
    await t.http.post(`/v1/webhooks/${e.id}/deliveries/${id}/redeliver`).set(auth(partner)).expect(202);
    await t.app.webhooks.drain();
    expect(r.log.filter((m) => m.id === id)).toHaveLength(4);
    await t.http.post(`/v1/webhooks/${e.id}/deliveries/msg_nope/redeliver`).set(auth(partner)).expect(404);
  });
});

describe('writes never wait on delivery', () => {
  it('a write completes while the receiver holds a delivery unanswered', async () => {
    const { t, writer, partner } = await setup({ WEBHOOK_TIMEOUT: '60000' });
    const r = await receiver(() => 'hang');
    cleanup.push(r.close);
    await register(t, partner, { url: r.url });
    const faq = (await t.http.get('/v1/faqs?limit=1')).body.data[0].id as string;
    const write = (n: number) =>
      t.http
        .patch(`/v1/faqs/${faq}`)
        .set({ ...auth(writer), 'if-match': '*', 'content-type': 'application/merge-patch+json' })
        .send({ question: `Question while the receiver hangs ${n}?` })
        .expect(200);
    await write(0);
    const arrived = r.next();
    void t.app.webhooks.round();
    await arrived;
    expect(r.hanging).toHaveLength(1);
    expect(t.app.webhooks.busy).toBe(1);
    for (let n = 1; n <= 20; n++) await write(n);
    // Every write was acknowledged while the delivery was still open, and is in the feed.
    expect(r.hanging).toHaveLength(1);
    expect(t.app.webhooks.busy).toBe(1);
    const feed = (await t.http.get('/v1/changes?limit=1000').expect(200)).body.data;
    expect(feed.filter((x: { id: string }) => x.id === faq).length).toBeGreaterThanOrEqual(21);
  });
});

describe('webhook settings', () => {
  it('are validated at start-up', () => {
    expect(() => loadConfig({ WEBHOOK_RETRY_BASE: '1 hour', WEBHOOK_RETRY_MAX: '1 minute' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEBHOOK_TIMEOUT: '2 hours' })).toThrow(/WEBHOOK_TIMEOUT/);
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'yes' })).toThrow(/WEBHOOK_ALLOW_PRIVATE_ADDRESSES/);
    expect(() => loadConfig({ WEBHOOK_CONCURRENCY: '0' })).toThrow(/WEBHOOK_CONCURRENCY/);
    const c = loadConfig({ DATABASE_PATH: ':memory:' });
    expect(c).toMatchObject({
      WEBHOOK_ALLOW_HTTP: false,
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: false,
      WEBHOOK_TIMEOUT: 10_000,
    });
  });

  it('webhooks stay on the primary: a snapshot holds none of their rows, a read-only node refuses them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'katalog-webhooks-ro-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const { t: primary, partner, writer } = await setup();
    const r = await receiver(() => 200);
    cleanup.push(r.close);
    const e = await register(primary, partner, { url: r.url });
    await edits(primary, writer);
    await primary.app.webhooks.drain();
    const path = join(dir, 'snapshot.db');
    snapshotDb(primary.db, path);
    const copy = openDb(path, { readonly: true });
    for (const table of ['webhook_endpoints', 'webhook_deliveries', 'webhook_attempts'])
      expect(copy.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    copy.$client.close();
    expect(readFileSync(path).includes(Buffer.from(e.secret))).toBe(false);

    const t = await startApp({ READ_ONLY: 'true', DATABASE_PATH: path }, openDb(path, { readonly: true }));
    cleanup.push(() => t.close());
    for (const res of [
      await t.http.post('/v1/webhooks').set(auth(partner)).send({ url: 'https://a.example' }),
      await t.http.get('/v1/webhooks').set(auth(partner)),
    ]) {
      expect(res.status).toBe(405);
      // Only OPTIONS: the path is known, no method of it is served here (hostile 19 H19-5).
      expect(res.headers.allow).toBe('OPTIONS');
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(t.app.webhooks.busy).toBe(0);
  });
});

describe('webhook responses are not compressed (review C14-9)', () => {
  it('an endpoint read with Accept-Encoding: gzip has no Content-Encoding, so its strong ETag names its bytes', async () => {
    const { t, partner } = await setup();
    const e = await register(t, partner, { url: 'http://127.0.0.1:9/h', description: 'x'.repeat(500) });
    for (const n of [1, 2, 3])
      await register(t, partner, { url: `http://127.0.0.1:9/h${n}`, description: 'y'.repeat(500) });
    for (const path of [`/v1/webhooks/${e.id}`, '/v1/webhooks']) {
      const res = await fetch(`${t.url}${path}`, { headers: { ...auth(partner), 'accept-encoding': 'gzip' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding'), path).toBeNull();
      // Over the compression threshold: the list was compressed before, and is plain now.
      if (path === '/v1/webhooks') expect((await res.text()).length).toBeGreaterThan(1024);
    }
  });
});
