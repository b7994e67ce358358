/**
 * An existing database upgrades without losing data (migration 0009, issue 11): a database of the previous
 * release (the migrations before 0007), holding the seed as it was stored then (no attribution on guide items and
 * practical rules, a rule's program_id, no answered_by, "inferred" written into a publisher, no program
 * access, prices before the hedge rule, the Colorado "price"), is migrated; the seeded records get the
 * values the seed gives them, records made through the API get the conservative defaults, nothing is lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { ADDED_BY_MIGRATIONS, loadSeed, publishMigrations, SEED_ACTOR } from '../seed/load.js';
import { type Db, migrateDb, openDb } from '../src/db/client.js';
import { resources } from '../src/resources/index.js';
import {
  BEFORE_0021,
  before0020,
  ITEMS_JOINED_BEFORE_0020,
  insertRow,
  migrationsBefore,
  OLD_SEED_TIMESTAMP,
  seedBefore0009,
  TEXTS_BEFORE_0020,
  TEXTS_BEFORE_0026,
} from './old-database.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The previous release's database (migrations before 0007), seeded, with records editors added. */
function oldDatabase(): Db {
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0007_drop_data_version'));
  seedBefore0009(db);
  // Made through the API before the upgrade: a guide item and a general practical rule without attribution.
  const guide = db.$client.prepare("select items from guides where id = 'guide-red-flags'").get() as { items: string };
  const items = [
    ...JSON.parse(guide.items),
    { text: 'An editor’s item.', value_min: null, value_max: null, unit: null },
  ];
  db.$client.prepare("update guides set items = ? where id = 'guide-red-flags'").run(JSON.stringify(items));
  const phase = db.$client
    .prepare("select practical_rules from session_phases where id = 'dosing-experience'")
    .get() as {
    practical_rules: string;
  };
  const rules = [
    ...JSON.parse(phase.practical_rules),
    { rule: 'An editor’s rule.', value_min: null, value_max: null, unit: null, program_id: null },
  ];
  db.$client
    .prepare("update session_phases set practical_rules = ? where id = 'dosing-experience'")
    .run(JSON.stringify(rules));
  return db;
}

describe('upgrading an existing database (migration 0009)', () => {
  const db = oldDatabase();
  migrateDb(db);
  const get = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;

  it('gives every seeded guide item and practical rule its seeded attribution, and drops program_id', () => {
    for (const g of seedData.guides) {
      const items = JSON.parse(get<{ items: string }>('select items from guides where id = ?', g.id).items);
      for (const [i, item] of g.items.entries()) expect(items[i].scope, `${g.id}[${i}]`).toEqual(item.scope);
    }
    for (const p of seedData.session_phases) {
      const rules = JSON.parse(
        get<{ practical_rules: string }>('select practical_rules from session_phases where id = ?', p.id)
          .practical_rules,
      );
      p.practical_rules.forEach((rule, i) => {
        expect(rules[i].scope, `${p.id}[${i}]`).toEqual(rule.scope);
        expect(rules[i]).not.toHaveProperty('program_id');
      });
    }
  });

  it('gives what editors made the conservative attribution: general, by the cited sources, as Katalog’s reading', () => {
    const items = JSON.parse(get<{ items: string }>("select items from guides where id = 'guide-red-flags'").items);
    expect(items.at(-1)).toEqual({
      text: 'An editor’s item.',
      value_min: null,
      value_max: null,
      unit: null,
      scope: {
        level: 'ketamine_therapy',
        format: null,
        program_ids: [],
        stated_by: ['kair-group-therapy-unpacked'],
        hedge: null,
        inferred: true,
      },
    });
    const rules = JSON.parse(
      get<{ practical_rules: string }>("select practical_rules from session_phases where id = 'dosing-experience'")
        .practical_rules,
    );
    expect(rules.at(-1).scope).toMatchObject({ level: 'ketamine_therapy', inferred: true });
    expect(rules.at(-1)).not.toHaveProperty('program_id');
  });

  it('backfills answered_by, publisher_inferred, access, place_inferred, scope.inferred and the price fixes', () => {
    for (const f of seedData.faqs)
      expect(get<{ a: string }>('select answered_by as a from faqs where id = ?', f.id).a).toBe(f.answered_by);
    for (const s of seedData.sources)
      expect(get('select publisher, publisher_inferred as i from sources where id = ?', s.id), s.id).toEqual({
        publisher: s.publisher,
        i: Number(s.publisher_inferred),
      });
    for (const p of seedData.programs) {
      const row = get<{ access: string; place: number }>(
        'select access, place_inferred as place from programs where id = ?',
        p.id,
      );
      expect(JSON.parse(row.access), p.id).toEqual(p.access);
      expect(row.place, p.id).toBe(Number(p.place_inferred));
    }
    // 0019 (audit 7 L4): a partial author list is flagged as the seed flags it; 0023 (audit 9 M4): a list that
    // names no one is not known to be whole (null), as the seed has it.
    for (const s of [...seedData.sources, ...seedData.studies]) {
      const table = seedData.sources.includes(s as (typeof seedData.sources)[number]) ? 'sources' : 'studies';
      expect(get(`select authors_complete as c from ${table} where id = ?`, s.id), s.id).toEqual({
        c: s.authors_complete == null ? null : Number(s.authors_complete),
      });
    }
    // The records a later correction adds are written when its migration is published, not by these migrations.
    const added = new Set(Object.values(ADDED_BY_MIGRATIONS).flat());
    const held = seedData.contraindications.filter((c) => !added.has(`contraindications/${c.id}`));
    for (const c of held)
      expect(JSON.parse(get<{ s: string }>('select scope as s from contraindications where id = ?', c.id).s)).toEqual(
        c.scope,
      );
    // 0021 (audit 9 H1, M1): what the Canadian article's table says of a row ("(exclusion in both)", "(or exclusion)")
    // is in the record's scope and applies_to; M6: the fit-table notes and the excerpts they rest on.
    for (const c of held)
      expect(get('select condition, applies_to, note from contraindications where id = ?', c.id), c.id).toEqual({
        condition: c.condition,
        applies_to: c.applies_to,
        note: c.note,
      });
    for (const f of seedData.format_fit) {
      expect(get<{ note: string }>('select note from format_fit where id = ?', f.id).note, f.id).toBe(f.note);
      const cited = db.$client
        .prepare(
          "select source_id, excerpt, section from citations where collection = 'format_fit' and record_id = ? order by position",
        )
        .all(f.id);
      expect(cited, f.id).toEqual(f.citations);
    }
    // 0021 (audit 9 L5): a price whose program is Katalog's reading lists program_id in inferred_fields.
    for (const p of seedData.prices.filter((x) => x.id in (BEFORE_0021.prices ?? {})))
      expect(JSON.parse(get<{ f: string }>('select inferred_fields as f from prices where id = ?', p.id).f)).toContain(
        'program_id',
      );
    // L7: a study's design that is Katalog's word is listed as its reading.
    for (const st of seedData.studies.filter((x) => x.id in (BEFORE_0021.studies ?? {})))
      expect(JSON.parse(get<{ f: string }>('select inferred_fields as f from studies where id = ?', st.id).f)).toEqual(
        st.inferred_fields,
      );
    // Every record 0021 changed has a new version and an "updated" event, as a seed write has.
    for (const [table, ids] of Object.entries(BEFORE_0021))
      for (const id of Object.keys(ids))
        expect(
          get(
            'select action, version from changes where collection = ? and record_id = ? order by rowid desc',
            table,
            id,
          ),
          `${table}/${id}`,
        ).toEqual({ action: 'updated', version: 2 });
    for (const p of seedData.prices)
      expect(get('select approximate as a, hedges as h, treatment as t from prices where id = ?', p.id), p.id).toEqual({
        a: Number(p.approximate),
        h: JSON.stringify(p.hedges),
        t: p.treatment,
      });
  });

  it('soft-deletes the Colorado "price" with a tombstone in the change feed, and the seed then agrees', () => {
    expect(get("select deleted_at, version from prices where id = 'colorado-five-week-group-half-price'")).toEqual({
      deleted_at: '2026-12-02T08:50:00.000Z',
      version: 2,
    });
    expect(get("select action, version from changes where record_id = 'colorado-five-week-group-half-price'")).toEqual({
      action: 'deleted',
      version: 2,
    });
    // Every seeded record is still there, and the seed finds nothing to keep: only text changes remain.
    // The seed's records the database lacks are new: the conditions (migration 0011 created their table empty) and the
    // records later corrections add (seed/load.ts ADDED_BY_MIGRATIONS), counted from the database, not listed.
    const absent = resources.flatMap((r) =>
      (seedData as unknown as Record<string, { id: string }[]>)[r.tableName]!.filter(
        (x) => !get(`select 1 as found from ${r.tableName} where id = ?`, x.id),
      ),
    );
    expect(absent.length).toBeGreaterThanOrEqual(seedData.conditions.length);
    const report = loadSeed(db);
    expect(report.created).toBe(absent.length);
    expect(report.kept_edits).toEqual([]);
  });
});

/**
 * Migration 0020 (audit 9 L2, L3, L6): an existing database gets the seed's quotes closed as the article closes them,
 * the quoted speakers as `via` (items joining the article's words to a speaker's split in two or three), the excerpts
 * widened to the speakers they name, and wording that no longer addresses the reader, for every seeded record still
 * stored as seeded; what an editor changed is left alone.
 */
describe('upgrading an existing database (migration 0020)', () => {
  const db = oldDatabase();
  const get = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
  const items = (id: string) =>
    JSON.parse(get<{ items: string }>('select items from guides where id = ?', id).items) as Record<string, unknown>[];
  // Edited before the upgrade: a summary 0020 rewrites, and one of the readiness questions it rewrites.
  const readiness = seedData.guides.find((g) => g.id === 'guide-readiness')!;
  const question = before0020(readiness.items[1]!.text);
  expect(question).not.toBe(readiness.items[1]!.text);
  db.$client
    .prepare("update guides set summary = 'An editor’s summary.' where id = 'guide-side-effects-and-risks'")
    .run();
  db.$client
    .prepare('update guides set items = ? where id = ?')
    .run(
      JSON.stringify(
        items('guide-readiness').map((i) => (i.text === question ? { ...i, text: 'An editor’s question.' } : i)),
      ),
      'guide-readiness',
    );
  migrateDb(db);

  const rewritten = (text: string) =>
    text in TEXTS_BEFORE_0020 || ITEMS_JOINED_BEFORE_0020.some((j) => j.texts.includes(text));

  it('gives every seeded guide item it rewrites, or that quotes a reported speaker, the seeded text and scope', () => {
    let n = 0;
    for (const g of seedData.guides)
      for (const item of g.items.filter((i) => rewritten(i.text) || i.scope.via)) {
        if (item.text === readiness.items[1]!.text) continue;
        expect(items(g.id), `${g.id}: ${item.text}`).toContainEqual(item);
        n++;
      }
    expect(n).toBeGreaterThan(25);
    // The split items sit where the item they replace was, in the seed's order.
    for (const j of ITEMS_JOINED_BEFORE_0020) {
      const texts = items(j.guide).map((i) => i.text);
      const at = texts.indexOf(j.texts[0]!);
      expect(texts.slice(at, at + j.texts.length), j.guide).toEqual(j.texts);
      expect(texts, j.guide).not.toContain(j.was);
    }
  });

  it('gives every other seeded text it rewrites (summaries, descriptions, notes, rules, steps, excerpts) the seed’s', () => {
    let n = 0;
    for (const r of resources)
      for (const record of seedData[r.tableName as keyof typeof seedData]) {
        const parsed = r.input.parse(record) as { id: string; citations: { excerpt: string }[] };
        // A text 0020 rewrote, and 0026 may have rewritten since (it ends as the seed's either way).
        for (const [column, value] of Object.entries(r.toRow(parsed)))
          if (
            typeof value === 'string' &&
            (TEXTS_BEFORE_0026[value] ?? value) in TEXTS_BEFORE_0020 &&
            parsed.id !== 'guide-side-effects-and-risks'
          ) {
            expect(get(`select "${column}" as v from ${r.tableName} where id = ?`, parsed.id), parsed.id).toEqual({
              v: value,
            });
            n++;
          }
        for (const [position, c] of parsed.citations.entries())
          if (c.excerpt in TEXTS_BEFORE_0020) {
            expect(
              get(
                'select excerpt from citations where collection = ? and record_id = ? and position = ?',
                r.tableName,
                parsed.id,
                position,
              ),
            ).toEqual({ excerpt: c.excerpt });
            n++;
          }
      }
    expect(n).toBeGreaterThan(5);
    const rules = (id: string) =>
      JSON.parse(get<{ r: string }>('select practical_rules as r from session_phases where id = ?', id).r);
    for (const p of seedData.session_phases.filter((x) => x.practical_rules.some((r) => rewritten(r.rule))))
      expect(rules(p.id), p.id).toEqual(p.practical_rules);
    const steps = (id: string) =>
      JSON.parse(get<{ s: string }>('select access_steps as s from organizations where id = ?', id).s);
    for (const o of seedData.organizations.filter((x) => x.access_steps.some((s) => rewritten(s.text))))
      expect(steps(o.id), o.id).toEqual(o.access_steps);
  });

  it('leaves what an editor changed alone', () => {
    expect(get("select summary from guides where id = 'guide-side-effects-and-risks'")).toEqual({
      summary: 'An editor’s summary.',
    });
    const edited = items('guide-readiness').find((i) => i.text === 'An editor’s question.');
    expect(edited).toBeDefined();
    expect(items('guide-readiness').map((i) => i.text)).not.toContain(readiness.items[1]!.text);
  });
});

describe('upgrading an existing database (migration 0027: a title no source gives is marked, audit 11 A11-3)', () => {
  const KAIR = 'kair-group-therapy-unpacked';
  const WHO = "the World Health Organization's mental health resources offer valuable guidance";
  const cite = (...excerpts: string[]) =>
    excerpts.map((excerpt) => ({ source_id: KAIR, excerpt, section: 'Finding your team' }));
  // What editors wrote before the upgrade: a title Katalog describes, one an excerpt writes, one cut across two
  // excerpts of one source (given, read in order; not given out of order), and one a study lists no field of.
  const editors = {
    sources: [
      { id: 'editor-described', title: 'WHO guidance pages', citations: cite(WHO), want: true },
      { id: 'editor-titled', title: 'mental health resources', citations: cite(WHO), want: false },
    ],
    studies: [
      { id: 'editor-cut', title: 'A title cut in two', citations: cite('A title cut', 'in two'), want: false },
      // Read out of order, the two excerpts do not write the title (titleJoin: an excerpt and the next one).
      { id: 'editor-reversed', title: 'A title cut in two', citations: cite('in two', 'A title cut'), want: true },
      { id: 'editor-study', title: 'An editor’s study', citations: cite(WHO), want: true },
    ],
  };
  const works = resources.filter((r) => r.tableName === 'sources' || r.tableName === 'studies');
  const unmarked = (row: Record<string, unknown>) => {
    const { title_inferred: _mark, ...rest } = row;
    return Array.isArray(rest.inferred_fields)
      ? { ...rest, inferred_fields: (rest.inferred_fields as string[]).filter((f) => f !== 'title') }
      : rest;
  };
  const at = OLD_SEED_TIMESTAMP;
  // A database before 0027 holding the sources and studies as the seed stored them then (no mark: plain inserts, the
  // table has no column for it yet), each with the revision the seed logged, and the editors' records.
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0027_source_title_inferred'));
  const revisions: [string, string, Record<string, unknown>][] = [];
  db.$client.transaction(() => {
    for (const r of works) {
      const seeded = (seedData as unknown as Record<string, Record<string, unknown>[]>)[r.tableName]!;
      const template = seeded[seeded.length - 1]!;
      const records = [
        ...seeded.map((x) => ({ record: x, actor: SEED_ACTOR })),
        ...editors[r.tableName as 'sources' | 'studies'].map(({ want: _w, ...x }) => ({
          record: {
            ...template,
            ...x,
            url: null,
            source_id: null,
            inferred_fields: r.tableName === 'studies' ? ['design'] : undefined,
          },
          actor: 'anna',
        })),
      ];
      for (const { record, actor } of records) {
        // The writable fields without today's rules (a title no excerpt writes could be left unmarked then).
        const parsed = unmarked(r.writable.parse(record) as Record<string, unknown>) as Record<string, unknown> & {
          id: string;
          citations: Record<string, unknown>[];
        };
        const row = unmarked(r.toRow(parsed as never));
        insertRow(db, r.tableName, { ...row, id: parsed.id, version: 1, created_at: at, updated_at: at });
        for (const [position, c] of parsed.citations.entries())
          insertRow(db, 'citations', { ...c, collection: r.tableName, record_id: parsed.id, position });
        revisions.push([r.tableName, actor, { ...parsed, version: 1, created_at: at, updated_at: at }]);
      }
    }
    for (const [collection, actor, after] of revisions)
      insertRow(db, 'revisions', {
        collection,
        record_id: after.id,
        version: 1,
        action: 'created',
        actor,
        at,
        before: null,
        after: JSON.stringify(after),
      });
  })();
  migrateDb(db);
  const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');
  const marks = (table: string) =>
    Object.fromEntries(
      (db.$client.prepare(`select * from ${table}`).all() as Record<string, unknown>[]).map((x) => [
        x.id,
        table === 'sources'
          ? x.title_inferred === 1
          : (JSON.parse(String(x.inferred_fields)) as string[]).includes('title'),
      ]),
    );

  it('gives every seeded source and study the seed’s mark, every field list the seed’s', () => {
    const fresh = openDb(':memory:');
    migrateDb(fresh);
    loadSeed(fresh);
    for (const table of ['sources', 'studies'])
      for (const record of (seedData as unknown as Record<string, { id: string }[]>)[table]!) {
        const sql = `select ${table === 'sources' ? 'title_inferred' : 'inferred_fields'} as mark from ${table} where id = ?`;
        expect(db.$client.prepare(sql).get(record.id), `${table}/${record.id}`).toEqual(
          fresh.$client.prepare(sql).get(record.id),
        );
      }
    fresh.$client.close();
  });

  it('marks an editor’s record by the same rule (an excerpt writes the title, or two of one source read together)', () => {
    for (const table of ['sources', 'studies'] as const)
      for (const e of editors[table]) expect(marks(table)[e.id], `${table}/${e.id}`).toBe(e.want);
    expect(db.$client.prepare("select inferred_fields from studies where id = 'editor-study'").get()).toEqual({
      inferred_fields: '["design","title"]',
    });
  });

  it('publishes exactly the records it marked (a source left unmarked holds the write default, not a change)', () => {
    const marked =
      Object.values(marks('sources')).filter(Boolean).length + Object.values(marks('studies')).filter(Boolean).length;
    expect(marked).toBe(
      seedData.sources.filter((s) => s.title_inferred).length +
        seedData.studies.filter((s) => (s.inferred_fields ?? []).includes('title')).length +
        [...editors.sources, ...editors.studies].filter((e) => e.want).length,
    );
    expect(published).toBe(marked);
    // The seed then finds nothing left to correct in them.
    const report = loadSeed(db);
    expect(report.updated).toBe(0);
    expect(report.kept_edits).toEqual([]);
    db.$client.close();
  });
});
