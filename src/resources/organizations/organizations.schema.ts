import { type AnySQLiteColumn, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { bool, facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { AccessStep, Country, citations, Id, InferredPlaceParts, RecordMeta, WebUrl } from '../common.schema.js';
import { notSelf, references } from '../references.js';

export const OrganizationKind = z.enum([
  'clinic',
  'clinic_network',
  'non_profit',
  'university',
  'community_organization',
  'first_nation',
  'fund',
  'program_provider',
]);

export const OrganizationFields = z.object({
  id: Id,
  name: z.string().min(1).max(200),
  kind: OrganizationKind,
  description: z.string().max(2000),
  parent_organization_id: notSelf(Id.meta(references('organizations')), 'acyclic')
    .nullable()
    .meta({
      description: 'Network the organization belongs to (e.g. an ATMA CENA member clinic).',
    }),
  partner_organization_ids: z
    .array(notSelf(Id.meta(references('organizations'))))
    .max(50)
    .meta({ description: 'Organizations it works in partnership with, as the sources say.' }),
  city: z.string().max(100).nullable(),
  region: z.string().max(100).nullable().meta({
    description:
      'Province or state of `country` (ISO 3166-2 subdivision code without the country prefix, e.g. BC, ON; CA in US is California).',
  }),
  country: Country.nullable(),
  inferred_place_parts: InferredPlaceParts,
  website: WebUrl.nullable(),
  website_organization_id: notSelf(Id.meta(references('organizations')))
    .nullable()
    .meta({
      description:
        'When the address is another organization’s site (Katalog’s reading, e.g. a member clinic listed with its network’s address), that organization; null when it is this organization’s own (or there is none). Derived views (JSON-LD) give only an own site as the organization’s url.',
    }),
  access_steps: z.array(AccessStep).max(20).meta({
    description:
      'How to reach and apply to the organization (e.g. ATMA CENA’s intake call), in the order the source gives; empty when it says nothing about it.',
  }),
  named_in_source: z.boolean().meta({
    description: 'False for an organization the source describes without naming it (e.g. "one Colorado clinic").',
  }),
  citations,
});

export const Organization = OrganizationFields.extend(RecordMeta).meta({
  id: 'Organization',
  description: 'An organization that runs, partners in or funds a program.',
});
export type Organization = z.infer<typeof Organization>;
export type OrganizationSeed = z.input<typeof OrganizationFields>;

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */
export const organizations = sqliteTable(
  'organizations',
  {
    ...recordColumns,
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    parent_organization_id: text('parent_organization_id').references((): AnySQLiteColumn => organizations.id),
    partner_organization_ids: json<string[]>('partner_organization_ids').notNull(),
    city: text('city'),
    region: text('region'),
    country: text('country'),
    website: text('website'),
    website_organization_id: text('website_organization_id').references((): AnySQLiteColumn => organizations.id),
    access_steps: json<z.output<typeof AccessStep>[]>('access_steps').notNull().default([]),
    inferred_place_parts: json<string[]>('inferred_place_parts').notNull().default([]),
    named_in_source: bool('named_in_source').notNull(),
  },
  (t) => [
    ...countingIndex(t),
    facetIndex(t.kind),
    facetIndex(t.parent_organization_id),
    facetIndex(t.named_in_source),
    index('organizations_updated_at_idx').on(t.updated_at, t.id),
    index('organizations_name_idx').on(t.name, t.id),
    index('organizations_parent_idx').on(t.parent_organization_id),
  ],
);
