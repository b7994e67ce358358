import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { Citation, citations, Id, RecordMeta, Scope } from '../common.schema.js';

/** How the sources name a condition: what ketamine therapy is used or studied for, or a reason against it. */
export const ConditionRole = z
  .enum(['indication', 'study_population', 'study_outcome', 'contraindication', 'group_exclusion'])
  .meta({
    id: 'ConditionRole',
    description:
      'indication: ketamine therapy (or its group format) is used for or shows promise for it; study_population: participants of a reported study had it; study_outcome: a reported study measured it as an outcome ("fewer suicidal thoughts"); contraindication: a reason to avoid ketamine therapy or evaluate carefully first; group_exclusion: a reason the group format may not fit.',
  });
export type ConditionRole = z.infer<typeof ConditionRole>;

/**
 * One way one statement names the condition: its role, whose statement it is and what it is said of (`scope`), and
 * the excerpts that say it. A record named in several ways by several sources holds one entry per statement, so a
 * role is never paired with another statement's source or qualifier.
 */
export const ConditionRoleStatement = z
  .object({
    role: ConditionRole,
    scope: Scope.meta({
      description:
        'Of what, by whom (`stated_by`: exactly the sources of its citations) and with what qualifier this statement names the condition.',
    }),
    citations: z.array(Citation).min(1).max(10).meta({
      description: "The excerpts that say it: each one of the record's citations, from a source in `scope.stated_by`.",
    }),
  })
  .meta({
    id: 'ConditionRoleStatement',
    description: "A role a source gives the condition, with that statement's own scope and excerpts.",
  });
export type ConditionRoleStatement = z.infer<typeof ConditionRoleStatement>;

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
  roles: z.array(ConditionRole).min(1).max(5).meta({
    description: 'The roles of `role_statements`, each once, in their order (who gives each is in `role_statements`).',
  }),
  role_statements: z.array(ConditionRoleStatement).min(1).max(20).meta({
    description:
      'One entry per statement naming the condition: role, own scope, excerpts. A condition named does not mean the treatment works for it: see findings.',
  }),
  scope: Scope.nullable().meta({
    description: "The scope all of `role_statements` share, or null when they differ (read each role's own).",
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
    role_statements: json<ConditionRoleStatement[]>('role_statements').notNull().default([]),
    scope: json<Scope | null>('scope'),
    note: text('note'),
  },
  (t) => [
    ...countingIndex(t),
    facetIndex(t.category),
    index('conditions_updated_at_idx').on(t.updated_at, t.id),
    index('conditions_name_idx').on(t.name, t.id),
  ],
);

/** Fields of a condition an included record under a program may withhold (see IncludedCondition). */
export const GENERAL_CONDITION_FIELDS = ['roles', 'role_statements', 'scope', 'note'] as const;

/**
 * A condition as a program includes it (`include=condition_records`): the role statements no source says of this
 * program (said of ketamine therapy in general, of a format, of other programs, or as Katalog's reading) are withheld,
 * as an included dosing route withholds what its record says in general, and `withheld_fields` names what is emptied;
 * the record at /v1/conditions/{id} keeps every statement with its scope.
 */
export const IncludedCondition = Condition.extend({
  roles: z.array(ConditionRole).max(5),
  role_statements: z.array(ConditionRoleStatement).max(20).meta({ description: 'Only those said of this program.' }),
  statements_withheld: z.string().max(500).optional().meta({ description: 'Why statements are withheld here.' }),
  withheld_fields: z.array(z.enum(GENERAL_CONDITION_FIELDS)).optional().meta({
    description:
      'Fields emptied or narrowed here: what sources say in general, not of this program (see /v1/conditions/{id}).',
  }),
}).meta({
  id: 'IncludedCondition',
  description: 'A condition under a program: statements not said of the program are withheld (`withheld_fields`).',
});
