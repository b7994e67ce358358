import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { costClaims } from '../../seed/data/cost-claims.js';
import { DISCLAIMER, Disclaimer } from '../disclaimer.js';
import { problemResponses, READ_ERRORS } from '../http/problem.js';
import { CurrencyComparison, comparePrices } from '../pricing/pairing.js';
import { listOf } from '../query/params.js';
import { comparablePrices } from '../repository/prices.js';
import type { Repository } from '../repository/repository.js';
import { Citation, Country, Id } from '../resources/common.schema.js';
import { organizationsResource } from '../resources/organizations/organizations.resource.js';
import { Currency, type Price } from '../resources/prices/prices.schema.js';
import { programsResource } from '../resources/programs/programs.resource.js';
import { ROUTE_DEPENDENCIES, splitLists } from './shared.js';

const Claim = z
  .object({
    id: z.string(),
    claim: z.string().meta({ description: 'What the source says, attributed, in its own terms.' }),
    source_id: Id,
    said_of: z.string(),
    hedge: z.string().nullable().meta({ description: "The source's own qualifier, verbatim." }),
    program_ids: z.array(Id),
    organization_ids: z.array(Id),
    price_ids: z.array(Id),
    citations: z.array(Citation),
  })
  .meta({ id: 'CostClaim', description: "A source's own comparative claim about cost, cited." });

const CostComparison = z
  .object({
    data: z
      .array(CurrencyComparison)
      .meta({ description: 'One entry per currency; amounts are never converted between currencies.' }),
    claims: z.array(Claim).meta({ description: "The sources' own comparative claims, beside the computed pairs." }),
    disclaimer: Disclaimer,
  })
  .meta({
    description: 'Group versus individual costs, like with like, per currency.',
    examples: [
      {
        data: [
          {
            currency: 'CAD',
            pairs: [
              {
                unit: 'per_program',
                basis: 'Price of a whole program with 3 medicine sessions, from the same organization.',
                group: {
                  price_id: 'roots-to-thrive-group-price',
                  program_id: 'roots-to-thrive-group',
                  label: 'Roots to Thrive Group (12 weeks, 3 sessions)',
                  amount_min: 5850,
                  amount_max: null,
                  open_ended: false,
                  open_ended_from: null,
                  amount_text: '~CAD $5,850 + GST',
                  approximate: true,
                  hedges: ['~', 'approximately'],
                  currency_implied: false,
                  tax_note: '+ GST',
                  treatment: 'ketamine_assisted_therapy',
                  sessions_included: 3,
                  duration_weeks: 12,
                  includes: ['community-of-practice groups', 'Indigenous wellness integration'],
                  citations: [],
                },
                individual: {
                  price_id: 'roots-to-thrive-individual-price',
                  program_id: 'roots-to-thrive-individual',
                  label: 'Roots to Thrive Individual (6 weeks, 3 sessions)',
                  amount_min: 7500,
                  amount_max: null,
                  open_ended: false,
                  open_ended_from: null,
                  amount_text: 'CAD $7,500 + tax',
                  approximate: true,
                  hedges: ['~'],
                  currency_implied: false,
                  tax_note: '+ tax',
                  treatment: 'ketamine_assisted_therapy',
                  sessions_included: 3,
                  duration_weeks: 6,
                  includes: [],
                  citations: [],
                },
                difference: { min: 1650, max: 1650, approximate: true },
                caveats: [
                  'Tax bases differ (group: "+ GST"; individual: "+ tax"): the difference compares amounts before different taxes.',
                ],
              },
            ],
            not_comparable: [
              {
                price_id: 'atma-cena-member-clinic-group-integration-price',
                reason: 'The source gives no amount ("Varies by clinic").',
              },
            ],
          },
        ],
        claims: [],
        disclaimer: DISCLAIMER,
      },
    ],
  });

/** GET /v1/cost-comparison: group versus individual, like with like, per currency, from the cited prices only. */
export const costComparisonRoutes = fp(
  async (app: FastifyInstance, { repo }: { repo: Repository }) => registerCostComparisonRoutes(app, repo),
  { name: 'katalog-routes-cost-comparison', dependencies: ROUTE_DEPENDENCIES },
);

function registerCostComparisonRoutes(app: FastifyInstance, repo: Repository) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/v1/cost-comparison',
    {
      preValidation: splitLists(['currency', 'country', 'program_id']),
      config: { cache: true },
      schema: {
        operationId: 'getCostComparison',
        summary: 'Compare group and individual costs, like with like',
        description:
          "Per currency (never converted), pairs of one group and one individual figure that share a unit and a basis: program prices covering the same number of medicine sessions from the same organization, or market-wide figures one source gives on the same basis (per session, per first year) for the same treatment, or, when the source does not say which treatment a figure pays for, as the source compares them (the pair's basis says which). A one-session bundle is never set against a multi-week cohort, an infusion never against a therapy session, and nothing is divided into per-session figures the source does not give. Every other price is listed under `not_comparable` with the reason, and the sources' own comparative claims are returned beside the pairs as cited claims. Information, not medical or financial advice.",
        tags: ['prices'],
        querystring: z.strictObject({
          currency: listOf(Currency, 'Only these currencies (ISO 4217).').optional(),
          country: listOf(
            Country,
            "Only pairs and prices involving programs in these countries (market-wide figures, such as the KAIR article's, have no country and are left out; use `currency` for them).",
          ).optional(),
          program_id: listOf(Id, 'Only the prices of these programs.').optional(),
        }),
        response: { 200: CostComparison, ...problemResponses(...READ_ERRORS) },
      },
    },
    async (req) => {
      const { currency, country, program_id } = req.query;
      // Pair over every price of the currencies asked for, then keep what the filters select: a price's
      // counterpart (the individual track of a group program) may itself be outside the filter.
      const all: Price[] = [];
      for await (const page of comparablePrices(repo, { currency })) all.push(...(page as unknown as Price[]));
      const selected = new Set<string>();
      if (country || program_id) {
        for await (const page of comparablePrices(repo, { currency, country, program_id }))
          for (const p of page) selected.add(String(p.id));
      }
      const keep = (id: string) => !(country || program_id) || selected.has(id);
      const programIds = [...new Set(all.map((p) => p.program_id).filter((id): id is string => id !== null))];
      const programs = repo.byIds(programsResource, programIds);
      const data = comparePrices(all, (id) => {
        const p = programs.get(id);
        return p
          ? {
              organization_id: (p.organization_id as string | null) ?? null,
              duration_weeks: (p.duration_weeks as number | null) ?? null,
            }
          : undefined;
      })
        .map((c) => ({
          ...c,
          pairs: c.pairs.filter((p) => keep(p.group.price_id) || keep(p.individual.price_id)),
          not_comparable: c.not_comparable.filter((n) => keep(n.price_id)),
        }))
        .filter((c) => c.pairs.length || c.not_comparable.length);
      // General claims always come back; a claim about named prices, programs or organizations comes back
      // when the comparison shows one of them. A claim that states no price (a Colorado clinic at "roughly
      // half" the cost: a ratio, never a price record) comes back unless a filter leaves out what it is about.
      const named = (c: (typeof costClaims)[number]) => {
        const progs = repo.byIds(programsResource, c.program_ids);
        const orgs = repo.byIds(organizationsResource, c.organization_ids);
        if (program_id) return c.program_ids.some((id) => program_id.includes(id));
        if (country) return [...progs.values(), ...orgs.values()].some((x) => country.includes(String(x.country)));
        return true;
      };
      const shownPrices = new Set(
        data.flatMap((c) => [
          ...c.pairs.flatMap((p) => [p.group.price_id, p.individual.price_id]),
          ...c.not_comparable.map((n) => n.price_id),
        ]),
      );
      const shownPrograms = new Set(all.filter((p) => shownPrices.has(p.id)).map((p) => p.program_id));
      const shownOrgs = new Set([...shownPrograms].map((id) => (id ? programs.get(id)?.organization_id : undefined)));
      const claims = costClaims.filter(
        (c) =>
          (!c.price_ids.length && !c.program_ids.length && !c.organization_ids.length) ||
          c.price_ids.some((id) => shownPrices.has(id)) ||
          (!c.price_ids.length && named(c)) ||
          c.program_ids.some((id) => shownPrograms.has(id)) ||
          c.organization_ids.some((id) => shownOrgs.has(id)),
      );
      return { data, claims, disclaimer: DISCLAIMER };
    },
  );
}
