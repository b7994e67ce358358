import { readAmount } from '../prices/amount-text.js';
import { ISO_4217 } from '../prices/currencies.js';
import type { Rule } from '../rules.js';
import { figuresAt } from '../written-figures.js';

/**
 * A guide item's unit is read where its text writes it (hostile 21 H21-13, reviews 39c R39c-4 and 40): right after the
 * item's figure, or the range it writes from `value_min` to `value_max`, in the unit's order and to the end of the
 * text's own unit ("40-60% less than individual", "$400-$600 per session", "CAD $5,850 + GST", "6–9-person process
 * groups"), so that "percent less than group" is no reading of "group … costs 40-60% less than individual", nor
 * "facilitators per participant" of "3 to 4 participants per facilitator", nor a bare "USD" of "$400-$600 per session".
 * What a "per" counts may be written before the figure instead, as the noun the figure is of, in its clause: "small
 * groups of 4-8 participants" (per group), "group ketamine retreats cost about $2,500" (per retreat); not "group therapy
 * sessions … $100" (per group), nor "3 sessions), approximately $5,850" (per session). "Every 1-3 months" is an
 * interval: "months between maintenance sessions". A currency is the one the text names beside the figure ("CDN$5,850",
 * "$5,850 (CAD)" are no USD); a bare "$" is USD only as Katalog's reading. A bracket is Katalog's reading, a hedge or
 * comparison written before the figure ("(less than)" needs "fewer than 13%", and a comparison written needs its
 * bracket), or a bracket the text writes beside the unit or in its heading ("(IM or sublingual)", not "(IM)").
 */

/** A word as compared: lower case, singular, without a closing stop ("Sessions." is "session", "plus" is "+"). */
const base = (w: string) => {
  const x = w.toLowerCase().replace(/[.'’-]+$/, '');
  if (x === 'plus') return '+';
  return x === 'people' || x === 'persons' ? 'person' : x.replace(/s$/, '');
};
const tokens = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’/.-]*|\+/gu) ?? []).map(base).filter(Boolean);
const isNumber = (w: string | undefined) =>
  w !== undefined && /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)$/.test(w);

const NUMBER =
  '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty';
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, i) => [
    w,
    i + 1,
  ]),
);
NUMBER_WORDS.twenty = 20;
/**
 * The rest of a range after its first figure ("-6", " to 4", "-$10,000+", " to 1:4", "–9", " and 8" after "between"),
 * skipped to reach its unit; its figure is the range's end.
 */
const RANGE_REST = new RegExp(
  `^\\+?(?:\\s?([\\p{L}%][\\p{L}/%]*|%))?\\s*(?:[-–—‑−]|to|through|and)\\s*(?:US\\$|C\\$|\\$|1\\s*:\\s*)?(${NUMBER})(\\+)?`,
  'iu',
);
const PERCENT = /^\s?(?:%|per ?cent\b)/i;
/** Where a figure's own words end: a bracket, a comma, a semicolon, a sentence's stop. */
const CLAUSE_END = /[,;()]|[.!?](?=\s|$)/;
/** Words between a noun and its figure that make the figure the noun's: a verb, an adverb, "of" ("groups of 4-8"). */
const OF_NOUN = new Set(
  'are is was were be usually typically generally often normally commonly can may will each of at from between about around approximately roughly nearly up cost costs costing run runs range ranges last lasts take takes involve involves require requires total totals average averages priced held recommended scheduled offered spaced every the a an ha have include includes contain contains size usd cad us cdn ca'
    .split(' ')
    .map(base),
);
/** What a bracket may say: Katalog's reading, a hedge or a comparison, each as the words before the figure write it. */
const HEDGE = /^(?:approx\.?|approximate(?:ly)?|about|around|roughly|estimated?|circa)$/i;
const WRITTEN_HEDGE =
  /(?:~|≈|\babout|\baround|\bapprox\w*\.?|\broughly|\bestimated?|\bcirca)\s*(?:[A-Z]{1,3}\s*)?\$?\s*$/i;
const LESS = /^(?:less than|fewer than|under|below|up to|at most|no more than)$/i;
const MORE = /^(?:more than|greater than|over|above|at least|no (?:less|fewer) than)$/i;
/** A comparison the text writes right before a figure (a hedge or currency may stand between): "no more than" is less. */
function comparedBefore(head: string): 'less' | 'more' | null {
  const h = head.replace(/(?:~|≈|\$|\b(?:about|around|approx\w*\.?|roughly|[A-Z]{1,3})\b|\s)*$/i, '');
  // "Not over 13%" is at most ("over" alone is no comparison: "run over 2-3 months"; review 43 R43-9).
  if (/\b(?:no|not|never)\s+over$/i.test(h)) return 'less';
  const m =
    /(?:\b(no|not|never)\s+)?(?:\b(?:(less|fewer)|(more|greater))\s+than|\b(?:(under|below|up\s+to|at\s+most)|(above|at\s+least))|(?:([<≤])|([>≥])))$/i.exec(
      h,
    );
  if (!m) return null;
  const less = Boolean(m[2] || m[4] || m[6]);
  return (m[1] ? !less : less) ? 'less' : 'more';
}

const CODES = new Set<string>(ISO_4217);
/** Words after a unit that continue it: the unit stops before none of them ("$400-$600 per session" is no bare USD). */
const CONTINUES = new Set(
  ['per', '+', 'than', 'less', 'more', 'fewer', 'a', 'an', 'each', 'every', 'between'].map(base),
);
/** Words a unit does not end with: "percent less than" says less than nothing. */
const DANGLING = new Set(
  ['per', '+', 'than', 'between', 'of', 'from', 'to', 'via', 'and', 'or', 'in', 'for'].map(base),
);
/** Katalog's reading, said whole: a bracket that says more ("(Katalog's, per session)") is read as any other. */
const KATALOGS = /^Katalog['’]s reading$/i;

/** What an amount is commonly per: a sign or currency unit written without one of them, where one is the figure's noun. */
const PER_NOUNS = new Set(
  ['session', 'infusion', 'retreat', 'treatment', 'visit', 'appointment', 'person', 'participant', 'week', 'month'].map(
    base,
  ),
);

const GROUPS = new Set(['group', 'cohort', 'circle'].map(base));

const numberOf = (x: string) => NUMBER_WORDS[x.toLowerCase()] ?? Number(x.replaceAll(',', ''));

/** Whether `unit` reads at the figure written at [at, end) of `text`, as the range or figure `[min, max]`. */
function readsAt(
  text: string,
  at: number,
  end: number,
  value: number,
  range: readonly [number | null, number | null],
  unit: string,
): boolean {
  const before = text.slice(0, at);
  const head = before.replace(/(?:\$?[\d,.]+\s*(?:[-–—‑−]|to)\s*)$/, '');
  let after = text.slice(end);
  // "40%-60%": the first sign is the range's, its unit follows the second.
  if (/^\s?%\s*(?:[-–—‑−]|to)\s*\d/.test(after)) after = after.replace(/^\s?%/, '');
  // A unit written after each end ("0.5mg/kg to 1.5mg/kg", "$100 USD to $250 USD") is one range, the same unit twice.
  const found = RANGE_REST.exec(after);
  const unitTwice = (r: RegExpExecArray) =>
    !r[1] || after.slice(r[0].length).replace(/^\s/, '').toLowerCase().startsWith(r[1].toLowerCase());
  const rest = found && unitTwice(found) ? found : null;
  const between = /\bbetween\s+(?:US\$|C\$|\$)?$/i.test(before);
  const restEnd = rest && (!/^\+?(?:\s?\S+)?\s*and\b/i.test(rest[0]) || between) ? numberOf(rest[2] as string) : null;
  const [min, max] = range;
  // A range written is the item's two ends (review 40 R40-4: "6 weeks with 3 sessions" as 3–6 sessions); one figure is
  // no end of a range, but of one written open ("$3,500-$10,000+": no maximum).
  if (min !== null && max !== null && min !== max ? restEnd !== max : restEnd !== null && !(max === null && rest?.[3]))
    return false;
  if (restEnd !== null) after = after.slice((rest as RegExpExecArray)[0].length);
  // "$100-$250/session": per session.
  after = after.replace(/^(\s?%)?\s*\/\s*(?=\p{L})/u, '$1 per ');
  const brackets = [...unit.matchAll(/\(([^)]*)\)/g)].map((m) => (m[1] as string).trim());
  // A comparison written before the figure is the unit's, and the unit's is the text's (R39c-4, R40-3).
  const compared = comparedBefore(head);
  const bracketed = brackets.find((b) => LESS.test(b) || MORE.test(b));
  if ((bracketed === undefined ? null : LESS.test(bracketed) ? 'less' : 'more') !== compared) return false;
  // "<13%" is a most, "at least 13%" a least: not the other end (review 42 R42-16).
  if ((compared === 'less' && min !== null) || (compared === 'more' && max !== null)) return false;
  const heading = tokens(text.slice(0, Math.max(0, text.indexOf(':'))));
  const beside = /^[^(),;]*?\(([^)]*)\)/.exec(after.split(/;|[.!?](?=\s|$)/)[0] ?? '');
  for (const b of brackets) {
    if (KATALOGS.test(b) || b === bracketed) continue;
    if (HEDGE.test(b)) {
      if (!WRITTEN_HEDGE.test(head)) return false;
      continue;
    }
    // Another qualifier is one the text writes beside the unit or in its heading, whole (R40-2: not "(IM)" of "(IM or
    // sublingual)", nor "(group)" of a sentence about the group format's cost).
    const own = tokens(b);
    const inHeading = heading.some((_, s) => own.every((w, j) => heading[s + j] === w));
    if (!(inHeading || (beside && tokens(beside[1] as string).join(' ') === own.join(' ')))) return false;
  }
  const words = unit
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const first = words[0];
  if (first === undefined) return true;
  if (words.length > 1 && DANGLING.has(base(words.at(-1) as string))) return false;
  let wanted = words.slice(1).map(base);
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
    const figures = [value, restEnd];
    const named = readAmount(text)
      .currencies.filter((c) => c.figure !== null && figures.includes(c.figure))
      .map((c) => c.code);
    // A bare "$" is no currency the text names: USD is then Katalog's reading, and says so.
    const bare = !named.length && code === 'USD' && /\$\s?$/.test(head) && brackets.some((b) => KATALOGS.test(b));
    if (!bare && !(named.length && named.every((c) => c === code))) return false;
    // A currency the text gives as Katalog's reading ("USD is Katalog's reading") is one in the unit too.
    if (new RegExp(`\\b${code}\\b[^.;()]{0,40}\\bKatalog`, 'i').test(text) && !brackets.some((b) => KATALOGS.test(b)))
      return false;
    // Its code after it is no word of the unit's rest ("$5,850 (CAD) + GST", "$100-$250 USD").
    after = after.replace(/^\s*\(?\s*(?:[A-Z]{2,3}|Canadian|American)\s*\)?(?![\p{L}])/u, '');
  } else {
    joined = /^[-‑]\p{L}/u.test(after);
    wanted = words.map(base);
    need = 1;
  }
  const clause = tokens(after.split(CLAUSE_END)[0] ?? '');
  // In the unit's order, right after the figure; after a word joined onto the figure ("6–9-person process groups"),
  // the noun it is an adjective of is what it counts per.
  let i = 0;
  let k = 0;
  while (k < wanted.length && i < clause.length) {
    if (wanted[k] === clause[i]) {
      i++;
      k++;
    } else if (wanted[k] === 'per' && joined && i === 1) k++;
    // "per session" written "a session", "each session", "in each cohort".
    else if (wanted[k] === 'per' && ['a', 'an', 'each', 'every'].includes(clause[i] as string)) {
      i++;
      k++;
    } else if (wanted[k] === 'per' && clause[i] === 'in' && ['a', 'each', 'every'].includes(clause[i + 1] as string)) {
      i += 2;
      k++;
    } else break;
  }
  const every = /\bevery\s+$/i.test(head);
  // The noun the figure is of, written before it in its clause, and not a count of its own ("3 sessions),
  // approximately $5,850"): "groups of 4-8", "retreats cost about $2,500".
  const lead = tokens(before.slice(Math.max(...[...'.;:!?(),'].map((c) => before.lastIndexOf(c))) + 1));
  const ofNoun = (noun: readonly string[]) =>
    lead.some(
      (_, s) =>
        noun.length > 0 &&
        !isNumber(lead[s - 1]) &&
        noun.every((w, j) => lead[s + j] === w) &&
        lead.slice(s + noun.length).every((w) => OF_NOUN.has(w)),
    );
  // Whole: the text's unit goes on with no word the unit leaves out ("+ GST", "per session", "than individual"), and an
  // amount keeps what it is per ("retreats cost about $2,500-$5,000" is no bare USD: review 40 R40-5).
  // "groups of 4-8 participants" are per group (R40-5).
  const ofGroup = lead.at(-1) === 'of' && (GROUPS.has(lead.at(-2) as string) || PER_NOUNS.has(lead.at(-2) as string));
  if (k === wanted.length)
    return (
      !every &&
      (!ofGroup || wanted.includes('per')) &&
      !CONTINUES.has(clause[i] as string) &&
      (need === 1 || wanted.includes('per') || ![...PER_NOUNS].some((n) => ofNoun([n])))
    );
  // What a "per" counts, or an interval ("every 1-3 months": between sessions), written before the figure.
  if (wanted[k] !== (every ? 'between' : 'per') || k < need || (joined && i === 1)) return false;
  if (i < clause.length && CONTINUES.has(clause[i] as string)) return false;
  return ofNoun(wanted.slice(k + 1));
}

export const itemUnitWritten = (text: string, unit: string, numbers: readonly [string, string]): Rule => ({
  text: `${unit}: as ${text} writes it`,
  check: (d, report) => {
    const t = d[text];
    const u = d[unit];
    if (typeof t !== 'string' || typeof u !== 'string') return;
    const [min, max] = numbers.map((f) => (typeof d[f] === 'number' ? (d[f] as number) : null)) as [
      number | null,
      number | null,
    ];
    const value = min ?? max;
    const at = figuresAt(t).filter((f) => value === null || f.value === value);
    // With no figure given, any figure the text writes.
    if (at.some((f) => readsAt(t, f.at, f.end, f.value, [min, max], u))) return;
    const shown = at[0]
      ? t
          .slice(at[0].at)
          .split(/;|[.!?](?=\s|$)/)[0]
          ?.slice(0, 60)
          .trim()
      : undefined;
    report(
      [unit],
      `must be read where ${text} writes it: right after its figure, in order and whole${shown ? ` ("${shown}")` : ''}`,
    );
  },
});
