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

/** A deferred transaction takes its snapshot at the first read: this one takes it at once. */
const FIRST_READ = 'select count(*) from sqlite_schema';

/** Starts the read transaction that holds the connection's snapshot, taken now; closes the connection if it cannot. */
function begin(conn: Database.Database, firstRead: Database.Statement = conn.prepare(FIRST_READ)): void {
  try {
    conn.exec('begin');
    firstRead.get();
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
  /** Idle connections, each with the file it was opened on and the statements it runs on every use. */
  private readonly idle: Kept[] = [];
  private closed = false;

  constructor(
    readonly file: string,
    private readonly maxIdle = 4,
  ) {}

  open(): { sqlite: Database.Database; close: () => void } {
    // A kept connection reads the file it was opened on: one replaced on disk since (a restore) is not reused, so
    // every snapshot reads the file the path names now, as a new connection would (code review L2).
    const file = fileIdentity(this.file);
    let kept = this.idle.pop();
    while (kept && (!kept.conn.open || kept.file !== file)) {
      if (kept.conn.open) kept.conn.close();
      kept = this.idle.pop();
    }
    if (!kept) {
      const conn = connect(this.file);
      kept = {
        conn,
        file,
        firstRead: conn.prepare(FIRST_READ),
        tempTables: conn.prepare(`select name from temp.sqlite_schema where type = 'table'`).pluck(),
      };
    }
    const use = kept;
    begin(use.conn, use.firstRead);
    let released = false;
    return {
      sqlite: use.conn,
      close: () => {
        if (released) return;
        released = true;
        this.release(use);
      },
    };
  }

  private release(kept: Kept): void {
    const { conn } = kept;
    if (!conn.open) return;
    try {
      if (conn.inTransaction) conn.exec('commit');
      for (const name of kept.tempTables.all() as string[]) conn.exec(`drop table temp."${name.replace(/"/g, '""')}"`);
    } catch {
      conn.close();
      return;
    }
    if (this.closed || this.idle.length >= this.maxIdle) conn.close();
    else this.idle.push(kept);
  }

  closeAll(): void {
    this.closed = true;
    for (const { conn } of this.idle.splice(0)) if (conn.open) conn.close();
  }
}

interface Kept {
  conn: Database.Database;
  file: string;
  firstRead: Database.Statement;
  tempTables: Database.Statement;
}
