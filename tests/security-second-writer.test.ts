/**
 * Attack: a second writer on the same database file (another server, the keys CLI, `db:seed`).
 * Every write transaction is BEGIN IMMEDIATE and the connection has a busy timeout, so writers
 * queue for the lock instead of failing with SQLITE_BUSY / SQLITE_BUSY_SNAPSHOT.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, openDb } from '../src/db/client.js';
import { freshDb } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-writers-'));
const dbPath = join(dir, 'katalog.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROUNDS = 40;

function writerProcess(label: string) {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/fixtures/concurrent-writer.ts', dbPath, label, String(ROUNDS)],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  ) as ChildProcessWithoutNullStreams;
  let out = '';
  let err = '';
  proc.stdout.on('data', (d) => {
    out += d;
  });
  proc.stderr.on('data', (d) => {
    err += d;
  });
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => (out.startsWith('ready\n') ? resolve() : undefined);
    proc.stdout.on('data', check);
    proc.once('exit', () => reject(new Error(`writer ${label} exited before it was ready: ${err}`)));
  });
  const done = new Promise<{ ok: number; errors: string[] }>((resolve, reject) =>
    proc.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.split('\n').filter(Boolean).at(-1) as string))
        : reject(new Error(`writer ${label} exited with ${code}: ${err}`)),
    ),
  );
  return { proc, ready, done };
}

describe('a second writer on the same database', () => {
  it('has a busy timeout on every connection', () => {
    const db = openDb(join(dir, 'other.db'));
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
    db.$client.close();
  });

  it('two processes writing at once (records, keys, seed): every write succeeds, no SQLITE_BUSY', async () => {
    freshDb(dbPath).$client.close();
    const writers = ['a', 'b'].map(writerProcess);
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.proc.stdin.end('go\n');
    const reports = await Promise.all(writers.map((w) => w.done));
    // Per round: create, update, key, revoke; a seed every 10 rounds; a delete every other round.
    const perProcess = ROUNDS * 4 + ROUNDS / 10 + ROUNDS / 2;
    for (const r of reports) {
      expect(r.errors).toEqual([]);
      expect(r.ok).toBe(perProcess);
    }
    const db = openDb(dbPath);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    const n = db.$client.prepare("select count(*) as n from faqs where id like 'concurrent-%'").get() as { n: number };
    expect(n.n).toBe(2 * ROUNDS);
    db.$client.close();
  }, 120_000);
});
