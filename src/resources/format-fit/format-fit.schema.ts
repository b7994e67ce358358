import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { bool, facetIndex, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { citations, Id, RecordMeta } from '../common.schema.js';

const Cell = z.string().max(100).nullable().meta({
  description:
    'The table cell as written ("✓", "✓ (or exclusion)", "(exclusion in both)", "(after stabilization)"); null when empty.',
});

export const FormatFitFields = z.object({
  id: Id,
  situation: z.string().min(1).max(300),
  position: z.number().int().min(1).max(100).meta({ description: 'Row number in the source table.' }),
  group_format: Cell.meta({
    description:
      'Cell "Group format generally appropriate": as written, or placed by Katalog (`inferred`); null when empty.',
  }),
  individual_format: Cell.meta({
    description: 'Cell "Individual format safer": as written, or placed by Katalog (`inferred`); null when empty.',
  }),
  favoured_format: z.enum(['group', 'individual', 'neither']).meta({
    description:
      'Katalog\'s summary of the column the row marks (see `inferred`); headers hedged as written: "Group format generally appropriate", "Individual format safer". "neither": e.g. "(exclusion in both)".',
  }),
  inferred: z.boolean().meta({
    description:
      'True when a cell value was inferred from the surrounding text because the check mark was lost in extraction.',
  }),
  note: z.string().max(1000).nullable(),
  citations,
});

export const FormatFit = FormatFitFields.extend(RecordMeta).meta({
  id: 'FormatFit',
  description: 'One row of the table "When group fits versus when individual is safer".',
});
export type FormatFit = z.infer<typeof FormatFit>;
export type FormatFitSeed = z.input<typeof FormatFitFields>;

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */
export const formatFit = sqliteTable(
  'format_fit',
  {
    ...recordColumns,
    situation: text('situation').notNull(),
    position: integer('position').notNull(),
    group_format: text('group_format'),
    individual_format: text('individual_format'),
    favoured_format: text('favoured_format').notNull(),
    inferred: bool('inferred').notNull(),
    note: text('note'),
  },
  (t) => [
    ...countingIndex(t),
    facetIndex(t.favoured_format),
    facetIndex(t.inferred),
    index('format_fit_updated_at_idx').on(t.updated_at, t.id),
  ],
);
