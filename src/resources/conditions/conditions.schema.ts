import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { Citation, citations, Id, LinkInferred, RecordMeta, Scope } from '../common.schema.js';

/** How the sources name a condition: what ketamine therapy is used or studied for, or a reason against it. */
export const ConditionRole = z
  .enum([
    'indication',
    'study_population',
    'study_outcome',
    'contraindication',
    'requires_evaluation',
    'group_exclusion',
    'individual_more_suitable',
  ])
  .meta({
    id: 'ConditionRole',
    description:
      'The roles keep the categories of /v1/contraindications apart. indication: ketamine therapy (or its group format, or a program) is used for or shows promise for it; study_population: participants of a reported study had it; study_outcome: a reported study measured it as an outcome ("PTSD diagnostic criteria"); contraindication: a source says those with it should avoid ketamine therapy (contraindication category `absolute`); requires_evaluation: a source says it requires careful evaluation or more thorough screening, not that it rules ketamine therapy out (category `requires_evaluation`); group_exclusion: a source says it generally excludes from, or is not appropriate for, the group format (said of ketamine therapy in general where its words name both formats: "(exclusion in both)"); individual_more_suitable: a source says the individual format is more suitable or safer for those with it than the group format (the format table\'s column "Individual format safer", with its cell\'s qualifier, e.g. "(or exclusion)"), not itself an exclusion.',
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
        'Of what, by whom (`stated_by`: exactly the sources of its citations) and with what qualifier (`hedge`) this statement names the condition.',
    }),
    citations: z.array(Citation).min(1).max(10).meta({
      description: "The excerpts that say it: each one of the record's citations, from a source in `scope.stated_by`.",
    }),
    named_as: z.array(z.string().min(1).max(200)).max(5).meta({
      description:
        'Words of its excerpts, verbatim, that qualify the condition where they name it ("active substance use disorders"; "a history of psychosis": past and current cases); several: each excerpt\'s wording. Empty when they name it unqualified, or leave open whether a qualifier is said of it (the note says).',
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
  alternate_names: z.array(z.string().min(1).max(200)).max(20).meta({
    description: 'Other names the sources use for it, verbatim (e.g. "PTSD"); never a narrower one ("severe anxiety").',
  }),
  category: z.enum(['mental_health', 'substance_use', 'physical_health']).meta({
    description:
      'mental_health: a psychiatric or psychological condition; substance_use: substance use and addiction; physical_health: a bodily condition (heart, blood pressure, liver, pain).',
  }),
  roles: z.array(ConditionRole).min(1).max(7).meta({
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

/** The longest `statements_withheld` (conditions/included.ts keeps its text within it by construction). */
export const STATEMENTS_WITHHELD_MAX = 500;

/** Fields of a condition an included record under a program, study, finding or contraindication may withhold. */
export const GENERAL_CONDITION_FIELDS = ['roles', 'role_statements', 'scope', 'note'] as const;

/**
 * A condition as a program or a study includes it (`include=condition_records`), a finding
 * (`include=condition_record`) or a contraindication (`include=conditions`): the role statements not said of that
 * program (for a generic record, by its own sources of its format, never a study's result), not reporting that study
 * (the finding's study, in the finding's or the study's excerpts) or not stating what that contraindication states
 * (its category's roles, by its sources, in its excerpts) are withheld, as an included dosing route withholds what its
 * record says in general, `withheld_fields` names what is emptied and `statements_withheld` counts the withheld
 * statements by the reason each is withheld; the record at /v1/conditions/{id} keeps every statement with its scope.
 */
export const IncludedCondition = Condition.extend({
  roles: z.array(ConditionRole).max(7),
  role_statements: z.array(ConditionRoleStatement).max(20).meta({
    description:
      "Only those said of its owner (a program; a study, or a finding's study, that it reports; what a contraindication states).",
  }),
  citations: z.array(Citation).max(50).meta({
    description:
      "Only the excerpts supporting what it says here: the kept statements', else the owner's own (a finding's: and its study's) naming it.",
  }),
  statements_withheld: z.string().max(STATEMENTS_WITHHELD_MAX).optional().meta({
    description:
      "The withheld statements, counted by reason (what its scope says it of, another source than a generic record's, a study's report, another role or line than a contraindication's; the rest, past its length, as other reasons).",
  }),
  link_inferred: LinkInferred,
  withheld_fields: z.array(z.enum(GENERAL_CONDITION_FIELDS)).optional().meta({
    description:
      'Fields emptied or narrowed here: what is said in general, not of its owner (see /v1/conditions/{id}).',
  }),
}).meta({
  id: 'IncludedCondition',
  description:
    'A condition under a program, a study, a finding or a contraindication: statements not said of it are withheld (`withheld_fields`, `statements_withheld`).',
});
