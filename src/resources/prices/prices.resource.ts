import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { offerDoc } from '../../jsonld/jsonld.js';
import { Country, Format, Id } from '../common.schema.js';
import { custom, defineResource, facetable, readTogether, sortable } from '../define.js';
import { citedSources, referenced } from '../includes.js';
import { Program, ProgramFields, programs } from '../programs/programs.schema.js';
import { atLeast, excludes, listedAsInferred, needs, required, when } from '../rules.js';
import { Source } from '../sources/sources.schema.js';
import { Currency, Price, PriceFields, PriceTreatment, PriceUnit, prices } from './prices.schema.js';

/** Money is exact: major units in the API, integer minor units (cents) in the database. */
const toMinor = (v: unknown) => (typeof v === 'number' ? Math.round(v * 100) : null);
const toMajor = (v: unknown) => (typeof v === 'number' ? v / 100 : null);

const PRICE_KEYS = Object.keys(Price.shape).filter((k) => k !== 'citations');

/** Currency signs that name one currency, beside a figure. A bare "$" names none: it is the currency that is inferred. */
const SIGNS: [RegExp, string][] = [
  [/€\s?\d/, 'EUR'],
  [/£\s?\d/, 'GBP'],
  [/\bUS\$\s?\d/, 'USD'],
  [/\bC(?:A)?\$\s?\d/, 'CAD'],
];

/** The text from `start` to `end`, widened to the whole figures at its ends ("0 CAD" of "$250 CAD" is "$250 CAD"). */
function wholeFigure(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && /[\d.,$€£]/.test(text[from - 1] as string)) from--;
  while (to < text.length && /[\d.,]/.test(text[to] as string)) to++;
  return text.slice(from, to);
}

export const pricesResource = defineResource({
  path: 'prices',
  tableName: 'prices',
  singular: 'Price',
  plural: 'Prices',
  description: 'Every price and price range the sources give; amount, unit and tax note as written.',
  table: prices,
  entity: Price,
  writable: PriceFields,
  rules: [
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
    // The typed figures are the written ones (hostile 15 H15-4: amount_min 150 beside "$100-$250" was stored, paired and
    // given as JSON-LD minPrice).
    {
      text: 'each amount is a figure amount_text writes (1,530.50); a currency code written beside a figure is the currency',
      check: (d, report) => {
        if (typeof d.amount_text !== 'string') return;
        // A figure is read only as written in one way: digits, a comma before each group of three ("1,530"), cents after
        // a point ("2.50"). "€2,5" or "$1,00" (a decimal comma), "€2.500" (a thousands point), "$.50", "1 530" or "$1k"
        // is no figure this check can read, never 25, 100, 2.5, 50, 530 or 1 (hostile 17 H17-1, review 27 R27-3).
        const text = d.amount_text;
        // Groups set apart by any space, an apostrophe or an underscore ("1 530", "1'530", "1 530.50"), and digits of
        // another script ("١٥٣٠", full-width "１５３０") are not read either (hostile 17b H17b-1, H17b-5).
        const spaced = /\d{1,3}(?:[\p{Zs}'’_]\d{3})+(?:\.\d+)?(?![\d,])/gu;
        const grouped = [
          ...[...text.matchAll(spaced)].map((m) => m[0]),
          ...[...text.matchAll(/[^\P{Nd}0-9]+/gu)].map((m) => m[0]),
        ];
        const written = [...text.replace(spaced, ' ').matchAll(/[\d.,]*\d(?:[\d.,]*\d)?[kKmM]?/g)].map((m) => m[0]);
        const readable = (w: string) => /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/.test(w);
        const unread = [...new Set([...written.filter((w) => !readable(w)), ...grouped])];
        if (unread.length)
          report(
            ['amount_text'],
            `writes ${unread.map((w) => `"${w}"`).join(', ')}, not a figure as amounts are read: digits, a comma before each group of three (1,530), cents after a point (2.50)`,
          );
        const figures = written.filter(readable).map((w) => Number(w.replaceAll(',', '')));
        for (const f of ['amount_min', 'amount_max', 'open_ended_from']) {
          const v = d[f];
          if (typeof v === 'number' && !figures.includes(v))
            report([f], `must be a figure amount_text writes (${figures.join(', ') || 'it writes none'})`);
        }
        // A code beside a figure ("CAD $1,530", "$1,530 CAD"), never another word of the text: not "ALL" of "ALL IN
        // $1,530" (review C15-11), nor of "$100-$250 ALL IN" (a capitalised phrase after the figure: hostile 17b H17b-6).
        const codes = new Set<string>(Currency.options);
        // A sign that names one currency ("€1,530", "US$1,530", "C$1,530") names it too (hostile 17b H17b-2).
        const signs = SIGNS.flatMap(([sign, code]) => {
          const m = sign.exec(text);
          return m ? [[code, `"${m[0]}"`] as const] : [];
        });
        const namings = [
          ...[...text.matchAll(/\b([A-Z]{3})\s?[$€£]?\s?\d|\d\s?([A-Z]{3})\b(?!\s*[A-Z]{2,}\b)/g)].map(
            (m) => [(m[1] ?? m[2]) as string, `"${wholeFigure(text, m.index, m.index + m[0].length)}"`] as const,
          ),
          ...signs,
        ].filter(([c]) => codes.has(c));
        const named = [...new Set(namings.map(([c]) => c))];
        if (named.length > 1)
          report(['amount_text'], `writes several currencies (${named.join(', ')}): one price has one`);
        else if (named.length === 1 && d.currency !== named[0])
          report(
            ['currency'],
            `must be ${named[0]}, the currency amount_text writes (${namings.find(([c]) => c === named[0])?.[1]})`,
          );
        if (named.length === 1 && d.currency_implied === true)
          report(['currency_implied'], 'must be false: amount_text writes the currency');
      },
    },
    // What the text writes, the flags say (hostile 17b H17b-3): a "+" after a figure is an open-ended price, a "~" a
    // hedge, and each hedge is words the source writes (in the amount or in an excerpt), never an editor's own.
    {
      text: 'a figure written with "+" is open_ended, "~" is a hedge, each hedge is written in amount_text or an excerpt',
      check: (d, report) => {
        const text = d.amount_text;
        if (typeof text !== 'string') return;
        // "$10,000+": a "+" right after a figure, not "$1,530 + $740/additional" (a second price beside it).
        const plus = /\d\+(?!\s*[$€£]?\s*\d)/.test(text);
        if (typeof d.open_ended === 'boolean' && d.open_ended !== plus)
          report(
            ['open_ended'],
            plus ? 'must be true: amount_text writes a "+"' : 'must be false: amount_text writes no "+"',
          );
        const hedges = Array.isArray(d.hedges) ? (d.hedges as unknown[]) : [];
        if (text.includes('~') && !hedges.includes('~')) report(['hedges'], 'must give "~": amount_text writes it');
        const excerpts = (Array.isArray(d.citations) ? (d.citations as { excerpt?: unknown }[]) : []).map((c) =>
          String(c?.excerpt ?? ''),
        );
        hedges.forEach((h, i) => {
          if (typeof h === 'string' && !text.includes(h) && !excerpts.some((e) => e.includes(h)))
            report(['hedges', i], 'must be words amount_text or a cited excerpt writes');
        });
      },
    },
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
      ['open_ended', 'approximate', 'hedges', 'note', 'currency', 'unit', 'tax_note'],
    ),
    hedges: ['note'],
    // `approximate` can be that reading too (review 26 R26-5: the $3,500-$10,000+ figure's "approximately").
    approximate: ['hedges', 'note'],
    ...readTogether(['sessions_included', 'sessions_included_max']),
  },
  jsonLd: {
    types: ['Offer'],
    describe: 'Offer with UnitPriceSpecification',
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
