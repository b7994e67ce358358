import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { costClaims } from '../../seed/data/cost-claims.js';
import type { Config } from '../config.js';
import { DISCLAIMER, Disclaimer } from '../disclaimer.js';
import { problemResponses, READ_ERRORS } from '../http/problem.js';
import { CurrencyComparison, comparePrices } from '../pricing/pairing.js';
import { CursorError, decodeCursor, encodeCursor, queryFingerprint } from '../query/cursor.js';
import { listOf } from '../query/params.js';
import { costComparisonPage } from '../repository/prices.js';
import type { Repository } from '../repository/repository.js';
import { Citation, Country, Id } from '../resources/common.schema.js';
import { readingMarkers, readingsMatch } from '../resources/markers.js';
import { organizationsResource } from '../resources/organizations/organizations.resource.js';
import { pricesResource } from '../resources/prices/prices.resource.js';
import { Currency } from '../resources/prices/prices.schema.js';
import { programsResource } from '../resources/programs/programs.resource.js';
import { Program } from '../resources/programs/programs.schema.js';
import { linkTo } from './collection-reads.js';
import { ROUTE_DEPENDENCIES, splitLists } from './shared.js';

/** Owners (an organization, or a program without one) per page: prices pair only within one owner. */
export const COST_PAGE_DEFAULT = 50;
export const COST_PAGE_MAX = 100;

const Claim = z
  .object({
    id: z.string(),
    claim: z.string().meta({ description: 'What the source says, attributed, in its own terms.' }),
    source_id: Id,
    said_of: z.string(),
    hedge: z.string().nullable().meta({
      description: 'The source’s own qualifiers, verbatim; "…" joins those of one sentence, "; " of several.',
    }),
    program_ids: z.array(Id),
    organization_ids: z.array(Id),
    price_ids: z.array(Id),
    unfiltered: z.boolean().meta({
      description: 'A general claim: the filters do not apply to it.',
    }),
    citations: z.array(Citation),
  })
  .meta({ id: 'CostClaim', description: "A source's own comparative claim about cost, cited." });

const CostComparison = z
  .object({
    data: z
      .array(CurrencyComparison)
      .meta({ description: 'One entry per currency; amounts are never converted between currencies.' }),
    claims: z.array(Claim).meta({
      description:
        "The sources' own comparative claims: general ones (`unfiltered`) on every page whatever the filters; others once, if scoped to the filters and while what they name is live: on the page of their first owner with a selected price, else the first page.",
    }),
    meta: z
      .object({
        limit: z.number().int().min(1).max(COST_PAGE_MAX).meta({ description: 'Owners per page.' }),
        next_cursor: z
          .string()
          .nullable()
          .meta({ description: 'Pass as `cursor` for the next page of owners; null on the last page.' }),
      })
      .meta({ id: 'CostComparisonMeta' }),
    links: z
      .object({
        self: z.string(),
        next: z
          .string()
          .nullable()
          .meta({ description: 'The next page (also in the `Link` header); null on the last.' }),
      })
      .meta({ id: 'CostComparisonLinks' }),
    disclaimer: Disclaimer,
  })
  .meta({
    // The example is what the API serves for its `links.self` (tests/partners.test.ts compares them), each list cut to
    // its first item, never to none (audit 18 A18-7: an example with no citation and no claim broke the rules it shows).
    description:
      'Group versus individual costs, like with like, per currency. Example of ?currency=USD, each list cut to its first item.',
    examples: [
      {
        data: [
          {
            currency: 'USD',
            pairs: [
              {
                unit: 'per_session',
                basis:
                  'Market-wide per-session prices that the KAIR article gives, for treatments that Katalog classes as the same.',
                group: {
                  price_id: 'kair-group-session-100-250',
                  program_id: null,
                  label: 'Group ketamine therapy sessions, per session (market-wide)',
                  amount_min: 100,
                  amount_max: 250,
                  open_ended: false,
                  open_ended_from: null,
                  amount_text: '$100-$250',
                  approximate: true,
                  hedges: ['often', 'typically', 'usually'],
                  currency_implied: true,
                  tax_note: null,
                  treatment: 'ketamine_assisted_therapy',
                  sessions_included: null,
                  duration_weeks: null,
                  includes: [],
                  inferred_fields: ['currency'],
                  citations: [
                    {
                      source_id: 'kair-group-therapy-unpacked',
                      excerpt: 'group sessions often cost just $100-$250',
                      section: 'Individual vs group ketamine therapy',
                    },
                  ],
                },
                individual: {
                  price_id: 'kair-individual-kap-session-600-1200',
                  program_id: null,
                  label: 'One-on-one ketamine-assisted psychotherapy (KAP), per session (market-wide)',
                  amount_min: 600,
                  amount_max: 1200,
                  open_ended: false,
                  open_ended_from: null,
                  amount_text: '$600-$1,200',
                  approximate: true,
                  hedges: ['can run'],
                  currency_implied: true,
                  tax_note: null,
                  treatment: 'ketamine_assisted_therapy',
                  sessions_included: null,
                  duration_weeks: null,
                  includes: [],
                  inferred_fields: ['currency'],
                  citations: [
                    {
                      source_id: 'kair-group-therapy-unpacked',
                      excerpt: 'one-on-one ketamine-assisted psychotherapy can run $600-$1,200 per session',
                      section: 'Cost & accessibility snapshot',
                    },
                  ],
                },
                difference: {
                  min: 350,
                  max: 1100,
                  approximate: true,
                },
                caveats: [
                  'The source writes the group amount ("$100-$250") without a currency code; USD is inferred.',
                  'The source writes the individual amount ("$600-$1,200") without a currency code; USD is inferred.',
                  'The source qualifies the group amount: "often", "typically", "usually".',
                  'The source qualifies the individual amount: "can run".',
                ],
              },
            ],
            not_comparable: [
              {
                price_id: 'kair-group-retreat-2500-5000',
                reason: 'The KAIR article gives no individual market-wide per-retreat price on the same basis.',
              },
            ],
          },
        ],
        claims: [
          {
            id: 'kair-group-typically-40-60-percent-less',
            claim:
              'The KAIR article says ketamine group therapy typically costs 40-60% less than individual ketamine therapy.',
            source_id: 'kair-group-therapy-unpacked',
            said_of: 'ketamine group therapy in general, against individual ketamine therapy',
            hedge: 'Typically',
            program_ids: [],
            organization_ids: [],
            price_ids: [],
            unfiltered: true,
            citations: [
              {
                source_id: 'kair-group-therapy-unpacked',
                excerpt: 'Typically costs 40-60% less than individual ketamine therapy',
                section: 'What is ketamine group therapy?',
              },
            ],
          },
        ],
        meta: {
          limit: COST_PAGE_DEFAULT,
          next_cursor: null,
        },
        links: {
          self: '/v1/cost-comparison?currency=USD&limit=50',
          next: null,
        },
        disclaimer: DISCLAIMER,
      },
    ],
  });

interface ClaimScope {
  programs: Set<string>;
  countries: Set<string>;
  currencies: Set<string>;
  /** Every record the claim names is live. */
  live: boolean;
  /** Its programs that have prices, with their owner, country and currencies. */
  priced: { program: string; owner: string; country: string | null; currencies: Set<string> }[];
  /** It states a market-wide price (no program): those come on the first page. */
  marketWide: boolean;
  /** The programs of the prices it states: its page is one of theirs, where a stated price is shown (review C14-14). */
  statedPrograms: Set<string>;
}

/**
 * The owner whose page a claim said of named records comes on (audit 18 A18-4): the first, in page order, of the owners
 * of its priced programs that the filters select, as `costComparisonPage` selects owners; none when it states a
 * market-wide price or its programs have no price the filters select (it then comes on the first page).
 */
function homeOwner(scope: ClaimScope, filters: { currency?: string[]; country?: string[]; program_id?: string[] }) {
  if (scope.marketWide) return null;
  const { currency, country, program_id } = filters;
  const pool = scope.statedPrograms.size
    ? scope.priced.filter((p) => scope.statedPrograms.has(p.program))
    : scope.priced;
  const owners = pool
    .filter(
      (p) =>
        (!country || (p.country !== null && country.includes(p.country))) &&
        (!program_id || program_id.includes(p.program)) &&
        (!currency || currency.some((c) => p.currencies.has(c))),
    )
    .map((p) => p.owner)
    .sort();
  return owners[0] ?? null;
}

/**
 * What a cost claim is said of, as the filters read it: its programs (named, those of its prices, and those
 * of its organizations), their and its organizations' countries, and the currencies of its prices and of
 * its programs' prices. A claim that gives no figure and names no priced program (a Colorado clinic at
 * "roughly half") is in no currency.
 */
export function claimScope(repo: Repository, c: (typeof costClaims)[number]): ClaimScope {
  const statedPrices = [...repo.byIds(pricesResource, c.price_ids).values()];
  const orgPrograms = c.organization_ids.length
    ? [...repo.pages(programsResource, { organization_id: c.organization_ids })].flat()
    : [];
  const programIds = new Set([
    ...c.program_ids,
    ...statedPrices.map((p) => p.program_id).filter((id): id is string => typeof id === 'string'),
    ...orgPrograms.map((p) => String(p.id)),
  ]);
  const programs = [...repo.byIds(programsResource, [...programIds]).values()];
  const orgs = [...repo.byIds(organizationsResource, c.organization_ids).values()];
  const programPrices = programIds.size ? [...repo.pages(pricesResource, { program_id: [...programIds] })].flat() : [];
  const countries = new Set(
    [...programs, ...orgs].map((x) => x.country).filter((x): x is string => typeof x === 'string'),
  );
  const currencies = new Set([...statedPrices, ...programPrices].map((p) => String(p.currency)));
  // Every record the claim names is live (audit 18 A18-3): a claim whose organization, program or price was deleted
  // would point at nothing, and its words would still name it.
  const named = new Set(programs.map((p) => String(p.id)));
  const live =
    statedPrices.length === new Set(c.price_ids).size &&
    orgs.length === new Set(c.organization_ids).size &&
    c.program_ids.every((id) => named.has(id));
  // The owners (a program's organization, or the program) of its programs that have prices: the pages they are on.
  const priced = programs.flatMap((p) => {
    const own = new Set(programPrices.filter((x) => x.program_id === p.id).map((x) => String(x.currency)));
    return own.size
      ? [
          {
            program: String(p.id),
            owner: String(p.organization_id ?? p.id),
            country: p.country ?? null,
            currencies: own,
          },
        ]
      : [];
  });
  const marketWide = statedPrices.some((x) => x.program_id === null);
  const statedPrograms = new Set(statedPrices.flatMap((x) => (x.program_id ? [String(x.program_id)] : [])));
  return { programs: programIds, countries, currencies, live, priced, marketWide, statedPrograms };
}

/** GET /v1/cost-comparison: group versus individual, like with like, per currency, from the cited prices only. */
export const costComparisonRoutes = fp(
  async (app: FastifyInstance, { repo, config }: { repo: Repository; config: Config }) =>
    registerCostComparisonRoutes(app, repo, config),
  { name: 'katalog-routes-cost-comparison', dependencies: ROUTE_DEPENDENCIES },
);

function registerCostComparisonRoutes(app: FastifyInstance, repo: Repository, config: Config) {
  const base = config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? '';
  app.withTypeProvider<ZodTypeProvider>().get(
    '/v1/cost-comparison',
    {
      preValidation: splitLists(['currency', 'country', 'program_id']),
      config: { cache: true },
      schema: {
        operationId: 'getCostComparison',
        summary: 'Compare group and individual costs, like with like',
        description:
          "Per currency (never converted), pairs of one group and one individual figure that share a unit and a basis: program prices from one organization covering the same number of sessions (the basis says where reading them as medicine sessions is Katalog's), or market-wide figures one source gives on one basis for the same treatment, or as the source compares them (the basis says which). No bundle against a cohort, no infusion against a therapy session, no per-session figure the source does not give. Every other price is in `not_comparable` with the reason; the sources' own claims come beside the pairs. Paged by owner (an organization, or a program without one): figures pair only within one owner, so each page is complete, and market-wide figures come first. Information, not medical or financial advice.",
        tags: ['prices'],
        querystring: z.strictObject({
          currency: listOf(
            Currency,
            'Only these currencies (ISO 4217), inferred ones too (`currency_implied`).',
          ).optional(),
          country: listOf(
            Country,
            // A country can be Katalog's reading (audit 9 L4: the Colorado clinics' US): said as list filters say it.
            `Only pairs, prices and claims involving programs or organizations in these countries (market-wide figures, such as the KAIR article's, have no country and are left out; use \`currency\` for them). ${readingsMatch(readingMarkers(Program.shape, 'country'), "a program's or organization's")}`,
          ).optional(),
          program_id: listOf(
            Id,
            'Only pairs and prices involving these programs (a pair keeps its counterpart); an id no live program has matches nothing, as in the lists.',
          ).optional(),
          limit: z.coerce
            .number()
            .int()
            .min(1)
            .max(COST_PAGE_MAX)
            .default(COST_PAGE_DEFAULT)
            .meta({ description: 'Owners per page (an organization, or a program without one).' }),
          cursor: z.string().max(512).optional().meta({ description: '`meta.next_cursor` of the previous page.' }),
        }),
        response: { 200: CostComparison, ...problemResponses(...READ_ERRORS) },
      },
    },
    async (req, reply) => {
      const { currency, country, program_id, limit, cursor } = req.query;
      const fingerprint = queryFingerprint({ cost: 1, currency, country, program_id });
      let after: string | null = null;
      if (cursor) {
        const [owner, ...rest] = decodeCursor(config.CURSOR_SECRET, fingerprint, cursor);
        if (typeof owner !== 'string' || rest.length) throw new CursorError('The cursor is malformed.');
        after = owner;
      }
      // A page of owners, and every price that may pair with theirs (a price's counterpart, such as the
      // individual track of a group program, may itself be outside the filters): pair them all, then
      // keep what the filters select.
      const page = await costComparisonPage(repo, { currency, country, program_id }, { after, limit });
      const keepIds = new Set(page.prices.filter(page.selected).map((p) => p.id));
      const keep = (id: string) => keepIds.has(id);
      const programs = page.programs;
      const all = page.prices;
      const owners = repo.byIds(organizationsResource, [
        ...new Set([...programs.values()].map((p) => p.organization_id).filter((o): o is string => !!o)),
      ]);
      const data = comparePrices(all, (id) => {
        const p = programs.get(id);
        // A length that is Katalog's reading (inferred_fields) is not shown as the program's own; the organization
        // is the pairing's (and the pages') key, not a statement of the figure; the texts name it.
        const weeks = p && !p.inferred_fields.includes('duration_weeks') ? (p.duration_weeks ?? null) : null;
        const owner = p?.organization_id ? owners.get(p.organization_id)?.name : p?.name;
        return p
          ? { organization_id: p.organization_id ?? null, duration_weeks: weeks, owner_name: owner ?? null }
          : undefined;
      })
        .map((c) => ({
          ...c,
          pairs: c.pairs.filter((p) => keep(p.group.price_id) || keep(p.individual.price_id)),
          not_comparable: c.not_comparable.filter((n) => keep(n.price_id)),
        }))
        .filter((c) => c.pairs.length || c.not_comparable.length);
      // General claims (said of nothing named) come on every page. A claim said of named prices, programs or
      // organizations comes only while every record it names is live, when it is scoped to every filter given (a
      // currency of its figures, a country or program of what it is said of) and, when it states prices, one of them is
      // shown; and once (audit 18 A18-4): on the page of its first priced owner (`homeOwner`), or the first page.
      const shownPrices = new Set(
        data.flatMap((c) => [
          ...c.pairs.flatMap((p) => [p.group.price_id, p.individual.price_id]),
          ...c.not_comparable.map((n) => n.price_id),
        ]),
      );
      const general = (c: (typeof costClaims)[number]) =>
        !c.price_ids.length && !c.program_ids.length && !c.organization_ids.length;
      const claims = costClaims.filter((c) => {
        if (general(c)) return true;
        // What a claim is said of depends on the data only: derived once per data version.
        const scope = repo.perVersion(`cost-claim-scope\u0000${c.id}`, () => claimScope(repo, c));
        if (currency && !currency.some((x) => scope.currencies.has(x))) return false;
        if (country && !country.some((x) => scope.countries.has(x))) return false;
        if (program_id && !program_id.some((x) => scope.programs.has(x))) return false;
        if (!scope.live) return false;
        if (c.price_ids.length && !c.price_ids.some((id) => shownPrices.has(id))) return false;
        // Owners are paged in their ids' order (the index's, and JavaScript's for these ASCII ids).
        const home = homeOwner(scope, { currency, country, program_id });
        if (home === null) return after === null;
        return home > (after ?? '') && (page.next === null || home <= page.next);
      });
      const next_cursor = page.next === null ? null : encodeCursor(config.CURSOR_SECRET, fingerprint, [page.next]);
      const { cursor: _c, ...rest } = req.query;
      const next = next_cursor ? linkTo(base, '/v1/cost-comparison', { ...rest, cursor: next_cursor }) : null;
      if (next) reply.header('link', `<${next}>; rel="next"`);
      return {
        data,
        claims: claims.map((c) => ({ ...c, unfiltered: general(c) })),
        meta: { limit, next_cursor },
        links: { self: linkTo(base, '/v1/cost-comparison', req.query), next },
        disclaimer: DISCLAIMER,
      };
    },
  );
}
