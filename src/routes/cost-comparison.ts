import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DISCLAIMER } from '../disclaimer.js';
import { problemResponses, READ_ERRORS } from '../http/problem.js';
import { listOf } from '../query/params.js';
import { comparablePrices } from '../repository/prices.js';
import type { Repository } from '../repository/repository.js';
import { Citation, Country, Id } from '../resources/common.schema.js';
import { Currency, type Price, PriceUnit } from '../resources/prices/prices.schema.js';
import { splitLists } from '../resources/routes.js';

const Range = z
  .object({
    min: z.number().meta({ description: 'Lowest amount, in major units.' }),
    max: z.number().nullable().meta({ description: 'Highest amount; null when a source range is open-ended ("+").' }),
    approximate: z.boolean().meta({ description: 'True when any price used is stated approximately.' }),
    tax_notes: z.array(z.string()).meta({
      description:
        'The tax notes of the prices used, as written ("+ GST", "+ tax"; "not stated" when a price has none).',
    }),
    price_ids: z.array(z.string()).meta({ description: 'The prices this range is computed from (see /v1/prices).' }),
    citations: z.array(Citation),
  })
  .meta({ id: 'CostRange' });
type Range = z.infer<typeof Range>;

const Saving = z
  .object({
    min: z.number().nullable().meta({
      description: 'Smallest saving: lowest individual minus highest group (negative when the ranges overlap).',
    }),
    max: z
      .number()
      .nullable()
      .meta({ description: 'Largest saving: highest individual minus lowest group; null when open-ended.' }),
  })
  .meta({
    id: 'CostSaving',
    description: 'What group format saves over individual, as a range, in the same currency and unit.',
  });

const Comparison = z.object({
  group: Range.nullable(),
  individual: Range.nullable(),
  saving: Saving.nullable(),
  note: z.string().nullable().meta({ description: 'Why a comparison cannot be made, when it cannot.' }),
});

const CurrencyComparison = z.object({
  currency: Currency,
  currency_implied: z.boolean().meta({ description: 'True when some prices used were written with a bare "$".' }),
  by_unit: z.array(Comparison.extend({ unit: PriceUnit })),
  per_medicine_session: Comparison.extend({
    derived_from: z
      .array(
        z.object({ price_id: z.string(), amount: z.number(), sessions: z.number().int(), per_session: z.number() }),
      )
      .meta({ description: 'Program prices divided by the number of medicine sessions the source gives for them.' }),
  }),
  not_comparable: z
    .array(z.object({ price_id: z.string(), reason: z.string() }))
    .meta({ description: 'Prices left out of the figures, and why.' }),
});

const CostComparison = z
  .object({
    data: z
      .array(CurrencyComparison)
      .meta({ description: 'One entry per currency; amounts are never converted between currencies.' }),
    disclaimer: z.string(),
  })
  .meta({
    description: 'Group versus individual costs, per currency.',
    examples: [
      {
        data: [
          {
            currency: 'CAD',
            currency_implied: false,
            by_unit: [
              {
                unit: 'per_program',
                group: {
                  min: 5850,
                  max: 5850,
                  approximate: true,
                  tax_notes: ['+ GST'],
                  price_ids: ['roots-to-thrive-group-price'],
                  citations: [],
                },
                individual: {
                  min: 7500,
                  max: 7500,
                  approximate: true,
                  tax_notes: ['+ tax'],
                  price_ids: ['roots-to-thrive-individual-price'],
                  citations: [],
                },
                saving: { min: 1650, max: 1650 },
                note: 'Amounts are compared as written, but their tax notes differ (group: + GST; individual: + tax): the saving is indicative.',
              },
            ],
            per_medicine_session: {
              group: null,
              individual: null,
              saving: null,
              note: null,
              derived_from: [],
            },
            not_comparable: [
              {
                price_id: 'atma-cena-member-clinic-group-integration-price',
                reason: 'The source gives no amount ("Varies by clinic").',
              },
            ],
          },
        ],
        disclaimer: DISCLAIMER,
      },
    ],
  });

const round2 = (n: number) => Math.round(n * 100) / 100;

function range(prices: Price[], amounts: (p: Price) => [number, number | null]): Range | null {
  if (!prices.length) return null;
  let min = Number.POSITIVE_INFINITY;
  let max: number | null = Number.NEGATIVE_INFINITY;
  for (const p of prices) {
    const [lo, hi] = amounts(p);
    min = Math.min(min, lo);
    max = max === null || hi === null ? null : Math.max(max, hi);
  }
  const seen = new Set<string>();
  const citations = prices.flatMap((p) => p.citations).filter((c) => !seen.has(c.excerpt) && seen.add(c.excerpt));
  return {
    min: round2(min),
    max: max === null ? null : round2(max),
    approximate: prices.some((p) => p.approximate),
    tax_notes: [...new Set(prices.map((p) => p.tax_note ?? 'not stated'))].sort(),
    price_ids: prices.map((p) => p.id),
    citations,
  };
}

function compare(group: Range | null, individual: Range | null, what: string) {
  const taxDiffers = group && individual && group.tax_notes.join('|') !== individual.tax_notes.join('|');
  let note: string | null = null;
  if (!(group && individual)) {
    note = `No ${group ? 'individual' : individual ? 'group' : 'group or individual'} price ${what}: no comparison.`;
  } else if (taxDiffers) {
    note = `Amounts are compared as written, but their tax notes differ (group: ${group.tax_notes.join(', ')}; individual: ${individual.tax_notes.join(', ')}): the saving is indicative.`;
  }
  const saving =
    group && individual
      ? {
          min: group.max === null ? null : round2(individual.min - group.max),
          max: individual.max === null ? null : round2(individual.max - group.min),
        }
      : null;
  return { group, individual, saving, note };
}

const amountRange = (p: Price): [number, number | null] => [
  p.amount_min as number,
  p.open_ended ? null : (p.amount_max ?? (p.amount_min as number)),
];

/** GET /v1/cost-comparison: group versus individual, per currency, from the cited prices only. */
export function registerCostComparisonRoutes(app: FastifyInstance, repo: Repository) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/v1/cost-comparison',
    {
      preValidation: splitLists(['currency', 'country', 'program_id']),
      schema: {
        operationId: 'getCostComparison',
        summary: 'Compare group and individual costs',
        description:
          'Per currency (never converted), the group and individual price ranges by unit, per medicine session where the source gives the session count, and the saving of group over individual as a range. Every figure lists the price ids and citations it comes from; prices that cannot be compared are listed with the reason. Information, not medical or financial advice.',
        tags: ['prices'],
        querystring: z.strictObject({
          currency: listOf(Currency, 'Only these currencies (ISO 4217).').optional(),
          country: listOf(
            Country,
            'Only prices of programs in these countries (market-wide figures have no country and are left out).',
          ).optional(),
          program_id: listOf(Id, 'Only the prices of these programs.').optional(),
        }),
        response: { 200: CostComparison, ...problemResponses(...READ_ERRORS) },
      },
    },
    async (req) => {
      const { currency, country, program_id } = req.query;
      const prices: Price[] = [];
      for await (const page of comparablePrices(repo, { currency, country, program_id }))
        prices.push(...(page as unknown as Price[]));
      const currencies = [...new Set(prices.map((p) => p.currency))].sort();
      const data = currencies.map((cur) => {
        const inCurrency = prices.filter((p) => p.currency === cur);
        const notComparable: { price_id: string; reason: string }[] = [];
        const usable = inCurrency.filter((p) => {
          if (p.amount_min === null) {
            notComparable.push({ price_id: p.id, reason: `The source gives no amount ("${p.amount_text}").` });
            return false;
          }
          return true;
        });
        const units = PriceUnit.options.filter((u) => usable.some((p) => p.unit === u));
        const by_unit = units.map((unit) => {
          const of = (f: string) => usable.filter((p) => p.unit === unit && p.format === f);
          return {
            unit,
            ...compare(
              range(of('group'), amountRange),
              range(of('individual'), amountRange),
              `${unit.replace(/_/g, ' ')} in ${cur}`,
            ),
          };
        });
        const derived: { price: Price; per: number; sessions: number }[] = [];
        for (const p of usable) {
          if (p.unit !== 'per_program') continue;
          if (p.sessions_included && p.sessions_included_max === null && p.amount_max === null && !p.open_ended) {
            derived.push({
              price: p,
              sessions: p.sessions_included,
              per: round2((p.amount_min as number) / p.sessions_included),
            });
          } else {
            notComparable.push({
              price_id: p.id,
              reason: p.sessions_included
                ? 'Per-session cost not derived: the source gives a range of amounts or sessions without pairing them.'
                : 'Per-session cost not derived: the source gives no number of medicine sessions.',
            });
          }
        }
        const perSession = (f: string) => {
          const direct = usable.filter((p) => p.unit === 'per_session' && p.format === f);
          const fromPrograms = derived.filter((d) => d.price.format === f);
          const perOf = new Map(fromPrograms.map((d) => [d.price.id, d.per]));
          return range([...direct, ...fromPrograms.map((d) => d.price)], (p) =>
            perOf.has(p.id) ? [perOf.get(p.id) as number, perOf.get(p.id) as number] : amountRange(p),
          );
        };
        return {
          currency: cur,
          currency_implied: inCurrency.some((p) => p.currency_implied),
          by_unit,
          per_medicine_session: {
            ...compare(perSession('group'), perSession('individual'), `per medicine session in ${cur}`),
            derived_from: derived.map((d) => ({
              price_id: d.price.id,
              amount: d.price.amount_min as number,
              sessions: d.sessions,
              per_session: d.per,
            })),
          },
          not_comparable: notComparable,
        };
      });
      return { data, disclaimer: DISCLAIMER };
    },
  );
}
