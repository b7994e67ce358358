import { z } from 'zod';
import { Disclaimer } from '../disclaimer.js';
import { itemQueryShape, listParamNames, listQueryShape } from '../query/params.js';
import { MAX_COUNTED } from '../search/search.js';
import { aOrAn } from './article.js';
import { Slug } from './common.schema.js';
import type { Resource } from './define.js';
import { exampleRecord } from './examples.js';

export const ListMeta = z
  .object({
    total: z
      .number()
      .int()
      .min(0)
      .meta({
        description: `Number of records matching the filters (all pages); with \`q\`, among at most the first ${MAX_COUNTED} full-text matches (see \`total_exact\`).`,
      }),
    total_exact: z.boolean().meta({
      description: `False when \`total\` is a lower bound: \`q\` matches more than ${MAX_COUNTED} records of the collection, and the first ${MAX_COUNTED} full-text matches in index order (roughly the oldest) were counted.`,
    }),
    limit: z.number().int().min(1).max(100),
    next_cursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
    sort: z.array(z.string()).meta({ description: 'The order applied, ending with the `id` tiebreaker.' }),
  })
  .meta({ id: 'ListMeta' });

export const ListLinks = z
  .object({
    self: z.string().meta({ description: 'This page.' }),
    next: z
      .string()
      .nullable()
      .meta({ description: 'The next page (also in the `Link` header, rel="next"); null on the last page.' }),
  })
  .meta({ id: 'ListLinks' });

const derived = new WeakMap<Resource, ReturnType<typeof deriveSchemas>>();

/**
 * Schemas and parameter lists a resource's routes need, derived once per resource from its
 * declaration: the named ones are registered in Zod's global registry (`meta({ id })`) and become
 * OpenAPI components, so each must exist once however many apps a process builds.
 */
export function resourceSchemas(resource: Resource) {
  let s = derived.get(resource);
  if (!s) {
    s = deriveSchemas(resource);
    derived.set(resource, s);
  }
  return s;
}

function deriveSchemas(resource: Resource) {
  const fieldNames = Object.keys(resource.entity.shape);
  const example = exampleRecord(resource);
  const includeShape = Object.fromEntries(
    Object.entries(resource.query.includes).map(([k, v]) => [
      k,
      v.schema.optional().meta({ description: `With include=${k}: ${v.description}.` }),
    ]),
  );
  const expanded = Object.keys(includeShape).length
    ? resource.entity.extend(includeShape).meta({
        id: `${resource.singular}Expanded`,
        description: `${aOrAn(resource.singular)} with the related records asked for by \`include\`.`,
      })
    : resource.entity;
  const sparse = resource.entity
    .partial()
    .required({ id: true })
    .extend(includeShape)
    .meta({
      id: `${resource.singular}Sparse`,
      description: `${aOrAn(resource.singular)} reduced to the fields asked for by \`fields\` (id always kept).`,
    });
  const item = z.union([expanded, sparse]);
  const listShape = listQueryShape(resource.query, fieldNames);
  const itemShape = itemQueryShape(resource.query, fieldNames);
  // An export is every matching record: no paging, whole records.
  const exportShape: Record<string, z.ZodType> = { ...listShape };
  for (const name of ['limit', 'cursor', 'fields', 'include', 'facet']) delete exportShape[name];
  const facetFields = Object.entries(resource.query.facets);
  const facets = z
    .object(
      Object.fromEntries(
        facetFields.map(([name, f]) => [
          name,
          z.array(z.object({ value: f.value, count: z.number().int().min(1) })).optional(),
        ]),
      ),
    )
    .meta({
      id: `${resource.singular}Facets`,
      description: `With \`facet\`: the matching ${resource.path} records counted per value of each field asked for (see the \`facet\` parameter).`,
    });
  const meta = ListMeta.extend({
    facets: facets.optional(),
    facets_exhaustive: z
      .boolean()
      .optional()
      .meta({
        description: `With \`facet\`: false when, like \`total\`, the counts are over the first ${MAX_COUNTED} full-text matches only: lower bounds, and a value only later matches hold is missing.`,
      }),
  }).meta({
    id: `${resource.singular}ListMeta`,
    description: `Paging of a list of ${resource.path}, and the facet counts asked for.`,
  });
  return {
    /** POST body (component `<Singular>CreateInput`). */
    create: resource.input.meta({
      id: `${resource.singular}Create`,
      // The rules across fields are said once, on the replace body this one is composed of.
      description: `A new ${resource.singular}: every writable field (as \`${resource.singular}ReplaceInput\`, with its rules), with its id.`,
    }),
    /** PUT body (component `<Singular>ReplaceInput`): the id comes from the path. */
    replace: resource.replaceInput.meta({
      id: `${resource.singular}Replace`,
      description:
        `A whole ${resource.singular} replacing the stored one; the id is the one in the path. ${resource.replaceInput.description ?? ''}`.trim(),
    }),
    /** The `{id}` of a record's path, with a real id of this collection as its example. */
    idParam: z.object({
      // Not the `Id` component: OpenAPI parameters take their description from the schema, and a `$ref` has none.
      id: Slug.meta({
        description: `Id of the ${resource.singular.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}.`,
        examples: [example.id],
      }),
    }),
    listQuery: z.strictObject(listShape),
    exportQuery: z.strictObject(exportShape),
    exportParams: listParamNames(exportShape),
    itemQuery: z.strictObject(itemShape),
    listParams: listParamNames(listShape),
    itemParams: listParamNames(itemShape),
    // No example of a page or of a one-record body: the record's example is on its schema
    // (`ProgramExpanded`, see http/docs.ts), and a page or a body shows it as its `data`.
    list: z
      .object({ data: z.array(item), meta, links: ListLinks, disclaimer: Disclaimer })
      .meta({ description: `A page of ${resource.path}.` }),
    one: z.object({ data: item, disclaimer: Disclaimer }).meta({ description: `One ${resource.singular}.` }),
  };
}
