import { readAmount } from '../prices/amount-text.js';
import { ISO_4217 } from '../prices/currencies.js';
import type { Rule } from '../rules.js';
import { figuresAt } from '../written-figures.js';

/**
 * A guide item's unit is read where its text writes it (hostile 21 H21-13, review 39c R39c-4): right after the item's
 * figure and in the unit's order ("40-60% less than individual", "$400-$600 per session", "6–9-person process groups"),
 * so that "percent less than group" is no reading of "group … costs 40-60% less than individual", nor "facilitators per
 * participant" of "3 to 4 participants per facilitator". What a "per" or "between" counts may be written before the
 * figure instead, as the noun the figure is of: "small groups of 4-8 participants" (per group), "group ketamine retreats
 * cost about $2,500" (per retreat), "maintenance sessions are recommended every 1-3 months" (between maintenance
 * sessions); not "group therapy sessions … $100" (per group). A currency is the one the text names beside the figure
 * ("CDN$5,850", "$5,850 (CAD)" are no USD: R39c-5); a bare "$" is USD only as Katalog's reading. A bracket is Katalog's
 * reading, or a hedge or comparison the text writes before the figure ("(less than)" needs "fewer than 13%").
 */

/** A word as compared: lower case, singular, without a closing stop ("Sessions." is "session", "people" "person"). */
const base = (w: string) => {
  const x = w.toLowerCase().replace(/[.'’-]+$/, '');
  return x === 'people' || x === 'persons' ? 'person' : x.replace(/s$/, '');
};
const tokens = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’/.-]*/gu) ?? []).map(base).filter(Boolean);

/** The rest of a range after its first figure ("-6", " to 4", "-$10,000+", " to 1:4", "–9"), skipped to reach its unit. */
const RANGE_REST =
  /^\+?(?:\s*(?:-|–|—|to)\s*(?:\$|1\s*:\s*)?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\+?)?/i;
const PERCENT = /^\s?(?:%|per ?cent\b)/i;
/** Where a figure's own words end: a bracket, a semicolon, a sentence's stop. */
const CLAUSE_END = /[;()]|[.!?](?=\s|$)/;
/** Words between a noun and its figure that make the figure the noun's: a verb, an adverb, "of" ("groups of 4-8"). */
const OF_NOUN = new Set(
  'are is was were be usually typically generally often normally commonly can may will each of at from about around approximately roughly nearly up cost costs costing run runs range ranges last lasts take takes involve involves require requires total totals average averages priced held recommended scheduled offered spaced every the a an'.split(
    ' ',
  ),
);
/** What a bracket may say: Katalog's reading, a hedge or a comparison, each as the words before the figure write it. */
const HEDGE = /^(?:approx\.?|approximate(?:ly)?|about|around|roughly|estimated?|circa)$/i;
const WRITTEN_HEDGE =
  /(?:~|≈|\babout|\baround|\bapprox\w*\.?|\broughly|\bestimated?|\bcirca)\s*(?:[A-Z]{1,3}\s*)?\$?\s*$/i;
const LESS = /^(?:less than|fewer than|under|below|up to|at most)$/i;
const WRITTEN_LESS =
  /(?:\b(?:less|fewer)\s+than|\bunder|\bbelow|\bup\s+to|\bat\s+most|<|≤)\s*(?:[A-Z]{1,3}\s*)?\$?\s*$/i;
const MORE = /^(?:more than|greater than|over|above|at least)$/i;
const WRITTEN_MORE = /(?:\b(?:more|greater)\s+than|\bover|\babove|\bat\s+least|>|≥)\s*(?:[A-Z]{1,3}\s*)?\$?\s*$/i;

const CODES = new Set<string>(ISO_4217);

/** Whether `unit` reads at the figure written at [at, end) of `text`. */
function readsAt(text: string, at: number, end: number, value: number, unit: string): boolean {
  const before = text.slice(0, at);
  let after = text.slice(end);
  // "40%-60%": the first sign is the range's, its unit follows the second.
  if (/^\s?%\s*(?:-|–|—|to)\s*\d/.test(after)) after = after.replace(/^\s?%/, '');
  after = after.replace(RANGE_REST, '');
  const brackets = [...unit.matchAll(/\(([^)]*)\)/g)].map((m) => (m[1] as string).trim());
  const head = before.replace(/(?:\$?[\d,.]+\s*(?:-|–|—|to)\s*)$/, '');
  for (const b of brackets) {
    if (/katalog/i.test(b)) continue;
    if (
      HEDGE.test(b)
        ? !WRITTEN_HEDGE.test(head)
        : LESS.test(b)
          ? !WRITTEN_LESS.test(head)
          : MORE.test(b)
            ? !WRITTEN_MORE.test(head)
            : !tokens(b).every((w) => tokens(text).includes(w))
    )
      return false;
  }
  const words = unit
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s+]+/)
    .filter(Boolean);
  const first = words[0];
  if (first === undefined) return true;
  let rest = words.slice(1);
  let joined = false;
  // A unit of words needs its first one matched; a sign or currency is matched already.
  let need = 0;
  const code = first.toUpperCase();
  if (first === '%' || /^percent$/i.test(first)) {
    const sign = PERCENT.exec(after);
    if (!sign) return false;
    after = after.slice(sign[0].length);
  } else if (first === '$') {
    if (!/\$\s?$/.test(head)) return false;
  } else if (first.length === 3 && CODES.has(code)) {
    const named = readAmount(text)
      .currencies.filter((c) => c.figure === value)
      .map((c) => c.code);
    // A bare "$" is no currency the text names: USD is then Katalog's reading, and says so.
    const bare = !named.length && code === 'USD' && /\$\s?$/.test(head) && brackets.some((b) => /katalog/i.test(b));
    if (!bare && !(named.length && named.every((c) => c === code))) return false;
    // Its code after it is no word of the unit's rest ("$5,850 (CAD) + GST").
    after = after.replace(/^\s*\(?\s*(?:[A-Z]{2,3}|Canadian|American)\s*\)?(?![\p{L}])/u, '');
  } else {
    joined = /^-\p{L}/u.test(after);
    rest = words;
    need = 1;
  }
  const clause = tokens(after.split(CLAUSE_END)[0] ?? '');
  const wanted = rest.map(base);
  // In the unit's order, right after the figure; after a word joined onto the figure ("6–9-person process groups"),
  // the noun it is an adjective of is what it counts per.
  let i = 0;
  let k = 0;
  while (k < wanted.length && i < clause.length) {
    if (wanted[k] === clause[i]) {
      i++;
      k++;
    } else if (joined && i === 1 && wanted[k] === 'per') k++;
    else break;
  }
  if (k === wanted.length) return true;
  // What a "per" or "between" counts, written before the figure as the noun it is of.
  if ((wanted[k] !== 'per' && wanted[k] !== 'between') || k < need || (joined && i === 1)) return false;
  const noun = wanted.slice(k + 1);
  const lead = tokens(before.slice(Math.max(...[...'.;:!?('].map((c) => before.lastIndexOf(c))) + 1));
  return lead.some(
    (_, s) =>
      noun.length > 0 &&
      noun.every((w, j) => lead[s + j] === w) &&
      lead.slice(s + noun.length).every((w) => OF_NOUN.has(w)),
  );
}

export const itemUnitWritten = (text: string, unit: string, numbers: readonly string[]): Rule => ({
  text: `${unit}: as ${text} writes it`,
  check: (d, report) => {
    const t = d[text];
    const u = d[unit];
    if (typeof t !== 'string' || typeof u !== 'string') return;
    const value = numbers.map((f) => d[f]).find((v): v is number => typeof v === 'number');
    const at = figuresAt(t).filter((f) => value === undefined || f.value === value);
    if (at.some((f) => readsAt(t, f.at, f.end, f.value, u))) return;
    const shown = at[0]
      ? t
          .slice(at[0].at)
          .split(/;|[.!?](?=\s|$)/)[0]
          ?.slice(0, 60)
          .trim()
      : undefined;
    report(
      [unit],
      `must be read where ${text} writes it: right after its figure, in order${shown ? ` ("${shown}")` : ''}`,
    );
  },
});
