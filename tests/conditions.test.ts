/**
 * The conditions collection (issue 12, item 7): the conditions the two articles name, each cited, with
 * references from programs, studies, findings and contraindications declared once (ConditionId in
 * common.schema.ts). Filters, search, includes, JSON-LD (MedicalCondition), and the reference rules:
 * a dangling condition is a 422 naming the field, a named condition cannot be deleted (409).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadArticles } from '../seed/verify.js';
import { createKey } from '../src/auth/keys.js';
import { conditionNames } from '../src/resources/conditions/included.js';
import { startApp, type TestApp } from './helpers.js';
import { expand, S, values } from './jsonld-expand.js';

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await startApp({ PUBLIC_BASE_URL: 'https://api.katalog.example', WRITE_RATE_LIMIT_MAX: '100000' });
  key = createKey(t.db, 'editor-conditions', 'write').key;
});
afterAll(() => t.close());
const auth = () => ({ authorization: `Bearer ${key}` });
const ids = (body: { data: { id: string }[] }) => body.data.map((r) => r.id).sort();
const etag = async (path: string) => String((await t.http.get(path).expect(200)).headers.etag);

describe('conditions', () => {
  it('serves every condition the seed names, each cited with its scope', async () => {
    const res = await t.http.get('/v1/conditions?limit=100').expect(200);
    expect(ids(res.body)).toEqual(seedData.conditions.map((c) => c.id).sort());
    for (const c of res.body.data) {
      expect(c.citations.length).toBeGreaterThan(0);
      // Who gives each role is among the sources that statement's own excerpts quote.
      for (const st of c.role_statements)
        for (const by of st.scope.stated_by)
          expect(st.citations.map((x: { source_id: string }) => x.source_id)).toContain(by);
    }
  });

  it('has a record for every condition a program, study, finding or contraindication names', () => {
    const known = new Set(seedData.conditions.map((c) => c.id));
    const named = [
      ...seedData.programs.flatMap((p) => p.conditions),
      ...seedData.studies.flatMap((s) => s.conditions),
      ...seedData.findings.flatMap((f) => (f.condition ? [f.condition] : [])),
      ...seedData.contraindications.flatMap((c) => c.condition_ids ?? []),
    ];
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !known.has(id))).toEqual([]);
  });

  it('calls a condition only what its sources call it: every alternate name is in one of its excerpts, none repeats the name', () => {
    for (const c of seedData.conditions) {
      const excerpts = c.citations.map((x) => x.excerpt.toLowerCase()).join('\n');
      for (const name of c.alternate_names) {
        expect(excerpts, `${c.id}: "${name}"`).toContain(name.toLowerCase());
        expect(name.toLowerCase(), c.id).not.toBe(c.name.toLowerCase());
      }
    }
  });

  it('filters by category, role, scope and speaker', async () => {
    const expected = (f: (c: (typeof seedData.conditions)[number]) => boolean) =>
      seedData.conditions
        .filter(f)
        .map((c) => c.id)
        .sort();
    const physical = await t.http.get('/v1/conditions?category=physical_health&limit=100').expect(200);
    expect(ids(physical.body)).toEqual(expected((c) => c.category === 'physical_health'));
    expect(ids(physical.body)).toContain('high-blood-pressure');
    const exclusions = await t.http.get('/v1/conditions?role=group_exclusion,contraindication&limit=100').expect(200);
    expect(ids(exclusions.body)).toEqual(
      expected((c) => c.roles.includes('group_exclusion') || c.roles.includes('contraindication')),
    );
    const canadian = await t.http.get('/v1/conditions?stated_by=group-ketamine-therapy-canada&limit=100').expect(200);
    expect(ids(canadian.body)).toEqual(
      expected((c) => c.role_statements.some((st) => st.scope.stated_by.includes('group-ketamine-therapy-canada'))),
    );
    // The Canadian article names trauma as a reason against the group; PTSD only in a table row whose check mark
    // was lost, which gives it no role: only the statements' sources count, not every excerpt the record keeps.
    expect(ids(canadian.body)).toContain('trauma');
    expect(ids(canadian.body)).not.toContain('ptsd');
    const format = await t.http.get('/v1/conditions?scope_level=format&limit=100').expect(200);
    expect(ids(format.body)).toEqual(expected((c) => c.role_statements.some((st) => st.scope.level === 'format')));
    await t.http.get('/v1/conditions?role=cure').expect(400);
  });

  it('is searchable by name and by the names the sources use', async () => {
    const byAlias = await t.http.get('/v1/conditions?q=PTSD').expect(200);
    expect(ids(byAlias.body)).toContain('ptsd');
    const search = await t.http.get('/v1/search?q=schizophrenia&collection=conditions').expect(200);
    expect(search.body.data.map((h: { id: string }) => h.id)).toContain('schizophrenia');
  });

  it('the referring collections filter by condition and include the condition records', async () => {
    const studies = await t.http.get('/v1/studies?condition=ptsd&include=condition_records&limit=100').expect(200);
    expect(ids(studies.body)).toEqual(
      seedData.studies
        .filter((s) => s.conditions.includes('ptsd'))
        .map((s) => s.id)
        .sort(),
    );
    for (const s of studies.body.data)
      expect(s.condition_records.map((c: { id: string }) => c.id)).toEqual(s.conditions);
    const program = await t.http.get('/v1/programs/colorado-five-week-group?include=condition_records').expect(200);
    expect(program.body.data.condition_records.map((c: { name: string }) => c.name)).toEqual([
      'Depression',
      'Addiction',
      'Post-traumatic stress disorder',
    ]);
    const finding = seedData.findings.find((f) => f.condition)!;
    const one = await t.http.get(`/v1/findings/${finding.id}?include=condition_record`).expect(200);
    expect(one.body.data.condition_record.id).toBe(finding.condition);
    const contra = await t.http
      .get('/v1/contraindications?condition_id=psychosis&include=conditions&limit=100')
      .expect(200);
    expect(ids(contra.body)).toEqual(
      seedData.contraindications
        .filter((c) => c.condition_ids?.includes('psychosis'))
        .map((c) => c.id)
        .sort(),
    );
    for (const c of contra.body.data) expect(c.conditions.map((x: { id: string }) => x.id)).toContain('psychosis');
  });

  it('is a schema.org MedicalCondition in JSON-LD, and studies link to it', async () => {
    const res = await t.http.get('/v1/conditions/ptsd.jsonld').expect(200);
    const [node] = await expand(JSON.parse(res.text));
    expect(node?.['@type']).toEqual([`${S}MedicalCondition`]);
    expect(values(node!, 'name')[0]?.['@value']).toBe('Post-traumatic stress disorder');
    expect(values(node!, 'alternateName').map((v) => v['@value'])).toContain('PTSD');
    const study = seedData.studies.find(
      (s) => s.conditions.includes('ptsd') && !s.inferred_fields?.includes('conditions'),
    )!;
    const doc = await t.http.get(`/v1/studies/${study.id}.jsonld`).expect(200);
    expect(JSON.parse(doc.text).healthCondition.map((c: { '@id': string }) => c['@id'])).toContain(
      'https://api.katalog.example/v1/conditions/ptsd',
    );
    // Every study names its conditions as their records do, never by a name made from the id; conditions that are
    // Katalog's reading (inferred_fields) are not stated at all (tests/inferred-fields.test.ts).
    for (const s of seedData.studies) {
      const named = JSON.parse((await t.http.get(`/v1/studies/${s.id}.jsonld`).expect(200)).text).healthCondition ?? [];
      const stated = s.inferred_fields?.includes('conditions') ? [] : s.conditions;
      const expected = stated.map((id) => seedData.conditions.find((c) => c.id === id)?.name);
      expect(named.map((c: { name: string }) => c.name).sort(), s.id).toEqual([...expected].sort());
    }
  });

  it('a dangling condition is a 422 naming the field, in every collection that names conditions', async () => {
    const cases = [
      [
        'programs',
        seedData.programs[0]!,
        (d: Record<string, unknown>) => (d.conditions = ['no-such-condition']),
        'conditions',
      ],
      [
        'studies',
        seedData.studies[0]!,
        (d: Record<string, unknown>) => (d.conditions = ['no-such-condition']),
        'conditions',
      ],
      [
        'findings',
        seedData.findings[0]!,
        (d: Record<string, unknown>) => (d.condition = 'no-such-condition'),
        'condition',
      ],
      [
        'contraindications',
        seedData.contraindications[0]!,
        (d: Record<string, unknown>) => (d.condition_ids = ['no-such-condition']),
        'condition_ids',
      ],
    ] as const;
    for (const [path, seed, spoil, field] of cases) {
      const doc = structuredClone(seed) as unknown as Record<string, unknown>;
      spoil(doc);
      const created = await t.http
        .post(`/v1/${path}`)
        .set(auth())
        .send({ ...doc, id: `dangling-condition-${path}` });
      expect(created.status, `${path}: ${JSON.stringify(created.body)}`).toBe(422);
      expect(created.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(created.body.errors.map((e: { name: string }) => e.name).join(' ')).toContain(field);
      const patched = await t.http
        .patch(`/v1/${path}/${seed.id}`)
        .set(auth())
        .set('if-match', await etag(`/v1/${path}/${seed.id}`))
        .set('content-type', 'application/merge-patch+json')
        .send({ [field]: doc[field] });
      expect(patched.status, `${path} PATCH`).toBe(422);
    }
  });

  it('a condition that records name cannot be deleted (409 naming them); an unnamed one can', async () => {
    const refused = await t.http
      .delete('/v1/conditions/ptsd')
      .set(auth())
      .set('if-match', await etag('/v1/conditions/ptsd'));
    expect(refused.status).toBe(409);
    expect(JSON.stringify(refused.body)).toContain('programs');
    const created = await t.http
      .post('/v1/conditions')
      .set(auth())
      .send({ ...structuredClone(seedData.conditions.find((c) => c.id === 'ocd')!), id: 'ocd-copy' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await t.http
      .delete('/v1/conditions/ocd-copy')
      .set(auth())
      .set('if-match', String(created.headers.etag))
      .expect(204);
  });
});

/**
 * A program names a condition as its own only where a source says it of that program or its format: a paragraph
 * whose subject is ketamine itself ("Clinically speaking, ketamine shows particular promise for conditions … These
 * include … OCD, substance use disorders, eating disorders, and chronic pain") speaks of ketamine in general, so an
 * excerpt from it does not make the condition a program's (issue 11; second reader M2). Otherwise the field is
 * listed in inferred_fields.
 */
describe('a program names a condition only where a source says it of the program or its format', () => {
  const articles = loadArticles();
  const GENERAL = /^\s*(Clinically speaking, )?ketamine (shows|has|may|can|is|helps)\b/i;
  const paragraphOf = (text: string, excerpt: string) => {
    const at = text.indexOf(excerpt);
    if (at < 0) return '';
    const start = text.lastIndexOf('\n\n', at);
    return text.slice(start < 0 ? 0 : start + 2, at + excerpt.length);
  };
  const nameOf = new Map(
    seedData.conditions.map((c) => [
      c.id,
      [c.name, ...(c.alternate_names ?? [])].map(
        (n) => new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu'),
      ),
    ]),
  );
  it.runIf(articles)('holds for every seeded program', () => {
    const unsupported: string[] = [];
    for (const p of seedData.programs) {
      if ((p.inferred_fields ?? []).includes('conditions')) continue;
      const own = p.citations.filter((c) => !GENERAL.test(paragraphOf(articles?.get(c.source_id) ?? '', c.excerpt)));
      for (const id of p.conditions)
        if (!own.some((c) => (nameOf.get(id) ?? []).some((n) => n.test(c.excerpt)))) unsupported.push(`${p.id}: ${id}`);
    }
    expect(unsupported).toEqual([]);
  });
  it('/v1/programs?condition=ocd returns no program: the KAIR article says OCD of ketamine in general', async () => {
    for (const id of ['ocd', 'chronic-pain', 'substance-use-disorder', 'treatment-resistant-depression']) {
      const res = await t.http.get(`/v1/programs?condition=${id}&limit=100`).expect(200);
      expect(ids(res.body), id).not.toContain('generic-group-kat');
    }
  });
});

/**
 * A condition has the role group_exclusion only where a source says so in words: the article line that names it
 * also says the group format does not fit ("not a candidate", "exclusion", "individual format is safer",
 * "re-traumatizing in group"). A table row whose check mark was lost ("Severe interpersonal trauma or active PTSD
 * with hypervigilance") says nothing by itself: such a reading stays on the format-fit record, marked inferred.
 */
describe('a condition is a group exclusion only where the line that names it says so', () => {
  const articles = loadArticles();
  const SAYS =
    /not a candidate|exclusion|individual format (is )?(often )?safer|re-traumatizing in group|generally not appropriate/i;
  const lineOf = (text: string, excerpt: string) => {
    const at = text.indexOf(excerpt);
    if (at < 0) return '';
    const start = text.lastIndexOf('\n', at);
    const end = text.indexOf('\n', at + excerpt.length);
    return text.slice(start + 1, end < 0 ? undefined : end);
  };
  it.runIf(articles)('holds for every seeded condition', () => {
    // Each group_exclusion statement on its own excerpts: another statement's words never support it.
    const unsupported = seedData.conditions
      .flatMap((c) => c.role_statements.filter((st) => st.role === 'group_exclusion').map((st) => ({ c, st })))
      .filter(({ c, st }) => {
        const names = conditionNames(c).map((n) => n.toLowerCase());
        return !st.citations.some((x) => {
          const line = lineOf(articles?.get(x.source_id) ?? '', x.excerpt);
          return SAYS.test(line) && names.some((n) => line.toLowerCase().includes(n));
        });
      })
      .map(({ c }) => c.id);
    expect(unsupported).toEqual([]);
  });
  it('/v1/conditions/ptsd is not a group exclusion', async () => {
    const res = await t.http.get('/v1/conditions/ptsd').expect(200);
    expect(res.body.data.roles).not.toContain('group_exclusion');
  });
});

/**
 * The substance-use row of the Canadian format table has two cells, "(exclusion in both)" and "(after
 * stabilization)": a text that quotes or restates the first keeps the second (second reader LOW 10).
 */
describe('the table’s "(exclusion in both)" is never stated without its "(after stabilization)"', () => {
  it('holds for every text in the seed', () => {
    const texts: [string, string][] = [];
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'string') texts.push([path, v]);
      else if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) if (k !== 'citations') walk(x, `${path}.${k}`);
    };
    for (const [name, records] of Object.entries(seedData)) walk(records, name);
    const bad = texts
      .filter(([, t]) => /exclusion in both/i.test(t) && !/after stabili[sz]ation/i.test(t))
      // A cell's column and a statement's hedge: a hedge holds the cells of the column it states
      // (tests/table-cells.test.ts), so the group cell's hedge does not borrow the individual cell's qualifier.
      .filter(([path]) => !path.endsWith('group_format') && !path.endsWith('scope.hedge'))
      .map(([path]) => path);
    expect(bad).toEqual([]);
  });
});

/**
 * A condition no record names (third reader M-B: "mood and anxiety challenges" of the eating-disorders case series)
 * is not served as a plain study population of the group format: a study_population role is backed by a study's
 * conditions or a finding's condition, or the condition's scope is inferred and its note names (in words) the study whose
 * population field holds the source's words.
 */
describe('a study-population condition no record names', () => {
  it('is marked as Katalog’s reading and points at the study’s population', async () => {
    const named = new Set([
      ...seedData.studies.flatMap((s) => s.conditions),
      ...seedData.findings.flatMap((f) => (f.condition ? [f.condition] : [])),
    ]);
    const unnamed = seedData.conditions.filter((c) => c.roles.includes('study_population') && !named.has(c.id));
    for (const c of unnamed) {
      const served = (await t.http.get(`/v1/conditions/${c.id}`).expect(200)).body.data;
      for (const st of served.role_statements.filter((x: { role: string }) => x.role === 'study_population'))
        expect(st.scope.inferred, c.id).toBe(true);
      const studies = seedData.studies.filter((s) => s.population?.toLowerCase().includes(c.name.toLowerCase()));
      expect(studies.length, `${c.id}: a study whose population holds "${c.name}"`).toBeGreaterThan(0);
      // It points at the study in words (its design, "case series"), not by an API path (fifth reader LOW 3).
      for (const s of studies) expect(served.note.toLowerCase(), c.id).toContain(String(s.design).toLowerCase());
      expect(served.note, c.id).not.toMatch(/\/v1\//);
      expect(served.note, c.id).toContain('population');
    }
  });
});
