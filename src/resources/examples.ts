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
 * most fields was up to 6.8 KB of cited prose; it is shown once, as the example of the record's
 * schema (`ProgramExpanded`, see http/docs.ts), and its size is the document's).
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
