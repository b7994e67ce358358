import { z } from 'zod';
import { defineResource, facetable, readTogether, sortable } from '../define.js';
import { citedSources } from '../includes.js';
import { atLeast, needs } from '../rules.js';
import { Source } from '../sources/sources.schema.js';
import { dosesWritten } from '../written-figures.js';
import { DosingRoute, DosingRouteFields, dosingRoutes } from './dosing-routes.schema.js';

export const dosingRoutesResource = defineResource({
  path: 'dosing-routes',
  tableName: 'dosing_routes',
  // "intramuscular administration" names the route as its id does (review 41 R41-5).
  names: { columns: ['name', 'abbreviation', 'id'] },
  singular: 'DosingRoute',
  plural: 'DosingRoutes',
  description: 'Routes of administration with the dose ranges and units the sources give.',
  table: dosingRoutes,
  entity: DosingRoute,
  writable: DosingRouteFields,
  rules: [
    atLeast('dose_max', 'dose_min'),
    needs('dose_min', 'dose_unit'),
    needs('dose_max', 'dose_unit'),
    needs('dose_max', 'dose_min'),
    dosesWritten(['dose_min', 'dose_max'], 'dose_unit', ['name', 'abbreviation']),
  ],
  // The dose's unit too: a dose written onto its number ("0.5mg/kg") is indexed as 0, 5mg and kg, so `q=mg/kg` found only
  // the route whose text says "mg" apart (hostile 20 H20-6). A value field: shown in a snippet only where it matched.
  search: { title: 'name', body: ['abbreviation', 'forms', 'description', 'dose_unit'] },
  // Whether a route is used in group settings is its sources' statement, with no scope of its own: read with the
  // citations that say whose (audit 26 A26-1: `fields=used_in_group_settings` served "less_common" alone).
  readWith: {
    ...readTogether(['dose_min', 'dose_max'], ['dose_unit', 'dose_scope']),
    used_in_group_settings: ['citations'],
  },
  jsonLd: { types: ['MedicalEntity'], describe: 'MedicalEntity', description: 'description' },
  query: {
    filters: {
      dose_unit: {
        kind: 'in',
        column: dosingRoutes.dose_unit,
        values: z.enum(['mg/kg', 'mg']),
        description: 'Unit of the dose range.',
      },
      used_in_group_settings: {
        kind: 'in',
        column: dosingRoutes.used_in_group_settings,
        values: z.enum(['yes', 'less_common', 'not_stated']),
        description: 'Whether the source says the route is used in group settings.',
      },
    },
    sort: sortable(dosingRoutes, 'name', 'updated_at'),
    facets: facetable(dosingRoutes, DosingRouteFields, 'dose_unit', 'used_in_group_settings'),
    defaultSort: ['name'],
    includes: { sources: citedSources(Source) },
  },
});
