import { organizationDoc } from '../../jsonld/jsonld.js';
import { Country, Id, ShortText } from '../common.schema.js';
import { defineResource, facetable, sortable } from '../define.js';
import { citedSources, hasMany } from '../includes.js';
import { Program } from '../programs/programs.schema.js';
import { needs } from '../rules.js';
import { Source } from '../sources/sources.schema.js';
import { addressCited } from '../written-figures.js';
import { Organization, OrganizationFields, OrganizationKind, organizations } from './organizations.schema.js';

export const organizationsResource = defineResource({
  path: 'organizations',
  tableName: 'organizations',
  singular: 'Organization',
  plural: 'Organizations',
  description: 'Clinics, networks, non-profits, universities, First Nations and funds that run or support programs.',
  table: organizations,
  entity: Organization,
  writable: OrganizationFields,
  // An address that is another organization's site names that organization (hostile 16 H16-11).
  rules: [addressCited(['website']), needs('website_organization_id', 'website')],
  search: { title: 'name', body: ['description', 'city', 'region', 'kind'] },
  // An address that is another organization's site says whose it is (audit 27 A27-3).
  readWith: { website: ['website_organization_id'] },
  jsonLd: {
    // Every @type organizationDoc may choose (by kind); the registry test checks the documents against it.
    types: ['MedicalClinic', 'MedicalOrganization', 'NGO', 'CollegeOrUniversity', 'Organization', 'FundingScheme'],
    describe: 'typed by its kind: MedicalClinic, MedicalOrganization, NGO, …',
    build: (_repo, item, base) => organizationDoc(item, base),
  },
  query: {
    filters: {
      kind: { kind: 'in', column: organizations.kind, values: OrganizationKind, description: 'Kind of organization.' },
      country: {
        kind: 'in',
        column: organizations.country,
        values: Country,
        description: 'ISO 3166-1 alpha-2 country.',
      },
      region: {
        kind: 'in',
        column: organizations.region,
        values: ShortText,
        description: "Province or state code (e.g. BC); a code is one country's: CA with country=US is California.",
      },
      city: {
        kind: 'in',
        column: organizations.city,
        values: ShortText,
        description: 'City, exactly as stored (e.g. Nanaimo).',
      },
      parent_organization_id: {
        kind: 'in',
        column: organizations.parent_organization_id,
        values: Id,
        description: 'Network the organization belongs to.',
      },
      named_in_source: {
        kind: 'bool',
        column: organizations.named_in_source,
        description: 'Whether the source names the organization.',
      },
    },
    sort: sortable(organizations, 'name', 'country', 'updated_at'),
    facets: facetable(organizations, OrganizationFields, 'kind', 'parent_organization_id', 'named_in_source'),
    defaultSort: ['name'],
    includes: {
      programs: hasMany('programs', 'organization_id', Program, 'the programs it runs'),
      sources: citedSources(Source),
    },
  },
});
