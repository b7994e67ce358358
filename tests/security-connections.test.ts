/**
 * Connection-level attacks (issue 14, item 10): slow clients are cut at the request and headers
 * timeouts, connections are capped, and a limited client stays limited however many other
 * addresses the rate-limit store sees. Outcomes are asserted with generous margins, never exact times.
 */
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { RateStore } from '../src/http/rate-store.js';
import { startApp, type TestApp } from './helpers.js';

const open = (app: TestApp): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const s = connect(Number(new URL(app.url).port), '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });

/** Everything the server writes until it closes the socket (or `limitMs` passes: then 'still open'). */
function untilClosed(socket: Socket, limitMs: number): Promise<{ data: string; closed: boolean }> {
  return new Promise((resolve) => {
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => {
      data += c;
    });
    socket.on('error', () => undefined);
    const timer = setTimeout(() => resolve({ data, closed: false }), limitMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ data, closed: true });
    });
  });
}

async function until(check: () => Promise<boolean> | boolean, what: string) {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const connections = (app: TestApp) =>
  new Promise<number>((resolve, reject) => app.app.server.getConnections((err, n) => (err ? reject(err) : resolve(n))));

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('slow clients are cut at the timeouts', () => {
  it('an authenticated POST dripping its body is answered 408 and closed at REQUEST_TIMEOUT, not held', async () => {
    app = await startApp({ REQUEST_TIMEOUT: '1 second', HEADERS_TIMEOUT: '1 second' });
    const key = createKey(app.db, 'slow-writer', 'write').key;
    const socket = await open(app);
    socket.write(
      `POST /v1/faqs HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{`,
    );
    const drip = setInterval(() => socket.writable && socket.write(' '), 100);
    const started = Date.now();
    // 100 KB at 10 bytes a second would take almost 3 hours; the timeout is one second. The margin
    // is generous: this holds on a loaded machine, and the point is that it ends at all.
    const { data, closed } = await untilClosed(socket, 25_000);
    clearInterval(drip);
    expect(closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(data).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(data).toMatch(/content-type: application\/problem\+json/);
    expect(data).toMatch(/x-request-id: /);
    expect(JSON.parse(data.slice(data.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 408,
      type: '/problems/request-timeout',
    });
    // Nothing was written, and the server still answers.
    expect((await app.http.get('/v1/faqs?limit=100').expect(200)).body.data.length).toBeGreaterThan(0);
    await app.http.get('/healthz').expect(200);
  }, 40_000);

  it('a client that never finishes its headers, or sends nothing, is closed with a 408 at HEADERS_TIMEOUT', async () => {
    app = await startApp({ REQUEST_TIMEOUT: '2 seconds', HEADERS_TIMEOUT: '1 second' });
    const socket = await open(app);
    socket.write('GET /v1 HTTP/1.1\r\nHost: a\r\nX-Slow: ');
    const drip = setInterval(() => socket.writable && socket.write('a'), 100);
    // And a connection that never sends a byte.
    const silent = await open(app);
    const [slow, idle] = await Promise.all([untilClosed(socket, 25_000), untilClosed(silent, 25_000)]);
    clearInterval(drip);
    for (const { data, closed } of [slow, idle]) {
      expect(closed).toBe(true);
      expect(data).toMatch(/^HTTP\/1\.1 408 /);
    }
  }, 40_000);
});

describe('a connection cap', () => {
  it('closes connections past MAX_CONNECTIONS at once, and serves again when they go', async () => {
    app = await startApp({ MAX_CONNECTIONS: '3', REQUEST_TIMEOUT: '2 minutes', HEADERS_TIMEOUT: '2 minutes' });
    const idle = [await open(app), await open(app), await open(app)];
    const current = app;
    await until(async () => (await connections(current)) === 3, 'three open connections');
    // The fourth is accepted by the kernel and closed by the server without a byte.
    const extra = await open(app);
    extra.write('GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n');
    const { data, closed } = await untilClosed(extra, 20_000);
    expect(closed).toBe(true);
    expect(data).toBe('');
    expect(await connections(app)).toBe(3);
    for (const s of idle) s.destroy();
    await until(async () => (await connections(current)) === 0, 'the idle connections to close');
    await app.http.get('/healthz').expect(200);
  }, 40_000);
});

describe('the rate-limit store never forgets a limited client early', () => {
  afterEach(() => vi.useRealTimers());

  it('a limited client stays limited after 10,000 other addresses, in bounded memory', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 1) });
    const store = new RateStore(100);
    const window = 60_000;
    for (let i = 0; i < 3; i++) expect(store.take('victim', window, 3)).toBeDefined();
    expect(store.take('victim', window, 3)).toBeUndefined();
    for (let i = 0; i < 10_000; i++) store.take(`198.51.${i >> 8}.${i & 255}`, window, 3);
    expect(store.take('victim', window, 3)).toBeUndefined();
    expect(store.stats()).toEqual({ counting: 100, limited: 1 });
    // When its window ends, it is counted afresh.
    vi.advanceTimersByTime(window);
    expect(store.take('victim', window, 3)).toMatchObject({ current: 1 });
  });

  it('limited clients are kept only for their window: expired ones are swept', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 1) });
    const store = new RateStore(100);
    for (let i = 0; i < 2000; i++) for (let j = 0; j < 2; j++) store.take(`limited-${i}`, 1000, 2);
    expect(store.stats().limited).toBe(2000);
    vi.advanceTimersByTime(1000);
    for (let i = 0; i < 4100; i++) for (let j = 0; j < 2; j++) store.take(`later-${i}`, 1000, 2);
    // The 2,000 expired ones were swept when the map doubled; the current ones are all there.
    expect(store.stats().limited).toBeLessThan(4100 + 2000);
    expect(store.stats().limited).toBeGreaterThanOrEqual(4100);
    for (let i = 0; i < 4100; i += 97) expect(store.take(`later-${i}`, 1000, 2)).toBeUndefined();
  });

  it('the same through the interface @fastify/rate-limit calls (incr), which also answers the 429s', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 1) });
    const store = new RateStore(50);
    const incr = (key: string) => {
      let current = 0;
      store.incr(
        key,
        (_err, res) => {
          current = res.current;
        },
        60_000,
        2,
      );
      return current;
    };
    expect([incr('victim'), incr('victim'), incr('victim')]).toEqual([1, 2, 3]); // the third is over: 429
    for (let i = 0; i < 5200; i++) incr(`10.0.${i >> 8}.${i & 255}`);
    expect(incr('victim')).toBe(4); // still over its limit: still a 429
    expect(store.stats().counting).toBe(50);
  });
});
