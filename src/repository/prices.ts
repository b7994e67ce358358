import { sql } from 'drizzle-orm';
import { pricesResource } from '../resources/prices/prices.resource.js';
import type { Price } from '../resources/prices/prices.schema.js';
import { prices } from '../resources/prices/prices.schema.js';
import { programsResource } from '../resources/programs/programs.resource.js';
import type { Program } from '../resources/programs/programs.schema.js';
import { programs } from '../resources/programs/programs.schema.js';
import type { Repository } from './repository.js';
import { nextTurn } from './turns.js';

export interface CostFilters {
  currency?: string[] | undefined;
  country?: string[] | undefined;
  program_id?: string[] | undefined;
}

/** A page of owners for the cost comparison: every price that can pair with a price they own. */
export interface OwnerPage {
  /** Market-wide figures (first page only) and every live price of the page's owners' programs, in the currencies asked for. */
  prices: Price[];
  /** The programs those prices belong to. */
  programs: Map<string, Program>;
  /** True for a price the filters select (its counterpart may be outside them). */
  selected: (price: Price) => boolean;
  /** The last owner of the page, when more follow. */
  next: string | null;
}

/**
 * The owner of a program's prices: its organization, or the program itself when it has none. Prices
 * are paired only within one owner (src/pricing/pairing.ts), so a page of owners is complete on its
 * own: no pair crosses two pages. Indexed (programs_owner_idx), so a page is a range scan.
 */
const OWNER = sql`coalesce(${programs.organization_id}, ${programs.id})`;
const OWNER_TEXT = 'coalesce(p.organization_id, p.id)';

const jsonList = (values: string[] | undefined) => (values ? JSON.stringify(values) : null);

/**
 * One page of the cost comparison: the next `limit` owners after `after` (in owner order) that have a
 * price the filters select, and every price that may pair with theirs, read from one snapshot in
 * batches that yield to other requests. Filters are joins and subqueries; the only parameters bound
 * are the query's own (at most 50 values each, as one JSON array) and the two ends of the owner
 * range, so neither the work of a page nor its parameters grow with the number of programs.
 * Market-wide figures (no program, no owner) come on the first page.
 */
export async function costComparisonPage(
  repo: Repository,
  filters: CostFilters,
  page: { after: string | null; limit: number },
): Promise<OwnerPage> {
  const { currency, country, program_id } = filters;
  const snapshot = repo.snapshot();
  try {
    // Owners with at least one selected price, in index order from the cursor.
    const owners = snapshot.all<{ owner: string }>(
      `select distinct ${OWNER_TEXT} as owner from programs p
       where ${OWNER_TEXT} > @after and p.deleted_at is null
         and (@country is null or p.country in (select value from json_each(@country)))
         and (@program_id is null or p.id in (select value from json_each(@program_id)))
         and exists (select 1 from prices r where r.program_id = p.id and r.deleted_at is null
                     and (@currency is null or r.currency in (select value from json_each(@currency))))
       order by 1 limit @limit`,
      [
        {
          after: page.after ?? '',
          country: jsonList(country),
          program_id: jsonList(program_id),
          currency: jsonList(currency),
          limit: page.limit + 1,
        },
      ],
    );
    const more = owners.length > page.limit;
    const shown = more ? owners.slice(0, page.limit) : owners;
    const last = shown.at(-1)?.owner;
    const out: Price[] = [];
    const programsOf = new Map<string, Program>();
    const priceFilters = currency ? { currency } : {};
    if (page.after === null && !country && !program_id)
      for await (const batch of pagesOf(
        snapshot.pages(pricesResource, priceFilters, 500, [sql`${prices.program_id} is null`]),
      ))
        out.push(...batch);
    if (last !== undefined) {
      const inRange = sql`${OWNER} > ${page.after ?? ''} and ${OWNER} <= ${last}`;
      for await (const batch of pagesOf(snapshot.pages(programsResource, {}, 500, [inRange])))
        for (const p of batch) programsOf.set(p.id, p);
      const ofOwners = sql`${prices.program_id} in (select ${programs.id} from ${programs} where ${programs.deleted_at} is null and ${inRange})`;
      for await (const batch of pagesOf(snapshot.pages(pricesResource, priceFilters, 500, [ofOwners])))
        out.push(...batch);
    }
    const selected = (price: Price) => {
      if (!country && !program_id) return true;
      const program = price.program_id === null ? undefined : programsOf.get(price.program_id);
      if (!program) return false;
      return (
        (!country || country.includes(program.country as string)) && (!program_id || program_id.includes(program.id))
      );
    };
    return { prices: out, programs: programsOf, selected, next: more && last !== undefined ? last : null };
  } finally {
    snapshot.close();
  }
}

/** Pages of a snapshot walk, yielding to other requests between them. */
async function* pagesOf<T>(pages: Generator<T[]>): AsyncGenerator<T[]> {
  for (const page of pages) {
    yield page;
    await nextTurn();
  }
}
