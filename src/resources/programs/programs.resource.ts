import { and, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ARTICLE_NAMES } from '../../../seed/articles.js';
import { HttpProblem } from '../../http/errors.js';
import { ownedBy, programDoc } from '../../jsonld/jsonld.js';
import { Country, Format, Id, type Scope, ShortText } from '../common.schema.js';
import { IncludedCondition } from '../conditions/conditions.schema.js';
import { conditionsUnderPrograms } from '../conditions/included.js';
import { custom, defineResource, facetable, readTogether, sortable } from '../define.js';
import { IncludedDosingRoute } from '../dosing-routes/dosing-routes.schema.js';
import { citedSources, hasMany, referenced } from '../includes.js';
import { Organization } from '../organizations/organizations.schema.js';
import { Currency, Price, PriceFields, PriceUnit, prices } from '../prices/prices.schema.js';
import { atLeast, listedAsInferred, needs, within } from '../rules.js';
import { Source } from '../sources/sources.schema.js';
import { addressCited, CITED_UNITS, citedFigures } from '../written-figures.js';
import { Program, ProgramFields, programs, Setting } from './programs.schema.js';
import { groupUseEvidence } from './route-evidence.js';

const Money = z.coerce.number().min(0).max(1e9);

const PRICE_PARAMS = ['price_currency', 'price_lte', 'price_gte', 'price_unit'] as const;

/**
 * Programs with one live price matching every price_* parameter together (amounts in minor units). The rule
 * (audit 7 L6): a currency matches only where the source writes it (a `currency_implied` price, "$740/additional"
 * or "Varies by clinic", or one whose currency is otherwise in `inferred_fields`, is Katalog's reading and never
 * matches `price_currency`, audit 9 M7), and amounts are compared within
 * one currency and one unit: `price_unit` (exactly one with an amount), by default `per_program`, the price of the
 * whole program, so a "per additional session" add-on never makes a program "under" an amount.
 * Emitted once, by the first price parameter present.
 */
function priceFilter(params: Record<string, unknown>, self: (typeof PRICE_PARAMS)[number]): SQL | undefined {
  if (PRICE_PARAMS.find((p) => params[p] !== undefined) !== self) return undefined;
  const currency = params.price_currency as string[] | undefined;
  const lte_ = params.price_lte as number | undefined;
  const gte_ = params.price_gte as number | undefined;
  const amounts = lte_ !== undefined || gte_ !== undefined;
  if (amounts && currency?.length !== 1) {
    throw new HttpProblem(
      400,
      'price_lte and price_gte compare amounts within one currency: give exactly one price_currency.',
      [{ name: 'price_currency', in: 'query', detail: 'exactly one currency is required with price_lte or price_gte' }],
    );
  }
  const given = params.price_unit as string[] | undefined;
  if (amounts && given && given.length !== 1) {
    throw new HttpProblem(400, 'price_lte and price_gte compare amounts of one unit: give at most one price_unit.', [
      { name: 'price_unit', in: 'query', detail: 'at most one unit with price_lte or price_gte (default per_program)' },
    ]);
  }
  const units = given ?? (amounts ? ['per_program'] : undefined);
  const cond = and(
    eq(prices.program_id, programs.id),
    isNull(prices.deleted_at),
    // A currency the source writes: not implied from a bare "$", nor otherwise Katalog's reading (in inferred_fields).
    currency
      ? and(
          inArray(prices.currency, currency),
          eq(prices.currency_implied, false),
          sql`instr(${prices.inferred_fields}, '"currency"') = 0`,
        )
      : undefined,
    units ? inArray(prices.unit, units) : undefined,
    lte_ === undefined ? undefined : lte(prices.amount_min_minor, Math.round(lte_ * 100)),
    gte_ === undefined ? undefined : gte(prices.amount_upper_minor, Math.round(gte_ * 100)),
  );
  return sql`exists (select 1 from ${prices} where ${cond})`;
}

export const programsResource = defineResource({
  path: 'programs',
  tableName: 'programs',
  // "Roots to Thrive Group (12-week cohort)": its bracket describes the program; a price's label names it without.
  names: { columns: ['name'], bracketsDescribe: true },
  singular: 'Program',
  plural: 'Programs',
  description:
    'Group and individual ketamine-assisted therapy programs, tracks and pathways, and the generic models the sources describe.',
  table: programs,
  entity: Program,
  writable: ProgramFields,
  rules: [
    addressCited(['access', 'website']),
    citedFigures({
      duration_weeks: CITED_UNITS.weeks,
      medicine_sessions: CITED_UNITS.sessions,
      medicine_sessions_max: CITED_UNITS.sessions,
      group_size_min: CITED_UNITS.count,
      group_size_max: CITED_UNITS.count,
    }),
    atLeast('medicine_sessions_max', 'medicine_sessions'),
    needs('medicine_sessions_max', 'medicine_sessions'),
    atLeast('group_size_max', 'group_size_min'),
    needs('group_size_min', 'group_size_basis'),
    needs('group_size_max', 'group_size_basis'),
    needs('group_size_basis', 'group_size_min'),
    listedAsInferred('dosing_setting_inferred', ['dosing_setting']),
    listedAsInferred('place_inferred', ['city', 'region', 'country']),
    listedAsInferred('inferred_place_parts', ['city', 'region', 'country']),
    // Whose site the address is, exactly when there is one (hostile 16 H16-11).
    within('access', needs('website_organization_id', 'website'), needs('website', 'website_organization_id')),
  ],
  search: {
    title: 'name',
    body: ['description', 'structure', 'city', 'region', 'conditions', 'routes', 'financial_assistance'],
  },
  // Group sizes with their basis (a cohort, not a group), session counts with their upper bound.
  readWith: {
    ...readTogether(['group_size_min', 'group_size_max'], ['group_size_basis']),
    ...readTogether(['medicine_sessions', 'medicine_sessions_max']),
  },
  jsonLd: {
    types: ['MedicalTherapy', 'Service'],
    describe:
      'MedicalTherapy and Service (a generic model: MedicalTherapy), its prices as Offer with UnitPriceSpecification, MedicalContraindication, DoseSchedule',
    build: (repo, item, base) => programDoc(repo, item, base),
  },
  query: {
    filters: {
      format: {
        kind: 'in',
        column: programs.format,
        values: Format,
        description: 'Treatment format.',
        example: 'group',
      },
      dosing_setting: {
        kind: 'in',
        column: programs.dosing_setting,
        values: Setting,
        description: 'Where dosing happens.',
      },
      integration_setting: {
        kind: 'in',
        column: programs.integration_setting,
        values: Setting,
        description: 'Where integration happens.',
      },
      organization_id: {
        kind: 'in',
        column: programs.organization_id,
        values: Id,
        description: 'Organization that runs it.',
      },
      generic: {
        kind: 'bool',
        column: programs.generic,
        description: 'Generic models described by the sources (true) or named programs (false).',
      },
      country: {
        kind: 'in',
        column: programs.country,
        values: Country,
        description: 'ISO 3166-1 alpha-2 country.',
        example: 'CA',
      },
      region: {
        kind: 'in',
        column: programs.region,
        values: ShortText,
        description: "Province or state code (e.g. BC); a code is one country's: CA with country=US is California.",
      },
      city: {
        kind: 'in',
        column: programs.city,
        values: ShortText,
        description: 'City, exactly as stored (e.g. Nanaimo).',
      },
      route: {
        kind: 'contains',
        column: programs.routes,
        values: Id,
        description: 'Offers one of these dosing routes (ids from /v1/dosing-routes).',
        example: 'sublingual',
      },
      condition: {
        kind: 'contains',
        column: programs.conditions,
        values: Id,
        description: 'Addresses one of these conditions.',
      },
      duration_weeks: {
        kind: 'range',
        column: programs.duration_weeks,
        integer: true,
        description: 'Program length in weeks.',
      },
      medicine_sessions: {
        kind: 'range',
        column: programs.medicine_sessions,
        upper: programs.medicine_sessions_max,
        integer: true,
        description: 'Number of ketamine sessions; a range ("2–8") matches when it reaches the bound.',
      },
      price_currency: custom({
        list: true,
        schema: Currency,
        description:
          'Has a price in one of these currencies (ISO 4217) as its source writes it (not `currency_implied` or in `inferred_fields`); with other price_* filters, on one price.',
        reads: {
          field: 'currency',
          schema: PriceFields,
          of: "the price's",
          except: ['currency_implied', 'inferred_fields'],
        },
        where: (_: string[], params) => priceFilter(params, 'price_currency'),
      }),
      price_lte: custom({
        schema: Money,
        description:
          'Has a price whose lower amount is at most this (major units, as written: before the tax a `tax_note` names, no hedge applied), in one price_currency and one price_unit (default per_program).',
        reads: { field: 'amount_min', schema: PriceFields, of: "the price's", except: ['currency_implied'] },
        where: (_: number, params) => priceFilter(params, 'price_lte'),
      }),
      price_gte: custom({
        schema: Money,
        description:
          'Has a price whose upper (or only) amount is at least this, or a "+" price; amounts, currency and unit as price_lte.',
        reads: { field: 'amount_max', schema: PriceFields, of: "the price's", except: ['currency_implied'] },
        where: (_: number, params) => priceFilter(params, 'price_gte'),
      }),
      price_unit: custom({
        list: true,
        schema: PriceUnit,
        description: 'Has a price of these units.',
        reads: { field: 'unit', schema: PriceFields, of: "the price's" },
        where: (_: string[], params) => priceFilter(params, 'price_unit'),
      }),
    },
    sort: sortable(programs, 'name', 'format', 'duration_weeks', 'medicine_sessions', 'country', 'updated_at'),
    facets: facetable(
      programs,
      ProgramFields,
      'format',
      'dosing_setting',
      'integration_setting',
      'organization_id',
      'generic',
    ),
    defaultSort: ['name'],
    includes: {
      organization: referenced(ProgramFields, 'organization_id', Organization, 'the organization that runs it'),
      condition_records: referenced(
        ProgramFields,
        'conditions',
        IncludedCondition,
        "the conditions it names, each with only what is said of it (a generic record: also what its own sources say of its format); `link_inferred` when they are Katalog's reading",
        conditionsUnderPrograms,
      ),
      prices: hasMany('prices', 'program_id', Price, 'its prices'),
      dosing_routes: referenced(
        ProgramFields,
        'routes',
        IncludedDosingRoute,
        "its dosing routes, as its source names them; a route's dose range is shown only when the dose's scope names this program, or, for a generic record (the format as a source describes it), when it is said of that format (the KAIR article's typical ranges are general guidance, at /v1/dosing-routes/{id})",
        (route, program) => {
          const scope = route.dose_scope as Scope | null;
          // Only a dose a source says of this program in its own words (not Katalog's reading) is shown as its own,
          // by the same rule as the program's JSON-LD.
          if (ownedBy(scope, String(program.id))) return route;
          // A generic record is the format as a source describes it in general: what the source says of routes in
          // general, or of that format, is what the record describes (its dose_scope still says whose it is).
          // Only the excerpts of the sources this program cites come with the route, and the description keeps no
          // sentence naming a source the program does not cite (the Canadian article's Roots to Thrive sentence
          // under the KAIR-only generic model).
          const own = new Set(
            ((program.citations as { source_id: string }[] | undefined) ?? []).map((c) => c.source_id),
          );
          const uncited = Object.entries(ARTICLE_NAMES)
            .filter(([id]) => !own.has(id))
            .map(([, n]) => n.toLowerCase());
          if (
            program.generic === true &&
            (scope === null || (scope.level === 'format' && scope.format === program.format))
          ) {
            const citations = (route.citations as { source_id: string }[]).filter((c) => own.has(c.source_id));
            const sentences = String(route.description).split(/(?<=\.)\s+(?=[A-Z])/);
            const kept = sentences.filter((x) => !uncited.some((n) => x.toLowerCase().includes(n)));
            return { ...route, citations, description: kept.join(' ') };
          }
          // Withheld, and said so: the same id and version must not read as this program's route facts.
          const withheld: string[] = [];
          const out: Record<string, unknown> = { ...route };
          if (route.dose_min !== null || route.dose_max !== null) {
            const who =
              scope?.level === 'program' ? 'Katalog’s reading of its source' : 'general guidance of its source';
            Object.assign(out, { dose_min: null, dose_max: null, dose_unit: null, dose_scope: null });
            withheld.push('dose_min', 'dose_max', 'dose_unit', 'dose_scope');
            out.dose_withheld = `Not said of this program (the dose range is ${who}, not a statement about this program); see /v1/dosing-routes/${String(route.id)}.`;
          }
          // A form the route's own name states ("Intramuscular injection") is not a general statement: it stays.
          const forms = route.forms as string[];
          const named = forms.filter((f) => String(route.name).toLowerCase().includes(f.toLowerCase()));
          if (named.length < forms.length) {
            out.forms = named;
            withheld.push('forms');
          }
          // The description mixes what its sources say of the route in general with what they say of one program.
          out.description = null;
          withheld.push('description');
          // Group use is the program's own when its source says it doses in a group (group format, group dosing
          // setting in the source's words: Roots to Thrive's "Participants are dosed in a shared room") and names
          // this route for it (a program's routes are only those its excerpts name; seed verifier).
          const dosesInGroup =
            program.format === 'group' &&
            program.dosing_setting === 'group' &&
            program.dosing_setting_inferred !== true;
          if (!(dosesInGroup && route.used_in_group_settings === 'yes')) {
            out.used_in_group_settings = null;
            withheld.push('used_in_group_settings');
          }
          out.withheld_fields = withheld;
          // The citations of the sources this program cites (e.g. the Canadian article's "3 IM or SL ketamine
          // sessions"); the general excerpts stay on the route record. Group use kept as the program's own carries
          // the program's excerpts that support it: those naming the route and those saying how it doses ("dosed in
          // a shared room").
          type Cited = { source_id: string; excerpt: string; section: string };
          const cited = (route.citations as Cited[]).filter((c) => own.has(c.source_id));
          if (out.used_in_group_settings !== null)
            for (const c of groupUseEvidence(route, (program.citations as Cited[] | undefined) ?? []))
              if (!cited.some((x) => x.source_id === c.source_id && x.excerpt === c.excerpt)) cited.push(c);
          if (cited.length) out.citations = cited;
          return out;
        },
      ),
      sources: citedSources(Source),
    },
  },
});
