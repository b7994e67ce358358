import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { citations, Id, RecordMeta, Scope } from '../common.schema.js';

export const GuideTopic = z.enum([
  'course_of_treatment',
  'insurance_and_financial_assistance',
  'candidacy',
  'readiness',
  'benefits',
  'side_effects_and_risks',
  'questions_to_ask',
  'red_flags',
  'finding_a_provider',
  'provider_credentials',
  'evidence_limitations',
  'legal_and_access',
  'group_dynamics',
  'access_pathways',
  'costs',
  'medical_safety',
]);

export const GuideItem = z
  .object({
    text: z.string().min(1).max(1000),
    value_min: z.number().min(0).nullable(),
    value_max: z.number().min(0).nullable(),
    unit: z.string().max(40).nullable(),
    scope: Scope.meta({
      description:
        'Who states the item (a source the guide cites, with its qualifier verbatim) and what it is said of: named programs, a format, or ketamine therapy in general.',
    }),
  })
  .meta({ id: 'GuideItem' });

export const GuideFields = z.object({
  id: Id,
  topic: GuideTopic,
  title: z.string().min(1).max(200),
  summary: z.string().min(1).max(4000),
  items: z.array(GuideItem).max(50),
  citations,
});

export const Guide = GuideFields.extend(RecordMeta).meta({
  id: 'Guide',
  description:
    'Practical guidance from the sources: course of treatment, costs and assistance, candidacy, risks, questions to ask and red flags.',
});
export type Guide = z.infer<typeof Guide>;
export type GuideSeed = z.input<typeof GuideFields>;

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */

export const guides = sqliteTable(
  'guides',
  {
    ...recordColumns,
    topic: text('topic').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    items: json<z.output<typeof GuideItem>[]>('items').notNull(),
  },
  (t) => [...countingIndex(t), facetIndex(t.topic), index('guides_updated_at_idx').on(t.updated_at, t.id)],
);
