import { z } from 'zod';
import type { FilterDef, QuerySpec } from './spec.js';

const MAX_LIST = 50;

/**
 * A list parameter: accepts `a,b` and repeated `a&a`; the values are validated one by one. The spec says so once, for
 * every array parameter (http/docs.ts), not in each one's description.
 */
export const listOf = <T extends z.ZodType<string>>(item: T, description: string) =>
  z
    .array(item)
    .min(1)
    .max(MAX_LIST)
    // One rule for every query list, as for bodies (hostile 15 H15-9: `fields=id,id` was taken, `sort=name,name` not).
    .refine((values) => new Set(values).size === values.length, { message: 'names a value more than once' })
    .meta({ description });

const strictBool = (description: string) =>
  z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .meta({ description: `${description} \`true\` or \`false\`.` });

const bound = (description: string, integer?: boolean) =>
  (integer ? z.coerce.number().int() : z.coerce.number()).min(-1e12).max(1e12).meta({ description });

export const Limit = z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Page size, 1 to 100.' });
export const Cursor = z.string().min(1).max(2000).meta({
  description:
    'Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same path, filters and sort.',
});
const DateTime = z.iso.datetime({ offset: true });
/**
 * `updated_since`: an RFC 3339 time, whose `T` and `Z` may be lower case (§5.6; the server reads them as upper case). The
 * spec's pattern says so too, so that a client validating by it takes what the server takes (hostile 17 H17-6).
 */
export const UpdatedSince = DateTime.meta({
  description: 'Only records updated at or after this RFC 3339 time (incremental sync).',
  examples: ['2026-01-01T00:00:00Z'],
  pattern: String(z.toJSONSchema(DateTime).pattern).replace(')T(?:', ')[Tt](?:').replace('(?:Z|', '(?:[Zz]|'),
});
export const Search = z
  .string()
  .min(1)
  .max(200)
  .meta({
    description: 'Full-text search: every word must match, the last as a prefix (any text is safe).',
    examples: ['sublingual'],
  });

/** Names of the query parameters that take lists, so `a,b` can be split before validation. */
export function listParamNames(shape: Record<string, z.ZodType>): string[] {
  return Object.entries(shape)
    .filter(([, s]) => unwrap(s) instanceof z.ZodArray)
    .map(([k]) => k);
}

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault) cur = cur.unwrap() as z.ZodType;
  return cur;
}

function filterParams(name: string, f: FilterDef): Record<string, z.ZodType> {
  switch (f.kind) {
    case 'in':
    case 'contains':
      return { [name]: listOf(f.values, f.description).optional() };
    case 'bool':
      return { [name]: strictBool(f.description).optional() };
    case 'range':
      return {
        [`${name}_gte`]: bound(`${f.description} Lower bound, inclusive.`, f.integer).optional(),
        // Said once, on `_gte` (the spec's size): the upper bound refers to it.
        [`${name}_lte`]: bound(`Upper bound, inclusive (as \`${name}_gte\`).`, f.integer).optional(),
      };
    case 'custom':
      return {
        [name]: (f.list
          ? listOf(f.schema as z.ZodType<string>, f.description)
          : f.schema.meta({ description: f.description })
        ).optional(),
      };
  }
}

/** An optional list of names, one of `values` each. */
const names = (values: [string, ...string[]], description: string) => listOf(z.enum(values), description).optional();
type Names = ReturnType<typeof names>;

/**
 * The query-string schema of a collection's list endpoint, built from its declaration. Its type
 * names the parameters every list has (so a route reads `limit` or `cursor` as what they are); the
 * collection's filters are added to the same object and read by name by the query compiler.
 */
export function listQueryShape(spec: QuerySpec, fieldNames: readonly string[]) {
  const sortValues = Object.keys(spec.sort).flatMap((k) => [k, `-${k}`]) as [string, ...string[]];
  const shape = {
    limit: Limit,
    cursor: Cursor.optional(),
    sort: listOf(
      z.enum(sortValues),
      `Field names, \`-\` for descending, each once; \`id\` breaks ties, last. Default: \`${spec.defaultSort.join(',')}\`.${withinNote(spec)}${derivedNote(spec)}`,
    )
      // `name,-name` or `name,name`: the second would be ignored without a word.
      // (A value given twice is said once, by listOf's own rule.)
      .refine(
        (keys) =>
          new Set(keys).size < keys.length || new Set(keys.map((k) => k.replace(/^-/, ''))).size === keys.length,
        {
          message: 'names a field more than once',
        },
      )
      .optional(),
    ...itemQueryShape(spec, fieldNames),
    q: Search.optional(),
    updated_since: UpdatedSince.optional(),
    facet: facetParam(spec),
  };
  for (const [name, f] of Object.entries(spec.filters)) Object.assign(shape, filterParams(name, f));
  return shape;
}

/** What the sort's description says of fields that compare only within one value of another (QuerySpec `within`). */
function withinNote(spec: QuerySpec): string {
  const by = new Map<string, string[]>();
  for (const [field, others] of Object.entries(spec.within ?? {})) {
    const key = others.map((o) => `\`${o}\``).join(' and ');
    by.set(key, [...(by.get(key) ?? []), field]);
  }
  return [...by]
    .map(
      ([others, fields]) =>
        ` ${fields.map((f) => `\`${f}\``).join(' and ')} sort within one ${others}: ${others.includes(' and ') ? 'after them, or with one of each' : 'after it, or with one'}.`,
    )
    .join('');
}

/**
 * What the sort's description says of a field it orders by a derived column (one a filter of the same name reads, such as
 * a price's upper figure: review 27 R27-5), so that the sort and the filter of one name read one value.
 */
function derivedNote(spec: QuerySpec): string {
  const fields = Object.entries(spec.sort)
    .filter(([name, column]) => {
      const filter = spec.filters[name];
      return column.generated !== undefined && filter !== undefined && 'column' in filter && filter.column === column;
    })
    .map(([name]) => `\`${name}\``);
  return fields.length
    ? ` ${fields.join(' and ')} ${fields.length > 1 ? 'sort as their filters read' : 'sorts as its filter reads'}.`
    : '';
}

/** Parameters shared by list and item endpoints: sparse fields, and includes where the collection has some. */
export type ItemQueryShape = { fields: Names } | { fields: Names; include: Names };

export function itemQueryShape(spec: QuerySpec, fieldNames: readonly string[]): ItemQueryShape {
  const fields = names(fieldNames as [string, ...string[]], 'Only these fields, and `id`.');
  const includes = Object.keys(spec.includes);
  if (!includes.length) return { fields };
  return {
    fields,
    include: names(
      includes as [string, ...string[]],
      `Embed related records: ${Object.entries(spec.includes)
        .map(([k, v]) => `\`${k}\` (${v.description})`)
        .join('; ')}.`,
    ),
  };
}

/**
 * `facet=a,b`: count the matching records per value of these fields (`meta.facets`). The allowed
 * names are the collection's facetable fields, an enum in the spec and the typed client; any other
 * name is a 400 naming them. A collection with none accepts no value.
 */
export function facetParam(spec: QuerySpec) {
  const allowed = Object.keys(spec.facets);
  const description = allowed.length
    ? 'Fields to count per value in `meta.facets`.'
    : 'This collection has no facetable fields: any value is rejected.';
  const message = allowed.length
    ? `not a facetable field; facetable fields: ${allowed.join(', ')}`
    : 'this collection has no facetable fields';
  const item = allowed.length
    ? z.enum(allowed as [string, ...string[]], { error: () => message })
    : z.never({ error: () => message });
  return listOf(item as z.ZodType<string>, description).optional();
}

/** At most this many values per facet (the most frequent): an id field may have one value per record. */
export const FACET_VALUES = 100;
