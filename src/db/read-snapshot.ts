import Database from 'better-sqlite3';

/**
 * A read-only connection of its own to the database file, holding one read transaction (its snapshot,
 * taken now) until `close`: writes made meanwhile through other connections (WAL) are not in what it
 * reads. Exports walk one (Repository.snapshot); chunked counts sum their slices over one
 * (query/chunked-counts.ts).
 */
export function openSnapshot(file: string): { sqlite: Database.Database; close: () => void } {
  const conn = new Database(file, { readonly: true, fileMustExist: true });
  conn.pragma('busy_timeout = 5000');
  // The snapshot's match sets (temporary tables, see Snapshot) stay in memory and go with the connection.
  conn.pragma('temp_store = memory');
  conn.exec('begin');
  // A deferred transaction takes its snapshot at the first read: take it now.
  conn.prepare('select count(*) from sqlite_schema').get();
  return {
    sqlite: conn,
    close: () => {
      if (!conn.open) return;
      if (conn.inTransaction) conn.exec('commit');
      conn.close();
    },
  };
}
