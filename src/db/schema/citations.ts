import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sources } from '../../resources/sources/sources.schema.js';

/** Citations of every record of every collection: one row per excerpt, in order. */
export const citations = sqliteTable(
  'citations',
  {
    collection: text('collection').notNull(),
    record_id: text('record_id').notNull(),
    position: integer('position').notNull(),
    source_id: text('source_id')
      .notNull()
      .references(() => sources.id),
    excerpt: text('excerpt').notNull(),
    section: text('section').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.collection, t.record_id, t.position] }),
    index('citations_source_idx').on(t.source_id),
  ],
);
