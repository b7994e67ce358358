/**
 * How a record's texts name another record (`namedIn` in references.ts, checked in repository/integrity.ts; hostile 21
 * H21-9, H21-10, review 41): one of the referenced record's names written as a phrase, in order, each word whole
 * ("trauma-informed" names no trauma, "substance use disorders" names "Substance use disorder"); a name of parts joined
 * by "or" by any part ("active mania" names "Mania or hypomania"); a bracket of the name a description where its
 * collection says so ("Roots to Thrive Group (12-week cohort)" is named "Roots to Thrive Group"), otherwise a phrase it
 * needs too ("ATMA CENA (Edmonton corporate clinic)" is not named by "ATMA CENA").
 */

/** A text's words as compared: lower case, singular, a hyphenated word whole. */
const wordsOf = (text: string) =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/s$/, ''));

/** Where a phrase starts in a text's words, or -1; `after`: which word may stand before it. */
const phraseAt = (words: readonly string[], phrase: readonly string[], after?: (w: string | undefined) => boolean) =>
  phrase.length === 0
    ? -1
    : words.findIndex(
        (_, s) => phrase.every((w, j) => words[s + j] === w) && (after === undefined || after(words[s - 1])),
      );

/** Words of degree a name may open with. */
const DEGREE = new Set(
  ['severe', 'serious', 'uncontrolled', 'active', 'chronic', 'recent'].map((w) => w.replace(/s$/, '')),
);
/** What may stand before a name written without its degree: nothing, or a joining word ("history of heart conditions"). */
const BEFORE_DEGREELESS = new Set(['the', 'a', 'an', 'of', 'with', 'and', 'or', 'for']);

export interface NameReading {
  /** A bracket in a name describes the record and is not needed to name it. */
  bracketsDescribe: boolean;
  /** The degree a name opens with may go unsaid (a contraindication's "Heart conditions"; review 42 R42-10). */
  degreeless: boolean;
}

/** The first word at which a text writes `name`, or -1. */
export function nameAt(text: string, name: string, how: NameReading): number {
  const words = wordsOf(text);
  const brackets = how.bracketsDescribe ? [] : [...name.matchAll(/\(([^)]*)\)/g)].map((m) => wordsOf(m[1] as string));
  if (!brackets.every((b) => phraseAt(words, b) >= 0)) return -1;
  const starts = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+or\s+/i)
    .flatMap((part) => {
      const own = wordsOf(part);
      const lead = own.findIndex((w) => !DEGREE.has(w));
      // Without its degree only where no other word of degree stands before it ("Mild liver disease", "Controlled high
      // blood pressure" are no Severe liver disease nor Uncontrolled high blood pressure; review 43 R43-3).
      const bare =
        how.degreeless && lead > 0
          ? phraseAt(words, own.slice(lead), (w) => w === undefined || BEFORE_DEGREELESS.has(w))
          : -1;
      return [phraseAt(words, own), bare].filter((s) => s >= 0);
    });
  return starts.length ? Math.min(...starts) : -1;
}

/** Whether `texts` write `name`. */
export function writesName(texts: readonly string[], name: string, how: NameReading): boolean {
  return texts.some((t) => nameAt(t, name, how) >= 0);
}

/** Words of a name that say no more than its kind or degree ("Severe personality disorders"). */
const GENERIC = new Set(
  'a an and of or the with in to severe serious active chronic history uncontrolled disorder condition group individual program clinic ketamine therapy'
    .split(' ')
    .map((w) => w.replace(/s$/, '')),
);

/**
 * Whether a label Katalog gives (`inferred_fields`) is grounded in the texts: every word of the name that is more than
 * its kind or degree shares its first seven letters with a word the texts write (a hyphenated word by any of its
 * parts): "Suicidality" of "fewer suicidal thoughts", "Treatment-resistant depression" of "depression that hadn't
 * responded to traditional treatments"; not "Uncontrolled high blood pressure" of "blood-pressure elevations" (review 42
 * R42-7), nor psychosis of a finding of depression.
 */
export function grounds(texts: readonly string[], name: string): boolean {
  const stems = new Set(texts.flatMap((t) => wordsOf(t).flatMap((w) => w.split(/[-'’]/))).map((w) => w.slice(0, 7)));
  const own = wordsOf(name.replace(/\([^)]*\)/g, ' ')).filter((w) => w.length > 2 && !GENERIC.has(w));
  return own.length > 0 && own.every((w) => w.split(/[-'’]/).some((part) => stems.has(part.slice(0, 7))));
}

/**
 * A text of a record as `namedIn` lists it: a field, or (`description:lead`) its first sentence, which says whose the
 * record is ("Port Credit Therapy Centre, an ATMA CENA member clinic in Mississauga, lists …"), where later sentences
 * may name other organizations to compare (review 42 R42-8).
 */
export const textOf = (doc: Record<string, unknown>, text: string): unknown => {
  const [field, part] = text.split(':') as [string, string | undefined];
  const v = doc[field];
  return part === 'lead' && typeof v === 'string' ? v.split(/(?<=[.;])\s/)[0] : v;
};

/** "its label does not write", "neither its summary nor its measure writes". */
export const whoWrites = (texts: readonly string[]): string => {
  const named = texts.map((t) =>
    t === 'citations' ? 'a cited excerpt' : t.endsWith(':lead') ? `its ${t.slice(0, -5)}'s first sentence` : `its ${t}`,
  );
  const last = named.at(-1) as string;
  return named.length === 1 ? `${last} does not write` : `neither ${named.slice(0, -1).join(', ')} nor ${last} writes`;
};
