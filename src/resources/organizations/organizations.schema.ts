import { z } from 'zod';
import { Country, citations, Id, RecordMeta } from '../common.schema.js';
import { references } from '../references.js';

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
  parent_organization_id: Id.meta(references('organizations')).nullable().meta({
    description: 'Network the organization belongs to (e.g. an ATMA CENA member clinic).',
  }),
  partner_organization_ids: z
    .array(Id.meta(references('organizations')))
    .max(50)
    .meta({ description: 'Organizations it works in partnership with, as the sources say.' }),
  city: z.string().max(100).nullable(),
  region: z.string().max(100).nullable().meta({
    description: 'Province or state (ISO 3166-2 subdivision code without the country prefix, e.g. BC, ON, CA, CO).',
  }),
  country: Country.nullable(),
  website: z.url().nullable(),
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
