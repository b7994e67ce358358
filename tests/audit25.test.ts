/**
 * Audit 25: statements derived from the contraindications and prices that said more, or other, than their sources.
 * - A25-1: `active-substance-use-group-format` joined "severe substance use", which the Canadian article says of the group
 *   format only ("generally exclusions for group format"), to its format table's row "Active substance use disorder
 *   (exclusion in both)", and gave the joint statement the row's scope (ketamine therapy in general, any format). The
 *   record now says what the article's text says of the group format; the row is a record of its own (migration 0048,
 *   and the record start-up adds after it: seed/load.ts ADDED_BY_MIGRATIONS).
 * - A25-2: a group exclusion's sentence read "names it as a reason the group format may not fit": a "may" no source
 *   writes, for "generally exclusions" and "not a candidate".
 * - A25-3 (prices as JSON-LD: a market-wide figure is no one's Offer) is tested in tests/jsonld.test.ts and
 *   tests/attribution.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { ADDED_BY_MIGRATIONS, loadSeed, publishMigrations, SEED_ACTOR, seedOnStart } from '../seed/load.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { hedgeParts } from '../src/jsonld/statements.js';
import { startApp, type TestApp } from './helpers.js';
import { BEFORE_0048, loadSeedBefore, migrationsBefore, republishedBy, seedBefore } from './old-database.js';
import { changeEvents, freshSeeded, jsonValue, rowOf, versionsOf } from './upgraded-records.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

const GKT = 'group-ketamine-therapy-canada';
const GROUP = 'contraindications/active-substance-use-group-format';
const BOTH = 'contraindications/active-substance-use-disorder-both-formats';
const TABLE = 'When group fits versus when individual is safer';
type Flag = { source: string; id: string; says: string };
/** The excerpts the group-format record cites, in order. */
const excerpts = (db: ReturnType<typeof openDb>) =>
  (
    db.$client
      .prepare(
        "select excerpt from citations where collection = 'contraindications' and record_id = 'active-substance-use-group-format' order by position",
      )
      .all() as { excerpt: string }[]
  ).map((c) => c.excerpt);

describe('a statement said of both formats names only what its table row names (A25-1)', () => {
  // Per class: a record whose hedge quotes a table cell naming both formats states that row, so the condition it
  // names is the row's, word for word; words of another passage ("severe substance use", said of the group format
  // alone) are not stated of both formats.
  const ofBoth = seedData.contraindications.filter((c) => hedgeParts(c.scope).some((p) => /\bboth\b/i.test(p)));

  it('holds for every such record of the seed (and there is one)', () => {
    expect(ofBoth.map((c) => c.id)).toEqual(['active-substance-use-disorder-both-formats']);
    for (const c of ofBoth) {
      const rows = c.citations.filter(
        (x) => x.section === TABLE && hedgeParts(c.scope).some((p) => x.excerpt.includes(p)),
      );
      expect(rows.length, c.id).toBeGreaterThan(0);
      expect(
        rows.some((x) => x.excerpt.toLowerCase().startsWith(c.condition.toLowerCase())),
        c.id,
      ).toBe(true);
      expect(c.applies_to, c.id).toBe('any');
    }
  });

  it('serves the group format’s statement and the row’s apart, each with its own scope', async () => {
    const group = (await t.http.get(`/v1/${GROUP}`).expect(200)).body.data;
    expect(group.applies_to).toBe('group');
    expect(group.scope).toMatchObject({ level: 'format', format: 'group', stated_by: [GKT], inferred: false });
    expect(hedgeParts(group.scope)).not.toContain('(exclusion in both)');
    const both = (await t.http.get(`/v1/${BOTH}`).expect(200)).body.data;
    expect(both.condition).toBe('Active substance use disorder');
    expect(both.applies_to).toBe('any');
    expect(both.scope).toMatchObject({
      level: 'ketamine_therapy',
      format: null,
      stated_by: [GKT],
      hedge: '(exclusion in both)',
    });
    // Each hedge word is in one of the record's excerpts.
    for (const c of [group, both])
      for (const words of hedgeParts(c.scope))
        expect(
          c.citations.some((x: { excerpt: string }) => x.excerpt.includes(words)),
          words,
        ).toBe(true);
  });

  it('the Canadian article’s group exclusions include substance use; what it says of any format names no "severe substance use"', async () => {
    const list = async (q: string) =>
      (await t.http.get(`/v1/contraindications?stated_by=${GKT}&limit=100&${q}`).expect(200)).body.data as {
        id: string;
        condition: string;
      }[];
    expect((await list('applies_to=group')).map((c) => c.id)).toContain('active-substance-use-group-format');
    const any = await list('applies_to=any');
    expect(any.map((c) => c.id)).toContain('active-substance-use-disorder-both-formats');
    for (const c of any) expect(c.condition, c.id).not.toMatch(/severe substance use/i);
  });

  it('the fit check says the group statement is of the group format, and lists the row under both formats', async () => {
    const check = async (situation: string) =>
      (await t.http.get(`/v1/format-fit/check?situation=${situation}`).expect(200)).body.data as {
        group: Flag[];
        individual: Flag[];
      };
    const group = await check('active-substance-use-group-format');
    const own = group.group.filter(
      (f) => f.source === 'contraindications' && f.id === 'active-substance-use-group-format',
    );
    expect(own).toHaveLength(1);
    expect(own[0]?.says).not.toContain('not limit it to the group format');
    expect(own[0]?.says).toContain('said of the group format');
    expect(
      group.individual.filter((f) => f.source === 'contraindications' && f.id === 'active-substance-use-group-format'),
    ).toEqual([]);
    const both = await check('active-substance-use-disorder-both-formats');
    for (const column of [both.group, both.individual]) {
      const flag = column.find(
        (f) => f.source === 'contraindications' && f.id === 'active-substance-use-disorder-both-formats',
      );
      expect(flag?.says).toContain('in words that do not limit it to the group format');
      expect(flag?.says).toContain('"(exclusion in both)"');
    }
  });
});

describe('a group exclusion is said in no weaker words than its source’s (A25-2)', () => {
  it.each(seedData.contraindications.filter((c) => c.category === 'group_specific').map((c) => c.id))(
    '%s',
    async (id) => {
      const c = seedData.contraindications.find((x) => x.id === id)!;
      const says = (await t.http.get(`/v1/format-fit/check?situation=${id}`).expect(200)).body.data.group.find(
        (f: Flag) => f.source === 'contraindications' && f.id === id,
      )?.says as string;
      const doc = (await t.http.get(`/v1/contraindications/${id}.jsonld`).expect(200)).body;
      for (const text of [says, doc.description])
        if (c.inferred) expect(text).toMatch(/^Katalog infers/);
        else expect(text).not.toMatch(/\bmay not fit\b/);
      if (!c.inferred && !c.scope.via) expect(says).toMatch(/names it as a reason against the group format/);
    },
  );
});

describe('migration 0048 upgrades a database seeded before it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0048-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = freshSeeded();
  const TAG = '0048_audit25_substance_use_scope';
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, TAG));
  loadSeedBefore(db, seedBefore('0048'));
  const before = versionsOf(db, republishedBy('0048'));
  const eventsBefore = changeEvents(db);

  it('starts from the record as it was, and without the row’s (the test is not vacuous)', () => {
    expect(ADDED_BY_MIGRATIONS[TAG]).toEqual([BOTH]);
    expect(republishedBy('0048')).toEqual([GROUP]);
    for (const [column, value] of Object.entries(BEFORE_0048[GROUP] ?? {}).filter(([c]) => c !== 'citations')) {
      expect(jsonValue(rowOf(db, GROUP)[column]), column).toEqual(jsonValue(value));
      expect(jsonValue(rowOf(fresh, GROUP)[column]), column).not.toEqual(jsonValue(value));
    }
    expect(excerpts(db)).toEqual(
      (BEFORE_0048[GROUP] as { citations: { excerpt: string }[] }).citations.map((c) => c.excerpt),
    );
    expect(excerpts(fresh)).toHaveLength(4);
    expect(rowOf(db, BOTH)).toBeUndefined();
  });

  it('corrects the record and publishes it; start-up then adds the row’s once, through the record store', () => {
    migrateDb(db);
    for (const column of Object.keys(BEFORE_0048[GROUP] ?? {}).filter((c) => c !== 'citations'))
      expect(jsonValue(rowOf(db, GROUP)[column]), column).toEqual(jsonValue(rowOf(fresh, GROUP)[column]));
    // It no longer cites the table's row (nor its headers): a statement citing a row states its cells.
    expect(excerpts(db)).toEqual(excerpts(fresh));
    // Neither the migration nor publishing adds a record: start-up does, after the collections a migration added.
    const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');
    expect(published).toBe(1);
    expect(rowOf(db, BOTH)).toBeUndefined();
    const after = versionsOf(db, [GROUP]);
    expect(after[GROUP]).toBe((before[GROUP] as number) + 1);
    const started = new Date().toISOString();
    const seeded = seedOnStart(db);
    expect(seeded).toMatchObject({ first: false, collections: [], added: [BOTH], skipped: [] });
    expect(changeEvents(db) - eventsBefore).toBe(2);
    const created = db.$client
      .prepare("select action, changed_at from changes where collection = 'contraindications' and record_id = ?")
      .all('active-substance-use-disorder-both-formats') as { action: string; changed_at: string }[];
    expect(created.map((c) => c.action)).toEqual(['created']);
    // Dated when written, so a partner syncing with updated_since sees it.
    expect(created[0]!.changed_at >= started).toBe(true);
    const revision = db.$client
      .prepare("select action, actor from revisions where collection = 'contraindications' and record_id = ?")
      .all('active-substance-use-disorder-both-formats');
    expect(revision).toEqual([{ action: 'created', actor: SEED_ACTOR }]);
    // Its columns and citations are the seed's: a seed run finds nothing to write.
    for (const column of ['condition', 'applies_to', 'scope', 'note', 'category'])
      expect(jsonValue(rowOf(db, BOTH)[column]), column).toEqual(jsonValue(rowOf(fresh, BOTH)[column]));
    expect(loadSeed(db)).toMatchObject({ created: 0, updated: 0 });
    // Once: start-up again, and publishing again, write nothing.
    expect(seedOnStart(db)).toBeUndefined();
    expect(publishMigrations(db, '2030-01-02T00:00:00.000Z')).toBe(0);
    expect(changeEvents(db) - eventsBefore).toBe(2);
  });

  it('leaves a record an editor changed as the editor wrote it, and still adds the row’s', () => {
    const edited = openDb(':memory:');
    migrateDb(edited, migrationsBefore(dir, TAG));
    loadSeedBefore(edited, seedBefore('0048'));
    const mine = 'An editor’s note.';
    edited.$client
      .prepare('update contraindications set note = ? where id = ?')
      .run(mine, 'active-substance-use-group-format');
    migrateDb(edited);
    publishMigrations(edited, '2030-01-01T00:00:00.000Z');
    seedOnStart(edited);
    expect(rowOf(edited, GROUP).note).toBe(mine);
    expect(rowOf(edited, GROUP).applies_to).toBe('any');
    expect(excerpts(edited)).toHaveLength(6);
    expect(rowOf(edited, BOTH).version).toBe(1);
  });

  it.each([
    [
      'its citations',
      "delete from citations where collection = 'contraindications' and record_id = ? and position = 5",
    ],
    ['its deletion', "update contraindications set deleted_at = '2029-01-01T00:00:00.000Z' where id = ?"],
    // Any other field, as the API writes it: the latest revision is the editor's (review 38b R38b-2).
    [
      'its category',
      "insert into revisions (collection, record_id, version, action, actor, at, before, after) select 'contraindications', id, version, 'updated', 'editor', '2029-01-01T00:00:00.000Z', null, null from contraindications where id = ?",
    ],
  ])('leaves the record whole when an editor changed %s (review 38 R38-4, R38-6)', (_what, edit) => {
    const edited = openDb(':memory:');
    migrateDb(edited, migrationsBefore(dir, TAG));
    loadSeedBefore(edited, seedBefore('0048'));
    edited.$client.prepare(edit).run('active-substance-use-group-format');
    const cited = excerpts(edited);
    migrateDb(edited);
    expect(rowOf(edited, GROUP).applies_to).toBe('any');
    expect(excerpts(edited)).toEqual(cited);
  });

  it('adds nothing where a record holds the id already, live or deleted', () => {
    const kept = openDb(':memory:');
    migrateDb(kept, migrationsBefore(dir, TAG));
    loadSeedBefore(kept, seedBefore('0048'));
    // An editor's record of that id, since deleted: a tombstone is the editor's decision.
    const row = rowOf(fresh, BOTH);
    const columns = Object.keys(row);
    kept.$client
      .prepare(`insert into contraindications (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`)
      .run(...columns.map((c) => (c === 'deleted_at' ? '2029-01-01T00:00:00.000Z' : row[c])));
    migrateDb(kept);
    const events = changeEvents(kept);
    expect(publishMigrations(kept, '2030-01-01T00:00:00.000Z')).toBe(1);
    expect(seedOnStart(kept)).toBeUndefined();
    expect(changeEvents(kept) - events).toBe(1);
    expect(rowOf(kept, BOTH).deleted_at).toBe('2029-01-01T00:00:00.000Z');
  });

  it('on a first start the seed writes the record once', () => {
    const first = openDb(':memory:');
    migrateDb(first);
    expect(publishMigrations(first, '2030-01-01T00:00:00.000Z')).toBe(0);
    expect(rowOf(first, BOTH)).toBeUndefined();
    const seeded = seedOnStart(first);
    expect(seeded).toMatchObject({ first: true, added: [], skipped: [] });
    expect(rowOf(first, BOTH).version).toBe(1);
  });
});

describe('a record a correction adds, on a database that cannot take it (review 38 R38-1)', () => {
  it('is skipped and said, never a failed start-up, and added once the database can', () => {
    const db = openDb(':memory:');
    try {
      migrateDb(db);
      loadSeed(db);
      // A database without the record, and without the source it cites (live): as a catalogue of its own would be.
      const id = BOTH.split('/')[1];
      db.$client.prepare("delete from citations where collection = 'contraindications' and record_id = ?").run(id);
      db.$client.prepare('delete from contraindications where id = ?').run(id);
      const hide = db.$client.prepare('update sources set deleted_at = ? where id = ?');
      hide.run('2029-01-01T00:00:00.000Z', GKT);
      const seeded = seedOnStart(db);
      expect(seeded?.added).toEqual([]);
      expect(seeded?.skipped).toHaveLength(1);
      expect(seeded?.skipped[0]).toContain('active-substance-use-disorder-both-formats');
      expect(rowOf(db, BOTH)).toBeUndefined();
      hide.run(null, GKT);
      expect(seedOnStart(db)?.added).toEqual([BOTH]);
      expect(rowOf(db, BOTH).version).toBe(1);
    } finally {
      db.$client.close();
    }
  });
});
