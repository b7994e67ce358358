/**
 * No acknowledged write is lost when the server is killed with SIGKILL mid-stream: the server runs
 * as a child process on a database file, takes concurrent writes, is killed after a number of
 * acknowledgements (not after a time), restarted, and checked. Repeated three times.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../seed/load.js';
import { createKey } from '../src/auth/keys.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { citedFaq, EXCERPT } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-durability-'));
const dbPath = join(dir, 'katalog.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function start(): Promise<{ proc: ChildProcess; base: string }> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: dbPath,
      SEED_ON_START: 'false',
      LOG_LEVEL: 'silent',
      WRITE_RATE_LIMIT_MAX: '100000',
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (proc.exitCode !== null) throw new Error('server exited during start-up');
    try {
      if ((await fetch(`${base}/readyz`)).ok) return { proc, base };
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
}

const faq = (id: string) => citedFaq(id, { question: `Durability question ${id}`, answer: EXCERPT, position: 500 });

describe('durability under SIGKILL', () => {
  const setup = openDb(dbPath);
  migrateDb(setup);
  loadSeed(setup);
  const { key } = createKey(setup, 'durability', 'write');
  setup.$client.close();

  it.each([1, 2, 3])(
    'round %i: every acknowledged write survives kill -9 and the database is intact',
    async (round) => {
      const { proc, base } = await start();
      const acked: string[] = [];
      let stop = false;
      const exited = new Promise((r) => proc.once('exit', r));
      const worker = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const id = `durability-${round}-${w}-${i}`;
          try {
            const res = await fetch(`${base}/v1/faqs`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
              body: JSON.stringify(faq(id)),
            });
            if (res.status === 201) acked.push(id);
            if (acked.length >= 60 && !stop) {
              stop = true;
              proc.kill('SIGKILL');
            }
          } catch {
            return; // connection reset by the kill: not acknowledged
          }
        }
      };
      await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(worker));
      await exited;
      expect(acked.length).toBeGreaterThanOrEqual(60);

      const check = openDb(dbPath);
      expect(check.$client.pragma('integrity_check', { simple: true })).toBe('ok');
      check.$client.close();
      const again = await start();
      try {
        for (const id of acked) expect((await fetch(`${again.base}/v1/faqs/${id}`)).status, id).toBe(200);
      } finally {
        again.proc.kill('SIGTERM');
        await new Promise((r) => again.proc.once('exit', r));
      }
    },
  );
});
