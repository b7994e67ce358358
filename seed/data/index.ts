import type { z } from 'zod';
import { type Collection, registry, resources } from '../../src/resources/index.js';

/**
 * The whole curated seed, keyed by collection, found by convention: the records of a collection are
 * the array exported by seed/data/<path>.ts (its only array export, e.g. `dosingRoutes` in
 * dosing-routes.ts). No list here names the collections: a collection in the registry without its
 * seed file fails at load, naming the file; `tests/registry.test.ts` checks that each is seeded.
 * Types follow from the registry: `seedData.programs` is the programs' seed input.
 */
type Registered = (typeof registry)[number];
export type SeedData = {
  [C in Collection]: z.input<Extract<Registered, { tableName: C }>['writable']>[];
};

async function seedOf(path: string): Promise<unknown[]> {
  const module: Record<string, unknown> = await import(/* @vite-ignore */ `./${path}.js`).catch((e: unknown) => {
    throw new Error(`no seed for the collection at /v1/${path}: seed/data/${path}.ts is missing (${String(e)})`);
  });
  const arrays = Object.values(module).filter(Array.isArray);
  if (arrays.length !== 1) throw new Error(`seed/data/${path}.ts must export exactly one array of records`);
  return arrays[0] as unknown[];
}

/** In the registry's order: referenced collections come first. */
export const seedData = Object.fromEntries(
  await Promise.all(resources.map(async (r) => [r.tableName, await seedOf(r.path)] as const)),
) as SeedData;
