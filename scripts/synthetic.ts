/**
 * `npm run db:synthetic -- --programs 100000 [--out data/synthetic.db]`: a separate database with the
 * real seed plus realistic synthetic programs, prices (two per program), studies and findings, for
 * measuring queries at scale. Deterministic (seeded PRNG); prints a progress bar on stderr.
 */
import { parseArgs } from 'node:util';
import { loadSeed } from '../seed/load.js';
import { migrateDb, openDb, removeDb } from '../src/db/client.js';

const { values } = parseArgs({
  options: { programs: { type: 'string', default: '100000' }, out: { type: 'string', default: 'data/synthetic.db' } },
});
const total = Number(values.programs);
if (!Number.isInteger(total) || total < 1 || total > 5_000_000) {
  console.error('--programs must be an integer from 1 to 5000000');
  process.exit(2);
}
const out = values.out as string;

let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const PLACES = [
  ['Nanaimo', 'BC', 'CA'],
  ['Victoria', 'BC', 'CA'],
  ['Vancouver', 'BC', 'CA'],
  ['Calgary', 'AB', 'CA'],
  ['Edmonton', 'AB', 'CA'],
  ['Toronto', 'ON', 'CA'],
  ['Mississauga', 'ON', 'CA'],
  ['Montréal', 'QC', 'CA'],
  ['Denver', 'CO', 'US'],
  ['Boulder', 'CO', 'US'],
  ['San Diego', 'CA', 'US'],
  ['Portland', 'OR', 'US'],
  ['Austin', 'TX', 'US'],
] as const;
const WORDS = [
  'Cedar',
  'Harbour',
  'Summit',
  'River',
  'Meadow',
  'Aurora',
  'Willow',
  'Coast',
  'Prairie',
  'Lantern',
  'Compass',
  'Tide',
];
const KINDS = [
  'Group KAT cohort',
  'Integration circle',
  'Individual KAP pathway',
  'Intensive retreat',
  'Community of practice',
];
const CONDITIONS = [
  'depression',
  'treatment-resistant-depression',
  'anxiety',
  'ptsd',
  'trauma',
  'substance-use-disorder',
  'eating-disorders',
];
const ROUTES = ['intramuscular', 'sublingual', 'intranasal', 'intravenous'];
const STAMP = '2026-11-22T00:00:00.000Z';
const CITE = {
  source_id: 'kair-group-therapy-unpacked',
  excerpt: 'Ketamine Group Therapy Unpacked',
  section: 'Synthetic',
};

function progress(done: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${((done / total) * 100).toFixed(0)}% ${done}/${total} programs`,
  );
}

// A new database on purpose: its marker goes too (see markerOf).
removeDb(out);
const db = openDb(out);
migrateDb(db);
loadSeed(db);
const sqlite = db.$client;
const started = Date.now();

/**
 * The search index is filled after the rows, one statement per table, not by the insert triggers
 * row by row: every statement that writes the FTS5 table through a trigger opens a savepoint, and
 * FTS5 flushes its pending terms into a new segment at each savepoint, so a row-by-row load made
 * one tiny segment per row and merge work that grew with the index (5k programs 4.5 s, 20k 52 s).
 * The insert triggers are set aside during the load and put back unchanged; the update triggers,
 * which hold the same indexing expressions, then index the new rows (UPDATE ... SET version =
 * version changes nothing else), so the indexed text is never written twice.
 */
const INDEXED = ['programs', 'prices', 'studies', 'findings'];
const insertTriggers = sqlite
  .prepare(
    `select name, sql from sqlite_master where type = 'trigger' and name in (${INDEXED.map(() => '?').join(', ')})`,
  )
  .all(...INDEXED.map((t) => `${t}_search_ai`)) as { name: string; sql: string }[];
if (insertTriggers.length !== INDEXED.length) throw new Error('search insert triggers not found: migrations changed?');
for (const t of insertTriggers) sqlite.exec(`drop trigger ${t.name}`);

const insertProgram =
  sqlite.prepare(`insert into programs (id, version, created_at, updated_at, name, organization_id, format, dosing_setting,
  integration_setting, generic, duration_weeks, medicine_sessions, medicine_sessions_max, group_size_min, group_size_max, structure, city, region,
  country, routes, conditions, description, financial_assistance) values (?, 1, ?, ?, ?, null, ?, ?, ?, 0, ?, ?, null, ?, ?, null, ?, ?, ?, ?, ?, ?, '[]')`);
const insertPrice =
  sqlite.prepare(`insert into prices (id, version, created_at, updated_at, program_id, label, format, amount_min_minor,
  amount_max_minor, open_ended, approximate, amount_text, currency, currency_implied, unit, sessions_included, sessions_included_max, tax_note, note)
  values (?, 1, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, 0, ?, ?, null, ?, 'synthetic')`);
const insertStudy =
  sqlite.prepare(`insert into studies (id, version, created_at, updated_at, title, authors, year, journal, journal_reference, url,
  source_id, design, population, intervention, participants, participants_qualifier, duration_weeks, follow_up_months, conditions)
  values (?, 1, ?, ?, ?, '[]', ?, null, null, null, null, 'synthetic cohort', null, null, ?, 'exact', ?, null, ?)`);
const insertFinding =
  sqlite.prepare(`insert into findings (id, version, created_at, updated_at, study_id, condition, measure, value, value_unit,
  value_qualifier, denominator, direction, summary) values (?, 1, ?, ?, ?, ?, ?, ?, 'percent', 'exact', null, 'improved', ?)`);
const insertCitation = sqlite.prepare(
  'insert into citations (collection, record_id, position, source_id, excerpt, section) values (?, ?, 0, ?, ?, ?)',
);
const cite = (collection: string, id: string) =>
  insertCitation.run(collection, id, CITE.source_id, CITE.excerpt, CITE.section);

const studies = Math.max(1, Math.round(total / 100));
sqlite.transaction(() => {
  for (let s = 0; s < studies; s++) {
    const id = `synthetic-study-${s}`;
    insertStudy.run(
      id,
      STAMP,
      STAMP,
      `Synthetic ${pick(KINDS)} study ${s}`,
      int(2015, 2026),
      int(5, 800),
      int(4, 24),
      JSON.stringify([pick(CONDITIONS)]),
    );
    cite('studies', id);
  }
})();

const BATCH = 2000;
for (let start = 0; start < total; start += BATCH) {
  sqlite.transaction(() => {
    for (let i = start; i < Math.min(total, start + BATCH); i++) {
      const id = `synthetic-program-${String(i).padStart(7, '0')}`;
      const [city, region, country] = pick(PLACES);
      const format = rand() < 0.6 ? 'group' : 'individual';
      const weeks = int(1, 26);
      const sessions = int(1, 8);
      const routes = ROUTES.filter(() => rand() < 0.4);
      const conditions = CONDITIONS.filter(() => rand() < 0.3);
      const name = `${pick(WORDS)} ${pick(WORDS)} ${pick(KINDS)} ${i}`;
      insertProgram.run(
        id,
        STAMP,
        STAMP,
        name,
        format,
        format,
        rand() < 0.7 ? 'group' : 'individual',
        weeks,
        sessions,
        format === 'group' ? int(4, 8) : null,
        format === 'group' ? int(8, 40) : null,
        city,
        region,
        country,
        JSON.stringify(routes),
        JSON.stringify(conditions),
        `A synthetic ${format} program in ${city} for ${conditions.join(', ') || 'general mental health'}, ${weeks} weeks, ${sessions} sessions.`,
      );
      cite('programs', id);
      const currency = country === 'CA' ? 'CAD' : 'USD';
      const perSession = int(80, 700) * 100;
      insertPrice.run(
        `${id}-session`,
        STAMP,
        STAMP,
        id,
        `${name} per session`,
        format,
        perSession,
        perSession + int(0, 300) * 100,
        `$${perSession / 100}`,
        currency,
        'per_session',
        1,
        null,
      );
      insertPrice.run(
        `${id}-program`,
        STAMP,
        STAMP,
        id,
        `${name} full program`,
        format,
        perSession * sessions,
        null,
        `$${(perSession * sessions) / 100}`,
        currency,
        'per_program',
        sessions,
        country === 'CA' ? '+ GST' : null,
      );
      cite('prices', `${id}-session`);
      cite('prices', `${id}-program`);
      const fid = `${id}-finding`;
      insertFinding.run(
        fid,
        STAMP,
        STAMP,
        `synthetic-study-${i % studies}`,
        pick(CONDITIONS),
        pick(['GAD-7', 'PCL-5', 'PHQ-9']),
        int(5, 95),
        `Synthetic finding for program ${i}`,
      );
      cite('findings', fid);
    }
  })();
  progress(Math.min(total, start + BATCH));
}
progress(total);
process.stderr.write('\nindexing for search…');
sqlite.transaction(() => {
  for (const t of insertTriggers) sqlite.exec(t.sql);
  for (const table of INDEXED)
    sqlite.prepare(`update ${table} set version = version where id like 'synthetic-%'`).run();
})();
sqlite.exec(`insert into search(search) values ('optimize')`);
sqlite.pragma('optimize');
sqlite.exec('ANALYZE');
process.stderr.write(
  `\nwrote ${out}: ${total} programs, ${total * 2} prices, ${studies} studies, ${total} findings in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
db.$client.close();
