import { SEED_TIMESTAMP } from '../../seed/articles.js';
import { type SeedData, seedData } from '../../seed/data/index.js';
import type { Resource } from './define.js';

const chosen = new WeakMap<Resource, Record<string, unknown>>();

/** Fields a record gives a value (not null, not an empty list). */
const filled = (record: Record<string, unknown>) =>
  Object.values(record).filter((v) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)).length;

/**
 * A real record of the collection, as the API returns it: documentation examples are never invented.
 * Of the curated records that fill at least three quarters of the most fields any record fills, the
 * shortest: the example shows most fields with values without pages of text (the record with the
 * most fields was up to 6.8 KB of cited prose; it is shown once, in components/examples, and its
 * size is the document's).
 */
export function exampleRecord(resource: Resource): Record<string, unknown> {
  const known = chosen.get(resource);
  if (known) return known;
  const records = (seedData[resource.tableName as keyof SeedData] ?? []) as Record<string, unknown>[];
  const rows = records.map((record, i) => ({ record, i, fields: filled(record), size: JSON.stringify(record).length }));
  const most = Math.max(...rows.map((r) => r.fields));
  const best = rows
    .filter((r) => r.fields * 4 >= most * 3)
    .sort((a, b) => a.size - b.size || b.fields - a.fields || a.i - b.i)[0]?.record;
  if (!best) throw new Error(`no seed record to use as the ${resource.tableName} example`);
  // The seed record as stored: its input with the write defaults applied (e.g. inferred_fields: []).
  const stored = resource.writable.parse(best) as Record<string, unknown>;
  const withMeta = { ...stored, version: 1, created_at: SEED_TIMESTAMP, updated_at: SEED_TIMESTAMP };
  const example = resource.entity.parse(withMeta) as Record<string, unknown>;
  chosen.set(resource, example);
  return example;
}

/** SQLite's ascending order of column values: NULL first, numbers by value, text by code unit (BINARY). */
function ascending(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/**
 * The first page of one record a list serves on the seeded database (`?fields=…&limit=1`, default sort): the
 * documented page is the served one, not an invented one (tests/spec-examples.test.ts compares them). The cursor is
 * opaque and signed per deployment, so the example shows "…" where one is served.
 */
export function examplePage(resource: Resource, fields: string[]): Record<string, unknown> {
  const records = ((seedData[resource.tableName as keyof SeedData] ?? []) as Record<string, unknown>[]).map(
    (r) => resource.writable.parse(r) as Record<string, unknown>,
  );
  const sort = [...resource.query.defaultSort, 'id'];
  const first = [...records].sort((a, b) => {
    for (const key of sort) {
      const [name, sign] = key.startsWith('-') ? [key.slice(1), -1] : [key, 1];
      const c = ascending(a[name], b[name]) * sign;
      if (c) return c;
    }
    return 0;
  })[0];
  const more = records.length > 1;
  return {
    data: first ? [Object.fromEntries(fields.filter((f) => f in first).map((f) => [f, first[f]]))] : [],
    meta: { total: records.length, limit: 1, next_cursor: more ? '…' : null, sort },
    links: { self: `/v1/${resource.path}?fields=${fields.join('%2C')}&limit=1`, next: more ? '…' : null },
  };
}
