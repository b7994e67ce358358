import { z } from 'zod';
import { Condition, Country, citations, Format, Id, RecordMeta } from '../common.schema.js';
import { references } from '../references.js';

export const Setting = z.enum(['group', 'individual', 'not_stated']);

export const ProgramFields = z.object({
  id: Id,
  name: z.string().min(1).max(200),
  organization_id: Id.meta(references('organizations')).nullable().meta({
    description: 'Organization that runs it; null for a generic model described by the sources.',
  }),
  format: Format,
  dosing_setting: Setting.meta({
    description: 'Whether ketamine is taken in a shared room (group) or privately (individual).',
  }),
  integration_setting: Setting.meta({ description: 'Whether integration work happens in group or 1:1.' }),
  generic: z.boolean().meta({
    description: 'True for a generic model the sources describe (e.g. typical group KAT), not a bookable program.',
  }),
  duration_weeks: z.number().int().min(1).max(520).nullable(),
  medicine_sessions: z
    .number()
    .int()
    .min(0)
    .max(100)
    .nullable()
    .meta({ description: 'Number of ketamine (medicine) sessions; the lower bound when the source gives a range.' }),
  medicine_sessions_max: z
    .number()
    .int()
    .min(0)
    .max(100)
    .nullable()
    .meta({ description: 'Upper bound when the source gives a range of medicine sessions; null otherwise.' }),
  group_size_min: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .nullable()
    .meta({ description: 'Smallest group (cohort) size the source gives.' }),
  group_size_max: z.number().int().min(1).max(1000).nullable(),
  structure: z
    .string()
    .max(2000)
    .nullable()
    .meta({ description: 'Cohort, subgroup and facilitation structure as the source describes it.' }),
  city: z.string().max(100).nullable(),
  region: z.string().max(100).nullable(),
  country: Country.nullable(),
  routes: z
    .array(Id.meta(references('dosing_routes')))
    .max(10)
    .meta({ description: 'Dosing-route ids (see /v1/dosing-routes).' }),
  conditions: z.array(Condition).max(20),
  description: z.string().max(4000),
  financial_assistance: z
    .array(z.string().min(1).max(500))
    .max(20)
    .meta({ description: 'Sliding scales, scholarships or funds the source names for this program.' }),
  citations,
});

export const Program = ProgramFields.extend(RecordMeta).meta({
  id: 'Program',
  description: 'A ketamine-assisted therapy program, track or pathway.',
});
export type Program = z.infer<typeof Program>;
export type ProgramSeed = z.input<typeof ProgramFields>;
