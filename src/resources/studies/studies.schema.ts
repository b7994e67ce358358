import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { bool, facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { ConditionId, citations, Id, inferredFields, RecordMeta, WebUrl } from '../common.schema.js';
import { namedIn, references } from '../references.js';
import { AuthorName, AuthorsComplete, sources } from '../sources/sources.schema.js';

const StudyBase = z.object({
  id: Id,
  title: z.string().min(1).max(500),
  authors: z.array(AuthorName).max(50),
  authors_complete: AuthorsComplete,
  year: z.number().int().min(1900).max(2100).nullable(),
  journal: z.string().max(200).nullable(),
  journal_reference: z
    .string()
    .max(200)
    .nullable()
    .meta({ description: 'Volume, issue and pages as written (e.g. "16:1568017").' }),
  url: WebUrl.nullable(),
  source_id: Id.meta(references('sources'))
    .nullable()
    .meta({ description: 'The study as a cited source in /v1/sources, when it is one.' }),
  design: z.string().min(1).max(200),
  population: z.string().max(500).nullable(),
  intervention: z.string().max(1000).nullable(),
  participants: z
    .number()
    .int()
    .min(0)
    .nullable()
    .meta({ description: 'Number of participants; a lower bound when participants_qualifier is "at_least".' }),
  participants_qualifier: z.enum(['exact', 'at_least']).nullable(),
  duration_weeks: z.number().min(0).max(520).nullable(),
  follow_up_months: z.number().min(0).max(600).nullable(),
  medicine_sessions: z.number().int().min(0).max(100).nullable().meta({
    description:
      'Ketamine or esketamine sessions (doses, infusions) each participant received, as the source states it ("four weekly group ketamine sessions"); null when not stated.',
  }),
  conditions: namedIn(
    z.array(ConditionId).max(20).meta({
      description:
        'The conditions of the population studied, as the source describes the participants (ids from /v1/conditions). Not the outcomes measured or reported: a result such as the esketamine case report\'s "fewer suicidal thoughts" is a finding (see /v1/findings, whose `condition` names it), not a condition of the population. A label Katalog gives to the source\'s description (e.g. "treatment-resistant depression" for "depression that hadn\'t responded to traditional treatments") is listed in `inferred_fields`.',
    }),
    ['title', 'population', 'citations'],
    { inferable: true },
  ),
  citations,
});

export const StudyFields = StudyBase.extend({
  inferred_fields: inferredFields(
    StudyBase,
    'StudyInferredFields',
    "e.g. a protocol's session count and length taken from the Canadian article's description of the program, not from what it says of the protocol; `title` when no source gives it and it is Katalog's description",
  ),
});

export const Study = StudyFields.extend({
  ...RecordMeta,
  inferred_fields: StudyFields.shape.inferred_fields.unwrap(),
  // The write default (null) is not the read schema's: a sparse response never gains the field.
  authors_complete: StudyFields.shape.authors_complete.unwrap(),
}).meta({
  id: 'Study',
  description: 'A study, case report or program evaluation the sources report.',
});
export type Study = z.infer<typeof Study>;
export type StudySeed = z.input<typeof StudyFields>;

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */
export const studies = sqliteTable(
  'studies',
  {
    ...recordColumns,
    title: text('title').notNull(),
    authors: json<string[]>('authors').notNull(),
    // Nullable since migration 0023 (null: not known; the store always writes the validated value).
    authors_complete: bool('authors_complete'),
    year: integer('year'),
    journal: text('journal'),
    journal_reference: text('journal_reference'),
    url: text('url'),
    source_id: text('source_id').references(() => sources.id),
    design: text('design').notNull(),
    population: text('population'),
    intervention: text('intervention'),
    participants: integer('participants'),
    participants_qualifier: text('participants_qualifier'),
    duration_weeks: integer('duration_weeks'),
    follow_up_months: integer('follow_up_months'),
    medicine_sessions: integer('medicine_sessions'),
    conditions: json<string[]>('conditions').notNull(),
    inferred_fields: json<string[]>('inferred_fields').notNull().default([]),
  },
  (t) => [
    ...countingIndex(t),
    facetIndex(t.source_id),
    facetIndex(t.participants_qualifier),
    index('studies_updated_at_idx').on(t.updated_at, t.id),
    index('studies_source_idx').on(t.source_id),
  ],
);
