import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { declareCounting } from '../query/counting.js';
import type { FacetDef, FilterDef, QuerySpec } from '../query/spec.js';

export { custom } from '../query/spec.js';

import type { Repository } from '../repository/repository.js';
import type { Citation } from './common.schema.js';
import { readingMarkers, readingsMatch } from './markers.js';
import { REFERENCES } from './references.js';
import { type Rule, withRules } from './rules.js';

/** A row as SQLite returns it (column name -> decoded value). */
export type Row = Record<string, unknown>;

/** What full-text search indexes of a collection: a title column and body columns (JSON columns give their text). */
export interface SearchFields {
  title: string;
  body: string[];
  /**
   * Whose statement each hit's record is, in words (`said_by`; audit 19 A19-4: "Nausea occurred in fewer than 13% of
   * sessions" came with no speaker), for a page of records at once; default: jsonld/statements.ts `saidByOf`.
   */
  saidBy?: (repo: Repository, items: Row[]) => string[];
}

/**
 * The schema.org mapping of a collection: its `@type` and, when the generic document (name from the
 * search title, description from the first body column, the articles it is cited from, linked as jsonld.ts
 * `withSources` says) is not
 * enough, the builder of the whole document. `describe` says in the spec what the document is.
 */
export interface JsonLdMapping {
  /** The `@type`s a document may have (a builder may choose among them, e.g. by an organization's kind). */
  types: string[];
  /** What the document is, for the spec (e.g. "MedicalStudy"). */
  describe: string;
  /** For the generic document: the column that is its `description` (none when absent). */
  description?: string;
  /** The whole document, when the generic one is not enough (without @context and the disclaimer). */
  build?: (repo: Repository, item: Row, base: string) => Record<string, unknown>;
}

/** A record of the collection as its read schema types it (what reads return). */
export type Entity<E extends z.ZodObject = z.ZodObject> = z.output<E>;

/** What a write stores: the collection's validated input (its writable fields with their citations). */
export type Input<F extends z.ZodObject = z.ZodObject> = z.output<F>;

/**
 * Everything Katalog knows about one collection; the routes, repository and record store are generic
 * over it. `E` is the read schema and `F` the writable fields: reads return `Entity<E>`, writes take
 * `Input<F>`. A resource of any collection is a `Resource` (the parameters' defaults).
 */
export interface Resource<
  E extends z.ZodObject = z.ZodObject,
  F extends z.ZodObject = z.ZodObject,
  C extends string = string,
> {
  /** URL segment: /v1/<path>; also the seed file's name, seed/data/<path>.ts. */
  path: string;
  /**
   * The table's name: the key of the collection's rows in the citations, changes, revisions and search
   * tables, and of its seed data. The API names a collection by `path` (the URL segment), always.
   */
  tableName: C;
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
  entity: E;
  /** The writable fields (seed and write input), without the rules across them (not `?fields=`). */
  writable: F;
  /** Rules across fields (min ≤ max...), checked on every write and on the seed. */
  rules: Rule[];
  /** `writable` with `rules`: the body of POST, what PATCH must produce, what the seed must be. */
  input: F;
  /** The body of PUT: `input` without the id (it is in the path). */
  replaceInput: z.ZodObject;
  query: QuerySpec;
  /** What /v1/search and `q=` index (the FTS triggers are generated from it). */
  search: SearchFields;
  /** The schema.org document of a record (GET /v1/<path>/<id> with Accept: application/ld+json). */
  jsonLd: JsonLdMapping;
  /**
   * The fields a sparse record (`fields=`) returns with a field because the field means nothing without them: a
   * number's unit, qualifier, other bound and basis, a price's currency and hedges (audit 19 A19-1: `fields=value` gave
   * 13 for "<13%", a dose without mg/kg, an amount without its currency). tests/sparse-numbers.test.ts checks that every
   * number keeps the fields named after it.
   */
  readWith: Readonly<Record<string, readonly string[]>>;
  /**
   * The columns that name a record as a text would write it ("Psychosis", an alternate name "PTSD", "IM"): a record
   * that references it with `namedIn` must write one of them (src/resources/named.ts); `bracketsDescribe`: a bracket in
   * a name describes the record ("Roots to Thrive Group (12-week cohort)") and is not needed to name it. Default: the
   * `name` column, its brackets needed.
   */
  names?: { columns: readonly string[]; bracketsDescribe?: boolean };
  /** Stored columns from validated input (citations excluded); default: the same names. */
  toRow(input: Input<F>): Row;
  /** The API record from a stored row and its citations; default: the read schema's fields by name. */
  fromRow(row: Row, citations: Citation[]): Entity<E>;
}

export interface ResourceInit<E extends z.ZodObject, F extends z.ZodObject, C extends string>
  extends Omit<Resource<E, F, C>, 'toRow' | 'fromRow' | 'query' | 'rules' | 'input' | 'replaceInput' | 'readWith'> {
  rules?: Rule[];
  readWith?: { [K in keyof E['shape'] & string]?: readonly (keyof E['shape'] & string)[] };
  query: Partial<QuerySpec> & Pick<QuerySpec, 'defaultSort'>;
  toRow?: (input: Input<F>) => Row;
  /** The read schema's fields from a stored row (citations are added after). */
  fromRow?: (row: Row) => Row;
}

export function defineResource<E extends z.ZodObject, F extends z.ZodObject, const C extends string>(
  init: ResourceInit<E, F, C>,
): Resource<E, F, C> {
  const columns = getTableColumns(init.table);
  for (const [key, column] of Object.entries(columns)) {
    // Rows are read by property name and sorted/paged by column name: keep them equal.
    if (key !== column.name) throw new Error(`${init.tableName}.${key}: property and column names differ`);
  }
  // What search indexes is read from the table by the FTS triggers: a field it lacks would fail only when a record is
  // first written ("no such column"), naming neither the collection nor its search declaration.
  for (const field of [init.search.title, ...init.search.body])
    if (!(field in columns)) throw new Error(`${init.tableName}: search field "${field}" is not a column of its table`);
  for (const name of init.names?.columns ?? [])
    if (!(name in columns)) throw new Error(`${init.tableName}: names "${name}", not a column of its table`);
  const entityKeys = Object.keys(init.entity.shape).filter((k) => k !== 'citations');
  const fieldKeys = Object.keys(init.writable.shape).filter((k) => k !== 'citations');
  const stored = fieldKeys.filter((k) => k in columns);
  const rules = init.rules ?? [];
  const fields = init.fromRow;
  const record = fields
    ? (row: Row, citations: Citation[]) => ({ ...fields(row), citations })
    : compileRecord(entityKeys);
  const query: QuerySpec = {
    // Each filter says, in the spec, when Katalog's readings match it (see `withReadings`).
    filters: withReadings(init.tableName, init.entity.shape, rules, init.query.filters ?? {}),
    sort: { id: columns.id as SQLiteColumn, ...(init.query.sort ?? {}) },
    defaultSort: init.query.defaultSort,
    includes: init.query.includes ?? {},
    facets: init.query.facets ?? {},
    within: init.query.within ?? {},
  };
  // The counting index (src/query/counting.ts) is derived from the filters and facets declared here.
  const references = new Set(
    Object.entries(columns)
      .filter(([key]) => {
        const field = init.writable.shape[key] as z.ZodType | undefined;
        return field !== undefined && isReference(field);
      })
      .map(([, column]) => column as SQLiteColumn),
  );
  declareCounting(init.table, query, references);
  const readWith: Record<string, readonly string[]> = {};
  for (const [field, with_] of Object.entries(init.readWith ?? {}) as [string, readonly string[] | undefined][]) {
    if (with_) readWith[field] = with_;
  }
  for (const [field, with_] of Object.entries(readWith))
    for (const name of [field, ...with_])
      if (!(name in init.entity.shape)) throw new Error(`${init.tableName}: readWith names ${name}, not a field`);
  return {
    ...init,
    readWith,
    rules,
    input: withRules(init.writable, rules),
    replaceInput: withRules(init.writable.omit({ id: true }), rules),
    query,
    toRow: init.toRow ?? ((input) => Object.fromEntries(stored.map((k) => [k, input[k]]))),
    // The one place a stored row becomes a typed record: the row was written from input that the
    // same schema validated (the store writes nothing else), so it is not parsed again on every read.
    fromRow: record as (row: Row, citations: Citation[]) => Entity<E>,
  };
}

/**
 * Each filter's description, with one sentence derived from the declaration when the field it matches on can be
 * Katalog's reading (resources/markers.ts): such values match too, and the sentence names where a record says so
 * (audit 9 M7: `format=group` matched a format listed in `inferred_fields` without the spec saying). A filter's field
 * is its column's (or, for a scaled column, the filter's name) or what the filter declares it `reads` (a custom filter
 * always; a column that mirrors another field, e.g. a contraindication's `applies_to` read from its scope); one that names no
 * field of its collection fails at start-up. A marker whose fields the collection's rules keep listed in
 * `inferred_fields` (`listedAsInferred`) is not named beside it.
 */
function withReadings(
  collection: string,
  shape: Readonly<Record<string, z.ZodType>>,
  rules: Rule[],
  filters: Record<string, FilterDef>,
): Record<string, FilterDef> {
  const out: Record<string, FilterDef> = {};
  for (const [name, f] of Object.entries(filters)) {
    const declared = f.kind === 'custom' || f.kind === 'in' ? f.reads : undefined;
    const reads = declared ?? { field: f.kind !== 'custom' && f.column.name in shape ? f.column.name : name };
    const of = reads.schema?.shape ?? shape;
    if (!(reads.field in of)) throw new Error(`${collection}: filter ${name} reads ${reads.field}, not a field`);
    const all = readingMarkers(of, reads.field).filter((m) => !reads.except?.includes(m));
    const covered = (m: string) =>
      !reads.schema &&
      all.includes('inferred_fields') &&
      rules.some((r) => r.listed?.flag === m && r.listed.fields.includes(reads.field));
    const markers = all.filter((m) => !covered(m));
    out[name] = markers.length ? { ...f, description: `${f.description} ${readingsMatch(markers, reads.of)}` } : f;
  }
  return out;
}

/**
 * The default `fromRow`, compiled once per collection: one object literal with the read schema's
 * fields in their order, then the citations (generated from the schema's keys only).
 */
function compileRecord(keys: string[]): (row: Row, citations: Citation[]) => Row {
  const props = keys.map((k) => `${JSON.stringify(k)}: row[${JSON.stringify(k)}]`);
  return new Function(
    `return function fromRow(row, citations) { return { ${[...props, 'citations'].join(', ')} }; };`,
  )();
}

/**
 * `readWith` for numbers read together: each of `numbers` comes with the others (the other bound of a range) and with
 * `also` (their unit, qualifier, basis...). The names are checked against the collection's read schema.
 */
export function readTogether<const K extends string>(
  numbers: readonly K[],
  also: readonly K[] = [],
): { [P in K]?: K[] } {
  return Object.fromEntries(numbers.map((n) => [n, [...numbers.filter((m) => m !== n), ...also]])) as {
    [P in K]?: K[];
  };
}

/** Columns of a table by API name, for declaring sortable fields. */
export function sortable<T extends SQLiteTable>(table: T, ...names: (keyof T['_']['columns'] & string)[]) {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  return Object.fromEntries(names.map((n) => [n, columns[n] as SQLiteColumn]));
}

/**
 * Fields whose values `facet=` counts (see src/query/facets.ts), declared on the collection's
 * resource: each must be a stored column whose field is an enum, a boolean or an id (a field
 * declaring `references(...)`), so the counts group a small, known set of values on an indexable
 * column. Anything else fails at start-up, naming the field.
 */
export function facetable<T extends SQLiteTable, F extends z.ZodObject>(
  table: T,
  fields: F,
  ...names: (keyof T['_']['columns'] & keyof F['shape'] & string)[]
): Record<string, FacetDef> {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const out: Record<string, FacetDef> = {};
  for (const name of names) {
    const column = columns[name];
    const field = fields.shape[name] as z.ZodType | undefined;
    if (!column || !field) throw new Error(`facetable: ${name} is not a stored field`);
    const kind = facetKind(field);
    if (!kind) throw new Error(`facetable: ${name} is not an enum, boolean or id field`);
    const base = kind === 'enum' ? unwrapField(field) : kind === 'boolean' ? z.boolean() : z.string();
    out[name] = { column, kind, value: column.notNull ? base : base.nullable() };
  }
  return out;
}

function unwrapField(s: z.ZodType): z.ZodType {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault)
    cur = cur.unwrap() as z.ZodType;
  return cur;
}

function facetKind(field: z.ZodType): FacetDef['kind'] | undefined {
  const inner = unwrapField(field);
  if (inner instanceof z.ZodEnum) return 'enum';
  if (inner instanceof z.ZodBoolean) return 'boolean';
  if (isReference(field)) return 'id';
  return undefined;
}

/** A string field declaring `references(...)`: an id of another record. */
function isReference(field: z.ZodType): boolean {
  const inner = unwrapField(field);
  return (
    inner instanceof z.ZodString &&
    Boolean(z.globalRegistry.get(inner)?.[REFERENCES] || z.globalRegistry.get(field)?.[REFERENCES])
  );
}
