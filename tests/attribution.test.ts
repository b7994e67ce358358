/**
 * Every derived view says whose a statement is and what it depends on (issue 11; audit of 2026-12-02,
 * M1–M7), checked per class over every record of the seed, not per instance:
 * - every JSON-LD document of every record names the sources it is cited from, and a document
 *   that depends on another record links it (finding → study; price → program, or says it is market-wide);
 * - a contraindication's JSON-LD keeps its category, scope, hedge and speaker; only what its source, in its own
 *   words, says to avoid is typed MedicalContraindication (audit 7, M3/L16: a type is never stronger than the text);
 * - no text states a column of the fit table that Katalog infers as the Canadian article's own marking;
 * - every cost claim returned for a filter is scoped to it;
 * - every inferred flag of a source is shown where the index summarises it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_NAMES, type ArticleId } from '../seed/articles.js';
import { costClaims } from '../seed/data/cost-claims.js';
import { seedData } from '../seed/data/index.js';
import { loadArticles } from '../seed/verify.js';
import { hedgeParts } from '../src/jsonld/statements.js';
import { GENERAL_ROUTE_FIELDS } from '../src/resources/dosing-routes/dosing-routes.schema.js';
import { resources } from '../src/resources/index.js';
import { routeWords, saysHowItDoses } from '../src/resources/programs/route-evidence.js';
import { startApp, type TestApp } from './helpers.js';

const BASE = 'https://api.katalog.example';
let t: TestApp;
beforeAll(async () => {
  t = await startApp({ PUBLIC_BASE_URL: BASE });
});
afterAll(() => t.close());

type Rec = { id: string; citations: { source_id: string; excerpt: string }[] } & Record<string, unknown>;
const recordsOf = (tableName: string) => (seedData as unknown as Record<string, Rec[]>)[tableName] ?? [];
const name = (id: string) => ARTICLE_NAMES[id as ArticleId] ?? id;

describe('every JSON-LD document says whose it is and links what it depends on', () => {
  const cases = resources.flatMap((r) => recordsOf(r.tableName).map((x) => [r.path, x.id] as const));

  it.each(cases)('%s/%s names its sources (never itself)', async (path, id) => {
    const doc = (await t.http.get(`/v1/${path}/${id}.jsonld`).expect(200)).body;
    const rec = recordsOf(resources.find((r) => r.path === path)!.tableName).find((x) => x.id === id)!;
    const cited = new Set(rec.citations.map((c) => c.source_id));
    if (path === 'sources') cited.delete(id);
    // However the document is linked to them (jsonld.ts sourceRelation; tests/derived-statements.test.ts checks which).
    const ids = [doc.subjectOf ?? [], doc.appearance ?? [], doc.citation ?? [], doc['@reverse']?.citation ?? []]
      .flat()
      .map((x: { '@id'?: string }) => x['@id'])
      .filter(Boolean);
    for (const s of cited) expect(ids).toContain(`${BASE}/v1/sources/${s}`);
    expect(ids).not.toContain(`${BASE}/v1/${path}/${id}`);
  });

  it.each(seedData.findings.map((f) => f.id))(
    'finding %s links its study and reads as the article reports it',
    async (id) => {
      const f = seedData.findings.find((x) => x.id === id)!;
      const doc = (await t.http.get(`/v1/findings/${id}.jsonld`).expect(200)).body;
      expect(doc.isBasedOn['@id']).toBe(`${BASE}/v1/studies/${f.study_id}`);
      const by = [...new Set(f.citations.map((c) => name(c.source_id)))];
      // Named once: "as X reports it", or by the summary's own opening ("The Canadian article says…").
      for (const n of by) expect(doc.description.toLowerCase()).toContain(n.toLowerCase());
      expect(doc.description).toContain(f.summary);
    },
  );

  it.each(seedData.prices.map((p) => p.id))(
    'price %s is of its program, or says it is market-wide and whose',
    async (id) => {
      const p = seedData.prices.find((x) => x.id === id)!;
      const doc = (await t.http.get(`/v1/prices/${id}.jsonld`).expect(200)).body;
      const who = [...new Set(p.citations.map((c) => name(c.source_id)))];
      // Its program only when the source gives it for that program; a program that is Katalog's reading is said to be.
      const reading = (p.inferred_fields ?? []).includes('program_id');
      if (p.program_id && !reading) expect(doc.itemOffered['@id']).toBe(`${BASE}/v1/programs/${p.program_id}`);
      else if (reading) {
        expect(doc['@type']).toBe('Offer');
        expect(doc.itemOffered['@id']).toBeUndefined();
        expect(doc.itemOffered.description).toContain("that it is a particular program's price is Katalog's reading");
      } else {
        // A figure of the market in general is no one's offer (audit 25 A25-3): the price specification alone.
        expect(doc['@type']).toBe('UnitPriceSpecification');
        expect(doc.itemOffered).toBeUndefined();
        for (const n of who) expect(doc.description).toContain(`nor anyone's offer: a market-wide figure, per ${n}`);
      }
      // Every qualifier Katalog adds is said to be the named source's, never "the source's".
      expect(doc.description).not.toMatch(/the source qualifies/);
      for (const h of p.hedges ?? []) if (!p.amount_text.includes(h)) expect(doc.description).toContain(`"${h}"`);
      // What the price includes travels with it.
      for (const inc of p.includes ?? []) expect(doc.description).toContain(inc);
      // No amount: no currency is stated, inferred or not.
      if (p.amount_min === null) expect(doc.description).not.toMatch(/inferred/);
    },
  );
});

describe('a contraindication keeps its category, scope, hedge and speaker', () => {
  const CATEGORY: Record<string, RegExp> = {
    absolute: /should avoid ketamine therapy/,
    requires_evaluation: /requires careful evaluation/,
    group_specific: /reason against the group format|more suitable/,
    group_requirement: /does not call it a contraindication/,
  };
  const SAID: Record<string, string> = {
    ketamine_therapy: 'said of ketamine therapy in general',
    group: 'said of the group format',
    individual: 'said of the individual format',
  };

  it.each(seedData.contraindications.map((c) => c.id))('%s', async (id) => {
    const c = seedData.contraindications.find((x) => x.id === id)!;
    const doc = (await t.http.get(`/v1/contraindications/${id}.jsonld`).expect(200)).body;
    // Audit 7 M3 (class 3: a type stronger than the text): only what its source, in its own words, says to avoid
    // is a MedicalContraindication; everything else is a neutral MedicalEntity that states its category.
    const avoid = c.category === 'absolute' && !c.inferred && !c.scope.inferred;
    expect(doc['@type']).toBe(avoid ? 'MedicalContraindication' : 'MedicalEntity');
    if (avoid) expect(c.scope.hedge ?? '').toMatch(/\bavoid\b/);
    else expect(doc.disambiguatingDescription).toContain(`category: ${c.category}`);
    if (c.inferred) expect(doc.disambiguatingDescription).toMatch(/^Katalog's reading/);
    const text: string = doc.description;
    const fit = (await t.http.get(`/v1/format-fit/check?situation=${id}`).expect(200)).body;
    // Its own flag: a contraindication citing the same row of the format table is shown beside it.
    const says = [...fit.data.group, ...fit.data.individual].find(
      (x: { source: string; id: string }) => x.source === 'contraindications' && x.id === id,
    ).says;
    for (const out of [text, says]) {
      for (const s of c.scope.stated_by) expect(out.toLowerCase()).toContain(name(s).toLowerCase());
      if (c.inferred) {
        expect(out).toMatch(/^Katalog infers/);
        continue;
      }
      expect(out).toMatch(CATEGORY[c.category]!);
      const level = c.scope.level === 'format' ? String(c.scope.format) : c.scope.level;
      if (level !== 'program') expect(out).toContain(SAID[level]);
      if (c.scope.inferred) expect(out).toContain("Katalog's reading");
      // Every qualifier of the source, each quoted (a table cell's "(or exclusion)" as well as "generally").
      for (const h of hedgeParts(c.scope)) expect(out).toContain(`"${h}"`);
      // A statement the source reports from another ("one program") names both, first, and credits the reported one
      // only with words the source quotes from it (audit 10: "might find …" is the KAIR article's, outside its quotation).
      if (c.scope.via) {
        const by = name(c.scope.stated_by[0]!);
        const quotedFrom = (h: string) =>
          c.citations.some((x) => [...x.excerpt.matchAll(/"([^"]+)"/g)].some((m) => m[1]!.includes(h)));
        expect(out.toLowerCase()).toMatch(
          hedgeParts(c.scope).every(quotedFrom)
            ? new RegExp(`^${c.scope.via} quoted by ${by}`, 'i')
            : new RegExp(`^${by} says, reporting ${c.scope.via},.*outside its quotation of ${c.scope.via}`, 'i'),
        );
      }
    }
  });
});

describe('no JSON-LD type is stronger than the text (audit 7, class 3)', () => {
  /** Every node of a document with an @type, at any depth. */
  const nodes = (v: unknown): Record<string, unknown>[] =>
    Array.isArray(v)
      ? v.flatMap(nodes)
      : v && typeof v === 'object'
        ? [...('@type' in v ? [v as Record<string, unknown>] : []), ...Object.values(v).flatMap(nodes)]
        : [];
  const docs = [
    ...seedData.contraindications.map((c) => `/v1/contraindications/${c.id}.jsonld`),
    ...seedData.programs.map((p) => `/v1/programs/${p.id}.jsonld`),
    ...seedData.conditions.map((c) => `/v1/conditions/${c.id}.jsonld`),
    ...seedData.studies.map((s) => `/v1/studies/${s.id}.jsonld`),
  ];

  it.each(docs)(
    '%s: a MedicalContraindication is what its source says to avoid; a MedicalCondition is named by a source',
    async (url) => {
      const doc = (await t.http.get(url).expect(200)).body;
      for (const node of nodes(doc)) {
        const id = String(node['@id'] ?? '');
        if (node['@type'] === 'MedicalContraindication') {
          const c = seedData.contraindications.find((x) => id.endsWith(`/v1/contraindications/${x.id}`))!;
          expect(c, id).toBeDefined();
          expect([c.category, c.inferred, c.scope.inferred], id).toEqual(['absolute', false, false]);
        }
        if (node['@type'] === 'MedicalCondition') {
          const c = seedData.conditions.find((x) => id.endsWith(`/v1/conditions/${x.id}`))!;
          expect(c, id).toBeDefined();
          // Naming it at all is Katalog's reading (the KAIR article's "challenges", not a diagnosis): not a MedicalCondition.
          // Its scope, or every scope of its role statements where each role has its own.
          const rec = c as {
            scope?: { inferred?: boolean } | null;
            role_statements?: { scope: { inferred?: boolean } }[];
          };
          const scopes = [rec.scope, ...(rec.role_statements ?? []).map((x) => x.scope)].filter((x) => !!x);
          expect(scopes.length > 0 && scopes.every((x) => x?.inferred === true), id).toBe(false);
        }
      }
    },
  );

  it('the audit’s instances are neutral: screening flags, a quoted preference, an inferred row, "challenges"', async () => {
    for (const id of ['interacting-medications', 'strong-preference-for-privacy', 'active-ptsd-with-hypervigilance'])
      expect((await t.http.get(`/v1/contraindications/${id}.jsonld`).expect(200)).body['@type'], id).toBe(
        'MedicalEntity',
      );
    expect((await t.http.get('/v1/conditions/mood-disorders.jsonld').expect(200)).body['@type']).toBe('MedicalEntity');
  });
});

describe('no text states a column Katalog infers as the source’s own marking', () => {
  // The fit table's rows whose marks were lost in extraction, and the words of its two columns.
  const inferredRows = seedData.format_fit.filter((r) => r.inferred).map((r) => r.situation);
  const COLUMN =
    /group format (is )?generally appropriate|individual format (as )?safer|\bmarks?\b|puts it under|places? it/i;
  const strings = (v: unknown): string[] =>
    typeof v === 'string'
      ? [v]
      : Array.isArray(v)
        ? v.flatMap(strings)
        : v && typeof v === 'object'
          ? // Excerpts, at any depth (a role statement's too), are the article's words, not Katalog's.
            Object.entries(v).flatMap(([k, x]) => (k === 'citations' ? [] : strings(x)))
          : [];

  it('every sentence that places an inferred row in a column says it is Katalog’s inference', () => {
    const bad: string[] = [];
    for (const r of resources)
      for (const rec of recordsOf(r.tableName)) {
        // A record that rests on an inferred row (cites it, or is it).
        const rests = rec.citations.some((c) => inferredRows.some((row) => c.excerpt.includes(row)));
        if (!rests) continue;
        const { citations: _c, ...fields } = rec;
        for (const text of strings(fields))
          for (const sentence of text.split(/(?<=[.])\s+(?=[A-Z"])/))
            if (COLUMN.test(sentence) && !/Katalog|infer|lost in extraction/i.test(sentence))
              bad.push(`${r.path}/${rec.id}: ${sentence}`);
      }
    expect(bad).toEqual([]);
  });

  it('would catch the audit’s instance', () => {
    const sentence =
      'The Canadian article lists active PTSD with hypervigilance among the situations where it marks the individual format as safer than the group format.';
    expect(COLUMN.test(sentence) && !/infer|lost in extraction/i.test(sentence)).toBe(true);
  });
});

describe('every cost claim returned for a filter is scoped to it', () => {
  // What a claim is said of, from the seed alone.
  const scope = (c: (typeof costClaims)[number]) => {
    const orgPrograms = seedData.programs.filter((p) => c.organization_ids.includes(String(p.organization_id)));
    const programs = new Set([
      ...c.program_ids,
      ...seedData.prices
        .filter((p) => c.price_ids.includes(p.id))
        .map((p) => p.program_id)
        .filter((x): x is string => !!x),
      ...orgPrograms.map((p) => p.id),
    ]);
    const countries = new Set(
      [
        ...seedData.programs.filter((p) => programs.has(p.id)),
        ...seedData.organizations.filter((o) => c.organization_ids.includes(o.id)),
      ]
        .map((x) => x.country)
        .filter((x): x is string => !!x),
    );
    const currencies = new Set(
      seedData.prices
        .filter((p) => c.price_ids.includes(p.id) || (p.program_id && programs.has(p.program_id)))
        .map((p) => p.currency),
    );
    return {
      programs,
      countries,
      currencies,
      general: !c.price_ids.length && !c.program_ids.length && !c.organization_ids.length,
    };
  };
  const filters = [
    ...['CAD', 'USD', 'EUR'].map((v) => ['currency', v] as const),
    ...['CA', 'US', 'CO'].map((v) => ['country', v] as const),
    ...seedData.programs.map((p) => ['program_id', p.id] as const),
  ];

  it.each(filters)('?%s=%s', async (key, value) => {
    const body = (await t.http.get(`/v1/cost-comparison?${key}=${value}`).expect(200)).body;
    for (const claim of body.claims as { id: string; unfiltered: boolean }[]) {
      const s = scope(costClaims.find((c) => c.id === claim.id)!);
      // Audit 7 L13: a claim the filters do not apply to says so in the response.
      expect(claim.unfiltered, claim.id).toBe(s.general);
      if (s.general) continue;
      const set = key === 'currency' ? s.currencies : key === 'country' ? s.countries : s.programs;
      expect(set.has(value), `${claim.id} returned for ${key}=${value}`).toBe(true);
    }
  });
});

/**
 * A claim is general (returned for every filter) only when the source says it in general: one cited from a cost
 * section where the source prices named programs only (the Canadian cost table and the sentences under it) is said
 * of those programs, so it carries their ids and is not returned for ?country=US or another program (second reader
 * M4). A summary list that mixes program prices with general statements ("Key takeaways") is not a cost section.
 */
describe('a cost claim from a section of program prices is scoped to those programs', () => {
  it('holds for every seeded claim', () => {
    const sectionsOf = (cs: { source_id: string; section: string }[]) => cs.map((c) => `${c.source_id}|${c.section}`);
    const programOnly = new Set(
      sectionsOf(seedData.prices.filter((p) => p.program_id).flatMap((p) => p.citations)).filter(
        (k) =>
          /cost/i.test(k) &&
          !sectionsOf(seedData.prices.filter((p) => !p.program_id).flatMap((p) => p.citations)).includes(k),
      ),
    );
    expect(programOnly.has('group-ketamine-therapy-canada|Cost comparison')).toBe(true);
    const general = costClaims
      .filter((c) => !c.price_ids.length && !c.program_ids.length && !c.organization_ids.length)
      .filter((c) => sectionsOf(c.citations).some((k) => programOnly.has(k)))
      .map((c) => c.id);
    expect(general).toEqual([]);
  });

  it('the sentence under the Canadian cost table is not returned for US figures or a Colorado program', async () => {
    for (const q of [
      'country=US',
      'currency=USD',
      'program_id=colorado-five-week-group',
      'program_id=sage-integration-circles',
    ]) {
      const body = (await t.http.get(`/v1/cost-comparison?${q}`).expect(200)).body;
      expect(
        body.claims.map((c: { id: string }) => c.id),
        q,
      ).not.toContain('canadian-cost-reduction-makes-course-accessible');
    }
  });
});

/**
 * A claim that states prices keeps the qualifiers the source puts on them (second reader LOW 3): every hedge of its
 * prices that is in the claim's own sentence, and every one the price takes from a statement that gives no amount
 * (the "most initial protocols" the first-year figures are derived from). Another sentence's wording of the same
 * amount ("usually range from $100-$250") qualifies that sentence, not this claim.
 */
describe('a cost claim keeps the qualifiers of the prices it states', () => {
  it('holds for every seeded claim', () => {
    const has = (text: string, h: string) => text.toLowerCase().includes(h.toLowerCase());
    const missing = costClaims.flatMap((c) =>
      seedData.prices
        .filter((p) => c.price_ids.includes(p.id))
        .flatMap((p) =>
          (p.hedges ?? [])
            .filter((h) => h !== 'Approximate cost')
            .filter(
              (h) =>
                c.citations.some((x) => has(x.excerpt, h)) ||
                !p.citations.some((x) => /\$\s?\d/.test(x.excerpt) && has(x.excerpt, h)),
            ),
        )
        .filter((h) => !has(c.hedge ?? '', h))
        .map((h) => `${c.id}: "${h}"`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });
});

describe('the index shows every inferred flag of what it summarises', () => {
  it('a source’s *_inferred flags are in /v1', async () => {
    const body = (await t.http.get('/v1').expect(200)).body;
    for (const s of body.sources as Record<string, unknown>[]) {
      const rec = seedData.sources.find((x) => x.id === s.id)! as unknown as Record<string, unknown>;
      for (const [k, v] of Object.entries(rec))
        if (/(^|_)inferred(_|$)/.test(k)) expect(s[k], `${s.id}.${k}`).toEqual(v);
    }
    expect(body.sources.find((s: { id: string }) => s.id === 'group-ketamine-therapy-canada').publisher_inferred).toBe(
      true,
    );
  });
});

describe('a contraindication cited from a list names itself in that list', () => {
  it('every contraindication citing the Canadian FAQ answer has an FAQ excerpt that names it', () => {
    const bad: string[] = [];
    for (const c of seedData.contraindications) {
      const faq = c.citations.filter((x) => x.section === 'Frequently asked questions');
      if (!faq.length) continue;
      const phrases = c.condition
        .toLowerCase()
        .split(/\s*\(|\)|\s+or\s+/)
        .map((x) => x.trim())
        .filter((x) => x.length >= 8 && x !== 'group format');
      if (!faq.some((x) => phrases.some((p) => x.excerpt.toLowerCase().includes(p)))) bad.push(c.id);
    }
    expect(bad).toEqual([]);
  });
});

describe('dosing routes say whose their description is', () => {
  it.each(seedData.dosing_routes.map((r) => r.id))('%s opens by naming its source', (id) => {
    const r = seedData.dosing_routes.find((x) => x.id === id)!;
    const first = r.description?.split(/(?<=\.)\s/)[0] ?? '';
    expect(first).toMatch(/the (KAIR|Canadian) article/i);
  });
});

describe('what an include withholds, it says it withholds', () => {
  it.each(seedData.programs.filter((p) => p.routes.length).map((p) => p.id))(
    '%s?include=dosing_routes flags every dose it leaves out',
    async (id) => {
      const body = (await t.http.get(`/v1/programs/${id}?include=dosing_routes`).expect(200)).body;
      for (const r of body.data.dosing_routes as Record<string, unknown>[]) {
        const rec = seedData.dosing_routes.find((x) => x.id === r.id)!;
        const withheld = rec.dose_min != null && r.dose_min === null;
        expect(typeof r.dose_withheld === 'string', `${id}: ${String(r.id)}`).toBe(withheld);
      }
    },
  );

  // Every field of an included route that states what a source says of the route in general (dose, forms, group
  // use, description) is withheld and listed, unless a source says it of this program, or the program is the
  // generic record of the format the statement is said of (second reader M5, LOW 13).
  it.each(seedData.programs.filter((p) => p.routes.length).map((p) => p.id))(
    '%s?include=dosing_routes shows no general statement of a route as the program’s own',
    async (id) => {
      const program = seedData.programs.find((p) => p.id === id)!;
      const body = (await t.http.get(`/v1/programs/${id}?include=dosing_routes`).expect(200)).body;
      for (const r of body.data.dosing_routes as Record<string, unknown>[]) {
        const rec = seedData.dosing_routes.find((x) => x.id === r.id)! as unknown as Record<string, unknown>;
        const scope = rec.dose_scope as { level: string; format?: string; program_ids: string[] } | null;
        const own = scope?.level === 'program' && scope.program_ids.includes(id);
        const generic =
          program.generic &&
          (!scope || scope.level === 'general' || (scope.level === 'format' && scope.format === program.format));
        const listed = new Set((r.withheld_fields as string[] | undefined) ?? []);
        // Group use the program's own source states (third reader M-D): it doses in a group in the source's words
        // (dosing_setting group, not inferred) and its excerpts name the route (routes; seed verifier).
        const dosesInGroup =
          program.format === 'group' && program.dosing_setting === 'group' && program.dosing_setting_inferred !== true;
        // Third reader LOW 3: the sources this program does not cite are not named in what comes with it, and a
        // form the route's own name states ("Intramuscular injection") is not withheld.
        const cites = new Set(program.citations.map((c) => c.source_id));
        const uncited = Object.entries(ARTICLE_NAMES)
          .filter(([sid]) => !cites.has(sid))
          .map(([, n]) => n.toLowerCase());
        if (typeof r.description === 'string')
          for (const n of uncited)
            expect(r.description.toLowerCase(), `${id}: ${String(r.id)} names ${n}`).not.toContain(n);
        const namedForms = (rec.forms as string[]).filter((x) => String(rec.name).toLowerCase().includes(x));
        if (!own) expect(r.forms, `${id}: ${String(r.id)}.forms`).toEqual(expect.arrayContaining(namedForms));
        for (const f of GENERAL_ROUTE_FIELDS) {
          const given = rec[f] !== null && !(Array.isArray(rec[f]) && !(rec[f] as unknown[]).length);
          const stated = f === 'used_in_group_settings' && dosesInGroup && rec[f] === 'yes';
          if (generic && f === 'description') {
            const kept = String(rec[f])
              .split(/(?<=\.)\s+(?=[A-Z])/)
              .filter((x) => !uncited.some((n) => x.toLowerCase().includes(n)))
              .join(' ');
            expect(r[f], `${id}: ${String(r.id)}.${f}`).toBe(kept);
          } else if (f === 'forms' && !own && !generic) {
            const all = namedForms.length === (rec.forms as string[]).length;
            expect(listed.has(f), `${id}: ${String(r.id)}.forms listed`).toBe(!all);
          } else if (own || generic || stated) {
            expect(r[f], `${id}: ${String(r.id)}.${f}`).toEqual(rec[f] ?? null);
            if (stated) expect(listed.has(f), `${id}: ${String(r.id)}.${f} not listed`).toBe(false);
          } else if (given) {
            expect(listed.has(f), `${id}: ${String(r.id)}.${f} listed`).toBe(true);
            expect(
              r[f] === null || (Array.isArray(r[f]) && !(r[f] as unknown[]).length),
              `${id}: ${String(r.id)}.${f}`,
            ).toBe(true);
          }
        }
        // No excerpt of a source this program does not cite comes with it.
        if (!own) {
          const sources = new Set(program.citations.map((c) => c.source_id));
          for (const c of r.citations as { source_id: string }[]) expect(sources.has(c.source_id)).toBe(true);
        }
      }
    },
  );

  it('roots-to-thrive-group: its IM and SL routes are used in its group dosing, as the Canadian article says', async () => {
    const program = seedData.programs.find((p) => p.id === 'roots-to-thrive-group')!;
    const excerpts = program.citations.map((c) => c.excerpt).join('\n');
    expect(excerpts).toContain('Participants are dosed in a shared room');
    expect(excerpts).toMatch(/IM or (SL|sublingual) ketamine sessions/);
    const body = (await t.http.get('/v1/programs/roots-to-thrive-group?include=dosing_routes').expect(200)).body;
    for (const r of body.data.dosing_routes as Record<string, unknown>[]) {
      expect(r.used_in_group_settings, String(r.id)).toBe('yes');
      expect(r.withheld_fields, String(r.id)).not.toContain('used_in_group_settings');
      const cited = (r.citations as { source_id: string; excerpt: string }[]).map((c) => c.source_id);
      expect(cited, String(r.id)).toContain('group-ketamine-therapy-canada');
    }
  });

  // Fifth reader LOW 2: a value kept under a program because the program's source says it (group use) carries the
  // program's excerpts that say it: one saying how the program doses, and one naming the route.
  it.each(seedData.programs.filter((p) => p.routes.length && !p.generic).map((p) => p.id))(
    '%s?include=dosing_routes: group use kept as the program’s own carries the excerpts that say it',
    async (id) => {
      const program = seedData.programs.find((p) => p.id === id)!;
      const body = (await t.http.get(`/v1/programs/${id}?include=dosing_routes`).expect(200)).body;
      for (const r of body.data.dosing_routes as Record<string, unknown>[]) {
        const rec = seedData.dosing_routes.find((x) => x.id === r.id)!;
        const own = rec.dose_scope?.level === 'program' && rec.dose_scope.program_ids.includes(id);
        if (own || r.used_in_group_settings === null) continue;
        const excerpts = (r.citations as { excerpt: string }[]).map((c) => c.excerpt);
        const programs = new Set(program.citations.map((c) => c.excerpt));
        const words = routeWords(rec);
        expect(
          excerpts.some((e) => programs.has(e) && saysHowItDoses(e)),
          `${id}: ${String(r.id)} keeps group use without the excerpt saying how the program doses`,
        ).toBe(true);
        expect(
          excerpts.some((e) => programs.has(e) && words.some((w) => w.test(e))),
          `${id}: ${String(r.id)} keeps group use without the program's excerpt naming the route`,
        ).toBe(true);
      }
    },
  );

  it('roots-to-thrive-group: its routes carry "Participants are dosed in a shared room"', async () => {
    const body = (await t.http.get('/v1/programs/roots-to-thrive-group?include=dosing_routes').expect(200)).body;
    for (const r of body.data.dosing_routes as { id: string; citations: { excerpt: string }[] }[])
      expect(r.citations.map((c) => c.excerpt).join('\n'), r.id).toContain('Participants are dosed in a shared room');
  });

  it('roots-to-thrive-group: neither the KAIR ranges nor its lozenges and troches come with its routes', async () => {
    const body = (await t.http.get('/v1/programs/roots-to-thrive-group?include=dosing_routes').expect(200)).body;
    const text = JSON.stringify(body.data.dosing_routes);
    for (const s of ['0.5', '1.5', '100mg', '400mg', 'lozenges', 'troches']) expect(text).not.toContain(s);
  });

  it('generic-group-kat shows the KAIR article’s group ranges with their scope (general guidance of the format)', async () => {
    const body = (await t.http.get('/v1/programs/generic-group-kat?include=dosing_routes').expect(200)).body;
    const im = body.data.dosing_routes.find((r: { id: string }) => r.id === 'intramuscular');
    expect(im).toMatchObject({ dose_min: 0.5, dose_max: 1.5, dose_unit: 'mg/kg' });
    expect(im.dose_scope).toMatchObject({
      level: 'format',
      format: 'group',
      stated_by: ['kair-group-therapy-unpacked'],
    });
    expect(im.withheld_fields).toBeUndefined();
  });
});

/**
 * An organization's website is its own site, not a page the source cites about a partnership with another
 * organization (second reader LOW 14: VIU's "giving.viu.ca/roots-thrive", the fund's page on its Roots to Thrive
 * collaboration). A page whose path names another organization of the seed is such a page; one that is another
 * organization's site is marked by website_organization_id.
 */
describe('an organization’s website is not a page about another organization', () => {
  it('holds for every seeded organization', () => {
    const bad = seedData.organizations
      .filter((o) => o.website && !o.website_organization_id)
      .filter((o) => {
        const path = new URL(o.website as string).pathname.toLowerCase();
        return seedData.organizations.some((other) => {
          if (other.id === o.id) return false;
          const tokens = other.id.split('-').filter((x) => x.length > 3);
          return tokens.length > 0 && tokens.every((x) => path.includes(x));
        });
      })
      .map((o) => o.id);
    expect(bad).toEqual([]);
  });
});

/**
 * One rule for an organization's address (third reader M-A): a page the source cites for an organization that is
 * not recorded as its website is described by where it is: on the organization's own domain it is "a page on …
 * own site (host) … not its homepage", never "rather than … own site"; an address on another organization's
 * domain is recorded only with website_organization_id (Port Credit Therapy Centre → ATMA CENA).
 */
describe('an organization’s cited but unrecorded page is described by its host', () => {
  it('holds for every seeded organization', () => {
    const bad: string[] = [];
    for (const o of seedData.organizations) {
      const description = o.description ?? '';
      if (/rather than the [^.]*own site/.test(description)) bad.push(`${o.id}: says "rather than … own site"`);
      for (const url of description.match(/https?:\/\/[^\s),]+/g) ?? []) {
        if (url === o.website) continue;
        const host = new URL(url).host;
        if (!description.includes(`own site (${host})`) || !description.includes('not its homepage'))
          bad.push(`${o.id}: cites ${url} without saying it is a page on ${host}, not a homepage`);
      }
      const host = o.website ? new URL(o.website).host : null;
      const sameHost = seedData.organizations.filter(
        (x) => x.id !== o.id && x.website && !x.website_organization_id && new URL(x.website).host === host,
      );
      if (host && !o.website_organization_id && sameHost.length)
        bad.push(`${o.id}: ${o.website} is on ${sameHost[0]?.id}'s domain but website_organization_id is null`);
    }
    expect(bad).toEqual([]);
  });
});

/**
 * A fact is read from an article's words, never from a link's address (fifth reader LOW 4: the fund's "Snuneymuxw
 * collaboration" came from the slug of https://irfund.ca/en/snuneymuxw-first-nation-collaboration-…, which the
 * article's text never says). A word the articles write only inside URLs is not in any record's own text, outside
 * the URLs it quotes.
 */
describe('no record states what only a URL says', () => {
  const articles = loadArticles();
  // Addresses, and the hosts records name them by ("own site (irfund.ca)"), are quoted, not read.
  const URL_RE = /https?:\/\/[^\s),]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ca|com|org|healthcare)\b/gi;
  // Words of 7 letters or more: a slug's distinctive words ("collaboration"), not a short English one ("giving").
  const wordsOf = (s: string) => new Set(s.toLowerCase().match(/[a-z]{7,}/g) ?? []);
  const strings = (v: unknown): string[] =>
    typeof v === 'string'
      ? [v]
      : Array.isArray(v)
        ? v.flatMap(strings)
        : v && typeof v === 'object'
          ? Object.entries(v).flatMap(([k, x]) => (k === 'citations' || /(^|_)ids?$/.test(k) ? [] : strings(x)))
          : [];
  it.skipIf(!articles)('holds for every seeded record, and finds the audit’s instance', () => {
    const text = [...(articles as Map<string, string>).values()].join('\n');
    const prose = wordsOf(text.replace(URL_RE, ' '));
    const urlOnly = new Set([...wordsOf((text.match(URL_RE) ?? []).join(' '))].filter((w) => !prose.has(w)));
    expect(urlOnly.has('collaboration')).toBe(true);
    const found = (s: string) => [...wordsOf(s.replace(URL_RE, ' '))].filter((w) => urlOnly.has(w));
    const bad: string[] = [];
    for (const r of resources)
      for (const rec of recordsOf(r.tableName))
        for (const s of strings(rec)) for (const w of found(s)) bad.push(`${r.path}/${rec.id}: "${w}"`);
    expect(bad).toEqual([]);
    expect(found('a page on its Snuneymuxw First Nation collaboration with the Roots to Thrive program')).toEqual([
      'collaboration',
    ]);
  });
});
