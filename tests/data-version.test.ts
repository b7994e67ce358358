/**
 * The data version that the response cache and the cached totals key on (src/db/version.ts) moves
 * on every write: at once for the server's own connection, and for a commit by another process
 * (another server, `db:seed`, a script) when the server polls `PRAGMA data_version`. No table or
 * trigger keeps it: tests/migrations.test.ts checks that none is left.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { watchDataVersion } from '../src/db/version.js';
import { Writer } from '../src/repository/writes.js';
import { faqsResource } from '../src/resources/faqs/faqs.resource.js';
import { freshDb, startApp, type TestApp } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-version-'));
const path = join(dir, 'k.db');
let t: TestApp;
beforeAll(async () => {
  t = await startApp({}, freshDb(path));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const FAQ = '/v1/faqs/what-is-community-of-practice';

describe('the data version', () => {
  it('moves at once with a write on the connection it watches', () => {
    const db = freshDb();
    const version = watchDataVersion(db, 60_000);
    try {
      const before = version.get();
      Writer.on(db).update(
        faqsResource,
        'what-is-community-of-practice',
        (f) => ({ ...f, position: 77 }),
        'any',
        'a',
        'updated',
      );
      expect(version.get()).toBeGreaterThan(before);
    } finally {
      version.stop();
      db.$client.close();
    }
  });

  it('moves when another process commits: cached bodies and totals are not served again', async () => {
    const total = async () => (await t.http.get('/v1/faqs').expect(200)).body.meta.total as number;
    const answer = async () => (await t.http.get(FAQ).expect(200)).body.data.answer as string;
    const n = await total();
    const a = await answer();
    // Served again from the cache and the cached count.
    expect(await total()).toBe(n);
    expect(await answer()).toBe(a);
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tests/fixtures/external-write.ts', path, 'what-is-community-of-practice', 'added-elsewhere'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // The server notices within its polling interval (100 ms); wait for it rather than for a time.
    await vi.waitFor(
      async () => {
        expect(await total()).toBe(n + 1);
        expect(await answer()).toBe(`${a} (changed by another process)`);
      },
      { timeout: 10_000, interval: 50 },
    );
    await t.http.get('/v1/faqs/added-elsewhere').expect(200);
  });
});
