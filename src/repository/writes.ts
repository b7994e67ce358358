import { and, desc, eq } from 'drizzle-orm';
import { type Db, writeTransaction } from '../db/client.js';
import type { DbHealth } from '../db/health.js';
import { changes, citations, revisions } from '../db/schema/index.js';
import { HttpProblem } from '../http/errors.js';
import { canonicalJson } from '../query/cursor.js';
import type { Item } from '../query/spec.js';
import type { Resource } from '../resources/define.js';
import { resources } from '../resources/index.js';
import { Integrity } from './integrity.js';
import type { Repository } from './repository.js';

type Doc = Record<string, unknown> & {
  id: string;
  citations: { source_id: string; excerpt: string; section: string }[];
};
type Action = 'created' | 'replaced' | 'updated' | 'deleted' | 'restored';

/**
 * What If-Match asked for, as the write route read it: absent (428), `*` (any current record), or
 * the version of the entity tag it matched (see `precondition` in routes/collection-writes.ts). The version is
 * compared again inside the write transaction, so a change in between is a 412.
 */
export type Precondition = undefined | 'any' | { version: number };

/**
 * Editorial writes. Each runs in one transaction that also writes the citations, the change-feed
 * event and the revision (who, when, before, after); the FTS index and the data version follow
 * through triggers and the connection's write tracking.
 */
export class Writer {
  private readonly integrity: Integrity;

  constructor(
    private readonly db: Db,
    private readonly repo: Repository,
    private readonly health?: DbHealth,
  ) {
    this.integrity = new Integrity(db, resources);
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

  create(resource: Resource, doc: Doc, actor: string): Item {
    this.ready();
    return writeTransaction(this.db, () => {
      const existing = this.row(resource, doc.id);
      if (existing) {
        throw new HttpProblem(
          409,
          existing.deleted_at
            ? `${resource.path}/${doc.id} exists and was deleted; restore it with POST /v1/${resource.path}/${doc.id}/restore.`
            : `${resource.path}/${doc.id} already exists; use PUT or PATCH to change it.`,
        );
      }
      this.integrity.checkReferences(resource, doc);
      const at = new Date().toISOString();
      this.db
        .insert(resource.table)
        .values({ ...resource.toRow(doc), id: doc.id, version: 1, created_at: at, updated_at: at } as never)
        .run();
      this.writeCitations(resource, doc);
      return this.record(resource, doc.id, 'created', 1, at, actor, null);
    });
  }

  /** PUT and PATCH: the full new document replaces the stored one when `ifMatch` is current. */
  update(
    resource: Resource,
    id: string,
    next: (current: Item) => Doc,
    ifMatch: Precondition,
    actor: string,
    action: Action,
  ): Item {
    this.ready();
    return writeTransaction(this.db, () => {
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
      this.integrity.checkReferences(resource, doc);
      const at = new Date().toISOString();
      const version = (before.version as number) + 1;
      this.db
        .update(resource.table)
        .set({ ...resource.toRow(doc), version, updated_at: at } as never)
        .where(eq(resource.table.id, id))
        .run();
      this.writeCitations(resource, doc);
      return this.record(resource, id, action, version, at, actor, before);
    });
  }

  remove(resource: Resource, id: string, ifMatch: Precondition, actor: string): void {
    this.ready();
    writeTransaction(this.db, () => {
      const before = this.live(resource, id);
      this.checkVersion(before, ifMatch);
      this.integrity.checkUnreferenced(resource, id);
      const at = new Date().toISOString();
      const version = (before.version as number) + 1;
      this.db
        .update(resource.table)
        .set({ deleted_at: at, updated_at: at, version } as never)
        .where(eq(resource.table.id, id))
        .run();
      this.db
        .insert(changes)
        .values({ collection: resource.collection, record_id: id, action: 'deleted', version, changed_at: at })
        .run();
      this.db
        .insert(revisions)
        .values({
          collection: resource.collection,
          record_id: id,
          version,
          action: 'deleted',
          actor,
          at,
          before,
          after: null,
        })
        .run();
    });
  }

  restore(resource: Resource, id: string, actor: string): Item {
    this.ready();
    return writeTransaction(this.db, () => {
      const row = this.row(resource, id);
      if (!row) throw new HttpProblem(404, `No ${resource.path} record with id "${id}".`);
      if (!row.deleted_at) throw new HttpProblem(409, `${resource.path}/${id} is not deleted.`);
      const at = new Date().toISOString();
      const version = (row.version as number) + 1;
      this.db
        .update(resource.table)
        .set({ deleted_at: null, updated_at: at, version } as never)
        .where(eq(resource.table.id, id))
        .run();
      // A restored record must not point at records deleted meanwhile (the transaction rolls back if so).
      this.integrity.checkReferences(resource, this.repo.get(resource, id));
      return this.record(resource, id, 'restored', version, at, actor, null);
    });
  }

  revisionsOf(resource: Resource, id: string) {
    // Like every public read, deleted records are not shown (their revisions hold their content).
    const row = this.row(resource, id);
    if (!row || row.deleted_at) throw new HttpProblem(404, `No ${resource.path} record with id "${id}".`);
    return this.db
      .select()
      .from(revisions)
      .where(and(eq(revisions.collection, resource.collection), eq(revisions.record_id, id)))
      .orderBy(desc(revisions.seq))
      .all();
  }

  private record(
    resource: Resource,
    id: string,
    action: Action,
    version: number,
    at: string,
    actor: string,
    before: Item | null,
  ): Item {
    const after = this.repo.get(resource, id) as Item;
    // The feed says what a partner must do: a restore makes a deleted record live again.
    const event = action === 'created' || action === 'restored' ? action : 'updated';
    this.db
      .insert(changes)
      .values({ collection: resource.collection, record_id: id, action: event, version, changed_at: at })
      .run();
    this.db
      .insert(revisions)
      .values({ collection: resource.collection, record_id: id, version, action, actor, at, before, after })
      .run();
    return after;
  }

  private row(resource: Resource, id: string) {
    return this.db.select().from(resource.table).where(eq(resource.table.id, id)).get() as
      | Record<string, unknown>
      | undefined;
  }

  private live(resource: Resource, id: string): Item {
    const item = this.repo.get(resource, id);
    if (!item) throw new HttpProblem(404, `No ${resource.path} record with id "${id}".`);
    return item;
  }

  private checkVersion(current: Item, ifMatch: Precondition) {
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

  private unchanged(resource: Resource, before: Item, doc: Doc): boolean {
    return Object.keys(resource.fields.shape).every(
      (k) => canonicalJson(before[k] ?? null) === canonicalJson(doc[k] ?? null),
    );
  }

  private writeCitations(resource: Resource, doc: Doc) {
    this.db
      .delete(citations)
      .where(and(eq(citations.collection, resource.collection), eq(citations.record_id, doc.id)))
      .run();
    if (doc.citations.length) {
      this.db
        .insert(citations)
        .values(
          doc.citations.map((c, position) => ({ ...c, collection: resource.collection, record_id: doc.id, position })),
        )
        .run();
    }
  }
}
