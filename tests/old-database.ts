/**
 * Databases as an earlier release left them, for the upgrade tests: the migrations that release shipped,
 * and the seed stored in the shape of its tables (the record store writes today's columns, so an old
 * database is filled with plain inserts).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedData } from '../seed/data/index.js';
import type { Db } from '../src/db/client.js';
import { MIGRATIONS_DIR } from '../src/db/paths.js';
import { resources } from '../src/resources/index.js';

/** A copy of migrations/ (in `dir`) that stops before the migration tagged `until`. */
export function migrationsBefore(dir: string, until: string): string {
  const folder = join(dir, `before-${until}`);
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'));
  const stop = journal.entries.findIndex((e: { tag: string }) => e.tag === until);
  if (stop <= 0) throw new Error(`no migration ${until}`);
  journal.entries = journal.entries.slice(0, stop);
  for (const e of journal.entries) cpSync(join(MIGRATIONS_DIR, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  return folder;
}

type Row = Record<string, unknown>;

/** The columns migration 0011 adds, by table: a database before it has none of them. */
const COLUMNS_OF_0011: Record<string, string[]> = {
  organizations: ['website_organization_id', 'access_steps', 'inferred_place_parts'],
  programs: ['inferred_place_parts'],
  prices: ['published_year'],
  sources: ['journal'],
  studies: ['medicine_sessions'],
};

/** Collections whose tables later migrations create. */
export const ADDED_AFTER_0009 = ['conditions'];

/** Columns later migrations add (0015_program_dosing_setting_inferred, 0018_condition_role_statements): an old database has none of them either. */
const COLUMNS_OF_LATER_MIGRATIONS: Record<string, string[]> = {
  programs: ['dosing_setting_inferred', 'inferred_fields', 'group_size_basis'],
  prices: ['inferred_fields'],
  studies: ['inferred_fields', 'authors_complete'],
  findings: ['inferred_fields'],
  sources: ['authors_complete'],
};

/** The Roots to Thrive rule of the dosing phase, before and since migration 0018 (audit 7 L7). */
const ROOTS_DOSING_RULE_0018 =
  'Roots to Thrive (Canadian article): participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work and community sessions across the cohort. The article does not say how many are dosed together; its 20–40 is participants per cohort.';
const ROOTS_COHORT_RULE_BEFORE_0018 = {
  rule: 'Roots to Thrive (Canadian article): 20–40 participants per cohort.',
  value_min: 20,
  value_max: 40,
  unit: 'participants',
};

export const OLD_SEED_TIMESTAMP = '2026-11-01T00:00:00.000Z';

const withoutInferred = (scope: unknown) => {
  if (!scope) return scope;
  const { inferred: _, ...rest } = scope as Row;
  return rest;
};

/**
 * A record as the tables before migration 0009 stored it: the fields 0009 adds left out (a guide item's
 * and a practical rule's scope, a scope's `inferred`, answered_by, publisher_inferred, access,
 * place_inferred), the old ones put back (a practical rule's program_id), and the values the seed had
 * then for what 0009 backfills (a publisher with "inferred" in its words, prices before the hedge rule).
 */
/**
 * Guide item texts the seed changed after the last migration that rewrites a seeded guide's items (0015 matches
 * a guide by its list of texts): an old database holds them as that migration knew them.
 */
const ITEM_TEXTS_AS_MIGRATED: Record<string, string> = {
  'The KAIR article says research consistently shows that integration is crucial for lasting benefits.':
    'The KAIR article says research consistently shows that integration is crucial for lasting benefits, and quotes one program: "Ketamine\'s primary therapeutic value lies in the neuroplasticity window it creates, which can be harnessed through structured integration experiences."',
  'Roots to Thrive program safety data (Tsang et al. 2023, "in the Roots to Thrive Ketamine-Assisted Therapy Program"), as the Canadian article reports them under its group model: temporary blood-pressure elevations of about 12% ("~12% increase"), all reversible.':
    'Roots to Thrive group KAT safety data (Tsang et al. 2023), as the Canadian article reports them: temporary blood-pressure elevations of about 12% ("~12% increase"), all reversible.',
  'Roots to Thrive program safety data (Tsang et al. 2023, "in the Roots to Thrive Ketamine-Assisted Therapy Program"), as the Canadian article reports them under its group model: nausea in fewer than 13% of sessions ("<13%").':
    'Roots to Thrive group KAT safety data (Tsang et al. 2023), as the Canadian article reports them: nausea in fewer than 13% of sessions ("<13%").',
  'Roots to Thrive program safety data (Tsang et al. 2023, "in the Roots to Thrive Ketamine-Assisted Therapy Program"), as the Canadian article reports them under its group model: no serious adverse events documented across the data set.':
    'Roots to Thrive group KAT safety data (Tsang et al. 2023), as the Canadian article reports them: no serious adverse events documented across the data set.',
  'The KAIR article reports that research on firefighters showed significant decreases in anxiety and PTSD symptoms after a 12-week group program that were still present six months after treatment ended.':
    'The KAIR article reports that research on firefighters showed significant decreases in anxiety and PTSD symptoms after a 12-week group program that were still present six months after treatment ended (see /v1/findings).',
  "The KAIR article says ketamine shows particular promise for substance use disorders, among conditions that haven't responded well to standard treatments; the same article says some people should definitely avoid ketamine therapy altogether, including people with active substance use disorders.":
    "The KAIR article says ketamine shows particular promise for substance use disorders, among conditions that haven't responded well to standard treatments; the same article says some people should definitely avoid ketamine therapy altogether, including people with active substance use disorders (see /v1/contraindications/active-substance-use-disorder; for group format, /v1/contraindications/active-substance-use-group-format).",
};

/**
 * Guide items the seed added by splitting an item after the last migration that rewrites seeded items by their list
 * (0020 splits the KAIR article's words from the program it quotes, audit 9 M3): an old database has only the item
 * they were split from (ITEM_TEXTS_AS_MIGRATED gives its text then).
 */
const ITEMS_ADDED_BY_0020 = new Set([
  'One program quoted by the KAIR article says: "Ketamine\'s primary therapeutic value lies in the neuroplasticity window it creates, which can be harnessed through structured integration experiences."',
]);

export function rowBefore0009(collection: string, row: Row): Row {
  const r = { ...row };
  // Columns migration 0011 adds.
  for (const column of COLUMNS_OF_0011[collection] ?? []) delete r[column];
  for (const column of COLUMNS_OF_LATER_MIGRATIONS[collection] ?? []) delete r[column];
  if (collection === 'guides')
    r.items = (r.items as Row[])
      .filter((item) => !ITEMS_ADDED_BY_0020.has(item.text as string))
      .map(({ scope: _, ...item }) => ({
        ...item,
        text: ITEM_TEXTS_AS_MIGRATED[item.text as string] ?? item.text,
      }));
  if (collection === 'session_phases')
    r.practical_rules = (r.practical_rules as Row[]).map(({ scope, ...rule }) => {
      const s = scope as { level: string; program_ids: string[] };
      // The dosing phase's Roots to Thrive rule as seeded before 0018 (its cohort figure, which 0018 replaces).
      const was = rule.rule === ROOTS_DOSING_RULE_0018 ? ROOTS_COHORT_RULE_BEFORE_0018 : rule;
      return { ...was, program_id: s.level === 'program' ? s.program_ids[0] : null };
    });
  if (collection === 'faqs') delete r.answered_by;
  if (collection === 'programs') {
    delete r.access;
    delete r.place_inferred;
  }
  if (collection === 'sources') {
    delete r.publisher_inferred;
    if (r.id === 'group-ketamine-therapy-canada')
      r.publisher =
        'ATMA CENA (psychedelic.healthcare); inferred from its links and self-references, not named by the article';
    if (r.id === 'port-credit-therapy-centre')
      r.publisher = "ATMA CENA (inferred from the link's psychedelic.healthcare domain)";
    if (
      ['what-is-ketamine-therapy', 'ketamine-therapy-victoria-bc', 'ketamine-therapy-cost-canada'].includes(
        String(r.id),
      )
    )
      r.publisher = null;
  }
  if (collection === 'contraindications') {
    r.scope = withoutInferred(r.scope);
    delete r.condition_ids; // added by 0014
  }
  if (collection === 'dosing_routes') r.dose_scope = withoutInferred(r.dose_scope);
  if (collection === 'prices') {
    if (r.id === 'kair-individual-kap-session-600-1200') r.approximate = false;
    if (r.id === 'roots-to-thrive-group-price') r.hedges = ['~', 'approximately'];
    if (r.id === 'roots-to-thrive-individual-price') r.hedges = ['~'];
    if (r.id === 'atma-cena-member-clinic-group-integration-price') r.treatment = 'ketamine_assisted_therapy';
  }
  return r;
}

/** A plain insert of a row (JSON columns as text, booleans as 0/1). */
export function insertRow(db: Db, table: string, row: Row): void {
  const cols = Object.keys(row);
  const value = (v: unknown) =>
    typeof v === 'boolean' ? Number(v) : v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
  db.$client
    .prepare(
      `insert into ${table} (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map(() => '?').join(', ')})`,
    )
    .run(...cols.map((c) => value(row[c])));
}

/**
 * The seed as a database before migration 0009 held it (with its created change events), plus the
 * Colorado clinic's "roughly half" stored as a price, as it was then.
 */
export function seedBefore0009(db: Db): void {
  const at = OLD_SEED_TIMESTAMP;
  db.$client.transaction(() => {
    // Collections added after 0009 (conditions, 0014) had no table then.
    for (const resource of resources.filter((r) => !ADDED_AFTER_0009.includes(r.tableName))) {
      for (const record of seedData[resource.tableName as keyof typeof seedData] as Row[]) {
        const parsed = resource.input.parse(record) as Row & { id: string; citations: Row[] };
        const row = rowBefore0009(resource.tableName, resource.toRow(parsed));
        insertRow(db, resource.tableName, { ...row, id: parsed.id, version: 1, created_at: at, updated_at: at });
        for (const [position, c] of parsed.citations.entries())
          insertRow(db, 'citations', { ...c, collection: resource.tableName, record_id: parsed.id, position });
        insertRow(db, 'changes', {
          collection: resource.tableName,
          record_id: parsed.id,
          action: 'created',
          version: 1,
          changed_at: at,
        });
      }
    }
    const prices = resources.find((r) => r.tableName === 'prices')!;
    const template = seedData.prices.find((p) => p.id === 'kair-group-session-100-250')!;
    const colorado = {
      ...template,
      id: 'colorado-five-week-group-half-price',
      program_id: 'colorado-five-week-group',
      amount_min: null,
      amount_max: null,
      hedges: ['roughly'],
    };
    const row = rowBefore0009('prices', prices.toRow(prices.input.parse(colorado)));
    insertRow(db, 'prices', { ...row, id: colorado.id, version: 1, created_at: at, updated_at: at });
    for (const [position, c] of template.citations.entries())
      insertRow(db, 'citations', { ...c, collection: 'prices', record_id: colorado.id, position });
  })();
}
