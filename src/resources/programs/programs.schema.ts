import { z } from 'zod';
import {
  ConditionId,
  Country,
  citations,
  Format,
  Id,
  InferredPlaceParts,
  inferredFields,
  RecordMeta,
} from '../common.schema.js';
import { references } from '../references.js';

export const Setting = z.enum(['group', 'individual', 'not_stated']);

export const AccessStepKind = z.enum([
  'intake_call',
  'intake_assessment',
  'screening',
  'registration',
  'coordinated_care',
]);

/** One step of the way into a program, as its source gives it. */
export const AccessStep = z
  .object({
    kind: AccessStepKind.meta({
      description:
        'intake_call: a call that decides the format and orients the patient; intake_assessment: the program’s own intake (readiness, fit); screening: medical and psychological screening; registration; coordinated_care: coordination between providers (e.g. dosing in one place, integration in another).',
    }),
    text: z.string().min(1).max(500).meta({ description: 'The step as the source gives it, naming the source.' }),
    organization_id: Id.meta(references('organizations')).nullable().meta({
      description: 'Who runs the step (e.g. ATMA CENA for its intake call); null when the source does not say.',
    }),
    source_id: Id.meta(
      references('sources', 'The source that gives the step (see /v1/sources); the program cites it.'),
    ),
    hedge: z.string().min(1).max(300).nullable().meta({
      description: 'The source’s own qualifier, verbatim ("where appropriate", "can help"); null when stated plainly.',
    }),
    inferred: z.boolean().meta({
      description:
        'True when the step is Katalog’s reading: the source gives it for another program or for the organization (e.g. the ATMA CENA intake call, given for the Roots to Thrive pathway, applied to a member clinic’s program), not for this program. Derived views (JSON-LD) do not show an inferred step as the program’s own.',
    }),
  })
  .meta({ id: 'AccessStep' });

/** How to reach and apply to a program: the facts the source gives, in fields rather than in the description. */
export const ProgramAccess = z
  .object({
    website: z.url().nullable().meta({
      description:
        'Address of the program or of its provider exactly as the source gives it (e.g. in its list of sources); null when it gives none. Whose site it is: `website_organization_id`.',
    }),
    website_organization_id: Id.meta(references('organizations')).nullable().meta({
      description:
        'The organization whose site the address is (the program’s own organization, or e.g. the network a member clinic belongs to); null exactly when `website` is null.',
    }),
    website_inferred: z.boolean().meta({
      description:
        'True when whose site it is, is Katalog’s reading (e.g. an address on the network’s domain that the source lists for a member clinic); derived views (JSON-LD) show the address as the program’s channel only when it is its own organization’s site and not inferred.',
    }),
    steps: z.array(AccessStep).max(20).meta({
      description: 'How to apply, in the order the source gives; empty when the source says nothing about it.',
    }),
  })
  .meta({ id: 'ProgramAccess', description: 'How to reach and apply to the program, as the source gives it.' });

const ProgramBase = z.object({
  id: Id,
  name: z.string().min(1).max(200),
  organization_id: Id.meta(references('organizations')).nullable().meta({
    description: 'Organization that runs it; null for a generic model described by the sources.',
  }),
  format: Format,
  dosing_setting: Setting.meta({
    description: 'Whether ketamine is taken in a shared room (group) or privately (individual).',
  }),
  dosing_setting_inferred: z.boolean().meta({
    description:
      'True when the dosing setting is Katalog’s reading rather than the source saying it of this program (e.g. a member clinic the source does not name when it says “some member clinics” dose privately).',
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
  city: z.string().max(100).nullable().meta({ description: 'City where the program is delivered.' }),
  region: z.string().max(100).nullable().meta({
    description: 'Province or state code (derived from a named city or province, e.g. Mississauga: ON).',
  }),
  country: Country.nullable(),
  place_inferred: z.boolean().meta({
    description:
      'True when the source does not say where this program is delivered and the place (city, region, country) is Katalog’s reading, e.g. the provider’s clinics; the record’s citations hold what supports it. Derived views (JSON-LD) do not state an inferred place as the program’s own.',
  }),
  inferred_place_parts: InferredPlaceParts,
  access: ProgramAccess,
  routes: z
    .array(Id.meta(references('dosing_routes')))
    .max(10)
    .meta({ description: 'Dosing-route ids (see /v1/dosing-routes).' }),
  conditions: z.array(ConditionId).max(20),
  description: z.string().max(4000),
  financial_assistance: z
    .array(z.string().min(1).max(500))
    .max(20)
    .meta({ description: 'Sliding scales, scholarships or funds the source names for this program.' }),
  citations,
});

export const ProgramFields = ProgramBase.extend({
  inferred_fields: inferredFields(
    ProgramBase,
    'e.g. the KAIR Program retreats read as group format from its conclusion, which speaks of "a supportive group setting" without naming the retreats',
  ),
});

export const Program = ProgramFields.extend({
  ...RecordMeta,
  inferred_fields: ProgramFields.shape.inferred_fields.unwrap(),
}).meta({
  id: 'Program',
  description: 'A ketamine-assisted therapy program, track or pathway.',
});
export type Program = z.infer<typeof Program>;
export type ProgramSeed = z.input<typeof ProgramFields>;
