import { statSync } from 'node:fs';
import Database from 'better-sqlite3';

/** A read-only connection of its own to the database file, not in a transaction yet. */
function connect(file: string): Database.Database {
  const conn = new Database(file, { readonly: true, fileMustExist: true });
  conn.pragma('busy_timeout = 5000');
  // The snapshot's match sets (temporary tables, see Snapshot) stay in memory and go with the connection.
  conn.pragma('temp_store = memory');
  return conn;
}

/** The file a path names now (device and inode), to tell a file replaced on disk. */
function fileIdentity(file: string): string {
  const { dev, ino } = statSync(file);
  return `${dev}:${ino}`;
}

/** The file each kept connection was opened on. */
const opened = new WeakMap<Database.Database, string>();

/** Statements each kept connection runs on every use, prepared once per connection. */
const firstReads = new WeakMap<Database.Database, Database.Statement>();
const tempTables = new WeakMap<Database.Database, Database.Statement>();

/** Starts the read transaction that holds the connection's snapshot, taken now; closes the connection if it cannot. */
function begin(conn: Database.Database): void {
  try {
    conn.exec('begin');
    // A deferred transaction takes its snapshot at the first read: take it now.
    let read = firstReads.get(conn);
    if (!read) {
      read = conn.prepare('select count(*) from sqlite_schema');
      firstReads.set(conn, read);
    }
    read.get();
  } catch (err) {
    conn.close();
    throw err;
  }
}

/**
 * A read-only connection of its own to the database file, holding one read transaction (its snapshot,
 * taken now) until `close`: writes made meanwhile through other connections (WAL) are not in what it
 * reads. Exports walk one (Repository.snapshot, from a `SnapshotPool`); chunked counts sum their slices
 * over one (query/chunked-counts.ts).
 */
export function openSnapshot(file: string): { sqlite: Database.Database; close: () => void } {
  const conn = connect(file);
  begin(conn);
  return {
    sqlite: conn,
    close: () => {
      if (!conn.open) return;
      if (conn.inTransaction) conn.exec('commit');
      conn.close();
    },
  };
}

/**
 * Snapshots (see `openSnapshot`) on read-only connections kept for reuse: opening a connection and
 * preparing its statements cost more than a small request's whole read (the cost comparison spent
 * about 30% of its CPU on them). Each use holds its own read transaction until `close`, which ends it
 * and drops the temporary tables it made (the match sets of `q=`), then keeps the connection, idle and
 * outside any transaction (it holds no snapshot, so it never holds back a checkpoint), for the next
 * use: at most `maxIdle` are kept; the rest are closed. `closeAll` closes the idle ones, and any in use
 * as it is released.
 */
export class SnapshotPool {
  private readonly idle: Database.Database[] = [];
  private closed = false;

  constructor(
    readonly file: string,
    private readonly maxIdle = 4,
  ) {}

  open(): { sqlite: Database.Database; close: () => void } {
    // A kept connection reads the file it was opened on: one replaced on disk since (a restore) is not reused, so
    // every snapshot reads the file the path names now, as a new connection would (code review L2).
    const file = fileIdentity(this.file);
    let conn = this.idle.pop();
    while (conn && (!conn.open || opened.get(conn) !== file)) {
      if (conn.open) conn.close();
      conn = this.idle.pop();
    }
    if (!conn) {
      conn = connect(this.file);
      opened.set(conn, file);
    }
    const sqlite = conn;
    begin(sqlite);
    let released = false;
    return {
      sqlite,
      close: () => {
        if (released) return;
        released = true;
        this.release(sqlite);
      },
    };
  }

  private release(conn: Database.Database): void {
    if (!conn.open) return;
    try {
      if (conn.inTransaction) conn.exec('commit');
      let tables = tempTables.get(conn);
      if (!tables) {
        tables = conn.prepare(`select name from temp.sqlite_schema where type = 'table'`).pluck();
        tempTables.set(conn, tables);
      }
      const temp = tables.all() as string[];
      for (const name of temp) conn.exec(`drop table temp."${name.replace(/"/g, '""')}"`);
    } catch {
      conn.close();
      return;
    }
    if (this.closed || this.idle.length >= this.maxIdle) conn.close();
    else this.idle.push(conn);
  }

  closeAll(): void {
    this.closed = true;
    for (const conn of this.idle.splice(0)) if (conn.open) conn.close();
  }
}
