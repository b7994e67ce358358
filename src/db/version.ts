import type Database from 'better-sqlite3';
import type { Db } from './client.js';
import { asHolder, type DbHolder } from './holder.js';

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
    sqlite.prepare = ((source: string) => {
      const stmt = prepare(source);
      if (!stmt.reader) {
        for (const method of ['run', 'get', 'all', 'iterate'] as const) {
          const original = (stmt[method] as (...args: unknown[]) => unknown).bind(stmt);
          (stmt as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
            bump();
            return original(...args);
          };
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
