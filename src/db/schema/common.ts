import { integer, text } from 'drizzle-orm/sqlite-core';

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
