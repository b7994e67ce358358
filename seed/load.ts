import { and, asc, eq } from 'drizzle-orm';
import { type Db, writeTransaction } from '../src/db/client.js';
import { changes, citations, revisions } from '../src/db/schema/index.js';
import { canonicalJson } from '../src/query/cursor.js';
import { resources } from '../src/resources/index.js';
import { SEED_TIMESTAMP } from './articles.js';
import { type SeedData, seedData } from './data/index.js';

export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
  /** Records edited through the API whose seed version differs: left alone unless `force`. */
  kept_edits: string[];
}

export interface SeedOptions {
  timestamp?: string;
  /** Overwrite records that editors changed through the API. */
  force?: boolean;
}

type Row = Record<string, unknown>;
type Cite = { source_id: string; excerpt: string; section: string };

/**
 * Loads the curated seed in one transaction. Idempotent: a record is written (and a change event
 * recorded) only when it is new or differs from what is stored, so running it twice changes nothing.
 * Timestamps are the seed's own, so every database built from the same seed is byte-identical.
 */
export function loadSeed(db: Db, data: SeedData = seedData, options: SeedOptions | string = {}): SeedReport {
  const { timestamp = SEED_TIMESTAMP, force = false } = typeof options === 'string' ? { timestamp: options } : options;
  const report: SeedReport = { created: 0, updated: 0, unchanged: 0, kept_edits: [] };
  // One IMMEDIATE transaction from the first read: a server writing at the same time waits, and
  // the edits seen are the edits kept.
  writeTransaction(db, (tx) => {
    const edited = new Set(
      tx
        .select({ collection: revisions.collection, id: revisions.record_id })
        .from(revisions)
        .all()
        .map((r) => `${r.collection}/${r.id}`),
    );
    for (const resource of resources) {
      const records = data[resource.collection as keyof SeedData] as Row[];
      for (const record of records) {
        const parsed = resource.input.parse(record) as Row & { id: string; citations: Cite[] };
        const row = resource.toRow(parsed);
        const table = resource.table;
        const existing = tx.select().from(table).where(eq(table.id, parsed.id)).get() as Row | undefined;
        const storedCites = existing
          ? tx
              .select({ source_id: citations.source_id, excerpt: citations.excerpt, section: citations.section })
              .from(citations)
              .where(and(eq(citations.collection, resource.collection), eq(citations.record_id, parsed.id)))
              .orderBy(asc(citations.position))
              .all()
          : [];
        if (existing && sameContent(existing, row) && canonicalJson(storedCites) === canonicalJson(parsed.citations)) {
          report.unchanged++;
          continue;
        }
        if (existing && !force && edited.has(`${resource.collection}/${parsed.id}`)) {
          report.kept_edits.push(`${resource.collection}/${parsed.id}`);
          continue;
        }
        const version = existing ? (existing.version as number) + 1 : 1;
        if (existing) {
          tx.update(table)
            .set({ ...row, version, updated_at: timestamp, deleted_at: null })
            .where(eq(table.id, parsed.id))
            .run();
          tx.delete(citations)
            .where(and(eq(citations.collection, resource.collection), eq(citations.record_id, parsed.id)))
            .run();
          report.updated++;
        } else {
          tx.insert(table)
            .values({ ...row, id: parsed.id, version, created_at: timestamp, updated_at: timestamp })
            .run();
          report.created++;
        }
        if (parsed.citations.length) {
          tx.insert(citations)
            .values(
              parsed.citations.map((c, position) => ({
                ...c,
                collection: resource.collection,
                record_id: parsed.id,
                position,
              })),
            )
            .run();
        }
        tx.insert(changes)
          .values({
            collection: resource.collection,
            record_id: parsed.id,
            action: existing ? 'updated' : 'created',
            version,
            changed_at: timestamp,
          })
          .run();
      }
    }
  });
  return report;
}

function sameContent(existing: Row, row: Row): boolean {
  return (
    Object.keys(row).every((k) => canonicalJson(existing[k] ?? null) === canonicalJson(row[k] ?? null)) &&
    existing.deleted_at == null
  );
}

/** True when the database holds no content yet (first start). */
export function isEmpty(db: Db): boolean {
  return db.select().from(resources[0]!.table).limit(1).all().length === 0;
}
