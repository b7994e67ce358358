/**
 * Attack: the database deleted, replaced or corrupted under a running server. /readyz checks what
 * reads and writes need and answers 503 naming the failing check; writes answer 503, never 201;
 * and a server refuses to start (rather than create and seed an empty database) where a database
 * it had opened before has vanished.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { DatabaseGoneError, markerOf, openDb, removeDb } from '../src/db/client.js';
import { unavailable } from '../src/db/health.js';
import { citedFaq, EXCERPT, freshDb, startApp } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-vanish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const faq = (id: string) => citedFaq(id, { question: `Vanishing question ${id}`, answer: EXCERPT, position: 600 });

async function started(name: string) {
  const path = join(dir, name);
  const t = await startApp({}, freshDb(path));
  const key = createKey(t.db, 'vanish', 'write').key;
  const write = (id: string) => t.http.post('/v1/faqs').set('authorization', `Bearer ${key}`).send(faq(id));
  return { t, path, write };
}

const expect503 = (
  res: { status: number; headers: Record<string, string>; body: { detail?: string } },
  what: RegExp,
) => {
  expect(res.status).toBe(503);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.detail).toMatch(what);
};

describe('a database deleted under a running server', () => {
  it('readiness 503 naming the file, writes 503 (never 201), and a restart refuses to re-create it', async () => {
    const { t, path, write } = await started('deleted.db');
    try {
      await t.http.get('/readyz').expect(200);
      await write('before-delete').expect(201);
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      expect503(await t.http.get('/readyz'), /file: .*deleted\.db is gone/);
      expect503(await write('after-delete'), /gone/);
    } finally {
      await t.close();
    }
    expect(existsSync(markerOf(path))).toBe(true);
    expect(() => openDb(path)).toThrow(DatabaseGoneError);
    const server = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, DATABASE_PATH: path, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(server.status).toBe(1);
    expect(server.stderr).toContain('is gone, but Katalog opened a database there before');
    expect(server.stderr).toContain(markerOf(path));
    expect(server.stderr).not.toMatch(/^\s+at /m);
    // The keys CLI and db:seed refuse too (they would otherwise create an empty database).
    for (const args of [
      ['scripts/keys.ts', 'list'],
      ['scripts/db.ts', 'seed'],
    ]) {
      const cli = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
        env: { ...process.env, DATABASE_PATH: path },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(cli.status, args.join(' ')).toBe(1);
      expect(cli.stderr).toContain('is gone');
    }
    // Nothing was created (and so nothing seeded) in its place.
    expect(existsSync(path)).toBe(false);
  });

  it('starting afresh is a deliberate act: removeDb (or deleting the marker) allows a new database', () => {
    const path = join(dir, 'afresh.db');
    freshDb(path).$client.close();
    removeDb(path);
    const db = openDb(path);
    expect(existsSync(markerOf(path))).toBe(true);
    db.$client.close();
  });
});

describe('a database replaced under a running server', () => {
  it('readiness 503: the file at the path is not the one opened; writes 503', async () => {
    const { t, path, write } = await started('replaced.db');
    try {
      const other = join(dir, 'other.db');
      freshDb(other).$client.close();
      rmSync(path);
      copyFileSync(other, path);
      expect503(await t.http.get('/readyz'), /file: .*replaced by another file/);
      expect503(await write('after-replace'), /replaced/);
    } finally {
      await t.close();
    }
  });
});

describe('a database with corrupted pages', () => {
  it('readiness 503 once the scheduled quick_check has run, writes 503', async () => {
    const { t, path, write } = await started('corrupt.db');
    try {
      await write('before-corruption').expect(201);
      t.db.$client.pragma('wal_checkpoint(TRUNCATE)');
      const { rootpage } = t.db.$client.prepare("select rootpage from sqlite_master where name = 'faqs'").get() as {
        rootpage: number;
      };
      const pageSize = t.db.$client.pragma('page_size', { simple: true }) as number;
      expect((await t.app.dbHealth.runQuickCheck()).ok).toBe(true);
      await t.http.get('/readyz').expect(200);
      // Garbage over the table's root page, on disk, as a failing disk or a stray write would leave it.
      const fd = openSync(path, 'r+');
      writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize);
      closeSync(fd);
      // Readiness reports the scheduled check, not a check per request: it runs here directly.
      const result = await t.app.dbHealth.runQuickCheck();
      expect(result.ok).toBe(false);
      expect503(await t.http.get('/readyz'), /integrity: quick_check failed/);
      expect503(await write('after-corruption'), /quick_check failed/);
    } finally {
      await t.close();
    }
  });
});

describe('configuration and errors', () => {
  it('DB_CHECK_INTERVAL_SECONDS is validated', () => {
    for (const bad of ['0', '-5', 'soon', '1.5', '100000'])
      expect(() => loadConfig({ DB_CHECK_INTERVAL_SECONDS: bad }), bad).toThrow(ConfigError);
    expect(loadConfig({ DB_CHECK_INTERVAL_SECONDS: '30' }).DB_CHECK_INTERVAL_SECONDS).toBe(30);
  });

  it('a full disk, a busy or damaged database are 503 problems, not 500s', () => {
    expect(unavailable({ code: 'SQLITE_FULL' })).toMatch(/full/);
    expect(unavailable({ code: 'SQLITE_BUSY_SNAPSHOT' })).toMatch(/busy/);
    expect(unavailable({ code: 'SQLITE_CORRUPT' })).toMatch(/damaged/);
    expect(unavailable({ code: 'SQLITE_IOERR_WRITE' })).toMatch(/cannot be read or written/);
    expect(unavailable({ code: 'SQLITE_CONSTRAINT' })).toBeUndefined();
    expect(unavailable(new Error('x'))).toBeUndefined();
  });
});
