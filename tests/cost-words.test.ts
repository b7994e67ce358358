/**
 * The sentences of /v1/cost-comparison are for people (audit 14, A14-3 and A14-4). Per class, over every string of
 * every page under every filter combination (none; each currency; each country; each currency with each country; each
 * program):
 * - no sentence names a record by its id, of any collection (the ids are in the `*_id` fields already): an owner is
 *   named by its stored name only ("both from Roots to Thrive", not "Roots to Thrive (organization roots-to-thrive)");
 * - every double-quoted span of a derived sentence (a pair's basis and caveats, a reason, a claim's texts) is verbatim
 *   in an article the figures it speaks of cite: quotation marks are the source's words, never Katalog's label for a
 *   figure. Without ../shared/seeds/ this check is skipped, and says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadArticles } from '../seed/verify.js';
import { comparisonPages, startApp, type TestApp } from './helpers.js';
import { normalQuote, quotedSpans, verbatimIn } from './verbatim.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Citation = { source_id: string };
type Figure = { price_id: string; citations: Citation[] };
type Page = {
  data: {
    currency: string;
    pairs: { basis: string; caveats: string[]; group: Figure; individual: Figure }[];
    not_comparable: { price_id: string; reason: string }[];
  }[];
  claims: { id: string; claim: string; said_of: string; hedge: string | null; source_id: string }[];
  meta: { next_cursor: string | null };
};

const pages = (query = '') => comparisonPages<Page>(t, query);

/** Every filter combination: none, each currency, each country, each currency with each country, each program. */
async function queries(): Promise<string[]> {
  const all = (await pages('')).flatMap((p) => p.data);
  const currencies = [...new Set(all.map((c) => c.currency))];
  const programs = (await t.http.get('/v1/programs?limit=100').expect(200)).body.data as {
    id: string;
    country: string | null;
  }[];
  const countries = [...new Set(programs.map((p) => p.country).filter((c): c is string => !!c))];
  expect(currencies.length).toBeGreaterThan(1);
  expect(countries.length).toBeGreaterThan(1);
  return [
    '',
    ...currencies.map((c) => `currency=${c}`),
    ...countries.map((c) => `country=${c}`),
    ...currencies.flatMap((c) => countries.map((k) => `currency=${c}&country=${k}`)),
    ...programs.map((p) => `program_id=${p.id}`),
  ];
}

/** A field that is an id or a reference by schema (`id`, `*_id`, `*_ids`), or a link or cursor (an address). */
const reference = (key: string) => key === 'id' || /_ids?$/.test(key) || key === 'links' || key === 'next_cursor';

/** Every string of a value with its path, outside the fields that are ids or references. */
const strings = (v: unknown, path: string): [string, string][] =>
  typeof v === 'string'
    ? [[path, v]]
    : Array.isArray(v)
      ? v.flatMap((x, i) => strings(x, `${path}[${i}]`))
      : v && typeof v === 'object'
        ? Object.entries(v).flatMap(([k, x]) => (reference(k) ? [] : strings(x, `${path}.${k}`)))
        : [];

/** The ids of every seeded collection that contain a '-', so that a match is an id, not a word. */
const ids = Object.values(seedData)
  .flat()
  .map((x) => String((x as { id: string }).id))
  .filter((id) => id.includes('-'));
// Ids are slugs (lower-case letters, digits, '-'): nothing in one is special in a pattern.
const idIn = (s: string) => ids.filter((id) => new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`).test(s));

/** A sentence that sends its reader to Katalog's records or fields instead of saying it in words. */
const POINTER = /\brecord(s|ed)?\b|\bsee the (row|price|record|description)\b|\bon the price\b|\binferred_fields\b/i;

describe('the cost comparison’s sentences name no record by its id', () => {
  it('finds the audit’s instances', () => {
    expect(idIn('both from Roots to Thrive (organization roots-to-thrive).')).toEqual(['roots-to-thrive']);
    expect(idIn('No group per-additional-session price from ATMA CENA (organization atma-cena).')).toEqual([
      'atma-cena',
    ]);
    expect(idIn('No group per-additional-session price from ATMA CENA.')).toEqual([]);
    expect(POINTER.test("its currency (marked as Katalog's reading on the price).")).toBe(true);
    expect(POINTER.test("its currency (see the price's inferred_fields).")).toBe(true);
  });

  it('holds for every string of every page under every filter', async () => {
    expect(ids.length).toBeGreaterThan(20);
    const bad = new Set<string>();
    let checked = 0;
    for (const q of await queries())
      for (const page of await pages(q))
        for (const [path, s] of strings({ data: page.data, claims: page.claims }, `?${q}`)) {
          checked++;
          for (const id of idIn(s)) bad.add(`${path}: ${id} in "${s}"`);
          // Nor points at Katalog's records (audit 16 A16-2: "marked as Katalog's reading on the price").
          if (POINTER.test(s)) bad.add(`${path}: "${s}"`);
        }
    expect(checked).toBeGreaterThan(100);
    expect([...bad]).toEqual([]);
  });
});

const articles = loadArticles();
const SKIPPED = articles ? '' : ' (skipped: ../shared/seeds/ is not beside the project)';
const texts = new Map([...(articles ?? [])].map(([id, text]) => [id, normalQuote(text)]));

describe(`the cost comparison’s quotation marks hold the source’s words${SKIPPED}`, () => {
  /** The articles a price cites, as served. */
  const cited = new Map<string, string[]>();
  async function citedBy(priceId: string): Promise<string[]> {
    if (!cited.has(priceId)) {
      const price = (await t.http.get(`/v1/prices/${priceId}`).expect(200)).body.data as { citations: Citation[] };
      cited.set(priceId, [...new Set(price.citations.map((c) => c.source_id))]);
    }
    return cited.get(priceId) as string[];
  }

  /** Every derived sentence of a page, with the articles its figures or its claim are attributed to. */
  async function derived(page: Page, q: string): Promise<{ where: string; text: string; by: string[] }[]> {
    const out: { where: string; text: string; by: string[] }[] = [];
    for (const c of page.data) {
      for (const p of c.pairs) {
        const by = [...new Set([...p.group.citations, ...p.individual.citations].map((x) => x.source_id))];
        const where = `?${q} ${c.currency} ${p.group.price_id}|${p.individual.price_id}`;
        out.push({ where: `${where} basis`, text: p.basis, by });
        for (const [i, text] of p.caveats.entries()) out.push({ where: `${where} caveats[${i}]`, text, by });
      }
      for (const n of c.not_comparable)
        out.push({ where: `?${q} ${c.currency} ${n.price_id} reason`, text: n.reason, by: await citedBy(n.price_id) });
    }
    for (const c of page.claims)
      for (const [k, text] of Object.entries({ claim: c.claim, said_of: c.said_of }))
        out.push({ where: `?${q} claims/${c.id}.${k}`, text, by: [c.source_id] });
    return out;
  }

  it.skipIf(!articles)('finds the audit’s instance', () => {
    const kair = texts.get('kair-group-therapy-unpacked') as string;
    const [label] = quotedSpans(
      'The source does not say which treatment the group figure ("Group ketamine therapy sessions, per session (market-wide)") pays for.',
    );
    expect(verbatimIn(label as string, kair)).toBe(false);
    expect(verbatimIn('$100-$250', kair)).toBe(true);
  });

  it.skipIf(!articles)('holds for every derived sentence of every page under every filter', async () => {
    const bad = new Set<string>();
    let spans = 0;
    for (const q of await queries())
      for (const page of await pages(q))
        for (const d of await derived(page, q))
          for (const span of quotedSpans(d.text)) {
            spans++;
            if (!d.by.some((id) => texts.has(id) && verbatimIn(span, texts.get(id) as string)))
              bad.add(`${d.where}: "${span}" is not verbatim in ${d.by.join(' or ')}`);
          }
    expect(spans).toBeGreaterThan(10);
    expect([...bad]).toEqual([]);
  });
});
