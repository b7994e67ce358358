/**
 * Katalog's readings, per field: a collection whose records can hold a value Katalog derived rather than read from
 * the source for that record declares `inferred_fields`, an enum of its own field names (issue 11). Per class:
 * every name is a field of the schema; the specific flags (dosing_setting_inferred, place) are listed too; and a
 * record's JSON-LD never states a field it lists, because the document does not depend on that field's value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadArticles, verifyConditionsNamed, verifyPriceQuantifiers } from '../seed/verify.js';
import type { Db } from '../src/db/client.js';
import { jsonLdOf } from '../src/jsonld/jsonld.js';
import { NO_TITLE } from '../src/jsonld/titles.js';
import { comparePrices } from '../src/pricing/pairing.js';
import type { Item } from '../src/query/spec.js';
import { Repository } from '../src/repository/repository.js';
import type { Resource } from '../src/resources/define.js';
import { resources } from '../src/resources/index.js';
import type { Price } from '../src/resources/prices/prices.schema.js';
import { freshDb, startApp, type TestApp } from './helpers.js';

type Doc = Record<string, unknown>;
const BASE = 'https://api.katalog.example';
const PLACE = new Set(['city', 'region', 'country']);

/** The collections that declare the class: derived from the schemas, never listed by hand. */
const declaring = resources.filter((r) => 'inferred_fields' in r.writable.shape);
const optionsOf = (r: Resource) =>
  (r.writable.shape.inferred_fields as unknown as { unwrap(): { element: { options: string[] } } }).unwrap().element
    .options;
const recordsOf = (r: Resource) =>
  (seedData as unknown as Record<string, { id: string; inferred_fields?: string[] }[]>)[r.tableName] ?? [];

let db: Db;
let repo: Repository;
beforeAll(() => {
  db = freshDb();
  repo = new Repository(db, 'inferred-fields-test-secret-32-chars', { get: () => 0, stop: () => {} });
});
afterAll(() => db.$client.close());

describe('inferred_fields: the names are the collection’s own fields', () => {
  it('is declared by programs, studies and findings (where the seed holds such readings)', () => {
    expect(declaring.map((r) => r.tableName)).toEqual(expect.arrayContaining(['programs', 'studies', 'findings']));
  });

  it.each(declaring.map((r) => [r.tableName, r] as const))(
    '%s: the enum is every field but id, citations and the markers of readings',
    (_, r) => {
      // The markers of readings (place_inferred, inferred_place_parts, dosing_setting_inferred) are not facts to list.
      const fields = Object.keys(r.writable.shape).filter(
        (k) => !['id', 'citations'].includes(k) && !/(^|_)inferred(_|$)/.test(k),
      );
      expect([...optionsOf(r)].sort()).toEqual(fields.sort());
    },
  );

  it.each(declaring.map((r) => [r.tableName, r] as const))(
    '%s: every name a seed record lists is one of its fields',
    (_, r) => {
      const fields = new Set(Object.keys(r.writable.shape));
      for (const record of recordsOf(r))
        for (const name of record.inferred_fields ?? []) expect(fields.has(name), `${record.id}: ${name}`).toBe(true);
    },
  );

  it.each(declaring.map((r) => [r.tableName, r] as const))(
    '%s: a name that is not a field, or named twice, is refused',
    (_, r) => {
      const [record] = recordsOf(r);
      // A field the record gives: a marker of a null value is refused by its own rule (hostile 17b H17b-7).
      const first = optionsOf(r).find((o) => (record as Record<string, unknown> | undefined)?.[o] != null) as string;
      expect(r.input.safeParse({ ...record, inferred_fields: ['no_such_field'] }).success).toBe(false);
      expect(r.input.safeParse({ ...record, inferred_fields: ['id'] }).success).toBe(false);
      expect(r.input.safeParse({ ...record, inferred_fields: [first, first] }).success).toBe(false);
      // With the fields the record's own flags mark (e.g. a price's currency_implied → currency), which stay listed.
      const kept = (record?.inferred_fields ?? []).filter((f) => f !== first);
      expect(r.input.safeParse({ ...record, inferred_fields: [first, ...kept] }).success).toBe(true);
    },
  );

  it('a program whose specific flags mark a field as Katalog’s reading lists that field too', () => {
    const programs = resources.find((r) => r.tableName === 'programs') as Resource;
    const base = seedData.programs.find((p) => p.id === 'port-credit-group-integration');
    expect(base?.dosing_setting_inferred).toBe(true);
    const without = (names: string[]) => ({
      ...base,
      inferred_fields: base?.inferred_fields?.filter((f) => !names.includes(f)),
    });
    expect(programs.input.safeParse(base).success).toBe(true);
    expect(programs.input.safeParse(without(['dosing_setting'])).success).toBe(false);
    // inferred_place_parts ['region', 'country'] (Mississauga → ON, CA).
    expect(programs.input.safeParse(without(['country'])).success).toBe(false);
    const atma = seedData.programs.find((p) => p.place_inferred);
    expect(programs.input.safeParse({ ...atma, inferred_fields: [] }).success).toBe(false);
  });
});

/**
 * A session count is a count of medicine (ketamine) sessions only where a source says so of that record: an excerpt
 * of the record (or, for a price, of its program) calls them ketamine or medicine sessions ("3 IM or sublingual
 * ketamine sessions"). "2–8 sessions", "3-session" or "1 session bundled with prep + integration" do not: those
 * counts are listed as Katalog's reading, across programs and prices alike.
 */
describe('a session count the source does not call ketamine/medicine sessions is listed as inferred', () => {
  const CALLED = /(ketamine|medicine) sessions?/i;
  const excerpts = (r: { citations: { excerpt: string }[] }) => r.citations.map((c) => c.excerpt);
  it('programs: medicine_sessions and medicine_sessions_max', () => {
    const unflagged = seedData.programs.flatMap((p) =>
      (['medicine_sessions', 'medicine_sessions_max'] as const)
        .filter((f) => p[f] !== null && p[f] !== undefined && !(p.inferred_fields ?? []).includes(f))
        .filter(() => !excerpts(p).some((e) => CALLED.test(e)))
        .map((f) => `${p.id}.${f}`),
    );
    expect(unflagged).toEqual([]);
  });
  it('prices: sessions_included and sessions_included_max', () => {
    const programOf = new Map(seedData.programs.map((p) => [p.id, p]));
    const unflagged = seedData.prices.flatMap((p) => {
      const program = p.program_id ? programOf.get(p.program_id) : undefined;
      const said = [...excerpts(p), ...(program ? excerpts(program) : [])].some((e) => CALLED.test(e));
      return (['sessions_included', 'sessions_included_max'] as const)
        .filter((f) => p[f] !== null && p[f] !== undefined && !(p.inferred_fields ?? []).includes(f) && !said)
        .map((f) => `${p.id}.${f}`);
    });
    expect(unflagged).toEqual([]);
  });
  it('the records ATMA CENA\'s cost table gives as "(2–8 sessions)" and "(1 session bundled …)" are among them', () => {
    const inferred = (id: string) =>
      [...seedData.programs, ...seedData.prices].find((r) => r.id === id)?.inferred_fields ?? [];
    expect(inferred('atma-cena-customized-kat')).toEqual(
      expect.arrayContaining(['medicine_sessions', 'medicine_sessions_max']),
    );
    expect(inferred('atma-cena-customized-kat-price')).toEqual(
      expect.arrayContaining(['sessions_included', 'sessions_included_max']),
    );
    expect(inferred('atma-cena-psycholytic-pathway-price')).toContain('sessions_included');
  });
  it("the cost comparison says a range of sessions, and where reading them as medicine sessions is Katalog's", () => {
    const prices = seedData.prices.map((p) => ({ ...p, inferred_fields: p.inferred_fields ?? [] }) as Price);
    const facts = new Map(seedData.programs.map((p) => [p.id, p]));
    const cad = comparePrices(prices, (id) => facts.get(id)).find((c) => c.currency === 'CAD');
    const reason = cad?.not_comparable.find((n) => n.price_id === 'atma-cena-customized-kat-price')?.reason;
    expect(reason).toMatch(/a range of 2–8 sessions \(Katalog's reading: medicine sessions\)/);
    for (const pair of cad?.pairs ?? []) {
      const read = [pair.group, pair.individual].some((f) => f.inferred_fields.includes('sessions_included'));
      expect(/medicine sessions is Katalog's reading/.test(pair.basis), pair.basis).toBe(read);
    }
  });
});

/**
 * A text field that opens by calling itself Katalog's reading is listed in inferred_fields, so that no derived view
 * states it as the record's own (second reader LOW 4, 5: a study's population or design worded as a reading).
 */
describe('a field worded as Katalog’s reading is listed as one', () => {
  it.each(declaring.map((r) => [r.tableName, r] as const))('%s', (_, r) => {
    const unlisted = recordsOf(r).flatMap((record) =>
      Object.entries(record)
        .filter(([, v]) => typeof v === 'string' && /^Katalog(['’]s| reads)/.test(v))
        .filter(([k]) => !(record.inferred_fields ?? []).includes(k))
        .map(([k]) => `${record.id}.${k}`),
    );
    expect(unlisted).toEqual([]);
  });
});

/** Where integration takes place is given only where a source speaks of the program's integration (LOW 7). */
describe('a program’s integration_setting is stated, listed as a reading, or not_stated', () => {
  it('holds for every seeded program', () => {
    const unsupported = seedData.programs
      .filter(
        (p) => p.integration_setting !== 'not_stated' && !(p.inferred_fields ?? []).includes('integration_setting'),
      )
      .filter((p) => !p.citations.some((c) => /integrat/i.test(c.excerpt)))
      .map((p) => p.id);
    expect(unsupported).toEqual([]);
  });
});

/**
 * A price whose treatment follows from its program's setting carries that setting's status: where the program's
 * dosing_setting is Katalog's reading, an integration-only treatment is one too (second reader LOW 8).
 */
describe('a price reads its treatment no more surely than its program’s setting', () => {
  it('holds for every seeded price', () => {
    const programOf = new Map(seedData.programs.map((p) => [p.id, p]));
    const unlisted = seedData.prices
      .filter((p) => p.treatment === 'integration_only' && p.program_id)
      .filter((p) => (programOf.get(p.program_id as string)?.inferred_fields ?? []).includes('dosing_setting'))
      .filter((p) => !(p.inferred_fields ?? []).includes('treatment'))
      .map((p) => p.id);
    expect(unlisted).toEqual([]);
  });
});

/** A value of the field unlike `value`: another record's, or one made for the purpose. */
function another(r: Resource, field: string, value: unknown, items: Item[]): unknown {
  const other = items.map((i) => i[field]).find((v) => JSON.stringify(v) !== JSON.stringify(value));
  if (other !== undefined) return other;
  if (typeof value === 'number') return value + 1000;
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return [...value, 'a-value-no-record-has'];
  return `a value no ${r.tableName} record has`;
}

/** The record's own place in its document (not its provider's, which is the organization's record). */
const addresses = (doc: Doc): Doc[] =>
  [
    doc.address,
    ...((doc.availableChannel as Doc[] | undefined) ?? []).map((c) => (c.serviceLocation as Doc | undefined)?.address),
  ].filter((a): a is Doc => !!a && typeof a === 'object');

describe('JSON-LD never states a field listed in inferred_fields as the record’s own', () => {
  it.each(declaring.map((r) => [r.tableName, r] as const))(
    '%s: for every record and every field, the document does not depend on the value of the field once it is listed',
    (_, r) => {
      const items = recordsOf(r).map((x) => repo.get(r, x.id) as Item);
      const fields = optionsOf(r);
      // The comparison can see a statement: some field does change the document when it is not listed.
      const stated = new Set<string>();
      for (const item of items)
        for (const field of fields) {
          const listed = [...new Set([...((item.inferred_fields as string[]) ?? []), field])];
          const changed = { ...item, [field]: another(r, field, item[field], items) };
          if (JSON.stringify(jsonLdOf(r, repo, item, BASE)) !== JSON.stringify(jsonLdOf(r, repo, changed, BASE)))
            stated.add(field);
          if (PLACE.has(field)) {
            // A place part withheld: the address never gives it (a region whose country is withheld is named, not coded).
            for (const a of addresses(jsonLdOf(r, repo, { ...item, inferred_fields: listed }, BASE))) {
              if (field === 'city') expect(a.addressLocality, `${item.id}`).toBeUndefined();
              if (field === 'country') expect(a.addressCountry, `${item.id}`).toBeUndefined();
              if (field === 'region') expect(a.addressRegion, `${item.id}`).toBeUndefined();
            }
            continue;
          }
          if (field === 'title') {
            // A title listed is named, always said to be Katalog's description, never as the work's own (A11-3).
            const text = JSON.stringify(jsonLdOf(r, repo, { ...item, inferred_fields: listed }, BASE));
            const title = JSON.stringify(item.title).slice(1, -1);
            const said = JSON.stringify(`${item.title}${NO_TITLE}`).slice(1, -1);
            expect(text, `${item.id}`).toContain(said);
            expect(text.split(said).join(''), `${item.id}`).not.toContain(title);
            continue;
          }
          expect(
            jsonLdOf(r, repo, { ...changed, inferred_fields: listed }, BASE),
            `${r.tableName}/${item.id}: ${field} listed as inferred, yet the document depends on its value`,
          ).toEqual(jsonLdOf(r, repo, { ...item, inferred_fields: listed }, BASE));
        }
      expect(stated.size).toBeGreaterThan(0);
    },
  );
});

describe('over HTTP: the seeded readings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ PUBLIC_BASE_URL: BASE });
  });
  afterAll(() => t.close());

  it('a study whose conditions are Katalog’s reading names no condition in its JSON-LD; one whose conditions the source states does', async () => {
    const inferred = seedData.studies.filter((s) => s.inferred_fields?.includes('conditions') && s.conditions.length);
    const stated = seedData.studies.filter((s) => !s.inferred_fields?.includes('conditions') && s.conditions.length);
    expect(inferred.map((s) => s.id)).toContain('esketamine-group-therapy-case-report');
    expect(stated.length).toBeGreaterThan(0);
    for (const s of inferred) {
      const res = await t.http.get(`/v1/studies/${s.id}.jsonld`).expect(200);
      expect(res.body.healthCondition, s.id).toBeUndefined();
      expect(JSON.stringify(res.body)).not.toContain('/v1/conditions/');
    }
    for (const s of stated) {
      const res = await t.http.get(`/v1/studies/${s.id}.jsonld`).expect(200);
      expect(res.body.healthCondition.length, s.id).toBe(s.conditions.length);
    }
  });

  it('the record itself says which of its fields are Katalog’s reading', async () => {
    const res = await t.http.get('/v1/programs/kair-intensive-retreat').expect(200);
    const body = res.body.data ?? res.body;
    expect(body.inferred_fields).toEqual(['format', 'conditions']);
  });
});

describe('the seed verifier: a condition is named by an excerpt of its record, or its field is listed as inferred', () => {
  const all = seedData as unknown as Parameters<typeof verifyConditionsNamed>[0];
  it('holds for the curated seed', () => {
    expect(verifyConditionsNamed(all)).toEqual([]);
  });
  it('finds a condition no excerpt of the record names, unless its field is listed', () => {
    const retreat = seedData.programs.find((p) => p.id === 'kair-intensive-retreat');
    const withOcd = { ...retreat, conditions: ['ocd'], inferred_fields: [] };
    const changed = { ...all, programs: [...seedData.programs.filter((p) => p !== retreat), withOcd] } as typeof all;
    expect(verifyConditionsNamed(changed)).toEqual([
      expect.stringContaining('programs/kair-intensive-retreat.conditions[0]'),
    ]);
    const listed = { ...withOcd, inferred_fields: ['conditions'] };
    expect(
      verifyConditionsNamed({
        ...all,
        programs: [...seedData.programs.filter((p) => p !== retreat), listed],
      } as typeof all),
    ).toEqual([]);
  });
});

describe('a price keeps the quantifier of every sentence it cites', () => {
  const articles = loadArticles();
  it.skipIf(!articles)('holds for the curated seed, and finds a first-year figure without its "most"', () => {
    expect(verifyPriceQuantifiers(seedData, articles as Map<string, string>)).toEqual([]);
    const prices = seedData.prices.map((p) =>
      p.id === 'kair-first-year-group-1000-3000' ? { ...p, hedges: ['approximately'] } : p,
    );
    expect(verifyPriceQuantifiers({ ...seedData, prices }, articles as Map<string, string>)).toEqual([
      expect.stringMatching(/^prices\/kair-first-year-group-1000-3000\.hedges: .*"most"/),
    ]);
  });
  it('the cost comparison carries the "most" of the statement the first-year amounts are derived from, as Katalog’s reading (A21-1)', () => {
    const [usd] = comparePrices(
      seedData.prices
        .filter((p) => p.unit === 'first_year')
        .map((p) => ({ ...p, inferred_fields: p.inferred_fields ?? [] })) as unknown as Price[],
      () => undefined,
    );
    const pair = usd?.pairs.find((x) => x.unit === 'first_year');
    expect(pair?.caveats).toEqual(
      expect.arrayContaining([
        'The source qualifies the group amount: "approximately".',
        'The source writes "most initial protocols" in another passage than the group amount; Katalog reads it as qualifying the group amount.',
      ]),
    );
  });
});

/**
 * A condition Katalog would read into a stated list (third reader M-C: "depression, anxiety, PTSD, and other
 * treatment-resistant conditions" → treatment-resistant depression) is either recorded with the whole field listed in
 * inferred_fields, or kept out with the description saying so and why; inferred_fields marks a field, not a value.
 */
describe('a condition read into a stated list', () => {
  const programs = seedData.programs as unknown as {
    id: string;
    conditions: string[];
    inferred_fields?: string[];
    description: string | null;
    citations: { excerpt: string }[];
  }[];
  it('is recorded as a reading of the whole field or its absence is explained', () => {
    const bad: string[] = [];
    for (const p of programs) {
      const excerpts = p.citations.map((c) => c.excerpt.toLowerCase());
      if (!excerpts.some((e) => e.includes('other treatment-resistant conditions'))) continue;
      const trd = seedData.conditions.find((c) => c.id === 'treatment-resistant-depression');
      const listed = p.conditions.includes('treatment-resistant-depression');
      if (listed && !(p.inferred_fields ?? []).includes('conditions'))
        bad.push(`${p.id}: treatment-resistant depression listed without inferred_fields conditions`);
      if (!listed && !p.description?.includes(`${trd?.name} is not among them`))
        bad.push(`${p.id}: the description does not say why treatment-resistant depression is not recorded`);
    }
    expect(bad).toEqual([]);
  });
  it('every condition a description says is "not among them" is absent, with the reason', () => {
    for (const p of programs)
      for (const c of seedData.conditions)
        if (p.description?.includes(`${c.name} is not among them`)) {
          expect(p.conditions, p.id).not.toContain(c.id);
          // The reason is the source's words and whose reading the condition would be; how inferred_fields marks a
          // field is the spec's to say, not the content's (fifth reader LOW 3).
          expect(p.description, p.id).toContain("would be Katalog's reading, not the article's words");
          expect(p.description, p.id).not.toMatch(/inferred_fields/);
        }
  });
});

/** One marker for an inferred currency (third reader LOW 1): currency_implied and inferred_fields agree, per record. */
describe('a price’s inferred currency', () => {
  const prices = resources.find((r) => r.tableName === 'prices') as Resource;
  it('is listed in inferred_fields exactly when currency_implied is true, and a write that leaves it out is refused', () => {
    for (const p of seedData.prices)
      expect((p.inferred_fields ?? []).includes('currency'), p.id).toBe(p.currency_implied);
    const implied = seedData.prices.find((p) => p.currency_implied)!;
    const without = { ...implied, inferred_fields: (implied.inferred_fields ?? []).filter((f) => f !== 'currency') };
    expect(prices.input.safeParse(without).success).toBe(false);
    expect(prices.input.safeParse(implied).success).toBe(true);
  });
});
