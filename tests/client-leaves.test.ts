/**
 * A client leaving mid-response is not a server error (hostile H-7): 300 cancelled exports wrote 100
 * error-level "premature close" lines, from @fastify/compress. A real failure of a compressed stream
 * is still an error. Streams of a test route, held open until the test says, make the order exact.
 */

import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { freshDb } from './helpers.js';

interface Line {
  level: number;
  msg: string;
  request_id?: string;
  err?: { message: string };
}

const lines: Line[] = [];
const waiters: Array<() => void> = [];
/** Resolves when a log line matching `test` has been written. */
function logged(test: (l: Line) => boolean): Promise<Line> {
  return new Promise((resolve) => {
    const check = () => {
      const hit = lines.find(test);
      if (hit) resolve(hit);
      else waiters.push(check);
    };
    check();
  });
}

/** The streams the test route is sending, by request id: the test pushes to them and fails them. */
const open = new Map<string, Readable>();
const started = new Map<string, () => void>();

let app: Awaited<ReturnType<typeof buildApp>>;
let url: string;
let db: ReturnType<typeof freshDb>;
beforeAll(async () => {
  db = freshDb();
  app = await buildApp({
    config: testConfig({ LOG_LEVEL: 'debug' }),
    db,
    logStream: {
      write: (l) => {
        lines.push(JSON.parse(l));
        for (const w of waiters.splice(0)) w();
      },
    },
  });
  app.get('/test/held-stream', async (req, reply) => {
    const stream = new Readable({ read() {} });
    // More than the compression threshold, so the body goes through @fastify/compress.
    stream.push('x'.repeat(4096));
    open.set(req.id, stream);
    // Sending: the (compressed) body is piped into the response.
    reply.raw.once('pipe', () => started.get(req.id)?.());
    return reply.type('text/plain').send(stream);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const stream of open.values()) stream.push(null);
  await app.close();
  db.$client.close();
});

/** Starts a held response; resolves with the client request once the server is sending it. */
function hold(id: string, encoding: string) {
  const running = new Promise<void>((resolve) => started.set(id, resolve));
  const req = request(`${url}/test/held-stream`, { headers: { 'accept-encoding': encoding, 'x-request-id': id } });
  req.on('error', () => {});
  req.on('response', (res) => res.resume());
  req.end();
  return running.then(() => req);
}

describe('a client that leaves mid-response', () => {
  it.each(['gzip', 'br'])('is logged below error on a %s-compressed stream', async (encoding) => {
    const id = `leaves-${encoding}`;
    const req = await hold(id, encoding);
    req.destroy();
    const line = await logged((l) => l.request_id === id && l.err?.message === 'premature close');
    expect(line.level).toBeLessThan(40);
    expect(lines.filter((l) => l.request_id === id && l.level >= 40)).toEqual([]);
  });

  it('a compressed stream that fails while the client is there is still an error', async () => {
    const id = 'fails-gzip';
    await hold(id, 'gzip');
    open.get(id)?.destroy(new Error('the database went away'));
    const line = await logged(
      (l) => l.request_id === id && l.err?.message === 'the database went away' && l.level >= 50,
    );
    expect(line.level).toBe(50);
  });
});
