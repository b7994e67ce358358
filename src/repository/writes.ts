import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { type Db, writeTransaction } from '../db/client.js';
import type { DbHealth } from '../db/health.js';
import { asHolder, type DbHolder } from '../db/holder.js';
import { UNTRACKED } from '../db/version.js';
import { HttpProblem, recordNotFound } from '../http/errors.js';
import { canonicalJson } from '../query/cursor.js';
import type { Citation } from '../resources/common.schema.js';
import type { Entity, Input, Resource, Row } from '../resources/define.js';
import { resources } from '../resources/index.js';
import { SEARCH_FIELDS } from '../search/fields.js';
import { PENDING_MARKER, SEARCH_PENDING, searchReindex } from '../search/triggers.js';
import { Integrity } from './integrity.js';
import { Repository } from './repository.js';
import { type Statement, Statements } from './statements.js';

/** What the store needs of every document it writes (every collection's input has both). */
type Doc = Row & { id: string; citations: Citation[] };
type Action = 'created' | 'replaced' | 'updated' | 'deleted' | 'restored';

/**
 * What If-Match asked for, as the write route read it: absent (428), `*` (any current record), or
 * the version of the entity tag it matched (see `precondition` in routes/collection-writes.ts). The version is
 * compared again inside the write transaction, so a change in between is a 412.
 */
export type Precondition = undefined | 'any' | { version: number };

/** How `put` (the seed loader's write) left a record. */
export type PutResult = 'created' | 'updated' | 'restored' | 'unchanged' | 'kept';

export interface PutOptions {
  /** Who writes (a revision's actor): `seed` for the curated seed. */
  actor: string;
  /** The write's timestamp (the seed's own, so that every database built from one seed is identical). */
  at: string;
  /** Overwrite a record that someone else changed since `actor` last wrote it. */
  force?: boolean;
}

/**
 * The record store: every write of a record, from the API, the seed loader, the scripts and the
 * tests. Each write runs in one transaction that also writes the citations, the change-feed event
 * and the revision (who, when, before, after), after checking every reference the document holds
 * (integrity.ts); the FTS index follows through triggers, the data version through the
 * connection's write tracking (db/version.ts). Statements are prepared once per shape.
 *
 * `bulk` runs many writes in one transaction (the seed, the synthetic data): references and foreign
 * keys are then checked once, when the batch ends, so records may point at records written later in it.
 */
export class Writer {
  private readonly integrity: Integrity;
  private readonly dbs: DbHolder;
  private readonly statements: Statements;
  /** Documents written in the running bulk, checked when it ends; undefined outside a bulk. */
  private pending: [Resource, Doc][] | undefined;

  constructor(
    db: Db | DbHolder,
    private readonly repo: Repository,
    private readonly health?: DbHealth,
  ) {
    this.dbs = asHolder(db);
    // Writes run on the primary only, whose database is never swapped: statements are prepared once.
    this.statements = new Statements(this.dbs.current.$client, 100);
    this.integrity = new Integrity(this.dbs, resources, this.statements);
  }

  /** A store on `db` for the seed loader and scripts: no response cache to keep in step. */
  static on(db: Db): Writer {
    return new Writer(db, new Repository(db, 'writer-without-cursors', UNTRACKED));
  }

  private get db(): Db {
    return this.dbs.db;
  }

  /**
   * Before every write: the database file must be the one opened, and have passed its last check.
   * A write into a deleted (unlinked) file would be acknowledged and then lost.
   */
  private ready() {
    const blocker = this.health?.writeBlocker();
    if (blocker)
      throw new HttpProblem(503, `Writes are refused until the database is restored: ${blocker.detail}.`, undefined, {
        'retry-after': '60',
      });
  }

  /** `fn` in a write transaction, or in the running bulk's. */
  private transaction<T>(fn: () => T): T {
    if (this.pending) return fn();
    this.ready();
    return writeTransaction(this.db, fn);
  }

  /**
   * Runs `fn`'s writes in one transaction. References and foreign keys are checked when `fn` returns,
   * for every record written (the first dangling one rolls the whole batch back); the documents of
   * one batch are held until then, so a caller writing without end splits its writes into batches.
   */
  bulk<T>(fn: () => T): T {
    if (this.pending) return fn();
    this.ready();
    return writeTransaction(this.db, () => {
      const sqlite = this.db.$client;
      // Reset by SQLite at the end of the transaction.
      sqlite.pragma('defer_foreign_keys = ON');
      // The search index is written once per table when the batch ends (src/search/triggers.ts): the
      // cost of a written row stays flat however large the index grows. The marker never outlives
      // the transaction, so no other connection sees it.
      this.statements
        .prepare(`insert into ${SEARCH_PENDING} (collection, record_id) values (?, ?)`)
        .run(PENDING_MARKER.collection, PENDING_MARKER.record_id);
      const pending: [Resource, Doc][] = [];
      this.pending = pending;
      try {
        const result = fn();
        const dangling = this.integrity.firstDangling(pending);
        if (dangling) {
          const [resource, doc] = pending[dangling.index] as [Resource, Doc];
          throw new Error(`${resource.path}/${doc.id}: ${dangling.problem.message}`);
        }
        const tables = this.statements
          .all<{ collection: string }>(`select distinct collection from ${SEARCH_PENDING} where collection <> ?`, [
            PENDING_MARKER.collection,
          ])
          .map((r) => r.collection)
          .filter((t) => SEARCH_FIELDS[t]);
        for (const table of tables) for (const text of searchReindex(table)) this.statements.prepare(text).run();
        this.statements.prepare(`delete from ${SEARCH_PENDING}`).run();
        return result;
      } finally {
        this.pending = undefined;
      }
    });
  }

  /** References of `doc`: now, or when the running bulk ends. */
  private checkReferences(resource: Resource, doc: Doc) {
    if (this.pending) this.pending.push([resource, doc]);
    else this.integrity.checkReferences(resource, doc);
  }

  create<E extends z.ZodObject, F extends z.ZodObject>(
    resource: Resource<E, F>,
    doc: Input<F>,
    actor: string,
  ): Entity<E>;
  create(resource: Resource, doc: Doc, actor: string): Row {
    return this.transaction(() => {
      const existing = this.row(resource, doc.id);
      if (existing) {
        throw new HttpProblem(
          409,
          existing.deleted_at
            ? `${resource.path}/${doc.id} exists and was deleted; restore it with POST /v1/${resource.path}/${doc.id}/restore.`
            : `${resource.path}/${doc.id} already exists; use PUT or PATCH to change it.`,
        );
      }
      return this.insert(resource, doc, actor, new Date().toISOString());
    });
  }

  /** PUT and PATCH: the full new document replaces the stored one when `ifMatch` is current. */
  update<E extends z.ZodObject, F extends z.ZodObject>(
    resource: Resource<E, F>,
    id: string,
    next: (current: Entity<E>) => Input<F>,
    ifMatch: Precondition,
    actor: string,
    action: Action,
  ): Entity<E>;
  update(
    resource: Resource,
    id: string,
    next: (current: Row) => Doc,
    ifMatch: Precondition,
    actor: string,
    action: Action,
  ): Row {
    return this.transaction(() => {
      const before = this.live(resource, id);
      this.checkVersion(before, ifMatch);
      const doc = next(before);
      if (doc.id !== id)
        throw new HttpProblem(400, 'The id in the body differs from the id in the path.', [
          { name: 'id', in: 'body', detail: 'must equal the path id' },
        ]);
      // A write that changes nothing (PATCH {}, the same document again) writes nothing: no new
      // version, revision or change event.
      if (this.unchanged(resource, before, doc)) return before;
      return this.replace(resource, doc, Number(before.version) + 1, actor, new Date().toISOString(), action, before);
    });
  }

  /**
   * The seed loader's write: `doc` as `actor` at `at`, unless the stored record already says the
   * same. A new record is created; one that differs (or was deleted) is written again, unless someone
   * else wrote it since `actor` last did (its latest revision is theirs) and `force` is not set:
   * such a record is `kept`.
   */
  put<F extends z.ZodObject>(resource: Resource<z.ZodObject, F>, doc: Input<F>, options: PutOptions): PutResult;
  put(resource: Resource, doc: Doc, { actor, at, force = false }: PutOptions): PutResult {
    return this.transaction(() => {
      const existing = this.row(resource, doc.id);
      if (!existing) {
        this.insert(resource, doc, actor, at);
        return 'created';
      }
      const before = existing.deleted_at ? null : this.live(resource, doc.id);
      if (before && this.unchanged(resource, before, doc)) return 'unchanged';
      if (!force && this.editedSince(resource, doc.id, actor)) return 'kept';
      const version = Number(existing.version) + 1;
      this.replace(resource, doc, version, actor, at, before ? 'updated' : 'restored', before);
      return before ? 'updated' : 'restored';
    });
  }

  remove(resource: Resource, id: string, ifMatch: Precondition, actor: string): void {
    this.transaction(() => {
      const before = this.live(resource, id);
      this.checkVersion(before, ifMatch);
      this.integrity.checkUnreferenced(resource, id);
      const at = new Date().toISOString();
      const version = Number(before.version) + 1;
      this.statement(
        resource,
        'remove',
        (t) => `update ${t} set deleted_at = ?, updated_at = ?, version = ? where id = ?`,
      ).run(at, at, version, id);
      this.log(resource, id, version, 'deleted', actor, at, before, null);
    });
  }

  /** Restores a deleted record; `precondition` (the request's If-Match / If-None-Match) runs once the record is known. */
  restore<E extends z.ZodObject>(
    resource: Resource<E>,
    id: string,
    actor: string,
    precondition?: () => void,
  ): Entity<E>;
  restore(resource: Resource, id: string, actor: string, precondition?: () => void): Row {
    return this.transaction(() => {
      const row = this.row(resource, id);
      if (!row) throw new HttpProblem(404, `No ${resource.path} record with id "${id}".`);
      precondition?.();
      if (!row.deleted_at) throw new HttpProblem(409, `${resource.path}/${id} is not deleted.`);
      const at = new Date().toISOString();
      const version = Number(row.version) + 1;
      this.statement(
        resource,
        'restore',
        (t) => `update ${t} set deleted_at = null, updated_at = ?, version = ? where id = ?`,
      ).run(at, version, id);
      // A restored record must not point at records deleted meanwhile (the transaction rolls back if so).
      const after = this.live(resource, id);
      this.integrity.checkReferences(resource, after, true);
      this.log(resource, id, version, 'restored', actor, at, null, after);
      return after;
    });
  }

  /**
   * Publishes what migrations changed. A migration that corrects stored records (a content correction
   * in SQL) changes rows without the store: no new version, change event or revision, so partners
   * syncing with `updated_since`, the change feed and webhooks would never see the correction. After
   * migrations run, every live record is compared with its latest revision (the record as it was last
   * written, `version` and `updated_at` aside): one that differs is written again as a new version at
   * `at`, with an "updated" event and a revision whose actor is `actorAfter(the previous actor)`; one a
   * migration already gave a new version and event gets its missing revision only. Records are read
   * in pages of 500 ids, one transaction per page. Returns the number of records published.
   */
  publishMigrated(at: string, actorAfter: (previous: string) => string): number {
    let published = 0;
    const latest = this.statements.prepare(
      'select version, actor, after from revisions where collection = ? and record_id = ? order by seq desc limit 1',
    );
    const hasEvent = this.statements.prepare(
      'select 1 from changes where collection = ? and record_id = ? and version = ? limit 1',
    );
    // A key missing from an older revision (a column added since, a nested field) and a null value are the
    // same content, as the store's own `unchanged` reads them, and so are a missing key and the field's write
    // default (a column added since with a default, such as 0027's title_inferred: false, is what a write without
    // it stores): only a real change is published.
    const content = (resource: Resource, record: Row) => {
      const { version: _v, updated_at: _u, ...rest } = record;
      const defaults = writeDefaults(resource);
      const kept = Object.entries(rest).filter(([k, v]) => defaults.get(k) !== JSON.stringify(v));
      return canonicalJson(withoutNulls(Object.fromEntries(kept)));
    };
    for (const resource of resources) {
      const page = this.statement(
        resource,
        'migrated-ids',
        (t) => `select id from ${t} where deleted_at is null and id > ? order by id limit 500`,
      );
      for (let after = ''; ; ) {
        const ids = (page.all(after) as { id: string }[]).map((r) => r.id);
        if (!ids.length) break;
        after = ids[ids.length - 1] as string;
        this.transaction(() => {
          for (const id of ids) {
            const rev = latest.get(resource.tableName, id) as
              | { version: number; actor: string; after: string | null }
              | undefined;
            if (!rev?.after) continue;
            const before = JSON.parse(rev.after) as Row;
            const current = this.live(resource, id);
            if (content(resource, current) === content(resource, before)) continue;
            const actor = actorAfter(rev.actor);
            if (Number(current.version) === rev.version) {
              const version = rev.version + 1;
              this.statement(
                resource,
                'republish',
                (t) => `update ${t} set version = ?, updated_at = ? where id = ?`,
              ).run(version, at, id);
              this.logWrite(resource, id, version, 'updated', actor, at, before);
            } else {
              // A migration gave it a new version itself; if it left updated_at as it was, the correction is
              // dated now, so that clients syncing with updated_since see it.
              let when = String(current.updated_at);
              if (when === before.updated_at) {
                when = at;
                this.statement(resource, 'republish-at', (t) => `update ${t} set updated_at = ? where id = ?`).run(
                  at,
                  id,
                );
              }
              if (!hasEvent.get(resource.tableName, id, current.version))
                this.logChange(resource, id, 'updated', Number(current.version), when);
              const after = when === current.updated_at ? current : this.live(resource, id);
              this.logRevision(
                resource,
                id,
                Number(current.version),
                'updated',
                actor,
                when,
                rev.after,
                JSON.stringify(after),
              );
            }
            published++;
          }
        });
      }
    }
    return published;
  }

  /**
   * A page of a record's revisions, newest first: at most `limit` of those older than `before` (a
   * `seq`; null for the newest). Keyset paging on revisions_record_idx (collection, record_id, seq),
   * one statement for every page: each page reads `limit + 1` rows however many the record has, and
   * a revision written between pages (a higher seq) never shifts the older ones.
   */
  revisionsOf(resource: Resource, id: string, { before, limit }: { before: number | null; limit: number }) {
    // Like every public read, deleted records are not shown (their revisions hold their content).
    const row = this.row(resource, id);
    if (!row) throw new HttpProblem(404, `No ${resource.path} record with id "${id}".`);
    // Said, as the change feed's tombstone says it (hostile 14 H14-12): an editor deciding on a restore knows why.
    if (row.deleted_at)
      throw new HttpProblem(
        404,
        `The ${resource.path} record "${id}" is deleted: its revisions are hidden with it until it is restored.`,
      );
    const rows = this.statements
      .all<Omit<RevisionRow, 'before' | 'after'> & { before: string | null; after: string | null }>(REVISIONS_PAGE, [
        resource.tableName,
        id,
        before ?? Number.MAX_SAFE_INTEGER,
        limit + 1,
      ])
      .map((r): RevisionRow => ({ ...r, before: parseJson(r.before), after: parseJson(r.after) }));
    return { items: rows.slice(0, limit), more: rows.length > limit };
  }

  /** A new record: the row, its citations, the event and the revision. */
  private insert(resource: Resource, doc: Doc, actor: string, at: string): Row {
    this.checkReferences(resource, doc);
    const values = { ...resource.toRow(doc), id: doc.id, version: 1, created_at: at, updated_at: at, deleted_at: null };
    const { names, params } = encode(resource, values);
    this.shaped(
      resource,
      'insert',
      names,
      (t) => `insert into ${t} (${names.join(', ')}) values (${names.map(() => '?').join(', ')})`,
    ).run(...params);
    this.writeCitations(resource, doc);
    return this.logWrite(resource, doc.id, 1, 'created', actor, at, null);
  }

  /** A stored record written again (live again if it was deleted), with a new version. */
  private replace(
    resource: Resource,
    doc: Doc,
    version: number,
    actor: string,
    at: string,
    action: Action,
    before: Row | null,
  ): Row {
    this.checkReferences(resource, doc);
    const { id: _id, ...fields } = resource.toRow(doc);
    const { names, params } = encode(resource, { ...fields, version, updated_at: at, deleted_at: null });
    this.shaped(
      resource,
      'update',
      names,
      (t) => `update ${t} set ${names.map((n) => `${n} = ?`).join(', ')} where id = ?`,
    ).run(...params, doc.id);
    this.writeCitations(resource, doc);
    return this.logWrite(resource, doc.id, version, action, actor, at, before);
  }

  /** The change event and the revision of a write, with the record as it now reads. */
  private logWrite(
    resource: Resource,
    id: string,
    version: number,
    action: Action,
    actor: string,
    at: string,
    before: Row | null,
  ): Row {
    const after = this.live(resource, id);
    this.log(resource, id, version, action, actor, at, before, after);
    return after;
  }

  private log(
    resource: Resource,
    id: string,
    version: number,
    action: Action,
    actor: string,
    at: string,
    before: Row | null,
    after: Row | null,
  ) {
    // The feed says what a partner must do: a restore makes a deleted record live again.
    this.logChange(resource, id, action === 'replaced' ? 'updated' : action, version, at);
    this.logRevision(resource, id, version, action, actor, at, jsonOrNull(before), jsonOrNull(after));
  }

  private logChange(resource: Resource, id: string, event: string, version: number, at: string) {
    this.statements
      .prepare('insert into changes (collection, record_id, action, version, changed_at) values (?, ?, ?, ?, ?)')
      .run(resource.tableName, id, event, version, at);
  }

  private logRevision(
    resource: Resource,
    id: string,
    version: number,
    action: Action,
    actor: string,
    at: string,
    before: string | null,
    after: string | null,
  ) {
    this.statements
      .prepare(
        'insert into revisions (collection, record_id, version, action, actor, at, before, after) values (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(resource.tableName, id, version, action, actor, at, before, after);
  }

  /** True when the latest revision of the record is someone else's than `actor`'s. */
  private editedSince(resource: Resource, id: string, actor: string): boolean {
    const last = this.statements.get<{ actor: string }>(
      'select actor from revisions where collection = ? and record_id = ? order by seq desc limit 1',
      [resource.tableName, id],
    );
    return last !== undefined && last.actor !== actor;
  }

  /** The stored row, deleted or not (its version and tombstone). */
  private row(resource: Resource, id: string) {
    return this.statement(resource, 'row', (t) => `select version, deleted_at from ${t} where id = ?`).get(id) as
      | { version: number; deleted_at: string | null }
      | undefined;
  }

  private live(resource: Resource, id: string): Row {
    const item = this.repo.get(resource, id);
    // A PUT, PATCH or DELETE of a deleted record says so, and how to restore it, as GET does (hostile 16 H16-6).
    if (!item) throw recordNotFound(resource, id, Boolean(this.row(resource, id)?.deleted_at));
    return item;
  }

  private checkVersion(current: Row, ifMatch: Precondition) {
    if (ifMatch === undefined) {
      throw new HttpProblem(
        428,
        "This write needs If-Match with the ETag of the record (GET it first), so that no one else's change is overwritten.",
      );
    }
    if (ifMatch !== 'any' && ifMatch.version !== current.version) {
      throw new HttpProblem(
        412,
        `The record changed since that ETag: it is now at version ${current.version}. GET it again and retry.`,
      );
    }
  }

  /** The statement of `kind` for the resource's table, prepared on first use. */
  private statement(resource: Resource, kind: string, sql: (table: string) => string): Statement {
    let byKind = this.prepared.get(resource);
    if (!byKind) {
      byKind = new Map();
      this.prepared.set(resource, byKind);
    }
    let stmt = byKind.get(kind);
    if (!stmt) {
      stmt = this.statements.prepare(sql(tableRef(resource)));
      byKind.set(kind, stmt);
    }
    return stmt;
  }

  private readonly prepared = new WeakMap<Resource, Map<string, Statement>>();

  /**
   * A statement whose text depends on the columns written: the last one of `kind` is kept with its
   * columns and reused while they are the same (they are for every document of a collection).
   */
  private shaped(resource: Resource, kind: string, names: string[], sql: (table: string) => string): Statement {
    const key = `${kind}:${resource.tableName}`;
    const last = this.lastShapes.get(key);
    if (last && last.names.length === names.length && last.names.every((n, i) => n === names[i])) return last.stmt;
    const stmt = this.statements.prepare(sql(tableRef(resource)));
    this.lastShapes.set(key, { names, stmt });
    return stmt;
  }

  private readonly lastShapes = new Map<string, { names: string[]; stmt: Statement }>();

  private unchanged(resource: Resource, before: Row, doc: Doc): boolean {
    return Object.keys(resource.writable.shape).every(
      (k) => canonicalJson(before[k] ?? null) === canonicalJson(doc[k] ?? null),
    );
  }

  private writeCitations(resource: Resource, doc: Doc) {
    this.statements
      .prepare('delete from citations where collection = ? and record_id = ?')
      .run(resource.tableName, doc.id);
    const insert = this.statements.prepare(
      'insert into citations (collection, record_id, position, source_id, excerpt, section) values (?, ?, ?, ?, ?, ?)',
    );
    doc.citations.forEach((c, position) => {
      insert.run(resource.tableName, doc.id, position, c.source_id, c.excerpt, c.section);
    });
  }
}

/**
 * A page of a record's revisions, newest first, before a `seq`: parameters collection, record id,
 * seq, limit. Read along revisions_record_idx (collection, record_id, seq) backwards, never sorted.
 */
export const REVISIONS_PAGE =
  'select seq, collection, record_id, version, action, actor, at, before, after from revisions where collection = ? and record_id = ? and seq < ? order by seq desc limit ?';

/** A revision as `GET .../revisions` returns it. */
export interface RevisionRow {
  seq: number;
  collection: string;
  record_id: string;
  version: number;
  action: Action;
  actor: string;
  at: string;
  before: Row | null;
  after: Row | null;
}

const jsonOrNull = (v: Row | null) => (v === null ? null : JSON.stringify(v));

/** A value with the null-valued keys of its objects left out, at every depth (arrays keep their items). */
const defaultsOf = new WeakMap<Resource, Map<string, string>>();

/** Each writable field's write default, as JSON (`title_inferred`: false, `inferred_fields`: []), per collection. */
function writeDefaults(resource: Resource): Map<string, string> {
  let out = defaultsOf.get(resource);
  if (!out) {
    out = new Map();
    for (const [key, schema] of Object.entries(resource.writable.shape as Record<string, z.ZodType>))
      if (schema instanceof z.ZodDefault) out.set(key, JSON.stringify(schema.parse(undefined)));
    defaultsOf.set(resource, out);
  }
  return out;
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  return value;
}

function parseJson(text: string | null): Row | null {
  return text === null ? null : JSON.parse(text);
}

const tableRefs = new WeakMap<Resource, string>();
function tableRef(resource: Resource): string {
  let r = tableRefs.get(resource);
  if (!r) {
    r = quote(getTableName(resource.table));
    tableRefs.set(resource, r);
  }
  return r;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

const columnMaps = new WeakMap<Resource, Record<string, SQLiteColumn>>();

/**
 * Column names (quoted) and driver values of `values`, as drizzle's insert would write them (JSON
 * as text, booleans as 0/1); absent values are NULL. Only the table's columns are written.
 */
function encode(resource: Resource, values: Row): { names: string[]; params: unknown[] } {
  let columns = columnMaps.get(resource);
  if (!columns) {
    columns = getTableColumns(resource.table);
    columnMaps.set(resource, columns);
  }
  const names: string[] = [];
  const params: unknown[] = [];
  for (const [key, value] of Object.entries(values)) {
    const column = columns[key];
    if (!column) continue;
    names.push(quote(column.name));
    params.push(value === null || value === undefined ? null : column.mapToDriverValue(value));
  }
  return { names, params };
}
