import { z } from 'zod';

/**
 * Which fields a marker of Katalog's reading marks, declared on the marker field's own Zod schema:
 * `place_inferred` and `inferred_place_parts` mark `city`, `region` and `country`; `currency_implied` marks the
 * currency and the amounts written with it. A sparse record (`fields=`) keeps a marker whenever it returns a field
 * the marker marks (audit 7 L17), so a value is never shown as the source's own. A separate registry: the
 * declaration is not part of the JSON Schema the spec shows.
 */
export const markerRegistry = z.registry<{ marks: readonly string[] }>();

/** `schema`, declared as the marker of `fields`. */
export function marking<S extends z.ZodType>(schema: S, fields: readonly string[]): S {
  const declared: z.ZodType = schema;
  markerRegistry.add(declared, { marks: fields });
  return schema;
}

/**
 * The markers a sparse `item` of a collection with read schema `shape` keeps with `fields`:
 * - the markers declared with `marking` that mark a returned field;
 * - `inferred_fields` when it lists a returned field;
 * - `<field>_inferred` (e.g. `dosing_setting_inferred`, `publisher_inferred`) with `<field>`;
 * - a record-level `inferred` (the whole record is Katalog's reading) with any field.
 */
export function markersOf(
  shape: Readonly<Record<string, z.ZodType>>,
  item: Record<string, unknown>,
  fields: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  for (const [name, schema] of Object.entries(shape)) {
    const marks = markerRegistry.get(schema)?.marks;
    if (marks?.some((f) => fields.has(f)) && name in item) out.push(name);
  }
  const listed = Array.isArray(item.inferred_fields) ? (item.inferred_fields as string[]) : [];
  if ('inferred_fields' in item && listed.some((f) => fields.has(f))) out.push('inferred_fields');
  for (const f of fields) if (`${f}_inferred` in item) out.push(`${f}_inferred`);
  if ('inferred' in item && typeof item.inferred === 'boolean' && fields.size > 1) out.push('inferred');
  return out;
}

/** A schema without its optional, nullable and default wrappers. */
export function bare(schema: z.ZodType): z.ZodType {
  let cur = schema;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault)
    cur = cur.unwrap() as z.ZodType;
  return cur;
}

/** The path to a statement's own `inferred` flag inside a field (`scope.inferred`, `role_statements[].scope.inferred`). */
function innerFlag(schema: z.ZodType, path: string): string | undefined {
  const s = bare(schema);
  if (s instanceof z.ZodArray) return innerFlag(s.element as z.ZodType, `${path}[]`);
  if (!(s instanceof z.ZodObject)) return undefined;
  const shape = s.shape as Record<string, z.ZodType>;
  if (shape.inferred && bare(shape.inferred) instanceof z.ZodBoolean) return `${path}.inferred`;
  for (const [name, inner] of Object.entries(shape)) {
    const found = innerFlag(inner, `${path}.${name}`);
    if (found) return found;
  }
  return undefined;
}

/**
 * The markers that can mark `field` of a collection (read schema `shape`) as Katalog's reading, from the declaration
 * alone (what `markersOf` keeps for one record): `inferred_fields` when it may list the field, `<field>_inferred`,
 * the markers declared with `marking`, a record-level `inferred` (the whole record is a reading), and a statement's
 * own flag inside the field (a scope's `inferred`). A marker itself is never a reading. A filter over a field with
 * markers matches Katalog's readings too, and says so (define.ts, audit 9 M7).
 */
export function readingMarkers(shape: Readonly<Record<string, z.ZodType>>, field: string): string[] {
  if (/(^|_)inferred(_|$)|_implied$/.test(field) || !(field in shape)) return [];
  const out: string[] = [];
  const listed = shape.inferred_fields && bare(shape.inferred_fields);
  if (listed instanceof z.ZodArray && bare(listed.element as z.ZodType) instanceof z.ZodEnum) {
    const names = (bare(listed.element as z.ZodType) as z.ZodEnum).options as string[];
    if (names.includes(field)) out.push('inferred_fields');
  }
  if (`${field}_inferred` in shape) out.push(`${field}_inferred`);
  for (const [name, schema] of Object.entries(shape))
    if (markerRegistry.get(schema)?.marks.includes(field)) out.push(name);
  if (shape.inferred && bare(shape.inferred) instanceof z.ZodBoolean) out.push('inferred');
  const inner = innerFlag(shape[field] as z.ZodType, field);
  if (inner) out.push(inner);
  return out;
}

/** The one sentence a filter's description gains when it matches Katalog's readings (`of`: whose fields, if not its own). */
export const readingsMatch = (markers: readonly string[], of?: string) =>
  `Katalog's readings match (${of ? `${of} ` : ''}${markers.map((m) => `\`${m}\``).join(', ')}).`;
