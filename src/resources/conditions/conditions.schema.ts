import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { citations, Id, RecordMeta, Scope } from '../common.schema.js';

/** How the sources name a condition: what ketamine therapy is used or studied for, or a reason against it. */
export const ConditionRole = z.enum(['indication', 'study_population', 'contraindication', 'group_exclusion']).meta({
  description:
    'indication: named as a condition ketamine therapy (or its group format) is used for or shows promise for; study_population: a condition of the participants or outcomes of a study the sources report; contraindication: named as a reason to avoid ketamine therapy or to evaluate carefully first; group_exclusion: named as a reason the group format may not fit (individual format safer).',
});

export const ConditionFields = z.object({
  id: Id,
  name: z.string().min(1).max(200).meta({ description: 'The condition, as Katalog names it.' }),
  alternate_names: z
    .array(z.string().min(1).max(200))
    .max(20)
    .meta({ description: 'Other names the sources use for it, verbatim (e.g. "PTSD", "trauma-related conditions").' }),
  category: z.enum(['mental_health', 'substance_use', 'physical_health']).meta({
    description:
      'mental_health: a psychiatric or psychological condition; substance_use: substance use and addiction; physical_health: a bodily condition (heart, blood pressure, liver, pain).',
  }),
  roles: z.array(ConditionRole).min(1).max(4).meta({ description: 'Every way the sources name it.' }),
  scope: Scope.meta({
    description:
      'What the naming statement is said of (ketamine therapy in general, a format, or named programs) and which source says it, with its qualifier verbatim. A condition named does not mean the treatment works for it: read the findings and their studies.',
  }),
  note: z.string().max(1000).nullable(),
  citations,
});

export const Condition = ConditionFields.extend(RecordMeta).meta({
  id: 'Condition',
  description:
    'A condition the sources name: one ketamine therapy is used or studied for, or one that rules it (or its group format) out. Information, not medical advice.',
});
export type Condition = z.infer<typeof Condition>;
export type ConditionSeed = z.input<typeof ConditionFields>;

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */
export const conditions = sqliteTable(
  'conditions',
  {
    ...recordColumns,
    name: text('name').notNull(),
    alternate_names: json<string[]>('alternate_names').notNull(),
    category: text('category').notNull(),
    roles: json<string[]>('roles').notNull(),
    scope: json<Scope>('scope').notNull(),
    note: text('note'),
  },
  (t) => [
    facetIndex(t.category),
    index('conditions_updated_at_idx').on(t.updated_at, t.id),
    index('conditions_name_idx').on(t.name, t.id),
  ],
);
