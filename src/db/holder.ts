import { AsyncLocalStorage } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';
import type { Db } from './client.js';

/** One open database, its data version, and the requests still using it. */
interface Held {
  readonly db: Db;
  /** The data version (see version.ts): moves on every write, and on every swap. */
  version: number;
  /** Requests started on this database and not finished yet. */
  leases: number;
  /** Replaced by a newer database: closed once its last request finishes. */
  retired: boolean;
  /** Called once the retired database is closed (the follower deletes its file). */
  onClosed?: () => void;
}

/**
 * The open database, held for the app: everything that reads or writes (repository, writer, keys,
 * routes, health) asks the holder for it on each use instead of keeping a `Db` of its own, and keeps
 * what it derives per database (prepared statements) with `perDb`.
 *
 * A read node that follows a replica swaps in a new database without a restart (`swap`). Each request
 * then runs on the database that was live when it arrived, from its first hook to the end of its
 * response (an export streams to the end), even if a swap happens meanwhile: `serve` leases it for
 * the request (AsyncLocalStorage carries it through the request's async work), and a retired
 * database is closed when its last lease ends. A holder that never swaps (the primary, tests, the
 * single-process default) skips all of this: `serve` calls the handler directly.
 */
export class DbHolder {
  private live: Held;
  private readonly scope: AsyncLocalStorage<Held> | undefined;
  private readonly listeners: Array<(db: Db) => void> = [];

  constructor(db: Db, options: { swappable?: boolean } = {}) {
    this.live = { db, version: 1, leases: 0, retired: false };
    this.scope = options.swappable ? new AsyncLocalStorage<Held>() : undefined;
  }

  /** The database of the request in progress (the one it arrived on); outside a request, the live one. */
  get db(): Db {
    return (this.scope?.getStore() ?? this.live).db;
  }

  /** The live database, whatever the request in progress started on (health checks, timers). */
  get current(): Db {
    return this.live.db;
  }

  get swappable(): boolean {
    return this.scope !== undefined;
  }

  /** The data version of `db` (the request's database): caches key on it. */
  version(): number {
    return (this.scope?.getStore() ?? this.live).version;
  }

  /** The live data may have changed (a write, another process's commit): caches must not serve older answers. */
  bump(): void {
    this.live.version++;
  }

  /**
   * A value derived from a database (prepared statements), made once per database and dropped with
   * it: `perDb(make)()` returns the one for `db`.
   */
  perDb<T>(make: (db: Db) => T): () => T {
    const made = new WeakMap<Db, T>();
    return () => {
      const db = this.db;
      let value = made.get(db);
      if (value === undefined) {
        value = make(db);
        made.set(db, value);
      }
      return value;
    };
  }

  /** Calls `listener` with the new database after every swap. */
  onSwap(listener: (db: Db) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Runs one request (`handle`) on the live database, held until `res` closes: a swap meanwhile does
   * not close it under the request.
   */
  serve(res: ServerResponse, handle: () => void): void {
    const scope = this.scope;
    if (!scope) {
      handle();
      return;
    }
    const held = this.live;
    held.leases++;
    res.once('close', () => {
      held.leases--;
      this.closeIfIdle(held);
    });
    scope.run(held, handle);
  }

  /**
   * Makes `next` the live database, at once (requests arriving from now on use it, and the data
   * version moves). The previous one is closed when the last request on it finishes; then
   * `onClosed` runs.
   */
  swap(next: Db, onClosed?: () => void): void {
    if (!this.scope) throw new Error('this database holder was not made swappable');
    const old = this.live;
    old.retired = true;
    old.onClosed = onClosed;
    this.retired.add(old);
    this.live = { db: next, version: old.version + 1, leases: 0, retired: false };
    for (const listener of this.listeners) listener(next);
    this.closeIfIdle(old);
  }

  /** Databases open: the live one, and retired ones still serving requests. */
  get open(): number {
    return this.retired.size + 1;
  }
  private readonly retired = new Set<Held>();

  private closeIfIdle(held: Held): void {
    if (!held.retired || held.leases > 0) return;
    this.retired.delete(held);
    if (held.db.$client.open) held.db.$client.close();
    const done = held.onClosed;
    held.onClosed = undefined;
    done?.();
  }

  /** Closes the live database and any retired one still open (after the server stopped taking requests). */
  close(): void {
    for (const held of [...this.retired, this.live]) {
      held.retired = true;
      held.leases = 0;
      this.closeIfIdle(held);
    }
  }
}

/** A holder for `db`: itself when it is one, else a holder that never swaps. */
export function asHolder(db: Db | DbHolder): DbHolder {
  return db instanceof DbHolder ? db : new DbHolder(db);
}
