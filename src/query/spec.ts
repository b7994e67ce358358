import type { SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';

/**
 * What a collection declares about its list endpoint. The query mechanism turns this declaration
 * into the Zod query schema (so the OpenAPI parameters), the SQL, and the response meta/links.
 */
export type FilterDef =
  /** `name=a,b` (or repeated): the column equals one of the values. */
  | {
      kind: 'in';
      column: SQLiteColumn;
      values: z.ZodType<string>;
      description: string;
      example?: string;
      reads?: Reads;
    }
  /**
   * `name_gte`, `name_lte`: inclusive numeric bounds; `scale` converts API units to stored units. With `upper`, a record
   * gives a range from `column` to `upper` (when given): `_gte` tests its upper end and `_lte` its lower, so a range
   * that reaches the bound matches ("2–8 sessions" is at least 4; audit 19 A19-5).
   */
  | {
      kind: 'range';
      column: SQLiteColumn;
      description: string;
      scale?: number;
      integer?: boolean;
      upper?: SQLiteColumn;
    }
  /** `name=true|false`, strictly. */
  | { kind: 'bool'; column: SQLiteColumn; description: string }
  /** `name=a,b`: a JSON-array column contains at least one of the values. */
  | { kind: 'contains'; column: SQLiteColumn; values: z.ZodType<string>; description: string; example?: string }
  /** Anything else (e.g. cross-resource filters): a typed parameter and the SQL condition it adds. */
  | {
      kind: 'custom';
      schema: z.ZodType;
      list?: boolean;
      description: string;
      reads: Reads;
      /** The condition for this parameter's value; it sees every parameter, to combine related ones. Made by `custom()`. */
      where: (value: unknown, params: Record<string, unknown>) => SQL | undefined;
    };

/**
 * The field a custom filter matches on (a column filter's is its column): of this collection (`schema` absent) or, for a
 * filter across collections, of `schema`, whose records `of` names ("the program's"). Its markers of Katalog's reading
 * (resources/markers.ts) decide whether the description says readings match too (define.ts); `except` names markers
 * whose readings the filter's own condition leaves out (its description says so).
 */
export interface Reads {
  field: string;
  schema?: z.ZodObject;
  of?: string;
  except?: readonly string[];
}

/** The value a custom filter's condition receives: its schema's output, or a list of them. */
type CustomValue<S extends z.ZodType, L extends boolean> = L extends true ? z.output<S>[] : z.output<S>;

/**
 * A custom filter whose condition is typed by its schema. The list query schema (params.ts) parses
 * the parameter with `schema` (each item of it with `list: true`) before any condition runs, so the
 * value handed on is that schema's output.
 */
export function custom<S extends z.ZodType, L extends boolean = false>(def: {
  schema: S;
  list?: L;
  description: string;
  reads: Reads;
  where: (value: CustomValue<S, L>, params: Record<string, unknown>) => SQL | undefined;
}): FilterDef {
  return { ...def, kind: 'custom', where: (value, params) => def.where(value as CustomValue<S, L>, params) };
}

export interface QuerySpec {
  filters: Record<string, FilterDef>;
  /** Sortable fields: API name -> stored column. */
  sort: Record<string, SQLiteColumn>;
  defaultSort: string[];
  /** Related records that `include=` embeds. */
  includes: Record<string, IncludeDef>;
  /** Fields `facet=` counts per value (enum, id and boolean columns; see `facetable` in resources/define.ts). */
  facets: Record<string, FacetDef>;
  /**
   * Fields whose values compare only within one value of each of some `in` filters (`amount_min: ['currency', 'unit']`:
   * amounts are never converted, and a fee per session is no whole program's price): their range filter needs exactly
   * one value of each, and a sort by them needs one, or a sort by it first.
   */
  within?: Record<string, string[]>;
}

/** A field whose values `facet=` counts: its stored column and the schema of one value (as the API shows it). */
export interface FacetDef {
  column: SQLiteColumn;
  kind: 'enum' | 'id' | 'boolean';
  /** One value of the field, null included where the column is nullable (documents `meta.facets`). */
  value: z.ZodType;
}

export interface IncludeDef {
  description: string;
  /** Schema of the embedded value (documents the response). */
  schema: z.ZodType;
  /** The related value for each item, in the items' order; embedded under the include's name. */
  load: (items: Item[], ctx: IncludeContext) => unknown[];
  /** The owner's reference field it follows (includes.ts `referenced`), when it embeds what a field points at. */
  via?: string;
  /** The embedded records' reference field that points back at the owner (includes.ts `hasMany`). */
  back?: string;
}

/**
 * A record of some collection, as the code that works across collections sees it (includes, the
 * exports): code that knows the collection reads `Entity<E>` of its resource instead.
 */
export type Item = Record<string, unknown>;

export interface IncludeContext {
  /** Items of another collection by id (deleted ones excluded), citations attached. */
  byIds(collection: string, ids: string[]): Map<string, Item>;
  /** Items of another collection whose column matches one of the values. */
  byColumn(collection: string, column: string, values: string[]): Item[];
  /** The stored names of live records of another collection by id (how a sentence names them): one statement. */
  namesOf(collection: string, ids: string[]): Map<string, string>;
}
