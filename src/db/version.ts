import type Database from 'better-sqlite3';

export interface DataVersion {
  /** Changes whenever the data may have changed; read on every request, so it never touches SQLite. */
  get(): number;
  stop(): void;
}

/**
 * Tracks data changes without a query per request: every write statement run on this connection
 * bumps the version at once, and `PRAGMA data_version` (which changes when another connection or
 * process commits) is polled every `pollMs`. The response cache and the count cache key on it.
 */
export function watchDataVersion(sqlite: Database.Database, pollMs = 100): DataVersion {
  let version = 1;
  const bump = () => {
    version++;
  };
  const prepare = sqlite.prepare.bind(sqlite);
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
  let external = sqlite.pragma('data_version', { simple: true });
  const timer = setInterval(() => {
    if (!sqlite.open) return;
    const now = sqlite.pragma('data_version', { simple: true });
    if (now !== external) {
      external = now;
      bump();
    }
  }, pollMs);
  timer.unref();
  return { get: () => version, stop: () => clearInterval(timer) };
}

/**
 * The version of a connection whose reads nothing caches (the seed loader, scripts): a new number on
 * every read, so no count is ever reused.
 */
export const UNTRACKED: DataVersion = (() => {
  let version = 0;
  return { get: () => ++version, stop: () => {} };
})();
