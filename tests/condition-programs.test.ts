/**
 * Conditions as programs and contraindications say them (audit 9), checked per class over every record of the seed:
 * - H2: every condition a source names of a program (its `conditions`, not Katalog's reading) has a statement said of
 *   that program, and the program's include shows it (never "Not said of this program"); a program-scoped statement
 *   names a program that lists the condition, in that program's own excerpts;
 * - M5: under a program (and, audit 10 L-N5, under a study; review 12 R12-1, a finding; audit 12 A12-1, a
 *   contraindication), a condition carries only the statements and excerpts said of it there (a study's result never
 *   of a generic program, A12-7); the withheld ones are counted by their own reasons (L-N4), never a fixed list;
 * - M2: condition roles keep the categories of /v1/contraindications (avoid, careful evaluation, group exclusion,
 *   "might find individual … more suitable"), both ways;
 * - M3: every statement that records a sentence the KAIR article quotes from "one program" says so (`scope.via`), in
 *   every collection;
 * - migration 0022 brings a database seeded before it to the same records.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_NAMES } from '../seed/articles.js';
import { seedData } from '../seed/data/index.js';
import { loadSeed } from '../seed/load.js';
import { loadArticles } from '../seed/verify.js';
import { migrateDb, openDb } from '../src/db/client.js';
import type { Scope } from '../src/resources/common.schema.js';
import { STATEMENTS_WITHHELD_MAX } from '../src/resources/conditions/conditions.schema.js';
import {
  conditionUnderContraindication,
  conditionUnderProgram,
  conditionWords,
} from '../src/resources/conditions/included.js';
import { rolesOf, sharedScope } from '../src/resources/conditions/statements.js';
import { resources } from '../src/resources/index.js';
import { everyPage, startApp, type TestApp } from './helpers.js';
import { loadSeedBefore, migrationsBefore, seedBefore0026 } from './old-database.js';
import { ofProgram, quotesOnly, ROLES_OF_CATEGORY, STUDY_ROLES, statesOf } from './said-of.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Cit = { source_id: string; excerpt: string; section: string };
type Statement = { role: string; scope: Scope; citations: Cit[] };
type Included = {
  id: string;
  roles: string[];
  role_statements: Statement[];
  citations: Cit[];
  statements_withheld?: string;
  withheld_fields?: string[];
};
const KAIR = 'kair-group-therapy-unpacked';
const conditionOf = new Map(seedData.conditions.map((c) => [c.id, c]));
const key = (c: Cit) => JSON.stringify([c.source_id, c.excerpt, c.section]);
const statedConditions = (p: (typeof seedData.programs)[number]) =>
  (p.inferred_fields ?? []).includes('conditions') ? [] : p.conditions;

let served: Map<string, Map<string, Included>>;
beforeAll(async () => {
  const programs = (await t.http.get('/v1/programs?include=condition_records&limit=100').expect(200)).body.data as {
    id: string;
    condition_records: Included[];
  }[];
  served = new Map(programs.map((p) => [p.id, new Map(p.condition_records.map((c) => [c.id, c]))]));
});

describe('a condition a source names of a program is said of that program (H2)', () => {
  it.each(seedData.programs.map((p) => p.id))('%s', (id) => {
    const p = seedData.programs.find((x) => x.id === id)!;
    const under = served.get(id)!;
    for (const cid of statedConditions(p)) {
      const c = conditionOf.get(cid)!;
      const said = c.role_statements.filter((st) => ofProgram(st as Statement, p));
      // Said of the program in the very lines the program names it from (its own excerpts), not in another line.
      const grounds = p.citations.filter((x) => conditionWords(c).some((w) => w.test(x.excerpt)));
      const quoted = said.filter((st) =>
        st.citations.some((x) => grounds.some((g) => g.source_id === x.source_id && g.excerpt.includes(x.excerpt))),
      );
      expect(quoted.length, `${id}: ${cid} has no statement said of this program in its own lines`).toBeGreaterThan(0);
      const shown = under.get(cid)!;
      expect(shown.roles.length, `${id}: ${cid}`).toBeGreaterThan(0);
      expect(shown.statements_withheld ?? '', `${id}: ${cid}`).not.toMatch(/^Not said of this program/);
    }
    // Katalog's reading of a program's conditions is never shown as a statement of the program.
    for (const cid of p.conditions.filter((x) => !statedConditions(p).includes(x))) {
      const shown = under.get(cid)!;
      for (const st of shown.role_statements) expect(st.scope.inferred, `${id}: ${cid}`).toBe(false);
    }
  });

  it('every program-scoped statement names programs that list the condition, in their own excerpts', () => {
    const programs = new Map(seedData.programs.map((p) => [p.id, p]));
    const problems: string[] = [];
    for (const c of seedData.conditions)
      for (const st of c.role_statements.filter((x) => x.scope.level === 'program'))
        for (const pid of st.scope.program_ids ?? []) {
          const p = programs.get(pid);
          if (!p) {
            problems.push(`${c.id}: no program ${pid}`);
            continue;
          }
          if (!p.conditions.includes(c.id)) problems.push(`${c.id}: ${pid} does not list it`);
          for (const x of st.citations)
            if (!p.citations.some((y) => y.source_id === x.source_id && y.excerpt.includes(x.excerpt)))
              problems.push(`${c.id}: "${x.excerpt}" is not in ${pid}'s excerpts`);
          if (!st.citations.some((x) => conditionWords(c).some((w) => w.test(x.excerpt))))
            problems.push(`${c.id}: no excerpt of its ${pid} statement names it`);
        }
    expect(problems).toEqual([]);
  });

  it('the audit’s URLs: the Colorado curriculum is for depression, addiction and PTSD', async () => {
    const colorado = served.get('colorado-five-week-group')!;
    for (const cid of ['depression', 'addiction', 'ptsd']) {
      const c = colorado.get(cid)!;
      const own = c.role_statements.filter((st) => st.scope.program_ids.includes('colorado-five-week-group'));
      expect(
        own.map((st) => st.role),
        cid,
      ).toEqual(['indication']);
      expect(
        own[0]!.citations.map((x) => x.excerpt),
        cid,
      ).toEqual(['offering a five-week group curriculum for depression, addiction, and PTSD']);
    }
    const res = await t.http.get('/v1/conditions?scope_level=program&limit=100').expect(200);
    expect(res.body.data.map((c: { id: string }) => c.id).sort()).toEqual(['addiction', 'depression', 'ptsd']);
  });
});

/**
 * One line that names several conditions says the same of each (audit 9 M8, the class of H2): every condition an
 * excerpt of a role statement names (by its name or a name its sources use, not inside a longer name of another
 * condition) has a statement with that role, said of the same thing by the same source.
 */
describe('a line naming several conditions gives each the same role (M8)', () => {
  const named = (excerpt: string) => {
    const spans: { id: string; start: number; end: number }[] = [];
    for (const c of seedData.conditions)
      for (const n of [c.name, ...c.alternate_names]) {
        const re = new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu');
        for (const m of excerpt.matchAll(re)) spans.push({ id: c.id, start: m.index, end: m.index + m[0].length });
      }
    const inLonger = (x: (typeof spans)[number]) =>
      spans.some((y) => y.id !== x.id && y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start);
    return new Set(spans.filter((x) => !inLonger(x)).map((x) => x.id));
  };
  it('holds for every excerpt of every role statement', () => {
    const problems: string[] = [];
    for (const c of seedData.conditions)
      for (const st of c.role_statements)
        for (const x of st.citations)
          for (const id of named(x.excerpt)) {
            const other = conditionOf.get(id)!;
            const same = other.role_statements.some(
              (o) =>
                o.role === st.role &&
                o.scope.level === st.scope.level &&
                (o.scope.format ?? null) === (st.scope.format ?? null) &&
                JSON.stringify(o.scope.program_ids ?? []) === JSON.stringify(st.scope.program_ids ?? []) &&
                o.scope.stated_by.some((b) => st.scope.stated_by.includes(b)),
            );
            if (!same) problems.push(`"${x.excerpt}" (${c.id}: ${st.role}, ${st.scope.level}) names ${id}`);
          }
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe('under a program, a condition carries only the excerpts that support what it says there (M5)', () => {
  const cases = seedData.programs.flatMap((p) => p.conditions.map((cid) => [p.id, cid] as const));

  it.each(cases)('%s: %s', (pid, cid) => {
    const p = seedData.programs.find((x) => x.id === pid)!;
    const c = conditionOf.get(cid)!;
    const shown = served.get(pid)!.get(cid)!;
    if (!shown.withheld_fields) {
      // Shown whole: every statement is said of this program.
      for (const st of c.role_statements) expect(ofProgram(st as Statement, p), cid).toBe(true);
      return;
    }
    const kept = c.role_statements.filter((st) => ofProgram(st as Statement, p));
    expect(shown.role_statements.map((st) => JSON.stringify(st))).toEqual(kept.map((st) => JSON.stringify(st)));
    const allowed = new Set(
      (kept.length
        ? kept.flatMap((st) => st.citations)
        : p.citations.filter((x) => conditionWords(c).some((w) => w.test(x.excerpt)))
      ).map(key),
    );
    for (const x of shown.citations) expect(allowed.has(key(x)), `${pid}: ${cid}: "${x.excerpt}"`).toBe(true);
    // What supports a kept statement is shown with it.
    for (const st of shown.role_statements)
      for (const x of st.citations) expect(shown.citations.map(key), `${pid}: ${cid}`).toContain(key(x));
  });

  it('the audit’s URLs: no other study’s result, no screening sentence, no general line under a program', () => {
    const excerpts = (pid: string, cid: string) =>
      served
        .get(pid)!
        .get(cid)!
        .citations.map((x) => x.excerpt)
        .join('\n');
    expect(excerpts('colorado-five-week-group', 'depression')).not.toMatch(/79%|Shows promising results/);
    expect(excerpts('colorado-five-week-group', 'ptsd')).not.toMatch(/86%|particular promise/);
    expect(excerpts('generic-group-kat', 'anxiety')).not.toMatch(/careful evaluation|severe anxiety that might/);
    expect(excerpts('kair-intensive-retreat', 'trauma')).not.toMatch(/especially valuable/);
    expect(excerpts('kair-intensive-retreat', 'trauma')).toMatch(/trauma-focused therapy/);
  });
});

describe('condition roles keep the categories of /v1/contraindications (M2)', () => {
  const MIRROR = ROLES_OF_CATEGORY;
  const CATEGORY_OF: Record<string, string> = {
    contraindication: 'absolute',
    requires_evaluation: 'requires_evaluation',
    group_exclusion: 'group_specific',
    individual_more_suitable: 'group_specific',
  };
  const stated = seedData.contraindications.filter((x) => !x.inferred);

  it('a contraindication naming a condition: the condition has that category’s role, by that source, with its via', () => {
    const problems: string[] = [];
    for (const x of stated)
      for (const cid of x.condition_ids ?? []) {
        const c = conditionOf.get(cid)!;
        const match = c.role_statements.filter(
          (st) =>
            (MIRROR[x.category] ?? []).includes(st.role) &&
            st.scope.stated_by.some((s) => x.scope.stated_by.includes(s)),
        );
        if (!MIRROR[x.category]?.length) continue;
        if (!match.length) problems.push(`${x.id} (${x.category}) → ${cid}: no ${MIRROR[x.category]} statement`);
        for (const st of match)
          if ((st.scope.via ?? null) !== (x.scope.via ?? null))
            problems.push(`${x.id} → ${cid}: via ${st.scope.via} vs ${x.scope.via}`);
      }
    expect(problems).toEqual([]);
  });

  it('a reason against in a condition: a contraindication of that category names it, by that source', () => {
    const problems: string[] = [];
    for (const c of seedData.conditions)
      for (const st of c.role_statements) {
        const category = CATEGORY_OF[st.role];
        if (!category) continue;
        const found = stated.some(
          (x) =>
            x.category === category &&
            (x.condition_ids ?? []).includes(c.id) &&
            x.scope.stated_by.some((s) => st.scope.stated_by.includes(s)),
        );
        if (!found) problems.push(`${c.id}: ${st.role} by ${st.scope.stated_by} has no ${category} contraindication`);
      }
    expect(problems).toEqual([]);
  });

  it('the role filter accepts the new roles and keeps avoid and evaluate apart', async () => {
    for (const role of ['requires_evaluation', 'individual_more_suitable']) {
      const res = await t.http.get(`/v1/conditions?role=${role}&limit=100`).expect(200);
      expect(
        res.body.data.map((c: { id: string }) => c.id),
        role,
      ).toEqual(
        seedData.conditions
          .filter((c) => c.roles.includes(role as never))
          .map((c) => c.id)
          .sort(),
      );
    }
    const avoid = await t.http.get('/v1/conditions?role=contraindication&limit=100').expect(200);
    for (const c of avoid.body.data as { role_statements: Statement[] }[])
      for (const st of c.role_statements.filter((s) => s.role === 'contraindication'))
        expect(st.scope.hedge).toMatch(/avoid/);
  });
});

describe('a statement quoting "one program" says so, in every collection (M3)', () => {
  const articles = loadArticles();
  /** The quoted words of each sentence the KAIR article attributes to "one program". */
  const quotes = () => {
    const text = articles?.get(KAIR) ?? '';
    const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((s) => /\bone program\b/i.test(s));
    return sentences.flatMap((s) => [...s.matchAll(/"([^"]{20,})"/g)].map((m) => String(m[1]).slice(0, 40)));
  };
  /** Every object of the seed with a scope, with the words it records (its own strings and excerpts). */
  const scoped = () => {
    const out: { where: string; scope: Scope; words: string }[] = [];
    const walk = (v: unknown, where: string) => {
      if (Array.isArray(v)) {
        for (const [i, x] of v.entries()) walk(x, `${where}[${i}]`);
      } else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const scope = o.scope as Scope | undefined;
        if (scope && Array.isArray(scope.stated_by)) {
          const own = Object.values(o).filter((x): x is string => typeof x === 'string');
          const cited = ((o.citations as Cit[] | undefined) ?? []).map((c) => c.excerpt);
          out.push({ where, scope, words: [...own, ...cited].join('\n') });
        }
        for (const [k, x] of Object.entries(o)) if (k !== 'scope') walk(x, `${where}.${k}`);
      }
    };
    for (const [name, records] of Object.entries(seedData)) walk(records, name);
    return out;
  };

  it.runIf(articles)('holds for every scoped statement of the seed', () => {
    const qs = quotes();
    expect(qs.length).toBeGreaterThanOrEqual(2);
    const recording = scoped().filter((s) => qs.some((q) => s.words.includes(q)));
    // The contraindications, the condition and the guide item that record "As one program noted, …".
    expect(recording.length).toBeGreaterThanOrEqual(5);
    const missing = recording.filter((s) => s.scope.via !== 'one program').map((s) => s.where);
    expect(missing).toEqual([]);
  });

  it('/v1/conditions/social-anxiety names the program the KAIR article quotes', async () => {
    const c = (await t.http.get('/v1/conditions/social-anxiety').expect(200)).body.data;
    expect(c.role_statements.map((st: Statement) => [st.role, st.scope.via])).toEqual([
      ['individual_more_suitable', 'one program'],
    ]);
  });
});

describe('migration 0022 upgrades a database seeded before it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0022-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const COLORADO = 'colorado-five-week-group';
  const OLD_PERSONALITY_NOTE = 'The KAIR article names those that might impact group dynamics.';

  /** The seed as it was before 0022: the old roles, no via, no Colorado statements for depression and PTSD. */
  function previousSeed() {
    // From the seed before 0026 (which corrects conditions again): 0022 then 0026 bring it to today's seed.
    const data = seedBefore0026();
    for (const c of data.conditions) {
      // Added by 0022: the Colorado statements of depression and PTSD, and the group-format lines the generic group
      // record names anxiety, PTSD and eating disorders from.
      const added = (st: Statement) =>
        (c.id !== 'addiction' && st.scope.level === 'program' && st.scope.program_ids?.includes(COLORADO)) ||
        (c.id !== 'depression' &&
          st.scope.level === 'format' &&
          st.role === 'indication' &&
          /^(Shows promising results|The research we've explored)/.test(st.citations[0]?.excerpt ?? ''));
      // Added by 0022 too: the firefighters' PTSD outcome; trauma's indication then also quoted the pointer line.
      if (c.id === 'ptsd')
        c.role_statements = c.role_statements.filter(
          (st) => !(st.role === 'study_outcome'),
        ) as typeof c.role_statements;
      if (c.id === 'ptsd') c.citations = c.citations.filter((x) => !x.excerpt.startsWith('Their anxiety scores'));
      for (const st of c.role_statements as Statement[])
        if (c.id === 'trauma' && st.role === 'indication')
          st.citations.push({
            source_id: KAIR,
            excerpt: 'specifically for trauma-related conditions',
            section: 'Is it right for you?',
          });
      const statements = c.role_statements as Statement[];
      const kept = statements.filter((st) => !added(st));
      const still = new Set(kept.flatMap((st) => st.citations.map(key)));
      const gone = new Set(statements.filter(added).flatMap((st) => st.citations.map(key)));
      c.role_statements = kept as typeof c.role_statements;
      c.citations = c.citations.filter((x) => !gone.has(key(x as Cit)) || still.has(key(x as Cit)));
      const named = (x: Cit) => x.excerpt.startsWith('As one program noted,');
      for (const st of c.role_statements as Statement[]) {
        if (st.role === 'requires_evaluation') st.role = 'contraindication';
        if (st.role === 'individual_more_suitable') st.role = 'group_exclusion';
        if (st.scope.via) st.citations = st.citations.filter((x) => !named(x));
        delete st.scope.via;
      }
      if (c.id === 'social-anxiety') c.citations = c.citations.filter((x) => !named(x as Cit));
      c.roles = rolesOf(c.role_statements as Statement[]) as never;
      c.scope = sharedScope(c.role_statements as Statement[]);
      if (c.id === 'personality-disorders') c.note = OLD_PERSONALITY_NOTE;
    }
    // Before 0023 the flag could not be null (NOT NULL): an unknown author list is loaded as not whole, which the
    // input rules accept and 0023 turns to null as it does every empty list (this test compares conditions and guides).
    for (const r of [...data.sources, ...data.studies]) if (r.authors_complete == null) r.authors_complete = false;
    // The guide items that quote a speaker got their `via` and were split from the article's own words by 0020
    // (before 0022): the guides are as the seed has them.
    return data;
  }

  it('gives every seeded condition and guide item what the seed gives it; an editor’s statement is corrected too', () => {
    const db = openDb(':memory:');
    migrateDb(db, migrationsBefore(dir, '0022_condition_roles_evaluation'));
    const before = previousSeed();
    // Made through the API before the upgrade: a condition with KAIR's "careful evaluation" as a contraindication.
    const editor = structuredClone(before.conditions.find((c) => c.id === 'dissociative-disorders')!);
    before.conditions.push({ ...editor, id: 'editor-evaluated', name: 'An editor’s condition' });
    loadSeedBefore(db, before);
    const get = (sql: string, ...args: unknown[]) =>
      db.$client.prepare(sql).get(...args) as Record<string, string | null> & {
        roles: string;
        role_statements: string;
        items: string;
      };
    expect(JSON.parse(get('select roles from conditions where id = ?', 'dissociative-disorders').roles)).toEqual([
      'contraindication',
    ]);
    migrateDb(db);
    for (const c of seedData.conditions) {
      const row = get('select roles, role_statements, scope, note from conditions where id = ?', c.id);
      expect(JSON.parse(row.role_statements), c.id).toEqual(c.role_statements);
      expect(JSON.parse(row.roles), c.id).toEqual(c.roles);
      expect(row.scope ? JSON.parse(row.scope) : null, c.id).toEqual(c.scope);
      expect(row.note, c.id).toBe(c.note);
      const cited = db.$client
        .prepare(
          "select source_id, excerpt, section from citations where collection = 'conditions' and record_id = ? order by position",
        )
        .all(c.id);
      expect(cited, c.id).toEqual(c.citations);
    }
    for (const g of seedData.guides) {
      const items = JSON.parse(get('select items from guides where id = ?', g.id).items);
      expect(items, g.id).toEqual(g.items);
      const cited = db.$client
        .prepare(
          "select source_id, excerpt, section from citations where collection = 'guides' and record_id = ? order by position",
        )
        .all(g.id);
      expect(cited, g.id).toEqual(g.citations);
    }
    const made = get('select roles, role_statements from conditions where id = ?', 'editor-evaluated');
    expect(JSON.parse(made.roles)).toEqual(['requires_evaluation']);
    // Running the seed afterwards finds nothing left to correct in these collections.
    const report = loadSeed(db);
    expect(report.kept_edits).toEqual([]);
    db.$client.close();
  });
});

describe('a condition its owner lists as Katalog’s reading is marked under it (L8)', () => {
  it('under every study and program, link_inferred exactly when the owner’s conditions are inferred', async () => {
    for (const path of ['studies', 'programs'] as const) {
      const owners = (await t.http.get(`/v1/${path}?include=condition_records&limit=100`).expect(200)).body.data as {
        id: string;
        inferred_fields?: string[];
        condition_records: { id: string; link_inferred?: boolean }[];
      }[];
      for (const o of owners) {
        const inferred = (o.inferred_fields ?? []).includes('conditions');
        for (const c of o.condition_records)
          expect(c.link_inferred, `${path}/${o.id}: ${c.id}`).toBe(inferred || undefined);
      }
    }
    const cas = await t.http
      .get('/v1/studies/esketamine-group-therapy-case-report?include=condition_records')
      .expect(200);
    expect(cas.body.data.condition_records.map((c: { link_inferred?: boolean }) => c.link_inferred)).toContain(true);
  });
});

describe('under a study, a condition carries only what reports that study (audit 10 L-N5, the rule M5 of programs)', () => {
  let shown: Map<string, Map<string, Included>>;
  beforeAll(async () => {
    const studies = (await t.http.get('/v1/studies?include=condition_records&limit=100').expect(200)).body.data as {
      id: string;
      condition_records: Included[];
    }[];
    shown = new Map(studies.map((s) => [s.id, new Map(s.condition_records.map((c) => [c.id, c]))]));
  });
  const cases = seedData.studies.flatMap((s) => s.conditions.map((cid) => [s.id, cid] as const));

  it.each(cases)('%s: %s', (sid, cid) => {
    const study = seedData.studies.find((x) => x.id === sid)!;
    const c = conditionOf.get(cid)!;
    const got = shown.get(sid)!.get(cid)!;
    const kept = c.role_statements.filter((st) => quotesOnly(st as Statement, study.citations));
    // Every statement shown quotes this study's own excerpts; every one that does is shown.
    expect(got.role_statements.map((st) => JSON.stringify(st))).toEqual(kept.map((st) => JSON.stringify(st)));
    for (const st of got.role_statements)
      for (const x of st.citations)
        expect(
          study.citations.some((o) => o.source_id === x.source_id && o.excerpt.includes(x.excerpt)),
          `${sid}: ${cid}: "${x.excerpt}"`,
        ).toBe(true);
    if (kept.length === c.role_statements.length) {
      expect(got.withheld_fields).toBeUndefined();
      return;
    }
    expect(got.withheld_fields).toEqual(expect.arrayContaining(['roles', 'role_statements']));
    expect(got.roles).toEqual(rolesOf(kept as Statement[]));
    const allowed = new Set(
      (kept.length
        ? kept.flatMap((st) => st.citations)
        : study.citations.filter((x) => conditionWords(c).some((w) => w.test(x.excerpt)))
      ).map(key),
    );
    for (const x of got.citations) expect(allowed.has(key(x)), `${sid}: ${cid}: "${x.excerpt}"`).toBe(true);
  });

  it('the audit’s URLs: no other study’s result, no Colorado curriculum, no screening statement under a study', () => {
    const under = (sid: string, cid: string) => shown.get(sid)!.get(cid)!;
    const text = (i: Included) => JSON.stringify([i.citations, i.role_statements]);
    expect(text(under('firefighters-group-kat-12-week', 'ptsd'))).not.toMatch(/86%|five-week group curriculum/);
    expect(under('firefighters-group-kat-12-week', 'anxiety').roles).not.toContain('requires_evaluation');
    expect(text(under('firefighters-group-kat-12-week', 'anxiety'))).not.toMatch(/careful evaluation/);
    expect(text(under('canadian-healthcare-providers-community-of-practice', 'ptsd'))).toMatch(/86%/);
  });
});

/** A withheld statement's reason, classified from its scope and role by the test (independently of src's wording). */
/** A program as a reason names it: by its stored name (review 14 R14-4). */
const programName = new Map(seedData.programs.map((p) => [p.id, p.name]));

function reasonOf(st: Statement, kind: string, owner: Record<string, unknown>): string {
  if (STUDY_ROLES.includes(st.role)) return 'another study';
  const sc = st.scope;
  if (kind === 'contraindications') {
    if (!(ROLES_OF_CATEGORY[String(owner.category)] ?? []).includes(st.role)) return `role ${st.role}`;
    const own = (owner.scope as Scope).stated_by;
    return sc.stated_by.every((s) => own.includes(s)) ? 'other lines' : 'another source';
  }
  if (owner.generic === true && !sc.inferred && sc.level === 'format' && sc.format === owner.format)
    return 'another source';
  const what =
    sc.level === 'program'
      ? `program ${sc.program_ids.map((id) => programName.get(id)).join(', ')}`
      : sc.level === 'format'
        ? `format ${sc.format}`
        : 'general';
  return sc.inferred ? `inferred ${what}` : what;
}

/** A served reason ("3 said of the group format"), classified by its words into the same classes. */
function reasonNamed(text: string): [string, number] {
  const m = /^(\d+) (.*)$/s.exec(text);
  expect(m, text).not.toBeNull();
  let words = m![2] as string;
  const inferred = words.startsWith("Katalog's reading, not the source's words: ");
  words = words.replace("Katalog's reading, not the source's words: ", '');
  const role = /^of role ([a-z_]+), not one of this category \([a-z_]+\)$/.exec(words)?.[1];
  const what = /^reported of a study( in excerpts that are not .*)?$/.test(words)
    ? 'another study'
    : /^said by .*, not by this (program|contraindication)'s source \(/.test(words)
      ? 'another source'
      : role
        ? `role ${role}`
        : words === 'quoting words this contraindication does not quote'
          ? 'other lines'
          : words === 'said of ketamine therapy in general'
            ? 'general'
            : /^said of the (group|individual) format$/.test(words)
              ? `format ${words.split(' ')[3]}`
              : words.startsWith('said of ')
                ? `program ${words.slice('said of '.length)}`
                : `unknown: ${words}`;
  return [inferred ? `inferred ${what}` : what, Number(m![1])];
}

describe('under a finding, a condition carries only what its own excerpts or its study’s report (R12-1, the rule of L-N5)', () => {
  let shown: Map<string, Included | null>;
  beforeAll(async () => {
    const found = (await t.http.get('/v1/findings?include=condition_record&limit=100').expect(200)).body.data as {
      id: string;
      condition_record: Included | null;
    }[];
    shown = new Map(found.map((f) => [f.id, f.condition_record]));
  });
  const cases = seedData.findings.filter((f) => f.condition).map((f) => [f.id] as const);

  it.each(cases)('%s', (fid) => {
    const f = seedData.findings.find((x) => x.id === fid)!;
    const study = seedData.studies.find((x) => x.id === f.study_id)!;
    const own = [...f.citations, ...study.citations] as Cit[];
    const c = conditionOf.get(f.condition!)!;
    const got = shown.get(fid)!;
    const kept = (c.role_statements as Statement[]).filter((st) => quotesOnly(st, own));
    expect(got.role_statements.map((st) => JSON.stringify(st))).toEqual(kept.map((st) => JSON.stringify(st)));
    if (kept.length === c.role_statements.length) {
      expect(got.withheld_fields).toBeUndefined();
      return;
    }
    expect(got.withheld_fields).toEqual(expect.arrayContaining(['roles', 'role_statements']));
    expect(got.statements_withheld).toMatch(
      /^(Said of this finding: \d+ of its role statements\. Withheld here|Not said of this finding)/,
    );
    expect(got.roles).toEqual(rolesOf(kept));
    const allowed = new Set(
      (kept.length
        ? kept.flatMap((st) => st.citations)
        : own.filter((x) => conditionWords(c).some((w) => w.test(x.excerpt)))
      ).map(key),
    );
    for (const x of got.citations) expect(allowed.has(key(x)), `${fid}: "${x.excerpt}"`).toBe(true);
  });

  it('the review’s URLs: no other study’s result, no Colorado curriculum, no screening line under a finding', async () => {
    const under = async (fid: string) =>
      JSON.stringify(
        (await t.http.get(`/v1/findings/${fid}?include=condition_record`).expect(200)).body.data.condition_record,
      );
    const pcl5 = await under('firefighters-pcl5-ptsd-decreased');
    expect(pcl5).not.toMatch(/86%|five-week group curriculum/);
    expect(pcl5).toMatch(/PCL-5/);
    const eating = await under('eating-disorders-anxiety-dropped-2-of-5');
    expect(eating).not.toMatch(/GAD-7\) and PTSD symptoms|altered states/);
    expect(await under('healthcare-providers-ptsd-86-percent-no-longer-met-criteria')).not.toMatch(/PCL-5/);
    expect(await under('firefighters-gad7-anxiety-decreased')).not.toMatch(/86%|altered states|91%/);
  });
});

describe('under a contraindication, a condition carries only what states what it states (audit 12 A12-1, the rule of M5)', () => {
  let shown: Map<string, Map<string, Included & { scope: Scope | null }>>;
  beforeAll(async () => {
    const all = (await t.http.get('/v1/contraindications?include=conditions&limit=100').expect(200)).body.data as {
      id: string;
      conditions: (Included & { scope: Scope | null })[];
    }[];
    shown = new Map(all.map((x) => [x.id, new Map(x.conditions.map((c) => [c.id, c]))]));
  });
  const cases = seedData.contraindications.flatMap((x) => (x.condition_ids ?? []).map((cid) => [x.id, cid] as const));

  it('covers every contraindication that names a condition', () => expect(cases.length).toBeGreaterThan(10));

  it.each(cases)('%s: %s', (xid, cid) => {
    const x = seedData.contraindications.find((y) => y.id === xid)!;
    const c = conditionOf.get(cid)!;
    const got = shown.get(xid)!.get(cid)!;
    const kept = (c.role_statements as Statement[]).filter((st) => statesOf(st, x as Parameters<typeof statesOf>[1]));
    // Every statement shown states what the contraindication states; every one that does is shown.
    expect(got.role_statements.map((st) => JSON.stringify(st))).toEqual(kept.map((st) => JSON.stringify(st)));
    if (kept.length === c.role_statements.length) {
      expect(got.withheld_fields).toBeUndefined();
      return;
    }
    expect(got.withheld_fields).toEqual(expect.arrayContaining(['roles', 'role_statements']));
    expect(got.statements_withheld).toMatch(
      /^(Said of this contraindication: \d+ of its role statements\. Withheld here|Not said of this contraindication)/,
    );
    expect(got.roles).toEqual(rolesOf(kept));
    expect(got.scope).toEqual(sharedScope(kept));
    const allowed = new Set(
      (kept.length
        ? kept.flatMap((st) => st.citations)
        : (x.citations as Cit[]).filter((y) => conditionWords(c).some((w) => w.test(y.excerpt)))
      ).map(key),
    );
    for (const y of got.citations) expect(allowed.has(key(y)), `${xid}: ${cid}: "${y.excerpt}"`).toBe(true);
  });

  it('the audit’s URLs: no indication, no study’s result, no program’s curriculum beside a flag', async () => {
    const under = async (xid: string) =>
      (await t.http.get(`/v1/contraindications/${xid}?include=conditions`).expect(200)).body.data
        .conditions as Included[];
    const text = (cs: Included[]) => JSON.stringify(cs.map((c) => [c.citations, c.role_statements]));
    const ptsd = await under('active-ptsd-with-hypervigilance');
    expect(text(ptsd)).not.toMatch(/Shows promising results|five-week group curriculum|86%|GAD-7|particular promise/);
    // What grounds PTSD there is the flag's own line.
    expect(text(ptsd)).toMatch(/active PTSD with hypervigilance/);
    expect(text(await under('recent-severe-trauma-disclosure'))).not.toMatch(/especially valuable/);
    expect(text(await under('severe-anxiety-triggered-by-altered-states'))).not.toMatch(
      /particular promise|GAD-7|Shows promising results/,
    );
    const sud = await under('active-substance-use-disorder');
    expect(text(sud)).not.toMatch(/particular promise|Comorbid conditions/);
    expect(sud.flatMap((c) => c.roles)).toEqual(['contraindication']);
    expect(text(await under('history-of-psychosis-or-schizophrenia'))).not.toMatch(/Comorbid conditions/);
    // The one program's words, cited apart from "As one program noted,", are what that flag states, whole.
    const social = await under('severe-social-anxiety');
    expect(social.map((c) => [c.roles, c.withheld_fields])).toEqual([[['individual_more_suitable'], undefined]]);
  });
});

describe('under a program, a study’s result is that study’s, not the program’s (audit 12 A12-7)', () => {
  it('no program keeps a study_population or study_outcome statement whose scope does not name it', () => {
    let seen = 0;
    for (const [pid, under] of served)
      for (const c of under.values())
        for (const st of c.role_statements)
          if (STUDY_ROLES.includes(st.role)) {
            seen++;
            expect(st.scope.level === 'program' && st.scope.program_ids.includes(pid), `${pid}: ${c.id}`).toBe(true);
          }
    // No seeded study statement names a program: none is kept under one.
    const named = seedData.conditions.flatMap((c) =>
      c.role_statements.filter((st) => STUDY_ROLES.includes(st.role) && st.scope.level === 'program'),
    );
    if (!named.length) expect(seen).toBe(0);
  });

  it('the audit’s URL: the generic model counts other studies’ results as reported of a study', async () => {
    const p = seedData.programs.find((x) => x.id === 'generic-group-kat')!;
    let withheld = 0;
    for (const c of served.get(p.id)!.values()) {
      expect(
        c.roles.filter((r) => STUDY_ROLES.includes(r)),
        c.id,
      ).toEqual([]);
      expect(JSON.stringify([c.citations, c.role_statements]), c.id).not.toMatch(/79%|86%|GAD-7|PCL-5|case series/);
      // Every study statement of the record, whatever its scope, is withheld as a study's report.
      const n = conditionOf.get(c.id)!.role_statements.filter((st) => STUDY_ROLES.includes(st.role)).length;
      withheld += n;
      if (n) expect(c.statements_withheld, c.id).toMatch(new RegExp(`(: |; )${n} reported of a study(;|$)`));
    }
    expect(withheld).toBeGreaterThan(0);
  });

  it('the reason reads the same under a program, a contraindication, a study and a finding', async () => {
    const texts: string[] = [];
    for (const [path, include] of [
      ['programs', 'condition_records'],
      ['contraindications', 'conditions'],
      ['studies', 'condition_records'],
      ['findings', 'condition_record'],
    ] as const) {
      const owners = (await t.http.get(`/v1/${path}?include=${include}&limit=100`).expect(200)).body.data as Record<
        string,
        unknown
      >[];
      for (const o of owners)
        for (const c of [o[include]].flat().filter(Boolean) as Included[])
          texts.push(...(c.statements_withheld ?? '').split(/; |: /).filter((r) => /^\d+ .*\bstud(y|ies)\b/.test(r)));
    }
    expect(texts.length).toBeGreaterThan(0);
    for (const r of texts) expect(r).toMatch(/^\d+ reported of a study( in excerpts that are not .*)?$/);
  });
});

describe('what is withheld under a program, a study or a finding is counted by its own reasons (audit 10 L-N4, R12-4)', () => {
  it('each reason is counted from the withheld statements’ own scopes and roles', async () => {
    let checked = 0;
    for (const [path, include] of [
      ['programs', 'condition_records'],
      ['studies', 'condition_records'],
      ['findings', 'condition_record'],
      ['contraindications', 'conditions'],
    ] as const) {
      const owners = (await t.http.get(`/v1/${path}?include=${include}&limit=100`).expect(200)).body.data as Record<
        string,
        unknown
      >[];
      for (const o of owners)
        for (const c of [o[include]].flat().filter(Boolean) as Included[]) {
          if (!c.statements_withheld) continue;
          const record = conditionOf.get(c.id)!;
          const withheld = (record.role_statements as Statement[]).filter(
            (st) => !c.role_statements.some((k) => JSON.stringify(k) === JSON.stringify(st)),
          );
          const where = `${path}/${String(o.id)}: ${c.id}: ${c.statements_withheld}`;
          const expected = new Map<string, number>();
          for (const st of withheld) {
            const r = reasonOf(st, path, o);
            expected.set(r, (expected.get(r) ?? 0) + 1);
          }
          const reasons = c.statements_withheld.replace(/^.*?withheld here: /i, '').replace(/; see \/v1\/.*$/, '');
          const got = new Map(reasons.split('; ').map(reasonNamed));
          expect(Object.fromEntries(got), where).toEqual(Object.fromEntries(expected));
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('the audit’s URL: the generic record’s trauma statement is withheld as another source’s, not as said of a format', async () => {
    const p = (await t.http.get('/v1/programs/generic-group-kat?include=condition_records').expect(200)).body.data;
    const trauma = (p.condition_records as Included[]).find((c) => c.id === 'trauma')!;
    const others = conditionOf
      .get('trauma')!
      // Those said of the record's own format (group): the individual format's are withheld as such.
      .role_statements.filter(
        (st) =>
          st.scope.stated_by.includes('group-ketamine-therapy-canada') &&
          st.scope.level === 'format' &&
          st.scope.format === 'group',
      ).length;
    expect(others).toBeGreaterThan(0);
    // Sources named as every derived sentence names them (R12-5), never by record id.
    expect(trauma.statements_withheld).toContain(
      `Withheld here: ${others} said by the Canadian article, not by this program's source (the KAIR article)`,
    );
    expect(trauma.statements_withheld).not.toMatch(/group-ketamine-therapy-canada|kair-group-therapy-unpacked/);
    expect(trauma.statements_withheld).not.toMatch(/in general|of a format|other programs|Katalog's reading/);
  });
});

describe('a generic record’s withheld statement names its sources in words, and its own when it says it too (R12-5)', () => {
  it('a statement its own source makes together with another is withheld as said together, not as another’s', () => {
    const p = seedData.programs.find((x) => x.generic === true)!;
    const own = [...new Set(p.citations.map((c) => c.source_id))];
    const other = Object.keys(ARTICLE_NAMES).find((id) => !own.includes(id))!;
    const cit = (source_id: string) => ({ source_id, excerpt: 'a line', section: 'x' });
    const scope = (stated_by: string[]) => ({
      level: 'format',
      format: p.format,
      program_ids: [],
      stated_by,
      hedge: null,
      via: null,
      inferred: false,
    });
    const condition = {
      id: 'a-condition',
      name: 'A condition',
      alternate_names: [],
      roles: ['indication'],
      scope: null,
      note: null,
      citations: [],
      role_statements: [
        { role: 'indication', scope: scope([own[0]!, other]), citations: [cit(own[0]!), cit(other)] },
        { role: 'indication', scope: scope([other]), citations: [cit(other)] },
      ],
    };
    const got = conditionUnderProgram(condition, p, new Map()).statements_withheld as string;
    const names = (ids: string[]) => ids.map((id) => ARTICLE_NAMES[id as keyof typeof ARTICLE_NAMES]);
    const otherName = names([other])[0];
    expect(got).toContain(`1 said by ${names([own[0]!])[0]} and ${otherName} together, not by this program's source`);
    expect(got).toContain(`1 said by ${otherName}, not by this program's source`);
    expect(got).not.toContain(other);
  });
});

describe('under a contraindication, each withheld statement is counted by why it is not what the flag states (A12-1)', () => {
  it('another role, other sources (alone or together with its own), words it does not quote', () => {
    const x = seedData.contraindications.find((y) => y.id === 'severe-social-anxiety')!;
    const own = x.scope.stated_by[0]!;
    const other = Object.keys(ARTICLE_NAMES).find((id) => !x.scope.stated_by.includes(id))!;
    const quote = x.citations.find((c) => c.excerpt.includes('more suitable'))!;
    const elsewhere = (source_id: string) => ({ source_id, excerpt: 'a line the flag does not quote', section: 'x' });
    const scope = (stated_by: string[]) => ({ ...x.scope, format: 'individual', stated_by });
    const st = (role: string, stated_by: string[], citations: Cit[]) => ({ role, scope: scope(stated_by), citations });
    const condition = {
      id: 'a-condition',
      name: 'A condition',
      alternate_names: [],
      roles: ['individual_more_suitable', 'indication'],
      scope: null,
      note: null,
      citations: [],
      role_statements: [
        st('individual_more_suitable', [own], [quote]),
        st('indication', [own], [quote]),
        st('individual_more_suitable', [own, other], [quote, elsewhere(other)]),
        st('individual_more_suitable', [other], [elsewhere(other)]),
        st('individual_more_suitable', [own], [elsewhere(own)]),
        st('study_outcome', [own], [quote]),
      ],
    };
    const got = conditionUnderContraindication(condition, x);
    expect(got.role_statements).toEqual([condition.role_statements[0]]);
    const [ownName, otherName] = [own, other].map((id) => ARTICLE_NAMES[id as keyof typeof ARTICLE_NAMES]);
    expect(got.statements_withheld).toBe(
      'Said of this contraindication: 1 of its role statements. Withheld here: ' +
        `1 of role indication, not one of this category (${x.category}); ` +
        `1 said by ${ownName} and ${otherName} together, not by this contraindication's source (${ownName}) alone; ` +
        `1 said by ${otherName}, not by this contraindication's source (${ownName}); ` +
        '1 quoting words this contraindication does not quote; 1 reported of a study; see /v1/conditions/a-condition.',
    );
  });
});

describe('statements_withheld keeps the length its schema promises, by construction (R12-6)', () => {
  it('a condition of 20 statements, each said of 50 long-named programs, is counted within the bound', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    expect(spec.components.schemas.IncludedCondition.properties.statements_withheld.maxLength).toBe(
      STATEMENTS_WITHHELD_MAX,
    );
    const long = (i: number, j: number) => `program-${i}-${j}-${'x'.repeat(100)}`;
    const cit = { source_id: KAIR, excerpt: 'a line', section: 'x' };
    const statements = Array.from({ length: 20 }, (_, i) => ({
      role: 'indication',
      scope: {
        level: 'program',
        format: null,
        program_ids: Array.from({ length: 50 }, (_, j) => long(i, j)),
        stated_by: [KAIR],
        hedge: null,
        via: null,
        inferred: false,
      },
      citations: [cit],
    }));
    const condition = {
      id: 'c'.repeat(120),
      name: 'A condition',
      alternate_names: [],
      role_statements: statements,
      roles: ['indication'],
      scope: null,
      note: null,
      citations: [cit],
    };
    const program = { id: 'another-program', generic: false, format: 'group', citations: [cit] };
    // Each program named by its stored name, as long as its id.
    const names = new Map(statements.flatMap((s) => s.scope.program_ids.map((id) => [id, `Name of ${id}`] as const)));
    for (const n of [1, 2, 20]) {
      const got = conditionUnderProgram({ ...condition, role_statements: statements.slice(0, n) }, program, names)
        .statements_withheld as string;
      expect(got.length, got).toBeLessThanOrEqual(STATEMENTS_WITHHELD_MAX);
      // Every withheld statement is still counted, and the text still points to the whole record.
      const reasons = got.replace(/^.*?withheld here: /i, '').replace(/; see \/v1\/.*$/, '');
      expect(
        reasons.split('; ').reduce((a, r) => a + Number(/^(\d+) /.exec(r)?.[1]), 0),
        got,
      ).toBe(n);
      expect(got).toMatch(new RegExp(`see /v1/conditions/${condition.id}\\.$`));
    }
  });
});

describe('an include that follows a reference Katalog may infer marks it (audit 10 L-N7)', () => {
  // Every include of every collection that follows one of its reference fields (`via`): the embedded record carries
  // link_inferred exactly when the owner lists that field in its inferred_fields.
  const cases = resources.flatMap((r) =>
    Object.entries(r.query.includes)
      .filter(([, def]) => def.via)
      .map(([name, def]) => [r.path, name, def.via as string] as const),
  );
  it.each(cases)('%s?include=%s (%s)', async (path, name, via) => {
    const owners = (await t.http.get(`/v1/${path}?include=${name}&limit=100`).expect(200)).body.data as Record<
      string,
      unknown
    >[];
    for (const o of owners) {
      const inferred = ((o.inferred_fields as string[] | undefined) ?? []).includes(via);
      const embedded = [o[name]].flat().filter(Boolean) as { id: string; link_inferred?: boolean }[];
      for (const e of embedded) expect(e.link_inferred, `${path}/${String(o.id)}: ${e.id}`).toBe(inferred || undefined);
    }
  });
  // Every reverse include (`back`: the embedded records' field pointing at the owner, R12-7): marked exactly when the
  // embedded record lists that field in its own inferred_fields.
  const reverse = resources.flatMap((r) =>
    Object.entries(r.query.includes)
      .filter(([, def]) => def.back)
      .map(([name, def]) => [r.path, name, def.back as string] as const),
  );
  it('covers the reverse includes too', () => expect(reverse.length).toBeGreaterThanOrEqual(3));
  it.each(reverse)('%s?include=%s (back through %s)', async (path, name, back) => {
    const owners = (await t.http.get(`/v1/${path}?include=${name}&limit=100`).expect(200)).body.data as Record<
      string,
      unknown
    >[];
    for (const o of owners)
      for (const e of o[name] as { id: string; inferred_fields?: string[]; link_inferred?: boolean }[])
        expect(e.link_inferred, `${path}/${String(o.id)}: ${e.id}`).toBe(
          (e.inferred_fields ?? []).includes(back) || undefined,
        );
  });
  it('the review’s URL: Port Credit’s member-clinic price, given with its program as Katalog’s reading (R12-7)', async () => {
    const price = seedData.prices.find((p) => (p.inferred_fields ?? []).includes('program_id'))!;
    const got = (await t.http.get(`/v1/programs/${price.program_id}?include=prices`).expect(200)).body.data;
    const embedded = (got.prices as { id: string; link_inferred?: boolean }[]).find((p) => p.id === price.id)!;
    expect(embedded.link_inferred).toBe(true);
  });
  it('the audit’s URLs: a finding’s inferred condition, the price whose program is Katalog’s reading', async () => {
    for (const id of ['esketamine-case-brighter-mood', 'esketamine-case-better-functioning']) {
      const f = (await t.http.get(`/v1/findings/${id}?include=condition_record`).expect(200)).body.data;
      expect(f.inferred_fields).toContain('condition');
      expect(f.condition_record.link_inferred, id).toBe(true);
    }
    const price = seedData.prices.find((p) => (p.inferred_fields ?? []).includes('program_id'))!;
    const got = (await t.http.get(`/v1/prices/${price.id}?include=program`).expect(200)).body.data;
    expect(got.program.link_inferred).toBe(true);
  });
});

describe('under a contraindication, a statement of its own source is not withheld for an excerpt the flag leaves out (review 14 R14-1)', () => {
  // A statement with the flag's category's role, by the flag's own sources, that shares an excerpt with the flag is
  // about the same thing: the flag cites every excerpt it quotes, so the include shows it. (The psychosis, mania and
  // trauma flags left out the takeaway's and the FAQ's "individual format is safer" lines their conditions quote.)
  const ROLES: Record<string, string[]> = {
    absolute: ['contraindication'],
    requires_evaluation: ['requires_evaluation'],
    group_specific: ['group_exclusion', 'individual_more_suitable'],
  };
  it('holds for every contraindication and condition of the seed', () => {
    const conditions = new Map(seedData.conditions.map((c) => [c.id, c]));
    const missing: string[] = [];
    let related = 0;
    for (const f of seedData.contraindications) {
      const own = f.citations.map((x) => x.excerpt);
      const quoted = (e: string) => own.some((o) => o.includes(e) || e.includes(o));
      for (const id of f.condition_ids ?? [])
        for (const st of conditions.get(id)?.role_statements ?? []) {
          if (!(ROLES[f.category] ?? []).includes(st.role)) continue;
          if (!st.scope.stated_by.every((s) => f.scope.stated_by.includes(s))) continue;
          if (!st.citations.some((x) => quoted(x.excerpt))) continue;
          related++;
          for (const x of st.citations)
            if (!quoted(x.excerpt)) missing.push(`${f.id} / ${id} (${st.role}): ${x.excerpt.slice(0, 60)}…`);
        }
    }
    expect(related).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});

describe('a withheld reason names a program by its stored name, never a record by its id (review 14 R14-4)', () => {
  /** Every `statements_withheld` in a body, at any depth. */
  const withheld = (x: unknown): string[] =>
    Array.isArray(x)
      ? x.flatMap(withheld)
      : x && typeof x === 'object'
        ? Object.entries(x).flatMap(([k, v]) => (k === 'statements_withheld' ? [String(v)] : withheld(v)))
        : [];
  /** The reasons of a text, without its head and its pointer to the whole record ("; see /v1/conditions/{id}."). */
  const reasonsOf = (text: string) =>
    text
      .replace(/^.*?withheld here: /i, '')
      .replace(/; see \/v1\/conditions\/[^ ]+\.$/, '')
      .split('; ')
      .map((r) => r.replace(/^\d+ /, ''));

  it('walks every include of every record: no reason holds an id, and a program is named as stored', async () => {
    const ids = new Set<string>();
    const names = new Map<string, string>();
    for (const r of resources)
      for (const rec of (await everyPage(t, r.path, new URLSearchParams())) as { id: string; name?: unknown }[]) {
        ids.add(rec.id);
        if (r.path === 'programs') names.set(rec.id, String(rec.name));
      }
    const reasons: string[] = [];
    for (const r of resources)
      for (const name of Object.keys(r.query.includes))
        for (const rec of await everyPage(t, r.path, new URLSearchParams({ include: name })))
          reasons.push(...withheld(rec[name]).flatMap(reasonsOf));
    expect(reasons.length).toBeGreaterThan(0);
    const idIn = (text: string) =>
      [...ids].find((id) =>
        new RegExp(`(^|[^\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`).test(text),
      );
    for (const reason of new Set(reasons)) expect(idIn(reason), reason).toBeUndefined();
    // A reason that says what a statement is said of names programs by their stored names (a format, or ketamine
    // therapy in general, otherwise); at least one does (the findings' depression, said of one program).
    const ofPrograms = [...new Set(reasons)]
      .map((x) => /said of (.+)$/.exec(x)?.[1])
      .filter((x): x is string => !!x && !/^(the (group|individual) format|ketamine therapy in general)$/.test(x));
    expect(ofPrograms.length).toBeGreaterThan(0);
    const stored = new Set(names.values());
    for (const x of ofPrograms) expect(stored.has(x) || x.split(', ').every((n) => stored.has(n)), x).toBe(true);
  });
});
