import { sql } from 'drizzle-orm';
import { prices, programs } from '../db/schema/index.js';
import { pricesResource } from '../resources/prices/prices.resource.js';
import type { Price } from '../resources/prices/prices.schema.js';
import type { Repository } from './repository.js';

/**
 * Live prices for the cost comparison, in keyset pages from one snapshot, yielding to other
 * requests between pages: `country` keeps the prices of live programs in those countries with a
 * correlated subquery, so the work and the bound parameters do not grow with the number of
 * programs (binding every program id of a country failed past 32k ids: too many SQL variables).
 */
export async function* comparablePrices(
  repo: Repository,
  filters: { currency?: string[]; country?: string[]; program_id?: string[] },
): AsyncGenerator<Price[]> {
  const { country, ...rest } = filters;
  const inCountries = country
    ? [
        // Correlated (one primary-key lookup per price), so each page scans the prices index in
        // order from the cursor instead of first collecting every program of the countries.
        sql`exists (select 1 from ${programs} where ${programs.id} = ${prices.program_id} and ${programs.deleted_at} is null and ${programs.country} in (select value from json_each(${JSON.stringify(country)})))`,
      ]
    : [];
  const snapshot = repo.snapshot();
  try {
    for (const page of snapshot.pages(pricesResource, rest, 500, inCountries)) {
      yield page;
      await new Promise((r) => setImmediate(r));
    }
  } finally {
    snapshot.close();
  }
}
