/**
 * One scope per statement (audit 7, class 2: M2, L5, L11; L7). A condition's roles come from different sources and
 * modalities, so each role is its own statement (`role_statements`: role, scope, excerpts). Checked per class:
 * - every role statement is supported by the excerpts of the very source it is credited to, in the words of its role;
 * - every combination of the `role`, `stated_by` and `scope_level` filters returns exactly the conditions with one
 *   statement matching all three (never a role of one source joined to another source), and facets count the same list;
 * - derived views (includes under programs, findings, contraindications, studies) never pair a role with a scope the
 *   record does not give that role, and a program shows only the statements said of it (the rest withheld, named);
 * - a write whose roles, scope or statement sources disagree is a 422;
 * - a group size says what it counts, and no cohort figure is set beside a dosing group as if like for like (L7).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadArticles } from '../seed/verify.js';
import { createKey } from '../src/auth/keys.js';
import type { Scope } from '../src/resources/common.schema.js';
import { ConditionRole } from '../src/resources/conditions/conditions.schema.js';
import { conditionNames } from '../src/resources/conditions/included.js';
import { everyPage, startApp, type TestApp } from './helpers.js';
import { ofProgram } from './said-of.js';

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await startApp({ WRITE_RATE_LIMIT_MAX: '100000' });
  key = createKey(t.db, 'editor-condition-roles', 'write').key;
});
afterAll(() => t.close());

type Cit = { source_id: string; excerpt: string; section: string };
type Statement = { role: string; scope: Scope; citations: Cit[] };
type ServedCondition = { id: string; roles: string[]; role_statements: Statement[]; scope: Scope | null };

const ROLES = ConditionRole.options;
const TABLE = 'When group fits versus when individual is safer';
const TABLE_HEADER = 'Group format generally appropriateIndividual format safer';
const SOURCES = [...new Set(seedData.conditions.flatMap((c) => c.citations.map((x) => x.source_id)))];
const LEVELS = ['program', 'format', 'ketamine_therapy'] as const;
const ids = (body: { data: { id: string }[] }) => body.data.map((r) => r.id).sort();

/**
 * The words that give each role, in the line of the article an excerpt comes from (a line is a paragraph, a bullet
 * or a table row). A role whose line does not say it is not supported by that excerpt.
 */
const SAYS: Record<(typeof ROLES)[number], RegExp> = {
  indication: /promise|promising|especially valuable|curriculum for/i,
  study_population: /participants with|case of a .* with|those with|who started with/i,
  study_outcome: /reported|scores|decreased|improved|fewer|levels drop/i,
  // The categories of /v1/contraindications, kept apart (audit 9 M2): "should definitely avoid" is not "require
  // careful evaluation", and "might find individual … more suitable" is not an exclusion.
  contraindication: /avoid ketamine therapy/i,
  requires_evaluation: /careful evaluation|more thorough screening/i,
  group_exclusion:
    /not a candidate|exclusion|individual format (is )?(often )?safer|re-traumatizing in group|generally not appropriate/i,
  // The format table's column "Individual format safer" too: a cell under it says its row's situation.
  individual_more_suitable: /more suitable than the group format|individual format (is )?(often )?safer/i,
};

describe('every role statement is supported by its own source', () => {
  const articles = loadArticles();
  const lineOf = (text: string, excerpt: string) => {
    const at = text.indexOf(excerpt);
    if (at < 0) return null;
    const start = text.lastIndexOf('\n', at);
    const end = text.indexOf('\n', at + excerpt.length);
    return text.slice(start + 1, end < 0 ? undefined : end);
  };

  it.runIf(articles)('each excerpt is verbatim in the source its scope credits, in a line that says the role', () => {
    const problems: string[] = [];
    for (const c of seedData.conditions) {
      const names = conditionNames(c).map((n) => n.toLowerCase());
      for (const [i, st] of c.role_statements.entries()) {
        const where = `${c.id}.role_statements[${i}] (${st.role})`;
        const quoted = new Set(st.citations.map((x) => x.source_id));
        for (const by of st.scope.stated_by) if (!quoted.has(by)) problems.push(`${where}: ${by} says nothing here`);
        const lines = st.citations.map((x) => {
          if (!st.scope.stated_by.includes(x.source_id))
            problems.push(`${where}: quotes ${x.source_id}, not its speaker`);
          const text = articles?.get(x.source_id) ?? '';
          const line = lineOf(text, x.excerpt);
          if (line === null) problems.push(`${where}: not verbatim in ${x.source_id}: ${x.excerpt}`);
          // A table row's words include its columns' headers: a cell says what its column's header says.
          return x.section === TABLE ? `${line ?? ''} ${lineOf(text, TABLE_HEADER) ?? ''}` : (line ?? '');
        });
        // The role's words, and the condition's name, in what its own source says: not in another statement's line.
        // A study's population or outcome is told by the excerpt itself ("participants with …", "fewer suicidal
        // thoughts"): the paragraph of a case names both its population and its outcomes.
        if (st.role === 'study_population' || st.role === 'study_outcome') {
          lines.splice(0, lines.length, ...st.citations.map((x) => x.excerpt));
        }
        if (!lines.some((l) => SAYS[st.role as keyof typeof SAYS].test(l)))
          problems.push(`${where}: no excerpt's line says ${st.role}`);
        // Unless naming it is Katalog's reading (an inferred scope: the KAIR case of "depression that hadn't responded
        // to traditional treatments" as treatment-resistant depression, no longer one of its names: audit 17 A17-5).
        if (
          !st.scope.inferred &&
          !lines.some(
            (l) => SAYS[st.role as keyof typeof SAYS].test(l) && names.some((n) => l.toLowerCase().includes(n)),
          )
        )
          problems.push(`${where}: no excerpt's line names the condition`);
        // The qualifier is that source's, in this statement's excerpts.
        if (st.scope.hedge !== null) {
          const parts = st.scope.hedge.split(';').map((h) =>
            h
              .trim()
              .split('…')
              .map((x) => x.trim()),
          );
          for (const fragments of parts)
            if (!st.citations.some((x) => fragments.every((f) => x.excerpt.includes(f))))
              problems.push(`${where}: hedge ${JSON.stringify(st.scope.hedge)} is not in its own excerpts`);
        }
        // A reason the group format may not fit is said of the group format, or of ketamine therapy in general only
        // where its own words name both formats (the table's "(exclusion in both)").
        const both = st.scope.level === 'ketamine_therapy' && /\bboth\b/.test(st.scope.hedge ?? '');
        if (st.role === 'group_exclusion' && !(st.scope.level === 'format' && st.scope.format === 'group') && !both)
          problems.push(`${where}: a group exclusion said of ${st.scope.level}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a study outcome is not served as the population of the study (L11: "fewer suicidal thoughts")', async () => {
    const res = await t.http.get('/v1/conditions/suicidality').expect(200);
    const c = res.body.data as ServedCondition;
    expect(c.roles).not.toContain('study_population');
    const outcome = c.role_statements.find((s) => s.role === 'study_outcome');
    expect(outcome?.scope.stated_by).toEqual(['kair-group-therapy-unpacked']);
    expect(outcome?.citations.map((x) => x.excerpt).join(' ')).toContain('fewer suicidal thoughts');
    // The Canadian article's "Generally:" belongs to its group exclusion, and only to it.
    for (const s of c.role_statements)
      expect(s.scope.hedge === 'Generally:', s.role).toBe(s.role === 'group_exclusion');
  });
});

describe('the role, stated_by and scope_level filters match one statement', () => {
  const matches = (st: Statement, role?: string, by?: string, level?: string) =>
    (!role || st.role === role) && (!by || st.scope.stated_by.includes(by)) && (!level || st.scope.level === level);
  const expected = (role?: string, by?: string, level?: string) =>
    seedData.conditions
      .filter((c) => c.role_statements.some((st) => matches(st as Statement, role, by, level)))
      .map((c) => c.id)
      .sort();

  it('every combination returns exactly the records with one statement having all three', async () => {
    let nonEmpty = 0;
    for (const role of [undefined, ...ROLES])
      for (const by of [undefined, ...SOURCES])
        for (const level of [undefined, ...LEVELS]) {
          const q = new URLSearchParams({ limit: '100' });
          if (role) q.set('role', role);
          if (by) q.set('stated_by', by);
          if (level) q.set('scope_level', level);
          const res = await t.http.get(`/v1/conditions?${q}`).expect(200);
          const label = q.toString();
          expect(ids(res.body), label).toEqual(expected(role, by, level));
          for (const c of res.body.data as ServedCondition[])
            expect(
              c.role_statements.some((st) => matches(st, role, by, level)),
              `${label}: ${c.id}`,
            ).toBe(true);
          if (res.body.data.length) nonEmpty++;
        }
    expect(nonEmpty).toBeGreaterThan(10);
  });

  it('lists of values match on one statement too, and facets count the same list', async () => {
    const q = 'role=indication,group_exclusion&stated_by=group-ketamine-therapy-canada&scope_level=format,program';
    const res = await t.http.get(`/v1/conditions?${q}&limit=100&facet=category`).expect(200);
    const want = seedData.conditions.filter((c) =>
      c.role_statements.some(
        (st) =>
          ['indication', 'group_exclusion'].includes(st.role) &&
          st.scope.stated_by.includes('group-ketamine-therapy-canada') &&
          ['format', 'program'].includes(st.scope.level),
      ),
    );
    expect(ids(res.body)).toEqual(want.map((c) => c.id).sort());
    expect(res.body.meta.total).toBe(want.length);
    const counts = new Map<string, number>();
    for (const c of want) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
    expect(
      new Map((res.body.meta.facets.category as { value: string; count: number }[]).map((f) => [f.value, f.count])),
    ).toEqual(counts);
  });

  it('the audit’s URLs say only what the articles say', async () => {
    const get = async (q: string) => ids((await t.http.get(`/v1/conditions?${q}&limit=100`).expect(200)).body);
    // The Canadian article names no indication.
    expect(await get('stated_by=group-ketamine-therapy-canada&role=indication')).toEqual([]);
    // A group exclusion is said of ketamine therapy in general only where its own words name both formats.
    const general = (await everyPage(
      t,
      'conditions',
      new URLSearchParams('scope_level=ketamine_therapy&role=group_exclusion'),
    )) as unknown as ServedCondition[];
    for (const c of general)
      for (const st of c.role_statements.filter(
        (x) => x.role === 'group_exclusion' && x.scope.level === 'ketamine_therapy',
      ))
        expect(st.scope.hedge, c.id).toMatch(/\bboth\b/);
    expect(general.map((c) => c.id)).toEqual(['substance-use-disorder']);
    // The KAIR article names no group exclusion: the one program it quotes says those with severe social anxiety
    // "might find individual ketamine therapy more suitable than the group format" (audit 9 M2, M3).
    expect(await get('stated_by=kair-group-therapy-unpacked&role=group_exclusion')).toEqual([]);
    expect(await get('stated_by=kair-group-therapy-unpacked&role=individual_more_suitable')).toEqual([
      'social-anxiety',
    ]);
    // "Should definitely avoid" and "require careful evaluation" are two roles, as they are two categories.
    expect(await get('stated_by=kair-group-therapy-unpacked&role=requires_evaluation')).toEqual([
      'anxiety',
      'dissociative-disorders',
      'personality-disorders',
    ]);
    const avoid = await get('stated_by=kair-group-therapy-unpacked&role=contraindication');
    for (const id of ['anxiety', 'dissociative-disorders', 'personality-disorders']) expect(avoid).not.toContain(id);
  });
});

describe('includes carry each role with its own scope', () => {
  const records = new Map(seedData.conditions.map((c) => [c.id, c]));
  const sameStatements = (embedded: ServedCondition, where: string) => {
    const record = records.get(embedded.id);
    expect(record, where).toBeDefined();
    const known = new Set(record?.role_statements.map((st) => JSON.stringify([st.role, st.scope])));
    for (const st of embedded.role_statements)
      expect(known.has(JSON.stringify([st.role, st.scope])), `${where}: ${embedded.id} ${st.role}`).toBe(true);
  };

  it('under findings, contraindications and studies: every embedded statement is one the record makes', async () => {
    const findings = (await t.http.get('/v1/findings?include=condition_record&limit=100').expect(200)).body.data;
    for (const f of findings) if (f.condition_record) sameStatements(f.condition_record, `findings/${f.id}`);
    const contra = (await t.http.get('/v1/contraindications?include=conditions&limit=100').expect(200)).body.data;
    for (const c of contra) for (const x of c.conditions) sameStatements(x, `contraindications/${c.id}`);
    const studies = (await t.http.get('/v1/studies?include=condition_records&limit=100').expect(200)).body.data;
    for (const s of studies) for (const x of s.condition_records) sameStatements(x, `studies/${s.id}`);
    // The KAIR finding's suicidality: only its outcome, KAIR's, is shown under the finding (R12-1), with that
    // statement's scope; the Canadian "Generally:" group exclusion stays on /v1/conditions/suicidality.
    const one = await t.http.get('/v1/findings/esketamine-case-fewer-suicidal-thoughts?include=condition_record');
    const cond = one.body.data.condition_record as ServedCondition;
    expect(cond.role_statements.map((s) => [s.role, s.scope.stated_by])).toEqual([
      ['study_outcome', ['kair-group-therapy-unpacked']],
    ]);
    expect(cond.scope).toEqual(cond.role_statements[0]?.scope);
  });

  it('under a program: only statements said of that program; the others withheld and named (L5)', async () => {
    const programs = (await t.http.get('/v1/programs?include=condition_records&limit=100').expect(200)).body.data;
    let withheld = 0;
    let kept = 0;
    for (const p of programs)
      for (const c of p.condition_records as (ServedCondition & {
        withheld_fields?: string[];
        note: string | null;
      })[]) {
        const where = `programs/${p.id}: ${c.id}`;
        for (const st of c.role_statements) expect(ofProgram(st, p), where).toBe(true);
        expect(c.roles, where).toEqual([...new Set(c.role_statements.map((s) => s.role))]);
        const record = records.get(c.id);
        const general = record?.role_statements.filter((st) => !ofProgram(st as Statement, p)) ?? [];
        if (general.length) {
          withheld++;
          expect(c.withheld_fields, where).toEqual(expect.arrayContaining(['roles', 'role_statements']));
          expect(c.note, where).toBeNull();
        } else {
          kept++;
          expect(c.withheld_fields, where).toBeUndefined();
        }
      }
    expect(withheld).toBeGreaterThan(0);
    // The Colorado clinic's "group curriculum for depression, addiction, and PTSD": all three are said of it.
    expect(kept).toBeGreaterThan(0);
    const colorado = programs.find((p: { id: string }) => p.id === 'colorado-five-week-group');
    for (const id of ['depression', 'addiction', 'ptsd'])
      expect(colorado.condition_records.find((c: { id: string }) => c.id === id).roles, id).toEqual(['indication']);
  });
});

describe('writes keep roles, scope and statement sources together', () => {
  const auth = () => ({ authorization: `Bearer ${key}` });
  const base = () => structuredClone(seedData.conditions.find((c) => c.id === 'psychosis')!);
  const post = (doc: object, id: string) =>
    t.http
      .post('/v1/conditions')
      .set(auth())
      .send({ ...doc, id });

  it('accepts the seeded shape, and refuses roles, scope or stated_by that another statement would give', async () => {
    expect((await post(base(), 'psychosis-copy')).status).toBe(201);
    const wrongRoles = { ...base(), roles: ['contraindication'] };
    const r1 = await post(wrongRoles, 'psychosis-roles');
    expect(r1.status).toBe(422);
    expect(JSON.stringify(r1.body.errors)).toContain('roles');
    // One scope for both statements: KAIR's "should definitely avoid" joined to the Canadian group exclusion.
    const oneScope = { ...base(), scope: base().role_statements[0]!.scope };
    const r2 = await post(oneScope, 'psychosis-scope');
    expect(r2.status).toBe(422);
    expect(JSON.stringify(r2.body.errors)).toContain('scope');
    // The Canadian group exclusion credited to KAIR.
    const wrongSpeaker = base();
    wrongSpeaker.role_statements[1]!.scope = {
      ...wrongSpeaker.role_statements[1]!.scope,
      stated_by: ['kair-group-therapy-unpacked'],
    };
    const r3 = await post(wrongSpeaker, 'psychosis-speaker');
    expect(r3.status).toBe(422);
    expect(JSON.stringify(r3.body.errors)).toContain('role_statements');
    // An excerpt the record does not cite.
    const uncited = base();
    uncited.role_statements[0]!.citations = [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Some people',
        section: 'Potential risks & who should avoid',
      },
    ];
    expect((await post(uncited, 'psychosis-uncited')).status).toBe(422);
  });
});

describe('a group size says what it counts (L7)', () => {
  it('every program with a size has a basis; dosing groups and cohorts are told apart', async () => {
    const all = (await t.http.get('/v1/programs?limit=100').expect(200)).body.data as Record<string, unknown>[];
    for (const p of all)
      expect(p.group_size_basis === null, String(p.id)).toBe(p.group_size_min === null && p.group_size_max === null);
    const by = new Map(all.map((p) => [p.id, p.group_size_basis]));
    expect(by.get('generic-group-kat')).toBe('dosing_group');
    expect(by.get('roots-to-thrive-group')).toBe('cohort');
  });

  it('no practical rule of the dosing phase gives a cohort size as a count of participants', () => {
    const cohorts = seedData.programs.filter((p) => p.group_size_basis === 'cohort');
    const dosing = seedData.session_phases.find((p) => p.id === 'dosing-experience');
    expect(dosing).toBeDefined();
    for (const rule of dosing?.practical_rules ?? [])
      for (const p of cohorts)
        if (rule.unit === 'participants')
          expect([rule.value_min, rule.value_max], rule.rule).not.toEqual([p.group_size_min, p.group_size_max]);
  });

  it('a size without its basis is a 422', async () => {
    const doc = structuredClone(seedData.programs.find((p) => p.id === 'generic-group-kat')!);
    const res = await t.http
      .post('/v1/programs')
      .set({ authorization: `Bearer ${key}` })
      .send({ ...doc, id: 'generic-group-kat-no-basis', group_size_basis: null });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body.errors)).toContain('group_size_basis');
  });
});

describe('every condition the Canadian article says the individual format is safer for has that statement (audit 11 A11-1)', () => {
  const articles = loadArticles();
  const canadian = articles?.get('group-ketamine-therapy-canada') ?? '';
  const SAFER = /individual format is (often )?safer/i;
  it.runIf(articles)('holds for every line of the article that says it, and every condition that line names', () => {
    if (!articles) console.warn('SKIPPED: ../shared/seeds/ not found');
    const lines = canadian.split('\n').filter((l) => SAFER.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const missing: string[] = [];
    for (const c of seedData.conditions) {
      const names = conditionNames(c).map((n) => n.toLowerCase());
      for (const line of lines.filter((l) => names.some((n) => l.toLowerCase().includes(n)))) {
        const said = c.role_statements.some(
          (st) =>
            st.role === 'individual_more_suitable' &&
            st.scope.level === 'format' &&
            st.scope.format === 'individual' &&
            st.citations.some((x) => line.includes(x.excerpt) && SAFER.test(x.excerpt)),
        );
        if (!said) missing.push(`${c.id}: ${line.slice(0, 80)}…`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every individual_more_suitable statement is said of the individual format (A11-4)', () => {
    const other = seedData.conditions.flatMap((c) =>
      c.role_statements
        .filter((st) => st.role === 'individual_more_suitable' && st.scope.format !== 'individual')
        .map(() => c.id),
    );
    expect(other).toEqual([]);
  });
});

describe('every finding’s condition says what the study reported of it (audit 12 A12-2)', () => {
  it('has a study_population or study_outcome statement quoting the finding’s or its study’s excerpts', () => {
    const missing: string[] = [];
    const conditions = new Map(seedData.conditions.map((c) => [c.id, c]));
    for (const f of seedData.findings) {
      if (!f.condition) continue;
      const study = seedData.studies.find((s) => s.id === f.study_id);
      const own = [...f.citations, ...(study?.citations ?? [])].map((x) => x.excerpt);
      const c = conditions.get(f.condition);
      const reported = c?.role_statements.some(
        (st) =>
          (st.role === 'study_population' || st.role === 'study_outcome') &&
          st.citations.some((x) => own.some((e) => e.includes(x.excerpt) || x.excerpt.includes(e))),
      );
      if (!reported) missing.push(`${f.id} (${f.condition})`);
    }
    expect(missing).toEqual([]);
  });
});
