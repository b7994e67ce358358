import type { z } from 'zod';
import { resources } from '../src/resources/index.js';
import type { SeedData } from './data/index.js';

/** The Zod schema each seed collection is validated with before loading: its declaration's fields. */
export const seedSchemas: Record<string, z.ZodType | undefined> = Object.fromEntries(
  resources.map((r) => [r.tableName, r.writable]),
);

/** Validation problems of the seed against the resource schemas, as readable lines. */
export function validateSeed(data: SeedData): string[] {
  const problems: string[] = [];
  for (const [collection, records] of Object.entries(data)) {
    const schema = seedSchemas[collection];
    if (!schema) {
      problems.push(`${collection}: not a registered collection`);
      continue;
    }
    for (const record of records as { id: string }[]) {
      const r = schema.safeParse(record);
      if (!r.success) {
        for (const i of r.error.issues) problems.push(`${collection}/${record.id}: ${i.path.join('.')}: ${i.message}`);
      }
    }
  }
  return problems;
}
