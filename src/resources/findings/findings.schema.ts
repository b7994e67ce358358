import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { ConditionId, citations, Id, inferredFields, RecordMeta } from '../common.schema.js';
import { conditions } from '../conditions/conditions.schema.js';
import { namedIn, references } from '../references.js';
import { studies } from '../studies/studies.schema.js';

const FindingBase = z.object({
  id: Id,
  study_id: Id.meta(references('studies')),
  condition: namedIn(ConditionId.nullable(), ['measure'], { inferable: true }),
  measure: z
    .string()
    .min(1)
    .max(200)
    .meta({ description: 'What was measured (instrument or outcome), e.g. "GAD-7", "blood pressure".' }),
  value: z.number().nullable().meta({
    description:
      'The reported figure of the result; null when the source gives none (a follow-up time is the study’s `follow_up_months`).',
  }),
  value_unit: z.enum(['percent', 'participants', 'sessions', 'months', 'events']).nullable(),
  value_qualifier: z.enum(['exact', 'approximately', 'less_than', 'at_least']).nullable(),
  denominator: z
    .number()
    .int()
    // Out of none is no figure (hostile 18 H18-9).
    .min(1)
    .nullable()
    .meta({ description: 'Out of how many, when the source says (e.g. 4 of 5 participants).' }),
  direction: z.enum(['improved', 'decreased', 'increased', 'unchanged', 'not_applicable']),
  summary: z.string().min(1).max(1000),
  citations,
});

export const FindingFields = FindingBase.extend({
  inferred_fields: inferredFields(
    FindingBase,
    'FindingInferredFields',
    'e.g. the condition "treatment-resistant depression" given to a result the source reports of "a 44-year-old man with depression that hadn\'t responded to traditional treatments"',
  ),
});

export const Finding = FindingFields.extend({
  ...RecordMeta,
  inferred_fields: FindingFields.shape.inferred_fields.unwrap(),
}).meta({
  id: 'Finding',
  description: 'One reported result of a study; every numeric result is its own finding.',
});
export type Finding = z.infer<typeof Finding>;
export type FindingSeed = z.input<typeof FindingFields>;

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */
export const findings = sqliteTable(
  'findings',
  {
    ...recordColumns,
    study_id: text('study_id')
      .notNull()
      .references(() => studies.id),
    condition: text('condition').references(() => conditions.id),
    measure: text('measure').notNull(),
    value: real('value'),
    value_unit: text('value_unit'),
    value_qualifier: text('value_qualifier'),
    denominator: integer('denominator'),
    direction: text('direction').notNull(),
    summary: text('summary').notNull(),
    inferred_fields: json<string[]>('inferred_fields').notNull().default([]),
  },
  (t) => [
    ...countingIndex(t),
    facetIndex(t.study_id),
    facetIndex(t.condition),
    facetIndex(t.value_unit),
    index('findings_updated_at_idx').on(t.updated_at, t.id),
    index('findings_study_idx').on(t.study_id),
    index('findings_value_idx').on(t.value, t.id),
  ],
);
