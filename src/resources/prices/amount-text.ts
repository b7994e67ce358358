import { isTableHeading } from '../../../seed/articles.js';
import { type Rule, writesWords } from '../rules.js';
import { Currency } from './prices.schema.js';

const ISO: ReadonlySet<string> = new Set(Currency.options);

/**
 * A price's `amount_text` read once, by one reader, for the rules that hold its typed fields to what it writes (hostile
 * 15 H15-4, hostile 17 H17-1, hostile 17b H17b-1..3, hostile 18 H18-1..5, H18-11, H18-12): the figures it writes in a
 * form this reader reads exactly, the ones it writes in another form (refused, never guessed), the currencies its codes,
 * signs, prefixes and words name, its qualifiers, whether it is open-ended, and the taxes it names.
 */
export interface AmountReading {
  /** Figures written as amounts are read: digits, a comma before each group of three, cents after a point. */
  figures: number[];
  /** What looks like a figure and is not read as one ("€2,5", "1 530", "$1k", "$2 million", "-$900", "$900 off"). */
  unread: string[];
  /** Each currency named, with the words that name it ("$250 CAD", "€1,530", "Canadian dollars"). */
  currencies: { code: string; words: string }[];
  /** Qualifiers written in the text ("~", "approximately", "up to"), as written. */
  hedges: string[];
  /** Whether it writes an amount with no upper bound ("$10,000+", "$10,000 and up"), and in which words. */
  openEnded: string | null;
  /** Taxes it names ("GST", "tax"), as written. */
  taxes: string[];
}

// A figure as written, with its sign, digits and separators (what the rules compare and refuse).
const FIGURE_LIKE = /[\d.,]*\d(?:[\d.,]*\d)?/g;
const READABLE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/;
/** Groups set apart by a space, an apostrophe or an underscore ("1 530", "1'530"): no figure this reader reads. */
const SPACED = /\d{1,3}(?:[\p{Zs}'’_]\d{3})+(?:\.\d+)?(?![\d,])/gu;
/** Digits of another script ("١٥٣٠", full-width "１５３０"). */
const OTHER_DIGITS = /[^\P{Nd}0-9]+/gu;
/** A figure with a scale after it, glued or spaced: "$1k", "$1 k", "$2 million", "1.5 M", "$3bn". */
const SCALED = /\d(?:[\d.,]*\d)?\s?(?:k|K|m|M|mn|bn|B|thousand|million|billion|mil|grand)\b/g;
/**
 * A minus before an amount that is no range's dash (no figure before it) nor a hyphen in a word: "-$900", "Fee: −900";
 * not "$1,000-$3,000" nor "COVID-19".
 */
const NEGATIVE = /(?<![\d\p{L}])(?<!\d\s+)[-−]\s?(?:[A-Z]{3}\s?)?[$€£¥₹]?\s?\d[\d.,]*/gu;
/** A discount or credit, not a price: "$900 off", "a $900 discount". */
const DISCOUNT = /\d[\d.,]*\s*(?:off|discount|rebate|credit)\b|\b(?:discount|rebate|credit) of\b/gi;

/** ISO 4217 codes are read in capitals anywhere in the text, and these also in lower case ("$1,530 cad"). */
const LOWER_CODES = new Set([
  'cad',
  'usd',
  'eur',
  'gbp',
  'aud',
  'nzd',
  'chf',
  'jpy',
  'cny',
  'inr',
  'mxn',
  'brl',
  'sek',
]);
/** ISO 4217 codes that are also English words. */
const WORD_CODES = new Set(['ALL', 'BOB', 'CUP', 'GEL', 'MAD', 'MOP', 'NAD', 'PEN', 'SOS', 'TOP', 'TRY', 'BAM', 'DOP']);
/** Prefixes of "$" that name one dollar, longest first. A bare "$" names none: its currency is inferred. */
const PREFIXES: [RegExp, string][] = [
  [/(?<![A-Za-z.])(?:CDN|Cdn|CAN|Can|CA|C)\s?\$(?=\s?\d)/g, 'CAD'],
  [/(?<![A-Za-z.])(?:U\.S\.|US)\s?\$(?=\s?\d)/g, 'USD'],
  [/(?<![A-Za-z.])(?:AU|AUD|A)\s?\$(?=\s?\d)/g, 'AUD'],
  [/(?<![A-Za-z.])NZ\s?\$(?=\s?\d)/g, 'NZD'],
  [/(?<![A-Za-z.])HK\s?\$(?=\s?\d)/g, 'HKD'],
  [/(?<![A-Za-z.])S\s?\$(?=\s?\d)/g, 'SGD'],
  [/(?<![A-Za-z.])(?:MX|Mex)\s?\$(?=\s?\d)/g, 'MXN'],
  [/(?<![A-Za-z.])R\s?\$(?=\s?\d)/g, 'BRL'],
];
/** Signs that name one currency, before or after the figure. "¥" (yen or yuan) and "kr" name none, as "$" does. */
const SIGNS: [string, string][] = [
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₪', 'ILS'],
  ['₺', 'TRY'],
  ['₦', 'NGN'],
  ['₱', 'PHP'],
  ['฿', 'THB'],
  ['₫', 'VND'],
  ['₴', 'UAH'],
];
/** Words that name a currency ("1,530 Canadian dollars", "$1,530 Canadian", "900 euros"). */
const WORDS: [RegExp, string][] = [
  [/\bCanadian\s+dollars?\b|(?<=\d\s?)Canadian\b/gi, 'CAD'],
  [/\b(?:US|U\.S\.|American)\s+dollars?\b/gi, 'USD'],
  [/\bAustralian\s+dollars?\b/gi, 'AUD'],
  [/\bNew Zealand\s+dollars?\b/gi, 'NZD'],
  [/\beuros?\b/gi, 'EUR'],
  [/\b(?:British\s+pounds?|pounds?\s+sterling)\b/gi, 'GBP'],
  [/\bSwiss\s+francs?\b/gi, 'CHF'],
];

/** Qualifiers of an amount, as marks or words (case-insensitive, whole words). */
const HEDGES = [
  '~',
  '≈',
  '∼',
  '～',
  '≃',
  'about',
  'approximately',
  'approx.',
  'approx',
  'around',
  'roughly',
  'circa',
  'ca.',
  'typically',
  'usually',
  'often',
  'can run',
  'estimated',
  'est.',
  'up to',
  'as much as',
  'under',
  'less than',
  'at most',
  '≤',
];
/** Words that make an amount open-ended; a "+" is one when no word or figure follows it. */
const OPEN_ENDED = ['and up', 'and above', 'or more', 'or above', 'at least', 'starting at', 'starting from', '≥'];
/** Taxes an amount can be written with. */
const TAXES = /\b(?:GST|HST|PST|QST|VAT|sales tax|taxes|tax)\b/gi;

export function readAmount(text: string): AmountReading {
  const unread = new Set<string>();
  for (const m of text.matchAll(SPACED)) unread.add(m[0]);
  for (const m of text.matchAll(OTHER_DIGITS)) unread.add(m[0]);
  for (const m of text.matchAll(SCALED)) unread.add(m[0]);
  for (const m of text.matchAll(NEGATIVE)) unread.add(m[0]);
  for (const m of text.matchAll(DISCOUNT)) unread.add(m[0]);
  const rest = text.replace(SPACED, ' ');
  const written = [...rest.matchAll(FIGURE_LIKE)].map((m) => m[0]);
  for (const w of written) if (!READABLE.test(w)) unread.add(w);
  const figures = written.filter((w) => READABLE.test(w)).map((w) => Number(w.replaceAll(',', '')));

  const currencies: { code: string; words: string }[] = [];
  // A capitalised code, not in a capitalised phrase that is no code ("ALL IN", "TRY IT": hostile 17b H17b-6).
  for (const m of text.matchAll(/(?<![A-Za-z])([A-Z]{3}|[a-z]{3})(?![A-Za-z])/g)) {
    const word = m[1] as string;
    const code = word.toUpperCase();
    if (word === word.toLowerCase() && !LOWER_CODES.has(word)) continue;
    // Only a code that is also an English word ("ALL", "TRY", "CUP") is taken for a word in a capitalised phrase: "$1,530
    // CAD GST" and "100 USD PER SESSION" name their currency (review 29 R29-1).
    if (WORD_CODES.has(word)) {
      const before = text.slice(0, m.index).match(/([A-Z]{2,})\s+$/)?.[1];
      const after = text.slice(m.index + word.length).match(/^\s+([A-Z]{2,})(?![a-z])/)?.[1];
      if ([before, after].some((w) => w !== undefined && !ISO.has(w))) continue;
    }
    if (ISO.has(code)) currencies.push({ code, words: `"${word}"` });
  }
  for (const [prefix, code] of PREFIXES)
    for (const m of text.matchAll(prefix)) currencies.push({ code, words: `"${m[0]}"` });
  for (const [sign, code] of SIGNS) if (text.includes(sign)) currencies.push({ code, words: `"${sign}"` });
  for (const [words, code] of WORDS)
    for (const m of text.matchAll(words)) currencies.push({ code, words: `"${m[0]}"` });

  const hedges = HEDGES.filter((h) => writesWords(text, h));
  // "$10,000+", "$10,000 +": a "+" after a figure that no word or figure follows (not "+ GST", "+GST", "+ $740").
  const plus = /\d\s*\+(?!\s*(?:[$€£]?\s*\d|\p{L}))/u.exec(text);
  const words = OPEN_ENDED.find((w) => writesWords(text, w));
  // "from $900" with one figure: the amount and more ("from $900 to $1,200" is a range).
  const from = figures.length === 1 && writesWords(text, 'from') ? 'from' : undefined;
  const openEnded = plus ? '+' : (words ?? from ?? null);
  const taxes = [...new Set([...text.matchAll(TAXES)].map((m) => m[0]))];
  return { figures, unread: [...unread], currencies, hedges, openEnded, taxes };
}

/** The rules across a price's fields that read its `amount_text`: each refusal is a 422 naming the field that disagrees. */
export function amountTextRules(): Rule[] {
  const excerptsOf = (d: Record<string, unknown>) =>
    (Array.isArray(d.citations) ? (d.citations as { excerpt?: unknown }[]) : []).map((c) => String(c?.excerpt ?? ''));
  return [
    {
      text: 'each amount is a figure amount_text writes (1,530.50); a currency it names (a code, sign or word) is the currency',
      check: (d, report) => {
        if (typeof d.amount_text !== 'string') return;
        const r = readAmount(d.amount_text);
        if (r.unread.length)
          report(
            ['amount_text'],
            `writes ${r.unread.map((w) => `"${w}"`).join(', ')}, not a figure as amounts are read: digits, a comma before each group of three (1,530), cents after a point (2.50); no scale word, sign or discount`,
          );
        for (const f of ['amount_min', 'amount_max', 'open_ended_from']) {
          const v = d[f];
          if (typeof v === 'number' && !r.figures.includes(v))
            report([f], `must be a figure amount_text writes (${r.figures.join(', ') || 'it writes none'})`);
        }
        const named = [...new Set(r.currencies.map((c) => c.code))];
        if (named.length > 1)
          report(['amount_text'], `writes several currencies (${named.join(', ')}): one price has one`);
        else if (named.length === 1 && d.currency !== named[0])
          report(
            ['currency'],
            `must be ${named[0]}, the currency amount_text writes (${r.currencies.map((c) => c.words).join(', ')})`,
          );
        if (named.length === 1 && d.currency_implied === true)
          report(['currency_implied'], 'must be false: amount_text writes the currency');
        // A figure whose text names no currency ("$1,530": "$" names none) has an inferred one (hostile 18 H18-19).
        if (!named.length && r.figures.length && d.currency_implied === false)
          report(
            ['currency_implied'],
            'must be true: amount_text names no currency ("$" names none), so it is inferred',
          );
      },
    },
    {
      text: 'a "+" or "and up" in amount_text is open_ended, a qualifier ("~", "about", "up to") is in hedges, a tax it names is in tax_note; each hedge and the tax note are words amount_text or an excerpt writes',
      check: (d, report) => {
        const text = d.amount_text;
        if (typeof text !== 'string') return;
        const r = readAmount(text);
        if (typeof d.open_ended === 'boolean' && d.open_ended !== (r.openEnded !== null))
          report(
            ['open_ended'],
            r.openEnded
              ? `must be true: amount_text writes "${r.openEnded}"`
              : 'must be false: amount_text writes no "+"',
          );
        const hedges = Array.isArray(d.hedges) ? (d.hedges as unknown[]) : [];
        const given = hedges.filter((h): h is string => typeof h === 'string');
        for (const h of r.hedges)
          if (!given.some((g) => writesWords(g, h))) report(['hedges'], `must give "${h}": amount_text writes it`);
        const excerpts = excerptsOf(d);
        // A table's header row runs its column names together ("PathwayApproximate costNotes"): a hedge in it is a part.
        const headings = (Array.isArray(d.citations) ? (d.citations as { source_id: string; excerpt: string }[]) : [])
          .filter((c) => c && typeof c.excerpt === 'string' && isTableHeading(c))
          .map((c) => c.excerpt);
        hedges.forEach((h, i) => {
          if (
            typeof h === 'string' &&
            !writesWords(text, h) &&
            !excerpts.some((e) => writesWords(e, h)) &&
            !headings.some((e) => e.includes(h))
          )
            report(['hedges', i], 'must be words amount_text or a cited excerpt writes');
        });
        const note = d.tax_note;
        if (typeof note === 'string' && !writesWords(text, note) && !excerpts.some((e) => writesWords(e, note)))
          report(
            ['tax_note'],
            'must be words amount_text or a cited excerpt writes ("+ GST" is not "+ tax" nor "incl. GST")',
          );
        if (r.taxes.length && note === null)
          report(['tax_note'], `must give the tax amount_text writes (${r.taxes.map((t) => `"${t}"`).join(', ')})`);
      },
    },
  ];
}
