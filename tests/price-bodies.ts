/**
 * Price bodies for the tests of the price-text reader (src/resources/prices/amount-text.ts): a plain price and the
 * fields a changed body is refused on, validated by the write schema itself (its rules included).
 */
import { seedData } from '../seed/data/index.js';
import { pricesResource } from '../src/resources/prices/prices.resource.js';

/** A plain price: "$1,530" in USD (inferred: "$" names none), no hedge, no tax, one citation writing none of the words tested. */
export const plainPrice = {
  ...(seedData.prices.find((p) => p.id === 'kair-group-session-100-250') as (typeof seedData.prices)[number]),
  id: 'plain-price',
  amount_text: '$1,530',
  amount_min: 1530 as number | null,
  amount_max: null,
  open_ended: false,
  open_ended_from: null as number | null,
  approximate: false,
  hedges: [] as string[],
  currency: 'USD',
  currency_implied: true,
  inferred_fields: ['currency'] as string[],
  tax_note: null as string | null,
  citations: [{ source_id: 'kair-group-therapy-unpacked', excerpt: 'Cost & accessibility snapshot', section: 'x' }] as {
    source_id: string;
    excerpt: string;
    section: string;
  }[],
};

/** The members of a currency stated in the text (not inferred). */
export const stated = { currency_implied: false, inferred_fields: [] };

/** The top-level fields the plain price with `over` is refused on (none: taken). */
export const refused = (over: Record<string, unknown>) => {
  const r = pricesResource.input.safeParse({ ...plainPrice, ...over });
  return r.success ? [] : [...new Set(r.error.issues.map((i) => String(i.path[0])))];
};
