import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { Db } from './client.js';
import { asHolder, type DbHolder } from './holder.js';

/** One check readiness and writes rely on; `detail` says what is wrong. */
export interface CheckResult {
  name: 'file' | 'integrity' | 'writable' | 'query' | 'replica';
  ok: boolean;
  detail: string;
}

/** What /readyz says of the replica a read node follows (see replica/follower.ts). */
export interface ReplicaReport {
  /** Seconds since the node last confirmed it serves the replica's latest data. */
  age_seconds: number;
  /** The bound (REPLICA_MAX_AGE) past which the node is not ready. */
  max_age_seconds: number;
  /** When the node last confirmed it (ISO 8601), null before the first time. */
  checked_at: string | null;
  /** When the node last swapped in new data (ISO 8601), null before the first swap. */
  changed_at: string | null;
}

/** A replica a read node follows, as readiness sees it. */
export interface ReplicaStatus {
  check(): CheckResult;
  report(): ReplicaReport;
}

interface Identity {
  dev: number;
  ino: number;
}
const identities = new WeakMap<Database.Database, Identity>();

/** Records which file a connection opened (device and inode), to tell later whether it is still there. */
export function recordIdentity(sqlite: Database.Database): void {
  if (sqlite.memory) return;
  const s = statSync(sqlite.name);
  identities.set(sqlite, { dev: s.dev, ino: s.ino });
}

const sqliteModule = createRequire(import.meta.url).resolve('better-sqlite3');
/**
 * `PRAGMA quick_check` of the file on disk, on a connection of its own in a worker thread: it reads
 * every page (seconds on a large database) without blocking requests, and it sees the file as it
 * is on disk, not the pages the server's connection has cached.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let result;
try {
  const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('quick_check(10)', { simple: false }).map((r) => r.quick_check);
    result = { ok: rows.length === 1 && rows[0] === 'ok', detail: rows.join('; ') };
  } finally {
    db.close();
  }
} catch (err) {
  result = { ok: false, detail: String(err && err.message ? err.message : err) };
}
parentPort.postMessage(result);
`;

function quickCheckInWorker(path: string): Promise<{ ok: boolean; detail: string }> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { path, module: sqliteModule } });
    worker.once('message', resolve);
    worker.once('error', (err) => resolve({ ok: false, detail: err.message }));
  });
}

/**
 * What reads and writes need from the database, for /readyz and before every write:
 * - file: the file at the path is the one that was opened (same device and inode). A database
 *   deleted or replaced under a running server would otherwise take writes into an unlinked file
 *   and lose them on restart;
 * - integrity: `PRAGMA quick_check`, run every `intervalMs` (and at start), never per request;
 *   readiness reports the last result;
 * - writable: the file and its folder (WAL and shared-memory files) are writable, unless the server
 *   is read-only;
 * - query: the connection answers.
 */
export class DbHealth {
  private integrity: CheckResult = { name: 'integrity', ok: true, detail: 'not checked yet' };
  private readonly timer: NodeJS.Timeout | undefined;
  private running: Promise<CheckResult> | undefined;

  private readonly dbs: DbHolder;

  constructor(
    db: Db | DbHolder,
    private readonly options: { readonly: boolean; intervalMs: number; replica?: ReplicaStatus },
  ) {
    this.dbs = asHolder(db);
    const sqlite = this.dbs.current.$client;
    if (!sqlite.memory && !identities.has(sqlite)) recordIdentity(sqlite);
    void this.runQuickCheck();
    this.timer = setInterval(() => void this.runQuickCheck(), options.intervalMs);
    this.timer.unref();
  }

  /** The live database (on a read node, the one requests arriving now get), whatever request asks. */
  private get db(): Db {
    return this.dbs.current;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** The replica a read node follows, if any. */
  get replica(): ReplicaStatus | undefined {
    return this.options.replica;
  }

  /** Runs `quick_check` now (one at a time) and keeps the result. */
  runQuickCheck(): Promise<CheckResult> {
    this.running ??= (async () => {
      const sqlite = this.db.$client;
      let result: { ok: boolean; detail: string };
      if (sqlite.memory) {
        const rows = (sqlite.pragma('quick_check(10)') as { quick_check: string }[]).map((r) => r.quick_check);
        result = { ok: rows.length === 1 && rows[0] === 'ok', detail: rows.join('; ') };
      } else {
        result = await quickCheckInWorker(sqlite.name);
      }
      this.integrity = {
        name: 'integrity',
        ok: result.ok,
        detail: result.ok ? 'quick_check: ok' : `quick_check failed: ${result.detail}`,
      };
      return this.integrity;
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** The file at the path is still the one opened. */
  file(): CheckResult {
    const sqlite = this.db.$client;
    const opened = identities.get(sqlite);
    if (sqlite.memory || !opened) return { name: 'file', ok: true, detail: 'in memory' };
    try {
      const now = statSync(sqlite.name);
      if (now.dev !== opened.dev || now.ino !== opened.ino)
        return { name: 'file', ok: false, detail: `${sqlite.name} was replaced by another file since it was opened` };
      return { name: 'file', ok: true, detail: sqlite.name };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return {
        name: 'file',
        ok: false,
        detail: code === 'ENOENT' ? `${sqlite.name} is gone from disk` : `${sqlite.name}: ${code}`,
      };
    }
  }

  writable(): CheckResult {
    const sqlite = this.db.$client;
    if (this.options.readonly) return { name: 'writable', ok: true, detail: 'read-only by configuration' };
    if (sqlite.memory) return { name: 'writable', ok: true, detail: 'in memory' };
    for (const target of [sqlite.name, dirname(sqlite.name)]) {
      try {
        accessSync(target, constants.W_OK);
      } catch {
        return { name: 'writable', ok: false, detail: `${target} is not writable` };
      }
    }
    return { name: 'writable', ok: true, detail: 'writable' };
  }

  query(): CheckResult {
    try {
      this.db.$client.prepare('select 1').get();
      return { name: 'query', ok: true, detail: 'answers' };
    } catch (err) {
      return { name: 'query', ok: false, detail: `the database does not answer: ${(err as Error).message}` };
    }
  }

  /**
   * Every check, for /readyz (cheap: a stat, two access calls, one query, the cached quick_check and,
   * on a read node that follows a replica, the replica's age).
   */
  checks(): CheckResult[] {
    const checks = [this.file(), this.query(), this.writable(), this.integrity];
    if (this.options.replica) checks.push(this.options.replica.check());
    return checks;
  }

  /** What a write needs, or the first failing check: the file is the one opened and passed its last check. */
  writeBlocker(): CheckResult | undefined {
    return [this.file(), this.integrity].find((c) => !c.ok);
  }
}

/** SQLite failures that mean "the database cannot serve this now", not "the request is wrong". */
const UNAVAILABLE: [RegExp, string][] = [
  [/^SQLITE_FULL/, 'the disk holding the database is full; nothing was written'],
  [/^SQLITE_BUSY/, 'the database is busy with another writer; retry shortly'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'the database file is damaged'],
  [/^SQLITE_(IOERR|CANTOPEN)/, 'the database file cannot be read or written'],
  [/^SQLITE_READONLY/, 'the database cannot be written'],
];

/** For a SQLite error the client can do nothing about, what to tell it (a 503); otherwise undefined. */
export function unavailable(err: unknown): string | undefined {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string') return undefined;
  return UNAVAILABLE.find(([pattern]) => pattern.test(code))?.[1];
}
