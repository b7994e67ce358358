import { SEED_TIMESTAMP } from '../../seed/articles.js';
import { type SeedData, seedData } from '../../seed/data/index.js';
import type { Resource } from './define.js';

/** A real record of the collection, as the API returns it: documentation examples are never invented. */
export function exampleRecord(resource: Resource): Record<string, unknown> {
  const first = seedData[resource.collection as keyof SeedData][0] as Record<string, unknown> | undefined;
  if (!first) throw new Error(`no seed record to use as the ${resource.collection} example`);
  const withMeta = { ...first, version: 1, created_at: SEED_TIMESTAMP, updated_at: SEED_TIMESTAMP };
  return resource.entity.parse(withMeta) as Record<string, unknown>;
}
