/**
 * Checks the curated seed against the source articles: every excerpt is a verbatim substring of the
 * article it cites, and every number in a record's fields appears in one of its excerpts.
 * Used by the test suite and by `npm run seed:verify` while curating.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { titleGiven, titleInferred, titleJoin } from '../src/jsonld/titles.js';
import { canonicalJson } from '../src/query/cursor.js';
import { resources } from '../src/resources/index.js';
import { readingMarkers } from '../src/resources/markers.js';
import { routeWords, saysHowItDoses } from '../src/resources/programs/route-evidence.js';
import { referencePaths, referencesIn } from '../src/resources/references.js';
import { ARTICLE_NAMES, ARTICLES, type ArticleId } from './articles.js';
import type { SeedData } from './data/index.js';

export const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'seeds');

/** The article texts, or null where ../shared/seeds/ is not beside the project. */
export function loadArticles(dir = SEEDS_DIR): Map<string, string> | null {
  if (!existsSync(dir)) return null;
  const texts = new Map<string, string>();
  for (const [id, file] of Object.entries(ARTICLES)) texts.set(id, readFileSync(join(dir, file), 'utf8'));
  return texts;
}

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  half: 0.5,
  single: 1,
  once: 1,
  twice: 2,
};

/** Every number written in a text: digits (thousands separators removed) and number words. */
export function numbersIn(text: string): Set<number> {
  const found = new Set<number>();
  for (const m of text.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/\d+(?:\.\d+)?/g)) found.add(Number(m[0]));
  for (const w of text.toLowerCase().matchAll(/[a-z]+/g)) if (w[0] in WORDS) found.add(WORDS[w[0]] as number);
  // One person described with an indefinite article and an age ("the case of a 44-year-old man") is a count of one.
  if (/\ban? \d+-year-old (man|woman|person|patient|boy|girl)\b/i.test(text)) found.add(1);
  return found;
}

const NOT_FACTS = new Set(['version', 'position', 'citations', 'created_at', 'updated_at']);

/** Numbers a record states as facts: every numeric value in its fields, nested ones included. */
export function numericFacts(value: unknown, key = ''): number[] {
  if (NOT_FACTS.has(key) || key.endsWith('_minor')) return [];
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => numericFacts(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numericFacts(v, k));
  return [];
}

/** A seed record as the checks read it: its id, its citations, and its other fields by name. */
type Cited = {
  id: string;
  citations: { source_id: string; excerpt: string; section: string }[];
  [field: string]: unknown;
};

export function verifySeed(data: SeedData, articles: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [collection, records] of Object.entries(data) as [string, Cited[]][]) {
    for (const record of records) {
      const where = `${collection}/${record.id}`;
      if (!record.citations?.length) problems.push(`${where}: no citations`);
      const excerptNumbers = new Set<number>();
      for (const c of record.citations ?? []) {
        const text = articles.get(c.source_id as ArticleId);
        if (text === undefined) problems.push(`${where}: citation source_id ${c.source_id} is not one of the articles`);
        else if (!text.includes(c.excerpt))
          problems.push(`${where}: excerpt not found verbatim in ${c.source_id}: ${JSON.stringify(c.excerpt)}`);
        if (c.excerpt.length > 200) problems.push(`${where}: excerpt longer than 200 characters`);
        for (const n of numbersIn(c.excerpt)) excerptNumbers.add(n);
      }
      for (const n of numericFacts(record)) {
        if (!excerptNumbers.has(n)) problems.push(`${where}: number ${n} does not appear in any of its excerpts`);
      }
    }
  }
  return [
    ...problems,
    ...verifyAnswers(data, articles),
    ...verifyPriceHedges(data, articles),
    ...verifyFigureHedges(data, articles),
    ...verifyStatementExcerpts(data, articles),
    ...verifyTitleJoins(data, articles),
  ];
}

/**
 * A title cut across two excerpts (`titleJoin`) is given only when the article writes them one right after the other
 * (only whitespace between): two excerpts of one section, in order, whose words happen to join into the title are not
 * a title the source gives (review 12 R12-8). At runtime the record's mark decides; this keeps the mark true.
 */
export function verifyTitleJoins(data: SeedData, articles: Map<string, string>): string[] {
  const flat = (x: string) => x.replace(/\s+/g, ' ');
  const problems: string[] = [];
  for (const collection of ['sources', 'studies'] as const)
    for (const r of data[collection] as unknown as Record<string, unknown>[]) {
      const join = titleJoin(r);
      const cited = (r.citations as { excerpt: string }[] | undefined) ?? [];
      if (!join || cited.some((c) => c.excerpt.includes(String(r.title)))) continue;
      const [a, b] = join;
      const text = articles.get(a.source_id);
      if (text !== undefined && !flat(text).includes(`${flat(a.excerpt)} ${flat(b.excerpt)}`))
        problems.push(
          `${collection}/${String(r.id)}.title: cut across two excerpts the article does not write together: ${JSON.stringify(a.excerpt)} | ${JSON.stringify(b.excerpt)}`,
        );
    }
  return problems;
}

/**
 * A statement that carries its own excerpts beside its scope (a condition's role statements): each excerpt is
 * verbatim in the source it names, that source is one the statement's scope says states it (and every source the
 * scope names is quoted), and the excerpt is one of the record's citations. So a role is supported by the words of
 * the very source it is credited to.
 */
export function verifyStatementExcerpts(data: SeedData, articles: Map<string, string>): string[] {
  const problems: string[] = [];
  const key = (c: { source_id: string; excerpt: string; section: string }) =>
    `${c.source_id}\u0000${c.excerpt}\u0000${c.section}`;
  for (const [collection, records] of Object.entries(data) as [string, Cited[]][]) {
    for (const r of records) {
      const recordCitations = new Set(r.citations.map(key));
      for (const [field, scope, holder] of scopesOf(r)) {
        const own = holder === r ? null : ownCitations(holder);
        if (!own) continue;
        const where = `${collection}/${r.id}.${field.replace(/\.scope$/, '')}`;
        if (!own.length) problems.push(`${where}: no excerpt`);
        for (const c of own) {
          const text = articles.get(c.source_id as ArticleId);
          if (text === undefined) problems.push(`${where}: source_id ${c.source_id} is not one of the articles`);
          else if (!text.includes(c.excerpt))
            problems.push(`${where}: excerpt not found verbatim in ${c.source_id}: ${JSON.stringify(c.excerpt)}`);
          if (!scope.stated_by.includes(c.source_id))
            problems.push(`${where}: quotes ${c.source_id}, which its scope's stated_by does not name`);
          if (!recordCitations.has(key(c))) problems.push(`${where}: excerpt is not one of the record's citations`);
        }
        for (const s of scope.stated_by)
          if (!own.some((c) => c.source_id === s)) problems.push(`${where}: stated_by ${s}, but no excerpt of it`);
      }
    }
  }
  return problems;
}

/** The excerpts a statement carries itself (a condition's role statement), or null when it has none of its own. */
function ownCitations(holder: Record<string, unknown>): Cited['citations'] | null {
  return Array.isArray(holder.citations) ? (holder.citations as Cited['citations']) : null;
}

/** Quantifiers that, written before a figure in its sentence, govern the whole sentence ("most initial protocols … every 1-3 months"). */
const SENTENCE_QUANTIFIERS = /\b(most|many|some|typically|usually|often|generally)\b/gi;

/**
 * A guide item's figure keeps the qualifier its sentence puts on it: when the article writes "most initial
 * protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months",
 * "most" governs every figure of the sentence, the last one too, so the item's hedge carries it.
 */
export function verifyFigureHedges(data: SeedData, articles: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const g of data.guides)
    for (const [i, item] of g.items.entries()) {
      if (item.value_min == null || item.value_max == null || item.value_min === item.value_max) continue;
      const figure = `${item.value_min}-${item.value_max}`;
      const hedge = (item.scope.hedge ?? '').toLowerCase();
      for (const c of g.citations) {
        if (!item.scope.stated_by.includes(c.source_id) || !c.excerpt.includes(figure)) continue;
        const text = articles.get(c.source_id);
        if (text === undefined) continue;
        const sentence = sentenceAround(text, c.excerpt, figure);
        const before = sentence.slice(0, sentence.indexOf(figure));
        for (const m of before.matchAll(SENTENCE_QUANTIFIERS))
          if (!hedge.includes(m[0].toLowerCase()))
            problems.push(
              `guides/${g.id}.items[${i}].scope.hedge: its figure ${figure} is governed by ${JSON.stringify(m[0])} (${JSON.stringify(sentence.trim())})`,
            );
      }
    }
  return problems;
}

/** Words by which a source qualifies an amount. */
const AMOUNT_HEDGES =
  /~|\b(approximately|approximate|approx\.?|about|around|roughly|typically|usually|often|generally|can run|up to|estimated|nearly|almost)\b/gi;

/**
 * A hedge in a price's sentence that qualifies another amount of that sentence, not this one: by price id,
 * the hedge and why. Add an entry only with a reason; an entry no longer needed is reported.
 */
const HEDGES_OF_OTHER_AMOUNTS: Record<string, Record<string, string>> = {
  // "Individual ketamine infusions typically cost between $400-$600 per session, while one-on-one
  // ketamine-assisted psychotherapy can run $600-$1,200 per session": "typically" is the infusions'.
  'kair-individual-kap-session-600-1200': { typically: 'qualifies the infusion figure of the same sentence' },
  'kair-individual-infusion-400-600': { 'can run': 'qualifies the one-on-one KAP figure of the same sentence' },
};

/**
 * A quantifier in a sentence a price cites that does not govern the price's amount: by price id, the word and why.
 * Add an entry only with a reason; an entry no longer needed is reported.
 */
const QUANTIFIERS_OF_OTHER_THINGS: Record<string, Record<string, string>> = {
  'kair-individual-session-400-600': { many: '"accessible to many more people": a count of people, not of the amount' },
  'kair-group-session-100-250': { many: '"accessible to many more people": a count of people, not of the amount' },
  'kair-individual-kap-session-600-1200': { typically: 'qualifies the infusion figure of the same sentence' },
  'atma-cena-member-clinic-group-integration-price': {
    some: '"some ATMA CENA member clinics" says which clinics offer group integration; the price ("Varies by clinic") is not said of most or some',
  },
};

/** The sentence (or table row) of an article that holds `amount`, written within an occurrence of an excerpt. */
function sentenceAround(text: string, excerpt: string, amount: string): string {
  const at = text.indexOf(excerpt) + excerpt.indexOf(amount);
  if (at < 0 || text.indexOf(excerpt) < 0) return excerpt;
  const before = text.slice(0, at);
  const start = Math.max(before.search(/[^.!?\n]*$/), 0);
  const rest = text.slice(at);
  const end = rest.search(/[.!?](\s|$)|\n/);
  return text.slice(start, at + (end < 0 ? rest.length : end + 1));
}

/**
 * Every price keeps the hedges of the sentence that states its amount ("a total first-year investment of
 * approximately $1,000-$3,000 for group format, compared to $3,500-$10,000+"): a qualifier written in that
 * sentence is in the price's `hedges` (and so `approximate` is true), unless listed above as another amount's.
 */
export function verifyPriceHedges(data: SeedData, articles: Map<string, string>): string[] {
  const problems: string[] = [];
  const used = new Set<string>();
  for (const p of data.prices) {
    const own = new Set(p.hedges.map((h) => h.toLowerCase()));
    const other = HEDGES_OF_OTHER_AMOUNTS[p.id] ?? {};
    for (const c of p.citations) {
      if (!c.excerpt.includes(p.amount_text)) continue;
      const text = articles.get(c.source_id);
      if (text === undefined) continue;
      const sentence = sentenceAround(text, c.excerpt, p.amount_text);
      for (const m of sentence.matchAll(AMOUNT_HEDGES)) {
        const word = m[0].toLowerCase();
        if (own.has(word)) continue;
        if (word in other) {
          used.add(`${p.id}:${word}`);
          continue;
        }
        problems.push(
          `prices/${p.id}.hedges: its sentence qualifies the amount with ${JSON.stringify(m[0])} (${JSON.stringify(sentence.trim())})`,
        );
      }
    }
  }
  for (const [id, words] of Object.entries(HEDGES_OF_OTHER_AMOUNTS))
    for (const word of Object.keys(words))
      if (!used.has(`${id}:${word}`)) problems.push(`verify.ts HEDGES_OF_OTHER_AMOUNTS: ${id} no longer needs ${word}`);
  return [...problems, ...verifyPriceQuantifiers(data, articles)];
}

/** The whole sentence (or table row) of an article in which an excerpt is written. */
function sentenceOf(text: string, excerpt: string): string {
  const at = text.indexOf(excerpt);
  if (at < 0) return excerpt;
  const start = Math.max(text.slice(0, at).search(/[^.!?\n]*$/), 0);
  const rest = text.slice(at + excerpt.length);
  const end = rest.search(/[.!?](\s|$)|\n/);
  return text.slice(start, at + excerpt.length + (end < 0 ? rest.length : end + 1));
}

/**
 * A price keeps the quantifier of every sentence it cites, not only of the sentence that writes its amount: a
 * figure derived from a cited statement ("most initial protocols involve 4-6 sessions … This translates to a total
 * first-year investment of approximately $1,000-$3,000") is governed by that statement's "most". Every quantifier
 * ("most", "many", "some", "typically", …) of a cited sentence is a word of one of the price's hedges, unless
 * listed above as governing something else.
 */
export function verifyPriceQuantifiers(data: SeedData, articles: Map<string, string>): string[] {
  const problems: string[] = [];
  const used = new Set<string>();
  for (const p of data.prices) {
    const words = new Set(p.hedges.flatMap((h) => h.toLowerCase().split(/[^a-z]+/)));
    const other = QUANTIFIERS_OF_OTHER_THINGS[p.id] ?? {};
    for (const c of p.citations) {
      const text = articles.get(c.source_id);
      if (text === undefined) continue;
      const sentence = sentenceOf(text, c.excerpt);
      for (const m of sentence.matchAll(SENTENCE_QUANTIFIERS)) {
        const word = m[0].toLowerCase();
        if (words.has(word)) continue;
        if (word in other) {
          used.add(`${p.id}:${word}`);
          continue;
        }
        problems.push(
          `prices/${p.id}.hedges: a sentence it cites is governed by ${JSON.stringify(m[0])} (${JSON.stringify(sentence.trim())})`,
        );
      }
    }
  }
  for (const [id, words] of Object.entries(QUANTIFIERS_OF_OTHER_THINGS))
    for (const word of Object.keys(words))
      if (!used.has(`${id}:${word}`))
        problems.push(`verify.ts QUANTIFIERS_OF_OTHER_THINGS: ${id} no longer needs ${word}`);
  return problems;
}

/** Every reference between seed records points at an existing record. */
export function verifyReferences(data: SeedData): string[] {
  const problems: string[] = [];
  const ids = new Map(Object.entries(data).map(([k, rs]) => [k, new Set((rs as Cited[]).map((r) => r.id))]));
  const need = (where: string, collection: string, id: string | null | undefined) => {
    if (id != null && !ids.get(collection)?.has(id)) problems.push(`${where}: unknown ${collection} id ${id}`);
  };
  // The references each collection's schema declares (src/resources/references.ts): no hand-kept list.
  const byPath = new Map(resources.map((r) => [r.path, r.tableName]));
  for (const [collection, records] of Object.entries(data) as [string, Cited[]][]) {
    const seen = new Set<string>();
    const resource = resources.find((r) => r.tableName === collection);
    if (!resource) problems.push(`${collection}: not a collection of the API`);
    const paths = resource ? referencePaths(resource.writable) : [];
    for (const r of records) {
      if (seen.has(r.id)) problems.push(`${collection}/${r.id}: duplicate id`);
      seen.add(r.id);
      for (const ref of referencesIn(r, paths)) {
        // A collection a record names is named by its URL segment (FAQ `related`), as the API takes it.
        const target = ref.named ? (byPath.get(ref.target) ?? `${ref.target} (not a URL segment)`) : ref.target;
        if (!ids.has(target)) problems.push(`${collection}/${r.id}.${ref.name}: unknown collection ${ref.target}`);
        else need(`${collection}/${r.id}.${ref.name}`, target, String(ref.id));
        if (ref.path.self && target === collection && ref.id === r.id)
          problems.push(`${collection}/${r.id}.${ref.name}: names the record itself`);
      }
    }
    // A chain through an acyclic field (a parent's parent…) never returns to its start.
    for (const p of paths.filter((q) => q.self === 'acyclic')) {
      const next = new Map(records.map((r) => [r.id, (r as Record<string, unknown>)[p.field]]));
      for (const r of records) {
        const seenOnWay = new Set<unknown>();
        for (let at = next.get(r.id); typeof at === 'string' && !seenOnWay.has(at); at = next.get(at)) {
          if (at === r.id) {
            problems.push(`${collection}/${r.id}.${p.field}: leads back to the record`);
            break;
          }
          seenOnWay.add(at);
        }
      }
    }
  }
  const all = Object.fromEntries(Object.entries(data));
  return [
    ...problems,
    ...verifyScopes(all),
    ...verifyFacts(all),
    ...verifySectionHedges(all),
    ...verifyConditionsNamed(all),
  ];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A condition a record names (a reference to /v1/conditions, in a collection that declares `inferred_fields`) is
 * either named in one of that record's own excerpts, by the condition's name or one of its alternate names (which
 * are the sources' own words), or its field is listed in the record's `inferred_fields` as Katalog's reading.
 * One way only: a name in an excerpt is necessary, not sufficient ("trauma-focused therapy" names trauma without
 * saying the KAIR retreats treat it; that reading is listed all the same), so this check never passes a field as
 * stated, it only finds a condition no excerpt of the record names and no one has marked as a reading.
 */
export function verifyConditionsNamed(data: Record<string, Cited[]>): string[] {
  const problems: string[] = [];
  const names = new Map(
    (data.conditions ?? []).map((c) => [
      c.id,
      [String(c.name), ...((c.alternate_names as string[] | undefined) ?? [])].map(
        (n) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(n)}($|[^\\p{L}])`, 'iu'),
      ),
    ]),
  );
  for (const resource of resources) {
    if (!('inferred_fields' in resource.writable.shape)) continue;
    const paths = referencePaths(resource.writable).filter((p) => p.target === 'conditions');
    for (const record of data[resource.tableName] ?? []) {
      const inferred = new Set((record.inferred_fields as string[] | undefined) ?? []);
      for (const path of paths) {
        if (inferred.has(path.field)) continue;
        for (const ref of referencesIn(record, [path])) {
          const named = names.get(String(ref.id)) ?? [];
          if (!record.citations.some((c) => named.some((n) => n.test(c.excerpt))))
            problems.push(
              `${resource.tableName}/${record.id}.${ref.name}: no excerpt of the record names condition ${ref.id}; cite where the source says it of this record, or list ${path.field} in inferred_fields`,
            );
        }
      }
    }
  }
  return problems;
}

interface ScopeLike {
  level: string;
  program_ids: string[];
  stated_by: string[];
  hedge: string | null;
  via?: string | null;
}

/**
 * The scope fields of a record (`scope`, `dose_scope`, and the scopes of its guide items and practical rules):
 * every field named so, at any depth, with its path and the object that holds it.
 */
function scopesOf(record: Cited): [string, ScopeLike, Record<string, unknown>][] {
  const out: [string, ScopeLike, Record<string, unknown>][] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (k === 'citations') continue;
        const at = path ? `${path}.${k}` : k;
        if ((k === 'scope' || k.endsWith('_scope')) && v && typeof v === 'object')
          out.push([at, v as ScopeLike, value as Record<string, unknown>]);
        else walk(v, at);
      }
  };
  walk(record, '');
  return out;
}

/**
 * A qualifier ("typically … carefully adjusted") is found, its fragments in order, in one excerpt of the given
 * sources. Qualifiers of different sentences are separated by ";" ("most follow; usually": the section's and
 * the sentence's own): each is found on its own.
 */
function hedgeFound(hedge: string, citations: Cited['citations'], sources: readonly string[]): boolean {
  return hedge.split(';').every((one) => qualifierFound(one.trim(), citations, sources));
}

function qualifierFound(hedge: string, citations: Cited['citations'], sources: readonly string[]): boolean {
  const parts = hedge.split('…').map((x) => x.trim());
  return citations.some((c) => {
    if (!sources.includes(c.source_id)) return false;
    let at = 0;
    for (const part of parts) {
      const i = c.excerpt.indexOf(part, at);
      if (i < 0) return false;
      at = i + part.length;
    }
    return true;
  });
}

/** "the KAIR article" / "the Canadian article" named in a text: the articles it says are speaking. */
function articlesNamedIn(text: string): string[] {
  return Object.entries(ARTICLE_NAMES)
    .filter(([, name]) => new RegExp(`\\b${name.replace(/^the /, '')}\\b`, 'i').test(text))
    .map(([id]) => id);
}

/**
 * A statement's scope names who says it: every source in `stated_by` is cited by the record, and the
 * qualifier (`hedge`) is the source's own words, found in that order in one of its excerpts from a
 * source that says it ("typically … carefully adjusted": fragments separated by an ellipsis).
 */
export function verifyScopes(data: Record<string, Cited[]>): string[] {
  const problems: string[] = [];
  for (const [collection, records] of Object.entries(data) as [string, Cited[]][]) {
    for (const r of records) {
      // What a price includes, and how the source qualifies its amount, are the source's words: each
      // item is in one of the record's excerpts.
      for (const field of ['includes', 'hedges'] as const) {
        const list = r[field];
        if (Array.isArray(list))
          for (const item of list)
            if (!r.citations.some((c) => c.excerpt.includes(String(item))))
              problems.push(`${collection}/${r.id}.${field}: ${JSON.stringify(item)} is not in any of its excerpts`);
      }
      for (const [field, scope, holder] of scopesOf(r)) {
        const where = `${collection}/${r.id}.${field}`;
        // A statement with excerpts of its own (a condition's role statement) is held to those, not to the record's.
        const citations = ownCitations(holder) ?? r.citations;
        const cited = new Set(citations.map((c) => c.source_id));
        for (const s of scope.stated_by) if (!cited.has(s)) problems.push(`${where}: stated_by ${s} is not cited`);
        // A guide item or practical rule that names its speaker in its text names one of its stated_by sources.
        const text = holder.text ?? holder.rule;
        if (typeof text === 'string')
          for (const named of articlesNamedIn(text))
            if (!scope.stated_by.includes(named))
              problems.push(`${where}: the text names ${ARTICLE_NAMES[named as ArticleId]} but stated_by does not`);
        // Whom the source reports it from ("one program") is the source's own words too.
        const via = scope.via;
        if (via && !citations.some((c) => scope.stated_by.includes(c.source_id) && c.excerpt.includes(via)))
          problems.push(`${where}: via ${JSON.stringify(via)} is not in an excerpt of its sources`);
        if (scope.hedge === null) continue;
        if (!hedgeFound(scope.hedge, citations, scope.stated_by))
          problems.push(`${where}: hedge ${JSON.stringify(scope.hedge)} is not in an excerpt of its sources`);
        // One hedge for several speakers is each one's: a qualifier only one source writes ("Many" of the
        // Canadian article) is not credited to the other.
        else if (scope.stated_by.length > 1)
          for (const s of scope.stated_by)
            if (!hedgeFound(scope.hedge, citations, [s]))
              problems.push(
                `${where}: hedge ${JSON.stringify(scope.hedge)} is not in an excerpt of ${s}, which stated_by credits with it`,
              );
      }
    }
  }
  return problems;
}

/**
 * Qualifiers a source puts on a whole section: every statement a record of the collection takes from that
 * source keeps it in its scope's hedge. The KAIR article opens its session walk-through with "While each
 * program has its unique elements, most follow a thoughtful structure": its practical rules are what most
 * programs follow, not what every program does. `except`: statements it makes outside that section.
 */
const SECTION_HEDGES: { collection: string; source: string; hedge: string; except: RegExp; why: string }[] = [
  {
    collection: 'session_phases',
    source: 'kair-group-therapy-unpacked',
    hedge: 'most follow',
    except: /\b4-8 participants\b/,
    why: 'the group size is from the article’s definition of group therapy, not its session walk-through',
  },
];

export function verifySectionHedges(data: Record<string, Cited[]>): string[] {
  const problems: string[] = [];
  for (const rule of SECTION_HEDGES)
    for (const r of data[rule.collection] ?? [])
      for (const [field, scope, holder] of scopesOf(r)) {
        const text = String(holder.text ?? holder.rule ?? '');
        if (!scope.stated_by.includes(rule.source) || rule.except.test(text)) continue;
        const parts = (scope.hedge ?? '').split(';').map((h) => h.trim());
        if (!parts.includes(rule.hedge))
          problems.push(
            `${rule.collection}/${r.id}.${field}: lacks the section's qualifier ${JSON.stringify(rule.hedge)}`,
          );
      }
  return problems;
}

const NUMBER_WORDS = new Map(Object.entries(WORDS).filter(([w]) => !['half', 'once', 'twice', 'single'].includes(w)));

/** The number of participants an excerpt states ("five participants", "a 44-year-old man"), or undefined. */
export function participantsStated(excerpt: string): number | undefined {
  const m = /\b(\d+|[a-z]+) participants\b/i.exec(excerpt);
  if (m) {
    const n = /^\d+$/.test(m[1] as string) ? Number(m[1]) : NUMBER_WORDS.get((m[1] as string).toLowerCase());
    if (n !== undefined) return n;
  }
  if (/\ban? \d+-year-old (man|woman|person|patient|boy|girl)\b/i.test(excerpt)) return 1;
  return undefined;
}

/** How the articles write the regions and countries the seed uses (a region's code counts too: "Nanaimo, BC"). */
const REGION_NAMES: Record<string, string[]> = {
  BC: ['British Columbia'],
  AB: ['Alberta'],
  ON: ['Ontario'],
  CA: ['California'],
  CO: ['Colorado'],
};
const COUNTRY_NAMES: Record<string, string[]> = {
  CA: ['Canada', "Canada's", 'Canadian'],
  US: ['United States', 'USA', 'U.S.'],
};

/**
 * Facts kept in fields are the sources' own (classes of the issue 11 audit, checked for every record):
 * - a price's `approximate` flag agrees with its `hedges` (true exactly when the source qualifies the amount);
 * - a publisher not marked `publisher_inferred` is named in one of the record's excerpts;
 * - a work's title is marked as Katalog's description (`title_inferred`, `inferred_fields`) exactly when no excerpt
 *   writes it (`titleGiven`, the function JSON-LD's names follow);
 * - every address (`url`, `website`, `access.website`) is written in one of the record's excerpts;
 * - a program's or organization's city, unless the place is marked inferred, is in one of its excerpts;
 * - a program offers a dosing route only when its own excerpts name the route (no route neither article gives);
 * - a study's participant count is the one its excerpts state, when they state one ("five participants");
 * - a program is placed in its organization's city when its own excerpts name that city (unless inferred);
 * - facts the free text states have their field: an inferred publisher is flagged, not written "inferred";
 *   a program whose description says how to apply has access steps; a price note that says what the
 *   price includes has `includes`;
 * - a FAQ is answered by a source it cites, and its answer names that source up front;
 * - an access step is given by a source the program cites, with its qualifier in that source's excerpts;
 * - an excerpt that is only a question is cited by a record that carries the question (a FAQ, a list of
 *   questions), never as evidence for a statement.
 */
export function verifyFacts(data: Record<string, Cited[]>): string[] {
  const problems: string[] = [];
  // Journals named anywhere (a source's or a study's `journal`): none of them is stored as a publisher.
  const journals = new Set(
    [...(data.sources ?? []), ...(data.studies ?? [])]
      .map((r) => (r as unknown as { journal?: unknown }).journal)
      .filter((j): j is string => typeof j === 'string'),
  );
  const routes = new Map((data.dosing_routes ?? []).map((r) => [r.id, routeWords(r)]));
  // The collections whose records mark a title as Katalog's description, with the marker (sources, studies).
  const titleMarks = new Map(
    resources.flatMap((res) => {
      const [mark] = readingMarkers(res.entity.shape as never, 'title');
      return mark ? [[res.tableName, mark] as const] : [];
    }),
  );
  for (const [collection, records] of Object.entries(data)) {
    for (const record of records) {
      const r = record as unknown as Record<string, unknown> & Cited;
      const where = `${collection}/${r.id}`;
      const excerpts = r.citations.map((c) => c.excerpt);
      const inExcerpt = (text: string) => excerpts.some((e) => e.includes(text));
      if (typeof r.approximate === 'boolean' && Array.isArray(r.hedges) && r.approximate !== r.hedges.length > 0)
        problems.push(
          `${where}: approximate is ${r.approximate} but hedges is ${JSON.stringify(r.hedges)} (they must agree)`,
        );
      if (typeof r.publisher === 'string' && r.publisher_inferred === false && !inExcerpt(r.publisher))
        problems.push(`${where}: publisher ${JSON.stringify(r.publisher)} is not named in its excerpts (stated?)`);
      if (typeof r.publisher === 'string' && journals.has(r.publisher))
        problems.push(`${where}.publisher: ${JSON.stringify(r.publisher)} is a journal, not a publisher (use journal)`);
      if (collection === 'sources' && ['journal_article', 'journal'].includes(String(r.kind)) && !r.journal)
        problems.push(`${where}.journal: a ${r.kind} names its journal in the journal field`);
      if (r.publisher === null && r.publisher_inferred === true)
        problems.push(`${where}: publisher_inferred without a publisher`);
      // A work's title is the source's exactly when an excerpt writes it (titleGiven, the rule JSON-LD names follow):
      // one no excerpt writes is marked as Katalog's description, one an excerpt writes is not (audit 11 A11-3).
      const titleMark = titleMarks.get(collection);
      if (titleMark && typeof r.title === 'string' && titleGiven(r) === titleInferred(r))
        problems.push(
          titleInferred(r)
            ? `${where}.title: an excerpt writes it, so it is its source's title; do not mark it (${titleMark})`
            : `${where}.title: no excerpt writes it, so it is Katalog's description; mark it (${titleMark})`,
        );
      const access = r.access as
        | {
            website?: unknown;
            website_organization_id?: unknown;
            website_inferred?: unknown;
            steps?: Record<string, unknown>[];
          }
        | undefined;
      for (const [field, url] of [
        ['url', r.url],
        ['website', r.website],
        ['access.website', access?.website],
      ] as const)
        if (typeof url === 'string' && !inExcerpt(url))
          problems.push(`${where}.${field}: ${url} is not written in any of its excerpts`);
      // A region or country the excerpts do not state is marked as derived (inferred_place_parts).
      const derived = Array.isArray(r.inferred_place_parts) ? (r.inferred_place_parts as string[]) : [];
      if (r.place_inferred === true && derived.length)
        problems.push(`${where}.inferred_place_parts: the whole place is inferred (place_inferred); list no parts`);
      for (const part of derived)
        if (r[part] === null) problems.push(`${where}.inferred_place_parts: lists ${part}, which is null`);
      for (const [part, code, names] of [
        ['region', r.region, REGION_NAMES],
        ['country', r.country, COUNTRY_NAMES],
      ] as const) {
        if (typeof code !== 'string' || r.place_inferred === true) continue;
        const words = [...(names[code] ?? []), ...(part === 'region' ? [code] : [])];
        const stated = excerpts.some((e) => words.some((w) => new RegExp(`\\b${w}\\b`).test(e)));
        if (stated && derived.includes(part))
          problems.push(`${where}.inferred_place_parts: its excerpts state the ${part} (${code}); it is not derived`);
        if (!stated && !derived.includes(part))
          problems.push(`${where}.${part}: ${code} is not stated in its excerpts; mark it in inferred_place_parts`);
      }
      if (typeof r.city === 'string' && r.place_inferred !== true && !inExcerpt(r.city))
        problems.push(`${where}.city: ${r.city} is not in any of its excerpts`);
      if (collection === 'programs' && typeof r.organization_id === 'string' && r.place_inferred !== true) {
        const org = (data.organizations ?? []).find((o) => o.id === r.organization_id) as
          | Record<string, unknown>
          | undefined;
        if (typeof org?.city === 'string' && inExcerpt(org.city) && r.city !== org.city)
          problems.push(`${where}.city: its excerpts place it in ${org.city}, the record has ${r.city}`);
      }
      // A group program's dosing setting is the source's only when an excerpt says how dosing happens and names
      // the program or its organization in the same breath; a setting the source gives for "some member
      // clinics" without naming this one is Katalog's reading (dosing_setting_inferred).
      if (
        collection === 'programs' &&
        r.format === 'group' &&
        r.dosing_setting !== 'not_stated' &&
        typeof r.organization_id === 'string' &&
        r.dosing_setting_inferred !== true
      ) {
        const org = (data.organizations ?? []).find((o) => o.id === r.organization_id) as
          | Record<string, unknown>
          | undefined;
        const names = [String(r.name), ...(typeof org?.name === 'string' ? [org.name] : [])];
        if (!excerpts.some((e) => saysHowItDoses(e) && names.some((n) => e.includes(n))))
          problems.push(
            `${where}.dosing_setting: no excerpt says how this program doses while naming it or its organization; mark dosing_setting_inferred`,
          );
      }
      // Facts kept in free text that have a field: the field says them.
      if (typeof r.publisher === 'string' && /\binferred\b/i.test(r.publisher))
        problems.push(`${where}.publisher: says "inferred" in words; use publisher_inferred`);
      // Programs keep their steps in access.steps, organizations in access_steps.
      const steps =
        access?.steps ?? (Array.isArray(r.access_steps) ? (r.access_steps as Record<string, unknown>[]) : []);
      if (
        ['programs', 'organizations'].includes(collection) &&
        /\b(how to apply|intake call|apply)\b/i.test(String(r.description)) &&
        !steps.length
      )
        problems.push(`${where}.description: says how to apply, but it has no access steps`);
      if (typeof r.note === 'string' && /\bIncludes\b/.test(r.note) && Array.isArray(r.includes) && !r.includes.length)
        problems.push(`${where}.note: says what the price includes, but includes is empty`);
      if (collection === 'programs')
        for (const id of (r.routes as string[]) ?? []) {
          const words = routes.get(id) ?? [];
          if (!excerpts.some((e) => words.some((w) => w.test(e))))
            problems.push(`${where}.routes: no excerpt of the program names the route ${id}`);
        }
      if (collection === 'studies') {
        const stated = [...new Set(excerpts.map(participantsStated).filter((n) => n !== undefined))];
        if (stated.length === 1 && (r.participants !== stated[0] || r.participants_qualifier !== 'exact'))
          problems.push(
            `${where}.participants: its excerpts state ${stated[0]} participants exactly, the record has ${r.participants} (${r.participants_qualifier})`,
          );
      }
      if (typeof r.answered_by === 'string') {
        if (!r.citations.some((c) => c.source_id === r.answered_by))
          problems.push(`${where}.answered_by: ${r.answered_by} is not cited`);
        const name = ARTICLE_NAMES[r.answered_by as ArticleId];
        const prefix = name ? `${name.charAt(0).toUpperCase()}${name.slice(1)} answers: ` : undefined;
        if (prefix && !String(r.answer).startsWith(prefix))
          problems.push(`${where}.answer: does not name its speaker up front ("${prefix}")`);
      }
      // Whose site an address is: said for every address, and the same as the organization record that lists it says.
      if (access && 'website' in access) {
        const owner = access.website_organization_id;
        if ((access.website === null) !== (owner === null))
          problems.push(`${where}.access.website_organization_id: must be set exactly when website is`);
        if (access.website === null && access.website_inferred === true)
          problems.push(`${where}.access.website_inferred: true without a website`);
        for (const o of data.organizations ?? []) {
          const org = o as unknown as Record<string, unknown>;
          if (typeof access.website === 'string' && org.website === access.website) {
            const whose = org.website_organization_id ?? org.id;
            if (owner !== whose)
              problems.push(
                `${where}.access.website: ${access.website} is ${whose}'s site (organizations/${org.id}), the record says ${owner}`,
              );
            if (whose !== org.id && access.website_inferred !== true)
              problems.push(`${where}.access.website_inferred: whose site it is, is Katalog's reading there`);
          }
        }
      }
      if (collection === 'organizations' && r.website_organization_id === r.id)
        problems.push(`${where}.website_organization_id: names itself (null means its own site)`);
      if (collection === 'organizations' && r.website_organization_id && !r.website)
        problems.push(`${where}.website_organization_id: set without a website`);
      for (const [i, step] of steps.entries()) {
        // A step that is Katalog's reading says so in its text, and only such a step does.
        if ((step.inferred === true) !== /^Katalog's reading\b/.test(String(step.text)))
          problems.push(
            `${where}.access.steps[${i}]: inferred is ${step.inferred} but its text ${step.inferred ? 'does not start' : 'starts'} with "Katalog's reading"`,
          );
        if (!r.citations.some((c) => c.source_id === step.source_id))
          problems.push(`${where}.access.steps[${i}]: source_id ${step.source_id} is not cited`);
        if (typeof step.hedge === 'string' && !hedgeFound(step.hedge, r.citations, [String(step.source_id)]))
          problems.push(`${where}.access.steps[${i}]: hedge ${JSON.stringify(step.hedge)} is not in its excerpts`);
      }
      const own = JSON.stringify({ ...r, citations: undefined });
      for (const e of excerpts) {
        const last = e.trim();
        if (!last.endsWith('?')) continue;
        const question = last.split(/(?<=[.!?])\s+/).at(-1) as string;
        if (!own.includes(JSON.stringify(question).slice(1, -1)))
          problems.push(`${where}: cites a question (${JSON.stringify(question)}) that the record does not carry`);
      }
    }
  }
  return problems;
}

/** FAQ answers are the answering source's own words: the answer, after its speaker, is in that article. */
function verifyAnswers(data: SeedData, articles: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const f of data.faqs) {
    const text = articles.get(f.answered_by);
    const answer = f.answer.replace(/^The (KAIR|Canadian) article answers: /, '');
    if (text !== undefined && !text.includes(answer))
      problems.push(`faqs/${f.id}.answer: not verbatim in ${f.answered_by} after its speaker`);
  }
  return problems;
}

/** A short hash of the whole seed, to notice a change that did not move SEED_TIMESTAMP. */
export function seedFingerprint(data: SeedData): string {
  return createHash('sha256').update(canonicalJson(data)).digest('hex').slice(0, 32);
}
