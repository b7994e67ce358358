import { ARTICLE_NAMES, speakers } from '../../seed/articles.js';
import type { Scope } from '../resources/common.schema.js';

/**
 * Whose a statement is and what it is said of, in words: shared by every derived view that shows a
 * statement (the fit check's flags, the JSON-LD of a contraindication), so they never word it differently.
 */
const SAID_OF: Record<string, string> = {
  ketamine_therapy: 'said of ketamine therapy in general',
  group: 'said of the group format',
  individual: 'said of the individual format',
};

/** "the KAIR article", or "one program quoted by the KAIR article" when the source reports another's words. */
function speakerIn(scope: Pick<Scope, 'stated_by' | 'via'>): string {
  const who = speakers(scope.stated_by);
  const via = scope.via ?? null;
  return via ? `${via} quoted by ${who}` : who;
}

/**
 * Whose a search hit's record is, in words (`said_by`; audit 19 A19-4): the articles it quotes, in one order, never
 * narrowed to the speakers of one of its statements, since a snippet may come from any of its texts (review 25b
 * R25b-1, R25b-2: a record's scope named one article while its snippet gave the other's words); "Katalog's reading of
 * …" when the whole record is one. Not whose each passage is: the record's text says that, and a snippet's cut can hide it
 * (audit 20 A20-1; review 26 showed that reading the speaker of a cut passage off the text credits Katalog's readings,
 * quoted words and indexed role words to an article).
 */
export function saidByOf(item: { citations?: readonly { source_id: string }[]; inferred?: unknown }): string {
  const order = Object.keys(ARTICLE_NAMES);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const ids = [...new Set((item.citations ?? []).map((c) => c.source_id))].sort(
    (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const who = speakers(ids);
  return item.inferred === true ? `Katalog's reading of ${who}` : who;
}

/** The speaker at the start of a sentence: "The KAIR article", "One program quoted by the KAIR article". */
export function speakerOf(scope: Pick<Scope, 'stated_by' | 'via'>): string {
  const said = speakerIn(scope);
  return said.charAt(0).toUpperCase() + said.slice(1);
}

/** The stored names of programs, by id: how a sentence for people names a program (never by its record id). */
export type ProgramNames = ReadonlyMap<string, string>;

/** The programs program-level scopes name: what a caller loads (once per page or request) to word them. */
export const programIdsOf = (scopes: readonly (Scope | null | undefined)[]): string[] => [
  ...new Set(scopes.flatMap((s) => (s?.level === 'program' ? s.program_ids : []))),
];

/** Programs by their stored names; one no longer found is counted, never named by its id (review 14 R14-4). */
function programsNamed(ids: readonly string[], names: ProgramNames): string {
  const named = ids.flatMap((id) => names.get(id) ?? []);
  const rest = ids.length - named.length;
  return [...named, ...(rest ? [`${rest} program${rest > 1 ? 's' : ''} not listed here`] : [])].join(', ');
}

/**
 * What the statement is said of, marked as Katalog's reading when the scope is inferred; a program is named by its
 * stored name (`names`, loaded by the caller with the page), never by its record id.
 */
export function saidOf(scope: Scope, names: ProgramNames): string {
  const said =
    scope.level === 'program'
      ? `said of ${programsNamed(scope.program_ids, names)}`
      : (SAID_OF[scope.level === 'format' ? String(scope.format) : scope.level] ?? '');
  return scope.inferred ? `Katalog's reading, not the source's words: ${said}` : said;
}

/**
 * The source's own words of a statement, one by one: a scope's hedge holds the qualifiers of different sentences or
 * cells separated by "; " ("generally exclusions for group format; (exclusion in both)"), each verbatim in a citation.
 */
export function hedgeParts(scope: Pick<Scope, 'hedge'>): string[] {
  return (scope.hedge ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);
}

const quoted = (parts: string[]) => parts.map((x) => `"${x}"`).join(', ');

/** A contraindication as a statement: what derived views read of it. */
type Statement = { category: unknown; scope: unknown; inferred?: unknown; citations?: unknown };

/** True when the words are inside a quotation ("…") in one of the excerpts: the reported speaker's, not the source's. */
function insideQuotation(words: string, citations: unknown): boolean {
  const excerpts = Array.isArray(citations) ? citations.map((c) => String((c as { excerpt?: unknown }).excerpt)) : [];
  return excerpts.some((e) => [...e.matchAll(/"([^"]+)"/g)].some((m) => (m[1] as string).includes(words)));
}

/** True when a scope is the group format and nothing else (a statement its source limits to the group format). */
const groupFormatOnly = (scope: Scope) => scope.level === 'format' && scope.format === 'group';

/**
 * What a contraindication's source says, without the closing period: its speaker, its category in words, what it is
 * said of and every qualifier the source gives, each quoted (a table cell's "(exclusion in both)" travels with a
 * statement of that cell; a cell of another column is never one of its qualifiers). Derived from the record's scope alone, so two records never get the same fixed
 * sentence when their sources say different things, and nothing is said that the scope does not hold.
 */
function statement(c: Statement, names: ProgramNames): string {
  const scope = c.scope as Scope;
  if (c.inferred === true) {
    return `Katalog infers (from a table row of ${speakers(scope.stated_by)} part of which was lost in extraction) that it is a reason against the group format; the source does not say so in words`;
  }
  const Who = speakerOf(scope);
  const where = saidOf(scope, names);
  const parts = hedgeParts(scope);
  // The wording as the source gives it, each qualifier quoted on its own.
  const words = parts.length ? `; wording in the source: ${quoted(parts)}` : '';
  switch (c.category) {
    case 'absolute':
      return `${Who} lists it among people who should avoid ketamine therapy (${where}${words})`;
    case 'requires_evaluation':
      return `${Who} says it requires careful evaluation by qualified clinicians (${where}${words})`;
    case 'group_requirement':
      return `${Who} says the group setting requires the opposite of this; it does not call it a contraindication (${where}${words})`;
    default:
      // A statement the source reports from another ("one program"): the reported one's words only where the source
      // quotes them; words outside its quotation marks are the source's own, and said to be (audit 10).
      if (scope.via && parts.length)
        return parts.every((p) => insideQuotation(p, c.citations))
          ? `${Who} says such individuals ${quoted(parts)} (${where})`
          : `${speakerOf({ stated_by: scope.stated_by })} says, reporting ${scope.via}, that such individuals ${quoted(parts)} (its own words, outside its quotation of ${scope.via}; ${where})`;
      // A statement whose words do not limit it to the group format ("(exclusion in both)") says so, of those words: the
      // same source may say more elsewhere (review 38 R38-3: the Canadian article's FAQ lists the disorder for the group).
      return groupFormatOnly(scope)
        ? `${Who} names it as a reason against the group format (${where}${words})`
        : `${Who} names it as a reason against the group format, in words that do not limit it to the group format (${where}${words})`;
  }
}

/** What a contraindication's source says, naming the source and keeping its own words, category and scope. */
export function contraindicationSays(c: Statement, names: ProgramNames): string {
  return `${statement(c, names)}.`;
}

/**
 * Why a contraindication is listed under a format its scope does not say it of (the fit check's column), derived from
 * what it applies to in its source's words (`applies_to`) and whether its scope's format is Katalog's reading; empty
 * when the column is the scope's own (or the scope is not one format's). "Severe personality disorders that might
 * impact group dynamics" is said in the KAIR article's general paragraph (applies to any format): under the individual
 * format the flag says so, and that reading it as said of the group format is Katalog's.
 */
export function listedUnder(
  c: { applies_to: unknown; scope: unknown; inferred?: unknown },
  column: 'group' | 'individual',
): string {
  const scope = c.scope as Scope;
  if (scope.level !== 'format' || scope.format === column || c.applies_to !== 'any') return '';
  const who = speakerIn(scope);
  // Mid-sentence, the speaker is not capitalised; each part says whose it is: the source's words, Katalog's reading,
  // or (a record whose scope, not inferred, names one format while it applies to any) what the record gives.
  return scope.inferred
    ? ` Listed under the ${column} format too: ${who}'s words do not limit it to a format (it applies to any format); reading it as said of the ${scope.format} format is Katalog's.`
    : ` Listed under the ${column} format too: its record gives it as applying to any format, though the record's scope has ${who} say it of the ${scope.format} format.`;
}

/**
 * A contraindication's category in words, for the JSON-LD of a record not typed MedicalContraindication (schema.org
 * disambiguatingDescription): the same statement, derived from the record, with the category named; never a fixed
 * sentence per category, which would say of one record what its source says of another.
 */
export function contraindicationCategory(c: Statement, names: ProgramNames): string {
  return c.inferred === true
    ? `Katalog's reading, not its source's words (category: ${String(c.category)}).`
    : `${statement(c, names)} (category: ${String(c.category)}).`;
}
