import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, migrationsApplied } from '../src/db/client.js';
import { Writer } from '../src/repository/writes.js';
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
  /**
   * Check the write rules (default true): with `false` only each field's own schema is checked, none of the rules that
   * read the texts and excerpts (hedges, speakers, figures). For the tests only: a seed of an older release met the rules
   * of its day, not today's (tests/old-database.ts loads one so). Never for data to be served (review 33 R33-2).
   */
  rules?: boolean;
}

/** The actor of the seed's revisions: a record whose latest revision is someone else's was edited. */
export const SEED_ACTOR = 'seed';

/**
 * Loads the curated seed through the record store (the same writes as the API: rows, citations,
 * change events and revisions), in one transaction. Idempotent: a record is written only when it is
 * new or differs from what is stored, so running it twice changes nothing. Timestamps are the seed's
 * own, so every database built from the same seed is byte-identical.
 */
export function loadSeed(db: Db, data: SeedData = seedData, options: SeedOptions | string = {}): SeedReport {
  const { timestamp, force = false, rules = true } = typeof options === 'string' ? { timestamp: options } : options;
  const report: SeedReport = { created: 0, updated: 0, unchanged: 0, kept_edits: [] };
  // The seed's own time on an empty database, so that every database built from the same seed is byte-identical; on one
  // that holds records, what the seed writes is dated when it is written (never before SEED_TIMESTAMP), as any other
  // write: a record it changes, restores or adds is then at or after a partner's last `updated_since` sync and moves
  // Last-Modified forward (hostile 20 H20-5: `db:seed -- --force` dated a reverted edit at midnight, before the edit).
  const at =
    timestamp ??
    (collectionsWithoutRows(db).length === resources.length
      ? SEED_TIMESTAMP
      : [SEED_TIMESTAMP, new Date().toISOString()].sort()[1]!);
  const writer = Writer.on(db);
  // One IMMEDIATE transaction from the first read: a server writing at the same time waits, and
  // the edits seen are the edits kept.
  writer.bulk(() => {
    for (const resource of resources) {
      for (const record of data[resource.tableName as keyof SeedData]) {
        const parsed = (rules ? resource.input : resource.writable).safeParse(record);
        // Named as the record store names a record it refuses (`prices/<id>: program_id: …`).
        if (!parsed.success)
          throw new Error(`${resource.tableName}/${(record as { id?: unknown }).id}: ${z.prettifyError(parsed.error)}`);
        const doc = parsed.data;
        const result = writer.put(resource, doc, { actor: SEED_ACTOR, at, force });
        if (result === 'created') report.created++;
        else if (result === 'unchanged') report.unchanged++;
        else if (result === 'kept') report.kept_edits.push(`${resource.tableName}/${record.id}`);
        else report.updated++;
      }
    }
  });
  return report;
}

/**
 * The collections whose tables hold no row at all, not even a tombstone: on a database that has content,
 * those a migration added since it was seeded (a deleted record stays as a tombstone, so an editor's
 * deletions never make a collection look new).
 */
export function collectionsWithoutRows(db: Db): string[] {
  return resources
    .filter((r) => db.select({ id: r.table.id }).from(r.table).limit(1).all().length === 0)
    .map((r) => r.tableName);
}

/**
 * What start-up seeds: everything on a first start; on a database with content, only the collections
 * added since (see `collectionsWithoutRows`), so that the references a migration gave existing records
 * to a new collection (findings.condition -> conditions) hold as soon as the server serves (records of
 * other collections are left as they are: `npm run db:seed` updates them); then the records a correction
 * adds (`ADDED_BY_MIGRATIONS`), after those collections, whose records they may name. Undefined when there was
 * nothing to do.
 */
export function seedOnStart(
  db: Db,
): { first: boolean; collections: string[]; report: SeedReport; added: string[]; skipped: string[] } | undefined {
  const empty = collectionsWithoutRows(db);
  const first = empty.length === resources.length;
  const data = first ? seedData : seedOf((table, records) => (empty.includes(table) ? records : []));
  const report = empty.length ? loadSeed(db, data) : { created: 0, updated: 0, unchanged: 0, kept_edits: [] };
  const { added, skipped } = addRecords(db);
  if (!empty.length && !added.length && !skipped.length) return undefined;
  return { first, collections: empty, report, added, skipped };
}

/**
 * After migrations ran on a database that holds records: publishes the records they corrected (see
 * `Writer.publishMigrated`), so partners syncing with `updated_since`, the change feed and webhooks
 * receive a correction made in SQL like any other write. A record whose last writer was the seed stays
 * the seed's (the correction is the seed's, and a later seed run keeps updating it); one an editor
 * wrote last is published as the migration's, so the seed keeps leaving it alone.
 */
export function publishMigrations(db: Db, at = new Date().toISOString()): number {
  // How many migrations have been published is kept in the file (SQLite's user_version), so whatever applied them
  // (the server, db:migrate, keys, a start that stopped half-way), the next start or db:migrate publishes what is
  // left; a record already published compares equal and is not published twice.
  const sqlite = db.$client;
  const migrations = migrationsApplied(db);
  if (migrations <= (sqlite.pragma('user_version', { simple: true }) as number)) return 0;
  const published = Writer.on(db).publishMigrated(at, (previous) =>
    previous === SEED_ACTOR ? SEED_ACTOR : 'migration',
  );
  sqlite.pragma(`user_version = ${migrations}`);
  return published;
}

/**
 * Records a gated correction adds, by the tag of the migration that makes it: a migration changes only the records a
 * database holds, so start-up (`seedOnStart`, after the collections a migration added are seeded, whose records these
 * may name) and `npm run db:seed` write these from the seed, through the record store (row, citations, change event,
 * revision: the seed's writes), dated when written. A record is added once its migration is applied, on a database
 * that holds the collection's records (on an empty one the seed writes it), unless a record with its id is there, live
 * or deleted (an editor's deletion stands).
 */
export const ADDED_BY_MIGRATIONS: Readonly<Record<string, readonly string[]>> = {
  // Audit 25 A25-1: the format table's row "(exclusion in both)", said of both formats, as a statement of its own beside
  // what the article's text says of the group format (active-substance-use-group-format, which 0048 narrows).
  '0048_audit25_substance_use_scope': ['contraindications/active-substance-use-disorder-both-formats'],
};

/**
 * Adds what `ADDED_BY_MIGRATIONS` lists and the database lacks, each in its own transaction: one the write rules
 * refuse here (a catalogue that never held the seed's sources) is skipped, and said, never a failed start-up.
 */
function addRecords(db: Db): { added: string[]; skipped: string[] } {
  const applied = migrationsApplied(db);
  const added: string[] = [];
  const skipped: string[] = [];
  for (const [tag, keys] of Object.entries(ADDED_BY_MIGRATIONS)) {
    // Migration NNNN is the (NNNN + 1)th applied.
    if (Number(tag.slice(0, 4)) + 1 > applied) continue;
    for (const key of keys) {
      const [collection, id] = key.split('/') as [string, string];
      const resource = resources.find((r) => r.tableName === collection);
      const record = (seedData[collection as keyof SeedData] as { id: string }[] | undefined)?.find((r) => r.id === id);
      if (!resource || !record) throw new Error(`${tag} adds ${key}, which the seed does not hold`);
      if (!db.select({ id: resource.table.id }).from(resource.table).limit(1).all().length) continue;
      if (db.select({ id: resource.table.id }).from(resource.table).where(eq(resource.table.id, id)).all().length)
        continue;
      try {
        loadSeed(
          db,
          seedOf((table) => (table === collection ? [record] : [])),
        );
        added.push(key);
      } catch (err) {
        skipped.push(err instanceof Error ? err.message : String(err));
      }
    }
  }
  return { added, skipped };
}

/** A part of the seed: for each collection (by table), the records `pick` keeps of it. */
function seedOf(pick: (table: string, records: readonly { id: string }[]) => readonly { id: string }[]): SeedData {
  return Object.fromEntries(
    resources.map((r) => [r.tableName, pick(r.tableName, seedData[r.tableName as keyof SeedData])]),
  ) as unknown as SeedData;
}
