import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { offerDoc } from '../../jsonld/jsonld.js';
import { Country, Format, Id } from '../common.schema.js';
import { custom, defineResource, facetable, readTogether, sortable } from '../define.js';
import { citedSources, referenced } from '../includes.js';
import { Program, ProgramFields, programs } from '../programs/programs.schema.js';
import { atLeast, excludes, listedAsInferred, needs, type Rule, required, when } from '../rules.js';
import { Source } from '../sources/sources.schema.js';
import { CITED_UNITS, citedFigures, excerptsOf } from '../written-figures.js';
import { amountTextRules } from './amount-text.js';
import { Currency, Price, PriceFields, PriceTreatment, PriceUnit, prices } from './prices.schema.js';

/** Money is exact: major units in the API, integer minor units (cents) in the database. */
const toMinor = (v: unknown) => (typeof v === 'number' ? Math.round(v * 100) : null);
const toMajor = (v: unknown) => (typeof v === 'number' ? v / 100 : null);

const PRICE_KEYS = Object.keys(Price.shape).filter((k) => k !== 'citations');

/** The words that say a unit, read in the amount as written and the excerpts (`per_session` and `per_program` are any). */
const UNIT_SAID: Record<string, RegExp> = {
  per_additional_session: /\badditional\b/i,
  per_retreat: /\bretreats?\b/i,
  first_year: /\bfirst[- ]year\b/i,
  per_year: /\b(?:per|a|each|every) year\b|\byearly\b|\bannual/i,
};

/**
 * A price's unit is one its texts say (hostile 21 H21-5: "+ $740/additional" was taken as `per_program`, and the cost
 * comparison then called it a whole-program price); an amount written "/additional" is a price of an additional
 * session.
 */
const unitSaid: Rule = {
  text: 'unit as its texts say it ("/additional": per_additional_session or per_session; retreat, first year, a year)',
  check: (d, report) => {
    const unit = d.unit;
    const written = typeof d.amount_text === 'string' ? d.amount_text : '';
    const texts = [written, ...excerptsOf(d)];
    if (typeof unit !== 'string') return;
    // The amount written as a price of an additional session ("+ $740/additional", "$250 each additional session") is
    // no price of a program, a year or a retreat.
    const amount = d.amount_min;
    const each =
      typeof amount === 'number' &&
      new RegExp(
        `\\$\\s?(?:${amount.toLocaleString('en-US')}|${amount})(?![\\d,])(?:\\.\\d+)?\\s*(?:/\\s*|per\\s+|each\\s+)additional\\b`,
        'i',
      ).test(written);
    if (each && unit !== 'per_session' && unit !== 'per_additional_session')
      report(['unit'], `must be per_additional_session (or per_session): the amount is written "${written}"`);
    else if (unit === 'per_additional_session' && !UNIT_SAID.per_additional_session?.test(written))
      report(['unit'], `must be said by amount_text: "${written}" writes no "additional"`);
    else if (
      unit !== 'per_additional_session' &&
      UNIT_SAID[unit] &&
      !texts.some((x) => (UNIT_SAID[unit] as RegExp).test(x))
    )
      report(
        ['unit'],
        `must be said by amount_text or an excerpt: none writes "${unit.replace(/^per_/, '').replace('_', '-')}"`,
      );
  },
};

export const pricesResource = defineResource({
  path: 'prices',
  tableName: 'prices',
  singular: 'Price',
  plural: 'Prices',
  description:
    'Every price and price range the sources give; amount and tax note as written, unit too unless in inferred_fields.',
  table: prices,
  entity: Price,
  writable: PriceFields,
  rules: [
    citedFigures({ sessions_included: CITED_UNITS.sessions, sessions_included_max: CITED_UNITS.sessions }),
    unitSaid,
    atLeast('amount_max', 'amount_min'),
    needs('amount_max', 'amount_min'),
    // One marker for an inferred currency: the flag and inferred_fields agree (third reader LOW 1).
    listedAsInferred('currency_implied', ['currency']),
    excludes('open_ended', 'amount_max', 'an open-ended price such as "$10,000+" has no upper amount'),
    when('open_ended', true, required('amount_min')),
    {
      text: 'open_ended_from is given only when open_ended is true',
      check: (d, report) => {
        if (d.open_ended !== true && d.open_ended_from !== null && d.open_ended_from !== undefined)
          report(['open_ended_from'], 'must be null unless open_ended is true (it is the figure written before a "+")');
      },
    },
    {
      text: 'approximate is true exactly when hedges is not empty (the flag and the source’s qualifiers agree)',
      check: (d, report) => {
        if (!Array.isArray(d.hedges) || typeof d.approximate !== 'boolean') return;
        if (d.approximate !== d.hedges.length > 0)
          report(
            ['approximate'],
            d.approximate
              ? 'must be false when hedges is empty (give the source’s qualifier in hedges)'
              : 'must be true when hedges gives the source’s qualifiers',
          );
      },
    },
    // The typed figures, the currency, the flags, the hedges and the tax note are what amount_text writes (amount-text.ts).
    ...amountTextRules(),
    atLeast('open_ended_from', 'amount_min'),
    atLeast('sessions_included_max', 'sessions_included'),
    needs('sessions_included_max', 'sessions_included'),
  ],
  toRow: (p) => {
    const { amount_min, amount_max, open_ended_from, citations: _, ...rest } = p;
    return {
      ...rest,
      amount_min_minor: toMinor(amount_min),
      amount_max_minor: toMinor(amount_max),
      open_ended_from_minor: toMinor(open_ended_from),
    };
  },
  fromRow: (row) => {
    const item: Record<string, unknown> = {};
    for (const k of PRICE_KEYS) item[k] = row[k];
    item.amount_min = toMajor(row.amount_min_minor);
    item.amount_max = toMajor(row.amount_max_minor);
    item.open_ended_from = toMajor(row.open_ended_from_minor);
    return item;
  },
  // Not `hedges`: it also holds words Katalog reads onto this figure from another one of its sentence, which a snippet
  // would give as the source's (review 23 R23-1); the note says which are which.
  search: { title: 'label', body: ['amount_text', 'note', 'currency', 'tax_note', 'unit'] },
  // An amount is read with the other bound, the "+", the hedges and wording, its currency, unit and tax note, and the
  // note: the only thing saying which hedge Katalog reads onto this figure from another one of its sentence (audit 20
  // A20-3: "Approximately" on the $7,500 price, given alone, read as the source's own qualifier of it).
  readWith: {
    ...readTogether(
      ['amount_min', 'amount_max', 'open_ended_from', 'amount_text'],
      // …and what it is the price of: the program and the label (audit 23 A23-6: "+ $740/additional" of no program).
      ['open_ended', 'approximate', 'hedges', 'note', 'currency', 'unit', 'tax_note', 'program_id', 'label'],
    ),
    hedges: ['note'],
    // `approximate` can be that reading too (review 26 R26-5: the $3,500-$10,000+ figure's "approximately").
    approximate: ['hedges', 'note'],
    ...readTogether(['sessions_included', 'sessions_included_max']),
  },
  jsonLd: {
    types: ['Offer', 'UnitPriceSpecification'],
    describe: 'Offer with UnitPriceSpecification (market-wide: UnitPriceSpecification)',
    build: (_repo, item, base) => offerDoc(item as Price, base),
  },
  query: {
    filters: {
      program_id: { kind: 'in', column: prices.program_id, values: Id, description: 'Program the price belongs to.' },
      format: { kind: 'in', column: prices.format, values: Format, description: 'Treatment format.', example: 'group' },
      currency: {
        kind: 'in',
        column: prices.currency,
        values: Currency,
        description: 'ISO 4217 currency (never converted).',
        example: 'CAD',
      },
      unit: { kind: 'in', column: prices.unit, values: PriceUnit, description: 'What the amount pays for.' },
      country: custom({
        list: true,
        schema: Country,
        description:
          'Prices of live programs in these countries (ISO 3166-1 alpha-2); market-wide figures have no program and no country.',
        reads: { field: 'country', schema: ProgramFields, of: "the program's" },
        where: (v: string[]) =>
          sql`exists (select 1 from ${programs} where ${and(eq(programs.id, prices.program_id), isNull(programs.deleted_at), inArray(programs.country, v))})`,
      }),
      treatment: {
        kind: 'in',
        column: prices.treatment,
        values: PriceTreatment,
        description: 'The treatment the amount pays for.',
      },
      amount_min: {
        kind: 'range',
        column: prices.amount_min_minor,
        scale: 100,
        description:
          'Lower amount, in major units as written (before the tax a `tax_note` names, no hedge applied), within one `currency` and `unit` (give one of each).',
      },
      amount_max: {
        kind: 'range',
        column: prices.amount_upper_minor,
        scale: 100,
        description:
          'Upper amount, or the only figure; a "+" price is above every figure. Compared as `amount_min_gte` is.',
      },
      currency_implied: {
        kind: 'bool',
        column: prices.currency_implied,
        description: 'Whether the currency was inferred from a bare "$".',
      },
      open_ended: {
        kind: 'bool',
        column: prices.open_ended,
        description: 'Whether the range has no upper bound ("+").',
      },
    },
    sort: {
      ...sortable(prices, 'label', 'currency', 'unit', 'format', 'updated_at'),
      amount_min: prices.amount_min_minor,
      amount_max: prices.amount_upper_minor,
    },
    facets: facetable(
      prices,
      PriceFields,
      'program_id',
      'format',
      'currency',
      'unit',
      'treatment',
      'currency_implied',
      'open_ended',
    ),
    // Amounts compare within one currency and unit: so does the default order (review 27 R27-4).
    defaultSort: ['currency', 'unit', 'amount_min'],
    // Amounts are never converted: CAD 1,000 and USD 1,000 are not one threshold or one order (audit 19 A19-3); nor is a
    // fee per additional session one scale with a whole program's price or a first-year total (audit 21 A21-2).
    within: { amount_min: ['currency', 'unit'], amount_max: ['currency', 'unit'] },
    includes: {
      program: referenced(PriceFields, 'program_id', Program, 'the program it belongs to'),
      sources: citedSources(Source),
    },
  },
});
