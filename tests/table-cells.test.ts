/**
 * A table cell stays with its column (audit 10 N1 and the third reader of 9d4c74f): the Canadian article's format table
 * ("Group format generally appropriate" | "Individual format safer") is the format-fit collection, one row per
 * situation, each cell with its column. A statement elsewhere (a contraindication, a condition's role statement) that
 * cites a row states one cell, and is checked here against the served rows, for every statement of every record:
 * - it is said of that cell's column: the group format for the group cell, the individual format for the individual
 *   cell, ketamine therapy in general for a cell that names both formats ("(exclusion in both)");
 * - its hedge keeps every qualifier of the cell it states ("(or exclusion)", "(after stabilization)") and none of
 *   another column's cell: "(after stabilization)" qualifies "Individual format safer", never an exclusion;
 * - where the row's columns were lost in extraction, a statement of a cell says the column is Katalog's reading;
 * - the derived texts of a contraindication (fit check, JSON-LD category) quote no cell its statement does not state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../seed/load.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { hedgeParts } from '../src/jsonld/statements.js';
import { everyPage, startApp, type TestApp } from './helpers.js';
import { BEFORE_0026, loadSeedBefore, migrationsBefore, seedBefore0026 } from './old-database.js';

type Citation = { source_id: string; excerpt: string; section: string | null };
type Scope = { level: string; format: string | null; hedge: string | null; inferred: boolean };
type Row = {
  id: string;
  situation: string;
  group_format: string | null;
  individual_format: string | null;
  inferred: boolean;
  citations: Citation[];
};
type Statement = { where: string; scope: Scope; citations: Citation[] };

const TABLE = 'When group fits versus when individual is safer';
const COLUMNS = ['group', 'individual'] as const;
type Column = (typeof COLUMNS)[number];

let t: TestApp;
let rows: Row[];
let statements: Statement[];
let contraindications: { id: string; scope: Scope; citations: Citation[] }[];
beforeAll(async () => {
  t = await startApp();
  rows = (await everyPage(t, 'format-fit', new URLSearchParams())) as Row[];
  contraindications = (await everyPage(t, 'contraindications', new URLSearchParams())) as typeof contraindications;
  const conditions = (await everyPage(t, 'conditions', new URLSearchParams())) as {
    id: string;
    role_statements: { role: string; scope: Scope; citations: Citation[] }[];
  }[];
  statements = [
    ...contraindications.map((c) => ({ where: `contraindications/${c.id}`, scope: c.scope, citations: c.citations })),
    ...conditions.flatMap((c) =>
      c.role_statements.map((s, i) => ({
        where: `conditions/${c.id}.role_statements[${i}] (${s.role})`,
        scope: s.scope,
        citations: s.citations,
      })),
    ),
  ];
});
afterAll(() => t.close());

const cellOf = (row: Row, column: Column) => (column === 'group' ? row.group_format : row.individual_format);
/** The qualifiers a cell writes in brackets: "(or exclusion)", "(exclusion in both)". */
const qualifiers = (cell: string | null) => [...(cell ?? '').matchAll(/\([^()]+\)/g)].map((m) => m[0]);
const namesBoth = (cell: string | null) => /\bboth\b/i.test(cell ?? '');
/** The row a citation quotes: a table excerpt that starts with the row's situation. */
const rowOf = (c: Citation) => rows.find((r) => c.section === TABLE && c.excerpt.startsWith(r.situation));
/** The columns a statement states of a row: its format's, or those whose cell names both formats for a general one. */
function stated(scope: Scope, row: Row): Column[] {
  if (scope.level === 'format') return COLUMNS.filter((c) => c === scope.format);
  if (scope.level === 'ketamine_therapy') return COLUMNS.filter((c) => namesBoth(cellOf(row, c)));
  return [];
}

describe('a statement that cites a row of the format table states a cell with its own column', () => {
  it('finds the statements that cite rows (the check is not vacuous)', () => {
    const citing = statements.filter((s) => s.citations.some(rowOf));
    expect(citing.length).toBeGreaterThanOrEqual(8);
    // Both columns, and a cell naming both formats, are among what is checked.
    const columns = new Set(
      citing.flatMap((s) => s.citations.flatMap((c) => (rowOf(c) ? stated(s.scope, rowOf(c)!) : []))),
    );
    expect([...columns].sort()).toEqual(['group', 'individual']);
  });

  it('says it of the cell’s column, keeps that cell’s qualifiers and no other column’s', () => {
    const wrong: string[] = [];
    for (const s of statements)
      for (const row of new Set(s.citations.map(rowOf).filter((r): r is Row => !!r))) {
        const columns = stated(s.scope, row);
        const parts = hedgeParts(s.scope);
        // A general statement of a row whose cells name neither format both: nothing in the row says it of both.
        if (s.scope.level === 'ketamine_therapy' && !columns.length)
          wrong.push(`${s.where}: general, but no cell of ${row.id} names both formats`);
        const own = columns.flatMap((column) => qualifiers(cellOf(row, column)));
        for (const q of own) if (!parts.includes(q)) wrong.push(`${s.where}: drops ${q} of its cell of ${row.id}`);
        for (const column of COLUMNS.filter((c) => !columns.includes(c)))
          for (const q of qualifiers(cellOf(row, column)))
            if (parts.includes(q) && !own.includes(q))
              wrong.push(
                `${s.where}: hedges with ${q} (${column} cell of ${row.id}), said of ${columns.join(', ') || s.scope.level}`,
              );
        // A cell whose column was lost in extraction: the column is Katalog's reading, and the scope says so.
        if (row.inferred && columns.some((c) => cellOf(row, c) !== null) && !s.scope.inferred)
          wrong.push(`${s.where}: states a cell of ${row.id} whose column is Katalog's reading, scope not inferred`);
      }
    expect(wrong).toEqual([]);
  });

  it('a condition that cites a row states each of its marked cells, so no cell is dropped (audit 10 N1)', () => {
    const missing: string[] = [];
    const records = new Map<string, Statement[]>();
    for (const s of statements.filter((x) => x.where.startsWith('conditions/'))) {
      const id = s.where.split(/[/.]/)[1] as string;
      records.set(id, [...(records.get(id) ?? []), s]);
    }
    for (const [id, list] of records)
      for (const row of new Set(list.flatMap((s) => s.citations.map(rowOf)).filter((r): r is Row => !!r)))
        for (const column of COLUMNS.filter((c) => cellOf(row, c) !== null))
          if (!list.some((s) => s.citations.some((c) => rowOf(c) === row) && stated(s.scope, row).includes(column)))
            missing.push(`conditions/${id}: the ${column} cell of ${row.id} ("${cellOf(row, column)}")`);
    expect(missing).toEqual([]);
  });

  it('a contraindication’s derived texts quote no cell its statement does not state', async () => {
    let checked = 0;
    for (const c of contraindications) {
      const cited = [...new Set(c.citations.map(rowOf).filter((r): r is Row => !!r))];
      if (!cited.length) continue;
      const parts = hedgeParts(c.scope);
      const foreign = cited
        .flatMap((r) => COLUMNS.flatMap((col) => qualifiers(cellOf(r, col))))
        .filter((q) => !parts.includes(q));
      const fit = (await t.http.get(`/v1/format-fit/check?situation=${c.id}`).expect(200)).body.data;
      const doc = (await t.http.get(`/v1/contraindications/${c.id}.jsonld`).expect(200)).body;
      const texts = [
        ...[...fit.group, ...fit.individual]
          .filter((f: { source: string }) => f.source === 'contraindications')
          .map((f: { says: string }) => f.says),
        doc.disambiguatingDescription ?? '',
      ];
      for (const text of texts) for (const q of foreign) expect(text, `${c.id}: ${q}`).not.toContain(`"${q}"`);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});

describe('migration 0026 upgrades a database seeded before it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0026-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const citationsOf = (db: ReturnType<typeof openDb>, collection: string, id: string) =>
    db.$client
      .prepare(
        'select source_id, excerpt, section from citations where collection = ? and record_id = ? order by position',
      )
      .all(collection, id);

  it('gives every record it corrects the seed’s values and citations, and leaves an editor’s alone', () => {
    // Today's seed in a fresh database: what an upgraded one must hold.
    const fresh = openDb(':memory:');
    migrateDb(fresh);
    loadSeed(fresh);
    const db = openDb(':memory:');
    migrateDb(db, migrationsBefore(dir, '0026_table_cells'));
    loadSeedBefore(db, seedBefore0026());
    // Edited through the API before the upgrade: trauma's note, and the citations of the psychosis contraindication.
    db.$client.prepare("update conditions set note = 'An editor’s note.' where id = 'trauma'").run();
    db.$client
      .prepare(
        "update citations set section = 'An editor’s section' where collection = 'contraindications' and record_id = 'active-psychotic-symptoms' and position = 0",
      )
      .run();
    migrateDb(db);
    let checked = 0;
    for (const [key, was] of Object.entries(BEFORE_0026)) {
      const [collection, id] = key.split('/') as [string, string];
      const row = db.$client.prepare(`select * from ${collection} where id = ?`).get(id) as Record<string, unknown>;
      const want = fresh.$client.prepare(`select * from ${collection} where id = ?`).get(id) as Record<string, unknown>;
      for (const column of Object.keys(was).filter((c) => c !== 'citations')) {
        if (key === 'conditions/trauma' && column === 'note') expect(row[column]).toBe('An editor’s note.');
        // JSON columns compared as values (a migration's json_set writes the same JSON, not always the same text).
        else if (typeof want[column] === 'string' && /^[[{]/.test(want[column] as string))
          expect(JSON.parse(String(row[column])), `${key}.${column}`).toEqual(JSON.parse(want[column] as string));
        else expect(row[column], `${key}.${column}`).toBe(want[column]);
        checked++;
      }
      if (!was.citations) continue;
      if (key === 'contraindications/active-psychotic-symptoms')
        expect(citationsOf(db, collection, id)).toHaveLength((was.citations as unknown[]).length);
      else expect(citationsOf(db, collection, id), key).toEqual(citationsOf(fresh, collection, id));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    // The seed then finds nothing left to correct but the two records edited in SQL (the seed wrote them last, so it
    // restores them).
    const report = loadSeed(db);
    expect(report.updated).toBe(2);
  });
});
