import { SEED_TIMESTAMP } from '../../seed/articles.js';
import { type SeedData, seedData } from '../../seed/data/index.js';
import type { Resource } from './define.js';

const chosen = new WeakMap<Resource, Record<string, unknown>>();

/** Fields a record gives a value (not null, not an empty list). */
const filled = (record: Record<string, unknown>) =>
  Object.values(record).filter((v) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)).length;

/**
 * A real record of the collection, as the API returns it: documentation examples are never invented.
 * Of the curated records, the one that fills the most fields, and of those the shortest: the example
 * shows every field it can without pages of text (it is shown by each read and write of a record).
 */
export function exampleRecord(resource: Resource): Record<string, unknown> {
  const known = chosen.get(resource);
  if (known) return known;
  const records = (seedData[resource.tableName as keyof SeedData] ?? []) as Record<string, unknown>[];
  const best = records
    .map((record, i) => ({ record, i, fields: filled(record), size: JSON.stringify(record).length }))
    .sort((a, b) => b.fields - a.fields || a.size - b.size || a.i - b.i)[0]?.record;
  if (!best) throw new Error(`no seed record to use as the ${resource.tableName} example`);
  // The seed record as stored: its input with the write defaults applied (e.g. inferred_fields: []).
  const stored = resource.writable.parse(best) as Record<string, unknown>;
  const withMeta = { ...stored, version: 1, created_at: SEED_TIMESTAMP, updated_at: SEED_TIMESTAMP };
  const example = resource.entity.parse(withMeta) as Record<string, unknown>;
  chosen.set(resource, example);
  return example;
}
