import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { citations, Id, RecordMeta, Scope } from '../common.schema.js';

export const PracticalRule = z
  .object({
    rule: z.string().min(1).max(500),
    value_min: z.number().min(0).nullable(),
    value_max: z.number().min(0).nullable(),
    unit: z
      .enum(['hours', 'minutes', 'participants', 'participants_per_facilitator', 'weeks', 'months', 'sessions'])
      .nullable(),
    scope: Scope.meta({
      description:
        'Who states the rule (a source the phase cites, with its qualifier verbatim) and what it is said of: one program (e.g. Roots to Thrive group sizes), a format, or ketamine therapy in general.',
    }),
  })
  .meta({ id: 'PracticalRule' });

export const SessionPhaseFields = z.object({
  id: Id,
  name: z.string().min(1).max(100),
  position: z.number().int().min(1).max(100),
  description: z.string().min(1).max(4000),
  duration_min_minutes: z.number().min(0).nullable().meta({
    description:
      "With duration_max_minutes: the whole phase's length, where a source states it (a part's is a rule's).",
  }),
  duration_max_minutes: z.number().min(0).nullable().meta({ description: 'See duration_min_minutes.' }),
  practical_rules: z.array(PracticalRule).max(50),
  citations,
});

export const SessionPhase = SessionPhaseFields.extend(RecordMeta).meta({
  id: 'SessionPhase',
  description: 'A phase of a group ketamine session, with its practical rules.',
});
export type SessionPhase = z.infer<typeof SessionPhase>;
export type SessionPhaseSeed = z.input<typeof SessionPhaseFields>;

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */

export const sessionPhases = sqliteTable(
  'session_phases',
  {
    ...recordColumns,
    name: text('name').notNull(),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    duration_min_minutes: integer('duration_min_minutes'),
    duration_max_minutes: integer('duration_max_minutes'),
    practical_rules: json<z.output<typeof PracticalRule>[]>('practical_rules').notNull(),
  },
  (t) => [...countingIndex(t), index('session_phases_updated_at_idx').on(t.updated_at, t.id)],
);
