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

const writesPhrase = (texts: readonly string[][], phrase: readonly string[]) =>
  phrase.length > 0 && texts.some((t) => t.some((_, s) => phrase.every((w, j) => t[s + j] === w)));

/** Words of degree a name may open with. */
const DEGREE = new Set(
  ['severe', 'serious', 'uncontrolled', 'active', 'chronic', 'recent'].map((w) => w.replace(/s$/, '')),
);

/** Whether `texts` write `name`. */
export function writesName(texts: readonly string[], name: string, bracketsDescribe: boolean): boolean {
  const written = texts.map(wordsOf);
  const brackets = bracketsDescribe ? [] : [...name.matchAll(/\(([^)]*)\)/g)].map((m) => wordsOf(m[1] as string));
  const bare = name.replace(/\([^)]*\)/g, ' ');
  // A degree the name opens with may go unsaid ("heart conditions" names "Serious heart conditions"; review 42 R42-10).
  const phrases = (part: string) => {
    const words = wordsOf(part);
    const lead = words.findIndex((w) => !DEGREE.has(w));
    return lead > 0 ? [words, words.slice(lead)] : [words];
  };
  return (
    bare.split(/\s+or\s+/i).some((part) => phrases(part).some((p) => writesPhrase(written, p))) &&
    brackets.every((b) => writesPhrase(written, b))
  );
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
