import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { Item, QuerySpec } from '../query/spec.js';
import { type Rule, withRules } from './rules.js';

type Row = Record<string, unknown>;

/** Everything Katalog knows about one collection; the routes, repository and seed loader are generic over it. */
export interface Resource {
  /** URL segment: /v1/<path>. */
  path: string;
  /** Key in the citations table, the change feed and the seed (the table name). */
  collection: string;
  /** Singular and plural nouns for operation ids and docs. */
  singular: string;
  plural: string;
  description: string;
  table: SQLiteTable & {
    id: SQLiteColumn;
    version: SQLiteColumn;
    updated_at: SQLiteColumn;
    deleted_at: SQLiteColumn;
  };
  /** The read schema (a named OpenAPI component). */
  entity: z.ZodObject;
  /** The writable fields (seed and write input), without the rules across them. */
  fields: z.ZodObject;
  /** Rules across fields (min ≤ max...), checked on every write and on the seed. */
  rules: Rule[];
  /** `fields` with `rules`: the body of POST, what PATCH must produce, what the seed must be. */
  input: z.ZodObject;
  /** The body of PUT: `input` without the id (it is in the path). */
  replaceInput: z.ZodObject;
  query: QuerySpec;
  /** Stored row from validated input (citations excluded); default: the same names. */
  toRow: (input: Row) => Row;
  /** API object from a stored row (citations excluded). */
  fromRow: (row: Row) => Item;
}

export interface ResourceInit
  extends Omit<Resource, 'toRow' | 'fromRow' | 'query' | 'rules' | 'input' | 'replaceInput'> {
  rules?: Rule[];
  query: Partial<QuerySpec> & Pick<QuerySpec, 'defaultSort'>;
  toRow?: (input: Row) => Row;
  fromRow?: (row: Row) => Item;
}

export function defineResource(init: ResourceInit): Resource {
  const columns = getTableColumns(init.table);
  for (const [key, column] of Object.entries(columns)) {
    // Rows are read by property name and sorted/paged by column name: keep them equal.
    if (key !== column.name) throw new Error(`${init.collection}.${key}: property and column names differ`);
  }
  const entityKeys = Object.keys(init.entity.shape).filter((k) => k !== 'citations');
  const fieldKeys = Object.keys(init.fields.shape).filter((k) => k !== 'citations');
  const stored = fieldKeys.filter((k) => k in columns);
  const rules = init.rules ?? [];
  return {
    ...init,
    rules,
    input: withRules(init.fields, rules),
    replaceInput: withRules(init.fields.omit({ id: true }), rules),
    query: {
      filters: init.query.filters ?? {},
      sort: { id: columns.id as SQLiteColumn, ...(init.query.sort ?? {}) },
      defaultSort: init.query.defaultSort,
      includes: init.query.includes ?? {},
    },
    toRow: init.toRow ?? ((input) => Object.fromEntries(stored.map((k) => [k, input[k]]))),
    fromRow: init.fromRow ?? ((row) => Object.fromEntries(entityKeys.map((k) => [k, row[k]])) as Item),
  };
}

/** Columns of a table by API name, for declaring sortable fields. */
export function sortable<T extends SQLiteTable>(table: T, ...names: (keyof T['_']['columns'] & string)[]) {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  return Object.fromEntries(names.map((n) => [n, columns[n] as SQLiteColumn]));
}
