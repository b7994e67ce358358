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
