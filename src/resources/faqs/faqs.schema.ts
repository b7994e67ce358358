import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { citations, Id, RecordMeta } from '../common.schema.js';
import { BY_SIBLING, notSelf, references } from '../references.js';
import { sources } from '../sources/sources.schema.js';

export const FaqFields = z.object({
  id: Id,
  question: z.string().min(1).max(500),
  answer: z.string().min(1).max(4000).meta({
    description:
      'The answer, naming its speaker up front ("The Canadian article answers: …") so that it reads attributed wherever it is shown alone.',
  }),
  answered_by: Id.meta(references('sources', 'The source (see /v1/sources) whose answer it is; the record cites it.')),
  position: z.number().int().min(1).max(1000),
  related: z
    .array(
      z.object({
        collection: z
          .string()
          .min(1)
          .max(40)
          .meta({ description: 'The collection of the record (its URL segment, e.g. format-fit).' }),
        id: notSelf(Id.meta(references(BY_SIBLING))),
      }),
    )
    .max(20)
    .meta({ description: 'Records the answer is about.' }),
  citations,
});

export const Faq = FaqFields.extend(RecordMeta).meta({
  id: 'Faq',
  description: 'A frequently asked question with the answer its source gives.',
});
export type Faq = z.infer<typeof Faq>;
export type FaqSeed = z.input<typeof FaqFields>;

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */
export const faqs = sqliteTable(
  'faqs',
  {
    ...recordColumns,
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    /** Required by every write; nullable here only so that the column can be added to existing tables and backfilled. */
    answered_by: text('answered_by').references(() => sources.id),
    position: integer('position').notNull(),
    related: json<{ collection: string; id: string }[]>('related').notNull(),
  },
  (t) => [...countingIndex(t), facetIndex(t.answered_by), index('faqs_updated_at_idx').on(t.updated_at, t.id)],
);
