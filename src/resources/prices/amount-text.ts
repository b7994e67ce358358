import { headingColumns } from '../../../seed/articles.js';
import { listOnce, literal, type Rule, writesWords } from '../rules.js';
import { Currency } from './prices.schema.js';

const ISO: ReadonlySet<string> = new Set(Currency.options);
/** Currencies written with a bare "$": dollars and pesos. */
const DOLLARS: ReadonlySet<string> = new Set(
  [
    'USD',
    'CAD',
    'AUD',
    'NZD',
    'HKD',
    'SGD',
    'TWD',
    'MXN',
    'ARS',
    'CLP',
    'COP',
    'UYU',
    'CUP',
    'DOP',
    'BSD',
    'BBD',
    'BZD',
    'BMD',
    'BND',
    'FJD',
    'GYD',
    'JMD',
    'KYD',
    'LRD',
    'NAD',
    'SBD',
    'SRD',
    'TTD',
    'XCD',
    'TOP',
    'WST',
    'NIO',
  ].filter((c) => ISO.has(c)),
);

/**
 * A price's `amount_text` read once, by one reader, for the rules that hold its typed fields to what it writes (hostile
 * 15 H15-4, hostile 17 H17-1, hostile 17b H17b-1..3, hostile 18 H18-1..5, H18-11, H18-12, hostile 18b H18b-1..5, H18b-9).
 *
 * Words count where they stand: a qualifier, a bound or a discount is read only beside a figure (before it, with its
 * currency between, or right after it), so "$1,530 (ask about our sliding scale)" writes no qualifier of 1,530. The
 * reader requires a flag only from words it knows, and refuses a flag only where it knows every word beside the figure:
 * beside words it does not know ("$1,530 and beyond", "1,530 Kč"), the editor's reading stands.
 */
export interface AmountReading {
  /** Figures written as amounts are read (digits, a comma before each group of three, cents after a point), in order. */
  figures: FigureReading[];
  /** What looks like a figure and is not read as one ("€2,5", "1 530", "$1k", "$2 million", "-$900", "$1,530 less $100"). */
  unread: string[];
  /** Each currency named, with the words that name it ("$250 CAD", "€1,530", "Canadian dollars") and the figure it is beside. */
  currencies: { code: string; words: string; figure: number | null }[];
  /**
   * Signs and words beside a figure that name one of several currencies ("¥", "kr", "Rs": `codes` lists them) or may name
   * one this reader does not know ("Kč": `codes` null).
   */
  uncertain: { words: string; codes: string[] | null; figure: number | null }[];
  /** The first bound of the open-ended kind written beside a figure ("+", "and up", "over", "from"), or null. */
  openEnded: string | null;
  /** Qualifiers written beside a figure ("~", "about", "approx.", "on average"), as written. */
  hedges: string[];
  /** Taxes it names ("GST", "tax"), as written. */
  taxes: string[];
}

/** One figure, with the words beside it that say what it is. */
export interface FigureReading {
  value: number;
  written: string;
  /** A qualifier beside it ("~", "about", "(approx.)", "or so"). */
  hedge: string | null;
  /** Words that make it an upper bound only ("up to", "max", "or less", "<"). */
  ceiling: string | null;
  /** Words that make it a lower bound with no upper one ("over", "from", "minimum", "+", "and up"). */
  floor: string | null;
  /** Words that make it a deduction, not a price ("$100 off", "a $100 discount", "save $100"). */
  deduction: string | null;
  /** Words that make it no price: a count or length ("6 sessions", "12-week", "groups of 8") or a percent ("20%"). */
  notPrice: {
    as:
      | 'a count'
      | 'a percent'
      | 'a ratio'
      | 'a dose'
      | 'a year'
      | 'an age'
      | 'an address'
      | 'a phone number'
      | 'a time';
    words: string;
  } | null;
  /** Whether the reader knows every word beside it, so that no bound it did not read is written there. */
  known: boolean;
  /** The first figure of a range ("$400-$600", "from $900 to $1,200"). */
  rangeStart: boolean;
  /**
   * A range's first figure whose end is surely the next figure: a larger price, with no unit of the first between them
   * ("$1,530 – 12 weeks", "$250 per session - $1,400 for the package" are no range: hostile 18k H18k-2).
   */
  rangeSure: boolean;
  /** The first of two prices a dash or "to" joins, each of its own unit ("$250 per session to $1,530 per program"). */
  unitsApart: boolean;
  /**
   * Its clause: the words before it since the last figure or break (, ; brackets), it, and the words after it; a number
   * that qualifies a noun ("2024 fee", "12-week program") ends no clause.
   */
  clause: string;
  /**
   * Taxes charged with it ("+ GST"): written after it, until the next amount in money (or a semicolon before one), and
   * before it in its clause where no earlier price's taxes run.
   */
  taxes: string[];
  /** The words that say its taxes: those its taxes are read from, and it. */
  taxClause: string;
  /**
   * Taxes it may be charged with, the editor choosing: those written once after the last figure of a pair it is
   * coordinated with ("Group ~CAD $5,850 or individual ~CAD $7,500 (+ GST)": hostile 18f H18f-12), with their words.
   */
  sharedTaxes: string[];
  sharedTaxClause: string;
}

// A figure as written, with its digits and separators (what the rules compare and refuse).
const FIGURE_LIKE = /[\d.,]*\d(?:[\d.,]*\d)?/g;
const READABLE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/;
/** Groups set apart by a space, an apostrophe or an underscore ("1 530", "1'530"): no figure this reader reads. */
const SPACED = /\d{1,3}(?:[\p{Zs}'’_]\d{3})+(?:\.\d+)?(?![\d,])/gu;
/** Digits of another script ("١٥٣٠", full-width "１５３０"). */
const OTHER_DIGITS = /[^\P{Nd}0-9]+/gu;
/** A figure with a scale after it, glued or spaced: "$1k", "$2 million", "1.5 M", "$3bn", "$2mm", "$5 hundred", "₹1.5 lakh". */
const SCALED =
  /\d(?:[\d.,]*\d)?\s?(?:k|K|m|M|mm|MM|mn|mln|Mio|bn|B|tn|thousand|million|billion|trillion|hundred|mil|grand|lakhs?|lacs?|crores?|cr)(?![\p{L}\p{N}])/gu;
/**
 * A minus glued to an amount that no figure comes before (so no range's dash) and no letter touches (so no hyphen in a
 * word): "-$900", "Fee: −900", "–$1,530"; not "$1,000-$3,000", "$1,000 - $3,000", "COVID-19" nor "Group program - $1,530".
 */
const NEGATIVE = /(?<![\d\p{L}])(?<!\d[\s)]*)[-−–](?=(?:[A-Z]{3}\s?)?[$€£¥₹]?\d)[^\s]*/gu;
/** One figure taken from another ("$1,530 less $100"): a net this reader does not work out. */
const ARITHMETIC = /\d[\d.,]*\s+(?:less|minus)\s+(?:[A-Z]{3}\s?)?[$€£¥₹]?\s?\d[\d.,]*/gi;

/** ISO 4217 codes are read in capitals anywhere in the text, and these also in lower or title case ("$1,530 cad", "Cad"). */
const CASED_CODES = new Set([
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
/** Signs and abbreviations around "$" or a figure that name one currency. A bare "$" names none: its currency is inferred. */
const NAMES: [RegExp, string][] = [
  [/(?<![A-Za-z.])(?:CDN|Cdn|CAN|Can|CA)\.?\s?\$(?=\s?\d)|(?<![A-Za-z.])C\$(?=\s?\d)/g, 'CAD'],
  [
    /\$\s?(?:CDN|Cdn|CAN|CA)\.?(?=\s?\d)|(?<=\d\s?|\$\s?)(?:CDN|Cdn|CAN|Can)\b\.?|(?<![A-Za-z])CDN\b|\bC\.A\.D\.|(?<=\d\s?\$\s?)CA\b/g,
    'CAD',
  ],
  [/(?<![A-Za-z.])(?:U\.S\.|US)\s?\$(?=\s?\d)|\$\s?US(?=\s?\d)|(?<=\d\s?)US\b(?![$\w])|\bU\.S\.D\./g, 'USD'],
  [/(?<![A-Za-z.])(?:AU|AUD)\s?\$(?=\s?\d)|(?<![A-Za-z.])A\$(?=\s?\d)/g, 'AUD'],
  [/(?<![A-Za-z.])NZ\s?\$(?=\s?\d)/g, 'NZD'],
  [/(?<![A-Za-z.])HK\s?\$(?=\s?\d)/g, 'HKD'],
  [/(?<![A-Za-z.])S\$(?=\s?\d)/g, 'SGD'],
  [/(?<![A-Za-z.])(?:MX|Mex)\s?\$(?=\s?\d)/g, 'MXN'],
  [/(?<![A-Za-z.])R\$(?=\s?\d)/g, 'BRL'],
  [/(?<![A-Za-z.])R(?=\d)/g, 'ZAR'],
  [/(?<![A-Za-z.])SFr\.?(?=\s?\d)|(?<=\d\s?)SFr\b\.?/g, 'CHF'],
  [/(?<![\p{L}])(?:zł|zl)(?![\p{L}])/gu, 'PLN'],
  [/\bRMB\b/g, 'CNY'],
  [/[€]/g, 'EUR'],
  [/[£]/g, 'GBP'],
  [/[₹]/g, 'INR'],
  [/[₩]/g, 'KRW'],
  [/[₽]/g, 'RUB'],
  [/[₪]/g, 'ILS'],
  [/[₺]/g, 'TRY'],
  [/[₦]/g, 'NGN'],
  [/[₱]/g, 'PHP'],
  [/[฿]/g, 'THB'],
  [/[₫]/g, 'VND'],
  [/[₴]/g, 'UAH'],
];
/** Words that name a currency ("1,530 Canadian dollars", "$1,530 (Canadian)", "in Canadian funds", "900 euros"). */
const WORDS: [RegExp, string][] = [
  [
    /\bCanadian\s+(?:dollars?|funds|currency)\b|\bdollars?\s+canadiens?\b|(?<=\d\s?)Canadian\b|\(\s*Canadian\s*\)|\bin\s+Canadian\b/gi,
    'CAD',
  ],
  [/\b(?:US|U\.S\.|American)\s+(?:dollars?|funds|currency)\b|\bin\s+US\b/gi, 'USD'],
  [/\bAustralian\s+dollars?\b/gi, 'AUD'],
  [/\bNew Zealand\s+dollars?\b/gi, 'NZD'],
  [/\beuros?\b/gi, 'EUR'],
  [/\b(?:British\s+pounds?|pounds?\s+sterling)\b/gi, 'GBP'],
  [/\bSwiss\s+francs?\b/gi, 'CHF'],
  [/\b(?:Japanese\s+)?yen\b/gi, 'JPY'],
  [/\b(?:yuan|renminbi)\b/gi, 'CNY'],
  [/\b(?:Indian\s+)?rupees?\b/gi, 'INR'],
  [/(?<![\p{L}])(?:złoty|zloty|złotych)(?![\p{L}])/giu, 'PLN'],
];
/** Signs and abbreviations that name one of several currencies: the currency is one of them, stated or inferred. */
const SEVERAL: [RegExp, string[]][] = [
  [/[¥￥]/g, ['JPY', 'CNY']],
  [/(?<![A-Za-z])(?:kr|Kr|kr\.)(?![A-Za-z])/g, ['SEK', 'NOK', 'DKK', 'ISK']],
  [/(?<![A-Za-z])Rs\.?(?![A-Za-z])/g, ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR']],
  [/(?<![A-Za-z])Fr\.(?=\s?\d)|(?<=\d\s?)Fr\b\.?/g, ['CHF', 'XOF', 'XAF', 'XPF']],
];
/** A word beside a figure that may name a currency this reader does not know: other letters, an abbreviation, a noun. */
const MAYBE_CURRENCY =
  /^(?:(?=\S*\P{ASCII})[\p{L}\p{Sc}]{1,4}\.?|[A-Z][a-z]{0,3}\.|[A-Za-z]*(?:dollar|franc|peso|rupee|rupia|real|reais|rand|krona|kronor|krone|kroner|won|baht|ringgit|lira|lei|forint|koruna|shekel|dirham|riyal|dinar|funds)s?)$/u;

/** Qualifiers of an amount, written before it (its currency may stand between: "~CAD $5,850"). */
const HEDGE_BEFORE = [
  '±',
  '~',
  '≈',
  '∼',
  '～',
  '≃',
  'about',
  'approximately',
  'approx.',
  'approx',
  'apx.',
  'approximate',
  'around',
  'roughly',
  'circa',
  'ca.',
  'c.',
  'nearly',
  'almost',
  'close to',
  'some',
  'in the range of',
  'in the region of',
  'ballpark',
  'average',
  'on average',
  'averages',
  'averaging',
  'an average of',
  'typically',
  'usually',
  'often',
  'generally',
  'can run',
  'estimated',
  'an estimated',
  'est.',
  'est',
  'reportedly',
];
/** Qualifiers written right after an amount ("$1,530 (approx.)", "$1,530 or so", "$1,530?"). */
const HEDGE_AFTER = [
  '±',
  '+/-',
  'approx.',
  'approx',
  'approximately',
  'approximate',
  'apx.',
  'roughly',
  'roughly speaking',
  'rough estimate',
  'more or less',
  'ballpark',
  'or so',
  'or thereabouts',
  'give or take',
  'estimate',
  'an estimate',
  'estimated',
  'est.',
  'est',
  'on average',
  'average',
  'avg.',
  'avg',
  'typically',
  'usually',
  '?',
];
/** Words that make an amount its ceiling, not the least it costs. */
const CEILING_BEFORE = [
  'up to',
  'as much as',
  'under',
  'less than',
  'no more than',
  'not more than',
  'not exceeding',
  'not to exceed',
  'at most',
  'max.',
  'max',
  'maximum',
  'a maximum of',
  'below',
  'capped at',
  '<',
  '≤',
  '<=',
];
const CEILING_AFTER = [
  'max.',
  'max',
  'maximum',
  'or less',
  'or under',
  'and under',
  'or below',
  'at most',
  'at the most',
];
/** Words that make an amount the least it costs, with no upper bound. */
const FLOOR_BEFORE = [
  'over',
  'more than',
  'above',
  'minimum',
  'a minimum of',
  'min.',
  'min',
  'starts at',
  'start at',
  'starts from',
  'start from',
  'starting at',
  'starting from',
  'beginning at',
  'from',
  'at least',
  'no less than',
  'not less than',
  'upwards of',
  'in excess of',
  '>',
  '≥',
  '>=',
];
const FLOOR_AFTER = [
  'and up',
  '& up',
  'and above',
  'or above',
  'or more',
  'and more',
  'and over',
  'or over',
  'or higher',
  'and higher',
  'or greater',
  'upwards',
  'and upward',
  'and upwards',
  'minimum',
  'min.',
  'at least',
  'at minimum',
];
/** Words that make an amount a deduction, not a price. */
const DEDUCTION_BEFORE = [
  'save',
  'a discount of',
  'discount of',
  'a rebate of',
  'rebate of',
  'a credit of',
  'credit of',
];
const DEDUCTION_AFTER = ['off', 'discount', 'rebate', 'credit'];
/** Words beside a figure that write no bound, qualifier or currency ("$1,530 per session", "Cost: $1,530 for 3 sessions"). */
const NEUTRAL =
  /^(?:per|a|an|each|for|the|total|session|sessions|program|programme|month|monthly|week|weekly|year|yearly|person|people|participant|participants|hour|hours|cost|costs|price|prices|pricing|fee|fees|is|are|was|were|at|of|in|with|and|to|or|incl|including|includes|included|additional|group|individual|bundle|package|cohort|pathway|track|on|by|paid|payable|due|only|excl|excluding|plus|between|range|ranges|ranging|priced|charge|charges|rate|rates|just|through|thru|until|whole|full|per-session)$/i;
/** The names of taxes an amount can be written with. */
const TAX_NAME = String.raw`(?:\b(?:GST|HST|PST|QST|VAT|TPS|TVQ|IVA|TVA|MwSt|IGIC|sales tax|taxes|tax)\b|\b(?:G\.S\.T|H\.S\.T|P\.S\.T|Q\.S\.T)\.?)`;
/** Words after a tax's name that name a registration, no tax charged ("GST registered clinic", "GST number": H18g-8). */
const REGISTRATION = 'registered|registration|registrant|numbers?|account|reg(?=\\.)';
/**
 * Taxes an amount is charged with: a tax's name, not in another sense ("tax receipt", "tax deductible") nor said not to be
 * charged ("GST-free", "no GST", "GST exempt", "not subject to GST": hostile 18e H18e-4), which asks for no note.
 */
const TAXES = new RegExp(
  `(?<!\\b(?:no|without|exempt from|free of|free from|not subject to|not charged)\\s+(?:sales\\s+)?)${TAX_NAME}(?![\\s-]+(?:receipts?|deductible|credits?|refunds?|forms?|slips?|purposes|year|free|exempt|exemption|zero-rated|waived|${REGISTRATION})\\b|\\s*#)`,
  'gi',
);
/** A tax named at all, charged or not: what a note names ("+ GST", "GST exempt"). Tested once, so with no `g`. */
const NAMES_TAX = new RegExp(TAX_NAME, 'i');
/** The taxes charged that `words` name, in one spelling ("G.S.T." is "gst"), to compare a note's with a figure's. */
const oneSpelling = (tax: string) => tax.replaceAll('.', '').toLowerCase();
/** Taxes named together ("GST or PST", "GST/HST", "GST and PST"). */
const TAX_LIST = `${TAX_NAME}(?:\\s*(?:/|,|&|\\bor\\b|\\band\\b)\\s*${TAX_NAME})*`;
/**
 * Taxes said not to be charged, each of a list ("no GST or PST", "HST/GST exempt", "GST not applicable", "zero-rated for
 * GST"), or said of another thing than the price ("$1,530; GST on the deposit only"): hostile 18f H18f-11. The other thing
 * is anything "on" or "only to" names but the price's own (PRICE_OWN): "GST on the full amount" is the price's (hostile
 * 18g H18g-6), "GST on supplies" or "on the cancellation fee" another thing's or unsure (hostile 18h H18h-7). A registration
 * ("GST registered clinic", "GST number") charges none either (H18g-8).
 */
/**
 * What "GST on …" may name as the price's own: anything else ("the cancellation fee", "materials only", "supplies") is
 * another thing's only as OTHER_ITEM or with "only" (hostile 18h H18h-7, 18i H18i-1); "on the full amount" is the
 * price's (H18g-6).
 */
const PRICE_OWN =
  '(?:full|entire|whole|complete|total)(?:\\s+(?:amount|program|programme|fees?|price|cost|sum|tuition|balance))?|top|all|each|every|this|these|above|price|fees?|program|programme|amount|sessions?|costs?|balance|sum|tuition|everything';
/**
 * Items a tax "on" names as another thing than the price (hostile 18h H18h-7); "on" anything else without "only" is the
 * price's ("+ GST on the group program", "; GST on the 12-week program": hostile 18i H18i-1).
 */
const OTHER_ITEM =
  'deposits?|booking|registration|application|intake|supplies|retail|materials?|products?|merchandise|books?|workbooks?|cancellation fees?|late fees?|fees? for cancellation|accommodation|lodging|meals?|food|travel|rooms?';
const NOT_CHARGED = new RegExp(
  `\\b(?:no|without|exempt from|free of|free from|not subject to|not charged|zero-rated for)\\s+(?:sales\\s+)?${TAX_LIST}|${TAX_LIST}(?:[\\s-]+(?:free|exempt|exemption|zero-rated|not applicable|does not apply|do not apply|not charged|waived|n/a|${REGISTRATION})(?![\\p{L}])|\\s*#|\\s+(?:(?:applies|is\\s+charged|charged)\\s+)?(?:only\\s+(?:on|to)\\s+(?!(?:the\\s+)?(?:${PRICE_OWN})(?![\\p{L}]))\\p{L}|on\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${OTHER_ITEM})(?![\\p{L}])|on\\s+(?!(?:the\\s+)?(?:${PRICE_OWN})(?![\\p{L}]))(?:the\\s+)?\\p{L}+(?:[\\s-]+\\p{L}+)?\\s+only(?![\\p{L}])))`,
  'giu',
);
/** Words that say a figure has no tax, naming none ("(exempt)", "(non-taxable)", "(untaxed)": hostile 18h H18h-1). */
const UNTAXED =
  /(?<![\p{L}])(?:exempt|non-?taxable|untaxed|tax-?exempt|tax-?free|zero-rated|not taxed|not taxable)(?![\p{L}])/iu;
/** Taxes named as a registration ("GST registered", "GST/HST number", "GST #"): a note of them names no tax (H18g-8). */
const REGISTERED = new RegExp(`${TAX_LIST}(?:[\\s-]+(?:${REGISTRATION})(?![\\p{L}])|\\s*#)`, 'giu');
const A_REGISTRATION = new RegExp(REGISTERED.source, 'iu');
/** The taxes charged that `words` name, as matched. */
const taxesIn = (words: string) => {
  const not = [...words.matchAll(NOT_CHARGED)].map((m) => [m.index, m.index + m[0].length] as const);
  return [...words.matchAll(TAXES)].filter((m) => !not.some(([a, b]) => m.index >= a && m.index < b));
};
const chargedIn = (words: string) => taxesIn(words).map((m) => oneSpelling(m[0]));
const TAX_AHEAD =
  /^\s*\(?\s*(?:GST|HST|PST|QST|VAT|TPS|TVQ|IVA|TVA|MwSt|IGIC|sales tax|taxes|tax|G\.S\.T|H\.S\.T|P\.S\.T|Q\.S\.T)\b/i;

const byLength = (kinds: [string[], Kind][]) =>
  kinds.flatMap(([words, kind]) => words.map((w) => ({ w, kind }))).sort((a, b) => b.w.length - a.w.length);
type Kind = 'hedge' | 'ceiling' | 'floor' | 'deduction';
/** Words that count anywhere in the figure's clause, not only right beside it: none that often qualifies another word. */
const BESIDE_ONLY = new Set([
  'some',
  'c.',
  'ca.',
  'est',
  'est.',
  'min',
  'min.',
  'max',
  'max.',
  'average',
  'over',
  'above',
]);
const BESIDE_ONLY_BEFORE = new Set([...BESIDE_ONLY, 'under', 'below', 'about', 'around', 'from', 'almost', 'nearly']);
const bounded = (w: string) =>
  `${/^[\p{L}\p{N}]/u.test(w) ? '(?<![\\p{L}\\p{N}])' : ''}${literal(w)}${/[\p{L}\p{N}.]$/u.test(w) ? '(?![\\p{L}\\p{N}-])' : ''}`;
const NEVER = /(?!)/;
const BEFORE = byLength([
  [HEDGE_BEFORE, 'hedge'],
  [CEILING_BEFORE, 'ceiling'],
  [FLOOR_BEFORE, 'floor'],
  [DEDUCTION_BEFORE, 'deduction'],
]).map(({ w, kind }) => ({
  w,
  kind,
  re: new RegExp(`${/^[\p{L}\p{N}]/u.test(w) ? '(?<![\\p{L}\\p{N}])' : ''}${literal(w)}\\s*$`, 'iu'),
  anywhere:
    // "Max." with its point before a noun is the price's ceiling ("Max. bundle: $1,530": hostile 18f H18f-10).
    w === 'max.'
      ? /(?<![\p{L}\p{N}])max\.(?=\s+[\p{L}\p{N}])/iu
      : kind === 'deduction' || BESIDE_ONLY_BEFORE.has(w) || !/^[\p{L}]/u.test(w)
        ? NEVER
        : new RegExp(bounded(w), 'iu'),
}));
const AFTER = byLength([
  [HEDGE_AFTER, 'hedge'],
  [CEILING_AFTER, 'ceiling'],
  [FLOOR_AFTER, 'floor'],
  [DEDUCTION_AFTER, 'deduction'],
]).map(({ w, kind }) => ({
  w,
  kind,
  re: new RegExp(
    `^${literal(w)}${/[\p{L}\p{N}.]$/u.test(w) ? '(?![\\p{L}\\p{N}-])' : ''}${kind === 'deduction' ? '(?!\\s+(?:cards?|price|prices|code)\\b)' : ''}${w === 'and up' ? '(?!\\s+to\\b)' : ''}`,
    'iu',
  ),
  anywhere:
    BESIDE_ONLY.has(w) || kind === 'hedge' || kind === 'deduction'
      ? NEVER
      : // "or less" of "more or less" is a qualifier's (hostile 18f H18f-10).
        new RegExp(
          `${w === 'or less' ? '(?<!\\bmore\\s+)' : ''}${bounded(w)}${w === 'and up' ? '(?!\\s+to\\b)' : ''}`,
          'iu',
        ),
  // A qualifier set apart after it: in brackets or after a dash ("$1,530 per program (approx.)", "$1,530 — approx.").
  apart: w === '?' ? NEVER : new RegExp(`(?:[([]|[—–-]\\s|\\s[—–-])\\s*(${bounded(w)})`, 'iu'),
}));

/** A number in digits or words ("8", "eight", "a dozen"). */
const NUMBER =
  '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|several|a dozen|dozen)';
/**
 * Nouns that name what a price is ("3 payments of $510", "2 installments"): a number before them counts no people nor
 * sessions, so the words before it stay the price's (hostile 18e H18e-1).
 */
const PRICE_NOUNS =
  '(?:fees?|costs?|prices?|payments?|installments?|instalments?|deposits?|rates?|charges?|tuitions?|bundles?|packages?|dollars?|euros?|funds)(?![\\p{L}])';
/**
 * Any other plural noun after a number is what it counts ("maximum 8 adults", "Up to 12 firefighters", "8 couples":
 * hostile 18f H18f-3); words ending in "s" that are no plural nouns are not.
 */
const PLURAL = `(?!${PRICE_NOUNS})(?!(?:this|thus|plus|less|unless|always|sometimes|perhaps|across|includes|excludes|covers|runs|lasts|applies|means|bonus|gets|pays|requires|gives|offers)(?![\\p{L}]))[\\p{L}][\\p{L}-]*[\\p{L}]{2}s(?![\\p{L}\\p{N}-])`;
/** Nouns a number counts or measures: people, sessions, lengths, an age. */
const COUNT_NOUNS =
  '(?:participants?|people|persons?|individuals?|members?|clients?|patients?|attendees?|sessions?|visits?|treatments?|infusions?|weeks?|hours?|minutes?|months?|days?|years?|spots?|seats?)';
/**
 * A count written after a phrase: the phrase is that count's ("minimum four participants", "a maximum of 8 people", "up
 * to 4-8 participants"). A number is a count only with a count noun or another plural noun after it, at most two words
 * on, hyphenated or not ("six weekly group sessions", "12 weekly community-of-practice sessions", "8 adults": hostile
 * 18f H18f-3); joined by a hyphen it is an adjective ("one-time", "12-week program"), unless it joins a person
 * ("8-person groups"). "one low price", "2024 fee" and "3 payments" count nothing, so their words stay the price's
 * (hostile 18e H18e-1).
 */
const COUNT_AHEAD = new RegExp(
  `^\\s*(?:(?:a|the)\\s+)?(?:of\\s+)?${NUMBER}(?:\\s*(?:[-–—]|to|or)\\s*${NUMBER})?(?:\\s*(?:or more|or fewer|or less|\\+))?(?:-(?=(?:person|people|participant|member)s?(?![\\p{L}]))|(?![\\p{L}\\p{N}-])\\s*(?:(?!${PRICE_NOUNS})[\\p{L}][\\p{L}-]*\\s+){0,2}?(?:${COUNT_NOUNS}(?![\\p{L}])|${PLURAL}))`,
  'iu',
);
/** Whether `words` hold a count or a length ("lasting two hours", "of 12 sessions"): a number with its noun. */
const holdsCount = (words: string) =>
  [...words.matchAll(NUMBER_START)].some((m) => COUNT_AHEAD.test(words.slice(m.index)));
const NUMBER_START = new RegExp(`(?<![\\p{L}\\p{N},.])(?=${NUMBER}(?![\\p{L}]))`, 'giu');
/** The same count with a number and its noun read before a phrase: "four or more participants", "three hours or more". */
const COUNT_BEHIND = new RegExp(`(?<![\\p{L}\\p{N}])${NUMBER}(?:\\s+${COUNT_NOUNS})?\\s*$`, 'iu');
/** The words between a phrase and the count figure right after it ("a maximum of 8", "minimum age 18"). */
const BEFORE_COUNT = /^\s*(?:of|age\s*:?)?\s*(?:[A-Z]{3}\s?)?[$€£¥₹]?\s*$/;

/** Words a clause can hold without saying anything of the amount's bounds or qualifiers. */
const KNOWN_WORDS = new Set([
  ...[...HEDGE_BEFORE, ...HEDGE_AFTER, ...CEILING_BEFORE, ...CEILING_AFTER, ...FLOOR_BEFORE, ...FLOOR_AFTER]
    .flatMap((w) => w.toLowerCase().split(/\s+/))
    .map((w) => w.replace(/[.'’]+$/, '')),
  ...NEUTRAL.source.replace(/^\^\(\?:|\)\$$/g, '').split('|'),
  'gst',
  'hst',
  'pst',
  'qst',
  'vat',
  'tps',
  'tvq',
  'tax',
  'taxes',
  'sales',
  // A label's words ("Licence No. 4567: $1,530": hostile 18j H18j-10); its number is no figure (LABEL_BEFORE).
  ...['licence', 'license', 'no', 'nos', 'nr', 'num', 'number', 'registration', 'reg'],
]);
/** Words that say what an amount is for, and no more, between it and a currency after it ("$1,530 per program USD"). */
const UNIT_WORDS = new Set(
  'per a an each the total only in session sessions program programs programme month monthly week weekly year yearly person people participant participants hour hours group individual bundle package cohort course per-session paid payable billed charged'.split(
    ' ',
  ),
);
/**
 * Words that may stand between a figure and a currency after it, as well as a unit: what it is for, a tax, a bound or
 * a qualifier ("$1,530 for the 12-week program (CAD)", "$1,530 for 3 sessions CAD", "$1,530 plus GST CAD", "$1,530 per
 * session max USD", "$1,530 per program approx. CAD": hostile 18f H18f-2). Not "with", "including" nor "or", which
 * start another noun ("with an AED available", "or USD equivalent").
 */
const AFTER_WORDS = new Set([
  ...UNIT_WORDS,
  ...'for full whole weeks months years days plus max maximum min minimum approx approximately incl gst hst pst qst tax taxes'.split(
    ' ',
  ),
  ...'one two three four five six seven eight nine ten eleven twelve fifteen twenty'.split(' '),
]);
/** Codes, currency names and signs, taken out of a clause before its words are read. */
const CURRENCY_WORDS =
  /(?<![\p{L}])(?:[A-Z]{2,4}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|Cdn|Can|Cad|Usd|Eur|cad|usd|eur|Canadian|canadiens?|American|dollars?|euros?|funds|currency|rupees?|yen|yuan|zł|kr|Rs|S?Fr)(?![\p{L}])\.?/gu;

const CURRENCY_WORD = new RegExp(`^(?:${CURRENCY_WORDS.source})$`, 'u');

/** A currency written before a figure, at the end of the words before it ("~CAD $", "about US$", "Cost: C$"). */
const SIGN_END = /(?:[$€£¥￥₹₩₽₪₺₦₱฿₫₴]|zł|kr\.?|Rs\.?|S?Fr\.)\s*$/u;
const CODE_END = /(?<![\p{L}])(?:[A-Z]{1,4}|[A-Z][a-z]{1,2}\.?|C\.A\.D\.|U\.S\.D?\.?|[a-z]{3})\s*:?\s*$/u;
/** A currency written after a figure, at the start of the words after it ("$1,530 CAD approx.", "1,530 € max"). */
const CURRENCY_START =
  /^\s*(?:[$€£¥￥₹₩₽₪₺₦₱฿₫₴]|zł|kr\b\.?|(?:[A-Z]{2,4}|C\.A\.D\.|U\.S\.D\.|Cdn\.|SFr\.|Fr\.|[A-Za-z][a-z]{2}(?![\p{L}]))(?![\p{L}])|(?:Canadian|US|American)\s+(?:dollars?|funds)|dollars?|euros?|Canadian)/u;

/** Whether every word of `words` is one this reader knows (codes and currency names aside). */
const knownWords = (words: string) =>
  (words.replace(CURRENCY_WORDS, ' ').match(/[\p{L}][\p{L}.'’&-]*/gu) ?? []).every((w) =>
    KNOWN_WORDS.has(w.toLowerCase().replace(/[.'’]+$/, '')),
  );

/** The words before a figure, and after it, within its clause (a comma, semicolon or bracket ends one). */
function around(text: string, start: number, end: number, prevEnd: number, nextStart: number) {
  const before = text.slice(prevEnd, start);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf('('),
    before.lastIndexOf(')'),
  );
  const after = text.slice(end, nextStart);
  const stop = after.search(/[,;)]/);
  return { lead: cut >= 0 ? before.slice(cut + 1) : before, trail: stop >= 0 ? after.slice(0, stop) : after };
}

/** The words that end `lead`, tried as written, without its sign, and without its code too. */
function leads(lead: string): string[] {
  const c0 = lead.trimEnd();
  const c1 = c0.replace(SIGN_END, '').trimEnd();
  const c2 = c1.replace(CODE_END, '').trimEnd();
  const c3 = c2.replace(SIGN_END, '').trimEnd();
  return [...new Set([c0, c1, c2, c3].flatMap((c) => [c, c.replace(/\s*:$/, '')]))];
}

/** The words that start `trail`, tried as written and without a currency, each without an opening bracket. */
function trails(trail: string): string[] {
  const t0 = trail.replace(/^\s*\(?\s*/, '');
  const t1 = t0
    .replace(CURRENCY_START, '')
    .replace(CURRENCY_START, '')
    .replace(/^\s*\(?\s*/, '');
  return [...new Set([t0, t1])];
}

function readFigure(
  value: number,
  written: string,
  lead: string,
  trail: string,
  rangeStart: boolean,
  /** Whether the words after it run to the next figure (no break between): the last of them are that figure's. */
  beforeFigure: boolean,
  /** The text after it, past the next figure: "+ 5% GST" is a tax at its rate, no bound (hostile 18h H18h-3). */
  following = '',
) {
  const f: FigureReading = {
    value,
    written,
    hedge: null,
    ceiling: null,
    floor: null,
    deduction: null,
    notPrice: null,
    known: true,
    rangeStart,
    rangeSure: false,
    unitsApart: false,
    clause: `${lead}${written}${trail}`,
    taxes: [],
    taxClause: `${lead}${written}${trail}`,
    sharedTaxes: [],
    sharedTaxClause: '',
  };
  const set = (kind: Kind, w: string) => {
    if (kind === 'hedge') f.hedge ??= w;
    else if (kind === 'ceiling') f.ceiling ??= w;
    else if (kind === 'floor') f.floor ??= w;
    else f.deduction ??= w;
  };
  // Before it, anywhere in its clause ("Minimum fee of $1,530", "typically cost between $400-$600", "Max: $900"); "from"
  // only right before it, its currency between ("from $900"; "from $900 to $1,200" is a range).
  const ls = leads(lead);
  const adjacent = ls.flatMap((l) => BEFORE.filter((p) => p.re.test(l)).map((p) => ({ p, l })))[0];
  if (adjacent && !(adjacent.p.w === 'from' && rangeStart))
    set(adjacent.p.kind, adjacent.l.match(adjacent.p.re)?.[0].trim() ?? adjacent.p.w);
  // Longest phrases first; a shorter one inside a longer one is not read again ("no less than" is no "less than").
  const taken: [number, number][] = [];
  const fresh = (m: RegExpExecArray) => {
    const span: [number, number] = [m.index, m.index + m[0].length];
    if (taken.some(([a, b]) => span[0] < b && a < span[1])) return false;
    taken.push(span);
    return true;
  };
  for (const p of BEFORE) {
    const m = p.anywhere.exec(lead);
    // "Up to eight participants at $250": the words are the count's (and still taken, so that no shorter phrase in them
    // is read: "a maximum of" holds "maximum").
    const ofCount = m && COUNT_AHEAD.test(lead.slice(m.index + m[0].length));
    if (m && fresh(m) && !ofCount && !(p.kind === 'floor' && rangeStart)) set(p.kind, m[0].trim());
  }

  // A "+" right after it: open-ended at the end of its clause, before a bracket or a mark ("$10,000+", "$10,000+ (approx.)");
  // no bound before a tax or another amount ("+ GST", "+ (GST extra)", "+ $740"); either before other words ("+ fees").
  // Before its unit it is open-ended too: "$250+ per session", "$250+/session", "$1,530+ a program" (hostile 18g H18g-2).
  const plus = /^\s*\+(?!\/-)/.exec(trail);
  if (plus) {
    const rest = trail.slice(plus[0].length);
    const rate = /^\s*\+\s*\d+(?:\.\d+)?\s*%/.exec(following);
    if (rate && TAX_AHEAD.test(following.slice(rate[0].length))) return f;
    if (TAX_AHEAD.test(rest) || /^\s*(?:[A-Z]{3}\s?)?[$€£¥₹]?\s?\d/.test(rest)) return f;
    // "+ applicable taxes", "+ provincial tax": a tax too, no bound (hostile 18j H18j-14).
    if (TAX_AHEAD.test(rest.replace(/^\s*(?:applicable|provincial|federal|state|local|government)\s+/i, ''))) return f;
    // Glued to it before another "+" ("$250+ + GST"), it is open-ended (H18j-14).
    if (!/^\s/.test(plus[0]) && /^\s*\+/.test(rest)) f.floor ??= '+';
    // Before fees it may add them ("$1,530+ fees"): the editor's reading. Before any other word it is open-ended: "$250+
    // weekly", "$250+ session fee", "$1,530+ total" (hostile 18h H18h-2).
    if (
      /^\s*(?:(?:booking|admin|administration|administrative|processing|registration|application)\s+)?(?:fees?|charges?|surcharges?)(?![\p{L}])/iu.test(
        rest,
      )
    )
      f.known = false;
    else if (/^\s*(?:$|[(/.!?:])/u.test(rest)) f.floor ??= '+';
    // Glued to the figure, before a word, it is open-ended ("$250+ weekly"); set apart it may add an item ("$7,500 +
    // accommodation", "+ applicable taxes"): the editor's reading (hostile 18i H18i-2, H18i-3).
    else if (/^\p{L}/u.test(rest.trimStart()) && !/^\s/.test(plus[0])) f.floor ??= '+';
    else f.known = false;
  }
  const ts = trails(trail);
  // Right after it: a qualifier, bound, ceiling or deduction ("$1,530 (approx.)", "$1,530 or so", "$900 off").
  const after = ts
    .flatMap((t) => AFTER.filter((p) => p.re.test(t)).map((p) => ({ p, t })))
    // "$900 (minimum 4 participants)", "$900 (minimum four)": the words are the count's.
    .filter(({ p, t }) => {
      const next = t.slice((t.match(p.re)?.[0] ?? '').length);
      return !COUNT_AHEAD.test(next) && !(beforeFigure && BEFORE_COUNT.test(next));
    })[0];
  if (after && !(after.p.kind === 'floor' && rangeStart))
    set(after.p.kind, after.t.match(after.p.re)?.[0] ?? after.p.w);
  // Later in its clause: a bound or ceiling ("$1,530 per session or more"), a qualifier set apart ("$1,530 per program
  // (approx.)", "$1,530 — approx."); "plus" at its end.
  taken.length = 0;
  for (const p of AFTER) {
    const m = (p.kind === 'hedge' ? p.apart : p.anywhere).exec(trail);
    // "$1,530 for up to 8", "with a maximum of 8 participants", "(minimum age 18)": words right before the next figure
    // are its own; "(four or more participants)", "three hours or more": a bound right after a count is the count's.
    const next = m ? trail.slice(m.index + m[0].length) : '';
    const itsCount =
      m &&
      ((beforeFigure && BEFORE_COUNT.test(next)) ||
        COUNT_AHEAD.test(next) ||
        (p.kind !== 'hedge' && COUNT_BEHIND.test(trail.slice(0, m.index))));
    if (m && fresh(m) && !itsCount && !(p.kind === 'floor' && rangeStart)) set(p.kind, (m[1] ?? m[0]).trim());
  }
  // At the end of its clause: "$1,530 per program max", "$250 per integration session approx.", whatever nouns name the
  // unit; only a count or a length before it may own it ("$250 per session lasting two hours minimum": hostile 18e
  // H18e-2), and then the editor's reading stands (hostile 18f H18f-1).
  const plain = !holdsCount(trail);
  const last =
    beforeFigure || rangeStart || !plain
      ? null
      : // A currency after it is no word of its bound ("$1,530 per session max USD": H18f-2); a tax is no currency:
        // "plus GST" is a tax, as "+ GST" is, no bound (hostile 18j H18j-2).
        // "min" after a number is its minutes ("$99 for 30 min": hostile 18k H18k-9), no bound.
        /(?<![\p{L}])(?<!\d\s?)(max\.?|maximum|min\.?|minimum|plus)\s*$/iu.exec(
          trail.replace(/\s*\(?\s*([A-Z]{3})\s*\)?\s*$/u, (m, code: string) => (ISO.has(code) ? '' : m)),
        );
  if (last?.[1]) set(/^max/i.test(last[1]) ? 'ceiling' : 'floor', last[1]);
  const hedged =
    beforeFigure || !plain
      ? null
      : /(?<![\p{L}])(~|≈|approx\.?|approximately|approximate|roughly|or so|or thereabouts|on average|est\.|estimated|rough estimate|more or less|roughly speaking|ballpark)\s*\.?\s*$/iu.exec(
          trail,
        );
  if (hedged?.[1]) set('hedge', hedged[1]);
  // Every word of its clause is one this reader knows, or the editor's reading stands.
  if (!knownWords(`${lead} ${trail}`)) f.known = false;
  return f;
}

/** Words after an amount that say what it is (a unit, a bound, a tax): a number before them is no noun's adjective. */
const AMOUNT_WORDS = new Set([
  ...AFTER.map((p) => p.w.toLowerCase().split(/\s+/)[0] as string),
  ...['per', 'each', 'a', 'an', 'for', 'to', 'through', 'thru', 'or', 'and', 'in', 'at', 'plus', 'with', 'is', 'are'],
  ...['was', 'were', 'total', 'only', 'including', 'includes', 'incl', 'excl', 'excluding', 'less', 'minus', 'x'],
]);

/**
 * Whether the figure at `w` is a whole number that qualifies the noun after it ("2024 fee", "12-week", "3 payments"): no
 * sign, code or dash before it, and after it a hyphen and a word, or a word that is no count noun, unit, bound, tax or
 * currency.
 */
function qualifiesNoun(text: string, w: { w: string; start: number; end: number }): boolean {
  if (!/^\d+$/.test(w.w) || COUNT_AHEAD.test(text.slice(w.start))) return false;
  if (/(?:[$€£¥₹]|(?<![\p{L}])[A-Z]{3}|[-–—/])\s*$/u.test(text.slice(0, w.start))) return false;
  const after = text.slice(w.end);
  // "1st-year cost": an ordinal is no figure (H18f-10).
  if (/^-\p{L}|^(?:st|nd|rd|th)(?![\p{L}])/u.test(after)) return true;
  const word = /^\s+([\p{L}][\p{L}'’]*)(?![\p{L}.-])/u.exec(after)?.[1];
  if (!word) return false;
  return !(
    AMOUNT_WORDS.has(word.toLowerCase()) ||
    NAMES_TAX.test(word) ||
    MAYBE_CURRENCY.test(word) ||
    CURRENCY_WORD.test(word)
  );
}

/** The words before a number that make it a label ("GST #12345", "Licence No. 4567", "GST registration 4567"). */
const LABEL_BEFORE =
  /(?:#|(?<![\p{L}])(?:no|nos|nr|num|reg)\.|(?<![\p{L}])(?:number|registration|licen[cs]e)\s*:?)\s*$/iu;
/** Money written right before a figure: a sign or a code ("$6", "CAD 12"): no count nor percent. */
const MONEY_BEFORE = /(?:[$€£¥￥₹₩₽₪₺₦₱฿₫₴]|(?<![\p{L}])[A-Z]{3})\s*$/u;
/**
 * A count or length after a figure, glued by a hyphen or with at most two words between that are no preposition
 * ("6 sessions", "12-week", "6 group sessions", "6-8 weeks"); a currency word is none ("250 CAD", "1530 euros").
 */
const COUNTED_AFTER = new RegExp(
  `^(?:\\s*(?:[-–]|to|or)\\s*\\d[\\d,]*)?(?:[-–]|\\s+(?:(?!(?:per|a|an|each|every|for|the|to|or|and|of|in|at|x|by|on|with|plus)(?![\\p{L}]))[\\p{L}][\\p{L}-]*\\s+){0,2}?)(?:${COUNT_NOUNS}|nights?|classes|modules?|meetings?|doses|hrs?|mins?|wks?|appointments?|ceremon(?:y|ies)|circles?|retreats?)(?![\\p{L}])`,
  'iu',
);
/** A group size before a figure ("groups of 8", "cohorts of up to 12"). */
const COUNTED_BEFORE = /(?<![\p{L}])(?:groups?|cohorts?|classes|circles?)\s+of\s+(?:up\s+to\s+)?$/iu;
/** A figure in money and a dash or "to" right before another figure ("$100-", "CAD 100 to "): that figure's start. */
const RANGE_FROM =
  /(?:[$€£¥￥₹₩₽₪₺₦₱฿₫₴]|(?<![\p{L}])[A-Z]{3})\s*(\d[\d,]*(?:\.\d+)?)\s*(?:[-–—]|to|through|thru)\s*$/u;
const PERCENT_AFTER = /^\s*(?:%|percent(?![\p{L}])|per\s+cent(?![\p{L}]))/iu;
/** What makes the figure at `w` no price: a count, a length or a percent beside it, with no money sign before it (H18j-1). */
function notPriceOf(text: string, w: { start: number; end: number }): FigureReading['notPrice'] {
  const before = text.slice(0, w.start);
  if (MONEY_BEFORE.test(before)) return null;
  // The end of a range shares its start's money sign: "$100-250 group sessions" gives 250 as money, as "$100-$250"
  // does; a smaller figure there is no end of it ("$1,530 – 12 weeks": hostile 18k H18k-2).
  const start = RANGE_FROM.exec(before);
  if (start?.[1] && Number(start[1].replaceAll(',', '')) < Number(text.slice(w.start, w.end).replaceAll(',', '')))
    return null;
  const after = text.slice(w.end);
  const written = text.slice(w.start, w.end);
  const other = otherFigure(before, written, after);
  if (other) return other;
  const percent = PERCENT_AFTER.exec(after);
  if (percent) return { as: 'a percent', words: `${text.slice(w.start, w.end)}${percent[0]}` };
  const counted = COUNTED_AFTER.exec(after);
  const between = counted?.[0].match(/[\p{L}][\p{L}-]*/gu)?.slice(0, -1) ?? [];
  // A count noun that a price noun follows is the price's unit: "250 group session fee" (hostile 18l H18l-7).
  const unitOfPrice =
    counted && /^\s*(?:fees?|prices?|rates?|costs?|charges?)(?![\p{L}])/iu.test(after.slice(counted[0].length));
  if (counted && !unitOfPrice && !between.some((x) => ISO.has(x) || CURRENCY_WORD.test(x) || MAYBE_CURRENCY.test(x)))
    return { as: 'a count', words: `${text.slice(w.start, w.end)}${counted[0]}` };
  const group = COUNTED_BEFORE.exec(before);
  if (group) return { as: 'a count', words: `${group[0]}${text.slice(w.start, w.end)}` };
  // A bare figure after a price and "x" or "for" counts that price ("$250 x 6", "$1,400 for 6"; hostile 18k H18k-9).
  const times = TIMES_BEFORE.exec(before);
  if (times && (times[2] || BARE_AFTER.test(after)))
    return { as: 'a count', words: `${times[1]?.trimStart()}${text.slice(w.start, w.end)}` };
  // A ratio or a time ("1:4 ratio", "6:30") is no price (H18k-9).
  const left = /^\d{1,2}$/.test(written) && RATIO_BEFORE.exec(before);
  const right = /^\d{1,2}$/.test(written) && RATIO_AFTER.exec(after);
  if (left || right) return { as: 'a ratio', words: `${left ? left[0] : ''}${written}${right ? right[0] : ''}` };
  return null;
}
/** Two figures written "A or B" ("$1,530 or $1,585", "CAD 1,530 or CAD 1,585"). */
const orBetween = (text: string, a: string, b: string): boolean =>
  new RegExp(`${literal(a)}\\s*(?:[A-Z]{3}\\s*)?or\\s*(?:[A-Z]{3}\\s*)?[$€£¥₹]?\\s*${literal(b)}(?![\\d,])`, 'i').test(
    text,
  );
/** After a range's first figure: a label in brackets, then what joins it to the next ("(2 sessions) to"). */
const LABELLED_JOIN = /^\s*\([^()]{1,40}\)\s*(?:to|up\s+to|through|thru|or|[-–—])\s*(?:[A-Z]{3}\s*)?[$€£¥₹]?\s*$/i;
/** The words after a figure until the next figure (or the end). */
const afterFigure = (text: string, written: string): string => {
  const at = new RegExp(`${literal(written)}(?![\\d,])`).exec(text);
  if (!at) return '';
  const rest = text.slice(at.index + at[0].length);
  return rest.slice(0, rest.search(/[$€£¥₹]\s*\d|\b[A-Z]{3}\s*\d|$/));
};
/** A figure that is a total of several sessions or of a package: "for 6 sessions", "for the package", "(8 sessions)". */
const MANY =
  /^[^;]*?(?:(?:for|per|covers?|covering|includes?|including)\s+(?:the\s+|a\s+|all\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![\s-]*(?:minutes?|mins?|hours?|hrs?|h|weeks?|days?|months?|years?)\b)(?:[\s-]+(?:sessions?|visits?|meetings?))?|(?:whole\s+|full\s+|entire\s+)?(?:package|bundle|program|programme|course|series|pack|cohort)\b|group\s+of)|\(\s*(?:\d+|two|three|four|five|six|seven|eight)[\s-]+sessions?\b|\b\d+-session\s+(?:package|bundle|pack)\b|\(\s*[^)]*\b(?:package|bundle)\))/i;

/** A dose after a figure or a range of figures ("0.5–1 mg/kg", "40 mg"): the brief's "mg/kg is not mg", and no price. */
const DOSE_AFTER =
  /^\s*(?:(?:[-–—]|to)\s*\d[\d.,]*\s*)?(?:mg|mcg|µg|μg|ml|cc|milligrams?)(?:\s*\/\s*kg|\s+per\s+(?:kg|kilogram))?(?![\p{L}])/iu;
/** A package size: "package of 6", "Package (5)", "5-pack", "2 for $400", "6 x $250" (hostile 18l H18l-5). */
const PACKAGE_BEFORE = /(?<![\p{L}])(?:packages?|packs?|bundles?|blocks?|series|sets?)\s*(?:of\s+|\(\s*)$/iu;
const PACKAGE_AFTER = /^(?:\s*-\s*|\s+)packs?(?![\p{L}])|^\s*(?:for|[x×])\s*(?:[A-Z]{3}\s?)?[$€£¥₹]/u;
/** A session's number: "Session 1: $300", "sessions 2-6: $250". */
const NUMBERED_BEFORE =
  /(?<![\p{L}])(?:sessions?|weeks?|days?|months?|modules?|phases?|steps?|levels?|tiers?)\s*#?\s*(?:\d{1,2}\s*(?:[-–]|to|through)\s*)?$/iu;
const NUMBERED_AFTER = /^\s*(?:(?:[-–]|to|through)\s*\d{1,2}\s*)?[:)]/u;
/** A year: 1990-2049 after "as of", "since", "in", "effective" or a month, or before "rates", "prices", "pricing". */
const YEAR_BEFORE =
  /(?<![\p{L}])(?:(?:as\s+of|since|effective|in|until)\s+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)$/iu;
const YEAR_AFTER =
  /^\s*(?:rates?|prices?|pricing|fees?|schedule|season)(?![\p{L}])|^\s*(?:[-–]|to)\s*(?:19|20)\d\d\s+(?:rates?|prices?|pricing|fees?)(?![\p{L}])/iu;
/** An age: "ages 18-65", "aged 18+", "18+ only", "18 or older". */
const AGE_BEFORE = /(?<![\p{L}])(?:ages?|aged)\s*:?\s*(?:\d{1,2}\s*(?:[-–]|to)\s*)?$/iu;
const AGE_AFTER =
  /^\s*\+\s*only(?![\p{L}])|^\s*(?:\+\s*)?(?:or|and)\s+older(?![\p{L}])|^\s*years?\s+(?:old|of\s+age)(?![\p{L}])/iu;
/** An address: "Suite 200", "Room 4", "123 Main Street". */
const ADDRESS_BEFORE = /(?<![\p{L}])(?:suite|ste\.|room|rm\.|floor|apt\.?)\s*$/iu;
const ADDRESS_AFTER =
  /^\s+(?:[\p{Lu}][\p{L}]+\s+){1,2}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Way|Lane|Ln)(?![\p{L}])/u;
/** A phone number: figures after "call", "phone", "tel", "text" or "fax", in its dashed or dotted groups. */
const PHONE_BEFORE =
  /(?<![\p{L}])(?:call|phone|tel|telephone|text|fax)\.?\s*:?\s*(?:\+?1[-.\s]?)?(?:\(?\d{3}\)?[-.\s]*){0,2}$/iu;
/** A clock time: "9am to 5pm", "9 - 5 pm". */
const TIME_AFTER = /^\s*(?:(?:[-–]|to)\s*\d{1,2}(?::\d\d)?\s*)?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu;
/** A figure that is a dose, a package size, a year, an age, an address or a phone number: no price (hostile 18l H18l-5). */
function otherFigure(before: string, written: string, after: string): FigureReading['notPrice'] {
  const small = /^\d{1,2}$/.test(written);
  const dose = DOSE_AFTER.exec(after);
  if (dose) return { as: 'a dose', words: `${written}${dose[0]}` };
  const pack = PACKAGE_BEFORE.exec(before);
  if (small && pack) return { as: 'a count', words: `${pack[0]}${written}` };
  const packAfter = PACKAGE_AFTER.exec(after);
  if (small && packAfter) return { as: 'a count', words: `${written}${packAfter[0]}` };
  const numbered = NUMBERED_BEFORE.exec(before);
  if (small && numbered && NUMBERED_AFTER.test(after)) return { as: 'a count', words: `${numbered[0]}${written}` };
  if (/^(?:199\d|20[0-4]\d)$/.test(written)) {
    const year = YEAR_BEFORE.exec(before)?.[0] ?? '';
    const rates = YEAR_AFTER.exec(after)?.[0] ?? '';
    if ((year || rates) && !CURRENCY_AFTER.test(after)) return { as: 'a year', words: `${year}${written}${rates}` };
  }
  const age = AGE_BEFORE.exec(before);
  const ageAfter = AGE_AFTER.exec(after);
  if (small && (age || ageAfter)) return { as: 'an age', words: `${age?.[0] ?? ''}${written}${ageAfter?.[0] ?? ''}` };
  const address = ADDRESS_BEFORE.exec(before);
  const street = ADDRESS_AFTER.exec(after);
  if (/^\d{1,5}$/.test(written) && (address || street))
    return { as: 'an address', words: `${address?.[0] ?? ''}${written}${street?.[0] ?? ''}` };
  const phone = PHONE_BEFORE.exec(before);
  if (/^\d{3,4}$/.test(written) && phone) return { as: 'a phone number', words: `${phone[0]}${written}` };
  const time = TIME_AFTER.exec(after);
  if (small && time) return { as: 'a time', words: `${written}${time[0]}` };
  return null;
}
/** A price, then "x" (a multiplier, any figure after it) or "for" (a bare figure after it), right before a figure. */
const TIMES_BEFORE =
  /(?:[$€£¥￥₹₩₽₪₺₦₱฿₫₴]|(?<![\p{L}])[A-Z]{3})\s*\d[\d,]*(?:\.\d+)?(?:\s+(?:per|a|an|each|every)\s+[\p{L}][\p{L}-]*)?(\s*(x|×)\s*|\s+for\s+)$/iu;
/** Nothing after a figure but the end of its clause: a bare figure. */
const BARE_AFTER = /^\s*(?:$|[,;.)])/;
/** A number of one or two digits and a colon on either side of one such figure: a ratio or a time ("1:4", "6:30"). */
const RATIO_BEFORE = /(?<![\d,.])\d{1,2}\s?:\s?$/;
const RATIO_AFTER = /^\s?:\s?\d{1,2}(?![\d,.])/;
/**
 * A modal before a price's verb ("may cost $250", "can be $250 or more"): the price is one it may have, a qualifier as
 * "typically" is (hostile 18j H18j-3). Only with no words but known ones between it and the figure.
 */
const MODAL =
  /(?<![\p{L}])(may|might|could|can)\s+(?:(?:also|still|often|sometimes)\s+)?(?:cost|costs|be|run|range|charge|total|reach|exceed|come\s+to|amount\s+to)(?![\p{L}])/giu;
/**
 * Words that say the price is one of several, before or after it: "varies" of the price or of nothing else ("$250
 * (varies)", "prices vary", ", depending on the clinic"; not "(group size varies)").
 */
const VARIES =
  /(?:(?:^|[(,:—–-])\s*|(?<![\p{L}])(?:prices?|costs?|fees?|rates?|pricing|amounts?|charges?)\s+)(?:(?:may|might|can|could|will|often|also)\s+)?(var(?:y|ies|ying)|depend(?:s|ing)?)(?![\p{L}])/iu;
/** Places a price may be one of: "some clinics". */
const SOME =
  'some\\s+(?:programs?|programmes?|clinics?|providers?|practices?|practitioners?|centres?|centers?|locations?|sites?|regions?|provinces?|areas?)(?![\\p{L}])';
/**
 * "some clinics" said of the price: as the clause before it, its subject or its place ("Some programs charge $250", "in
 * some programs, $250"), or its place right after its unit, or alone in its clause ("$250 per session at some clinics",
 * "$250 (some clinics)"); not of another thing ("Unlike some programs, $1,530", "$250, with integration in some programs":
 * hostile 18k H18k-7).
 */
const SOME_BEFORE = new RegExp(
  `(?:^|[,;:(—–-])\\s*(?:(?:offered|available|provided)\\s+)?(?:(?:in|at|with|for|among|across|from)\\s+)?(${SOME})(?:\\s+(?:charge|charges|cost|costs|ask|asks|bill|bills|list|lists|price|prices|(?:offer|offers|provide|provides|sell|sells)(?:\\s+(?:it|this|them|sessions?|treatment|therapy))?)(?![\\p{L}]))?[\\s,:]*(?:(?:about|around|from|at|for)\\s+)?(?:[A-Z]{3}\\s?)?[$€£¥₹]?\\s*$`,
  'iu',
);
const SOME_AFTER = new RegExp(
  `^(?:\\s*(?:per|a|an|each|every|/)\\s*[\\p{L}][\\p{L}-]*)?[\\s,(]*(?:(?:in|at|with|from|for|among|across)\\s+(${SOME})|(${SOME})\\s*(?:$|[);]))`,
  'iu',
);
/** The words of `words` in the sentence nearest `end` ("…; may cost" before a figure, "(varies); …" after it). */
const sentenceEnd = (words: string) => words.split(/;|[.!?](?=\s)/).at(-1) ?? '';
const sentenceStart = (words: string) => words.split(/;|[.!?](?=\s)/)[0] ?? '';
/** A qualifier of the figure between `before` and `after`, in their sentences: a modal, "varies" or "some clinics" (H18j-3). */
function mayOf(before: string, after: string): string | null {
  const lead = sentenceEnd(before);
  for (const m of lead.matchAll(MODAL))
    if (m[1] && knownWords(lead.slice(m.index + m[0].length).replace(/[\d.,]+/g, ' '))) return m[1];
  const own = sentenceStart(after);
  const varies = VARIES.exec(lead) ?? VARIES.exec(own);
  // "— depending on location, integration is extra": a clause before another clause's words is that clause's (H18k-7).
  const ofOther =
    varies?.input === own &&
    /^,\s*(?!(?:and|or|per|plus)(?![\p{L}]))[\p{L}]+\s+[\p{L}]/u.test(
      own.slice(varies.index + varies[0].length).replace(/^[^,]*/, ''),
    );
  if (varies?.[1] && !ofOther) return varies[1];
  // "Prices vary; $250 for most sessions": a clause of the price's own before it, and "most" of what it is for (hostile
  // 18l H18l-5).
  const vary = PRICES_VARY.exec(before);
  if (vary?.[1]) return vary[1];
  const most = MOST_AFTER.exec(own);
  if (most?.[1]) return most[1];
  const some = SOME_AFTER.exec(own);
  return SOME_BEFORE.exec(lead)?.[1] ?? some?.[1] ?? some?.[2] ?? null;
}
const PRICES_VARY =
  /(?<![\p{L}])(?:prices?|costs?|fees?|rates?|pricing)\s+(?:(?:may|might|can|could|will|often)\s+)?(var(?:y|ies)|depends?)\s*[;:.,—–-]?\s*(?:[A-Z]{3}\s?)?[$€£¥₹]?\s*$/iu;
const MOST_AFTER =
  /^[^;.!?]*?(?<![\p{L}])(?:for|of|in|at)\s+(most)\s+(?:sessions?|clients?|participants?|people|patients?|programs?|programmes?|clinics?|cases|services?)(?![\p{L}])/iu;
/** A currency code or word right after a number ("250 CAD", "250 euros"): the number is an amount, not a label. */
const CURRENCY_AFTER =
  /^\s?(?:(?:AUD|CAD|CHF|EUR|GBP|NZD|USD)(?![\p{L}])|(?:Canadian\s+|US\s+|American\s+)?(?:dollars?|euros?)(?![\p{L}]))/u;
/**
 * The noun of a unit that starts `words` ("per session", "/session", "for the package"), never a word that joins the
 * figures ("each to": review 33 R33-1); "each" alone is its own unit ("$400 each to $600 each").
 */
const UNIT_START =
  /^[^\d]*?(?:(?<![\p{L}])(?:per|each|every|a|an|for)\s+(?:the\s+)?|\/\s*)(?!(?:to|and|or|through|thru|until|till|from|plus|with|up)(?![\p{L}]))([\p{L}][\p{L}-]*)/iu;
const EACH = /^[^\d]*?(?<![\p{L}])(each)(?![\p{L}])/iu;
const unitOf = (words: string) => (UNIT_START.exec(words)?.[1] ?? EACH.exec(words)?.[1])?.toLowerCase();
/**
 * Whether the words between a range's figures give the first no unit of its own, or the same one as the words after the
 * second (`same`: "$100/session to $250/session" is a range), another one (`apart`: "$250 per session - $1,400 for the
 * package" are two items' prices), or one where the second gives none (`unknown`: "$400 per session to $600" may be
 * either, the editor's reading).
 */
function sameUnit(between: string, after: string): 'same' | 'apart' | 'unknown' {
  const own = unitOf(between);
  if (own === undefined) return 'same';
  const other = unitOf(after);
  return other === undefined ? 'unknown' : own === other ? 'same' : 'apart';
}
/** A year in brackets, standing alone ("(2026)"). */
const YEAR = /\(\s*(?:19|20)\d\d\s*\)/g;
/** A clause that is only a bound or a qualifier, ending the text. */
const PAST_COMMA =
  /^[^,;]*,\s*(and up|or more|and higher|or higher|and above|or above|and over|or greater|estimated|est\.|an estimate|give or take|on average|approx\.|approximately|approximate|roughly speaking|roughly|or so|or thereabouts|more or less|ballpark|rough estimate|typically|usually|often|generally|normally|commonly|mostly|sometimes|in most cases|as a rule)\s*\.?\s*$/i;

/** Whether the words at `index` are beside a figure: the nearest one, if nothing but a few words stand between. */
function nearest(figures: { start: number; end: number; value: number }[], index: number, length: number) {
  let best: { d: number; value: number } | null = null;
  for (const f of figures) {
    const d = index + length <= f.start ? f.start - (index + length) : index >= f.end ? index - f.end : 0;
    if (!best || d < best.d) best = { d, value: f.value };
  }
  return best?.value ?? null;
}

/** The last text read: both rules of one write read the same amount_text, so it is read once per write. */
let last: { text: string; reading: AmountReading } | null = null;

export function readAmount(text: string): AmountReading {
  if (last?.text !== text) last = { text, reading: read(text) };
  return last.reading;
}

function read(text: string): AmountReading {
  const unread = new Set<string>();
  for (const m of text.matchAll(SPACED)) unread.add(m[0]);
  for (const m of text.matchAll(OTHER_DIGITS)) unread.add(m[0]);
  for (const m of text.matchAll(SCALED)) unread.add(m[0]);
  for (const m of text.matchAll(NEGATIVE)) unread.add(m[0]);
  for (const m of text.matchAll(ARITHMETIC)) unread.add(m[0]);
  // Spaced groups blanked in place, so that every index below is the text's own.
  // A bracketed year is no figure and ends no clause: "Approximately (2026) $1,530" (hostile 18h H18h-4).
  const rest = text.replace(SPACED, (m) => ' '.repeat(m.length)).replace(YEAR, (m) => ' '.repeat(m.length));
  const written = [...rest.matchAll(FIGURE_LIKE)].map((m) => ({
    w: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const w of written) if (!READABLE.test(w.w)) unread.add(w.w);
  // A number after "#", "No." or "registration" is a label, no amount: "GST #12345: $1,530" (hostile 18h H18h-12).
  // Not one with a currency after it: "Registration 250 CAD" is a fee (hostile 18j H18j-11).
  const readable = written.filter(
    (w) => READABLE.test(w.w) && (!LABEL_BEFORE.test(rest.slice(0, w.start)) || CURRENCY_AFTER.test(rest.slice(w.end))),
  );
  const figures: FigureReading[] = [];
  const placed: { start: number; end: number; value: number }[] = [];
  // A number that qualifies the noun after it ("Estimated 2024 fee: $1,530", "a 12-week program costs $1,530", "Up to 3
  // payments of $510") is neither a price nor a count: the clauses of the figures beside it run across it, so that its
  // words stay the price's (hostile 18e H18e-1).
  // So is a count that says what a price noun is for ("Estimated total for 12 weeks: $1,530", "Estimated per-person fee
  // for 8 people: $1,530"): the qualifier before the noun is the price's (hostile 18f H18f-10).
  const ofPriceNoun = (w: { start: number }) =>
    COUNT_AHEAD.test(rest.slice(w.start)) &&
    /\b(?:total|fees?|costs?|prices?|rates?|tuition|charges?)\s+(?:for|over|covering)\s+(?:the\s+)?$/i.test(
      rest.slice(0, w.start),
    );
  const solid = readable.filter((w) => !qualifiesNoun(rest, w) && !ofPriceNoun(w));
  // Where the taxes read so far end: a later figure's words before that are an earlier price's.
  let taxedTo = 0;
  readable.forEach((w, i) => {
    const prevEnd = solid.filter((x) => x.end <= w.start).pop()?.end ?? 0;
    const nextSolid = solid.find((x) => x.start >= w.end);
    const nextStart = readable[i + 1]?.start ?? rest.length;
    const { lead, trail } = around(rest, w.start, w.end, prevEnd, nextSolid?.start ?? rest.length);
    // The first figure of a range: a dash, "to" or "through" (or "and" after "between") just before the next figure, with
    // no break between ("$400-$600", "from $900 (group) to $1,200 (individual)", "between $400 and $600").
    const between = rest.slice(w.end, nextStart).replace(/^\s*\+/, '');
    const words = /between\s*(?:[A-Z]{2,3}\s?)?[$€£¥₹]?\s*$/i.test(lead) ? 'to|through|thru|and' : 'to|through|thru';
    const rangeStart =
      i + 1 < readable.length &&
      !/[,;]/.test(between) &&
      new RegExp(`(?:[-–—]|(?:^|[\\s)/])(?<!up\\s)(?:${words}))\\s*(?:[A-Z]{2,3}\\s?)?[$€£¥₹]?\\s*$`, 'i').test(
        between,
      );
    const value = Number(w.w.replaceAll(',', ''));
    const f = readFigure(
      value,
      w.w,
      lead,
      trail,
      rangeStart,
      nextSolid !== undefined && !/[,;)]/.test(rest.slice(w.end, nextSolid.start)),
      rest.slice(w.end),
    );
    // Its taxes: written after it until the next amount in money or a semicolon, past a count or a comma ("$1,530 for the
    // 12-week program + GST", "$1,530 per program, plus GST"; "~CAD $5,850 + GST; ~CAD $7,500 + tax" gives each its own).
    const money = readable.slice(i + 1).find((x, k) => {
      const before = rest.slice((readable[i + k] as { end: number }).end, x.start);
      return /(?:[$€£¥₹]|\b[A-Z]{3})\s*$/.test(before);
    });
    // A semicolon ends them before another price, not before a tax with no price after it ("$1,530; GST extra": H18e-10).
    const after = rest.slice(w.end, money?.start ?? rest.length);
    const span = money ? (after.split(';')[0] as string) : after;
    // Words before it say its taxes too ("GST included: $1,530"), unless the taxes of the price before run there: "Group
    // $5,850 + GST / individual $7,500" gives 7,500 no tax (hostile 18e H18e-5).
    const own = lead.slice(Math.max(0, taxedTo - (w.start - lead.length)));
    if (!COUNT_AHEAD.test(rest.slice(w.start)) && solid.includes(w)) taxedTo = Math.max(taxedTo, w.end + span.length);
    f.taxClause = `${own}${w.w}${span}`;
    f.taxes = [...new Set([...taxesIn(own), ...taxesIn(span)].map((m) => m[0]))];
    // A bound or qualifier that is all the last clause, after words this reader knows: "$1,530, and up", "$1,530 per
    // session, or more", "$1,530, estimated", "$1,530 per program, on average" (hostile 18e H18e-10); after others it may
    // be theirs ("lasting two hours, on average": H18e-2).
    const past = PAST_COMMA.exec(rest.slice(w.end));
    if (past?.[1] && !rangeStart && !nextSolid && !holdsCount(rest.slice(w.end, rest.length - past[1].length))) {
      if (/^(?:and|or) (?!so|thereabouts)/i.test(past[1])) f.floor ??= past[1];
      else f.hedge ??= past[1];
    }
    f.notPrice = notPriceOf(rest, w);
    const end = readable[i + 1];
    const paired =
      rangeStart && end !== undefined && !notPriceOf(rest, end) && Number(end.w.replaceAll(',', '')) > value;
    const units = paired
      ? sameUnit(rest.slice(w.end, end.start), rest.slice(end.end, readable[i + 2]?.start ?? rest.length))
      : null;
    f.rangeSure = units === 'same';
    f.unitsApart = units === 'apart';
    f.hedge ??= mayOf(rest.slice(prevEnd, w.start), rest.slice(w.end, nextSolid?.start ?? rest.length));
    figures.push(f);
    placed.push({ start: w.start, end: w.end, value });
  });
  // A tax in a lead before the first figure, ended by a colon, is every figure's ("All prices + GST: group ~CAD $5,850,
  // individual ~CAD $7,500", "GST extra: …"); a tax after the last figure of a pair joined by "or", "/" or "and" may
  // be each figure's that has none of its own (hostile 18f H18f-12) and is not said to have none (hostile 18g H18g-1).
  const prices = figures.filter((f) => solid.some((w) => Number(w.w.replaceAll(',', '')) === f.value));
  const head = /^[^:$€£¥₹\d]*:/.exec(rest.slice(0, readable[0]?.start ?? 0))?.[0] ?? '';
  const headTaxes = taxesIn(head).map((m) => m[0]);
  if (headTaxes.length)
    for (const f of prices.slice(1)) {
      f.taxes = [...new Set([...headTaxes, ...f.taxes])];
      f.taxClause = `${head} ${f.taxClause}`;
    }
  const lastPrice = placed.filter((p) => solid.some((w) => w.start === p.start)).at(-1);
  const lastFigure = lastPrice ? figures[placed.indexOf(lastPrice)] : undefined;
  if (lastPrice && lastFigure?.taxes.length)
    placed.forEach((p, i) => {
      const f = figures[i] as FigureReading;
      const between = rest.slice(p.end, lastPrice.start);
      if (p === lastPrice || f.taxes.length || /[;.,]|[+]|\b(?:plus|incl|including|excl)\b/i.test(between)) return;
      // A figure said to have no tax has a tax statement of its own: "$5,850 (GST-free) or $7,500 + GST" (hostile 18g H18g-1).
      if ([...f.taxClause.matchAll(NOT_CHARGED)].some((m) => !A_REGISTRATION.test(m[0]))) return;
      // So is one said exempt with no tax named: "$5,850 (exempt) or $7,500 + GST" (hostile 18h H18h-1).
      if (UNTAXED.test(f.taxClause)) return;
      if (!/(?:\bor\b|\band\b|\/)/i.test(between)) return;
      f.sharedTaxes = lastFigure.taxes;
      f.sharedTaxClause = lastFigure.taxClause;
    });
  // A range's qualifier or bound written before its first figure is the range's ("about $400-$600"), and so its upper
  // figure's too; one written after its last figure ("$400-$600 approx.") is its first figure's too.
  figures.forEach((f, i) => {
    const next = figures[i + 1];
    if (!f.rangeStart || !next) return;
    next.hedge ??= f.hedge;
    f.hedge ??= next.hedge;
  });

  const currencies: AmountReading['currencies'] = [];
  const wordsOf = (gap: string) => gap.replace(/\b[A-Z]{3}\b/g, ' ').match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  // A currency names the figure it stands beside, in its clause ("CAD: $1,530", "$1,530 USD/CAD"), with nothing between
  // but signs, codes and words that say nothing of the amount: before it, any such word ("USD pricing: $1,530"); after
  // it, only the words of AFTER_WORDS ("$1,530 per program USD", "$1,530 for 3 sessions CAD", "$1,530 plus GST CAD"), not
  // "with", "including" or "or", which start another noun ("$250 per session with an AED available", "(or USD
  // equivalent)": hostile 18e H18e-3, hostile 18f H18f-2).
  const besideOf = (index: number, length: number): { start: number; value: number } | null | undefined => {
    if (!placed.length) return null;
    const value = nearest(placed, index, length);
    let f = placed.find((x) => x.value === value) as { start: number; end: number; value: number };
    // After a count or a noun's number ("$1,530 for 12 weeks (CAD)", "$1,530 for the 12-week program (CAD)"), a
    // currency is the price's before it.
    const counts = (x: { start: number; end: number }) =>
      !/[$€£¥₹]\s*$/u.test(text.slice(0, x.start)) &&
      (COUNT_AHEAD.test(text.slice(x.start)) || qualifiesNoun(rest, { ...x, w: text.slice(x.start, x.end) }));
    if (index >= f.end && counts(f)) f = placed.filter((x) => x.end <= f.start && !counts(x)).at(-1) ?? f;
    if (index + length <= f.start) {
      const gap = text.slice(index + length, f.start);
      if (/[,;]|\.(?:\s|$)/.test(gap)) return undefined;
      return wordsOf(gap).every((w) => KNOWN_WORDS.has(w.toLowerCase())) ? f : undefined;
    }
    const gap = text.slice(f.end, index);
    if (/\.(?:\s|$)/.test(gap)) return undefined;
    // After a comma or semicolon, a currency that ends the text and is all its clause names the last figure (", USD",
    // ", Canadian dollars", "; billed in USD": H18e-10).
    // ", USD only", ", USD funds", ", in Canadian dollars", ", all in USD", ", billed monthly in USD" (H18f-2).
    const [own = '', ...past] = gap.split(/[,;]/);
    if (
      past.length &&
      !(
        f === placed.at(-1) &&
        past.length === 1 &&
        /^\s*(?:only|funds|dollars?)?[\s.)]*$/i.test(text.slice(index + length))
      )
    )
      return undefined;
    if (
      past.length &&
      !/^\s*(?:all\s+)?(?:(?:billed|paid|payable|charged|quoted|listed)\s+(?:(?:monthly|weekly|yearly|annually|upfront)\s+)?)?(?:in\s+)?\(?\s*$/i.test(
        past[0] ?? '',
      )
    )
      return undefined;
    return wordsOf(own.replace(/\bor\s+(?:less|under|more)\b/gi, ' ')).every((w) => AFTER_WORDS.has(w.toLowerCase()))
      ? f
      : undefined;
  };
  // With a bare "$" beside a figure, only a dollar's or a peso's code is its currency: "$1,530 per week (PHP)" is a
  // partial hospitalisation program, not Philippine pesos (hostile 18c H18c-6, hostile 18e H18e-3).
  const bareDollar = (f: { start: number }) => /(?<![\p{L}])\$\s*$/u.test(text.slice(0, f.start));
  // A currency the text declares for all its prices ("All prices in CAD.", "Amounts are in US dollars").
  const declared =
    /\b(?:[Pp]rices?|[Aa]mounts?|[Ff]ees?|[Cc]osts?|[Ff]igures?)\s+(?:are\s+|shown\s+|quoted\s+|listed\s+)?in\s+([A-Z]{3})\b/.exec(
      text,
    );
  if (declared?.[1] && ISO.has(declared[1]))
    currencies.push({ code: declared[1], words: `"${declared[0]}"`, figure: null });
  const uncertain: AmountReading['uncertain'] = [];
  const add = (code: string, words: string, index: number) => {
    const f = besideOf(index, words.length);
    if (f && bareDollar(f) && !DOLLARS.has(code)) return;
    // Before a word it may modify, it may name no currency ("$1,530 CHF patients excluded", "AED training"), or name one
    // ("$1,530 CAD tuition"): the editor says whether the currency is stated (H18e-3).
    const next = /^\s*([\p{L}][\p{L}'’-]*)/u.exec(text.slice(index + words.length))?.[1];
    const modifies = next && !KNOWN_WORDS.has(next.toLowerCase()) && !ISO.has(next) && !CURRENCY_WORD.test(next);
    if (f === undefined) {
      // Beside no figure, a currency the text writes still forbids another ("1,530 for the program, all in EUR"):
      // unless it modifies a noun, is said of another subject ("; the individual one is billed in USD"), or cannot be
      // the currency of a bare "$" (hostile 18f H18f-2).
      const clause =
        text
          .slice(0, index)
          .split(/[;!?]|\.(?=\s)/)
          .at(-1) ?? '';
      const another =
        /\b(?:is|are|was|were)\b/i.test(clause) &&
        !/^\s*(?:all\s+)?(?:our\s+)?(?:prices?|amounts?|fees?|costs?|figures?|rates?)\b/i.test(clause);
      const dollarsOnly = placed.length > 0 && placed.every(bareDollar) && !DOLLARS.has(code);
      if (!modifies && !another && !dollarsOnly) uncertain.push({ words, codes: [code], figure: null });
      return;
    }
    if (modifies) uncertain.push({ words, codes: null, figure: f?.value ?? null });
    else currencies.push({ code, words: `"${words}"`, figure: f?.value ?? null });
  };
  // A capitalised code, not in a capitalised phrase that is no code ("ALL IN", "TRY IT": hostile 17b H17b-6).
  for (const m of text.matchAll(/(?<![A-Za-z])([A-Z]{3}|[a-z]{3}|[A-Z][a-z]{2})(?![A-Za-z])/g)) {
    const word = m[1] as string;
    const code = word.toUpperCase();
    if (word !== code && !CASED_CODES.has(word.toLowerCase())) continue;
    // Only a code that is also an English word ("ALL", "TRY", "CUP") is taken for a word in a capitalised phrase: "$1,530
    // CAD GST" and "100 USD PER SESSION" name their currency (review 29 R29-1).
    if (WORD_CODES.has(word)) {
      // Nor one joined to a word by a hyphen, or followed by a word in any case ("ALL-INCLUSIVE", "$250 ALL in": R29-11).
      const before = text.slice(0, m.index).match(/([A-Z]{2,})\s+$/)?.[1];
      const after = text.slice(m.index + word.length).match(/^(?:\s+|-)([A-Za-z]{2,})(?![A-Za-z])/)?.[1];
      if ([before, after?.toUpperCase()].some((w) => w !== undefined && !ISO.has(w))) continue;
    }
    if (ISO.has(code)) add(code, word, m.index);
  }
  for (const [re, code] of [...NAMES, ...WORDS]) for (const m of text.matchAll(re)) add(code, m[0], m.index);

  for (const [re, codes] of SEVERAL)
    for (const m of text.matchAll(re)) {
      const f = besideOf(m.index, m[0].length);
      if (f !== undefined)
        uncertain.push({ words: m[0], codes: codes.filter((c) => ISO.has(c)), figure: f?.value ?? null });
    }
  // Other words glued to a figure or one space from it, or to its "$", that may be a currency ("1,530 Kč", "$1,530 Loonies").
  for (const p of placed) {
    const beside = [
      text.slice(0, p.start).match(/(?:^|\s)([^\s\d$]+)\s?\$?\s?$/u)?.[1],
      text.slice(p.end).match(/^\s?([^\s\d]+)/u)?.[1],
    ];
    for (const w of beside) {
      const word = w?.replace(/^[(:]+|[):,;]+$/g, '');
      if (!word || !MAYBE_CURRENCY.test(word)) continue;
      if (currencies.some((c) => c.words.includes(word)) || uncertain.some((u) => u.words === word)) continue;
      if (TAX_AHEAD.test(word) || ISO.has(word) || NEUTRAL.test(word.replace(/\.$/, ''))) continue;
      if ([...BEFORE, ...AFTER].some((x) => x.w.toLowerCase() === word.toLowerCase())) continue;
      uncertain.push({ words: word, codes: null, figure: p.value });
    }
  }

  const taxes = [...new Set(taxesIn(text).map((m) => m[0]))];
  return {
    figures,
    unread: [...unread],
    currencies,
    uncertain,
    openEnded: figures.find((f) => f.floor)?.floor ?? null,
    hedges: [...new Set(figures.flatMap((f) => (f.hedge ? [f.hedge] : [])))],
    taxes,
  };
}

const quote = (ws: readonly string[]) => ws.map((w) => `"${w}"`).join(', ');

/** The rules across a price's fields that read its `amount_text`: each refusal is a 422 naming the field that disagrees. */
export function amountTextRules(): Rule[] {
  const citationsOf = (d: Record<string, unknown>) =>
    (Array.isArray(d.citations) ? (d.citations as { source_id?: unknown; excerpt?: unknown; section?: unknown }[]) : [])
      .filter((c) => c && typeof c.excerpt === 'string')
      .map((c) => ({
        source_id: String(c.source_id),
        excerpt: String(c.excerpt),
        section: c.section as string | null,
      }));
  /** The figures the typed fields give, as read beside their words (every figure, when the fields give none). */
  const typed = (d: Record<string, unknown>, r: AmountReading) => {
    const values = ['amount_min', 'amount_max', 'open_ended_from']
      .map((f) => d[f])
      .filter((v) => typeof v === 'number');
    return values.length ? r.figures.filter((f) => values.includes(f.value)) : r.figures;
  };
  return [
    {
      text: 'each amount is a price figure amount_text writes (1,530.50), not a ceiling or a discount; a currency it names beside it (a code, sign or word) is the currency',
      check: (d, report) => {
        if (typeof d.amount_text !== 'string') return;
        const r = readAmount(d.amount_text);
        if (r.unread.length)
          report(
            ['amount_text'],
            `writes ${quote(r.unread)}, not a figure as amounts are read: digits, a comma before each group of three (1,530), cents after a point (2.50); no scale word, minus sign or sum`,
          );
        const prices = r.figures.filter((f) => !f.deduction && !f.notPrice);
        for (const field of ['amount_min', 'amount_max', 'open_ended_from']) {
          const v = d[field];
          if (typeof v !== 'number') continue;
          const at = r.figures.filter((f) => f.value === v);
          if (!at.length)
            report(
              [field],
              `must be a figure amount_text writes (${listOnce(prices.map((f) => f.written)) || 'it writes none'})`,
            );
          else if (at.every((f) => f.deduction))
            report(
              [field],
              `must be a price amount_text writes: it gives ${at[0]?.written} as a deduction ("${at[0]?.deduction}")`,
            );
          // "$1,530 for 6 sessions" gives 6 as a count, "20% off" 20 as a percent: no price (hostile 18j H18j-1).
          else if (at.every((f) => f.notPrice))
            report(
              [field],
              `must be a price: amount_text gives ${at[0]?.written} as ${at[0]?.notPrice?.as} ("${at[0]?.notPrice?.words.trim()}")`,
            );
          // "up to $900" gives no least amount: amount_min would read 900 as one (hostile 18b H18b-3).
          else if (field === 'amount_min' && at.every((f) => f.ceiling && !f.rangeStart))
            report(
              [field],
              `must be null: amount_text gives ${at[0]?.written} as a ceiling ("${at[0]?.ceiling}"), not the least it costs`,
            );
        }
        // A figure of a range is no exact price: "$100-$250" stored as exactly $100 (or $250) drops a bound (hostile 18j
        // H18j-4); "$3,500-$10,000+" is open-ended from its last figure.
        if (typeof d.amount_min === 'number' && d.amount_max == null && d.open_ended === false) {
          const at = r.figures.flatMap((f, i) =>
            f.value === d.amount_min && !f.deduction && !f.notPrice ? [{ f, i }] : [],
          );
          const first = at[0] && r.figures[at[0].i + 1];
          const start = at[0] && r.figures[at[0].i - 1];
          if (at.length && first && at.every(({ f }) => f.rangeSure))
            report(
              ['amount_max'],
              `must be given: amount_text gives ${at[0]?.f.written} as the first figure of a range to ${first.written}`,
            );
          else if (at.length && start && at.every(({ i }) => r.figures[i - 1]?.rangeSure))
            report(
              ['amount_min'],
              `must be the range's first figure ${start.written}: amount_text gives ${at[0]?.f.written} as the last figure of a range (its amount_max)`,
            );
        }
        // Two prices of two units are no range: "$250 per session to $1,530 per program" gives no session at $1,530
        // (hostile 18k #563).
        if (typeof d.amount_min === 'number' && typeof d.amount_max === 'number') {
          const i = r.figures.findIndex(
            (f, k) => f.value === d.amount_min && f.unitsApart && r.figures[k + 1]?.value === d.amount_max,
          );
          const pair = r.figures.filter((f) => f.value === d.amount_min || f.value === d.amount_max);
          if (i >= 0 && !pair.some((f, k) => f.rangeSure && pair[k + 1]?.value === d.amount_max))
            report(
              ['amount_max'],
              `must be null: amount_text gives ${r.figures[i]?.written} and ${r.figures[i + 1]?.written} as prices of two units, no range`,
            );
        }
        // A least and a most are one range the text writes (hostile 18l H18l-5, 18m, 18n): its first and last figure
        // joined by a dash, "to", "between … and" or "or" ("$100-$250", "$1,530 or $1,585"), or by one of these after a
        // label in brackets ("$2,325 (2 sessions) to $6,930 (8 sessions)", the Canadian article's row), the least and the
        // most of its prices, of one kind (not a price and a total of a package or of several sessions). Not two prices
        // written apart: "$4,000 for 6 sessions ($667 per session)", "$500 per session; 3-session package $1,350",
        // "Group $100, individual $400", "$150 per session, $1,200 in total", "Was $250, now $150".
        if (typeof d.amount_min === 'number' && typeof d.amount_max === 'number' && d.amount_min !== d.amount_max) {
          const lo = prices.find((f) => f.value === d.amount_min);
          const hi = prices.find((f) => f.value === d.amount_max);
          const text = d.amount_text as string;
          if (lo && hi) {
            const adjacent = r.figures.some((f, k) => {
              const next = r.figures[k + 1];
              return (
                next !== undefined &&
                f.value === d.amount_min &&
                next.value === d.amount_max &&
                (f.rangeStart || orBetween(text, f.written, next.written))
              );
            });
            const values = prices.map((f) => f.value);
            const extremes = d.amount_min === Math.min(...values) && d.amount_max === Math.max(...values);
            const ofMany = (f: FigureReading) => MANY.test(afterFigure(text, f.written));
            const joined =
              LABELLED_JOIN.test(afterFigure(text, lo.written)) && text.indexOf(lo.written) < text.indexOf(hi.written);
            if (!adjacent && !(joined && extremes && ofMany(lo) === ofMany(hi)))
              report(
                ['amount_max'],
                `must be null or the end of a range amount_text writes from ${d.amount_min} ("$100-$250", "from $900 to $1,200", "$1,530 or $1,585"): it gives ${d.amount_min} and ${d.amount_max} as two prices`,
              );
          }
        }
        // A deposit is part of the total, no least price: "$7,500 ($2,500 deposit)" is no range from 2,500 (hostile 18l
        // H18l-5), unless the text writes the two as a range.
        if (typeof d.amount_min === 'number' && typeof d.amount_max === 'number') {
          const at = r.figures.filter((f) => f.value === d.amount_min);
          const deposit = (f: FigureReading) =>
            new RegExp(
              `(?:${literal(f.written)}\\s*(?:[A-Z]{3}\\s*)?(?:non-refundable\\s+)?deposit|deposits?\\s*(?:of|:)?\\s*(?:[A-Z]{3}\\s?)?[$€£¥₹]?\\s*${literal(f.written)})(?![\\d,])`,
              'i',
            ).test(f.clause);
          if (at.length && at.every((f) => deposit(f) && !f.rangeSure))
            report(
              ['amount_min'],
              `must be the least price: amount_text gives ${at[0]?.written} as a deposit, a part of the price, not its lower bound`,
            );
        }
        const figs = new Set(typed(d, r).map((f) => f.value));
        const beside = <T extends { figure: number | null }>(xs: T[]) =>
          figs.size ? xs.filter((x) => x.figure === null || figs.has(x.figure)) : xs;
        const named = beside(r.currencies);
        const codes = [...new Set(named.map((c) => c.code))];
        const several = beside(r.uncertain);
        if (codes.length > 1)
          report(
            ['amount_text'],
            `writes several currencies beside its amount (${codes.join(', ')}): one price has one`,
          );
        else if (codes.length === 1) {
          if (d.currency !== codes[0])
            report(
              ['currency'],
              `must be ${codes[0]}, the currency amount_text writes (${listOnce(named.map((c) => c.words))})`,
            );
          if (d.currency_implied === true)
            report(['currency_implied'], 'must be false: amount_text writes the currency');
        } else if (several.length) {
          const known = several.find((u) => u.codes);
          if (known?.codes && typeof d.currency === 'string' && !known.codes.includes(d.currency))
            report(['currency'], `must be one of ${known.codes.join(', ')}: amount_text writes "${known.words}"`);
          // Beside words the reader does not know, or a sign of several currencies, the editor says whether it is stated.
        } else if (figs.size && d.currency_implied === false)
          // A figure whose text names no currency ("$1,530": "$" names none) has an inferred one (hostile 18 H18-19).
          report(
            ['currency_implied'],
            `must be true: amount_text names no currency beside its amount${d.amount_text.includes('$') ? ' ("$" names none)' : ''}, so it is inferred`,
          );
        // A bare "$" beside the amount is a dollar's or a peso's sign: no euro nor yen is read from it (hostile 18c H18c-6).
        const bare = typed(d, r).some((f) => /\$\s*$/.test(f.clause.slice(0, f.clause.lastIndexOf(f.written))));
        if (!codes.length && bare && typeof d.currency === 'string' && !DOLLARS.has(d.currency))
          report(
            ['currency'],
            `must be a currency written "$" (${[...DOLLARS].slice(0, 6).join(', ')}, …): amount_text writes "$"`,
          );
      },
    },
    {
      text: 'a bound written beside an amount ("+", "and up", "over", "from") is open_ended, a qualifier ("~", "about", "approx.") is in hedges, a tax amount_text names is its tax_note, in its words',
      check: (d, report) => {
        const text = d.amount_text;
        if (typeof text !== 'string') return;
        const r = readAmount(text);
        const figs = typed(d, r).filter((f) => !f.deduction);
        const floor = figs.find((f) => f.floor);
        if (d.open_ended === false && floor)
          report(['open_ended'], `must be true: amount_text writes "${floor.floor}" beside ${floor.written}`);
        // Refused only where the reader knows every word beside the amount: "$1,530 and beyond" is the editor's reading.
        // "+" before another price adds an item, no bound: "$150 per dose + $100 therapy fee" (hostile 18l H18l-5).
        const plusItem = (f: FigureReading) =>
          /\+\s*(?:[A-Z]{3}\s?)?[$€£¥₹]\s*$/u.test(f.clause.slice(f.clause.indexOf(f.written) + f.written.length));
        if (d.open_ended === true && !floor && figs.length && figs.every((f) => f.known || plusItem(f)))
          report(
            ['open_ended'],
            `must be false: amount_text writes no bound beside ${listOnce(figs.map((f) => f.written))} (read as one: "+", "and up", "or more", "over", "from", "at least", "minimum")`,
          );
        const hedges = Array.isArray(d.hedges) ? (d.hedges as unknown[]) : [];
        const given = hedges.filter((h): h is string => typeof h === 'string');
        for (const h of new Set(figs.flatMap((f) => (f.hedge ? [f.hedge] : []))))
          if (!given.some((g) => writesWords(g, h))) report(['hedges'], `must give "${h}": amount_text writes it`);
        const citations = citationsOf(d);
        // A table's header row runs its column names together ("PathwayApproximate costNotes"): a hedge from it is a column.
        const columns = citations.flatMap((c) => headingColumns(c));
        hedges.forEach((h, i) => {
          if (
            typeof h === 'string' &&
            !writesWords(text, h) &&
            !citations.some((c) => writesWords(c.excerpt, h)) &&
            !columns.includes(h)
          )
            report(
              ['hedges', i],
              'must be words amount_text or a cited excerpt writes, or a column of a cited table heading',
            );
        });
        const note = d.tax_note;
        // Taxes are read beside the amount: "~CAD $5,850 + GST; ~CAD $7,500 + tax" gives 7,500 "+ tax" (hostile 18c H18c-7).
        const own = typed(d, r).filter((f) => !f.deduction);
        const taxes = [...new Set(own.flatMap((f) => f.taxes))];
        if (typeof note === 'string') {
          // A note is words written with the figure's taxes, naming no tax charged that they lack: "+ GST" is not "+
          // tax" nor "incl. GST" (hostile 18b H18b-4); the GST of the price before is not this one's (hostile 18e
          // H18e-5); "GST exempt" names none charged, "tax" of "tax deductible" is no tax charged (H18e-4).
          // It gives every tax its figure has, too: "+ GST" is not the note of "$7,500 + GST + PST" (hostile 18g H18g-10).
          const charged = chargedIn(note);
          const same = (a: string[]) =>
            charged.every((t) => a.map(oneSpelling).includes(t)) && a.every((t) => charged.includes(oneSpelling(t)));
          const says = (f: FigureReading) =>
            (writesWords(f.taxClause, note) && same(f.taxes)) ||
            (f.sharedTaxes.length > 0 && writesWords(f.sharedTaxClause, note) && same(f.sharedTaxes));
          if (!NAMES_TAX.test(note.replace(REGISTERED, '')))
            report(['tax_note'], 'must name a tax (GST, HST, QST, VAT, IVA, "tax")');
          else if (taxes.length && !own.some(says))
            report(
              ['tax_note'],
              `must be words amount_text writes beside the amount, which names ${quote(taxes)} ("+ GST" is not "+ tax" nor "incl. GST")`,
            );
          // Otherwise words written beside the same figure, in the text or an excerpt (not another amount's tax).
          else if (
            !taxes.length &&
            !own.some(says) &&
            !citations.some((c) =>
              readAmount(c.excerpt).figures.some((f) => own.some((o) => o.value === f.value) && says(f)),
            )
          )
            report(['tax_note'], 'must be words amount_text or a cited excerpt writes beside the amount');
        }
        if (taxes.length && note === null)
          report(['tax_note'], `must give the tax amount_text writes beside the amount (${quote(taxes)})`);
      },
    },
  ];
}
