import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { bool, facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { ConditionId, citations, Id, RecordMeta, Scope } from '../common.schema.js';
import { namedIn } from '../references.js';

const ConditionIds = namedIn(
  z.array(ConditionId).max(10).meta({
    description: 'The conditions (see /v1/conditions) this contraindication names; empty when it names none.',
  }),
  ['condition'],
);

export const ContraindicationFields = z.object({
  id: Id,
  condition: z.string().min(1).max(300),
  // Optional on writes (a client that predates it keeps working); always present on reads.
  condition_ids: ConditionIds.default([]),
  category: z.enum(['absolute', 'requires_evaluation', 'group_specific', 'group_requirement']).meta({
    description:
      'absolute: the source says to avoid ketamine therapy; requires_evaluation: careful clinical evaluation; group_specific: a reason against the group format; group_requirement: something the source says the group setting requires (negated as a screening flag).',
  }),
  applies_to: z.enum(['any', 'group']).meta({
    description:
      'Whether its source says it of the group format (`group`) or not (`any`: of ketamine therapy in any format, e.g. a table cell "(exclusion in both)", or a general sentence read as said of the group format, `scope.inferred`); a record read from one table cell (`inferred`) keeps its column. `group` is not a claim that it does not concern the individual format. A table row\'s cells stay with their columns (/v1/format-fit): a statement carries a cell\'s qualifier only when it states that cell.',
  }),
  scope: Scope.meta({
    description:
      'What the statement is said of (ketamine therapy in general, a format, or named programs) and by which source, with its qualifier. A program shows it as its own only when the scope names that program.',
  }),
  inferred: z.boolean().meta({
    description:
      'True when the only support is a table cell Katalog inferred (its check mark was lost in extraction): the source does not state it in words.',
  }),
  note: z.string().max(1000).nullable(),
  citations,
});

export const Contraindication = ContraindicationFields.extend({ ...RecordMeta, condition_ids: ConditionIds }).meta({
  id: 'Contraindication',
  description: 'A contraindication or screening flag as the sources state it. Information, not medical advice.',
});
export type Contraindication = z.infer<typeof Contraindication>;
export type ContraindicationSeed = z.input<typeof ContraindicationFields>;

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */
export const contraindications = sqliteTable(
  'contraindications',
  {
    ...recordColumns,
    condition: text('condition').notNull(),
    condition_ids: json<string[]>('condition_ids').notNull().default([]),
    category: text('category').notNull(),
    applies_to: text('applies_to').notNull(),
    scope: json<Scope>('scope').notNull(),
    inferred: bool('inferred').notNull().default(false),
    note: text('note'),
  },
  (t) => [
    ...countingIndex(t),
    facetIndex(t.category),
    facetIndex(t.applies_to),
    facetIndex(t.inferred),
    index('contraindications_updated_at_idx').on(t.updated_at, t.id),
  ],
);
