import type Database from 'better-sqlite3';
import type { Db } from './client.js';
import { asHolder, type DbHolder } from './holder.js';

const unversioned = new WeakMap<Database.Database, Database.Database['prepare']>();

/**
 * Prepares a statement whose writes do not move the data version: for state that is not content
 * (the webhook outbox and delivery log, src/webhooks/store.ts). A delivery worker writing on every
 * attempt would otherwise empty the response cache each time. Only for tables no cached response reads.
 */
export function prepareUnversioned(sqlite: Database.Database, source: string): Database.Statement {
  return (unversioned.get(sqlite) ?? sqlite.prepare.bind(sqlite))(source);
}

export interface DataVersion {
  /** Changes whenever the data may have changed; read on every request, so it never touches SQLite. */
  get(): number;
  stop(): void;
}

/**
 * Tracks data changes without a query per request: every write statement run on the connection
 * bumps the version at once, and `PRAGMA data_version` (which changes when another connection or
 * process commits) is polled every `pollMs`. A swap of the database (a read node following its
 * replica, see db/holder.ts) moves it too. The response cache and the count cache key on it; the
 * version is the one of the request's own database (holder.version()).
 */
export function watchDataVersion(source: DbHolder | Db, pollMs = 100): DataVersion {
  const holder = asHolder(source);
  const bump = () => holder.bump();
  const tracked = new WeakSet<Database.Database>();
  const track = (sqlite: Database.Database) => {
    if (tracked.has(sqlite)) return;
    tracked.add(sqlite);
    const prepare = sqlite.prepare.bind(sqlite);
    unversioned.set(sqlite, prepare);
    sqlite.prepare = ((source: string) => {
      const stmt = prepare(source);
      if (!stmt.reader) {
        for (const method of ['run', 'get', 'all', 'iterate'] as const) {
          const original = (stmt[method] as (...args: unknown[]) => unknown).bind(stmt);
          Object.assign(stmt, {
            [method]: (...args: unknown[]) => {
              bump();
              return original(...args);
            },
          });
        }
      }
      return stmt;
    }) as typeof sqlite.prepare;
    const exec = sqlite.exec.bind(sqlite);
    sqlite.exec = ((source: string) => {
      bump();
      return exec(source);
    }) as typeof sqlite.exec;
  };
  let watched = holder.current.$client;
  track(watched);
  let external = watched.pragma('data_version', { simple: true });
  const timer = setInterval(() => {
    const sqlite = holder.current.$client;
    if (!sqlite.open) return;
    if (sqlite !== watched) {
      // A swapped-in database: the swap moved the version already.
      watched = sqlite;
      track(sqlite);
      external = sqlite.pragma('data_version', { simple: true });
      return;
    }
    const now = sqlite.pragma('data_version', { simple: true });
    if (now !== external) {
      external = now;
      bump();
    }
  }, pollMs);
  timer.unref();
  return { get: () => holder.version(), stop: () => clearInterval(timer) };
}

/**
 * The version of a connection whose reads nothing caches (the seed loader, scripts): a new number on
 * every read, so no count is ever reused.
 */
export const UNTRACKED: DataVersion = (() => {
  let version = 0;
  return { get: () => ++version, stop: () => {} };
})();
