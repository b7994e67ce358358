/**
 * Databases as an earlier release left them, for the upgrade tests: the migrations that release shipped,
 * and the seed stored in the shape of its tables (the record store writes today's columns, so an old
 * database is filled with plain inserts).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTableColumns } from 'drizzle-orm';
import type { SeedData } from '../seed/data/index.js';
import { seedData } from '../seed/data/index.js';
import { ADDED_BY_MIGRATIONS, loadSeed, type SeedReport } from '../seed/load.js';
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

/** Columns later migrations add (0015_program_dosing_setting_inferred, 0018_condition_role_statements, 0027_source_title_inferred): an old database has none of them either. */
const COLUMNS_OF_LATER_MIGRATIONS: Record<string, string[]> = {
  programs: ['dosing_setting_inferred', 'inferred_fields', 'group_size_basis'],
  prices: ['inferred_fields'],
  studies: ['inferred_fields', 'authors_complete'],
  findings: ['inferred_fields'],
  sources: ['authors_complete', 'title_inferred'],
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

/**
 * What migration 0021 (audit 9 H1, M1, M6) rewrites, as the seed had it before: an old database holds these values, so
 * the upgrade tests see 0021 bring them to the seed's.
 */
export const BEFORE_0021: Record<string, Record<string, Row>> = {
  // Its inferred_fields as 0016 left them (the seed's later currency is not there either): 0021 adds program_id.
  prices: { 'atma-cena-member-clinic-group-integration-price': { inferred_fields: [] } },
  studies: { 'tsang-2023-roots-to-thrive-safety': { inferred_fields: [] } },
  contraindications: {
    'active-substance-use-group-format': {
      condition: 'Active substance use disorder or severe substance use (group format)',
      applies_to: 'group',
      scope: {
        level: 'format',
        format: 'group',
        program_ids: [],
        stated_by: ['group-ketamine-therapy-canada'],
        hedge: 'generally exclusions for group format',
        inferred: false,
      },
      note: 'The Canadian article says severe substance use is generally an exclusion for group format and lists active substance use disorder among patients who are generally not candidates for group KAT. Its format table marks the row "(exclusion in both)" in the group column and "(after stabilization)" in the individual column.',
    },
    'active-psychotic-symptoms': {
      scope: {
        level: 'format',
        format: 'group',
        program_ids: [],
        stated_by: ['group-ketamine-therapy-canada'],
        hedge: 'generally exclusions for group format',
        inferred: false,
      },
    },
    'active-mania-or-recent-hypomania': {
      scope: {
        level: 'format',
        format: 'group',
        program_ids: [],
        stated_by: ['group-ketamine-therapy-canada'],
        hedge: 'generally exclusions for group format',
        inferred: false,
      },
    },
    'active-substance-use-disorder': {
      note: 'The KAIR article lists people with active substance use disorders among those who should definitely avoid ketamine therapy altogether. (The same article names substance use disorders among the conditions for which it says ketamine shows promise.) The Canadian article speaks of substance use in the group format separately.',
    },
    'severe-personality-disorders-affecting-group-dynamics': { applies_to: 'group' },
  },
  format_fit: {
    'treatment-resistant-depression-intact-social-functioning': {
      note: 'The check mark was lost in extraction; the group column is inferred. The row describes a patient without any of the group exclusions the Canadian article lists, with the social functioning that group work relies on (peer normalization, skills practice "in a real social field"); the rows Katalog places under "Individual format safer" (their check marks were lost too) are the situations named in the Canadian article\'s key takeaways, "What is harder in group format" and its FAQ.',
    },
    'mild-to-moderate-anxiety-or-trauma': {
      note: 'The check mark was lost in extraction; the group column is inferred. The Canadian article says of severe interpersonal trauma only that "individual format is often safer"; mild-to-moderate anxiety or trauma is the contrasting case, and none of the group exclusions the Canadian article lists covers it.',
    },
    'strong-relational-capacity-desire-for-community': {
      note: "The check mark was lost in extraction; the group column is inferred from the Canadian article's description of what group format adds: community connection, community-of-practice skills practice (relating, regulating, sense-making) and peer integration.",
    },
  },
};

/** Citations migration 0021 appends to a seeded record (collection/id → how many): an old database lacks them. */
export const CITATIONS_ADDED_BY_0021: Record<string, number> = { 'format_fit/mild-to-moderate-anxiety-or-trauma': 2 };

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
 * What migration 0020 (audit 9 L2, L3, L6) rewrites, as the seed had it before: an old database holds these. Texts
 * by their current value (guide item and practical rule texts, summaries, descriptions, notes, excerpts), and the
 * guide items 0020 splits (a statement of the article joined to a quoted speaker's words), by their current texts.
 */
export const TEXTS_BEFORE_0020: Record<string, string> = {
  "Individual ketamine therapy (often called KAP or Ketamine-Assisted Psychotherapy) as the KAIR article describes it: the patient works one-on-one with a therapist, with the therapist's undivided attention and complete privacy; dosing can be precisely customized to the patient's needs, and deeply personal material can be worked through without considering others' comfort levels. The KAIR article quotes one program as saying that \"individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy\" might find individual ketamine therapy more suitable than the group format.":
    'Individual ketamine therapy (often called KAP or Ketamine-Assisted Psychotherapy) as the KAIR article describes it: you work one-on-one with a therapist, with their undivided attention and complete privacy; dosing can be precisely custom to your needs, and deeply personal material can be worked through without considering others\' comfort levels. The KAIR article quotes one program as saying that "individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy" might find individual ketamine therapy more suitable than the group format.',
  'The KAIR article, quoting "one program", says such individuals "might find individual ketamine therapy more suitable than the group format". The Canadian article does not name it as an exclusion but lists privacy first among what is harder in group format (others in the room see a patient\'s acute experience during dosing).':
    'The KAIR article, quoting "one program", says such individuals "might find individual ketamine therapy more suitable than the group format". The Canadian article does not name it as an exclusion but lists privacy first among what is harder in group format (others in the room see your acute experience during dosing).',
  'The KAIR article describes one innovative approach, "using art (drawing) to access nonverbal aspects of the ketamine experience"; it does not say who uses it.':
    'The KAIR article describes "one innovative approach" that uses art (drawing) to access nonverbal aspects of the ketamine experience; it does not say who uses it.',
  'The KAIR article says that beyond a clinical diagnosis, personal readiness matters: being genuinely open to the ketamine experience and to the vulnerability of a group setting, committing to the preparation and integration work, and holding realistic expectations. The KAIR article lists honest questions for its reader to ask themselves and quotes a psychiatrist: "Look for a shift, not an earthquake."':
    'The KAIR article says that beyond a clinical diagnosis, personal readiness matters: being genuinely open to the ketamine experience and to the vulnerability of a group setting, committing to the preparation and integration work, and holding realistic expectations. The KAIR article lists honest questions to ask yourself and quotes a psychiatrist: "Look for a shift, not an earthquake."',
  'A readiness question the KAIR article puts to its reader: "You\'ll want to consider whether you\'re genuinely open to both the ketamine experience itself and the vulnerability of a group setting."':
    'A readiness question the KAIR article puts to the reader ("You\'ll want to consider"): are you genuinely open to both the ketamine experience itself and the vulnerability of a group setting?',
  'One of the honest questions the KAIR article puts to its reader: "Can you share aspects of your healing journey with others?"':
    'One of the honest questions the KAIR article says to ask yourself: "Can you share aspects of your healing journey with others?"',
  'One of the honest questions the KAIR article puts to its reader: "Are you comfortable with temporarily altered states of consciousness?"':
    'One of the honest questions the KAIR article says to ask yourself: "Are you comfortable with temporarily altered states of consciousness?"',
  'One of the honest questions the KAIR article puts to its reader: "Can you face challenging emotional material?"':
    'One of the honest questions the KAIR article says to ask yourself: "Can you face challenging emotional material?"',
  'One of the honest questions the KAIR article puts to its reader: "Do you have reliable transportation?"':
    'One of the honest questions the KAIR article says to ask yourself: "Do you have reliable transportation?"',
  'One of the honest questions the KAIR article puts to its reader: "Can you abstain from substances before and after sessions?"':
    'One of the honest questions the KAIR article says to ask yourself: "Can you abstain from substances before and after sessions?"',
  'One of the honest questions the KAIR article puts to its reader: "Are you willing to make lifestyle changes to support your healing?"':
    'One of the honest questions the KAIR article says to ask yourself: "Are you willing to make lifestyle changes to support your healing?"',
  'The KAIR article says that during sessions participants might experience temporary physical effects, that the dissociative experience can sometimes feel uncomfortable or disorienting, and that emotionally ketamine can bring challenging material to the surface. The Canadian article reports published safety data from Roots to Thrive (Tsang et al. 2023): temporary, reversible blood-pressure elevations (~12%), nausea in <13% of sessions, and no serious adverse events documented. The Canadian article also names risks of the group format itself.':
    'The KAIR article says that during sessions you might experience temporary physical effects, that the dissociative experience can sometimes feel uncomfortable or disorienting, and that emotionally ketamine can bring challenging material to the surface. The Canadian article reports published safety data from Roots to Thrive (Tsang et al. 2023): temporary, reversible blood-pressure elevations (~12%), nausea in <13% of sessions, and no serious adverse events documented. The Canadian article also names risks of the group format itself.',
  "The KAIR article says that during sessions participants might experience temporary physical effects such as increased blood pressure (effects of ketamine sessions in general: Katalog's reading, so inferred).":
    "The KAIR article says that during sessions you might experience temporary physical effects such as increased blood pressure (effects of ketamine sessions in general: Katalog's reading, so inferred).",
  "The KAIR article says that during sessions participants might experience temporary physical effects such as increased heart rate (effects of ketamine sessions in general: Katalog's reading, so inferred).":
    "The KAIR article says that during sessions you might experience temporary physical effects such as increased heart rate (effects of ketamine sessions in general: Katalog's reading, so inferred).",
  "The KAIR article says that during sessions participants might experience temporary physical effects such as nausea (effects of ketamine sessions in general: Katalog's reading, so inferred).":
    "The KAIR article says that during sessions you might experience temporary physical effects such as nausea (effects of ketamine sessions in general: Katalog's reading, so inferred).",
  "The KAIR article says that during sessions participants might experience temporary physical effects such as dizziness (effects of ketamine sessions in general: Katalog's reading, so inferred).":
    "The KAIR article says that during sessions you might experience temporary physical effects such as dizziness (effects of ketamine sessions in general: Katalog's reading, so inferred).",
  'Accountability: the KAIR article says that participants who commit to showing up for others, and who share their insights and commitments with peers, are more likely to follow through.':
    'Accountability: the KAIR article says that when you commit to showing up for others and share your insights and commitments with peers, you are more likely to follow through.',
  '"Participants often report insights gained not just from their own experiences, but from witnessing others\' processes," shared one participant from a clinical case study.':
    '"Participants often report insights gained not just from their own experiences, but from witnessing others\' processes,"',
  'As one program states: "Ketamine\'s primary therapeutic value lies in the neuroplasticity window it creates, which can be harnessed through structured integration experiences."':
    '"Ketamine\'s primary therapeutic value lies in the neuroplasticity window it creates, which can be harnessed through structured integration experiences."',
  "Harder in group (Canadian article), privacy: multiple patients in one room during dosing means others see a patient's acute experience.":
    'Harder in group (Canadian article), privacy: multiple patients in one room during dosing means others see your acute experience.',
  'I realized that I don\'t need to know their stories nor do they need to know mine to have a strong trusting relationship," reported one participant in a clinical case study.':
    "I realized that I don't need to know their stories nor do they need to know mine to have a strong trusting relationship",
  'The KAIR article says to start the search for a provider by exploring established psychedelic therapy directories such as those maintained by MAPS (Multidisciplinary Association for Psychedelic Studies).':
    'The KAIR article says to start your search by exploring established psychedelic therapy directories such as those maintained by MAPS (Multidisciplinary Association for Psychedelic Studies).',
  "The KAIR article says Psychology Today's therapist finder also allows searching specifically for ketamine specialists in one's own area.":
    "The KAIR article says Psychology Today's therapist finder also allows you to search specifically for ketamine specialists in your area.",
  'The KAIR article says to verify essential credentials: a medical provider with prescribing privileges, licensed mental health professionals on the team, specific training in ketamine-assisted therapy, substantial experience facilitating group processes, and a background in trauma-informed care. One practitioner quoted by the KAIR article says: "Apply clear inclusion/exclusion criteria to maximize safety". The Canadian article says that experienced facilitation matters in group format.':
    'The KAIR article says to verify essential credentials: a medical provider with prescribing privileges, licensed mental health professionals on the team, specific training in ketamine-assisted therapy, substantial experience facilitating group processes, and a background in trauma-informed care. One practitioner quoted by the KAIR article says: "Apply clear inclusion/exclusion criteria to maximize safety." The Canadian article says that experienced facilitation matters in group format.',
  'One practitioner quoted by the KAIR article: "Apply clear inclusion/exclusion criteria to maximize safety".':
    'One practitioner quoted by the KAIR article: "Apply clear inclusion/exclusion criteria to maximize safety."',
  "The Canadian article's first pathway bullet for patients interested in the Roots to Thrive group model: the ATMA CENA intake call discusses whether group or individual format fits the patient's indication and screening profile.":
    "The Canadian article's first pathway bullet for patients interested in the Roots to Thrive group model: the ATMA CENA intake call discusses whether group or individual format fits your indication and screening profile.",
};

export const ITEMS_JOINED_BEFORE_0020: { guide: string; texts: string[]; was: string }[] = [
  {
    guide: 'guide-candidacy',
    texts: [
      "The KAIR article says the group setting brings additional considerations and lists them: feeling comfortable with vulnerability in a group context, respecting others' boundaries, following group agreements, and managing personal needs without disrupting the collective experience.",
      'One clinician quoted by the KAIR article says: "We perform thorough intake to ensure group fit".',
    ],
    was: 'The KAIR article says the group setting brings additional considerations and lists them: feeling comfortable with vulnerability in a group context, respecting others\' boundaries, following group agreements, and managing personal needs without disrupting the collective experience. One clinician quoted by the KAIR article says: "We perform thorough intake to ensure group fit."',
  },
  {
    guide: 'guide-readiness',
    texts: [
      'One psychiatrist quoted by the KAIR article: "Look for a shift, not an earthquake."',
      'The KAIR article says that while some people experience dramatic breakthroughs, many find healing comes through subtle insights and gradual positive changes over time.',
    ],
    was: 'One psychiatrist quoted by the KAIR article: "Look for a shift, not an earthquake." The KAIR article adds that while some people experience dramatic breakthroughs, many find healing comes through subtle insights and gradual positive changes over time.',
  },
  {
    guide: 'guide-benefits',
    texts: [
      'Witness and integration: the Canadian article says sharing experiences in a structured group can deepen insight and reduce stigma.',
      'One participant quoted by the KAIR article: "Hearing peers\' experiences can accelerate self-reflection and growth".',
      'One participant from a clinical case study, quoted by the KAIR article: "Participants often report insights gained not just from their own experiences, but from witnessing others\' processes" (the article later gives the same words to one practitioner).',
    ],
    was: 'Witness and integration: the Canadian article says sharing experiences in a structured group can deepen insight and reduce stigma. The KAIR article quotes "Participants often report insights gained not just from their own experiences, but from witnessing others\' processes" and one participant: "Hearing peers\' experiences can accelerate self-reflection and growth."',
  },
  {
    guide: 'guide-benefits',
    texts: [
      'The KAIR article says research consistently shows that integration is crucial for lasting benefits.',
      'One program quoted by the KAIR article: "Ketamine\'s primary therapeutic value lies in the neuroplasticity window it creates, which can be harnessed through structured integration experiences."',
    ],
    was: 'The KAIR article says research consistently shows that integration is crucial for lasting benefits, and quotes one program: "Ketamine\'s primary therapeutic value lies in the neuroplasticity window it creates, which can be harnessed through structured integration experiences."',
  },
];

/** A guide's items as the seed had them before 0020: the items 0020 splits joined again, one item with the old text. */
function itemsBefore0020(items: Row[]): Row[] {
  let out = items;
  for (const j of ITEMS_JOINED_BEFORE_0020) {
    const at = out.findIndex((item) => item.text === j.texts[0]);
    if (at < 0) continue;
    if (j.texts.some((t, i) => out[at + i]?.text !== t)) throw new Error(`${j.guide}: the items split by 0020 moved`);
    out = [...out.slice(0, at), { ...out[at], text: j.was }, ...out.slice(at + j.texts.length)];
  }
  return out;
}

/**
 * What migration 0024 (audit 9 L11, content10c) rewrites in guide items and practical rules, as the seed had it before:
 * the general clause "not every clinically eligible KAT patient is a group fit" was part of the Roots to Thrive
 * statements, and the format-level item did not have it.
 */
export const TEXTS_BEFORE_0024: Record<string, string> = {
  "The Canadian article says Roots to Thrive's intake assesses readiness for group format.":
    "The Canadian article says Roots to Thrive's intake assesses readiness for group format and that not every clinically eligible KAT patient is a group fit.",
  'The Canadian article says not every clinically eligible KAT patient is a group fit, that group format is an excellent fit for some patients and a poor fit for others, and calls the question of fit "a screening conversation at intake, not a marketing question".':
    'The Canadian article says group format is an excellent fit for some patients and a poor fit for others, and calls the question of fit "a screening conversation at intake, not a marketing question".',
};

/** A text as the seed had it before 0020 (and before 0024 and 0026). */
export const before0020 = (text: string) => {
  // A text 0026 rewrote maps to what it was before 0026 (whatever 0028, 0030 and 0032 did since); one 0028 rewrote
  // last, to before 0028 (whatever 0030 and 0032 did since); one 0030 rewrote last, to before it; one only 0032
  // rewrote, to before it.
  const before0026 =
    TEXTS_BEFORE_0026[text] ?? TEXTS_BEFORE_0028[text] ?? TEXTS_BEFORE_0030[text] ?? TEXTS_BEFORE_0032[text] ?? text;
  const was = TEXTS_BEFORE_0024[before0026] ?? before0026;
  return TEXTS_BEFORE_0020[was] ?? was;
};

export function rowBefore0009(collection: string, row: Row): Row {
  const r = { ...row, ...BEFORE_0021[collection]?.[row.id as string] };
  // Columns migration 0011 adds.
  for (const column of COLUMNS_OF_0011[collection] ?? []) delete r[column];
  for (const column of COLUMNS_OF_LATER_MIGRATIONS[collection] ?? []) delete r[column];
  // Texts 0020 rewrites (summaries, descriptions, notes) as they were before it.
  for (const [column, value] of Object.entries(r)) if (typeof value === 'string') r[column] = before0020(value);
  if (collection === 'guides')
    r.items = itemsBefore0020(r.items as Row[]).map(({ scope: _, ...item }) => ({
      ...item,
      text: ITEM_TEXTS_AS_MIGRATED[item.text as string] ?? before0020(item.text as string),
      // A unit 0032 rewrote, as it was before.
      unit: UNITS_BEFORE_0032[item.unit as string] ?? item.unit,
    }));
  if (collection === 'session_phases')
    r.practical_rules = (r.practical_rules as Row[]).map(({ scope, ...rule }) => {
      const s = scope as { level: string; program_ids: string[] };
      // The dosing phase's Roots to Thrive rule as seeded before 0018 (its cohort figure, which 0018 replaces).
      const was = rule.rule === ROOTS_DOSING_RULE_0018 ? ROOTS_COHORT_RULE_BEFORE_0018 : rule;
      return {
        ...was,
        rule: before0020(was.rule as string),
        program_id: s.level === 'program' ? s.program_ids[0] : null,
      };
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
  // The seed before the latest corrections (0034 onwards), which the maps of earlier migrations' texts start from.
  const seeded = seedBefore('0034');
  db.$client.transaction(() => {
    // Collections added after 0009 (conditions, 0014) had no table then.
    const tables = (
      db.$client.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]
    ).map((t) => t.name);
    for (const resource of resources.filter((r) => tables.includes(r.tableName))) {
      for (const record of seeded[resource.tableName as keyof typeof seedData] as Row[]) {
        // As it was: the writable fields without today's rules across them, which a record of then may break (the
        // first-year totals' unit `per_year`, corrected by 0034, says no year: hostile 21 H21-5).
        const parsed = resource.writable.parse(record) as Row & { id: string; citations: Row[] };
        const row = rowBefore0009(resource.tableName, resource.toRow(parsed));
        insertRow(db, resource.tableName, { ...row, id: parsed.id, version: 1, created_at: at, updated_at: at });
        const added = CITATIONS_ADDED_BY_0021[`${resource.tableName}/${parsed.id}`] ?? 0;
        for (const [position, c] of parsed.citations.slice(0, parsed.citations.length - added).entries())
          insertRow(db, 'citations', {
            ...c,
            excerpt: before0020(c.excerpt as string),
            collection: resource.tableName,
            record_id: parsed.id,
            position,
          });
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
    // As an old release stored it: its fields' schema, not today's rules across them (a hedge today's rule would want
    // in a cited excerpt, hostile 17b H17b-3).
    const row = rowBefore0009('prices', prices.toRow(prices.writable.parse(colorado)));
    insertRow(db, 'prices', { ...row, id: colorado.id, version: 1, created_at: at, updated_at: at });
    for (const [position, c] of template.citations.entries())
      insertRow(db, 'citations', { ...c, collection: 'prices', record_id: colorado.id, position });
  })();
}

/**
 * What migration 0026 (a table cell stays with its column) corrects, as the seed stored it before: by
 * `collection/id`, the stored column values (JSON text for JSON columns) and the citation list.
 */
export const BEFORE_0026: Record<
  string,
  Row & { citations?: { source_id: string; excerpt: string; section: string }[] }
> = {
  'conditions/anxiety': {
    roles: '["indication","study_outcome","requires_evaluation"]',
    role_statements:
      '[{"role":"indication","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"ketamine shows particular promise for conditions that haven\'t responded well to standard treatments.","section":"Is it right for you?"},{"source_id":"kair-group-therapy-unpacked","excerpt":"PTSD, anxiety disorders, OCD","section":"Is it right for you?"}]},{"role":"study_outcome","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly","section":"What the research says"}]},{"role":"requires_evaluation","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"require careful evaluation by qualified clinicians","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Other situations require careful evaluation by qualified clinicians.","section":"Potential risks & who should avoid"},{"source_id":"kair-group-therapy-unpacked","excerpt":"If you have severe anxiety that might be triggered by altered states","section":"Potential risks & who should avoid"}]},{"role":"indication","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"Shows promising results","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Shows promising results for depression, anxiety, PTSD, and other treatment-resistant conditions","section":"What is ketamine group therapy?"}]}]',
    scope: null,
    note: 'Besides naming anxiety disorders among the conditions for which it says ketamine shows particular promise, the KAIR article says severe anxiety that might be triggered by altered states requires careful evaluation. The Canadian article\'s format table has a row "Mild-to-moderate anxiety or trauma" whose check mark was lost in extraction: it gives it no role here.',
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: "ketamine shows particular promise for conditions that haven't responded well to standard treatments.",
        section: 'Is it right for you?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'PTSD, anxiety disorders, OCD',
        section: 'Is it right for you?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly',
        section: 'What the research says',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'If you have severe anxiety that might be triggered by altered states',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Other situations require careful evaluation by qualified clinicians.',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Mild-to-moderate anxiety or trauma',
        section: 'When group fits versus when individual is safer',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Shows promising results for depression, anxiety, PTSD, and other treatment-resistant conditions',
        section: 'What is ketamine group therapy?',
      },
    ],
  },
  'conditions/bipolar-disorder': {
    roles: '["group_exclusion"]',
    role_statements:
      '[{"role":"group_exclusion","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally not appropriate","inferred":false},"citations":[{"source_id":"group-ketamine-therapy-canada","excerpt":"Group is generally not appropriate for patients with severe interpersonal trauma, active psychotic or bipolar disorders","section":"Key takeaways"}]}]',
    scope:
      '{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally not appropriate","inferred":false}',
    note: 'Named as active bipolar disorders.',
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Group is generally not appropriate for patients with severe interpersonal trauma, active psychotic or bipolar disorders',
        section: 'Key takeaways',
      },
    ],
  },
  'conditions/borderline-personality-disorder': {
    roles: '["group_exclusion"]',
    role_statements:
      '[{"role":"group_exclusion","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally exclusions for group format","inferred":false},"citations":[{"source_id":"group-ketamine-therapy-canada","excerpt":"Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.","section":"What is harder in group format"},{"source_id":"group-ketamine-therapy-canada","excerpt":"borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality,","section":"Frequently asked questions"}]}]',
    scope:
      '{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally exclusions for group format","inferred":false}',
    note: 'Named with marked instability.',
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality,',
        section: 'Frequently asked questions',
      },
    ],
  },
  'conditions/depression': {
    roles: '["indication","study_population"]',
    role_statements:
      '[{"role":"indication","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"Shows promising results","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Shows promising results for depression, anxiety, PTSD, and other treatment-resistant conditions","section":"What is ketamine group therapy?"}]},{"role":"study_population","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"79% of those with depression showed significant clinical improvement","section":"What the research says"}]},{"role":"indication","scope":{"level":"program","format":null,"program_ids":["colorado-five-week-group"],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"offering a five-week group curriculum for depression, addiction, and PTSD","section":"Cost & accessibility snapshot"}]}]',
    scope: null,
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Shows promising results for depression, anxiety, PTSD, and other treatment-resistant conditions',
        section: 'What is ketamine group therapy?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: '79% of those with depression showed significant clinical improvement',
        section: 'What the research says',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'offering a five-week group curriculum for depression, addiction, and PTSD',
        section: 'Cost & accessibility snapshot',
      },
    ],
  },
  'conditions/mania': {
    roles: '["group_exclusion"]',
    role_statements:
      '[{"role":"group_exclusion","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally exclusions for group format","inferred":false},"citations":[{"source_id":"group-ketamine-therapy-canada","excerpt":"Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.","section":"What is harder in group format"},{"source_id":"group-ketamine-therapy-canada","excerpt":"Active mania or recent hypomania✓ (or exclusion)","section":"When group fits versus when individual is safer"}]}]',
    scope:
      '{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally exclusions for group format","inferred":false}',
    note: 'Named as active mania or recent hypomania.',
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Active mania or recent hypomania✓ (or exclusion)',
        section: 'When group fits versus when individual is safer',
      },
    ],
  },
  'conditions/mood-disorders': {
    note: "The KAIR article's words for what the participants of a case series of four weekly group ketamine sessions also had, besides eating disorders: \"challenges\", not a diagnosis it names. No study lists it among its conditions: the article's words describe the population of that case series. That it is said of the group format is Katalog's reading of that case series (scope inferred).",
  },
  'conditions/personality-disorders': {
    note: "The KAIR article names those that might impact group dynamics, in its paragraph on situations that require careful evaluation by qualified clinicians (which it says of ketamine therapy in general; that it concerns the group format is Katalog's reading, kept on the contraindication record).",
  },
  'conditions/psychosis': {
    roles: '["contraindication","group_exclusion"]',
    role_statements:
      '[{"role":"contraindication","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"should definitely avoid ketamine therapy altogether","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Some people should definitely avoid ketamine therapy altogether.","section":"Potential risks & who should avoid"},{"source_id":"kair-group-therapy-unpacked","excerpt":"a history of psychosis or schizophrenia","section":"Potential risks & who should avoid"}]},{"role":"group_exclusion","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally exclusions for group format","inferred":false},"citations":[{"source_id":"group-ketamine-therapy-canada","excerpt":"Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.","section":"What is harder in group format"},{"source_id":"group-ketamine-therapy-canada","excerpt":"Active psychotic symptoms✓ (or exclusion)","section":"When group fits versus when individual is safer"}]}]',
    scope: null,
    note: 'The KAIR article names a history of psychosis; the Canadian article names active psychosis as generally an exclusion for the group format.',
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Some people should definitely avoid ketamine therapy altogether.',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'a history of psychosis or schizophrenia',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Active psychotic symptoms✓ (or exclusion)',
        section: 'When group fits versus when individual is safer',
      },
    ],
  },
  'conditions/ptsd': {
    note: "The Canadian article's format table has a row \"Severe interpersonal trauma or active PTSD with hypervigilance\"; the row's check mark was lost in extraction, so the text does not say which of the table's two columns the row is in, and Katalog does not give PTSD the role group_exclusion (the format-fit record for that row marks its column as Katalog's reading). The article's FAQ list of whom group KAT does not suit names severe interpersonal trauma, not PTSD.",
  },
  'conditions/social-anxiety': {
    roles: '["individual_more_suitable"]',
    role_statements:
      '[{"role":"individual_more_suitable","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"might find individual ketamine therapy more suitable than the group format","via":"one program","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"\\"individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy\\" might find individual ketamine therapy more suitable than the group format.","section":"Potential risks & who should avoid"},{"source_id":"kair-group-therapy-unpacked","excerpt":"As one program noted, \\"individuals with severe social anxiety","section":"Potential risks & who should avoid"}]}]',
    scope:
      '{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"might find individual ketamine therapy more suitable than the group format","via":"one program","inferred":false}',
    note: 'The KAIR article quotes "one program": such individuals "might find individual ketamine therapy more suitable than the group format".',
  },
  'conditions/substance-use-disorder': {
    roles: '["indication","contraindication","group_exclusion"]',
    role_statements:
      '[{"role":"indication","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"ketamine shows particular promise for conditions that haven\'t responded well to standard treatments.","section":"Is it right for you?"},{"source_id":"kair-group-therapy-unpacked","excerpt":"OCD, substance use disorders, eating disorders","section":"Is it right for you?"}]},{"role":"contraindication","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"should definitely avoid ketamine therapy altogether","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Some people should definitely avoid ketamine therapy altogether.","section":"Potential risks & who should avoid"},{"source_id":"kair-group-therapy-unpacked","excerpt":"people with active substance use disorders","section":"Potential risks & who should avoid"}]},{"role":"group_exclusion","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally exclusions for group format","inferred":false},"citations":[{"source_id":"group-ketamine-therapy-canada","excerpt":"Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.","section":"What is harder in group format"},{"source_id":"group-ketamine-therapy-canada","excerpt":"Active substance use disorder(exclusion in both)(after stabilization)","section":"When group fits versus when individual is safer"}]}]',
    scope: null,
    note: 'Named both ways: the KAIR article lists substance use disorders among conditions ketamine shows promise for, and says people with active substance use disorders "should definitely avoid ketamine therapy altogether"; the Canadian article says severe substance use is generally an exclusion for group format, and its format table marks active substance use disorder "(exclusion in both)" in its group cell and "(after stabilization)" in its individual cell.',
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: "ketamine shows particular promise for conditions that haven't responded well to standard treatments.",
        section: 'Is it right for you?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'OCD, substance use disorders, eating disorders',
        section: 'Is it right for you?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Some people should definitely avoid ketamine therapy altogether.',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'people with active substance use disorders',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Active substance use disorder(exclusion in both)(after stabilization)',
        section: 'When group fits versus when individual is safer',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
        section: 'What is harder in group format',
      },
    ],
  },
  'conditions/suicidality': {
    roles: '["group_exclusion","study_outcome"]',
    role_statements:
      '[{"role":"group_exclusion","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"Generally:","inferred":false},"citations":[{"source_id":"group-ketamine-therapy-canada","excerpt":"Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,","section":"Frequently asked questions"},{"source_id":"group-ketamine-therapy-canada","excerpt":"borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality,","section":"Frequently asked questions"}]},{"role":"study_outcome","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":true},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"he reported a brighter mood, fewer suicidal thoughts","section":"What the research says"}]}]',
    scope: null,
    note: "The Canadian article names active suicidality among those who are generally not candidates for group KAT. The KAIR article reports fewer suicidal thoughts as an outcome of one man's case of eight esketamine infusions combined with group therapy sessions.",
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,',
        section: 'Frequently asked questions',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality,',
        section: 'Frequently asked questions',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'he reported a brighter mood, fewer suicidal thoughts',
        section: 'What the research says',
      },
    ],
  },
  'conditions/trauma': {
    roles: '["indication","group_exclusion"]',
    role_statements:
      '[{"role":"indication","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"can be especially valuable","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"This can be especially valuable for those struggling with trauma","section":"What is ketamine group therapy?"}]},{"role":"group_exclusion","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"can be … often safer","inferred":false},"citations":[{"source_id":"group-ketamine-therapy-canada","excerpt":"Complex trauma. Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.","section":"What is harder in group format"}]}]',
    scope: null,
    note: 'Named both ways, by different articles: the KAIR article says group settings can be especially valuable for those struggling with trauma; the Canadian article says severe interpersonal trauma can be re-traumatizing in group, and that the individual format is often safer.',
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'This can be especially valuable for those struggling with trauma',
        section: 'What is ketamine group therapy?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'specifically for trauma-related conditions',
        section: 'Is it right for you?',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Complex trauma. Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.',
        section: 'What is harder in group format',
      },
    ],
  },
  'conditions/treatment-resistant-depression': {
    note: 'The KAIR article lists it first among conditions that haven\'t responded well to standard treatments; the Canadian article\'s format table has a row "Treatment-resistant depression with intact social functioning"; the row\'s check mark was lost in extraction, and Katalog infers that the table puts it under "Group format generally appropriate". That row gives it no role here: the Canadian article does not name it as an indication.',
  },
  'contraindications/active-bipolar-disorders': {
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Group is generally not appropriate for patients with severe interpersonal trauma, active psychotic or bipolar disorders',
        section: 'Key takeaways',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'individual format is safer in those cases.',
        section: 'Key takeaways',
      },
    ],
  },
  'contraindications/active-mania-or-recent-hypomania': {
    note: 'The Canadian article calls it generally an exclusion for group format; its format table\'s row reads "✓ (or exclusion)"; which column the mark stood in was lost in extraction, and the article does not say what "exclusion" covers. Its "What is harder in group format" names active mania only; the table and FAQ add recent hypomania.',
    scope:
      '{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally exclusions for group format; (or exclusion)","inferred":false}',
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Comorbid conditions. Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Active mania or recent hypomania✓ (or exclusion)',
        section: 'When group fits versus when individual is safer',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,',
        section: 'Frequently asked questions',
      },
    ],
  },
  'contraindications/active-psychotic-symptoms': {
    note: 'The Canadian article calls it generally an exclusion for group format; its format table\'s row reads "✓ (or exclusion)"; which column the mark stood in was lost in extraction, and the article does not say what "exclusion" covers. The KAIR article is stricter: a history of psychosis or schizophrenia means avoiding ketamine therapy altogether.',
    scope:
      '{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally exclusions for group format; (or exclusion)","inferred":false}',
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Group is generally not appropriate for patients with severe interpersonal trauma, active psychotic or bipolar disorders',
        section: 'Key takeaways',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Comorbid conditions. Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Active psychotic symptoms✓ (or exclusion)',
        section: 'When group fits versus when individual is safer',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,',
        section: 'Frequently asked questions',
      },
    ],
  },
  'contraindications/active-substance-use-group-format': {
    note: 'The Canadian article says severe substance use is generally an exclusion for group format and lists active substance use disorder among patients who are generally not candidates for group KAT. Its format table does not limit the exclusion to the group format: the row reads "(exclusion in both)" in the group cell and "(after stabilization)" in the individual cell, and the article says nothing more about the row.',
    scope:
      '{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally exclusions for group format; (exclusion in both); (after stabilization)","inferred":false}',
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Comorbid conditions. Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,',
        section: 'Frequently asked questions',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality,',
        section: 'Frequently asked questions',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Active substance use disorder(exclusion in both)(after stabilization)',
        section: 'When group fits versus when individual is safer',
      },
    ],
  },
  'contraindications/borderline-personality-disorder-with-marked-instability': {
    scope:
      '{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally exclusions for group format","inferred":false}',
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'or borderline personality disorder with marked instability — individual format is safer in those cases.',
        section: 'Key takeaways',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Comorbid conditions. Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Borderline personality disorder with marked instability',
        section: 'When group fits versus when individual is safer',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality,',
        section: 'Frequently asked questions',
      },
    ],
  },
  'contraindications/group-setting-requirements-not-met': {
    note: 'The KAIR article states these as requirements of the group setting ("You\'ll need to ..."), checked at intake to ensure group fit; it does not call them contraindications.',
  },
  'contraindications/history-of-disruptive-behavior-in-groups': {
    note: 'The KAIR article quotes "one program": such individuals "might find individual ketamine therapy more suitable than the group format".',
  },
  'contraindications/recent-severe-trauma-disclosure': {
    condition_ids: '["trauma"]',
  },
  'contraindications/severe-interpersonal-trauma': {
    scope:
      '{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally not appropriate","inferred":false}',
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Group is generally not appropriate for patients with severe interpersonal trauma, active psychotic or bipolar disorders',
        section: 'Key takeaways',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Complex trauma. Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Severe interpersonal trauma or active PTSD with hypervigilance',
        section: 'When group fits versus when individual is safer',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,',
        section: 'Frequently asked questions',
      },
    ],
  },
  'contraindications/severe-social-anxiety': {
    note: 'The KAIR article quotes "one program": such individuals "might find individual ketamine therapy more suitable than the group format".',
  },
  'contraindications/strong-preference-for-privacy': {
    note: 'The KAIR article, quoting "one program", says such individuals "might find individual ketamine therapy more suitable than the group format". The Canadian article does not name it as an exclusion but lists privacy first among what is harder in group format (others in the room see a patient\'s acute experience during dosing).',
  },
  'guides/guide-candidacy': {
    items:
      '[{"text":"The KAIR article says ketamine shows particular promise for treatment-resistant depression, among conditions that haven\'t responded well to standard treatments.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false}},{"text":"The KAIR article says ketamine shows particular promise for PTSD, among conditions that haven\'t responded well to standard treatments.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false}},{"text":"The KAIR article says ketamine shows particular promise for anxiety disorders, among conditions that haven\'t responded well to standard treatments.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false}},{"text":"The KAIR article says ketamine shows particular promise for OCD, among conditions that haven\'t responded well to standard treatments.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false}},{"text":"The KAIR article says ketamine shows particular promise for substance use disorders, among conditions that haven\'t responded well to standard treatments; the same article says some people should definitely avoid ketamine therapy altogether, including people with active substance use disorders.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false}},{"text":"The KAIR article says ketamine shows particular promise for eating disorders, among conditions that haven\'t responded well to standard treatments.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false}},{"text":"The KAIR article says ketamine shows particular promise for chronic pain with psychological components, among conditions that haven\'t responded well to standard treatments.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false}},{"text":"The KAIR article says that having tried standard treatments without adequate relief is \\"often a sign this approach might be worth exploring\\".","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"often … might","inferred":false}},{"text":"The KAIR article says the group setting brings additional considerations and lists them: feeling comfortable with vulnerability in a group context, respecting others\' boundaries, following group agreements, and managing personal needs without disrupting the collective experience.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false}},{"text":"One clinician quoted by the KAIR article says: \\"We perform thorough intake to ensure group fit\\".","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"via":"one clinician","inferred":false}},{"text":"The Canadian article says Roots to Thrive\'s intake assesses readiness for group format.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The Canadian article says not every clinically eligible KAT patient is a group fit, that group format is an excellent fit for some patients and a poor fit for others, and calls the question of fit \\"a screening conversation at intake, not a marketing question\\".","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"One program quoted by the KAIR article says \\"individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy\\" might find individual ketamine therapy more suitable than the group format.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"might","via":"one program","inferred":false}}]',
  },
  'guides/guide-costs': {
    items:
      '[{"text":"The KAIR article says group ketamine therapy typically costs 40-60% less than individual ketamine therapy.","value_min":40,"value_max":60,"unit":"percent less than individual","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"Typically","inferred":false}},{"text":"KAIR article: individual ketamine infusions typically cost $400-$600 per session (USD implied).","value_min":400,"value_max":600,"unit":"USD (implied; written \\"$\\") per session","scope":{"level":"format","format":"individual","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"typically","inferred":false}},{"text":"KAIR article: one-on-one ketamine-assisted psychotherapy (KAP) can run $600-$1,200 per session (USD implied).","value_min":600,"value_max":1200,"unit":"USD (implied; written \\"$\\") per session","scope":{"level":"format","format":"individual","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"can run","inferred":false}},{"text":"KAIR article: ketamine group therapy sessions usually range from $100-$250 (USD implied).","value_min":100,"value_max":250,"unit":"USD (implied; written \\"$\\") per session","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"usually","inferred":false}},{"text":"KAIR article: group ketamine retreats cost about $2,500-$5,000 for multi-day programs (USD implied).","value_min":2500,"value_max":5000,"unit":"USD (implied; written \\"$\\") per retreat","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"about","inferred":false}},{"text":"The KAIR article says a Colorado clinic offers a five-week group curriculum for depression, addiction, and PTSD at roughly half the cost of individual ketamine-assisted psychotherapy (KAP).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"program","format":null,"program_ids":["colorado-five-week-group"],"stated_by":["kair-group-therapy-unpacked"],"hedge":"roughly","inferred":false}},{"text":"The KAIR article says most insurance providers don\'t currently cover ketamine for mental health conditions, which makes the lower cost of group formats particularly valuable for many patients paying out-of-pocket (see the insurance and financial assistance guide).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"Most","inferred":false}},{"text":"Canadian article: Roots to Thrive group program (12 weeks, 3 sessions), approximately CAD $5,850 + GST.","value_min":5850,"value_max":5850,"unit":"CAD + GST (approximate)","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":"~","inferred":true}},{"text":"Canadian article: Roots to Thrive individual track (6 weeks, 3 sessions), approximately CAD $7,500 + tax.","value_min":7500,"value_max":7500,"unit":"CAD + tax (approximate)","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-individual"],"stated_by":["group-ketamine-therapy-canada"],"hedge":"~","inferred":false}},{"text":"The Canadian article says group format is typically substantially less expensive per session than individual, and that for patients who screen as group-appropriate the cost reduction can make a multi-session course accessible that an individual course would not be.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"typically","inferred":false}},{"text":"The Canadian article says group format trades privacy and individualized clinical attention for community connection, peer integration, and lower per-session cost.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"As one practitioner put it (KAIR article): \\"Group ketamine therapy is a key strategy for reducing financial barriers to psychedelic-assisted psychotherapy.\\"","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"via":"one practitioner","inferred":false}}]',
  },
  'guides/guide-group-dynamics': {
    items:
      '[{"text":"KAIR article: small groups of 4-8 participants receive ketamine under professional guidance while sharing preparation and integration experiences together.","value_min":4,"value_max":8,"unit":"participants per group","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false}},{"text":"Roots to Thrive (Canadian article): 20–40 participants per cohort.","value_min":20,"value_max":40,"unit":"participants per cohort","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Roots to Thrive (Canadian article): cohorts are broken into 6–9-person process groups.","value_min":6,"value_max":9,"unit":"people per process group","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Roots to Thrive (Canadian article): ~1:3 to 1:4 facilitator-to-participant ratio (about 3 to 4 participants per facilitator).","value_min":3,"value_max":4,"unit":"participants per facilitator (approx.)","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":"~","inferred":true}},{"text":"The KAIR article says the group establishes shared agreements about confidentiality, respect, and participation, and that these agreements create the safe container where genuine vulnerability becomes possible.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false}},{"text":"The KAIR article says individual ketamine therapy (KAP) offers the therapist\'s undivided attention, complete privacy, and dosing that can be precisely customized; it describes KAP in general, not any listed program.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"individual","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"can","inferred":false}},{"text":"The KAIR article says group ketamine therapy, on the other hand, creates a shared healing container, where group members offer collective wisdom and different perspectives on similar struggles.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false}},{"text":"Harder in group (Canadian article), privacy: multiple patients in one room during dosing means others see a patient\'s acute experience.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Harder in group (Canadian article), heterogeneity of experience: one participant\'s distress can affect others; experienced facilitation matters.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Harder in group (Canadian article), individualized clinical attention: even with strong facilitator-to-participant ratios, clinical attention is less granular than 1:1.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Harder in group (Canadian article), complex trauma: severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"can … often","inferred":false}},{"text":"Harder in group (Canadian article), comorbid conditions: active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally","inferred":false}},{"text":"The Canadian article says that in Roots to Thrive\'s group dosing model, participants share the dosing space with subgroup support.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The Canadian article says that in group integration models (some ATMA CENA member clinics, Sage Integrative Health), dosing is private and only integration is in group format.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"program","format":null,"program_ids":["sage-integration-circles"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Katalog\'s reading, not the Canadian article\'s: it says dosing is private in the group integration models of \\"some ATMA CENA member clinics\\" without naming a clinic there; that Port Credit Therapy Centre\'s Group Integration Sessions follow that model (private dosing) is Katalog\'s reading.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"program","format":null,"program_ids":["port-credit-group-integration"],"stated_by":["group-ketamine-therapy-canada"],"hedge":"some","inferred":true}},{"text":"\\"I realized that I don\'t need to know their stories nor do they need to know mine to have a strong trusting relationship\\" (a participant in a clinical case study, quoted by the KAIR article).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"via":"one participant in a clinical case study","inferred":false}},{"text":"The group is not just a billing convenience; it is the therapeutic container: community-of-practice work, peer process, and shared integration are part of the mechanism, not adjacent to it (Canadian article).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The Canadian article says both group models (group dosing + group integration, and individual dosing + group integration) trade off some privacy for community connection and, in Roots to Thrive\'s model, substantial cost savings versus individual KAT.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Many therapists note that the sense of community can more than make up for the reduced one-on-one attention (KAIR article).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"Many … can","inferred":false}},{"text":"The trauma-informed approach means facilitators understand how to hold space for difficult emotions that might arise (KAIR article).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"might","inferred":false}}]',
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'small groups of 4-8 participants receive ketamine under professional guidance while sharing preparation and integration experiences together.',
        section: 'The Healing Power of Shared Psychedelic Journeys',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          '20–40 participants per cohort, broken into 6–9-person process groups; ~1:3 to 1:4 facilitator-to-participant ratio',
        section: "Roots to Thrive — Canada's leading published group KAT model",
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Group format trades privacy and individualized clinical attention for community connection, peer integration, and lower per-session cost.',
        section: 'Key takeaways',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'The group will establish shared agreements about confidentiality, respect, and participation.',
        section: 'Pre-session preparation',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          "You'll receive their undivided attention and complete privacy during your experience. The dosing can be precisely custom to your needs",
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Group ketamine therapy, on the other hand, creates a shared healing container.',
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          "You'll benefit from collective wisdom as group members offer different perspectives on similar struggles.",
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Privacy. Multiple patients in one room during dosing means others see your acute experience.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          "Heterogeneity of experience. One participant's distress can affect others; experienced facilitation matters.",
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Individualized clinical attention. Even with strong facilitator-to-participant ratios, clinical attention is less granular than 1:1.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Complex trauma. Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Comorbid conditions. Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          "In Roots to Thrive's group dosing model, yes — participants share the dosing space with subgroup support.",
        section: 'Frequently asked questions',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'In group integration models (some ATMA CENA member clinics, Sage Integrative Health), dosing is private and only integration is in group format.',
        section: 'Frequently asked questions',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'I realized that I don\'t need to know their stories nor do they need to know mine to have a strong trusting relationship," reported one participant in a clinical case study.',
        section: 'What is ketamine group therapy?',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'The group is not just a billing convenience; it is the therapeutic container.',
        section: 'What is group ketamine-assisted therapy?',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Community-of-practice work, peer process, and shared integration are part of the mechanism, not adjacent to it.',
        section: 'What is group ketamine-assisted therapy?',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          "Both models trade off some privacy for community connection and (in Roots to Thrive's model) substantial cost savings versus individual KAT.",
        section: 'What is group ketamine-assisted therapy?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'Many therapists note that the sense of community can more than make up for the reduced one-on-one attention.',
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'The trauma-informed approach means facilitators understand how to hold space for difficult emotions that might arise.',
        section: 'Definition of ketamine group therapy',
      },
    ],
  },
  'guides/guide-medical-safety': {
    items:
      '[{"text":"The Canadian article\'s Medical Safety box: \\"Psychedelic-assisted therapy is not appropriate for everyone.\\"","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The Canadian article\'s Medical Safety box: \\"Screening, medication review, contraindications, and ongoing clinical oversight matter.\\"","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The Canadian article\'s Medical Safety box: \\"Speak with a licensed healthcare professional before making treatment decisions.\\"","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The KAIR article says every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation, including a review of current medications, heart health, mental health history and potential contraindications.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false}},{"text":"The Canadian article describes itself as for educational purposes only and not medical advice, diagnosis, or treatment.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The Canadian article\'s disclaimer: laws, clinical availability, and prescribing rules differ by jurisdiction.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}}]',
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Psychedelic-assisted therapy is not appropriate for everyone. Screening, medication review, contraindications, and ongoing clinical oversight matter.',
        section: 'Medical Safety',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Speak with a licensed healthcare professional before making treatment decisions.',
        section: 'Medical Safety',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'Every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation.',
        section: 'Pre-session preparation',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'This includes reviewing your current medications, checking your heart health, evaluating your mental health history, and identifying any potential contraindications',
        section: 'Pre-session preparation',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'This article is for educational purposes only and is not medical advice, diagnosis, or treatment. Laws, clinical availability, and prescribing rules differ by jurisdiction.',
        section: 'Medical Disclaimer',
      },
    ],
  },
  'programs/generic-group-kat': {
    description:
      'Group ketamine-assisted therapy (G-KAT) as the KAIR article describes it in general: a structured approach where small groups of 4-8 participants receive ketamine under professional guidance while sharing preparation and integration. Routes named: intramuscular injection, sublingual lozenges or troches, and intranasal application (less common in group settings). The KAIR article says it shows promising results for depression, anxiety, PTSD and other treatment-resistant conditions; it says group settings can be especially valuable for those struggling with trauma; and its conclusion names depression, PTSD, anxiety and eating disorders where it says ketamine group therapy offers a new path forward. These are the conditions recorded for this model. Treatment-resistant depression is not among them: the article says the group format shows promise for "depression, anxiety, PTSD, and other treatment-resistant conditions", and its conclusion speaks of "conditions that haven\'t responded to traditional treatments", among them "depression that won\'t lift"; calling that treatment-resistant depression would be Katalog\'s reading, not the article\'s words. Of ketamine in general, not of the group format, it says ketamine shows particular promise for conditions that haven\'t responded well to standard treatments, including treatment-resistant depression, PTSD, anxiety disorders, OCD, substance use disorders, eating disorders, and chronic pain with psychological components. It says some programs use telehealth for preparation and integration components. It says most insurance providers don\'t currently cover ketamine for mental health conditions, with limited exceptions for Spravato® (esketamine) in some treatment-resistant depression cases.',
    access:
      '{"website":null,"website_organization_id":null,"website_inferred":false,"steps":[{"kind":"screening","text":"The KAIR article says every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation.","organization_id":null,"source_id":"kair-group-therapy-unpacked","hedge":null,"inferred":false},{"kind":"intake_assessment","text":"One clinician quoted by the KAIR article says: \\"We perform thorough intake to ensure group fit\\".","organization_id":null,"source_id":"kair-group-therapy-unpacked","hedge":null,"inferred":false}]}',
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'Ketamine group therapy is a structured therapeutic approach where small groups of 4-8 participants receive ketamine under professional guidance while sharing preparation and integration experiences',
        section: 'The Healing Power of Shared Psychedelic Journeys',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Shows promising results for depression, anxiety, PTSD, and other treatment-resistant conditions',
        section: 'What is ketamine group therapy?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          "The research we've explored shows real promise for people struggling with conditions that haven't responded to traditional treatments.",
        section: 'Conclusion',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          "Whether it's depression that won't lift, PTSD that haunts your days, anxiety that won't quiet down, or eating disorders that feel impossible to overcome",
        section: 'Conclusion',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          "Clinically speaking, ketamine shows particular promise for conditions that haven't responded well to standard treatments.",
        section: 'Is it right for you?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'These include treatment-resistant depression, PTSD, anxiety disorders, OCD, substance use disorders, eating disorders, and chronic pain with psychological components.',
        section: 'Is it right for you?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'This can be especially valuable for those struggling with trauma, where feeling disconnected is part of the suffering.',
        section: 'What is ketamine group therapy?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          "PTSD that haunts your days, anxiety that won't quiet down, or eating disorders that feel impossible to overcome—ketamine group therapy offers a new path forward.",
        section: 'Conclusion',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Intramuscular injection (IM) for precise dosing and reliable absorption',
        section: 'The dosing experience',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Sublingual lozenges or troches for a slower onset and gentler experience',
        section: 'The dosing experience',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Intranasal application (less common in group settings)',
        section: 'The dosing experience',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Later, either in the same session or at a follow-up meeting, the group gathers for a sharing circle.',
        section: 'Post-session integration',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Some innovative programs are incorporating telehealth for preparation and integration components',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          "Most insurance providers don't currently cover ketamine for mental health conditions, with limited exceptions for Spravato® (esketamine) in some treatment-resistant depression cases.",
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'Every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation.',
        section: 'Pre-session preparation',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: '"We perform thorough intake to ensure group fit," emphasized one clinician in our research.',
        section: 'Potential risks & who should avoid',
      },
    ],
  },
  'programs/generic-individual-kap': {
    description:
      "Individual ketamine therapy (often called KAP or Ketamine-Assisted Psychotherapy) as the KAIR article describes it: the patient works one-on-one with a therapist, with the therapist's undivided attention and complete privacy; dosing can be precisely customized to the patient's needs, and deeply personal material can be worked through without considering others' comfort levels. The KAIR article quotes one program as saying that \"individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy\" might find individual ketamine therapy more suitable than the group format.",
  },
  'session_phases/dosing-experience': {
    description:
      'The KAIR article says that while each program has its unique elements, most follow the structure it describes. As the KAIR article describes it, participants receive ketamine in a shared, thoughtfully designed space (comfortable seating or reclining options, gentle lighting, temperature control, privacy screens when needed, accessible restrooms). Routes include intramuscular injection, sublingual lozenges or troches, and, less commonly in group settings, intranasal application (see dosing-routes). After administration each participant wears an eye mask and headphones playing carefully curated music; facilitators remain present throughout, monitoring vital signs and maintaining the safety of the space. The active phase typically lasts 45-90 minutes, followed by a gentle rest period. The Canadian article says that in the Roots to Thrive model participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work.',
  },
  'session_phases/pre-session-preparation': {
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'While each program has its unique elements, most follow a thoughtful structure designed to create a safe, supportive, and transformative experience.',
        section: 'Inside a Ketamine Group Therapy Session',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'The journey begins long before any medicine enters your system. Preparation is the foundation of a meaningful experience.',
        section: 'Pre-session preparation',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'Every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation.',
        section: 'Pre-session preparation',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'This includes reviewing your current medications, checking your heart health, evaluating your mental health history, and identifying any potential contraindications',
        section: 'Pre-session preparation',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          "Roots to Thrive's intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit.",
        section: 'What is harder in group format',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'Rather than fixating on specific outcomes, facilitators encourage a balance of focused purpose and open curiosity.',
        section: 'Pre-session preparation',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: '"Hold treatment intentions lightly to avoid anxiety," is common advice in clinical protocols.',
        section: 'Pre-session preparation',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'The group will establish shared agreements about confidentiality, respect, and participation.',
        section: 'Pre-session preparation',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          "You'll receive guidance on fasting (usually 3-4 hours before), staying hydrated, wearing comfortable clothing, and bringing personal items",
        section: 'Pre-session preparation',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'bringing personal items that might support your journey like a journal or meaningful object.',
        section: 'Pre-session preparation',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'Just before receiving ketamine, the group often engages in breathwork or meditation to center attention and calm any pre-session jitters.',
        section: 'Pre-session preparation',
      },
    ],
  },
  'format_fit/active-substance-use-disorder': {
    note: 'Both cells survive. The Canadian article\'s table reads "(exclusion in both)" in the group cell and "(after stabilization)" in the individual cell; it says nothing more about the row. The favoured format recorded, "neither", is Katalog\'s summary of the two cells while the disorder is active, not the article\'s word: the individual cell\'s "(after stabilization)" is not in it (read the cells). The Canadian article\'s "Comorbid conditions" item calls severe substance use generally an exclusion for group format, and its FAQ lists active substance use disorder under "Who is not a candidate for group KAT?".',
  },
  'dosing_routes/intramuscular': {
    dose_scope:
      '{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"typically … carefully adjusted for your individual factors and treatment goals","inferred":false}',
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Intramuscular injection (IM) for precise dosing and reliable absorption',
        section: 'The dosing experience',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'Dosages typically range from 0.5mg/kg to 1.5mg/kg for intramuscular administration, or 100mg to 400mg for sublingual, carefully adjusted for your individual factors and treatment goals.',
        section: 'The dosing experience',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: '12-week cohort with 3 IM or SL ketamine sessions',
        section: 'Key takeaways',
      },
    ],
  },
  'dosing_routes/sublingual': {
    dose_scope:
      '{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"typically … carefully adjusted for your individual factors and treatment goals","inferred":false}',
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Sublingual lozenges or troches for a slower onset and gentler experience',
        section: 'The dosing experience',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          'Dosages typically range from 0.5mg/kg to 1.5mg/kg for intramuscular administration, or 100mg to 400mg for sublingual, carefully adjusted for your individual factors and treatment goals.',
        section: 'The dosing experience',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: '12-week cohort with 3 IM or SL ketamine sessions',
        section: 'Key takeaways',
      },
    ],
  },
  'findings/healthcare-providers-92-percent-less-interference': {
    summary: '92% of participants reported less interference with their daily life and work.',
  },
};

/** The seed as it was before 0026: the records 0026 corrects, as they were (for tests that start from an older seed). */
export function seedBefore0026(): typeof seedData {
  // 0028 corrected some records again: their values before 0028 first, then what 0026 found (older) over them.
  return seedWith(seedBefore('0028'), BEFORE_0026);
}

/**
 * What migration 0047 (audit 24 A24-1, A24-5) corrects, as the seed stored it before: the G-KAT description, whose list
 * of conditions for which ketamine in general shows particular promise ran on from its scope, and whose two sentences
 * after it gave the KAIR article's words as "It says …".
 */
export const BEFORE_0047: Record<string, Row> = {
  'programs/generic-group-kat': {
    description:
      'Group ketamine-assisted therapy (G-KAT) as the KAIR article describes it in general: a structured approach where small groups of 4-8 participants receive ketamine under professional guidance while sharing preparation and integration. Routes named in the session structure it says most programs follow: intramuscular injection, sublingual lozenges or troches, and intranasal application (less common in group settings). The KAIR article says it shows promising results for depression, anxiety, PTSD and other treatment-resistant conditions; it says group settings can be especially valuable for those struggling with trauma; and its conclusion names depression, PTSD, anxiety and eating disorders where it says ketamine group therapy offers a new path forward. Treatment-resistant depression is not among them: the article says the group format shows promise for "depression, anxiety, PTSD, and other treatment-resistant conditions", and its conclusion speaks of "conditions that haven\'t responded to traditional treatments", among them "depression that won\'t lift"; calling that treatment-resistant depression would be Katalog\'s reading, not the article\'s words. Of ketamine in general, not of the group format, it says ketamine shows particular promise for conditions that haven\'t responded well to standard treatments, including treatment-resistant depression, PTSD, anxiety disorders, OCD, substance use disorders, eating disorders, and chronic pain with psychological components. It says some programs use telehealth for preparation and integration components. It says most insurance providers don\'t currently cover ketamine for mental health conditions, with limited exceptions for Spravato® (esketamine) in some treatment-resistant depression cases.',
  },
};

/**
 * What migration 0048 (audit 25 A25-1) corrects, as the seed stored it before: the contraindication that joined "severe
 * substance use" (said of the group format) to the format table's row "(exclusion in both)", said of both formats. The
 * row became a record of its own, which start-up adds (seed/load.ts ADDED_BY_MIGRATIONS): the seed before 0048 has
 * none (`seedBefore`).
 */
export const BEFORE_0048: Record<string, Row> = {
  'contraindications/active-substance-use-group-format': {
    applies_to: 'any',
    scope:
      '{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"(exclusion in both)","inferred":false}',
    note: 'The Canadian article says severe substance use is generally an exclusion for group format and lists active substance use disorder among patients who are generally not candidates for group KAT; that FAQ answer ends "Individual format is safer in these cases". The Canadian article\'s format table does not limit the exclusion to the group format: the row reads "(exclusion in both)" in the group cell and "(after stabilization)" in the individual cell ("Individual format safer"). The Canadian article does not reconcile the table\'s "(exclusion in both)" with the FAQ\'s "Individual format is safer in these cases", and says nothing more about the row.',
    // The seed's citations, then the table's row and its column headers, which 0048 takes off.
    citations: [
      ...(seedData.contraindications.find((c) => c.id === 'active-substance-use-group-format')?.citations ?? []),
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Active substance use disorder(exclusion in both)(after stabilization)',
        section: 'When group fits versus when individual is safer',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Group format generally appropriateIndividual format safer',
        section: 'When group fits versus when individual is safer',
      },
    ],
  },
};

/** The texts `was` rewrites, by their current value (a column's text; guide item texts by position). */
function textsBefore(was: typeof BEFORE_0028): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, columns] of Object.entries(was)) {
    const [collection, id] = key.split('/') as [keyof typeof seedData, string];
    // The record as the seed had it before the later corrections of the same text (0047's and 0048's, defined above for
    // this; the earlier one last).
    const now = {
      ...((seedData[collection] as unknown as Row[]).find((r) => r.id === id) as Row),
      ...BEFORE_0048[key],
      ...BEFORE_0047[key],
    };
    for (const [column, value] of Object.entries(columns)) {
      if (typeof value !== 'string') continue;
      if (!/^[[{]/.test(value)) {
        if (typeof now[column] === 'string' && now[column] !== value) out[now[column] as string] = value;
        continue;
      }
      if (collection !== 'guides' || column !== 'items') continue;
      const old = JSON.parse(value) as Row[];
      for (const [i, item] of (now.items as Row[]).entries())
        if (old[i] && old[i].text !== item.text) out[item.text as string] = old[i].text as string;
    }
  }
  return out;
}

/**
 * What migration 0026 rewrites in texts (a description, guide item texts), by their current value: derived from
 * BEFORE_0026 and the seed, so an old database built from today's seed holds them as they were.
 */
export const TEXTS_BEFORE_0026: Record<string, string> = textsBefore(BEFORE_0026);

/**
 * What migration 0028 (audit 13 and the readers after it: stored texts speak of the articles, "most follow" kept in
 * free text, the article's base words, the case series' group sessions cited) corrects, as the seed stored it before:
 * by `collection/id`, the stored column values (JSON text for JSON columns) and the citation list. Generated from the
 * seed before and after the change, as BEFORE_0026 was.
 */
export const BEFORE_0028: Record<
  string,
  Row & { citations?: { source_id: string; excerpt: string; section: string }[] }
> = {
  'conditions/treatment-resistant-depression': {
    note: 'The KAIR article lists it first among conditions that haven\'t responded well to standard treatments; the Canadian article\'s format table has a row "Treatment-resistant depression with intact social functioning"; the row\'s check mark was lost in extraction, and Katalog infers that the table puts it under "Group format generally appropriate". The Canadian article does not call it an indication, so no statement of this record is taken from that row.',
  },
  'conditions/ptsd': {
    note: "The Canadian article's format table has a row \"Severe interpersonal trauma or active PTSD with hypervigilance\"; the row's check mark was lost in extraction, so the text does not say which of the table's two columns the row is in, and Katalog does not record it as a group exclusion of PTSD (which column the row is in is Katalog's reading). The article's FAQ list of whom group KAT does not suit names severe interpersonal trauma, not PTSD.",
  },
  'conditions/anxiety': {
    note: 'Besides naming anxiety disorders among the conditions for which it says ketamine shows particular promise, the KAIR article says severe anxiety that might be triggered by altered states requires careful evaluation. The Canadian article\'s format table has a row "Mild-to-moderate anxiety or trauma" whose check mark was lost in extraction, so Katalog reads no role for anxiety from it.',
  },
  'conditions/eating-disorders': {
    role_statements:
      '[{"role":"indication","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"ketamine shows particular promise for conditions that haven\'t responded well to standard treatments.","section":"Is it right for you?"},{"source_id":"kair-group-therapy-unpacked","excerpt":"substance use disorders, eating disorders, and chronic pain with psychological components.","section":"Is it right for you?"}]},{"role":"study_population","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"A small but illuminating case series followed five participants with eating disorders","section":"What the research says"}]},{"role":"indication","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows real promise","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"The research we\'ve explored shows real promise for people struggling with conditions that haven\'t responded to traditional treatments.","section":"Conclusion"},{"source_id":"kair-group-therapy-unpacked","excerpt":"PTSD that haunts your days, anxiety that won\'t quiet down, or eating disorders that feel impossible to overcome—ketamine group therapy offers a new path forward.","section":"Conclusion"}]}]',
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: "ketamine shows particular promise for conditions that haven't responded well to standard treatments.",
        section: 'Is it right for you?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'substance use disorders, eating disorders, and chronic pain with psychological components.',
        section: 'Is it right for you?',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'A small but illuminating case series followed five participants with eating disorders',
        section: 'What the research says',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          "The research we've explored shows real promise for people struggling with conditions that haven't responded to traditional treatments.",
        section: 'Conclusion',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt:
          "PTSD that haunts your days, anxiety that won't quiet down, or eating disorders that feel impossible to overcome—ketamine group therapy offers a new path forward.",
        section: 'Conclusion',
      },
    ],
  },
  'conditions/mood-disorders': {
    role_statements:
      '[{"role":"study_population","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":true},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"five participants with eating disorders who also had mood and anxiety challenges","section":"What the research says"}]}]',
    note: "The KAIR article's words for what the participants of a case series of four weekly group ketamine sessions also had, besides eating disorders: \"challenges\", not a diagnosis it names. No study lists it among its conditions: the article's words describe the population of that case series. That it is said of the group format is Katalog's reading of that case series.",
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'five participants with eating disorders who also had mood and anxiety challenges',
        section: 'What the research says',
      },
    ],
  },
  'organizations/vancouver-island-university': {
    description:
      "University partner of Roots to Thrive, the group KAT program in Nanaimo, BC. The Canadian article's source list gives a page under the label \"Vancouver Island University — Roots to Thrive partnership\" (https://giving.viu.ca/roots-thrive): by its label a page about the partnership, on what Katalog reads from the address as the university's own site (giving.viu.ca), not its homepage nor a page about the university's own services (as the Sage and ATMA CENA addresses are, by their labels), so no website is recorded. The article does not state where the university itself is located.",
  },
  'organizations/indigenous-reconciliation-fund': {
    description:
      'Fund that supports First Nations cohort participants at Roots to Thrive (the Canadian article says it specifically supports First Nations cohort participation). The Canadian article describes it as providing support, not as a program partner. Its source list gives a page under the label "Indigenous Reconciliation Fund — Snuneymuxw / Roots to Thrive" (https://irfund.ca/en/snuneymuxw-first-nation-collaboration-and-reconciliation-with-roots-to-thrive-program/): by its label a page about Snuneymuxw and Roots to Thrive, on what Katalog reads from the address as the fund\'s own site (irfund.ca), not its homepage nor a page about the fund\'s own work in general, so no website is recorded. The article says nothing else of that page.',
  },
  'dosing_routes/intramuscular': {
    description:
      'The KAIR article lists intramuscular injection (IM) among the routes ketamine may be administered through, "for precise dosing and reliable absorption". The KAIR article, describing ketamine group therapy in general, says doses typically range from 0.5mg/kg to 1.5mg/kg for intramuscular administration, carefully adjusted for individual factors and treatment goals. The Canadian article says Roots to Thrive\'s group cohorts use IM or sublingual ketamine sessions and gives no dose for them.',
  },
  'dosing_routes/sublingual': {
    description:
      'The KAIR article lists sublingual lozenges or troches among the routes ketamine may be administered through, "for a slower onset and gentler experience". The KAIR article, describing ketamine group therapy in general, says doses typically range from 100mg to 400mg for sublingual administration (a fixed dose in mg, not per kg), carefully adjusted for individual factors and treatment goals. The Canadian article says Roots to Thrive\'s group cohorts use IM or sublingual (SL) ketamine sessions and gives no dose for them.',
  },
  'dosing_routes/intranasal': {
    description:
      'Intranasal application, which the KAIR article lists as a route for ketamine group therapy but describes as less common in group settings. No dose is given.',
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Intranasal application (less common in group settings)',
        section: 'The dosing experience',
      },
    ],
  },
  'programs/generic-group-kat': {
    structure:
      'Small groups of 4-8 participants receive ketamine under professional guidance, facilitated by trained clinicians, sharing preparation and integration experiences together. Sessions include preparation, the medicine experience and integration (a sharing circle in the same session or at a follow-up meeting). The KAIR article says most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter (stated for ketamine therapy generally, not only group).',
    access:
      '{"website":null,"website_organization_id":null,"website_inferred":false,"steps":[{"kind":"screening","text":"The KAIR article says every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation.","organization_id":null,"source_id":"kair-group-therapy-unpacked","hedge":"most follow","inferred":false},{"kind":"intake_assessment","text":"One clinician quoted by the KAIR article says: \\"We perform thorough intake to ensure group fit\\".","organization_id":null,"source_id":"kair-group-therapy-unpacked","hedge":null,"inferred":false}]}',
    description:
      'Group ketamine-assisted therapy (G-KAT) as the KAIR article describes it in general: a structured approach where small groups of 4-8 participants receive ketamine under professional guidance while sharing preparation and integration. Routes named: intramuscular injection, sublingual lozenges or troches, and intranasal application (less common in group settings). The KAIR article says it shows promising results for depression, anxiety, PTSD and other treatment-resistant conditions; it says group settings can be especially valuable for those struggling with trauma; and its conclusion names depression, PTSD, anxiety and eating disorders where it says ketamine group therapy offers a new path forward. Treatment-resistant depression is not among them: the article says the group format shows promise for "depression, anxiety, PTSD, and other treatment-resistant conditions", and its conclusion speaks of "conditions that haven\'t responded to traditional treatments", among them "depression that won\'t lift"; calling that treatment-resistant depression would be Katalog\'s reading, not the article\'s words. Of ketamine in general, not of the group format, it says ketamine shows particular promise for conditions that haven\'t responded well to standard treatments, including treatment-resistant depression, PTSD, anxiety disorders, OCD, substance use disorders, eating disorders, and chronic pain with psychological components. It says some programs use telehealth for preparation and integration components. It says most insurance providers don\'t currently cover ketamine for mental health conditions, with limited exceptions for Spravato® (esketamine) in some treatment-resistant depression cases.',
  },
  'prices/kair-individual-infusion-400-600': {
    note: 'The KAIR article says individual ketamine infusions "typically cost between $400-$600 per session", beside one-on-one ketamine-assisted psychotherapy at $600-$1,200 per session. An infusion is a different treatment from a therapy session. Currency is not stated; USD is inferred.',
  },
  'prices/kair-group-retreat-2500-5000': {
    note: 'For multi-day programs; the article says this "still offers value compared to equivalent individual treatment". A general figure, not the price of KAIR Program\'s own retreats. Currency is not stated; USD is inferred.',
  },
  'prices/atma-cena-member-clinic-group-integration-price': {
    note: "No amount is given (\"Varies by clinic\"); the cost table gives Port Credit Therapy Centre, Mississauga, as the example member clinic. A group integration session is integration only: the Canadian article says patients of these member clinics receive ketamine in private dosing sessions and join group integration for post-medicine processing, so the session pays for no dosing. That this clinic's sessions follow that model, and so that the price is for integration only, is Katalog's reading, as is that clinic's private dosing. The row is of member clinics in general; it is given with Port Credit's program because the table gives that clinic as its example. No currency is written; CAD is Katalog's reading for a Canadian clinic.",
  },
  'contraindications/interacting-medications': {
    note: 'The KAIR article says it requires careful evaluation by qualified clinicians and more thorough screening, and that pre-session screening includes reviewing current medications.',
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Other situations require careful evaluation by qualified clinicians.',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'take medications that could interact with ketamine',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: "you'll need more thorough screening.",
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'This includes reviewing your current medications',
        section: 'Pre-session preparation',
      },
    ],
  },
  'contraindications/severe-personality-disorders-affecting-group-dynamics': {
    note: 'The KAIR article names it among the situations that require careful evaluation by qualified clinicians and more thorough screening, in the same paragraph as severe anxiety, dissociative disorders and interacting medications (which it says of ketamine therapy in general). That it concerns the group format is Katalog\'s reading of the words "might impact group dynamics"; the KAIR article does not say it of the group format in words. The Canadian article is stricter for one such disorder: borderline personality disorder with marked instability is generally an exclusion for group format.',
  },
  'contraindications/active-psychotic-symptoms': {
    note: 'The Canadian article calls it generally an exclusion for group format. The Canadian article\'s format table\'s row reads "✓ (or exclusion)"; which column the mark stood in was lost in extraction, and Katalog places it in "Individual format safer"; the Canadian article does not say what "exclusion" covers, so this record does not say the individual format fits. The KAIR article is stricter: a history of psychosis or schizophrenia means avoiding ketamine therapy altogether.',
  },
  'contraindications/active-mania-or-recent-hypomania': {
    note: 'The Canadian article calls it generally an exclusion for group format. The Canadian article\'s format table\'s row reads "✓ (or exclusion)"; which column the mark stood in was lost in extraction, and Katalog places it in "Individual format safer"; the Canadian article does not say what "exclusion" covers, so this record does not say the individual format fits. Its "What is harder in group format" names active mania only; the table and FAQ add recent hypomania.',
  },
  'contraindications/active-bipolar-disorders': {
    note: 'Named only in the key takeaways ("active psychotic or bipolar disorders"); the body, table and FAQ name active mania or recent hypomania instead. The Canadian article\'s takeaway says individual format is safer in those cases.',
  },
  'format_fit/treatment-resistant-depression-intact-social-functioning': {
    note: 'The check mark was lost in extraction; the group column is inferred. The row describes a patient without any of the group exclusions the Canadian article lists, with the social functioning that group work relies on (peer normalization, skills practice "in a real social field"); the rows Katalog places under "Individual format safer" (their check marks were lost too) name situations the Canadian article lists in its key takeaways, "What is harder in group format" or its FAQ, except "Need for individualized dose titration", which none of these names (Katalog reads that row from what the article says of individualized clinical attention in group format).',
  },
  'format_fit/active-substance-use-disorder': {
    note: 'Both cells survive. The Canadian article\'s table reads "(exclusion in both)" in the group cell and "(after stabilization)" in the individual cell; it says nothing more about the row. The favoured format recorded, "neither", is Katalog\'s summary of the two cells while the disorder is active, not the article\'s word: the individual cell\'s "(after stabilization)" is not in it. The Canadian article\'s "Comorbid conditions" item calls severe substance use generally an exclusion for group format, and its FAQ lists active substance use disorder under "Who is not a candidate for group KAT?".',
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Active substance use disorder(exclusion in both)(after stabilization)',
        section: 'When group fits versus when individual is safer',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Group format generally appropriateIndividual format safer',
        section: 'When group fits versus when individual is safer',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Comorbid conditions. Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,',
        section: 'Frequently asked questions',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality,',
        section: 'Frequently asked questions',
      },
    ],
  },
  'findings/healthcare-providers-depression-79-percent-improved': {
    summary: '79% of participants with depression showed significant clinical improvement.',
  },
  'findings/healthcare-providers-ptsd-86-percent-no-longer-met-criteria': {
    summary: '86% of participants who started with PTSD no longer met the criteria after the program.',
  },
  'findings/dames-2025-program-participants-750-plus': {
    summary:
      "The Canadian article says this protocol and the safety/tolerability data of Tsang et al. 2023 together document the Roots to Thrive program's structure and outcomes across 750+ participants. The figure is program-wide and attributed to both publications jointly (the same figure is recorded on both studies, as one figure, not two counts to be summed); no per-publication count is given.",
  },
  'findings/dames-2025-program-kap-sessions-2000-plus': {
    summary:
      'The Canadian article says this protocol and the safety/tolerability data of Tsang et al. 2023 together document the Roots to Thrive program across 2,000+ KAP sessions. The figure is program-wide and attributed to both publications jointly (the same figure is recorded on both studies, as one figure, not two counts to be summed).',
  },
  'findings/tsang-2023-program-participants-750-plus': {
    summary:
      "The Canadian article says these safety/tolerability data and the clinical protocol of Dames et al. 2025 together document the Roots to Thrive program's structure and outcomes across 750+ participants; elsewhere it says the program has reported safety and tolerability data from hundreds of participants. The figure is program-wide and attributed to both publications jointly (the same figure is recorded on both studies, as one figure, not two counts to be summed); no per-publication count is given.",
  },
  'findings/tsang-2023-program-kap-sessions-2000-plus': {
    summary:
      'The Canadian article says these safety/tolerability data and the clinical protocol of Dames et al. 2025 together document the Roots to Thrive program across 2,000+ KAP sessions; elsewhere it says the program has reported safety and tolerability data from thousands of KAP sessions. The figure is program-wide and attributed to both publications jointly (the same figure is recorded on both studies, as one figure, not two counts to be summed).',
  },
  'session_phases/pre-session-preparation': {
    description:
      'The KAIR article says that while each program has its unique elements, most follow the structure it describes. As the KAIR article describes it, preparation begins before any medicine is given. The KAIR article says every participant undergoes thorough medical and psychological screening to check that ketamine is appropriate. Participants develop intentions for the experience, held lightly, with a balance of focused purpose and open curiosity. The group establishes shared agreements about confidentiality, respect and participation, which create the safe container. Participants receive practical guidance (fasting, hydration, clothing, personal items), and just before receiving ketamine the group often does breathwork or meditation.',
  },
  'guides/guide-course-of-treatment': {
    items:
      '[{"text":"Initial protocol (KAIR article): most initial protocols involve 4-6 sessions.","value_min":4,"value_max":6,"unit":"sessions","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most","inferred":false}},{"text":"KAIR article: most initial protocols run over 2-3 months.","value_min":2,"value_max":3,"unit":"months","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most","inferred":false}},{"text":"KAIR article: in most initial protocols, maintenance sessions are recommended every 1-3 months thereafter.","value_min":1,"value_max":3,"unit":"months between maintenance sessions","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most","inferred":false}},{"text":"KAIR article: approximate total first-year investment in group format of $1,000-$3,000 (currency not stated; USD implied).","value_min":1000,"value_max":3000,"unit":"USD (implied; written \\"$\\")","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"approximately","inferred":false}},{"text":"KAIR article: total first-year investment for comparable individual treatment of $3,500-$10,000+, in the sentence that puts the group figure at \\"approximately $1,000-$3,000\\" (its \\"approximately\\" is read as qualifying both figures; open-ended upper figure \\"$10,000+\\", so no maximum is recorded; currency not stated; USD implied).","value_min":3500,"value_max":null,"unit":"USD (implied; written \\"$\\")","scope":{"level":"format","format":"individual","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"approximately","inferred":false}},{"text":"Canadian article: the Roots to Thrive (Nanaimo, BC) group cohort runs 12 weeks, integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration, and Indigenous wellness contributions.","value_min":12,"value_max":12,"unit":"weeks","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Canadian article: the Roots to Thrive group cohort has 3 ketamine sessions (IM or sublingual) across the 12-week program.","value_min":3,"value_max":3,"unit":"ketamine sessions","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Canadian article: the Roots to Thrive individual track is 6 weeks with 3 sessions.","value_min":6,"value_max":6,"unit":"weeks","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-individual"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The KAIR article says the process requires commitment: engaging fully in preparation and integration work, attending all scheduled sessions, and having support outside the program. It also says healing isn\'t a one-and-done event but a process that unfolds over time.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false}}]',
  },
  'guides/guide-side-effects-and-risks': {
    items:
      '[{"text":"The KAIR article says that during sessions participants might experience temporary physical effects such as increased blood pressure (effects of ketamine sessions in general: Katalog\'s reading, so inferred).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"might","inferred":true}},{"text":"The KAIR article says that during sessions participants might experience temporary physical effects such as increased heart rate (effects of ketamine sessions in general: Katalog\'s reading, so inferred).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"might","inferred":true}},{"text":"The KAIR article says that during sessions participants might experience temporary physical effects such as nausea (effects of ketamine sessions in general: Katalog\'s reading, so inferred).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"might","inferred":true}},{"text":"The KAIR article says that during sessions participants might experience temporary physical effects such as dizziness (effects of ketamine sessions in general: Katalog\'s reading, so inferred).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"might","inferred":true}},{"text":"The KAIR article says the dissociative experience itself, while therapeutically valuable, can sometimes feel uncomfortable or disorienting (said of ketamine\'s effect in general: Katalog\'s reading, so inferred).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"can sometimes","inferred":true}},{"text":"The KAIR article says ketamine can bring challenging emotional material to the surface and that it\'s important to be prepared for potentially difficult emotions or temporary confusion during the experience.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"can","inferred":false}},{"text":"Roots to Thrive program safety data (Tsang et al. 2023, \\"in the Roots to Thrive Ketamine-Assisted Therapy Program\\"), as the Canadian article reports them under its group model: temporary blood-pressure elevations of about 12% (\\"~12% increase\\"), all reversible.","value_min":12,"value_max":12,"unit":"percent increase (approximate)","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":"~","inferred":false}},{"text":"Roots to Thrive program safety data (Tsang et al. 2023, \\"in the Roots to Thrive Ketamine-Assisted Therapy Program\\"), as the Canadian article reports them under its group model: nausea in fewer than 13% of sessions (\\"<13%\\").","value_min":null,"value_max":13,"unit":"percent of sessions (less than)","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":"<","inferred":false}},{"text":"Roots to Thrive program safety data (Tsang et al. 2023, \\"in the Roots to Thrive Ketamine-Assisted Therapy Program\\"), as the Canadian article reports them under its group model: no serious adverse events documented across the data set.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The Canadian article names group-specific risks: one participant\'s distress can affect others (experienced facilitation matters), and severe interpersonal trauma can be re-traumatizing in group; it says individual format is often safer there.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"often","inferred":false}}]',
  },
  'guides/guide-benefits': {
    summary:
      'Both articles describe what sharing ketamine-assisted therapy with a group adds: peer normalization and feeling less alone, learning from witnessing others, accountability, reduced stigma, community, and lower cost. The KAIR article adds that group support may help extend ketamine\'s antidepressant effects and help people integrate their experiences and maintain improvements longer. It also gives the KAIR article\'s account of how ketamine works (NMDA antagonism opening a "neuroplastic window") and its point that integration is crucial for lasting benefits. What is harder in group format is in the group dynamics guide.',
  },
  'guides/guide-group-dynamics': {
    summary:
      'The Canadian article says group format trades privacy and individualized clinical attention for community connection, peer integration and lower per-session cost. The KAIR article describes small groups of 4-8 participants who share preparation and integration and agree on confidentiality, respect and participation; the Canadian article says Roots to Thrive runs cohorts of 20–40 participants broken into 6–9-person process groups with a ~1:3 to 1:4 facilitator-to-participant ratio. The Canadian article lists what is harder in group format: privacy, heterogeneity of experience, less individualized clinical attention, complex trauma, and comorbid conditions. What the group adds is in the benefits guide.',
    items:
      '[{"text":"KAIR article: small groups of 4-8 participants receive ketamine under professional guidance while sharing preparation and integration experiences together.","value_min":4,"value_max":8,"unit":"participants per group","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false}},{"text":"Roots to Thrive (Canadian article): 20–40 participants per cohort.","value_min":20,"value_max":40,"unit":"participants per cohort","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Roots to Thrive (Canadian article): cohorts are broken into 6–9-person process groups.","value_min":6,"value_max":9,"unit":"people per process group","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Roots to Thrive (Canadian article): ~1:3 to 1:4 facilitator-to-participant ratio (about 3 to 4 participants per facilitator).","value_min":3,"value_max":4,"unit":"participants per facilitator (approx.)","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":"~","inferred":false}},{"text":"The KAIR article says the group establishes shared agreements about confidentiality, respect, and participation, and that these agreements create the safe container where genuine vulnerability becomes possible.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most follow","inferred":false}},{"text":"The KAIR article says individual ketamine therapy (KAP) offers the therapist\'s undivided attention, complete privacy, and dosing that can be precisely customized; it describes KAP in general, not any listed program.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"individual","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"can","inferred":false}},{"text":"The KAIR article says group ketamine therapy, on the other hand, creates a shared healing container, where group members offer collective wisdom and different perspectives on similar struggles.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false}},{"text":"Harder in group (Canadian article), privacy: multiple patients in one room during dosing means others see a patient\'s acute experience.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Harder in group (Canadian article), heterogeneity of experience: one participant\'s distress can affect others; experienced facilitation matters.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Harder in group (Canadian article), individualized clinical attention: even with strong facilitator-to-participant ratios, clinical attention is less granular than 1:1.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Harder in group (Canadian article), complex trauma: severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"can … often","inferred":false}},{"text":"Harder in group (Canadian article), comorbid conditions: active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally","inferred":false}},{"text":"The Canadian article says that in Roots to Thrive\'s group dosing model, participants share the dosing space with subgroup support.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The Canadian article says that in group integration models (some ATMA CENA member clinics, Sage Integrative Health), dosing is private and only integration is in group format.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"program","format":null,"program_ids":["sage-integration-circles"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Katalog\'s reading, not the Canadian article\'s: it says dosing is private in the group integration models of \\"some ATMA CENA member clinics\\" without naming a clinic there; that Port Credit Therapy Centre\'s Group Integration Sessions follow that model (private dosing) is Katalog\'s reading.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"program","format":null,"program_ids":["port-credit-group-integration"],"stated_by":["group-ketamine-therapy-canada"],"hedge":"some","inferred":true}},{"text":"\\"I realized that I don\'t need to know their stories nor do they need to know mine to have a strong trusting relationship\\" (a participant in a clinical case study, quoted by the KAIR article).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"via":"one participant in a clinical case study","inferred":false}},{"text":"The group is not just a billing convenience; it is the therapeutic container: community-of-practice work, peer process, and shared integration are part of the mechanism, not adjacent to it (Canadian article).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The Canadian article says both group models (group dosing + group integration, and individual dosing + group integration) trade off some privacy for community connection and, in Roots to Thrive\'s model, substantial cost savings versus individual KAT.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Many therapists note that the sense of community can more than make up for the reduced one-on-one attention (KAIR article).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"Many … can","inferred":false}},{"text":"The trauma-informed approach means facilitators understand how to hold space for difficult emotions that might arise (KAIR article).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"might","inferred":false}}]',
  },
  'guides/guide-medical-safety': {
    items:
      '[{"text":"The Canadian article\'s Medical Safety box: \\"Psychedelic-assisted therapy is not appropriate for everyone.\\"","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The Canadian article\'s Medical Safety box: \\"Screening, medication review, contraindications, and ongoing clinical oversight matter.\\"","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The Canadian article\'s Medical Safety box: \\"Speak with a licensed healthcare professional before making treatment decisions.\\"","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The KAIR article says every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation, including a review of current medications, heart health, mental health history and potential contraindications.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most follow","inferred":false}},{"text":"The Canadian article describes itself as for educational purposes only and not medical advice, diagnosis, or treatment.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The Canadian article\'s disclaimer: laws, clinical availability, and prescribing rules differ by jurisdiction.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}}]',
  },
};

/** `was` applied to a copy of the seed: each record's columns (JSON columns parsed) and citation list as they were. */
function seedWith(data: typeof seedData, was: Record<string, Row>): typeof seedData {
  for (const [key, columns] of Object.entries(was)) {
    const [collection, id] = key.split('/') as [keyof typeof seedData, string];
    const record = (data[collection] as unknown as Row[]).find((r) => r.id === id);
    if (!record) throw new Error(`no seeded ${key}`);
    for (const [column, value] of Object.entries(columns))
      record[column] =
        column === 'citations' || typeof value !== 'string' || !/^[[{]/.test(value) ? value : JSON.parse(value);
    // Statements stored before 0041 had no `named_as`, which today's write schema requires: they are written with none
    // (`[]`), and `loadSeedBefore` takes the member out again of a database before 0041.
    if (collection === 'conditions' && Array.isArray(record.role_statements))
      record.role_statements = (record.role_statements as Row[]).map((st) => ({ named_as: [], ...st }));
  }
  return data;
}

/** What migration 0028 rewrites in texts (notes, summaries, descriptions, guide items), by their current value. */
export const TEXTS_BEFORE_0028: Record<string, string> = textsBefore(BEFORE_0028);

/**
 * What migration 0030 (review 18: the first-year totals' basis in the article's words, the individual figure's hedge,
 * the bipolar takeaway's "active" and "those cases"; review 19: the bipolar contraindication named in the article's
 * words, the readings in the notes marked) corrects, as the seed stored it before: by `collection/id`, the
 * stored column values (JSON text for JSON columns). Generated from the seed before and after the change, as
 * BEFORE_0028 was.
 */
export const BEFORE_0030: Record<string, Row> = {
  'guides/guide-course-of-treatment': {
    items:
      '[{"text":"Initial protocol (KAIR article): most initial protocols involve 4-6 sessions.","value_min":4,"value_max":6,"unit":"sessions","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most","inferred":false}},{"text":"KAIR article: most initial protocols run over 2-3 months.","value_min":2,"value_max":3,"unit":"months","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most","inferred":false}},{"text":"KAIR article: in most initial protocols, maintenance sessions are recommended every 1-3 months thereafter.","value_min":1,"value_max":3,"unit":"months between maintenance sessions","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most","inferred":false}},{"text":"KAIR article: approximate total first-year investment in group format of $1,000-$3,000, which it says the full treatment journey (most initial protocols, with maintenance sessions every 1-3 months) translates to (currency not stated; USD implied).","value_min":1000,"value_max":3000,"unit":"USD (implied; written \\"$\\")","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most initial protocols; approximately","inferred":false}},{"text":"KAIR article: total first-year investment for comparable individual treatment of $3,500-$10,000+, in the sentence that puts the group figure at \\"approximately $1,000-$3,000\\" (its \\"This translates to\\" and \\"approximately\\" are read as applying to both figures; its upper figure \\"$10,000+\\" is open-ended: the article gives no maximum; currency not stated; USD implied).","value_min":3500,"value_max":null,"unit":"USD (implied; written \\"$\\")","scope":{"level":"format","format":"individual","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most initial protocols; approximately","inferred":false}},{"text":"Canadian article: the Roots to Thrive (Nanaimo, BC) group cohort runs 12 weeks, integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration, and Indigenous wellness contributions.","value_min":12,"value_max":12,"unit":"weeks","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Canadian article: the Roots to Thrive group cohort has 3 ketamine sessions (IM or sublingual) across the 12-week program.","value_min":3,"value_max":3,"unit":"ketamine sessions","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Canadian article: the Roots to Thrive individual track is 6 weeks with 3 sessions.","value_min":6,"value_max":6,"unit":"weeks","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-individual"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The KAIR article says the process requires commitment: engaging fully in preparation and integration work, attending all scheduled sessions, and having support outside the program. It also says healing isn\'t a one-and-done event but a process that unfolds over time.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false}}]',
  },
  'contraindications/active-bipolar-disorders': {
    condition: 'Active bipolar disorders',
    note: 'The Canadian article names it only in its key takeaways ("active psychotic or bipolar disorders"). Its "What is harder in group format" names active mania, and its table and FAQ active mania or recent hypomania; the article does not say whether these are the bipolar disorders it means. The Canadian article\'s takeaway says individual format is safer in those cases.',
  },
  'conditions/bipolar-disorder': {
    note: 'Named as active bipolar disorders. The Canadian article says the individual format is safer in those cases.',
  },
  'conditions/borderline-personality-disorder': {
    note: 'Named with marked instability. The Canadian article says the individual format is safer in those cases.',
  },
  'conditions/mania': {
    note: 'Named as active mania or recent hypomania. The Canadian article\'s FAQ says the individual format is safer in these cases. The Canadian article\'s format table\'s row reads "✓ (or exclusion)", which Katalog places in the column "Individual format safer" (the column was lost in extraction); the article does not say what "exclusion" covers.',
  },
  'prices/kair-first-year-group-1000-3000': {
    note: 'Based on the KAIR article\'s typical course: it says most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter, and that this translates to the first-year figure, so its "most" governs the figure too (hedges: "most initial protocols"). Currency is not stated; USD is inferred.',
  },
  'prices/roots-to-thrive-individual-price': {
    note: 'For the 6-week, 3-session individual track (same Roots clinical team; the 2026 published cost). Written "~CAD $7,500 + tax" in the program table, "CAD $7,500 + tax" under the cost table\'s "Approximate cost" column and in the FAQ (whose answer opens "Approximately CAD $5,850 + GST …; CAD $7,500 + tax": its "Approximately" is kept as a hedge of both figures), and "$7,500 + tax" in the key takeaways.',
  },
  'prices/kair-first-year-individual-3500-10000-plus': {
    note: 'Written "$3,500-$10,000+": the upper figure is open-ended from the stated $10,000. Stated in the same sentence as, and compared with, the "approximately $1,000-$3,000" group figure ("a total first-year investment of approximately $1,000-$3,000 for group format, compared to $3,500-$10,000+"): the "approximately" of that sentence is kept as the hedge of this figure too. For comparable individual treatment over the first year (initial protocol of 4-6 sessions over 2-3 months plus maintenance every 1-3 months, as the article says of most initial protocols: its "most" ("most initial protocols") qualifies this figure too). Currency is not stated; USD is inferred.',
  },
};

/** What migration 0030 rewrites in texts (notes, guide items), by their current value. */
export const TEXTS_BEFORE_0030: Record<string, string> = textsBefore(BEFORE_0030);

/**
 * What migration 0032 (audit 17 A17-6: the guides say that the KAIR article's "$" amounts are USD is Katalog's reading,
 * not "USD implied"; A17-5: treatment-resistant depression does not give the KAIR article's words for one man's
 * depression as its alternate name) corrects, as the seed stored it before: by `collection/id`, the stored column values
 * (JSON text for JSON columns). Generated from the seed before and after the change, as BEFORE_0030 was.
 */
export const BEFORE_0032: Record<string, Row> = {
  'guides/guide-costs': {
    summary:
      'The KAIR article says group ketamine therapy typically costs 40-60% less than individual ketamine therapy and gives typical per-session ranges (written "$" without a currency code; USD implied). The Canadian article gives Roots to Thrive prices in CAD and says group format is typically substantially less expensive per session than individual.',
    items:
      '[{"text":"The KAIR article says group ketamine therapy typically costs 40-60% less than individual ketamine therapy.","value_min":40,"value_max":60,"unit":"percent less than individual","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"Typically","inferred":false}},{"text":"KAIR article: individual ketamine infusions typically cost $400-$600 per session (USD implied).","value_min":400,"value_max":600,"unit":"USD (implied; written \\"$\\") per session","scope":{"level":"format","format":"individual","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"typically","inferred":false}},{"text":"KAIR article: one-on-one ketamine-assisted psychotherapy (KAP) can run $600-$1,200 per session (USD implied).","value_min":600,"value_max":1200,"unit":"USD (implied; written \\"$\\") per session","scope":{"level":"format","format":"individual","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"can run","inferred":false}},{"text":"KAIR article: ketamine group therapy sessions usually range from $100-$250 (USD implied).","value_min":100,"value_max":250,"unit":"USD (implied; written \\"$\\") per session","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"usually","inferred":false}},{"text":"KAIR article: group ketamine retreats cost about $2,500-$5,000 for multi-day programs (USD implied).","value_min":2500,"value_max":5000,"unit":"USD (implied; written \\"$\\") per retreat","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"about","inferred":false}},{"text":"The KAIR article says a Colorado clinic offers a five-week group curriculum for depression, addiction, and PTSD at roughly half the cost of individual ketamine-assisted psychotherapy (KAP).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"program","format":null,"program_ids":["colorado-five-week-group"],"stated_by":["kair-group-therapy-unpacked"],"hedge":"roughly","inferred":false}},{"text":"The KAIR article says most insurance providers don\'t currently cover ketamine for mental health conditions, which makes the lower cost of group formats particularly valuable for many patients paying out-of-pocket (see the insurance and financial assistance guide).","value_min":null,"value_max":null,"unit":null,"scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"Most","inferred":false}},{"text":"Canadian article: Roots to Thrive group program (12 weeks, 3 sessions), approximately CAD $5,850 + GST.","value_min":5850,"value_max":5850,"unit":"CAD + GST (approximate)","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":"~","inferred":false}},{"text":"Canadian article: Roots to Thrive individual track (6 weeks, 3 sessions), approximately CAD $7,500 + tax.","value_min":7500,"value_max":7500,"unit":"CAD + tax (approximate)","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-individual"],"stated_by":["group-ketamine-therapy-canada"],"hedge":"~","inferred":false}},{"text":"The Canadian article says group format is typically substantially less expensive per session than individual, and that for patients who screen as group-appropriate the cost reduction can make a multi-session course accessible that an individual course would not be.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"typically","inferred":false}},{"text":"The Canadian article says group format trades privacy and individualized clinical attention for community connection, peer integration, and lower per-session cost.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"As one practitioner put it (KAIR article): \\"Group ketamine therapy is a key strategy for reducing financial barriers to psychedelic-assisted psychotherapy.\\"","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"via":"one practitioner","inferred":false}}]',
  },
  'guides/guide-course-of-treatment': {
    summary:
      'According to the KAIR article, most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter; it estimates a first-year total of approximately $1,000-$3,000 in group format versus $3,500-$10,000+ for comparable individual treatment (amounts written "$" without a currency code; USD implied). The Canadian article says Roots to Thrive runs 12-week group cohorts with three IM or sublingual ketamine sessions and weekly community-of-practice group work, and that its individual track is 6 weeks with 3 sessions.',
    items:
      '[{"text":"Initial protocol (KAIR article): most initial protocols involve 4-6 sessions.","value_min":4,"value_max":6,"unit":"sessions","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most","inferred":false}},{"text":"KAIR article: most initial protocols run over 2-3 months.","value_min":2,"value_max":3,"unit":"months","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most","inferred":false}},{"text":"KAIR article: in most initial protocols, maintenance sessions are recommended every 1-3 months thereafter.","value_min":1,"value_max":3,"unit":"months between maintenance sessions","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most","inferred":false}},{"text":"KAIR article: approximate total first-year investment in group format of $1,000-$3,000, which it says the full treatment journey (most initial protocols: 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter) translates to (currency not stated; USD implied).","value_min":1000,"value_max":3000,"unit":"USD (implied; written \\"$\\")","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most initial protocols; approximately","inferred":false}},{"text":"KAIR article: total first-year investment for comparable individual treatment of $3,500-$10,000+, in the sentence that says what the full treatment journey (most initial protocols: 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter) translates to: \\"approximately $1,000-$3,000 for group format, compared to $3,500-$10,000+ for comparable individual treatment\\" (that its \\"approximately\\" qualifies this figure too is Katalog\'s reading; its upper figure \\"$10,000+\\" is open-ended: the article gives no maximum; currency not stated; USD implied).","value_min":3500,"value_max":null,"unit":"USD (implied; written \\"$\\")","scope":{"level":"format","format":"individual","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most initial protocols","inferred":false}},{"text":"Canadian article: the Roots to Thrive (Nanaimo, BC) group cohort runs 12 weeks, integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration, and Indigenous wellness contributions.","value_min":12,"value_max":12,"unit":"weeks","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Canadian article: the Roots to Thrive group cohort has 3 ketamine sessions (IM or sublingual) across the 12-week program.","value_min":3,"value_max":3,"unit":"ketamine sessions","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"Canadian article: the Roots to Thrive individual track is 6 weeks with 3 sessions.","value_min":6,"value_max":6,"unit":"weeks","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-individual"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"text":"The KAIR article says the process requires commitment: engaging fully in preparation and integration work, attending all scheduled sessions, and having support outside the program. It also says healing isn\'t a one-and-done event but a process that unfolds over time.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false}}]',
  },
  'conditions/treatment-resistant-depression': {
    alternate_names: '["depression that hadn\'t responded to traditional treatments"]',
    note: 'The KAIR article lists it first among conditions that haven\'t responded well to standard treatments; the Canadian article\'s format table has a row "Treatment-resistant depression with intact social functioning"; the row\'s check mark was lost in extraction, and Katalog infers that the table puts it under "Group format generally appropriate". The Canadian article names it only in that row and does not call it an indication.',
  },
};

/** What migration 0032 rewrites in texts (summaries, notes, guide items), by their current value. */
export const TEXTS_BEFORE_0032: Record<string, string> = textsBefore(BEFORE_0032);

/** The guide item units 0032 rewrites ("USD (Katalog's reading) per session"), by their current value. */
const UNITS_BEFORE_0032: Record<string, string> = Object.fromEntries(
  Object.entries(BEFORE_0032).flatMap(([key, columns]) => {
    const [collection, id] = key.split('/') as [keyof typeof seedData, string];
    if (collection !== 'guides' || typeof columns.items !== 'string') return [];
    const old = JSON.parse(columns.items) as Row[];
    const now = seedData.guides.find((g) => g.id === id)?.items ?? [];
    return now.flatMap((item, i) =>
      item.unit && old[i]?.unit && old[i].unit !== item.unit ? [[item.unit, old[i].unit as string]] : [],
    );
  }),
);

/**
 * What migration 0033 (audit 18 A18-1: no condition gives a narrower phrase, "severe anxiety" or "active psychosis", as
 * another name for it; A18-2: the dosing-experience phase does not give the active phase's typical 45-90 minutes as its
 * own length) corrects, as the seed stored it before: by `collection/id`, the stored column values (JSON text for JSON
 * columns).
 */
export const BEFORE_0033: Record<string, Row> = {
  'conditions/anxiety': { alternate_names: '["anxiety","anxiety disorders","severe anxiety"]' },
  'conditions/substance-use-disorder': {
    alternate_names: '["substance use disorders","active substance use disorders","severe substance use"]',
  },
  'conditions/trauma': {
    alternate_names: '["trauma-related conditions","severe interpersonal trauma","complex trauma"]',
  },
  'conditions/suicidality': { alternate_names: '["suicidal thoughts","active suicidality"]' },
  'conditions/psychosis': {
    alternate_names: '["history of psychosis","active psychosis","active psychotic symptoms"]',
  },
  'conditions/dissociative-disorders': { alternate_names: '["a history of dissociative disorders"]' },
  'conditions/borderline-personality-disorder': {
    alternate_names: '["borderline personality disorder with marked instability"]',
  },
  'conditions/mania': { alternate_names: '["active mania","recent hypomania"]' },
  'session_phases/dosing-experience': { duration_min_minutes: 45, duration_max_minutes: 90 },
};

/**
 * What migration 0034 (audit 19 A19-2: the first-year totals' unit `first_year`, not `per_year`; A19-8: the inferred
 * PTSD-with-hypervigilance contraindication's scope marked as Katalog's reading; A19-7: the dosing phase's Roots to
 * Thrive rules said to be the program's group structure; suicidality without "suicidal thoughts" as another name, and
 * the finding of that outcome with its condition marked as Katalog's reading)
 * corrects, as the seed stored it before: by `collection/id`, the stored column values (JSON text for JSON columns).
 */
export const BEFORE_0034: Record<string, Row> = {
  'prices/kair-first-year-group-1000-3000': { unit: 'per_year' },
  'prices/kair-first-year-individual-3500-10000-plus': { unit: 'per_year' },
  'contraindications/active-ptsd-with-hypervigilance': {
    scope:
      '{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}',
  },
  'conditions/suicidality': { alternate_names: '["suicidal thoughts"]' },
  'findings/esketamine-case-fewer-suicidal-thoughts': { inferred_fields: '[]' },
  'session_phases/dosing-experience': {
    practical_rules:
      '[{"rule":"KAIR article: The space offers comfortable seating or reclining options, gentle lighting, temperature control, privacy screens when needed, and accessible restrooms.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most follow","inferred":false}},{"rule":"KAIR article: Once the medicine is administered, participants wear an eye mask to facilitate internal focus and headphones delivering carefully curated music.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most follow","inferred":false}},{"rule":"KAIR article: Facilitators remain present throughout, monitoring vital signs and maintaining the safety of the space.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most follow","inferred":false}},{"rule":"KAIR article: The active phase typically lasts 45-90 minutes, followed by a gentle rest period as participants gradually return to ordinary awareness.","value_min":45,"value_max":90,"unit":"minutes","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"most follow; typically","inferred":false}},{"rule":"KAIR article: Small groups of 4-8 participants receive ketamine together.","value_min":4,"value_max":8,"unit":"participants","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false}},{"rule":"Roots to Thrive (Canadian article): participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work and community sessions across the cohort. The article does not say how many are dosed together; its 20–40 is participants per cohort.","value_min":null,"value_max":null,"unit":null,"scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"rule":"Roots to Thrive (Canadian article): each cohort is broken into 6–9-person process groups.","value_min":6,"value_max":9,"unit":"participants","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":null,"inferred":false}},{"rule":"Roots to Thrive (Canadian article): ~1:3 to 1:4 facilitator-to-participant ratio, i.e. approximately one facilitator per 3 to 4 participants.","value_min":3,"value_max":4,"unit":"participants_per_facilitator","scope":{"level":"program","format":null,"program_ids":["roots-to-thrive-group"],"stated_by":["group-ketamine-therapy-canada"],"hedge":"~","inferred":false}}]',
  },
};

/**
 * What migration 0036 (audit 20 A20-2: three contraindications cite the other article's passage their note reports)
 * corrects, as the seed stored it before: by `collection/id`, the citation lists.
 */
export const BEFORE_0036: Record<string, Row> = {
  'contraindications/history-of-psychosis-or-schizophrenia': {
    note: 'The KAIR article lists it among those who should definitely avoid ketamine therapy altogether. The Canadian article instead names active psychotic symptoms (active psychosis) in what it says of the group format.',
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Some people should definitely avoid ketamine therapy altogether.',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'a history of psychosis or schizophrenia',
        section: 'Potential risks & who should avoid',
      },
    ],
  },
  'contraindications/active-substance-use-disorder': {
    citations: [
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'Some people should definitely avoid ketamine therapy altogether.',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: 'kair-group-therapy-unpacked',
        excerpt: 'people with active substance use disorders',
        section: 'Potential risks & who should avoid',
      },
    ],
  },
  'contraindications/borderline-personality-disorder-with-marked-instability': {
    citations: [
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Group is generally not appropriate for patients with severe interpersonal trauma, active psychotic or bipolar disorders',
        section: 'Key takeaways',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'or borderline personality disorder with marked instability — individual format is safer in those cases.',
        section: 'Key takeaways',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Comorbid conditions. Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
        section: 'What is harder in group format',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt: 'Borderline personality disorder with marked instability',
        section: 'When group fits versus when individual is safer',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,',
        section: 'Frequently asked questions',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality,',
        section: 'Frequently asked questions',
      },
      {
        source_id: 'group-ketamine-therapy-canada',
        excerpt:
          'or complex medical comorbidities requiring close monitoring. Individual format is safer in these cases.',
        section: 'Frequently asked questions',
      },
    ],
  },
};

/** `value` with every string equal to `from` replaced by `to`, at any depth. */
function replacedText<T>(value: T, from: string, to: string): T {
  return JSON.parse(JSON.stringify(value), (_k, v) => (v === from ? to : v)) as T;
}

/** The whole sentence 0038 cut to the clause that names the group sessions (audit 21 A21-7). */
const SERIES_SENTENCE =
  'After just four weekly group ketamine sessions, four out of the five experienced meaningful improvements in their depression scores.';
const SERIES_CLAUSE = 'After just four weekly group ketamine sessions';

/** A condition's statements and citations as the seed had them before 0038: the whole depression sentence. */
function conditionBefore0038(id: string): Row {
  const c = seedData.conditions.find((x) => x.id === id);
  if (!c) throw new Error(`no seeded condition ${id}`);
  return {
    role_statements: replacedText(c.role_statements, SERIES_CLAUSE, SERIES_SENTENCE),
    citations: replacedText(c.citations, SERIES_CLAUSE, SERIES_SENTENCE),
  };
}

/** A price's note as the seed had it before 0038, without the sentence on "/additional". */
function addOnNote(amount: string, cell: string): string {
  return `Written "$${amount}" without a currency code, in the same cost-table cell as "${cell}": CAD is inferred from that cell. Listed under the "Approximate cost" column.`;
}

/**
 * What migration 0038 (audit 21: A21-1, A21-5, A21-7) corrects, as the seed stored it before: by `collection/id`, the
 * columns (and citation lists).
 */
export const BEFORE_0038: Record<string, Row> = {
  // A21-1 (review 28 R28-2): that the sentence before's "most" governs the first-year figures is Katalog's reading.
  'prices/kair-first-year-group-1000-3000': {
    note: 'Based on the full treatment journey the KAIR article describes: it says most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter, and that this translates to the first-year figure, so its "most" governs the figure too (one of its hedges: "most initial protocols"). Currency is not stated; USD is inferred.',
  },
  'prices/kair-first-year-individual-3500-10000-plus': {
    note: 'Written "$3,500-$10,000+": the upper figure is open-ended from the stated $10,000. The KAIR article gives it "for comparable individual treatment", compared to "approximately $1,000-$3,000 for group format", in the sentence that says what the full treatment journey translates to; of that journey it says "most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter", so its "most" governs this figure as well. That the sentence\'s "approximately" qualifies this figure too is Katalog\'s reading. Currency is not stated; USD is inferred.',
  },
  'prices/atma-cena-psycholytic-additional-session-price': {
    inferred_fields: ['currency'],
    note: addOnNote('740', 'CAD $1,530'),
  },
  'prices/atma-cena-psychedelic-additional-session-price': {
    inferred_fields: ['currency'],
    note: addOnNote('795', 'CAD $1,585'),
  },
  'conditions/anxiety': conditionBefore0038('anxiety'),
  'conditions/eating-disorders': conditionBefore0038('eating-disorders'),
  'conditions/mood-disorders': conditionBefore0038('mood-disorders'),
};

/**
 * What migration 0041 (audit 22 A22-3) corrects, as the seed stored it before; its other correction, the role statements'
 * `named_as` (A22-2), is a member the statements did not have, which `loadSeedBefore` leaves out of a database before
 * 0041.
 */
export const BEFORE_0041: Record<string, Row> = {
  'sources/viu-roots-to-thrive-partnership': { publisher_inferred: false },
  'sources/irfund-snuneymuxw-roots-to-thrive': { publisher_inferred: false },
};

/**
 * What migration 0042 (review 30 R30-2, R30-3, R30-6) corrects, as the seed stored it before: by `collection/id`, the
 * stored column values (JSON text for JSON columns). Generated from the seed before and after the change.
 */
export const BEFORE_0042: Record<string, Row> = {
  'conditions/depression': {
    role_statements:
      '[{"role":"indication","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"Shows promising results","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Shows promising results for depression, anxiety, PTSD, and other treatment-resistant conditions","section":"What is ketamine group therapy?"}],"named_as":[]},{"role":"study_population","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"79% of those with depression showed significant clinical improvement","section":"What the research says"}],"named_as":[]},{"role":"study_outcome","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"After just four weekly group ketamine sessions, four out of the five experienced meaningful improvements in their depression scores.","section":"What the research says"}],"named_as":[]},{"role":"indication","scope":{"level":"program","format":null,"program_ids":["colorado-five-week-group"],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"offering a five-week group curriculum for depression, addiction, and PTSD","section":"Cost & accessibility snapshot"}],"named_as":[]}]',
  },
  'conditions/ptsd': {
    role_statements:
      '[{"role":"indication","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"ketamine shows particular promise for conditions that haven\'t responded well to standard treatments.","section":"Is it right for you?"},{"source_id":"kair-group-therapy-unpacked","excerpt":"These include treatment-resistant depression, PTSD, anxiety disorders","section":"Is it right for you?"}],"named_as":["conditions that haven\'t responded well to standard treatments"]},{"role":"study_population","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"86% of those who started with PTSD no longer met the criteria after the program","section":"What the research says"}],"named_as":[]},{"role":"indication","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"Shows promising results","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Shows promising results for depression, anxiety, PTSD, and other treatment-resistant conditions","section":"What is ketamine group therapy?"}],"named_as":[]},{"role":"indication","scope":{"level":"program","format":null,"program_ids":["colorado-five-week-group"],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"offering a five-week group curriculum for depression, addiction, and PTSD","section":"Cost & accessibility snapshot"}],"named_as":[]},{"role":"study_outcome","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly","section":"What the research says"}],"named_as":[]}]',
  },
  'conditions/anxiety': {
    role_statements:
      '[{"role":"indication","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"ketamine shows particular promise for conditions that haven\'t responded well to standard treatments.","section":"Is it right for you?"},{"source_id":"kair-group-therapy-unpacked","excerpt":"PTSD, anxiety disorders, OCD","section":"Is it right for you?"}],"named_as":["conditions that haven\'t responded well to standard treatments"]},{"role":"study_outcome","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly","section":"What the research says"}],"named_as":[]},{"role":"study_outcome","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Two participants also saw their anxiety levels drop considerably.","section":"What the research says"},{"source_id":"kair-group-therapy-unpacked","excerpt":"After just four weekly group ketamine sessions","section":"What the research says"}],"named_as":[]},{"role":"requires_evaluation","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"require careful evaluation by qualified clinicians","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Other situations require careful evaluation by qualified clinicians.","section":"Potential risks & who should avoid"},{"source_id":"kair-group-therapy-unpacked","excerpt":"If you have severe anxiety that might be triggered by altered states","section":"Potential risks & who should avoid"}],"named_as":["severe anxiety that might be triggered by altered states"]},{"role":"indication","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"Shows promising results","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Shows promising results for depression, anxiety, PTSD, and other treatment-resistant conditions","section":"What is ketamine group therapy?"}],"named_as":[]}]',
    note: 'Besides naming anxiety disorders among the conditions for which it says ketamine shows particular promise, the KAIR article says severe anxiety that might be triggered by altered states requires careful evaluation. The Canadian article\'s format table has a row "Mild-to-moderate anxiety or trauma" whose check mark was lost in extraction, so the text does not say which of the table\'s two columns the row is in.',
  },
  'conditions/treatment-resistant-depression': {
    role_statements:
      '[{"role":"indication","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"ketamine shows particular promise for conditions that haven\'t responded well to standard treatments.","section":"Is it right for you?"},{"source_id":"kair-group-therapy-unpacked","excerpt":"These include treatment-resistant depression, PTSD, anxiety disorders, OCD, substance use disorders, eating disorders, and chronic pain with psychological components.","section":"Is it right for you?"}],"named_as":[]},{"role":"study_population","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":true},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"There\'s also the case of a 44-year-old man with depression that hadn\'t responded to traditional treatments.","section":"What the research says"}],"named_as":[]}]',
  },
  'conditions/substance-use-disorder': {
    note: 'Named both ways: the KAIR article lists substance use disorders among conditions ketamine shows promise for, and says people with active substance use disorders "should definitely avoid ketamine therapy altogether"; the Canadian article says severe substance use is generally an exclusion for group format and lists active substance use disorder among those who are generally not candidates for group KAT, and its format table marks active substance use disorder "(exclusion in both)" in its group cell and "(after stabilization)" in its individual cell ("Individual format safer"), while its FAQ says the individual format is safer in these cases.',
  },
  'contraindications/active-substance-use-disorder': {
    note: 'The KAIR article lists people with active substance use disorders among those who should definitely avoid ketamine therapy altogether. (The same article names substance use disorders among the conditions for which it says ketamine shows promise.) The Canadian article speaks of substance use separately: of the group format and, in its format table, of both formats.',
  },
};

/**
 * What migration 0043 (review 31 R31-1, R31-2) corrects, as the seed stored it before: by `collection/id`, the stored
 * column values (JSON text for JSON columns). Generated from the seed before and after the change.
 */
export const BEFORE_0043: Record<string, Row> = {
  'conditions/treatment-resistant-depression': {
    role_statements:
      '[{"role":"indication","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"shows particular promise","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"ketamine shows particular promise for conditions that haven\'t responded well to standard treatments.","section":"Is it right for you?"},{"source_id":"kair-group-therapy-unpacked","excerpt":"These include treatment-resistant depression, PTSD, anxiety disorders, OCD, substance use disorders, eating disorders, and chronic pain with psychological components.","section":"Is it right for you?"}],"named_as":[]},{"role":"study_population","scope":{"level":"format","format":"group","program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":null,"inferred":true},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"There\'s also the case of a 44-year-old man with depression that hadn\'t responded to traditional treatments.","section":"What the research says"}],"named_as":["depression that hadn\'t responded to traditional treatments"]}]',
  },
  'conditions/schizophrenia': {
    role_statements:
      '[{"role":"contraindication","scope":{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["kair-group-therapy-unpacked"],"hedge":"should definitely avoid ketamine therapy altogether","inferred":false},"citations":[{"source_id":"kair-group-therapy-unpacked","excerpt":"Some people should definitely avoid ketamine therapy altogether.","section":"Potential risks & who should avoid"},{"source_id":"kair-group-therapy-unpacked","excerpt":"a history of psychosis or schizophrenia","section":"Potential risks & who should avoid"}],"named_as":["a history of psychosis or schizophrenia"]}]',
    note: null,
  },
};

/**
 * What migration 0044 (audit 23 A23-2) corrects, as the seed stored it before: by `collection/id`, the stored column
 * values (JSON text for JSON columns).
 */
export const BEFORE_0044: Record<string, Row> = {
  'faqs/do-i-see-other-people-while-dosing': {
    related:
      '[{"collection":"programs","id":"roots-to-thrive-group"},{"collection":"programs","id":"port-credit-group-integration"},{"collection":"programs","id":"sage-integration-circles"},{"collection":"organizations","id":"sage-integrative-health"},{"collection":"organizations","id":"atma-cena"}]',
  },
};

/**
 * What migration 0046 (audit 23 A23-1, reviews 35 and 35b) corrects, as the seed stored it before: the four session
 * phases' descriptions, whose sentences giving the KAIR article's structure now name it.
 */
export const BEFORE_0046: Record<string, Row> = {
  'session_phases/pre-session-preparation': {
    description:
      'The KAIR article says that while each program has its unique elements, most follow the structure it describes. As the KAIR article describes it, preparation begins before any medicine is given. The KAIR article says every participant undergoes thorough medical and psychological screening to check that ketamine is appropriate. It says participants are guided to develop meaningful intentions, with facilitators encouraging a balance of focused purpose and open curiosity, and gives holding treatment intentions lightly as common advice in clinical protocols. The group establishes shared agreements about confidentiality, respect and participation, which create the safe container. Participants receive practical guidance (fasting, hydration, clothing, personal items), and just before receiving ketamine the group often does breathwork or meditation.',
  },
  'session_phases/dosing-experience': {
    description:
      'The KAIR article says that while each program has its unique elements, most follow the structure it describes. As the KAIR article describes it, participants receive ketamine in a shared, thoughtfully designed space (comfortable seating or reclining options, gentle lighting, temperature control, privacy screens when needed, accessible restrooms). Routes include intramuscular injection, sublingual lozenges or troches, and, less commonly in group settings, intranasal application. After administration each participant wears an eye mask and headphones playing carefully curated music; facilitators remain present throughout, monitoring vital signs and maintaining the safety of the space. The active phase typically lasts 45-90 minutes, followed by a gentle rest period. The Canadian article says that in the Roots to Thrive model participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work.',
  },
  'session_phases/post-session-integration': {
    description:
      'The KAIR article says that while each program has its unique elements, most follow the structure it describes. The KAIR article says that as participants return to ordinary consciousness they have space to journal initial impressions, perhaps create simple artwork, rest and hydrate, and share briefly if they feel moved to, with no pressure to make sense of everything at once. Later, in the same session or at a follow-up meeting, the group gathers for a sharing circle to share insights, listen to others, connect common themes and receive guidance from facilitators; it describes one innovative approach that uses art (drawing) to access nonverbal aspects of the experience. The Canadian article answers "No" to driving home after a group session: it says the 24-hour no-driving rule applies regardless of group or individual format.',
  },
  'session_phases/ongoing-integration-support': {
    description:
      "The KAIR article says that while each program has its unique elements, most follow the structure it describes. The KAIR article says that, to sustain their insights, participants are encouraged to adopt integration practices (daily journaling, mindfulness, body awareness exercises, behavioral changes aligned with their insights); many also continue individual therapy. It says most programs include ongoing support: check-in calls between sessions, integration group meetings, resources for continued practice and community connection opportunities. Separately, the Canadian article describes Roots to Thrive's weekly community-of-practice large-group plus small-group sessions across its 12-week curriculum.",
  },
};

/**
 * The gated content corrections since 0028, in migration order: what each corrects, as the seed stored it before it
 * (`before`), and the records it changes and publishes on a database seeded before it (those of `before`, unless it
 * changes more). A new correction is one entry here; the seed before any of them and the records republished after one
 * are derived from this list.
 */
const CORRECTIONS: readonly {
  migration: string;
  before: Record<string, Row>;
  republished?: string[];
}[] = [
  { migration: '0028', before: BEFORE_0028 },
  { migration: '0030', before: BEFORE_0030 },
  { migration: '0032', before: BEFORE_0032 },
  { migration: '0033', before: BEFORE_0033 },
  { migration: '0034', before: BEFORE_0034 },
  { migration: '0036', before: BEFORE_0036 },
  { migration: '0038', before: BEFORE_0038 },
  // Every condition (each role statement gains `named_as`, which a database before 0041 lacks) and the sources of BEFORE_0041.
  {
    migration: '0041',
    before: BEFORE_0041,
    republished: [...seedData.conditions.map((c) => `conditions/${c.id}`), ...Object.keys(BEFORE_0041)],
  },
  { migration: '0042', before: BEFORE_0042 },
  { migration: '0043', before: BEFORE_0043 },
  { migration: '0044', before: BEFORE_0044 },
  { migration: '0046', before: BEFORE_0046 },
  { migration: '0047', before: BEFORE_0047 },
  // The record it adds is written by start-up after the migrations are published (seed/load.ts ADDED_BY_MIGRATIONS).
  { migration: '0048', before: BEFORE_0048 },
];

/** The corrections from `migration` on (it must be one of them). */
function correctionsFrom(migration: string): typeof CORRECTIONS {
  if (!CORRECTIONS.some((c) => c.migration === migration)) throw new Error(`no correction ${migration}`);
  return CORRECTIONS.filter((c) => c.migration >= migration);
}

/** The records `migration` changes and publishes on a database seeded before it. */
export const republishedBy = (migration: string): string[] => {
  const [c] = correctionsFrom(migration);
  return c?.republished ?? Object.keys(c?.before ?? {});
};

/** The records the corrections from `migration` on change and publish on a database seeded before them, each once. */
export const republishedFrom = (migration: string): string[] => [
  ...new Set(correctionsFrom(migration).flatMap((c) => c.republished ?? Object.keys(c.before))),
];

/**
 * The seed as it was before `migration`: the later corrections undone first (latest first, as each was made on the
 * seed the one before it left), then its own.
 */
export const seedBefore = (migration: string): typeof seedData =>
  correctionsFrom(migration).reduceRight(
    (data, c) => seedWith(withoutAdded(data, c.migration), c.before),
    structuredClone(seedData),
  );

/** The records a migration adds (seed/load.ts ADDED_BY_MIGRATIONS), as `collection/id`. */
function addedBy(migration: string): string[] {
  return Object.entries(ADDED_BY_MIGRATIONS).flatMap(([tag, keys]) => (tag.startsWith(`${migration}_`) ? keys : []));
}

/** The seed without the records `migration` adds: a database seeded before it never had them. */
function withoutAdded(data: typeof seedData, migration: string): typeof seedData {
  for (const key of addedBy(migration)) {
    const [collection, id] = key.split('/') as [keyof typeof seedData, string];
    const records = data[collection] as unknown as Row[];
    const at = records.findIndex((r) => r.id === id);
    if (at < 0) throw new Error(`no seeded ${key}`);
    records.splice(at, 1);
  }
  return data;
}

/**
 * `loadSeed` into a database an earlier release's migrations made: today's record store writes today's columns, so
 * the columns later migrations add (0027's sources.title_inferred) are added for the load and dropped after it. The
 * database keeps its old shape; its revisions hold those fields, as the seed writes them, which publishing after the
 * later migration reads as the same content when the migration gives the row the seed's value or the write default.
 */
export function loadSeedBefore(db: Db, data: SeedData = seedData): SeedReport {
  const added: [string, string][] = [];
  for (const r of resources) {
    const have = new Set((db.$client.pragma(`table_xinfo(${r.tableName})`) as { name: string }[]).map((c) => c.name));
    if (!have.size) continue;
    for (const column of Object.values(getTableColumns(r.table)))
      if (!have.has(column.name)) added.push([r.tableName, column.name]);
  }
  for (const [table, column] of added) db.$client.exec(`alter table ${table} add column "${column}"`);
  try {
    // The rules of today, not of its release: the dosing phase's 45-90 minutes before 0033 is the active phase's, which
    // the phase-length rule now refuses (hostile 18j H18j-7, audit 18 A18-2).
    return loadSeed(db, data, { rules: data === seedData });
  } finally {
    for (const [table, column] of added) db.$client.exec(`alter table ${table} drop column "${column}"`);
    if (!applied(db, '0041_audit22_named_as')) withoutNamedAs(db);
  }
}

/** Whether the migration tagged `tag` has run on `db` (drizzle records each by its journal time). */
function applied(db: Db, tag: string): boolean {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'));
  const entry = journal.entries.find((e: { tag: string }) => e.tag === tag);
  if (!entry) throw new Error(`no migration ${tag}`);
  return db.$client.prepare('select 1 from __drizzle_migrations where created_at = ?').get(entry.when) !== undefined;
}

/**
 * A condition's role statements as a release before 0041 stored them, and its revisions: without `named_as`, the member
 * 0041 adds (today's record store writes it, from the write schema's default).
 */
function withoutNamedAs(db: Db): void {
  const strip = (json: string) =>
    JSON.stringify((JSON.parse(json) as Row[]).map(({ named_as: _, ...statement }) => statement));
  const rows = db.$client.prepare('select id, role_statements from conditions').all() as {
    id: string;
    role_statements: string;
  }[];
  const set = db.$client.prepare('update conditions set role_statements = ? where id = ?');
  for (const r of rows) set.run(strip(r.role_statements), r.id);
  const revisions = db.$client
    .prepare("select seq, after from revisions where collection = 'conditions' and after is not null")
    .all() as { seq: number; after: string }[];
  const setAfter = db.$client.prepare('update revisions set after = ? where seq = ?');
  for (const r of revisions) {
    const after = JSON.parse(r.after) as Row;
    if (Array.isArray(after.role_statements))
      after.role_statements = JSON.parse(strip(JSON.stringify(after.role_statements)));
    setAfter.run(JSON.stringify(after), r.seq);
  }
}
