/**
 * Checks the curated seed against the source articles: every excerpt is a verbatim substring of the
 * article it cites, and every number in a record's fields appears in one of its excerpts.
 * Used by the test suite and by `npm run seed:verify` while curating.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalJson } from '../src/query/cursor.js';
import { resources } from '../src/resources/index.js';
import { referencePaths, referencesIn } from '../src/resources/references.js';
import { ARTICLES, type ArticleId } from './articles.js';
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
  const byPath = new Map(resources.map((r) => [r.path, r.collection]));
  for (const [collection, records] of Object.entries(data) as [string, Cited[]][]) {
    const seen = new Set<string>();
    const resource = resources.find((r) => r.collection === collection);
    if (!resource) problems.push(`${collection}: not a collection of the API`);
    const paths = resource ? referencePaths(resource.fields) : [];
    for (const r of records) {
      if (seen.has(r.id)) problems.push(`${collection}/${r.id}: duplicate id`);
      seen.add(r.id);
      for (const ref of referencesIn(r, paths)) {
        const target = byPath.get(ref.target) ?? ref.target;
        if (!ids.has(target)) problems.push(`${collection}/${r.id}.${ref.name}: unknown collection ${ref.target}`);
        else need(`${collection}/${r.id}.${ref.name}`, target, String(ref.id));
      }
    }
  }
  return [...problems, ...verifyScopes(Object.fromEntries(Object.entries(data)))];
}

interface ScopeLike {
  level: string;
  program_ids: string[];
  stated_by: string[];
  hedge: string | null;
}

/** The scope fields of a record (`scope`, `dose_scope`, …): every field named so, whatever the collection. */
function scopesOf(record: Cited): [string, ScopeLike][] {
  return Object.entries(record).filter(
    (e): e is [string, ScopeLike] => (e[0] === 'scope' || e[0].endsWith('_scope')) && e[1] !== null,
  );
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
      for (const [field, scope] of scopesOf(r)) {
        const where = `${collection}/${r.id}.${field}`;
        const cited = new Set(r.citations.map((c) => c.source_id));
        for (const s of scope.stated_by) if (!cited.has(s)) problems.push(`${where}: stated_by ${s} is not cited`);
        if (scope.hedge === null) continue;
        const parts = scope.hedge.split('…').map((x) => x.trim());
        const found = r.citations.some((c) => {
          if (!scope.stated_by.includes(c.source_id)) return false;
          let at = 0;
          for (const part of parts) {
            const i = c.excerpt.indexOf(part, at);
            if (i < 0) return false;
            at = i + part.length;
          }
          return true;
        });
        if (!found) problems.push(`${where}: hedge ${JSON.stringify(scope.hedge)} is not in an excerpt of its sources`);
      }
    }
  }
  return problems;
}

/** A short hash of the whole seed, to notice a change that did not move SEED_TIMESTAMP. */
export function seedFingerprint(data: SeedData): string {
  return createHash('sha256').update(canonicalJson(data)).digest('hex').slice(0, 32);
}
