/**
 * `npm run db:synthetic -- --programs 100000 [--out data/synthetic.db]`: a separate database with the
 * real seed plus realistic synthetic programs, prices (two per program), studies and findings, for
 * measuring queries at scale. Deterministic (seeded PRNG); prints a progress bar on stderr.
 */
import type { z } from 'zod';
import { seedData } from '../seed/data/index.js';
import { loadSeed } from '../seed/load.js';
import { migrateDb, openDb, removeDb } from '../src/db/client.js';
import { countingOf } from '../src/query/counting.js';
import { Writer } from '../src/repository/writes.js';
import type { Input, Resource } from '../src/resources/define.js';
import { findingsResource } from '../src/resources/findings/findings.resource.js';
import { resources } from '../src/resources/index.js';
import { pricesResource } from '../src/resources/prices/prices.resource.js';
import { programsResource } from '../src/resources/programs/programs.resource.js';
import { studiesResource } from '../src/resources/studies/studies.resource.js';
import { cliArgs } from './cli-args.js';

const { values } = cliArgs(
  {
    options: { programs: { type: 'string', default: '100000' }, out: { type: 'string', default: 'data/synthetic.db' } },
  },
  'usage: npm run db:synthetic -- [--programs 100000] [--out data/synthetic.db]',
);
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
// Ids of seeded conditions (/v1/conditions): a program, study or finding names only conditions that exist.
const CONDITIONS = [
  'depression',
  'treatment-resistant-depression',
  'anxiety',
  'ptsd',
  'trauma',
  'substance-use-disorder',
  'eating-disorders',
];
// The seed's dosing routes (a program names only routes that exist), and the names its description writes them by: a
// program's routes and conditions are ones its texts name (hostile 21 H21-9, H21-10).
const ROUTES = seedData.dosing_routes.map((r) => r.id);
const ROUTE_NAMES = new Map(seedData.dosing_routes.map((r) => [r.id, r.name.toLowerCase()]));
const CONDITION_NAMES = new Map(seedData.conditions.map((c) => [c.id, c.name.toLowerCase()]));
const named = (ids: readonly string[]) => ids.map((c) => CONDITION_NAMES.get(c)).join(', ');
const STAMP = '2026-11-22T00:00:00.000Z';
const CITE = {
  source_id: 'kair-group-therapy-unpacked',
  excerpt: 'Ketamine Group Therapy Unpacked',
  section: 'Synthetic',
};

/** The progress bar, with the last batch's time per 1000 programs (flat when writes cost the same at any size). */
function progress(done: number, batchMs?: number, batchSize?: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${((done / total) * 100).toFixed(0)}% ${done}/${total} programs${batchMs !== undefined && batchSize ? ` (${((batchMs / batchSize) * 1000).toFixed(0)} ms per 1000)` : ''}   `,
  );
}

// A new database on purpose: its marker goes too (see markerOf).
removeDb(out);
const db = openDb(out);
migrateDb(db);
loadSeed(db);
const sqlite = db.$client;
// A page cache of 256 MiB for this connection (SQLite's default is 2 MiB): at 100k programs the indexes
// a batch writes into are far larger than 2 MiB, and the build spilled and re-read their pages all the
// time (165 s of CPU, 72 s of it in the kernel). 64 MiB did not help (158 s); 256 MiB: 88 s
// (docs/performance.md, "The bulk build at 100k"). Only this script's connection: the server keeps the default.
sqlite.pragma(`cache_size = ${-256 * 1024}`);
const started = Date.now();

// The counting indexes (src/query/counting.ts: one per collection, over every filtered and facetable
// column) are dropped for the bulk insert and built again after it, as the migrations wrote them:
// one sorted build of each is cheaper than keeping it up to date row by row, batch after batch.
const countingIndexes = resources.flatMap((r) => {
  const counting = countingOf(r.table);
  const row = counting
    ? (sqlite.prepare("select sql from sqlite_schema where type = 'index' and name = ?").get(counting.name) as
        | { sql: string }
        | undefined)
    : undefined;
  return counting && row ? [{ name: counting.name, sql: row.sql }] : [];
});
for (const i of countingIndexes) sqlite.exec(`drop index "${i.name}"`);

// Every batch is one `Writer.bulk`: the record store indexes the batch for search once per table
// when it ends (src/search/triggers.ts, SEARCH_PENDING), so the cost per written row stays flat.
const writer = Writer.on(db);
const put = <F extends z.ZodObject>(resource: Resource<z.ZodObject, F>, doc: Input<F>) =>
  writer.put(resource, doc, { actor: 'synthetic', at: STAMP });
const citations = [CITE];

const studies = Math.max(1, Math.round(total / 100));
writer.bulk(() => {
  for (let s = 0; s < studies; s++) {
    const condition = pick(CONDITIONS);
    put(studiesResource, {
      id: `synthetic-study-${s}`,
      inferred_fields: [],
      title: `Synthetic ${pick(KINDS)} study ${s}`,
      authors: [],
      authors_complete: null,
      year: int(2015, 2026),
      journal: null,
      journal_reference: null,
      url: null,
      source_id: null,
      design: 'synthetic cohort',
      population: `Synthetic participants with ${named([condition])}`,
      intervention: null,
      participants: int(5, 800),
      participants_qualifier: 'exact',
      duration_weeks: int(4, 24),
      follow_up_months: null,
      medicine_sessions: null,
      conditions: [condition],
      citations,
    });
  }
});

/** A synthetic price: the amounts in minor units (cents), as generated. */
const price = (
  id: string,
  programId: string,
  label: string,
  format: 'group' | 'individual',
  minMinor: number,
  maxMinor: number | null,
  currency: 'CAD' | 'USD',
  unit: 'per_session' | 'per_program',
  sessions: number,
  taxNote: string | null,
) =>
  put(pricesResource, {
    id,
    inferred_fields: [],
    program_id: programId,
    label,
    format,
    amount_min: minMinor / 100,
    amount_max: maxMinor === null ? null : maxMinor / 100,
    open_ended: false,
    open_ended_from: null,
    approximate: false,
    hedges: [],
    amount_text: `$${minMinor / 100}`,
    currency,
    currency_implied: false,
    unit,
    treatment: 'not_stated',
    includes: [],
    sessions_included: sessions,
    sessions_included_max: null,
    tax_note: taxNote,
    note: 'synthetic',
    published_year: null,
    citations,
  });

// Batches of programs, each one transaction of the record store (its reference checks run at the
// end of each batch): memory stays flat however many programs are written.
const BATCH = 2000;
for (let start = 0; start < total; start += BATCH) {
  const batchStarted = performance.now();
  writer.bulk(() => {
    for (let i = start; i < Math.min(total, start + BATCH); i++) {
      const id = `synthetic-program-${String(i).padStart(7, '0')}`;
      const [city, region, country] = pick(PLACES);
      const format = rand() < 0.6 ? 'group' : 'individual';
      const weeks = int(1, 26);
      const sessions = int(1, 8);
      const routes = ROUTES.filter(() => rand() < 0.4);
      const conditions = CONDITIONS.filter(() => rand() < 0.3);
      const name = `${pick(WORDS)} ${pick(WORDS)} ${pick(KINDS)} ${i}`;
      const integration = rand() < 0.7 ? 'group' : 'individual';
      const groupMin = format === 'group' ? int(4, 8) : null;
      const groupMax = format === 'group' ? int(8, 40) : null;
      put(programsResource, {
        id,
        inferred_fields: [],
        name,
        organization_id: null,
        format,
        dosing_setting: format,
        dosing_setting_inferred: false,
        integration_setting: integration,
        generic: false,
        duration_weeks: weeks,
        medicine_sessions: sessions,
        medicine_sessions_max: null,
        group_size_min: groupMin,
        group_size_max: groupMax,
        group_size_basis: groupMin === null ? null : 'dosing_group',
        structure: null,
        city,
        region,
        country,
        place_inferred: false,
        inferred_place_parts: [],
        access: { website: null, website_organization_id: null, website_inferred: false, steps: [] },
        routes,
        conditions,
        description: `A synthetic ${format} program in ${city} for ${named(conditions) || 'general mental health'}, ${weeks} weeks, ${sessions} sessions${routes.length ? `, by ${routes.map((r) => ROUTE_NAMES.get(r)).join(' or ')}` : ''}.`,
        financial_assistance: [],
        // The conditions a program is for are ones its excerpts name (hostile 21 H21-9): a synthetic one names them.
        citations: conditions.length
          ? [...citations, { ...CITE, excerpt: `Synthetic program for ${named(conditions)}` }]
          : citations,
      });
      const currency = country === 'CA' ? 'CAD' : 'USD';
      const perSession = int(80, 700) * 100;
      const perSessionMax = perSession + int(0, 300) * 100;
      price(
        `${id}-session`,
        id,
        `${name} per session`,
        format,
        perSession,
        perSessionMax,
        currency,
        'per_session',
        1,
        null,
      );
      price(
        `${id}-program`,
        id,
        `${name} full program`,
        format,
        perSession * sessions,
        null,
        currency,
        'per_program',
        sessions,
        country === 'CA' ? '+ GST' : null,
      );
      const condition = pick(CONDITIONS);
      put(findingsResource, {
        id: `${id}-finding`,
        inferred_fields: [],
        study_id: `synthetic-study-${i % studies}`,
        condition,
        measure: `${pick(['GAD-7', 'PCL-5', 'PHQ-9'])} (${named([condition])})`,
        value: int(5, 95),
        value_unit: 'percent',
        value_qualifier: 'exact',
        denominator: null,
        direction: 'improved',
        summary: `Synthetic finding of ${named([condition])} for program ${i}`,
        citations,
      });
    }
  });
  progress(Math.min(total, start + BATCH), performance.now() - batchStarted, Math.min(total, start + BATCH) - start);
}
progress(total);
process.stderr.write('\nbuilding the counting indexes…');
for (const i of countingIndexes) sqlite.exec(i.sql);
process.stderr.write('\noptimizing the search index…');
sqlite.exec(`insert into search(search) values ('optimize')`);
sqlite.pragma('optimize');
sqlite.exec('ANALYZE');
process.stderr.write(
  `\nwrote ${out}: ${total} programs, ${total * 2} prices, ${studies} studies, ${total} findings in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
db.$client.close();
