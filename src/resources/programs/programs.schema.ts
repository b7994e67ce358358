import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { bool, facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import {
  AccessStep,
  ConditionId,
  Country,
  citations,
  Format,
  Id,
  InferredPlaceParts,
  inferredFields,
  PLACE_PARTS,
  RecordMeta,
  WebUrl,
} from '../common.schema.js';
import { marking } from '../markers.js';
import { organizations } from '../organizations/organizations.schema.js';
import { namedIn, references } from '../references.js';

export const Setting = z.enum(['group', 'individual', 'not_stated']);

/** How to reach and apply to a program: the facts the source gives, in fields rather than in the description. */
export const ProgramAccess = z
  .object({
    website: WebUrl.nullable().meta({
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
  organization_id: namedIn(
    Id.meta(references('organizations')).nullable().meta({
      description: 'Organization that runs it; null for a generic model described by the sources.',
    }),
    ['name', 'description:lead'],
  ),
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
  medicine_sessions: z.number().int().min(0).max(100).nullable().meta({
    description:
      'Number of ketamine (medicine) sessions; the lower bound when the source gives a range. Where the source writes only "sessions" ("2–8 sessions", "3-session"), reading them as medicine sessions is Katalog\'s, and the field is listed in `inferred_fields`.',
  }),
  medicine_sessions_max: z
    .number()
    .int()
    .min(0)
    .max(100)
    .nullable()
    .meta({ description: 'Upper bound when the source gives a range of medicine sessions; null otherwise.' }),
  group_size_min: z.number().int().min(1).max(1000).nullable().meta({
    description: 'Smallest group size the source gives; `group_size_basis` says what it counts.',
  }),
  group_size_max: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .nullable()
    .meta({ description: 'Largest group size the source gives (see `group_size_basis`).' }),
  group_size_basis: z.enum(['dosing_group', 'cohort']).nullable().meta({
    description:
      'What the group size counts: `dosing_group`, participants dosed together; `cohort`, participants per cohort (not how many are dosed together). Null when no size is given. Compare only like with like.',
  }),
  structure: z
    .string()
    .max(2000)
    .nullable()
    .meta({ description: 'Cohort, subgroup and facilitation structure as the source describes it.' }),
  city: z.string().max(100).nullable().meta({ description: 'City where the program is delivered.' }),
  region: z.string().max(100).nullable().meta({
    description:
      'Province or state code, of `country` (CA in US is California), derived from a named city or province (Mississauga: ON).',
  }),
  country: Country.nullable(),
  place_inferred: marking(
    z.boolean().meta({
      description:
        'True when the source does not say where this program is delivered and the place (city, region, country) is Katalog’s reading, e.g. the provider’s clinics; the record’s citations hold what supports it. Derived views (JSON-LD) do not state an inferred place as the program’s own.',
    }),
    PLACE_PARTS,
  ),
  inferred_place_parts: InferredPlaceParts,
  access: ProgramAccess,
  routes: z
    .array(namedIn(Id.meta(references('dosing_routes')), ['name', 'description', 'citations']))
    .max(10)
    .meta({ description: 'Dosing-route ids (see /v1/dosing-routes).' }),
  conditions: namedIn(z.array(ConditionId).max(20), ['citations'], { inferable: true }),
  description: z.string().max(4000),
  financial_assistance: z.array(z.string().min(1).max(500)).max(20).meta({
    description: 'Sliding scales, scholarships or funds the source names for this program.',
  }),
  citations,
});

export const ProgramFields = ProgramBase.extend({
  inferred_fields: inferredFields(
    ProgramBase,
    'ProgramInferredFields',
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

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */

export const programs = sqliteTable(
  'programs',
  {
    ...recordColumns,
    name: text('name').notNull(),
    organization_id: text('organization_id').references(() => organizations.id),
    format: text('format').notNull(),
    dosing_setting: text('dosing_setting').notNull(),
    dosing_setting_inferred: bool('dosing_setting_inferred').notNull().default(false),
    integration_setting: text('integration_setting').notNull(),
    generic: bool('generic').notNull(),
    duration_weeks: integer('duration_weeks'),
    medicine_sessions: integer('medicine_sessions'),
    medicine_sessions_max: integer('medicine_sessions_max'),
    group_size_min: integer('group_size_min'),
    group_size_max: integer('group_size_max'),
    group_size_basis: text('group_size_basis'),
    structure: text('structure'),
    city: text('city'),
    region: text('region'),
    country: text('country'),
    place_inferred: bool('place_inferred').notNull().default(false),
    inferred_place_parts: json<string[]>('inferred_place_parts').notNull().default([]),
    // The column default predates website_organization_id and website_inferred (changing a default rebuilds the
    // table in SQLite); every write goes through the record store with the whole validated object, so it is never used.
    access: json<z.output<typeof ProgramAccess>>('access').notNull().default(sql`'{"website":null,"steps":[]}'`),
    routes: json<string[]>('routes').notNull(),
    conditions: json<string[]>('conditions').notNull(),
    description: text('description').notNull(),
    financial_assistance: json<string[]>('financial_assistance').notNull(),
    inferred_fields: json<string[]>('inferred_fields').notNull().default([]),
  },
  (t) => [
    ...countingIndex(t),
    facetIndex(t.format),
    facetIndex(t.dosing_setting),
    facetIndex(t.integration_setting),
    facetIndex(t.organization_id),
    facetIndex(t.generic),
    index('programs_updated_at_idx').on(t.updated_at, t.id),
    index('programs_name_idx').on(t.name, t.id),
    index('programs_format_name_idx').on(t.format, t.name, t.id),
    index('programs_organization_idx').on(t.organization_id),
    index('programs_country_idx').on(t.country, t.region, t.city),
    index('programs_duration_idx').on(t.duration_weeks, t.id),
    index('programs_format_duration_idx').on(t.format, t.duration_weeks, t.id),
    // The cost comparison pages by owner (the organization, or the program itself when it has none):
    // prices are paired only within one owner, so a page of owners is complete on its own.
    index('programs_owner_idx').on(sql`coalesce(${t.organization_id}, ${t.id})`, t.id),
  ],
);
