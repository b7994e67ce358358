import { z } from 'zod';
import type { IncludeContext, IncludeDef, Item } from '../query/spec.js';
import { BY_SIBLING, referencePaths } from './references.js';

/** Embeds the record a foreign-key field points at (e.g. program -> organization). */
export function belongsTo(collection: string, key: string, schema: z.ZodType, description: string): IncludeDef {
  return {
    description,
    schema: schema.nullable(),
    load(items: Item[], ctx: IncludeContext) {
      const ids = [...new Set(items.map((i) => i[key]).filter((v): v is string => typeof v === 'string'))];
      const found = ctx.byIds(collection, ids);
      return items.map((i) => (typeof i[key] === 'string' ? (found.get(i[key] as string) ?? null) : null));
    },
  };
}

/** Embeds the records whose foreign key points at each item (e.g. study -> findings). */
export function hasMany(collection: string, foreignKey: string, schema: z.ZodType, description: string): IncludeDef {
  return {
    description,
    schema: z.array(schema),
    load(items: Item[], ctx: IncludeContext) {
      const related = ctx.byColumn(
        collection,
        foreignKey,
        items.map((i) => String(i.id)),
      );
      return items.map((i) => related.filter((r) => r[foreignKey] === i.id));
    },
  };
}

/** Embeds the records an id-array field lists (e.g. program.routes -> dosing routes), in order. */
export function manyByIds(
  collection: string,
  key: string,
  schema: z.ZodType,
  description: string,
  /** How the embedded record is shown under its owner (e.g. without statements not said of the owner). */
  project: (embedded: Item, owner: Item) => Item = (e) => e,
): IncludeDef {
  return {
    description,
    schema: z.array(schema),
    load(items: Item[], ctx: IncludeContext) {
      const found = ctx.byIds(collection, [...new Set(items.flatMap((i) => (i[key] as string[] | undefined) ?? []))]);
      return items.map((i) =>
        ((i[key] as string[] | undefined) ?? []).flatMap((id) => {
          const e = found.get(id);
          return e ? [project(e, i)] : [];
        }),
      );
    },
  };
}

/** Embeds the sources an item's citations name. */
export function citedSources(schema: z.ZodType): IncludeDef {
  return {
    description: 'the sources its citations quote',
    schema: z.array(schema),
    load(items: Item[], ctx: IncludeContext) {
      const idsOf = (i: Item) => [
        ...new Set(((i.citations as { source_id: string }[] | undefined) ?? []).map((c) => c.source_id)),
      ];
      const found = ctx.byIds('sources', [...new Set(items.flatMap(idsOf))]);
      return items.map((i) => idsOf(i).flatMap((id) => found.get(id) ?? []));
    },
  };
}

/**
 * Embeds the records a reference field points at, the target read from the field's own declaration
 * (`references(...)` on its schema, see references.ts): an id embeds one record (or null), a list of
 * ids embeds the list. The collection is never written twice.
 */
export function referenced(
  fields: z.ZodObject,
  key: string,
  schema: z.ZodType,
  description: string,
  /** How each embedded record of a list is shown under its owner (manyByIds). */
  project?: (embedded: Item, owner: Item) => Item,
): IncludeDef {
  const path = referencePaths(fields).find((p) => p.field === key);
  if (!path || path.target === BY_SIBLING) throw new Error(`${key} declares no reference to one collection`);
  const list = path.path.length === 2 && path.path[1] === '*';
  if (!list && path.path.length !== 1) throw new Error(`${key}: only a field or a list of ids can be included`);
  if (project && !list) throw new Error(`${key}: only a list of ids is shown under its owner`);
  return list
    ? manyByIds(path.target, key, schema, description, project)
    : belongsTo(path.target, key, schema, description);
}
