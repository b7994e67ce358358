import { index, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { citations, Id, LinkInferred, RecordMeta, Scope } from '../common.schema.js';

export const DosingRouteFields = z.object({
  id: Id,
  name: z.string().min(1).max(100),
  abbreviation: z.string().max(10).nullable(),
  forms: z
    .array(z.string().min(1).max(100))
    .max(10)
    .meta({ description: 'Forms named by the source (e.g. lozenges, troches).' }),
  dose_min: z.number().min(0).max(10000).nullable(),
  dose_max: z.number().min(0).max(10000).nullable(),
  dose_unit: z.enum(['mg/kg', 'mg']).nullable(),
  dose_scope: Scope.nullable().meta({
    description:
      'What the dose range is said of and by whom, with the source’s qualifier ("typically … carefully adjusted"); null when no dose is given. A program shows the dose as its own only when this scope names the program.',
  }),
  description: z.string().max(1000),
  used_in_group_settings: z.enum(['yes', 'less_common', 'not_stated']),
  citations,
});

export const DosingRoute = DosingRouteFields.extend(RecordMeta).meta({
  id: 'DosingRoute',
  description: 'A route of ketamine administration with the dose range the source gives.',
});
export type DosingRoute = z.infer<typeof DosingRoute>;

/** The fields of a route that state what a source says of the route in general, not of one program. */
export const GENERAL_ROUTE_FIELDS = [
  'dose_min',
  'dose_max',
  'dose_unit',
  'dose_scope',
  'forms',
  'description',
  'used_in_group_settings',
] as const;

/**
 * A route as a program includes it (`include=dosing_routes`): what the route record says in general (its dose
 * range, the forms and the group use a source lists, its description) is withheld under a program no source says
 * it of, and the route says so; a generic record of the same format (the format as a source describes it in
 * general) shows it.
 */
export const IncludedDosingRoute = DosingRoute.extend({
  description: z.string().max(1000).nullable().meta({
    description: 'Null where withheld (see `withheld_fields`): the record itself keeps it.',
  }),
  used_in_group_settings: DosingRoute.shape.used_in_group_settings
    .nullable()
    .meta({ description: 'Null where withheld (see `withheld_fields`).' }),
  dose_withheld: z.string().max(500).optional().meta({
    description:
      'Why the dose fields are null here: the dose is not said of this program (the record itself, at /v1/dosing-routes/{id}, keeps it). Absent when no dose is withheld.',
  }),
  withheld_fields: z.array(z.enum(GENERAL_ROUTE_FIELDS)).optional().meta({
    description:
      'The fields emptied here because they state what a source says of the route in general, not of this program (the record at /v1/dosing-routes/{id} keeps them); the citations kept are those of the sources this program cites. Absent when nothing is withheld.',
  }),
  link_inferred: LinkInferred,
}).meta({
  id: 'IncludedDosingRoute',
  description:
    'A dosing route as a program includes it; what the route record says in general (dose range, forms, group use, description) and no source says of the program is withheld, and `withheld_fields` names it.',
});
export type DosingRouteSeed = z.input<typeof DosingRouteFields>;

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */
export const dosingRoutes = sqliteTable(
  'dosing_routes',
  {
    ...recordColumns,
    name: text('name').notNull(),
    abbreviation: text('abbreviation'),
    forms: json<string[]>('forms').notNull(),
    dose_min: real('dose_min'),
    dose_max: real('dose_max'),
    dose_unit: text('dose_unit'),
    dose_scope: json<Scope | null>('dose_scope'),
    description: text('description').notNull(),
    used_in_group_settings: text('used_in_group_settings').notNull(),
  },
  (t) => [
    ...countingIndex(t),
    facetIndex(t.dose_unit),
    facetIndex(t.used_in_group_settings),
    index('dosing_routes_updated_at_idx').on(t.updated_at, t.id),
  ],
);
