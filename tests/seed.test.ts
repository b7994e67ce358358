import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SEED_FINGERPRINT, SEED_TIMESTAMP } from '../seed/articles.js';
import { costClaims } from '../seed/data/cost-claims.js';
import { seedData } from '../seed/data/index.js';
import { loadSeed } from '../seed/load.js';
import { validateSeed } from '../seed/schemas.js';
import {
  loadArticles,
  numbersIn,
  SEEDS_DIR,
  seedFingerprint,
  verifyReferences,
  verifyScopes,
  verifySeed,
} from '../seed/verify.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { Writer } from '../src/repository/writes.js';
import { byCollection } from '../src/resources/index.js';
import { freshDb } from './helpers.js';

const articles = loadArticles();
if (!articles) {
  console.warn(`SKIPPED: the source-article checks need ${SEEDS_DIR} (always present in CI).`);
}

describe('curated seed', () => {
  it('validates against the resource schemas', () => {
    expect(validateSeed(seedData)).toEqual([]);
  });

  it('has no dangling references or duplicate ids', () => {
    expect(verifyReferences(seedData)).toEqual([]);
  });

  it.skipIf(!articles)('quotes every excerpt verbatim and every number of a record in its excerpts', () => {
    expect(verifySeed(seedData, articles as Map<string, string>)).toEqual([]);
  });

  it.skipIf(!articles)('verifier catches a paraphrased excerpt and a number missing from the excerpts', () => {
    const broken = structuredClone(seedData);
    const price = broken.prices.find((p) => p.id === 'roots-to-thrive-group-price')!;
    price.amount_min = 5580;
    broken.faqs[0]!.citations[0]!.excerpt = 'Group ketamine therapy is always better.';
    const problems = verifySeed(broken, articles as Map<string, string>);
    expect(problems.some((p) => p.includes('roots-to-thrive-group-price: number 5580'))).toBe(true);
    expect(problems.some((p) => p.includes('not found verbatim'))).toBe(true);
  });

  it('verifier catches a scope whose speaker is not cited, a hedge the source does not use, an unknown program', () => {
    const broken = structuredClone(seedData);
    const c = broken.contraindications.find((x) => x.id === 'active-suicidality')!;
    c.scope = { ...c.scope, stated_by: ['kair-group-therapy-unpacked'], hedge: 'always' };
    const r = broken.dosing_routes.find((x) => x.id === 'intramuscular')!;
    r.dose_scope = {
      level: 'program',
      format: null,
      program_ids: ['no-such-program'],
      stated_by: ['kair-group-therapy-unpacked'],
      hedge: 'typically … never adjusted',
      inferred: false,
    };
    const problems = verifyReferences(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'contraindications/active-suicidality.scope: stated_by kair-group-therapy-unpacked is not cited',
        'contraindications/active-suicidality.scope: hedge "always" is not in an excerpt of its sources',
        'dosing_routes/intramuscular.dose_scope.program_ids[0]: unknown programs id no-such-program',
        'dosing_routes/intramuscular.dose_scope: hedge "typically … never adjusted" is not in an excerpt of its sources',
      ]),
    );
    expect(verifyReferences(seedData)).toEqual([]);
  });

  it('verifier refuses a record naming itself where a field names another, and a parent chain back to its start (H16-11)', () => {
    const broken = structuredClone(seedData);
    const org = (id: string) => broken.organizations.find((o) => o.id === id)!;
    org('atma-cena').partner_organization_ids = ['atma-cena'];
    org('atma-cena').parent_organization_id = 'atma-cena-edmonton';
    org('atma-cena-edmonton').parent_organization_id = 'atma-cena';
    const faq = broken.faqs[0]!;
    faq.related = [{ collection: 'faqs', id: faq.id }];
    expect(verifyReferences(broken)).toEqual(
      expect.arrayContaining([
        'organizations/atma-cena.partner_organization_ids[0]: names the record itself',
        'organizations/atma-cena.parent_organization_id: leads back to the record',
        'organizations/atma-cena-edmonton.parent_organization_id: leads back to the record',
        `faqs/${faq.id}.related[0].id: names the record itself`,
      ]),
    );
  });

  it('verifier checks guide items and practical rules: speaker cited, named in the text, hedge verbatim', () => {
    const broken = structuredClone(seedData);
    const item = broken.guides.find((g) => g.id === 'guide-costs')!.items[0]!;
    item.scope = { ...item.scope, stated_by: ['group-ketamine-therapy-canada'] };
    const rule = broken.session_phases.find((p) => p.id === 'dosing-experience')!.practical_rules[3]!;
    rule.scope = { ...rule.scope, hedge: 'always' };
    expect(verifyReferences(broken)).toEqual(
      expect.arrayContaining([
        'guides/guide-costs.items[0].scope: the text names the KAIR article but stated_by does not',
        'guides/guide-costs.items[0].scope: hedge "Typically" is not in an excerpt of its sources',
        'session_phases/dosing-experience.practical_rules[3].scope: hedge "always" is not in an excerpt of its sources',
      ]),
    );
  });

  // One case per class of the issue 11 audit: each kind of wrong fact is caught wherever it occurs.
  it.each([
    [
      'a count the source states exactly (a case report of one man has one participant)',
      (d: typeof seedData) => {
        d.studies.find((x) => x.id === 'esketamine-group-therapy-case-report')!.participants = null;
      },
      'studies/esketamine-group-therapy-case-report.participants: its excerpts state 1 participants exactly',
    ],
    [
      'a publisher the excerpts do not name, not marked inferred',
      (d: typeof seedData) => {
        d.sources.find((x) => x.id === 'roots-to-thrive-website')!.publisher = 'Vancouver Island University';
      },
      'sources/roots-to-thrive-website: publisher "Vancouver Island University" is not named in its excerpts',
    ],
    [
      '"inferred" written into a publisher instead of the flag',
      (d: typeof seedData) => {
        d.sources.find((x) => x.id === 'port-credit-therapy-centre')!.publisher = 'ATMA CENA (inferred)';
      },
      'sources/port-credit-therapy-centre.publisher: says "inferred" in words; use publisher_inferred',
    ],
    [
      'a question cited as evidence',
      (d: typeof seedData) => {
        d.findings[0]!.citations.push({
          source_id: 'group-ketamine-therapy-canada',
          excerpt: 'Is group format as effective as individual?',
          section: 'Frequently asked questions',
        });
      },
      'findings/firefighters-gad7-anxiety-decreased: cites a question ("Is group format as effective as individual?")',
    ],
    [
      'a dosing route neither article describes for the program',
      (d: typeof seedData) => {
        d.programs.find((x) => x.id === 'roots-to-thrive-group')!.routes.push('intranasal');
      },
      'programs/roots-to-thrive-group.routes: no excerpt of the program names the route intranasal',
    ],
    [
      'a place of delivery the article gives but the record leaves out',
      (d: typeof seedData) => {
        d.programs.find((x) => x.id === 'roots-to-thrive-individual')!.city = null;
      },
      'programs/roots-to-thrive-individual.city: its excerpts place it in Nanaimo',
    ],
    [
      'an address the excerpts do not give',
      (d: typeof seedData) => {
        d.programs.find((x) => x.id === 'sage-integration-circles')!.access.website = 'https://example.org/';
      },
      'programs/sage-integration-circles.access.website: https://example.org/ is not written in any of its excerpts',
    ],
    [
      'how to apply only in the description',
      (d: typeof seedData) => {
        const p = d.programs.find((x) => x.id === 'roots-to-thrive-group')!;
        p.access.steps = [];
        p.description = `${p.description} How to apply: the ATMA CENA intake call.`;
      },
      'programs/roots-to-thrive-group.description: says how to apply, but it has no access steps',
    ],
    [
      "another organization's site presented as the program's own",
      (d: typeof seedData) => {
        const p = d.programs.find((x) => x.id === 'port-credit-individual-kat')!;
        p.access = { ...p.access, website_organization_id: 'port-credit-therapy-centre', website_inferred: false };
      },
      "programs/port-credit-individual-kat.access.website: https://psychedelic.healthcare/ is atma-cena's site",
    ],
    [
      "an access step that is Katalog's reading without the inferred flag",
      (d: typeof seedData) => {
        d.programs.find((x) => x.id === 'port-credit-group-integration')!.access.steps[0]!.inferred = false;
      },
      'programs/port-credit-group-integration.access.steps[0]: inferred is false but its text starts',
    ],
    [
      'a dosing setting the source gives only for "some member clinics", asserted of one it does not name',
      (d: typeof seedData) => {
        d.programs.find((x) => x.id === 'port-credit-group-integration')!.dosing_setting_inferred = false;
      },
      'programs/port-credit-group-integration.dosing_setting: no excerpt says how this program doses',
    ],
    [
      'a journal stored as a publisher',
      (d: typeof seedData) => {
        const s = d.sources.find((x) => x.id === 'dames-2025-roots-to-thrive-protocol')!;
        s.publisher = 'Frontiers in Psychiatry';
      },
      'sources/dames-2025-roots-to-thrive-protocol.publisher: "Frontiers in Psychiatry" is a journal',
    ],
    [
      'a derived region not flagged',
      (d: typeof seedData) => {
        d.programs.find((x) => x.id === 'port-credit-individual-kat')!.inferred_place_parts = ['country'];
      },
      'programs/port-credit-individual-kat.region: ON is not stated in its excerpts',
    ],
    [
      'a session rule of the KAIR walk-through without its "most follow"',
      (d: typeof seedData) => {
        const rule = d.session_phases.find((x) => x.id === 'pre-session-preparation')!.practical_rules[0]!;
        rule.scope = { ...rule.scope, hedge: null };
      },
      'session_phases/pre-session-preparation.practical_rules[0].scope: lacks the section\'s qualifier "most follow"',
    ],
    [
      'a hedge credited to a source that does not write it',
      (d: typeof seedData) => {
        const item = d.guides.find((x) => x.id === 'guide-side-effects-and-risks')!.items[6]!;
        item.scope = { ...item.scope, stated_by: ['group-ketamine-therapy-canada', 'kair-group-therapy-unpacked'] };
      },
      'guides/guide-side-effects-and-risks.items[6].scope: hedge "~" is not in an excerpt of kair-group-therapy-unpacked',
    ],
    [
      'what a price includes only in its note',
      (d: typeof seedData) => {
        d.prices.find((x) => x.id === 'roots-to-thrive-group-price')!.includes = [];
      },
      'prices/roots-to-thrive-group-price.note: says what the price includes, but includes is empty',
    ],
    [
      'a hedged amount flagged as plain (can run, approximate: false)',
      (d: typeof seedData) => {
        d.prices.find((x) => x.id === 'kair-individual-kap-session-600-1200')!.approximate = false;
      },
      'prices/kair-individual-kap-session-600-1200: approximate is false but hedges is ["can run"] (they must agree)',
    ],
    [
      'a FAQ answered by a source it does not cite',
      (d: typeof seedData) => {
        d.faqs[0]!.answered_by = 'kair-group-therapy-unpacked';
      },
      'faqs/what-is-group-ketamine-assisted-therapy.answered_by: kair-group-therapy-unpacked is not cited',
    ],
    [
      'an access step whose qualifier the source does not use',
      (d: typeof seedData) => {
        d.programs.find((x) => x.id === 'roots-to-thrive-group')!.access.steps[1]!.hedge = 'always';
      },
      'programs/roots-to-thrive-group.access.steps[1]: hedge "always" is not in its excerpts',
    ],
  ])('verifier catches %s', (_, breakIt, message) => {
    const broken = structuredClone(seedData);
    breakIt(broken);
    const problems = verifyReferences(broken);
    expect(
      problems.some((p) => p.startsWith(message)),
      `${message}\n${problems.join('\n')}`,
    ).toBe(true);
    expect(verifyReferences(seedData)).toEqual([]);
  });

  // Audit 11 A11-3, per record of the class: every source's and study's title is marked as Katalog's description
  // exactly when no excerpt writes it; the mark turned the other way is caught, for each of them.
  const works = [
    ...seedData.sources.map((r) => ['sources', r.id] as const),
    ...seedData.studies.map((r) => ['studies', r.id] as const),
  ];
  it.each(works)('verifier catches the title mark of %s/%s turned the other way', (collection, id) => {
    const broken = structuredClone(seedData);
    const r = (broken[collection] as { id: string }[]).find((x) => x.id === id) as {
      title_inferred?: boolean;
      inferred_fields?: string[];
    };
    const marked = collection === 'sources' ? r.title_inferred === true : (r.inferred_fields ?? []).includes('title');
    if (collection === 'sources') r.title_inferred = !marked;
    else
      r.inferred_fields = marked
        ? r.inferred_fields!.filter((f) => f !== 'title')
        : [...(r.inferred_fields ?? []), 'title'];
    const problems = verifyReferences(broken);
    const said = marked ? 'no excerpt writes it' : 'an excerpt writes it';
    expect(problems, problems.join('\n')).toContainEqual(
      expect.stringMatching(`^${collection}/${id}\\.title: ${said}`),
    );
  });

  it('marks the titles the audit found (five KAIR resources among them) and not the Tsang et al. title cut in two', () => {
    const marked = seedData.sources.filter((s) => s.title_inferred).map((s) => s.id);
    for (const id of [
      'american-society-of-ketamine-physicians',
      'ncbi-ketamine-neuroplasticity',
      'maps-psychedelic-therapy-directories',
      'who-mental-health-resources',
      'psychology-today-therapist-finder',
    ])
      expect(marked).toContain(id);
    const tsang = seedData.studies.find((s) => s.id === 'tsang-2023-roots-to-thrive-safety')!;
    expect(tsang.inferred_fields ?? []).not.toContain('title');
  });

  it.skipIf(!articles)('verifier catches a price that drops a hedge of the sentence stating its amount', () => {
    const broken = structuredClone(seedData);
    const p = broken.prices.find((x) => x.id === 'kair-first-year-individual-3500-10000-plus')!;
    p.approximate = false;
    p.hedges = [];
    expect(verifySeed(broken, articles as Map<string, string>).join('\n')).toContain(
      'prices/kair-first-year-individual-3500-10000-plus.hedges: its sentence qualifies the amount with "approximately"',
    );
    expect(verifySeed(seedData, articles as Map<string, string>)).toEqual([]);
  });

  it.skipIf(!articles)('verifier catches a guide figure that drops the quantifier governing its sentence', () => {
    const broken = structuredClone(seedData);
    const g = broken.guides.find((x) => x.id === 'guide-course-of-treatment')!;
    const i = g.items.findIndex((x) => x.value_min === 1 && x.value_max === 3);
    g.items[i]!.scope = { ...g.items[i]!.scope, hedge: null };
    expect(verifySeed(broken, articles as Map<string, string>).join('\n')).toContain(
      `guides/guide-course-of-treatment.items[${i}].scope.hedge: its figure 1-3 is governed by "most"`,
    );
  });

  it.skipIf(!articles)("verifier catches a FAQ answer that is not the answering article's own words", () => {
    const broken = structuredClone(seedData);
    broken.faqs[2]!.answer = 'The Canadian article answers: About CAD $5,850.';
    expect(verifySeed(broken, articles as Map<string, string>)).toContain(
      'faqs/what-does-roots-to-thrive-cost.answer: not verbatim in group-ketamine-therapy-canada after its speaker',
    );
  });

  it.skipIf(!articles)('cites the cost claims verbatim, with their own qualifiers and known ids', () => {
    const texts = articles as Map<string, string>;
    for (const c of costClaims) {
      expect(c.citations.length).toBeGreaterThan(0);
      for (const x of c.citations) {
        expect(x.source_id).toBe(c.source_id);
        expect(texts.get(x.source_id), `${c.id}: ${x.excerpt}`).toContain(x.excerpt);
        expect(x.excerpt.length).toBeLessThanOrEqual(200);
      }
      for (const id of c.price_ids) expect(seedData.prices.map((p) => p.id)).toContain(id);
      for (const id of c.program_ids) expect(seedData.programs.map((p) => p.id)).toContain(id);
      for (const id of c.organization_ids) expect(seedData.organizations.map((o) => o.id)).toContain(id);
    }
    // The claim's qualifier is its source's own words, checked like a record's scope.
    const asScopes = costClaims.map((c) => ({
      id: c.id,
      citations: c.citations,
      scope: { level: 'format', program_ids: [], stated_by: [c.source_id], hedge: c.hedge },
    }));
    expect(verifyScopes({ cost_claims: asScopes } as never)).toEqual([]);
    expect(
      verifyScopes({
        cost_claims: [{ ...asScopes[0]!, scope: { ...asScopes[0]!.scope, hedge: 'always' } }],
      } as never),
    ).toHaveLength(1);
  });

  it('reads numbers the way the articles write them', () => {
    expect([...numbersIn('CAD $5,850 + GST; 0.5mg/kg; four out of five; <13%')]).toEqual(
      expect.arrayContaining([5850, 0.5, 4, 5, 13]),
    );
    // A case report of "a 44-year-old man" counts one participant; an age alone does not.
    expect(numbersIn('the case of a 44-year-old man with depression').has(1)).toBe(true);
    expect(numbersIn('participants aged 44 years').has(1)).toBe(false);
  });

  it('moves SEED_TIMESTAMP forward whenever the seed changes (partners sync with updated_since)', () => {
    expect(
      seedFingerprint(seedData),
      `the seed changed: set SEED_TIMESTAMP in seed/articles.ts to now and SEED_FINGERPRINT to ${seedFingerprint(seedData)}`,
    ).toBe(SEED_FINGERPRINT);
    // Never in the future: the seed's time becomes Last-Modified, and a future one would answer
    // If-Modified-Since with 304 after a real change.
    expect(Date.parse(SEED_TIMESTAMP), 'SEED_TIMESTAMP is in the future').toBeLessThanOrEqual(Date.now());
  });

  it('covers every collection the API serves', () => {
    for (const [collection, records] of Object.entries(seedData)) {
      expect(records.length, collection).toBeGreaterThan(0);
    }
  });
});

describe('seed loader', () => {
  const dump = (db: ReturnType<typeof freshDb>) =>
    ['programs', 'prices', 'citations', 'changes', 'findings'].map((t) =>
      db.all(sql.raw(`select * from ${t} order by 1, 2`)),
    );

  it('is idempotent: a second run changes nothing and records no events', () => {
    const db = freshDb();
    const before = dump(db);
    const report = loadSeed(db);
    expect(report).toEqual({
      created: 0,
      updated: 0,
      unchanged: Object.values(seedData).flat().length,
      kept_edits: [],
    });
    expect(dump(db)).toEqual(before);
    db.$client.close();
  });

  it('builds byte-identical databases from the same seed (replicas agree)', () => {
    const a = freshDb();
    const b = freshDb();
    expect(dump(a)).toEqual(dump(b));
    a.$client.close();
    b.$client.close();
  });

  it('records a created event per record, then an update event with a new version when the seed changes', () => {
    const db = openDb(':memory:');
    migrateDb(db);
    loadSeed(db);
    const created = db.get<{ n: number }>(sql`select count(*) as n from changes where action = 'created'`);
    expect(created.n).toBe(Object.values(seedData).flat().length);
    const edited = structuredClone(seedData);
    edited.faqs[0]!.answer = `${edited.faqs[0]!.answer} (edited)`;
    expect(loadSeed(db, edited, '2027-01-01T00:00:00.000Z')).toMatchObject({ created: 0, updated: 1 });
    const row = db.get<{ version: number; updated_at: string }>(
      sql`select version, updated_at from faqs where id = ${edited.faqs[0]!.id}`,
    );
    expect(row).toEqual({ version: 2, updated_at: '2027-01-01T00:00:00.000Z' });
    db.$client.close();
  });

  it('writes through the record store: a revision per record, and a dangling reference rolls the whole load back', () => {
    const db = openDb(':memory:');
    migrateDb(db);
    const bad = structuredClone(seedData);
    bad.prices[0]!.program_id = 'no-such-program';
    expect(() => loadSeed(db, bad)).toThrow(
      `prices/${bad.prices[0]!.id}: program_id: no live programs record with id "no-such-program"`,
    );
    expect(db.get<{ n: number }>(sql`select count(*) as n from sources`).n).toBe(0);
    loadSeed(db);
    const revisions = db.all<{ actor: string; action: string; n: number }>(
      sql`select actor, action, count(*) as n from revisions group by actor, action`,
    );
    expect(revisions).toEqual([{ actor: 'seed', action: 'created', n: Object.values(seedData).flat().length }]);
    db.$client.close();
  });

  it('keeps a record deleted through the API, and brings it back with --force as a restore', () => {
    const db = freshDb();
    const faqs = byCollection.get('faqs')!;
    const id = seedData.faqs[0]!.id;
    Writer.on(db).remove(faqs, id, 'any', 'anna');
    expect(loadSeed(db).kept_edits).toEqual([`faqs/${id}`]);
    expect(loadSeed(db, seedData, { force: true })).toMatchObject({ updated: 1, kept_edits: [] });
    const last = db.get<{ action: string; version: number }>(
      sql`select action, version from changes where record_id = ${id} order by seq desc limit 1`,
    );
    expect(last).toEqual({ action: 'restored', version: 3 });
    expect(loadSeed(db)).toMatchObject({ updated: 0, kept_edits: [] });
    db.$client.close();
  });
});
