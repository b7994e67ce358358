import { getTableName, sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, text } from 'drizzle-orm/sqlite-core';

/** Columns every content table has: stable slug id, optimistic-concurrency version, timestamps, tombstone. */
export const recordColumns = {
  id: text('id').primaryKey(),
  version: integer('version').notNull().default(1),
  created_at: text('created_at').notNull(),
  updated_at: text('updated_at').notNull(),
  /** Soft delete: a deleted record is hidden from reads and stays in the change feed as a tombstone. */
  deleted_at: text('deleted_at'),
};

export const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>();
export const bool = (name: string) => integer(name, { mode: 'boolean' });

/*
 * Each collection's table is declared beside its Zod schemas, in src/resources/<path>/<path>.schema.ts
 * (drizzle.config.ts reads them there); this folder holds what the tables share and the tables that
 * are not a collection's (citations, the change feed, keys, webhooks).
 *
 * Foreign keys: every reference held in a column of its own (src/resources/references.ts declares
 * them all, and the record store checks them on every write) is also a SQLite foreign key, so a
 * row cannot point at a row that does not exist, whoever writes it. Records are deleted as tombstones
 * (deleted_at), so the rule about deleted records stays the store's (integrity.ts); a key only guards
 * that the row is there. References inside JSON columns (lists of ids, scopes, a FAQ's related
 * records, a session phase's rules) cannot be foreign keys: the store alone checks them.
 */

/**
 * The index of a facetable field (`facetable` in src/resources/define.ts; src/query/facets.ts counts
 * with it): partial on live records, so a facet over a whole collection is a scan of this small index
 * alone, never of the table. tests/facets.test.ts checks that every facetable field has one.
 */
export function facetIndex(column: AnySQLiteColumn) {
  return index(`${getTableName(column.table)}_${column.name}_facet_idx`)
    .on(column)
    .where(sql.raw('deleted_at is null'));
}
