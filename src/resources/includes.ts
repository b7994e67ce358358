import { z } from 'zod';
import type { IncludeContext, IncludeDef, Item } from '../query/spec.js';
import { LinkInferred } from './common.schema.js';
import { BY_SIBLING, referencePaths } from './references.js';

/**
 * The embedded record as its owner points at it: marked `link_inferred` when the owner lists the reference field in
 * its `inferred_fields` (that it points there is Katalog's reading), by one rule for every include.
 */
function linked(embedded: Item, owner: Item, key: string): Item {
  return ((owner.inferred_fields as string[] | undefined) ?? []).includes(key)
    ? { ...embedded, link_inferred: true }
    : embedded;
}

/**
 * The schema of a record embedded through a reference field its owner may infer: with `link_inferred` (the schema
 * given, when it declares it already, e.g. IncludedCondition). Without it the serializer would drop the mark.
 */
const withLink = new WeakMap<z.ZodType, z.ZodType>();
export function linkable(schema: z.ZodType): z.ZodType {
  if (!(schema instanceof z.ZodObject)) throw new Error('an include of an inferable reference embeds an object');
  if ('link_inferred' in schema.shape) return schema;
  const made = withLink.get(schema);
  if (made) return made;
  const meta = z.globalRegistry.get(schema);
  // A component of its own beside the record's (the spec writes its fields as references to the record's), made once.
  // Its name says what it is (the field says when it is present): no description of its own (the spec's size).
  const linked = schema.extend({ link_inferred: LinkInferred }).meta({ id: `${String(meta?.id)}WithLink` });
  withLink.set(schema, linked);
  return linked;
}

/** How an embedded record is shown under its owner (e.g. without statements not said of the owner). */
export type Projection = ((embedded: Item, owner: Item, ctx: IncludeContext) => Item) | PagedProjection;

/**
 * A projection that first reads what the whole page needs (the names of programs its sentences name, a finding's
 * study), once per page of includes, never once per record; then shows each embedded record under its owner.
 */
export interface PagedProjection {
  page(embedded: Item[], owners: Item[], ctx: IncludeContext): (embedded: Item, owner: Item) => Item;
}

/** The projection of one page of includes. */
function perPage(
  project: Projection,
  embedded: Iterable<Item>,
  owners: Item[],
  ctx: IncludeContext,
): (embedded: Item, owner: Item) => Item {
  return typeof project === 'function' ? (e, o) => project(e, o, ctx) : project.page([...embedded], owners, ctx);
}

/** Embeds the record a foreign-key field points at (e.g. program -> organization). */
export function belongsTo(
  collection: string,
  key: string,
  schema: z.ZodType,
  description: string,
  project: Projection = (e) => e,
): IncludeDef {
  return {
    description,
    schema: schema.nullable(),
    load(items: Item[], ctx: IncludeContext) {
      const ids = [...new Set(items.map((i) => i[key]).filter((v): v is string => typeof v === 'string'))];
      const found = ctx.byIds(collection, ids);
      const show = perPage(project, found.values(), items, ctx);
      return items.map((i) => {
        const e = typeof i[key] === 'string' ? found.get(i[key] as string) : undefined;
        return e ? linked(show(e, i), i, key) : null;
      });
    },
  };
}

/**
 * Embeds the records whose foreign key points at each item (e.g. study -> findings). That an embedded record points
 * at its owner may be Katalog's reading (a price given with a program because a table gives that clinic as its
 * example): it is marked `link_inferred` when the embedded record lists its foreign key in its `inferred_fields`, the
 * rule of every include.
 */
export function hasMany(collection: string, foreignKey: string, schema: z.ZodType, description: string): IncludeDef {
  if (schema instanceof z.ZodObject && 'inferred_fields' in schema.shape) schema = linkable(schema);
  return {
    description,
    back: foreignKey,
    schema: z.array(schema),
    load(items: Item[], ctx: IncludeContext) {
      const related = ctx.byColumn(
        collection,
        foreignKey,
        items.map((i) => String(i.id)),
      );
      return items.map((i) => related.filter((r) => r[foreignKey] === i.id).map((r) => linked(r, r, foreignKey)));
    },
  };
}

/** Embeds the records an id-array field lists (e.g. program.routes -> dosing routes), in order. */
export function manyByIds(
  collection: string,
  key: string,
  schema: z.ZodType,
  description: string,
  project: Projection = (e) => e,
): IncludeDef {
  return {
    description,
    schema: z.array(schema),
    load(items: Item[], ctx: IncludeContext) {
      const found = ctx.byIds(collection, [...new Set(items.flatMap((i) => (i[key] as string[] | undefined) ?? []))]);
      const show = perPage(project, found.values(), items, ctx);
      return items.map((i) =>
        ((i[key] as string[] | undefined) ?? []).flatMap((id) => {
          const e = found.get(id);
          return e ? [linked(show(e, i), i, key)] : [];
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
  /** How the embedded record (each of a list) is shown under its owner. */
  project?: Projection,
): IncludeDef {
  const path = referencePaths(fields).find((p) => p.field === key);
  if (!path || path.target === BY_SIBLING) throw new Error(`${key} declares no reference to one collection`);
  const list = path.path.length === 2 && path.path[1] === '*';
  // A reference its owner may infer (the collection has `inferred_fields`) embeds the record with `link_inferred`.
  if ('inferred_fields' in fields.shape) schema = linkable(schema);
  if (!list && path.path.length !== 1) throw new Error(`${key}: only a field or a list of ids can be included`);
  const def = list
    ? manyByIds(path.target, key, schema, description, project)
    : belongsTo(path.target, key, schema, description, project);
  return { ...def, via: key };
}
