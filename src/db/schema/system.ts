import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The change feed: one event per created, updated or deleted record, in commit order. */
export const changes = sqliteTable(
  'changes',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    collection: text('collection').notNull(),
    record_id: text('record_id').notNull(),
    action: text('action', { enum: ['created', 'updated', 'deleted'] }).notNull(),
    version: integer('version').notNull(),
    changed_at: text('changed_at').notNull(),
  },
  (t) => [index('changes_record_idx').on(t.collection, t.record_id)],
);
