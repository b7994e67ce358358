import type { ContraindicationSeed } from '../../src/resources/contraindications/contraindications.schema.js';

const KAIR = 'kair-group-therapy-unpacked';
const GKT = 'group-ketamine-therapy-canada';

// KAIR article sections
const RISKS = 'Potential risks & who should avoid';
// Canadian article sections
const TAKEAWAYS = 'Key takeaways';
const HARDER = 'What is harder in group format';
const TABLE = 'When group fits versus when individual is safer';
const FAQ = 'Frequently asked questions';

// Shared excerpts
const KAIR_AVOID = { source_id: KAIR, excerpt: 'Some people should definitely avoid ketamine therapy altogether.', section: RISKS };
const KAIR_EVALUATE = { source_id: KAIR, excerpt: 'Other situations require careful evaluation by qualified clinicians.', section: RISKS };
const KAIR_SCREENING = { source_id: KAIR, excerpt: "you'll need more thorough screening.", section: RISKS };
const KAIR_GROUP_SETTING = { source_id: KAIR, excerpt: 'The group setting itself brings additional considerations.', section: RISKS };
const KAIR_ONE_PROGRAM = { source_id: KAIR, excerpt: 'As one program noted,', section: RISKS };
const KAIR_GROUP_QUOTE = {
  source_id: KAIR,
  excerpt: '"individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy" might find individual ketamine therapy more suitable than the group format.',
  section: RISKS,
};
const GKT_TAKEAWAY_1 = { source_id: GKT, excerpt: 'Group is generally not appropriate for patients with severe interpersonal trauma, active psychotic or bipolar disorders', section: TAKEAWAYS };
const GKT_TAKEAWAY_2 = { source_id: GKT, excerpt: 'or borderline personality disorder with marked instability — individual format is safer in those cases.', section: TAKEAWAYS };
const GKT_COMORBID = {
  source_id: GKT,
  excerpt: 'Comorbid conditions. Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
  section: HARDER,
};
const GKT_FAQ_1 = {
  source_id: GKT,
  excerpt: 'Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,',
  section: FAQ,
};
const GKT_FAQ_2 = { source_id: GKT, excerpt: 'borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality,', section: FAQ };
// The format table's column headers: where a note places a cell, the column's words are the article's.
const GKT_TABLE_HEADER = { source_id: GKT, excerpt: 'Group format generally appropriateIndividual format safer', section: TABLE };
const GKT_FAQ_3 = { source_id: GKT, excerpt: 'or complex medical comorbidities requiring close monitoring. Individual format is safer in these cases.', section: FAQ };

export const contraindications: ContraindicationSeed[] = [
  // ---- KAIR: "should definitely avoid ketamine therapy altogether" ----
  {
    id: 'uncontrolled-high-blood-pressure',
    condition: 'Uncontrolled high blood pressure',
    condition_ids: ['high-blood-pressure'],
    category: 'absolute',
    applies_to: 'any',
    scope: { level: 'ketamine_therapy', format: null, program_ids: [], stated_by: [KAIR], hedge: 'should definitely avoid ketamine therapy altogether', inferred: false },
    inferred: false,
    note: null,
    citations: [KAIR_AVOID, { source_id: KAIR, excerpt: 'This includes those with uncontrolled high blood pressure', section: RISKS }],
  },
  {
    id: 'serious-heart-conditions',
    condition: 'Serious heart conditions',
    condition_ids: ['heart-conditions'],
    category: 'absolute',
    applies_to: 'any',
    scope: { level: 'ketamine_therapy', format: null, program_ids: [], stated_by: [KAIR], hedge: 'should definitely avoid ketamine therapy altogether', inferred: false },
    inferred: false,
    note: null,
    citations: [KAIR_AVOID, { source_id: KAIR, excerpt: 'uncontrolled high blood pressure, serious heart conditions', section: RISKS }],
  },
  {
    id: 'history-of-psychosis-or-schizophrenia',
    condition: 'History of psychosis or schizophrenia',
    condition_ids: ['psychosis', 'schizophrenia'],
    category: 'absolute',
    applies_to: 'any',
    scope: { level: 'ketamine_therapy', format: null, program_ids: [], stated_by: [KAIR], hedge: 'should definitely avoid ketamine therapy altogether', inferred: false },
    inferred: false,
    note: 'The KAIR article lists it among those who should definitely avoid ketamine therapy altogether. The Canadian article instead names active psychosis in what it says of the group format.',
    // The Canadian article's position, which the note reports, cited too (audit 20 A20-2).
    citations: [KAIR_AVOID, { source_id: KAIR, excerpt: 'a history of psychosis or schizophrenia', section: RISKS }, GKT_COMORBID],
  },
  {
    id: 'pregnancy-or-breastfeeding',
    condition: 'Pregnant or breastfeeding',
    category: 'absolute',
    applies_to: 'any',
    scope: { level: 'ketamine_therapy', format: null, program_ids: [], stated_by: [KAIR], hedge: 'should definitely avoid ketamine therapy altogether', inferred: false },
    inferred: false,
    note: null,
    citations: [KAIR_AVOID, { source_id: KAIR, excerpt: 'pregnant or breastfeeding women', section: RISKS }],
  },
  {
    id: 'active-substance-use-disorder',
    condition: 'Active substance use disorder',
    condition_ids: ['substance-use-disorder'],
    category: 'absolute',
    applies_to: 'any',
    scope: { level: 'ketamine_therapy', format: null, program_ids: [], stated_by: [KAIR], hedge: 'should definitely avoid ketamine therapy altogether', inferred: false },
    inferred: false,
    note: 'The KAIR article lists people with active substance use disorders among those who should definitely avoid ketamine therapy altogether. The Canadian article speaks of substance use separately: of the group format and, in its format table, of both formats.',
    // The Canadian article's two positions, which the note reports, cited too (audit 20 A20-2): of the group format, and
    // the table cell said of both formats (the cell alone, not the row's line: this KAIR statement is not the row's flag).
    citations: [
      KAIR_AVOID,
      { source_id: KAIR, excerpt: 'people with active substance use disorders', section: RISKS },
      GKT_COMORBID,
      { source_id: GKT, excerpt: '(exclusion in both)', section: TABLE },
    ],
  },
  {
    id: 'active-substance-use-group-format',
    condition: 'Active substance use disorder or severe substance use',
    condition_ids: ['substance-use-disorder'],
    category: 'group_specific',
    // Said of the group format, as its sibling exclusions: "severe substance use" in the "Comorbid conditions" item and
    // "active substance use disorder" in the FAQ. The table's row, whose group cell reads "(exclusion in both)", names
    // active substance use disorder only: that both formats exclude "severe substance use" the article never says
    // (audit 25 A25-1). The row is its own statement, active-substance-use-disorder-both-formats, which this one does
    // not cite.
    applies_to: 'group',
    scope: {
      level: 'format',
      format: 'group',
      program_ids: [],
      stated_by: [GKT],
      hedge: 'generally exclusions for group format; Generally:',
      inferred: false,
    },
    inferred: false,
    note: 'The Canadian article says severe substance use is generally an exclusion for group format and lists active substance use disorder among patients who are generally not candidates for group KAT; that FAQ answer ends "Individual format is safer in these cases".',
    // Not the table's row: a statement citing a row states its cells (tests/table-cells.test.ts), and this one is of the
    // group format alone.
    citations: [GKT_COMORBID, GKT_FAQ_1, GKT_FAQ_2, GKT_FAQ_3],
  },
  {
    id: 'active-substance-use-disorder-both-formats',
    condition: 'Active substance use disorder',
    condition_ids: ['substance-use-disorder'],
    category: 'group_specific',
    // The format table's row, a statement of its own (audit 25 A25-1): its group cell "(exclusion in both)" does not
    // limit the exclusion to the group format. The individual cell's "(after stabilization)" qualifies "Individual
    // format safer", not the exclusion: it is in the note and in /v1/format-fit/active-substance-use-disorder, never in
    // this statement's hedge. What the article's text says of the group format is active-substance-use-group-format's.
    applies_to: 'any',
    scope: {
      level: 'ketamine_therapy',
      format: null,
      program_ids: [],
      stated_by: [GKT],
      hedge: '(exclusion in both)',
      inferred: false,
    },
    inferred: false,
    note: 'The Canadian article\'s format table reads "(exclusion in both)" in the group cell of its row for active substance use disorder and "(after stabilization)" in its individual cell ("Individual format safer"); it says nothing more about the row. Its text says severe substance use is generally an exclusion for group format, and its FAQ lists active substance use disorder among patients who are generally not candidates for group KAT and ends that list "Individual format is safer in these cases"; the Canadian article does not reconcile these with the table\'s "(exclusion in both)".',
    citations: [
      { source_id: GKT, excerpt: 'Active substance use disorder(exclusion in both)(after stabilization)', section: TABLE },
      GKT_TABLE_HEADER,
      GKT_COMORBID,
      GKT_FAQ_1,
      GKT_FAQ_2,
      GKT_FAQ_3,
    ],
  },
  {
    id: 'severe-liver-disease',
    condition: 'Severe liver disease',
    condition_ids: ['liver-disease'],
    category: 'absolute',
    applies_to: 'any',
    scope: { level: 'ketamine_therapy', format: null, program_ids: [], stated_by: [KAIR], hedge: 'should definitely avoid ketamine therapy altogether', inferred: false },
    inferred: false,
    note: null,
    citations: [KAIR_AVOID, { source_id: KAIR, excerpt: 'or severe liver disease.', section: RISKS }],
  },

  // ---- KAIR: "require careful evaluation by qualified clinicians" ----
  {
    id: 'severe-anxiety-triggered-by-altered-states',
    condition: 'Severe anxiety that might be triggered by altered states',
    condition_ids: ['anxiety'],
    category: 'requires_evaluation',
    applies_to: 'any',
    scope: { level: 'ketamine_therapy', format: null, program_ids: [], stated_by: [KAIR], hedge: 'require careful evaluation by qualified clinicians', inferred: false },
    inferred: false,
    note: 'The KAIR article says it requires careful evaluation by qualified clinicians and more thorough screening.',
    citations: [KAIR_EVALUATE, { source_id: KAIR, excerpt: 'If you have severe anxiety that might be triggered by altered states', section: RISKS }, KAIR_SCREENING],
  },
  {
    id: 'history-of-dissociative-disorders',
    condition: 'History of dissociative disorders',
    condition_ids: ['dissociative-disorders'],
    category: 'requires_evaluation',
    applies_to: 'any',
    scope: { level: 'ketamine_therapy', format: null, program_ids: [], stated_by: [KAIR], hedge: 'require careful evaluation by qualified clinicians', inferred: false },
    inferred: false,
    note: 'The KAIR article says it requires careful evaluation by qualified clinicians and more thorough screening.',
    citations: [KAIR_EVALUATE, { source_id: KAIR, excerpt: 'a history of dissociative disorders', section: RISKS }, KAIR_SCREENING],
  },
  {
    id: 'interacting-medications',
    condition: 'Taking medications that could interact with ketamine',
    category: 'requires_evaluation',
    applies_to: 'any',
    scope: { level: 'ketamine_therapy', format: null, program_ids: [], stated_by: [KAIR], hedge: 'require careful evaluation by qualified clinicians', inferred: false },
    inferred: false,
    note: 'The KAIR article says it requires careful evaluation by qualified clinicians and more thorough screening. Describing the session structure it says most programs follow, it says the screening every participant undergoes includes reviewing current medications.',
    citations: [
      KAIR_EVALUATE,
      { source_id: KAIR, excerpt: 'take medications that could interact with ketamine', section: RISKS },
      KAIR_SCREENING,
      { source_id: KAIR, excerpt: 'This includes reviewing your current medications', section: 'Pre-session preparation' },
      // The walk-through's qualifier on the screening it describes (review 15 R15-1).
      { source_id: KAIR, excerpt: 'While each program has its unique elements, most follow a thoughtful structure designed to create a safe, supportive, and transformative experience.', section: 'Inside a Ketamine Group Therapy Session' },
    ],
  },
  {
    id: 'severe-personality-disorders-affecting-group-dynamics',
    condition: 'Severe personality disorders that might impact group dynamics',
    condition_ids: ['personality-disorders'],
    category: 'requires_evaluation',
    // Said in the KAIR article's general paragraph: the group format is Katalog's reading (scope.inferred), not its words.
    applies_to: 'any',
    // Katalog's reading: the KAIR article names it in its general paragraph on careful evaluation; the group
    // format is read from "might impact group dynamics".
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [KAIR], hedge: 'require careful evaluation by qualified clinicians', inferred: true },
    inferred: false,
    note: 'The KAIR article names it among the situations that require careful evaluation by qualified clinicians and more thorough screening, in the same paragraph as severe anxiety, dissociative disorders and interacting medications (which it says of ketamine therapy in general). That it concerns the group format is Katalog\'s reading of the words "might impact group dynamics"; the KAIR article does not say it of the group format in words. The Canadian article calls one such disorder, borderline personality disorder with marked instability, generally an exclusion for group format.',
    citations: [
      KAIR_EVALUATE,
      { source_id: KAIR, excerpt: 'have severe personality disorders that might impact group dynamics', section: RISKS },
      KAIR_SCREENING,
      GKT_COMORBID,
    ],
  },

  // ---- KAIR: group-format considerations ----
  {
    id: 'severe-social-anxiety',
    condition: 'Severe social anxiety',
    condition_ids: ['social-anxiety'],
    category: 'group_specific',
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [KAIR], hedge: 'might find individual ketamine therapy more suitable than the group format', via: 'one program', inferred: false },
    inferred: false,
    note: 'The KAIR article reports what "one program" noted, quoting its words for whom it means; that they "might find individual ketamine therapy more suitable than the group format" is the KAIR article\'s wording, outside the quotation.',
    citations: [KAIR_GROUP_SETTING, KAIR_ONE_PROGRAM, KAIR_GROUP_QUOTE],
  },
  {
    id: 'history-of-disruptive-behavior-in-groups',
    condition: 'History of disruptive behavior in groups',
    category: 'group_specific',
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [KAIR], hedge: 'might find individual ketamine therapy more suitable than the group format', via: 'one program', inferred: false },
    inferred: false,
    note: 'The KAIR article reports what "one program" noted, quoting its words for whom it means; that they "might find individual ketamine therapy more suitable than the group format" is the KAIR article\'s wording, outside the quotation.',
    citations: [KAIR_GROUP_SETTING, KAIR_ONE_PROGRAM, KAIR_GROUP_QUOTE],
  },
  {
    id: 'strong-preference-for-privacy',
    condition: 'Strong preference for privacy',
    category: 'group_specific',
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [KAIR], hedge: 'might find individual ketamine therapy more suitable than the group format', via: 'one program', inferred: false },
    inferred: false,
    note: 'The KAIR article reports what "one program" noted, quoting its words for whom it means; that they "might find individual ketamine therapy more suitable than the group format" is the KAIR article\'s wording, outside the quotation. The Canadian article does not name it as an exclusion but lists privacy first among what is harder in group format (others in the room see a patient\'s acute experience during dosing).',
    citations: [
      KAIR_GROUP_SETTING,
      KAIR_ONE_PROGRAM,
      KAIR_GROUP_QUOTE,
      { source_id: GKT, excerpt: 'Privacy. Multiple patients in one room during dosing means others see your acute experience.', section: HARDER },
    ],
  },
  {
    id: 'group-setting-requirements-not-met',
    condition: 'Not comfortable with vulnerability in a group context, or unable to respect others\' boundaries, follow group agreements and manage personal needs without disrupting the collective experience',
    category: 'group_requirement',
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [KAIR], hedge: 'You\'ll need to', inferred: false },
    inferred: false,
    note: 'The KAIR article states these as requirements of the group setting ("You\'ll need to ..."); it does not call them contraindications.',
    citations: [
      KAIR_GROUP_SETTING,
      { source_id: KAIR, excerpt: '"We perform thorough intake to ensure group fit," emphasized one clinician in our research.', section: RISKS },
      { source_id: KAIR, excerpt: "You'll need to feel comfortable with vulnerability in a group context, respect others' boundaries, follow group agreements", section: RISKS },
      { source_id: KAIR, excerpt: 'and manage your personal needs without disrupting the collective experience.', section: RISKS },
    ],
  },

  // ---- Canadian article: group exclusions ----
  {
    id: 'severe-interpersonal-trauma',
    condition: 'Severe interpersonal trauma',
    condition_ids: ['trauma'],
    category: 'group_specific',
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [GKT], hedge: 'generally not appropriate; Generally:', inferred: false },
    inferred: false,
    note: 'The Canadian article says group is generally not appropriate for it, that severe interpersonal trauma can be re-traumatizing in group and that individual format is often safer. Its format table groups it with active PTSD with hypervigilance in one row ("Severe interpersonal trauma or active PTSD with hypervigilance"), whose check mark was lost in extraction.',
    citations: [
      GKT_TAKEAWAY_1,
      { source_id: GKT, excerpt: 'Complex trauma. Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.', section: HARDER },
      { source_id: GKT, excerpt: 'Severe interpersonal trauma or active PTSD with hypervigilance', section: TABLE },
      GKT_FAQ_1,
      GKT_TAKEAWAY_2,
      GKT_FAQ_3,
    ],
  },
  {
    id: 'active-ptsd-with-hypervigilance',
    condition: 'Active PTSD with hypervigilance',
    condition_ids: ['ptsd'],
    category: 'group_specific',
    // Its only support is a table cell whose column Katalog infers: that it is said of the group format is Katalog's
    // reading (scope.inferred), not the source's words (audit 19 A19-8); `group` stays what it is read as said of, never
    // `any`, which would list it against the individual format its cell is read as safer (review 25 R25-1).
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [GKT], hedge: null, inferred: true },
    inferred: true,
    note: 'Named only in the Canadian article\'s format table, in the row "Severe interpersonal trauma or active PTSD with hypervigilance". The row\'s check mark was lost in extraction; Katalog infers its column ("Individual format safer") from the Canadian article\'s text on severe interpersonal trauma, which it says can be re-traumatizing in group, with individual format often safer. The Canadian article\'s FAQ does not list it.',
    citations: [
      { source_id: GKT, excerpt: 'Severe interpersonal trauma or active PTSD with hypervigilance', section: TABLE },
      { source_id: GKT, excerpt: 'Complex trauma. Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.', section: HARDER },
    ],
  },
  {
    id: 'active-psychotic-symptoms',
    condition: 'Active psychotic symptoms (active psychosis)',
    condition_ids: ['psychosis'],
    category: 'group_specific',
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [GKT], hedge: 'generally exclusions for group format; generally not appropriate; Generally:', inferred: false },
    inferred: false,
    note: 'The Canadian article calls it generally an exclusion for group format. The Canadian article\'s format table\'s row reads "✓ (or exclusion)"; which column the mark stood in was lost in extraction, and Katalog places it in "Individual format safer"; the Canadian article does not say what "exclusion" covers. The Canadian article\'s key takeaway, which names active psychotic disorders, says individual format is safer in those cases, and its FAQ, which names active psychosis, says individual format is safer in these cases.',
    citations: [GKT_TAKEAWAY_1, GKT_COMORBID, { source_id: GKT, excerpt: 'Active psychotic symptoms✓ (or exclusion)', section: TABLE }, GKT_TABLE_HEADER, GKT_FAQ_1, GKT_TAKEAWAY_2, GKT_FAQ_3],
  },
  {
    id: 'active-mania-or-recent-hypomania',
    condition: 'Active mania or recent hypomania',
    condition_ids: ['mania'],
    category: 'group_specific',
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [GKT], hedge: 'generally exclusions for group format; Generally:', inferred: false },
    inferred: false,
    note: 'The Canadian article calls it generally an exclusion for group format. The Canadian article\'s format table\'s row reads "✓ (or exclusion)"; which column the mark stood in was lost in extraction, and Katalog places it in "Individual format safer"; the Canadian article does not say what "exclusion" covers. The Canadian article\'s FAQ, which names active mania or recent hypomania, says individual format is safer in these cases. Its "What is harder in group format" names active mania only; the table and FAQ add recent hypomania.',
    citations: [GKT_COMORBID, { source_id: GKT, excerpt: 'Active mania or recent hypomania✓ (or exclusion)', section: TABLE }, GKT_TABLE_HEADER, GKT_FAQ_1, GKT_FAQ_3],
  },
  {
    id: 'active-bipolar-disorders',
    condition: 'Bipolar disorders ("active psychotic or bipolar disorders")',
    condition_ids: ['bipolar-disorder'],
    category: 'group_specific',
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [GKT], hedge: 'generally not appropriate', inferred: false },
    inferred: false,
    note: 'The Canadian article names bipolar disorders only in its key takeaways: "Group is generally not appropriate for patients with severe interpersonal trauma, active psychotic or bipolar disorders, or borderline personality disorder with marked instability — individual format is safer in those cases." The Canadian article does not say whether its "active" is said of bipolar disorders too. The Canadian article\'s "What is harder in group format" names active mania, and its table and FAQ active mania or recent hypomania; the article does not say whether these are the bipolar disorders it means.',
    // The takeaway's tail whole, as the condition's statement quotes it, so that statement is shown under this flag.
    citations: [GKT_TAKEAWAY_1, GKT_TAKEAWAY_2],
  },
  {
    id: 'borderline-personality-disorder-with-marked-instability',
    condition: 'Borderline personality disorder with marked instability',
    condition_ids: ['borderline-personality-disorder'],
    category: 'group_specific',
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [GKT], hedge: 'generally exclusions for group format; generally not appropriate; Generally:', inferred: false },
    inferred: false,
    note: 'The Canadian article calls it generally an exclusion for group format and says individual format is safer. The KAIR article puts severe personality disorders that might impact group dynamics under careful evaluation instead.',
    // The KAIR article's position, which the note reports, cited too (audit 20 A20-2).
    citations: [
      GKT_TAKEAWAY_1,
      GKT_TAKEAWAY_2,
      GKT_COMORBID,
      { source_id: GKT, excerpt: 'Borderline personality disorder with marked instability', section: TABLE },
      GKT_FAQ_1,
      GKT_FAQ_2,
      GKT_FAQ_3,
      KAIR_EVALUATE,
      { source_id: KAIR, excerpt: 'have severe personality disorders that might impact group dynamics', section: RISKS },
    ],
  },
  {
    id: 'recent-severe-trauma-disclosure',
    condition: 'Recent severe trauma disclosure',
    // Not linked to trauma: the FAQ names "recent severe trauma disclosure" as a situation; that it is the condition
    // Trauma would be Katalog's reading, and a contraindication's condition_ids are the conditions it names (A12-1).
    condition_ids: [],
    category: 'group_specific',
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [GKT], hedge: 'Generally:', inferred: false },
    inferred: false,
    note: 'The Canadian article lists it among patients who are generally not candidates for group KAT and says individual format is safer in these cases.',
    citations: [{ source_id: GKT, excerpt: 'Recent severe trauma disclosure or active suicidality', section: TABLE }, GKT_FAQ_1, GKT_FAQ_2, GKT_FAQ_3],
  },
  {
    id: 'active-suicidality',
    condition: 'Active suicidality',
    condition_ids: ['suicidality'],
    category: 'group_specific',
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [GKT], hedge: 'Generally:', inferred: false },
    inferred: false,
    note: 'The Canadian article lists it among patients who are generally not candidates for group KAT and says individual format is safer in these cases.',
    citations: [{ source_id: GKT, excerpt: 'Recent severe trauma disclosure or active suicidality', section: TABLE }, GKT_FAQ_1, GKT_FAQ_2, GKT_FAQ_3],
  },
  {
    id: 'complex-medical-comorbidities-requiring-close-monitoring',
    condition: 'Complex medical comorbidities requiring close monitoring',
    category: 'group_specific',
    applies_to: 'group',
    scope: { level: 'format', format: 'group', program_ids: [], stated_by: [GKT], hedge: 'Generally:', inferred: false },
    inferred: false,
    note: 'The Canadian article lists it among patients who are generally not candidates for group KAT and says individual format is safer in these cases.',
    citations: [{ source_id: GKT, excerpt: 'Complex medical comorbidities requiring close monitoring', section: TABLE }, GKT_FAQ_1, GKT_FAQ_3],
  },
];
