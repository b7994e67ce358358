/**
 * Audit 9 L11, L12, L13 (content10c), per class:
 * - a finding's figure is a result, never the time it was measured: no finding stores its study's follow-up or length
 *   as its value (L12: "benefits persisting six months later" stored as value 6 months, so `value_gte=5` matched it);
 * - no seeded text names a place neither article writes (L13: "(both in Alberta)");
 * - migration 0024 gives an existing database these fixes, the guide titles and the candidacy sentence's general scope
 *   (L11) for every record still stored as seeded,
 *   and leaves what an editor changed alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadArticles } from '../seed/verify.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { loadSeedBefore, migrationsBefore, TEXTS_BEFORE_0024 } from './old-database.js';

const articles = loadArticles();

describe('a finding’s figure is a measured result', () => {
  it('no finding stores its study’s follow-up or length as its value', () => {
    for (const f of seedData.findings) {
      const study = seedData.studies.find((s) => s.id === f.study_id)!;
      if (f.value_unit === 'months') expect(f.value, f.id).not.toBe(study.follow_up_months);
      if (f.value_unit === 'months' && study.duration_weeks !== null)
        expect(f.value, f.id).not.toBe(Math.round((study.duration_weeks * 7) / 30));
    }
    const persist = seedData.findings.find((f) => f.id === 'firefighters-benefits-persist-six-months')!;
    expect([persist.value, persist.value_unit]).toEqual([null, null]);
  });
});

describe('no seeded text names a province or state neither article writes', () => {
  it.runIf(articles)('holds for every string of every record', () => {
    const text = [...(articles?.values() ?? [])].join('\n');
    const PLACES = ['Alberta', 'British Columbia', 'Ontario', 'California', 'Colorado'].filter(
      (p) => !text.includes(p),
    );
    expect(PLACES).toContain('Alberta');
    const hits = Object.entries(seedData).flatMap(([c, records]) =>
      (records as { id: string }[]).flatMap((r) =>
        PLACES.filter((p) => JSON.stringify(r).includes(p)).map((p) => `${c}/${r.id}: ${p}`),
      ),
    );
    expect(hits).toEqual([]);
  });
});

describe('migration 0024 upgrades an existing database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0024-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives every record still stored as seeded the seed’s value, and leaves an edited one alone', () => {
    const db = openDb(':memory:');
    try {
      migrateDb(db, migrationsBefore(dir, '0024_audit9_wording'));
      loadSeedBefore(db);
      const sqlite = db.$client;
      // As the seed stored them before: the old wording and figure (one description edited by an editor since).
      const programs = ['atma-cena-psycholytic-pathway', 'atma-cena-psychedelic-pathway', 'atma-cena-customized-kat'];
      for (const id of programs)
        sqlite
          .prepare(
            `update programs set description = replace(description, 'Edmonton and Calgary deliver', 'Edmonton and Calgary (both in Alberta) deliver') where id = ?`,
          )
          .run(id);
      sqlite
        .prepare(`update programs set description = description || ' Edited.' where id = 'atma-cena-customized-kat'`)
        .run();
      sqlite
        .prepare(
          `update guides set title = 'Who may be a candidate for group ketamine therapy' where id = 'guide-candidacy'`,
        )
        .run();
      sqlite
        .prepare(
          `update findings set value = 6, value_unit = 'months', value_qualifier = 'exact' where id = 'firefighters-benefits-persist-six-months'`,
        )
        .run();
      // The Roots to Thrive statements with the general clause, and the format-level item without it (L11).
      for (const [table, column, key, id] of [
        ['guides', 'items', 'text', 'guide-candidacy'],
        ['session_phases', 'practical_rules', 'rule', 'pre-session-preparation'],
      ] as const) {
        const row = sqlite.prepare(`select ${column} as v from ${table} where id = ?`).get(id) as { v: string };
        const list = (JSON.parse(row.v) as Record<string, string>[]).map((x) => ({
          ...x,
          [key]: TEXTS_BEFORE_0024[x[key] as string] ?? x[key],
        }));
        sqlite.prepare(`update ${table} set ${column} = ? where id = ?`).run(JSON.stringify(list), id);
      }
      migrateDb(db);
      const get = (sql: string, id: string) => sqlite.prepare(sql).get(id) as Record<string, unknown>;
      expect(JSON.parse(String(get('select items as v from guides where id = ?', 'guide-candidacy').v))).toEqual(
        seedData.guides.find((g) => g.id === 'guide-candidacy')!.items,
      );
      expect(
        JSON.parse(
          String(get('select practical_rules as v from session_phases where id = ?', 'pre-session-preparation').v),
        ),
      ).toEqual(seedData.session_phases.find((p) => p.id === 'pre-session-preparation')!.practical_rules);
      for (const id of programs.slice(0, 2))
        expect(get('select description as d from programs where id = ?', id).d, id).toBe(
          seedData.programs.find((p) => p.id === id)!.description,
        );
      expect(String(get('select description as d from programs where id = ?', programs[2]!).d)).toContain(
        '(both in Alberta)',
      );
      expect(get('select title as t from guides where id = ?', 'guide-candidacy').t).toBe(
        seedData.guides.find((g) => g.id === 'guide-candidacy')!.title,
      );
      expect(
        get(
          'select value as v, value_unit as u, value_qualifier as q from findings where id = ?',
          'firefighters-benefits-persist-six-months',
        ),
      ).toEqual({ v: null, u: null, q: null });
    } finally {
      db.$client.close();
    }
  });
});
