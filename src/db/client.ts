import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { getTableColumns, is } from 'drizzle-orm';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { resources } from '../resources/index.js';
import { recordIdentity } from './health.js';
import { MIGRATIONS_DIR } from './paths.js';
import * as schema from './schema/index.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Milliseconds a statement waits for a lock held by another connection or process. */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  readonly?: boolean;
  /**
   * Litestream replicates this database (the primary with REPLICA_URL, see deploy/litestream.yml):
   * checkpoints are left to it (`wal_autocheckpoint = 0`), as its documentation asks. Litestream holds
   * a read transaction so that no other connection can checkpoint frames it has not shipped yet, and
   * checkpoints itself (PASSIVE from 1000 pages or every minute, RESTART from 10000 pages); an
   * application checkpoint racing with it would force a new generation (a full snapshot).
   */
  litestream?: boolean;
}

/** The options to open the configured database with (scripts and the server). */
export function openOptions(config: { READ_ONLY: boolean; REPLICA_URL?: string | undefined }): OpenOptions {
  return { readonly: config.READ_ONLY, litestream: !config.READ_ONLY && config.REPLICA_URL !== undefined };
}

/** A database Katalog opened before has disappeared: it must not be re-created empty. */
export class DatabaseGoneError extends Error {}

/**
 * The marker Katalog keeps beside a database file it opened for writing: `.<file>.katalog-id` in
 * the same folder (a dot file, so that `rm katalog.db*` or `rm data/*` leaves it). It records that
 * a database was there. Opening that path for writing again when the marker is there but the
 * database is not means the database vanished (deleted, a volume not mounted, a wrong path): rather
 * than create an empty database (and seed it), losing every acknowledged write and API key without
 * a word, openDb refuses with DatabaseGoneError. Restoring the file fixes it; deleting the marker
 * (or `removeDb`) starts afresh on purpose. Read-only opens need the file to exist anyway.
 */
export function markerOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.katalog-id`);
}

const onDisk = (path: string) => path !== '' && path !== ':memory:' && !path.startsWith('file:');

/** Deletes a database, its WAL and shared-memory files and its marker: the next open starts afresh. */
export function removeDb(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`, markerOf(path)]) rmSync(file, { force: true });
}

/**
 * Opens the database with the pragmas Katalog relies on (WAL, busy timeout, foreign keys). The busy
 * timeout (5 s) is also what Litestream asks of applications: its checkpoints take short write locks.
 */
export function openDb(path: string, options: OpenOptions = {}): Db {
  const writable = onDisk(path) && !options.readonly;
  const marker = markerOf(path);
  if (writable) {
    mkdirSync(dirname(path), { recursive: true });
    if (!existsSync(path) && existsSync(marker)) {
      let since = '';
      try {
        since = ` on ${JSON.parse(readFileSync(marker, 'utf8')).created_at}`;
      } catch {}
      throw new DatabaseGoneError(
        `The database ${resolve(path)} is gone, but Katalog opened a database there before${since} (marker ${marker}). ` +
          'Creating an empty one would lose every acknowledged write and API key it held, so Katalog will not. ' +
          `Restore the file from a backup, or, to start afresh on purpose, delete ${marker}.`,
      );
    }
  }
  const sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (onDisk(path)) recordIdentity(sqlite);
  if (writable && !existsSync(marker)) {
    const note =
      'Katalog opened the database beside this file; while this file exists, Katalog will not create a new, empty database in its place. Delete it to start afresh.';
    writeFileSync(
      marker,
      `${JSON.stringify({ database: basename(path), created_at: new Date().toISOString(), note }, null, 2)}\n`,
    );
  }
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  if (options.litestream) sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.pragma('synchronous = NORMAL');
  // How long a writer waits for another's write lock (see writeTransaction) before SQLITE_BUSY.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('foreign_keys = ON');
  return drizzle(sqlite, { schema }) as Db;
}

/** Rows that a migration adding foreign keys found pointing at rows that do not exist. */
export class DanglingReferencesError extends Error {
  constructor(readonly rows: string[]) {
    super(
      `The migration that adds foreign keys found ${rows.length} row(s) pointing at records that do not exist, ` +
        `and did not run (nothing changed): ${rows.slice(0, 20).join('; ')}${rows.length > 20 ? '; …' : ''}. ` +
        'Point them at existing records (or null where the field allows it), then start again.',
    );
  }
}

/** Rows whose foreign-key columns (as the drizzle tables declare them) name rows that do not exist. */
function danglingReferences(db: Db): string[] {
  const out: string[] = [];
  // Every table: the collections' (declared beside their schemas) and the others (./schema/).
  for (const table of [...resources.map((r) => r.table), ...Object.values(schema)]) {
    if (!is(table, SQLiteTable)) continue;
    const { name, foreignKeys } = getTableConfig(table);
    // A table a later migration creates is not there yet when an earlier one rolled back.
    if (!db.$client.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name)) continue;
    for (const fk of foreignKeys) {
      const { columns, foreignColumns, foreignTable } = fk.reference();
      const [column] = columns;
      const [target] = foreignColumns;
      if (!column || !target || columns.length !== 1) continue;
      // A column a later migration adds (faqs.answered_by) is not there yet when an earlier one checks.
      const present = db.$client.prepare('select 1 from pragma_table_info(?) where name = ?').get(name, column.name);
      if (!present) continue;
      const parent = getTableConfig(foreignTable).name;
      // Nor is a key to a table a later migration creates (findings.condition -> conditions, 0011).
      if (!db.$client.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(parent)) continue;
      const key = 'id' in getTableColumns(table) ? 'id' : `collection || '/' || record_id`;
      const rows = db.$client
        .prepare(
          `select ${key} as row, "${column.name}" as value from "${name}" where "${column.name}" is not null and "${column.name}" not in (select "${target.name}" from "${parent}") limit 100`,
        )
        .all() as { row: string | number; value: string }[];
      for (const r of rows) out.push(`${name} ${r.row}: ${column.name} "${r.value}" is not a ${parent} id`);
    }
  }
  return out;
}

/** A transaction of `db`, as drizzle hands it to the function. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Runs `fn` in a write transaction: every write goes through here. `BEGIN IMMEDIATE` takes the
 * write lock before the first read, so a second writer on the same file (another server, the keys
 * CLI, `db:seed`) waits up to `busy_timeout` for it. A deferred transaction that reads first and
 * then writes cannot wait: SQLite answers SQLITE_BUSY (or SQLITE_BUSY_SNAPSHOT in WAL mode) at once.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => T): T {
  return db.transaction(fn, { behavior: 'immediate' });
}

/**
 * Applies every migration in `folder` (migrations/) that has not run yet, in one transaction.
 *
 * Foreign keys are off while they run, as SQLite's procedure for changing a table asks (a table is
 * rebuilt as a copy, the old one dropped and the copy renamed; `PRAGMA foreign_keys` cannot change
 * inside the transaction, so the migrations' own PRAGMA lines do nothing). A migration that adds
 * foreign keys checks every row at its end and rolls back if one points at a row that does not
 * exist: the database stays as it was, and the error lists those rows.
 */
export function migrateDb(db: Db, folder = MIGRATIONS_DIR): number {
  const sqlite = db.$client;
  const before = migrationsApplied(db);
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: folder });
  } catch (err) {
    // drizzle wraps the SQLite error (its `cause`).
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
    if (cause instanceof Error && /CHECK constraint failed: dangling_references/.test(cause.message))
      throw new DanglingReferencesError(danglingReferences(db));
    throw err;
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  // Refresh the planner's statistics where they are missing or stale (cheap when they are not):
  // without them SQLite may pick an index that forces a sort of the whole filtered set.
  db.$client.pragma('optimize=0x10002');
  // How many migrations this call applied.
  return migrationsApplied(db) - before;
}

/** How many migrations the database has had applied (none before the first). */
export function migrationsApplied(db: Db): number {
  const sqlite = db.$client;
  const made = sqlite
    .prepare("select count(*) as n from sqlite_schema where type = 'table' and name = '__drizzle_migrations'")
    .get() as { n: number };
  return made.n ? (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n : 0;
}

/** Tables that stay on the primary: webhook endpoints (their signing secrets) and delivery logs. */
const PRIMARY_ONLY = ['webhook_attempts', 'webhook_deliveries', 'webhook_endpoints'];

/**
 * Writes a consistent, compacted copy of the database to `target` (VACUUM INTO), checks it, and
 * leaves it in rollback-journal mode so that read-only replicas can open it without write access.
 * Webhooks stay on the primary: the copy holds none of their rows (deleted with secure_delete and
 * vacuumed, so no signing secret is left in a free page).
 */
export function snapshotDb(db: Db, target: string): void {
  db.$client.prepare('VACUUM INTO ?').run(target);
  const copy = new Database(target);
  try {
    const present = PRIMARY_ONLY.filter((t) =>
      copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t),
    );
    if (present.length) {
      copy.pragma('secure_delete = ON');
      for (const t of present) copy.exec(`DELETE FROM ${t}`);
      copy.exec('VACUUM');
    }
    const ok = copy.pragma('integrity_check', { simple: true });
    if (ok !== 'ok') throw new Error(`integrity check of ${target} failed: ${ok}`);
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}
