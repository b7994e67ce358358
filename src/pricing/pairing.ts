import { z } from 'zod';
import { headingColumns, speakers } from '../../seed/articles.js';
import { Citation, Id } from '../resources/common.schema.js';
import { Currency, type Price, PriceTreatment, PriceUnit } from '../resources/prices/prices.schema.js';

/**
 * Like-with-like cost comparison: which group figure may be set against which individual figure.
 *
 * Two prices are paired only when they are in the same currency, have the same unit and the same basis:
 * - program prices from the same organization; a whole-program price only against one covering the
 *   same fixed number of medicine sessions (a one-session bundle is never set against a 12-week cohort);
 * - market-wide figures (no program) given by the same source on the same basis (per session, per year).
 * An infusion is never set against a therapy session, and no amount is ever divided into per-session
 * figures the source does not give. Everything not paired is listed with the reason.
 */

export interface ProgramFacts {
  organization_id: string | null;
  duration_weeks: number | null;
  /** The owner's name as stored (its organization's, or the program's without one): the texts name it so (audit 9 L4, 14 A14-3). */
  owner_name?: string | null;
}

/** One price as the comparison uses it: the figure exactly as the source gives it, with what it is for. */
export const Figure = z
  .object({
    price_id: Id,
    program_id: Id.nullable().meta({ description: 'Null for a market-wide figure.' }),
    label: z.string(),
    amount_min: z.number(),
    amount_max: z.number().nullable().meta({ description: 'Null for a single figure or an open-ended one.' }),
    open_ended: z.boolean(),
    open_ended_from: z.number().nullable().meta({ description: 'The figure written before "+" ("$10,000+").' }),
    amount_text: z.string().meta({ description: 'As written in the source.' }),
    approximate: z.boolean(),
    hedges: z.array(z.string()).meta({
      description:
        "The qualifiers, verbatim: the source's own, or words of another figure or passage Katalog reads onto this amount, as the caveats say.",
    }),
    currency_implied: z
      .boolean()
      .meta({ description: 'True only when the source wrote this amount without a currency code.' }),
    tax_note: z.string().nullable().meta({ description: 'As written ("+ GST", "+ tax"); null when none is stated.' }),
    treatment: PriceTreatment,
    sessions_included: z.number().int().nullable(),
    duration_weeks: z.number().int().nullable().meta({ description: 'Length of the program the price is for.' }),
    includes: z.array(z.string()),
    inferred_fields: z.array(z.string()).meta({
      description:
        "The price's fields that are Katalog's reading, not the source's words for this figure (e.g. its treatment or its medicine sessions); the caveats of a pair say so.",
    }),
    citations: z.array(Citation),
  })
  .meta({ id: 'CostFigure' });

export const Pair = z
  .object({
    unit: PriceUnit,
    basis: z.string().meta({ description: 'Why these two figures are comparable (same unit and basis).' }),
    group: Figure,
    individual: Figure,
    difference: z
      .object({
        min: z.number().nullable().meta({ description: 'Lowest individual minus highest group amount.' }),
        max: z
          .number()
          .nullable()
          .meta({ description: 'Highest individual minus lowest group amount; null when open-ended.' }),
        approximate: z.boolean(),
      })
      .meta({ description: 'Individual minus group, in the same currency and unit: indicative, never converted.' }),
    caveats: z
      .array(z.string())
      .meta({ description: 'What differs between the two figures (tax basis, length, what is included).' }),
  })
  .meta({ id: 'CostPair', description: 'A group figure and an individual figure with the same unit and basis.' });

export const CurrencyComparison = z.object({
  currency: Currency,
  pairs: z.array(Pair),
  not_comparable: z
    .array(z.object({ price_id: Id, reason: z.string() }))
    .meta({ description: 'Prices not paired with any other, and why.' }),
});

export type Figure = z.infer<typeof Figure>;
export type Pair = z.infer<typeof Pair>;
export type CurrencyComparison = z.infer<typeof CurrencyComparison>;

const UNIT_TEXT: Record<Price['unit'], string> = {
  per_session: 'per-session',
  per_program: 'whole-program',
  per_additional_session: 'per-additional-session',
  per_year: 'yearly',
  first_year: 'first-year',
  per_retreat: 'per-retreat',
};

const round2 = (n: number) => Math.round(n * 100) / 100;
/**
 * The session count as the sources write it ("3 sessions", "2–8 sessions"): whether a count is of medicine
 * (ketamine) sessions is Katalog's reading where a price lists sessions_included in its inferred_fields.
 */
const sessionsText = (n: number) => `${n} session${n === 1 ? '' : 's'}`;
/** Katalog reads this price's sessions as medicine sessions; the source does not call them that. */
const sessionsRead = (p: Price) =>
  p.inferred_fields.includes('sessions_included') || p.inferred_fields.includes('sessions_included_max');

/** The sources a price is cited from (market-wide figures are paired only within one source). */
const sourceOf = (p: Price) => [...new Set(p.citations.map((c) => c.source_id))].sort();

/**
 * Infusions and integration-only sessions (no dosing) form their own classes; a therapy session and an
 * unspecified "session" may be compared.
 */
const treatmentClass = (p: Price) =>
  p.treatment === 'ketamine_infusion' ? 'infusion' : p.treatment === 'integration_only' ? 'integration' : 'therapy';

interface Basis {
  key: string;
  /**
   * Why the two figures are comparable; `stated` is false when a side's treatment is not stated, `read` names the
   * sides whose sessions Katalog reads as medicine sessions.
   */
  describe: (stated: boolean, read: string[]) => string;
  /** Why a price with this basis has no counterpart. */
  alone: (p: Price) => string;
}

function basisOf(p: Price, program: ProgramFacts | undefined): Basis | string {
  const unit = UNIT_TEXT[p.unit];
  const treatment = treatmentClass(p);
  const other = p.format === 'group' ? 'individual' : 'group';
  // A whole-program price compares only with one covering the same fixed number of medicine sessions.
  let sessions = '';
  if (p.unit === 'per_program') {
    if (p.sessions_included === null)
      return 'A whole-program price without a number of medicine sessions: no like-for-like counterpart.';
    if (p.sessions_included_max !== null)
      return `The source gives a range of ${p.sessions_included}–${p.sessions_included_max} sessions${sessionsRead(p) ? " (Katalog's reading: medicine sessions)" : ''} and a range of amounts without pairing them: no like-for-like counterpart.`;
    sessions = sessionsText(p.sessions_included);
  }
  // A first-year figure is a total, not a price per something (review 25 R25-15).
  const what = sessions
    ? `whole-program price covering ${sessions}`
    : p.unit === 'first_year'
      ? 'first-year total'
      : `${unit} price`;
  if (p.program_id === null) {
    const from = sourceOf(p);
    const who = speakers(from);
    return {
      key: `market|${p.unit}|${sessions}|${from.join('+')}|${treatment}`,
      // "For the same treatment" only when the source says which treatment each figure pays for; otherwise
      // the pairing is the source's own comparison, not a fact about the treatments.
      describe: (stated) =>
        stated
          ? `Market-wide ${what}s that ${who} gives, for treatments that Katalog classes as the same.`
          : `Market-wide ${what}s as ${who} compares them (it does not say which treatment every figure pays for).`,
      alone: () =>
        treatment === 'infusion'
          ? `No group figure for an infusion: ${who} gives this beside therapy sessions, and Katalog classes an infusion as a different treatment.`
          : `${who.charAt(0).toUpperCase()}${who.slice(1)} gives no ${other} market-wide ${what} on the same basis.`,
    };
  }
  const org = program?.organization_id ?? null;
  // The pairing's key only: a sentence is for people, and the ids are in the figures' own fields (audit 14 A14-3).
  const ownerId = org ? `organization ${org}` : `program ${p.program_id}`;
  // Named as the sources name it, in words only ("Roots to Thrive"); one never stored is named by what it is.
  const owner = program?.owner_name ?? (org ? 'one organization' : 'one program');
  return {
    key: `program|${p.unit}|${sessions}|${ownerId}|${treatment}`,
    describe: (stated, read) =>
      (sessions
        ? `Price of a whole program with ${sessions}, as the source writes both, both from ${owner}${read.length ? ` (that the ${read.join(' and ')} figure's sessions are medicine sessions is Katalog's reading)` : ''}`
        : `${unit.charAt(0).toUpperCase()}${unit.slice(1)} prices, both from ${owner}`) +
      (stated
        ? '.'
        : `, as ${speakers(sourceOf(p))} compares them (it does not say which treatment every figure pays for).`),
    alone: () =>
      sessions
        ? `No ${other} whole-program price from ${owner} covers ${sessions}; programs with other session counts or lengths are not set against it.`
        : `No ${other} ${unit} price from ${owner}.`,
  };
}

function figure(p: Price, program: ProgramFacts | undefined): Figure {
  return {
    price_id: p.id,
    program_id: p.program_id,
    label: p.label,
    amount_min: p.amount_min as number,
    amount_max: p.amount_max,
    open_ended: p.open_ended,
    open_ended_from: p.open_ended_from,
    amount_text: p.amount_text,
    approximate: p.approximate,
    hedges: p.hedges,
    currency_implied: p.currency_implied,
    tax_note: p.tax_note,
    treatment: p.treatment,
    sessions_included: p.sessions_included,
    duration_weeks: program?.duration_weeks ?? null,
    includes: p.includes,
    inferred_fields: p.inferred_fields,
    citations: p.citations,
  };
}

/** The source says which treatment the figure pays for: not "not stated", and not Katalog's reading of it. */
const treatmentStated = (p: Price) => p.treatment !== 'not_stated' && !p.inferred_fields.includes('treatment');

/** Individual minus group, as a range: never a single "saving" made from two different ranges' ends. */
function difference(g: Figure, i: Figure) {
  const gMax = g.open_ended ? null : (g.amount_max ?? g.amount_min);
  const iMax = i.open_ended ? null : (i.amount_max ?? i.amount_min);
  return {
    min: gMax === null ? null : round2(i.amount_min - gMax),
    max: iMax === null ? null : round2(iMax - g.amount_min),
    approximate: g.approximate || i.approximate,
  };
}

/**
 * Whose a hedge of a price is, from its excerpts: `own` when the source writes it in the amount, or beside the amount in
 * a passage that gives it (before or after it, no other figure between); `other_figure` when every passage that gives
 * the amount writes it only beside another figure ("approximately $1,000-$3,000 for group format, compared to
 * $3,500-$10,000+"); `other_passage` when no passage that gives the amount has it, nor a heading over it (the sentence
 * before, "most initial protocols involve…"; audit 21 A21-1; a table's header, "Approximate cost", is `own`); `none` when no cited passage
 * writes it at all (a hedge an editor gave). All but `own` are Katalog's reading, said so wherever a hedge is worded
 * (the cost comparison's caveats, JSON-LD).
 */
export type HedgeOrigin = 'own' | 'other_figure' | 'other_passage' | 'none';
const FIGURE = /\$\s?\d/;
export function hedgeOrigin(f: Pick<Figure, 'amount_text' | 'citations'>, hedge: string): HedgeOrigin {
  if (f.amount_text.includes(hedge)) return 'own';
  if (!f.citations.some((c) => c.excerpt.includes(hedge))) return 'none';
  // The amount as written without a leading "~" (one cell writes "~CAD $7,500 + tax", another "CAD $7,500 + tax").
  const text = f.amount_text.replace(/^~\s*/, '');
  const withBoth = f.citations.filter((c) => c.excerpt.includes(hedge) && c.excerpt.includes(text));
  if (!withBoth.length) return headsIt(f.citations, hedge, text) ? 'own' : 'other_passage';
  const beside = (excerpt: string) => {
    const at = excerpt.indexOf(text);
    // The occurrences nearest before and after the amount (review 27 R27-10: a word after it can qualify the next figure).
    const before = excerpt.lastIndexOf(hedge, at);
    if (before >= 0 && !FIGURE.test(excerpt.slice(before + hedge.length, at))) return true;
    // After it, a word that leads into the next figure ("…, compared to approximately $900") is that figure's.
    const after = excerpt.indexOf(hedge, at + text.length);
    return (
      after >= 0 &&
      !FIGURE.test(excerpt.slice(at + text.length, after)) &&
      !/^\s*(?:[A-Z]{3}\s?)?[$€£]?\s?\d/.test(excerpt.slice(after + hedge.length))
    );
  };
  return withBoth.some((c) => beside(c.excerpt)) ? 'own' : 'other_figure';
}

/**
 * Whether `hedge` is a column of a heading over the amount: a table's header row ("PathwayApproximate costNotes") in
 * the section of a passage that gives the amount. The column an amount sits in is the source's own qualifier of it
 * (review 28 R28-1); any other passage, with figures or without (review 28b R28b-2), is not a heading.
 */
function headsIt(
  citations: readonly { source_id: string; excerpt: string; section?: string | null }[],
  hedge: string,
  text: string,
) {
  const sections = new Set(citations.filter((c) => c.excerpt.includes(text)).map((c) => c.section));
  return citations.some((c) => headingColumns(c).includes(hedge) && sections.has(c.section));
}

/** A price's hedges by origin, and the sentences that word those Katalog reads onto the amount (caveats, JSON-LD). */
export function hedgesByOrigin(f: Pick<Figure, 'amount_text' | 'citations'>, hedges: readonly string[]) {
  const by: Record<HedgeOrigin, string[]> = { own: [], other_figure: [], other_passage: [], none: [] };
  for (const h of hedges) by[hedgeOrigin(f, h)].push(h);
  return { own: by.own, otherFigure: by.other_figure, otherPassage: by.other_passage, none: by.none };
}

/** Words quoted as a list: "a", "b". */
export const quotedWords = (hs: readonly string[]) => hs.map((h) => `"${h}"`).join(', ');

/** What a field of a price that is Katalog's reading says, in words (a sentence names no field). */
const READING: Partial<Record<Price['inferred_fields'][number], string>> = {
  currency: 'its currency',
  treatment: 'which treatment it pays for',
  sessions_included: 'that its sessions are medicine sessions',
  sessions_included_max: 'that its sessions are medicine sessions',
  program_id: 'which program it is given with',
};
function readings(fields: readonly string[]): string {
  const said = READING as Record<string, string | undefined>;
  const words = [...new Set(fields.map((f) => said[f] ?? `its ${f.replaceAll('_', ' ')}`))];
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
}

function caveats(g: Figure, i: Figure, currency: string): string[] {
  const out: string[] = [];
  const tax = (f: Figure) => (f.tax_note === null ? 'none stated' : `"${f.tax_note}"`);
  if (g.tax_note !== i.tax_note)
    out.push(
      `Tax bases differ (group: ${tax(g)}; individual: ${tax(i)}): the difference compares amounts before different taxes.`,
    );
  if (g.duration_weeks !== null && i.duration_weeks !== null && g.duration_weeks !== i.duration_weeks)
    out.push(
      `Lengths differ: the group program runs ${g.duration_weeks} weeks, the individual one ${i.duration_weeks} weeks.`,
    );
  const inc = (f: Figure) => (f.includes.length ? f.includes.join(', ') : 'nothing stated');
  if (g.includes.join('|') !== i.includes.join('|'))
    out.push(`What the prices include differs (group: ${inc(g)}; individual: ${inc(i)}).`);
  for (const [side, f] of [
    ['group', g],
    ['individual', i],
  ] as const) {
    if (f.currency_implied)
      out.push(
        `The source writes the ${side} amount ("${f.amount_text}") without a currency code; ${currency} is inferred.`,
      );
    // A figure is named by its amount as the source writes it: a quotation is the source's words, and the label is
    // Katalog's (audit 14 A14-4).
    if (f.treatment === 'not_stated')
      out.push(`The source does not say which treatment the ${side} figure ("${f.amount_text}") pays for.`);
    // The currency is said once, by the caveat above, when the flag marks it (audit 21 A21-8).
    const read = f.currency_implied ? f.inferred_fields.filter((x) => x !== 'currency') : f.inferred_fields;
    if (read.length)
      out.push(
        `Katalog's reading, not the source's words, for the ${side} figure ("${f.amount_text}"): ${readings(read)}.`,
      );
    if (f.open_ended)
      out.push(
        `The ${side} figure is open-ended ("${f.amount_text}"): it has no maximum, so neither has the difference.`,
      );
  }
  // The source's own qualifiers, in its words ("typically", "can run", "~"), never folded into one.
  for (const [side, f] of [
    ['group', g],
    ['individual', i],
  ] as const) {
    if (f.hedges.length) {
      const { own, otherFigure, otherPassage, none } = hedgesByOrigin(f, f.hedges);
      if (own.length) out.push(`The source qualifies the ${side} amount: ${quotedWords(own)}.`);
      if (otherFigure.length)
        out.push(
          `The source writes ${quotedWords(otherFigure)} before another figure of the sentence that gives the ${side} amount; Katalog reads it as qualifying the ${side} amount too.`,
        );
      if (otherPassage.length)
        out.push(
          `The source writes ${quotedWords(otherPassage)} in another passage than the ${side} amount; Katalog reads it as qualifying the ${side} amount.`,
        );
      if (none.length)
        out.push(`Katalog qualifies the ${side} amount: ${quotedWords(none)}; no cited passage writes it.`);
    } else if (f.approximate) out.push(`The source gives the ${side} amount as approximate.`);
  }
  return out;
}

export function comparePrices(
  prices: readonly Price[],
  programOf: (id: string) => ProgramFacts | undefined,
): CurrencyComparison[] {
  const currencies = [...new Set(prices.map((p) => p.currency))].sort() as Price['currency'][];
  return currencies.map((currency) => {
    const notComparable: { price_id: string; reason: string }[] = [];
    const byBasis = new Map<string, { basis: Basis; group: Price[]; individual: Price[] }>();
    for (const p of prices) {
      if (p.currency !== currency) continue;
      if (p.amount_min === null) {
        notComparable.push({ price_id: p.id, reason: `The source gives no amount ("${p.amount_text}").` });
        continue;
      }
      const program = p.program_id === null ? undefined : programOf(p.program_id);
      const basis = basisOf(p, program);
      if (typeof basis === 'string') {
        notComparable.push({ price_id: p.id, reason: basis });
        continue;
      }
      const slot = byBasis.get(basis.key) ?? { basis, group: [], individual: [] };
      slot[p.format].push(p);
      byBasis.set(basis.key, slot);
    }
    const pairs: Pair[] = [];
    for (const { basis, group, individual } of byBasis.values()) {
      if (!group.length || !individual.length) {
        for (const p of [...group, ...individual]) notComparable.push({ price_id: p.id, reason: basis.alone(p) });
        continue;
      }
      for (const gp of group) {
        for (const ip of individual) {
          const g = figure(gp, gp.program_id ? programOf(gp.program_id) : undefined);
          const i = figure(ip, ip.program_id ? programOf(ip.program_id) : undefined);
          pairs.push({
            unit: gp.unit,
            basis: basis.describe(treatmentStated(gp) && treatmentStated(ip), [
              ...(sessionsRead(gp) ? ['group'] : []),
              ...(sessionsRead(ip) ? ['individual'] : []),
            ]),
            group: g,
            individual: i,
            difference: difference(g, i),
            caveats: caveats(g, i, currency),
          });
        }
      }
    }
    const unitOrder = (u: Price['unit']) => PriceUnit.options.indexOf(u);
    pairs.sort(
      (a, b) =>
        unitOrder(a.unit) - unitOrder(b.unit) ||
        a.group.price_id.localeCompare(b.group.price_id) ||
        a.individual.price_id.localeCompare(b.individual.price_id),
    );
    notComparable.sort((a, b) => a.price_id.localeCompare(b.price_id));
    return { currency, pairs, not_comparable: notComparable };
  });
}
