import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { comparePrices, type ProgramFacts } from '../src/pricing/pairing.js';
import { Price, PriceFields } from '../src/resources/prices/prices.schema.js';

/**
 * Over arbitrary price data: the comparison never pairs different currencies, units, bases or
 * treatments, never derives a figure the prices do not state, and accounts for every price once.
 */

const SOURCES = ['kair-group-therapy-unpacked', 'group-ketamine-therapy-canada'];
const PROGRAMS = ['p1', 'p2', 'p3', 'p4', 'p5'];
const arbProgramFacts = fc.record({
  organization_id: fc.constantFrom<string | null>('o1', 'o2', null),
  duration_weeks: fc.constantFrom<number | null>(null, 5, 6, 12),
});

const arbPrice = fc
  .record({
    program_id: fc.constantFrom<string | null>(null, ...PROGRAMS),
    format: fc.constantFrom('group', 'individual') as fc.Arbitrary<'group' | 'individual'>,
    amount_min: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
    span: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null }),
    open_ended: fc.boolean(),
    approximate: fc.boolean(),
    currency: fc.constantFrom('CAD', 'USD', 'EUR'),
    currency_implied: fc.boolean(),
    unit: fc.constantFrom(...PriceFields.shape.unit.options),
    treatment: fc.constantFrom(...PriceFields.shape.treatment.options),
    sessions_included: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
    sessions_span: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    tax_note: fc.constantFrom<string | null>(null, '+ GST', '+ tax'),
    source: fc.constantFrom(...SOURCES),
    includes: fc.subarray(['prep', 'integration', 'community-of-practice groups']),
  })
  .map((r) => r);

const toPrice = (r: Record<string, unknown>, i: number): Price => {
  const amountMin = r.amount_min as number | null;
  const open = amountMin !== null && (r.open_ended as boolean);
  return {
    id: `price-${i}`,
    inferred_fields: [],
    program_id: r.program_id as string | null,
    label: `price ${i}`,
    format: r.format as 'group' | 'individual',
    amount_min: amountMin,
    amount_max: amountMin === null || open || r.span === null ? null : amountMin + (r.span as number),
    open_ended: open,
    open_ended_from: open ? amountMin + 1000 : null,
    approximate: r.approximate as boolean,
    hedges: (r.approximate as boolean) ? ['typically'] : [],
    amount_text: 'as written',
    currency: r.currency as Price['currency'],
    currency_implied: r.currency_implied as boolean,
    unit: r.unit as Price['unit'],
    treatment: r.treatment as Price['treatment'],
    includes: r.includes as string[],
    sessions_included: r.sessions_included as number | null,
    sessions_included_max:
      r.sessions_included === null || r.sessions_span === null
        ? null
        : (r.sessions_included as number) + (r.sessions_span as number),
    tax_note: r.tax_note as string | null,
    note: null,
    published_year: null,
    citations: [{ source_id: r.source as string, excerpt: 'x', section: 'y' }],
    version: 1,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
  };
};

function check(prices: Price[], facts: Record<string, ProgramFacts>) {
  const out = comparePrices(prices, (id) => facts[id]);
  const byId = new Map(prices.map((p) => [p.id, p]));
  const accounted: string[] = [];
  for (const c of out) {
    for (const pair of c.pairs) {
      const g = byId.get(pair.group.price_id) as Price;
      const i = byId.get(pair.individual.price_id) as Price;
      expect([g.format, i.format]).toEqual(['group', 'individual']);
      expect([g.currency, i.currency]).toEqual([c.currency, c.currency]);
      expect([g.unit, i.unit]).toEqual([pair.unit, pair.unit]);
      expect(g.amount_min).not.toBeNull();
      expect(i.amount_min).not.toBeNull();
      // The same basis: both market-wide from one source, or both programs of one organization.
      expect(g.program_id === null).toBe(i.program_id === null);
      if (g.program_id === null) {
        const from = (x: Price) => [...new Set(x.citations.map((c) => c.source_id))].sort();
        expect(from(g)).toEqual(from(i));
      } else {
        const og = facts[g.program_id]?.organization_id ?? `program:${g.program_id}`;
        const oi = facts[i.program_id as string]?.organization_id ?? `program:${i.program_id}`;
        expect(og).toBe(oi);
      }
      if (pair.unit === 'per_program') {
        expect(g.sessions_included).not.toBeNull();
        expect(g.sessions_included).toBe(i.sessions_included);
        expect(g.sessions_included_max).toBeNull();
        expect(i.sessions_included_max).toBeNull();
      }
      expect(g.treatment === 'ketamine_infusion').toBe(i.treatment === 'ketamine_infusion');
      // Figures are the prices' own, never divided or merged.
      for (const [f, p] of [
        [pair.group, g],
        [pair.individual, i],
      ] as const) {
        expect([f.amount_min, f.amount_max, f.open_ended, f.open_ended_from]).toEqual([
          p.amount_min,
          p.amount_max,
          p.open_ended,
          p.open_ended_from,
        ]);
      }
      if (g.tax_note !== i.tax_note) expect(pair.caveats.some((x) => x.startsWith('Tax bases differ'))).toBe(true);
      // The basis never says "the same treatment" when a side's treatment is not stated: it is then the
      // source's own comparison, and it says so ("as the KAIR article compares them").
      const unstated = g.treatment === 'not_stated' || i.treatment === 'not_stated';
      expect(pair.caveats.some((x) => /does not say which treatment/.test(x))).toBe(unstated);
      if (unstated) {
        expect(pair.basis).not.toMatch(/same treatment/);
        expect(pair.basis).toMatch(/ as the .* compares them /);
      }
      accounted.push(g.id, i.id);
    }
    for (const n of c.not_comparable) accounted.push(n.price_id);
  }
  // Every price appears (in its currency), none is both paired and set aside.
  const once = new Set(accounted);
  expect([...once].sort()).toEqual(prices.map((p) => p.id).sort());
  for (const c of out) {
    const paired = new Set(c.pairs.flatMap((p) => [p.group.price_id, p.individual.price_id]));
    for (const n of c.not_comparable) expect(paired.has(n.price_id)).toBe(false);
  }
}

describe('cost pairing (property)', () => {
  it('never pairs different units, bases, currencies or treatments, and accounts for every price', () => {
    fc.assert(
      fc.property(
        fc.array(arbPrice, { maxLength: 40 }),
        fc.dictionary(fc.constantFrom(...PROGRAMS), arbProgramFacts),
        (raw, facts) => {
          const prices = raw.map((r, i) => toPrice(r as Record<string, unknown>, i));
          check(prices, facts as Record<string, ProgramFacts>);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds on the curated prices', () => {
    const prices = seedData.prices.map((p) =>
      Price.parse({
        ...p,
        inferred_fields: p.inferred_fields ?? [],
        version: 1,
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      }),
    );
    const facts = Object.fromEntries(
      seedData.programs.map((p) => [p.id, { organization_id: p.organization_id, duration_weeks: p.duration_weeks }]),
    );
    check(prices, facts);
  });

  it('the KAIR session figures: "as the KAIR article compares them", not "for the same treatment"', () => {
    const prices = seedData.prices.map((p) =>
      Price.parse({
        ...p,
        inferred_fields: p.inferred_fields ?? [],
        version: 1,
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      }),
    );
    const usd = comparePrices(prices, () => undefined).find((c) => c.currency === 'USD')!;
    const unstated = usd.pairs.filter((p) => p.caveats.some((x) => /does not say which treatment/.test(x)));
    expect(unstated.length).toBeGreaterThan(0);
    for (const p of unstated) expect(p.basis).toContain('as the KAIR article compares them');
    // "approximately" stands before the group figure of the sentence: the individual side says it is read from there.
    const firstYear = usd.pairs.find((p) => p.individual.price_id === 'kair-first-year-individual-3500-10000-plus')!;
    expect(firstYear.caveats).toContain(
      'The source writes "approximately" before another figure of the sentence that gives the individual amount; Katalog reads it as qualifying the individual amount too.',
    );
    expect(firstYear.caveats).not.toContain('The source qualifies the individual amount: "approximately".');
    // "most initial protocols involve 4-6 sessions … This translates to …": the "most" of the sentence before the
    // figures is Katalog's reading onto both amounts, not the source's qualifier of them (audit 21 A21-1).
    expect(firstYear.caveats).toContain('The source qualifies the group amount: "approximately".');
    for (const side of ['group', 'individual'])
      expect(firstYear.caveats).toContain(
        `The source writes "most initial protocols" in another passage than the ${side} amount; Katalog reads it as qualifying the ${side} amount.`,
      );
    expect(firstYear.caveats.join(' ')).not.toMatch(/qualifies the \w+ amount: [^.]*most initial protocols/);
  });
});
