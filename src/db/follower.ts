import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { openDb } from './client.js';
import type { CheckResult, ReplicaReport, ReplicaStatus } from './health.js';
import { DbHolder } from './holder.js';
import { runLitestream } from './litestream.js';

export interface FollowerOptions {
  /** The Litestream replica URL (REPLICA_URL). */
  url: string;
  /** Where the node keeps its restored copy (DATABASE_PATH). */
  path: string;
  /** How often the replica is checked (REPLICA_POLL_INTERVAL), in ms. */
  pollMs: number;
  /** Readiness bound (REPLICA_MAX_AGE), in ms; also how long the first restore may take. */
  maxAgeMs: number;
  /** The litestream binary. */
  litestream: string;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

const sqliteModule = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * What identifies the data of a restored database, read in a worker thread (it reads every page, so
 * it must not block requests) after the file is put in rollback-journal mode (a read-only connection
 * then needs no -wal or -shm file beside it) and passes `quick_check`. The stamp is the schema
 * version, the migrations applied, the last revision (the record store writes one with every
 * change), and the last change-feed event with its time: it moves when, and only when, what
 * the API serves moves. Litestream's own bookkeeping (`_litestream_seq`) and checkpoints leave it be,
 * and a primary rebuilt from an older replica, whose counters start again from lower numbers, gives
 * other event times.
 */
const PREPARE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let result;
try {
  const db = new Database(workerData.path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const rows = db.pragma('quick_check(10)', { simple: false }).map((r) => r.quick_check);
    if (rows.length !== 1 || rows[0] !== 'ok') {
      result = { ok: false, detail: 'quick_check failed: ' + rows.join('; ') };
    } else {
      const schema = db.pragma('schema_version', { simple: true });
      const row = db.prepare(
        "select (select count(*) from __drizzle_migrations) as m, " +
        "(select max(seq) from revisions) as v, " +
        "(select seq || '@' || changed_at from changes order by seq desc limit 1) as last"
      ).get();
      result = { ok: true, stamp: [schema, row.m, row.v, row.last].join(':') };
    }
  } finally {
    db.close();
  }
} catch (err) {
  result = { ok: false, detail: String(err && err.message ? err.message : err) };
}
parentPort.postMessage(result);
`;

type Prepared = { ok: true; stamp: string } | { ok: false; detail: string };

function prepareInWorker(path: string): Promise<Prepared> {
  return new Promise((resolve) => {
    const worker = new Worker(PREPARE, { eval: true, workerData: { path, module: sqliteModule } });
    worker.once('message', resolve);
    worker.once('error', (err) => resolve({ ok: false, detail: err.message }));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

/**
 * A read node's database, kept up to date from the primary's Litestream replica without a restart:
 * - at start, `litestream restore` writes the replica's latest state into a new file, which becomes
 *   DATABASE_PATH and is opened read-only;
 * - every `pollMs`, `litestream wal <url>` lists the replica's WAL segments (one cheap call). When the
 *   listing is the one seen last time, nothing changed; otherwise the replica is restored into a new
 *   file (`<DATABASE_PATH>.next`), checked and stamped (see PREPARE). When its stamp differs from the
 *   data being served, it is renamed over DATABASE_PATH and opened, and the holder swaps it in: new
 *   requests use it at once, requests under way finish on the old connection, which is closed after
 *   (its file was unlinked by the rename, so the disk space returns then). When the stamp is the
 *   same (Litestream checkpointed, or retention removed old segments), the new file is dropped: the
 *   data version, ETags and cached responses stay as they are.
 * - the node is "confirmed" each time it learns that it serves the replica's latest data; readiness
 *   fails when that is older than `maxAgeMs` (the replica unreachable, restores failing).
 */
export class ReplicaFollower implements ReplicaStatus {
  private holderOf: DbHolder | undefined;
  private stamp = '';
  private listing = '';
  private checkedAt: number | undefined;
  private changedAt: number | undefined;
  private lastError: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private child: ChildProcess | undefined;
  private stopped = false;
  /** Restores made since start (the first included) and swaps done: for tests and logs. */
  readonly counts = { restores: 0, swaps: 0, polls: 0 };

  private constructor(private readonly options: FollowerOptions) {}

  /** Logs from now on go to `log` (the app's logger, once it exists). */
  logTo(log: FollowerOptions['log']): void {
    this.options.log = log;
  }

  /** Restores the replica (retrying until `maxAgeMs`), opens it, and starts following. */
  static async start(options: FollowerOptions): Promise<ReplicaFollower> {
    const follower = new ReplicaFollower(options);
    await follower.first();
    follower.schedule();
    return follower;
  }

  /** The holder the app reads the database from; the follower swaps new data into it. */
  get holder(): DbHolder {
    if (!this.holderOf) throw new Error('the replica follower has not restored a database yet');
    return this.holderOf;
  }

  private get next(): string {
    return `${this.options.path}.next`;
  }

  private async first(): Promise<void> {
    const { path, url, pollMs, maxAgeMs } = this.options;
    mkdirSync(dirname(path), { recursive: true });
    const deadline = Date.now() + maxAgeMs;
    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      try {
        const listing = await this.list();
        const stamp = await this.restore();
        renameSync(this.next, path);
        this.holderOf = new DbHolder(openDb(path, { readonly: true }), { swappable: true });
        this.listing = listing;
        this.stamp = stamp;
        this.checkedAt = started;
        this.options.log.info({ replica: url, stamp, ms: Date.now() - started }, 'replica restored');
        return;
      } catch (err) {
        const message = (err as Error).message;
        if (this.stopped || Date.now() + pollMs > deadline) {
          throw new Error(
            `Katalog could not restore the database from REPLICA_URL=${url} within ${seconds(maxAgeMs)} s (REPLICA_MAX_AGE): ${message}`,
          );
        }
        if (attempt === 1 || attempt % 10 === 0)
          this.options.log.warn({ replica: url, err: message }, 'no replica to restore yet; retrying');
        await sleep(pollMs);
      }
    }
  }

  /** The replica's WAL segments as `litestream wal` lists them, hashed; fails when there are none. */
  private async list(): Promise<string> {
    const out = await runLitestream(this.options.litestream, ['wal', this.options.url], {
      timeoutMs: Math.max(this.options.maxAgeMs, 30_000),
      onChild: (c) => {
        this.child = c;
      },
    });
    const rows = out.split('\n').filter((l) => l.trim() !== '');
    if (rows.length < 2)
      throw new Error(`no replica at ${this.options.url}: is the primary running under litestream replicate?`);
    return createHash('sha256').update(out).digest('base64url');
  }

  /** Restores the replica into `<path>.next`, prepares it and returns its stamp. */
  private async restore(): Promise<string> {
    const next = this.next;
    const clear = () => {
      for (const f of [next, `${next}.tmp`, `${next}.tmp-wal`, `${next}.tmp-shm`, `${next}-wal`, `${next}-shm`])
        rmSync(f, { force: true });
    };
    clear();
    this.counts.restores++;
    try {
      await runLitestream(this.options.litestream, ['restore', '-o', next, this.options.url], {
        timeoutMs: Math.max(this.options.maxAgeMs, 30_000),
        onChild: (c) => {
          this.child = c;
        },
      });
      // Litestream leaves its temporary file's -wal and -shm behind.
      for (const f of [`${next}.tmp-wal`, `${next}.tmp-shm`]) rmSync(f, { force: true });
      const prepared = await prepareInWorker(next);
      if (!prepared.ok) throw new Error(`the restored database is not usable: ${prepared.detail}`);
      return prepared.stamp;
    } catch (err) {
      clear();
      throw err;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.poll().finally(() => {
        this.running = undefined;
        this.schedule();
      });
    }, this.options.pollMs);
    this.timer.unref();
  }

  /** One check of the replica (and a restore, and a swap, when it moved). */
  async poll(): Promise<void> {
    const started = Date.now();
    this.counts.polls++;
    try {
      const listing = await this.list();
      if (listing !== this.listing) {
        const stamp = await this.restore();
        if (this.stopped) return;
        if (stamp === this.stamp) rmSync(this.next, { force: true });
        else {
          renameSync(this.next, this.options.path);
          const db = openDb(this.options.path, { readonly: true });
          this.holder.swap(db);
          this.counts.swaps++;
          this.changedAt = Date.now();
          this.options.log.info(
            { from: this.stamp, to: stamp, ms: this.changedAt - started },
            'replica: new data swapped in',
          );
          this.stamp = stamp;
        }
        this.listing = listing;
      }
      this.checkedAt = started;
      this.lastError = undefined;
    } catch (err) {
      if (this.stopped) return;
      this.lastError = (err as Error).message;
      this.options.log.warn({ err: this.lastError }, 'replica check failed; serving the data restored before');
    }
  }

  private age(now = Date.now()): number {
    return this.checkedAt === undefined ? Number.POSITIVE_INFINITY : now - this.checkedAt;
  }

  report(): ReplicaReport {
    return {
      age_seconds: seconds(this.age()),
      max_age_seconds: seconds(this.options.maxAgeMs),
      checked_at: iso(this.checkedAt),
      changed_at: iso(this.changedAt),
    };
  }

  check(): CheckResult {
    const age = this.age();
    if (age <= this.options.maxAgeMs)
      return { name: 'replica', ok: true, detail: `serves the replica's latest data as of ${seconds(age)} s ago` };
    return {
      name: 'replica',
      ok: false,
      detail: `the node last confirmed it serves the replica's latest data ${seconds(age)} s ago, more than REPLICA_MAX_AGE (${seconds(this.options.maxAgeMs)} s)${this.lastError ? `: ${this.lastError}` : ''}`,
    };
  }

  /** Stops following (a check under way is stopped) and closes the databases. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.child?.pid !== undefined) this.child.kill('SIGTERM');
    await this.running?.catch(() => {});
    rmSync(this.next, { force: true });
  }
}
