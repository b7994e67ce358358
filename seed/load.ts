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
  const {
    timestamp = SEED_TIMESTAMP,
    force = false,
    rules = true,
  } = typeof options === 'string' ? { timestamp: options } : options;
  const report: SeedReport = { created: 0, updated: 0, unchanged: 0, kept_edits: [] };
  const writer = Writer.on(db);
  // One IMMEDIATE transaction from the first read: a server writing at the same time waits, and
  // the edits seen are the edits kept.
  writer.bulk(() => {
    for (const resource of resources) {
      for (const record of data[resource.tableName as keyof SeedData]) {
        const doc = (rules ? resource.input : resource.writable).parse(record);
        const result = writer.put(resource, doc, { actor: SEED_ACTOR, at: timestamp, force });
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
 * to a new collection (findings.condition -> conditions) hold as soon as the server serves. Records of
 * other collections are left as they are (`npm run db:seed` updates them).
 */
export function seedOnStart(db: Db): { first: boolean; collections: string[]; report: SeedReport } | undefined {
  const empty = collectionsWithoutRows(db);
  if (empty.length === 0) return undefined;
  const first = empty.length === resources.length;
  const data = first
    ? seedData
    : (Object.fromEntries(
        resources.map((r) => [r.tableName, empty.includes(r.tableName) ? seedData[r.tableName as keyof SeedData] : []]),
      ) as SeedData);
  return { first, collections: empty, report: loadSeed(db, data) };
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
