import type { z } from 'zod';
import type { Citation, Scope } from '../../src/resources/common.schema.js';
import type { ConditionRole, ConditionSeed } from '../../src/resources/conditions/conditions.schema.js';
import { rolesOf, sharedScope } from '../../src/resources/conditions/statements.js';
import { GKT, general, inferredScope, KAIR, ofFormat, ofPrograms } from './scope.js';

/*
 * The conditions the two articles name: those ketamine therapy (or its group format) is used or studied
 * for, and those they give as reasons against it. Pregnancy and breastfeeding, medications that could
 * interact, and "complex medical comorbidities" are screening flags, not conditions: they stay in
 * /v1/contraindications only. Each way a source names a condition is one role statement, with that statement's own
 * scope (who says it, of what, with its qualifier) and excerpts; `roles` and the record's `scope` (the scope all its
 * statements share, else null) are derived from them (the conditions rules check it on every write).
 */

type Statement = { role: ConditionRole; scope: z.input<typeof Scope>; citations: Citation[]; named_as: string[] };
/** One statement: `role`, said with `scope`, in these excerpts (each one of the record's citations). */
const says = (role: ConditionRole, scope: z.input<typeof Scope>, ...citations: Citation[]): Statement => ({
  role,
  scope: structuredClone(scope),
  // Copies: a statement's excerpts are its own values, never the same objects as the record's citations.
  citations: citations.map((c) => ({ ...c })),
  // Named as such, unless `named` gives the excerpts' words that qualify it.
  named_as: [],
});
/**
 * `statement`, naming the condition in these words of its excerpts, which qualify it (audit 22 A22-2: "active substance
 * use disorders" is not every substance use disorder; a list's qualifier, review 31 R31-2).
 */
const named = (words: string[], statement: Statement): Statement => ({ ...statement, named_as: words });
/** A condition whose `roles` and `scope` are those of its statements. */
const condition = (
  c: Omit<ConditionSeed, 'roles' | 'scope' | 'role_statements'> & { role_statements: Statement[] },
): ConditionSeed => {
  const statements = c.role_statements as { role: ConditionRole; scope: Scope; citations: Citation[] }[];
  return { ...c, roles: rolesOf(statements) as ConditionRole[], scope: sharedScope(statements) };
};

// KAIR article sections
const WHAT = 'What is ketamine group therapy?';
const RIGHT = 'Is it right for you?';
const RISKS = 'Potential risks & who should avoid';
const RESEARCH = 'What the research says';
const COST = 'Cost & accessibility snapshot';
// Canadian article sections
const TAKEAWAYS = 'Key takeaways';
const HARDER = 'What is harder in group format';
const TABLE = 'When group fits versus when individual is safer';
const FAQ = 'Frequently asked questions';

const PROMISE = { source_id: KAIR, excerpt: 'ketamine shows particular promise for conditions that haven\'t responded well to standard treatments.', section: RIGHT };
const LIST = (excerpt: string) => ({ source_id: KAIR, excerpt, section: RIGHT });
const PROMISING = { source_id: KAIR, excerpt: 'Shows promising results for depression, anxiety, PTSD, and other treatment-resistant conditions', section: WHAT };
const AVOID = { source_id: KAIR, excerpt: 'Some people should definitely avoid ketamine therapy altogether.', section: RISKS };
const EVALUATE = { source_id: KAIR, excerpt: 'Other situations require careful evaluation by qualified clinicians.', section: RISKS };
const GKT_TAKEAWAY = { source_id: GKT, excerpt: 'Group is generally not appropriate for patients with severe interpersonal trauma, active psychotic or bipolar disorders', section: TAKEAWAYS };
const GKT_COMORBID = {
  source_id: GKT,
  excerpt: 'Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
  section: HARDER,
};
const GKT_FAQ = { source_id: GKT, excerpt: 'borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality,', section: FAQ };
const PROMISE_HEDGE = 'shows particular promise';

const AVOID_HEDGE = 'should definitely avoid ketamine therapy altogether';
const EVALUATE_HEDGE = 'require careful evaluation by qualified clinicians';
const COMORBID_HEDGE = 'generally exclusions for group format';
const LIST_TRD = LIST('These include treatment-resistant depression, PTSD, anxiety disorders, OCD, substance use disorders, eating disorders, and chronic pain with psychological components.');
const LIST_PTSD = LIST('These include treatment-resistant depression, PTSD, anxiety disorders');
const LIST_ANXIETY = LIST('PTSD, anxiety disorders, OCD');
const LIST_SUD = LIST('OCD, substance use disorders, eating disorders');
const CASE = { source_id: KAIR, excerpt: 'There\'s also the case of a 44-year-old man with depression that hadn\'t responded to traditional treatments.', section: RESEARCH };
const CASE_OUTCOME = { source_id: KAIR, excerpt: 'he reported a brighter mood, fewer suicidal thoughts', section: RESEARCH };
const DEPRESSION_79 = { source_id: KAIR, excerpt: '79% of those with depression showed significant clinical improvement', section: RESEARCH };
const PTSD_86 = { source_id: KAIR, excerpt: '86% of those who started with PTSD no longer met the criteria after the program', section: RESEARCH };
const GAD_7 = { source_id: KAIR, excerpt: 'Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly', section: RESEARCH };
const SEVERE_ANXIETY = { source_id: KAIR, excerpt: 'If you have severe anxiety that might be triggered by altered states', section: RISKS };
const GAD_91 = { source_id: KAIR, excerpt: '91% of participants with generalized anxiety disorder improved to a milder category', section: RESEARCH };
const COP_PROGRAM = { source_id: KAIR, excerpt: 'A Canadian program combined ketamine group therapy with a Community of Practice model over 12 weeks', section: RESEARCH };
const ACTIVE_SUD = { source_id: KAIR, excerpt: 'people with active substance use disorders', section: RISKS };
const SUD_ROW = { source_id: GKT, excerpt: 'Active substance use disorder(exclusion in both)(after stabilization)', section: TABLE };
const EATING_SERIES = { source_id: KAIR, excerpt: 'A small but illuminating case series followed five participants with eating disorders', section: RESEARCH };
const MOOD_CHALLENGES = { source_id: KAIR, excerpt: 'five participants with eating disorders who also had mood and anxiety challenges', section: RESEARCH };
// The case series' outcomes (audit 12 A12-2): the sentence that names its group sessions, and its anxiety result.
const SERIES_DEPRESSION = { source_id: KAIR, excerpt: 'After just four weekly group ketamine sessions, four out of the five experienced meaningful improvements in their depression scores.', section: RESEARCH };
// The clause that names the case series' group sessions, for a statement of another result than its depression scores
// (audit 21 A21-7: the whole sentence showed a depression result as support of an anxiety outcome).
const SERIES_GROUP = { source_id: KAIR, excerpt: 'After just four weekly group ketamine sessions', section: RESEARCH };
const SERIES_ANXIETY = { source_id: KAIR, excerpt: 'Two participants also saw their anxiety levels drop considerably.', section: RESEARCH };
const TRAUMA_VALUABLE = { source_id: KAIR, excerpt: 'This can be especially valuable for those struggling with trauma', section: WHAT };
const TRAUMA_RELATED = { source_id: KAIR, excerpt: 'specifically for trauma-related conditions', section: RIGHT };
const TRAUMA_HARDER = { source_id: GKT, excerpt: 'Complex trauma. Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.', section: HARDER };
const GKT_FAQ_Q = { source_id: GKT, excerpt: 'Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,', section: FAQ };
const PSYCHOSIS_HISTORY = { source_id: KAIR, excerpt: 'a history of psychosis or schizophrenia', section: RISKS };
const PSYCHOSIS_ROW = { source_id: GKT, excerpt: 'Active psychotic symptoms✓ (or exclusion)', section: TABLE };
const MANIA_ROW = { source_id: GKT, excerpt: 'Active mania or recent hypomania✓ (or exclusion)', section: TABLE };
/*
 * The format table's rows are the format-fit collection's (each cell with its column). A statement that cites a row
 * states one cell, with that cell's qualifiers as its hedge, and is said of that cell's column: the group column of
 * the group format, the individual column ("Individual format safer") of the individual format, a cell that names both
 * formats ("(exclusion in both)") of ketamine therapy in general; where the column was lost in extraction, the scope is
 * Katalog's reading (inferred). A cell is never a qualifier of a statement said of another column.
 */
const TABLE_HEADER = { source_id: GKT, excerpt: 'Group format generally appropriateIndividual format safer', section: TABLE };
/*
 * The Canadian article says in words that the individual format is safer for the situations its key takeaway and its
 * FAQ "Who is not a candidate for group KAT?" list ("individual format is safer in those cases", "Individual format is
 * safer in these cases"): an `individual_more_suitable` statement of the individual format for each condition they
 * name, quoting the line that names it and the line that says it (audit 11 A11-1). Every `individual_more_suitable`
 * statement is said of the individual format (A11-4).
 */
const TAKEAWAY_SAFER = { source_id: GKT, excerpt: 'or borderline personality disorder with marked instability — individual format is safer in those cases.', section: TAKEAWAYS };
const FAQ_SAFER = { source_id: GKT, excerpt: 'or complex medical comorbidities requiring close monitoring. Individual format is safer in these cases.', section: FAQ };
/**
 * "Individual format is safer in these cases", of a condition its FAQ names (GKT_FAQ_Q, and GKT_FAQ when it names it).
 * Said plainly: the FAQ's "Generally:" and the takeaway's "generally" qualify who is not a candidate for, or for whom
 * group is not appropriate (the group exclusion's hedge), not "is safer".
 */
const SAFER_BY_FAQ = (...named: Citation[]) =>
  says('individual_more_suitable', ofFormat('individual', GKT), GKT_FAQ_Q, ...named, FAQ_SAFER);
/** The individual column, "Individual format safer", with the cell's own qualifier. */
const INDIVIDUAL_CELL = (cell: string | null) => ofFormat('individual', GKT, cell);
// The KAIR article's conclusion on what ketamine group therapy offers (said of the group format).
const CONCLUSION = 'Conclusion';
const REAL_PROMISE = { source_id: KAIR, excerpt: 'The research we\'ve explored shows real promise for people struggling with conditions that haven\'t responded to traditional treatments.', section: CONCLUSION };
const NEW_PATH = { source_id: KAIR, excerpt: 'PTSD that haunts your days, anxiety that won\'t quiet down, or eating disorders that feel impossible to overcome—ketamine group therapy offers a new path forward.', section: CONCLUSION };
/** The bullet under "What is ketamine group therapy?", said of the group format for depression, anxiety and PTSD alike. */
const PROMISING_SAYS = () => ofFormat('group', KAIR, 'Shows promising results');
// The Colorado clinic's curriculum, said of that program (colorado-five-week-group) and of the three conditions alike.
const COLORADO = { source_id: KAIR, excerpt: 'offering a five-week group curriculum for depression, addiction, and PTSD', section: COST };
const COLORADO_SAYS = () => ofPrograms(['colorado-five-week-group'], KAIR);
/** The KAIR article's quote of "one program": its words are that program's, reported by the KAIR article. */
const ONE_PROGRAM = 'one program';
const AS_ONE_PROGRAM = { source_id: KAIR, excerpt: 'As one program noted, "individuals with severe social anxiety', section: RISKS };
const SOCIAL = {
  source_id: KAIR,
  excerpt: '"individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy" might find individual ketamine therapy more suitable than the group format.',
  section: RISKS,
};
/*
 * A study's population or outcome is said of what the study is: the KAIR article reports these studies as group
 * programs (the firefighters' "12-week ketamine-assisted group therapy program", the Canadian program that
 * "combined ketamine group therapy with a Community of Practice model", the case series' "four weekly group
 * ketamine sessions"). Where the cited excerpt itself does not name the group (the 44-year-old man's case, whose
 * "30-minute group therapy sessions" are in another sentence), the group scope is marked as Katalog's reading.
 */
const STUDY = ofFormat('group', KAIR);
const CASE_STUDY = inferredScope(ofFormat('group', KAIR));

export const conditions: ConditionSeed[] = [
  // ---- Named as conditions ketamine therapy is used or studied for ----
  condition({
    id: 'treatment-resistant-depression',
    name: 'Treatment-resistant depression',
    // Not "depression that hadn't responded to traditional treatments" (the KAIR article's words for one man's
    // depression): that it is this condition is Katalog's reading, said in the note (audit 17 A17-5).
    alternate_names: [],
    category: 'mental_health',
    role_statements: [
      named(["conditions that haven't responded well to standard treatments"], says('indication', general(KAIR, PROMISE_HEDGE), PROMISE, LIST_TRD)),
      // The excerpt's words for the man's depression: that they are this condition is Katalog's reading (the note).
      named(["depression that hadn't responded to traditional treatments"], says('study_population', CASE_STUDY, CASE)),
    ],
    note: 'The KAIR article lists it first among conditions that haven\'t responded well to standard treatments; the Canadian article\'s format table has a row "Treatment-resistant depression with intact social functioning"; the row\'s check mark was lost in extraction, and Katalog infers that the table puts it under "Group format generally appropriate". The Canadian article names it only in that row and does not call it an indication. Calling the depression of the KAIR article\'s 44-year-old man ("depression that hadn\'t responded to traditional treatments") treatment-resistant is Katalog\'s reading, not the article\'s words.',
    citations: [PROMISE, LIST_TRD, CASE, { source_id: GKT, excerpt: 'Treatment-resistant depression with intact social functioning', section: TABLE }],
  }),
  condition({
    id: 'depression',
    name: 'Depression',
    alternate_names: [],
    category: 'mental_health',
    role_statements: [
      // The bullet is under "What is ketamine group therapy?": said of the group format, of depression among "other
      // treatment-resistant conditions" (review 30 R30-2).
      named(['treatment-resistant conditions'], says('indication', PROMISING_SAYS(), PROMISING)),
      says('study_population', STUDY, DEPRESSION_79),
      says('study_outcome', STUDY, SERIES_DEPRESSION),
      says('indication', COLORADO_SAYS(), COLORADO),
    ],
    note: null,
    citations: [PROMISING, DEPRESSION_79, SERIES_DEPRESSION, COLORADO],
  }),
  condition({
    id: 'ptsd',
    name: 'Post-traumatic stress disorder',
    alternate_names: ['PTSD'],
    category: 'mental_health',
    // Not a group exclusion: the only place the Canadian article names PTSD beside the formats is a table row whose
    // check mark was lost, and its list of who is not a candidate for group KAT does not name PTSD.
    role_statements: [
      named(['conditions that haven\'t responded well to standard treatments'], says('indication', general(KAIR, PROMISE_HEDGE), PROMISE, LIST_PTSD)),
      says('study_population', STUDY, PTSD_86),
      named(['treatment-resistant conditions'], says('indication', PROMISING_SAYS(), PROMISING)),
      says('indication', COLORADO_SAYS(), COLORADO),
      // The firefighters' PTSD symptoms (PCL-5) are an outcome the study measured, as their anxiety scores are anxiety's.
      says('study_outcome', STUDY, GAD_7),
    ],
    note: 'The Canadian article\'s format table has a row "Severe interpersonal trauma or active PTSD with hypervigilance"; the row\'s check mark was lost in extraction, so the text does not say which of the table\'s two columns the row is in, and where Katalog places the row is Katalog\'s reading. The article\'s FAQ list of whom group KAT does not suit names severe interpersonal trauma, not PTSD.',
    citations: [
      PROMISE,
      LIST_PTSD,
      PTSD_86,
      { source_id: GKT, excerpt: 'Severe interpersonal trauma or active PTSD with hypervigilance', section: TABLE },
      { source_id: GKT, excerpt: 'Group format generally appropriateIndividual format safer', section: TABLE },
      PROMISING,
      COLORADO,
      GAD_7,
    ],
  }),
  condition({
    id: 'anxiety',
    name: 'Anxiety and anxiety disorders',
    alternate_names: ['anxiety', 'anxiety disorders'],
    category: 'mental_health',
    role_statements: [
      named(['conditions that haven\'t responded well to standard treatments'], says('indication', general(KAIR, PROMISE_HEDGE), PROMISE, LIST_ANXIETY)),
      // The firefighters' anxiety scores are an outcome the study measured (GAD-7), not their diagnosis.
      says('study_outcome', STUDY, GAD_7),
      // The case series' anxiety result; its group sessions are named in the sentence before it.
      says('study_outcome', STUDY, SERIES_ANXIETY, SERIES_GROUP),
      named(['severe anxiety that might be triggered by altered states'], says('requires_evaluation', general(KAIR, EVALUATE_HEDGE), EVALUATE, SEVERE_ANXIETY)),
      named(['treatment-resistant conditions'], says('indication', PROMISING_SAYS(), PROMISING)),
    ],
    note: 'Besides naming anxiety disorders among the conditions that haven\'t responded well to standard treatments, for which it says ketamine shows particular promise, the KAIR article says severe anxiety that might be triggered by altered states requires careful evaluation. The Canadian article\'s format table has a row "Mild-to-moderate anxiety or trauma" whose check mark was lost in extraction, so the text does not say which of the table\'s two columns the row is in.',
    citations: [PROMISE, LIST_ANXIETY, GAD_7, SERIES_ANXIETY, SERIES_GROUP, SEVERE_ANXIETY, EVALUATE, { source_id: GKT, excerpt: 'Mild-to-moderate anxiety or trauma', section: TABLE }, PROMISING],
  }),
  condition({
    id: 'generalized-anxiety-disorder',
    name: 'Generalized anxiety disorder',
    alternate_names: [],
    category: 'mental_health',
    role_statements: [says('study_population', STUDY, GAD_91, COP_PROGRAM)],
    note: 'Named by the KAIR article in the results of a Canadian program that combined ketamine group therapy with a Community of Practice model.',
    citations: [GAD_91, COP_PROGRAM],
  }),
  condition({
    id: 'ocd',
    name: 'Obsessive-compulsive disorder',
    alternate_names: ['OCD'],
    category: 'mental_health',
    role_statements: [named(['conditions that haven\'t responded well to standard treatments'], says('indication', general(KAIR, PROMISE_HEDGE), PROMISE, LIST('anxiety disorders, OCD, substance use disorders')))],
    note: null,
    citations: [PROMISE, LIST('anxiety disorders, OCD, substance use disorders')],
  }),
  condition({
    id: 'substance-use-disorder',
    name: 'Substance use disorder',
    alternate_names: ['substance use disorders'],
    category: 'substance_use',
    role_statements: [
      named(['conditions that haven\'t responded well to standard treatments'], says('indication', general(KAIR, PROMISE_HEDGE), PROMISE, LIST_SUD)),
      named(['active substance use disorders'], says('contraindication', general(KAIR, AVOID_HEDGE), AVOID, ACTIVE_SUD)),
      named(
        ['severe substance use', 'active substance use disorder'],
        says('group_exclusion', ofFormat('group', GKT, `${COMORBID_HEDGE}; Generally:`), GKT_COMORBID, GKT_FAQ_Q, GKT_FAQ),
      ),
      // The group cell "(exclusion in both)" names both formats: an exclusion from the group format that its source does
      // not limit to it, said of ketamine therapy in general (as the contraindication of the same row).
      named(['Active substance use disorder'], says('group_exclusion', general(GKT, '(exclusion in both)'), SUD_ROW, TABLE_HEADER)),
      // The individual cell "(after stabilization)", in the column "Individual format safer".
      named(['Active substance use disorder'], says('individual_more_suitable', INDIVIDUAL_CELL('(after stabilization)'), SUD_ROW, TABLE_HEADER)),
      // The FAQ lists it too, and says the individual format is safer in these cases (the table's group cell says
      // "(exclusion in both)": the article does not reconcile the two).
      named(['active substance use disorder'], SAFER_BY_FAQ(GKT_FAQ)),
    ],
    note: 'Named both ways: the KAIR article lists substance use disorders among the conditions that haven\'t responded well to standard treatments, for which it says ketamine shows particular promise, and says people with active substance use disorders "should definitely avoid ketamine therapy altogether"; the Canadian article says severe substance use is generally an exclusion for group format and lists active substance use disorder among those who are generally not candidates for group KAT, and its format table marks active substance use disorder "(exclusion in both)" in its group cell and "(after stabilization)" in its individual cell ("Individual format safer"), while its FAQ says the individual format is safer in these cases.',
    citations: [PROMISE, LIST_SUD, AVOID, ACTIVE_SUD, SUD_ROW, TABLE_HEADER, GKT_COMORBID, GKT_FAQ_Q, GKT_FAQ, FAQ_SAFER],
  }),
  condition({
    id: 'addiction',
    name: 'Addiction',
    alternate_names: [],
    category: 'substance_use',
    role_statements: [
      says('indication', COLORADO_SAYS(), COLORADO),
    ],
    note: null,
    citations: [COLORADO],
  }),
  condition({
    id: 'eating-disorders',
    name: 'Eating disorders',
    alternate_names: [],
    category: 'mental_health',
    role_statements: [
      named(['conditions that haven\'t responded well to standard treatments'], says('indication', general(KAIR, PROMISE_HEDGE), PROMISE, LIST('substance use disorders, eating disorders, and chronic pain with psychological components.'))),
      says('study_population', STUDY, EATING_SERIES, SERIES_GROUP),
      named(
        ["conditions that haven't responded to traditional treatments", 'eating disorders that feel impossible to overcome'],
        says('indication', ofFormat('group', KAIR, 'shows real promise'), REAL_PROMISE, NEW_PATH),
      ),
    ],
    note: null,
    citations: [PROMISE, LIST('substance use disorders, eating disorders, and chronic pain with psychological components.'), EATING_SERIES, SERIES_GROUP, REAL_PROMISE, NEW_PATH],
  }),
  condition({
    id: 'chronic-pain',
    name: 'Chronic pain with psychological components',
    alternate_names: [],
    category: 'physical_health',
    role_statements: [named(['conditions that haven\'t responded well to standard treatments'], says('indication', general(KAIR, PROMISE_HEDGE), PROMISE, LIST('eating disorders, and chronic pain with psychological components.')))],
    note: null,
    citations: [PROMISE, LIST('eating disorders, and chronic pain with psychological components.')],
  }),
  condition({
    id: 'mood-disorders',
    name: 'Mood and anxiety challenges',
    alternate_names: [],
    category: 'mental_health',
    // Named by no record's conditions: the case series lists only eating disorders (the condition the article states
    // of its participants), and keeps "mood and anxiety challenges" in its population field. Naming "challenges" a
    // condition at all is Katalog's reading (inferred: JSON-LD gives it no MedicalCondition type); the group format is
    // the article's: its next sentence names the case series' "four weekly group ketamine sessions" (audit 12 A12-8).
    role_statements: [says('study_population', inferredScope(ofFormat('group', KAIR)), MOOD_CHALLENGES, SERIES_GROUP)],
    note: 'The KAIR article\'s words for what the participants of a case series of four weekly group ketamine sessions also had, besides eating disorders: "challenges", not a diagnosis it names, so calling them a condition is Katalog\'s reading. The article uses the words only to describe the population of that case series.',
    citations: [MOOD_CHALLENGES, SERIES_GROUP],
  }),
  condition({
    id: 'trauma',
    name: 'Trauma',
    alternate_names: ['trauma-related conditions'],
    category: 'mental_health',
    role_statements: [
      // "If you're considering ketamine group therapy specifically for trauma-related conditions, you might want to explore
      // more information about PTSD treatment" points to another page: it names the condition, it does not say it is one
      // the group format is used for (kept among the record's citations for the name "trauma-related conditions").
      says('indication', ofFormat('group', KAIR, 'can be especially valuable'), TRAUMA_VALUABLE),
      named(['severe interpersonal trauma'], says('group_exclusion', ofFormat('group', GKT, 'generally not appropriate; Generally:'), GKT_TAKEAWAY, GKT_FAQ_Q)),
      // "can be" is the group clause's ("re-traumatizing in group"); the individual clause's own qualifier is "often".
      named(['Severe interpersonal trauma'], says('individual_more_suitable', ofFormat('individual', GKT, 'often'), TRAUMA_HARDER)),
      named(['severe interpersonal trauma'], SAFER_BY_FAQ(GKT_TAKEAWAY, TAKEAWAY_SAFER)),
    ],
    note: 'Named both ways, by different articles: the KAIR article says group settings can be especially valuable for those struggling with trauma; the Canadian article says group is generally not appropriate for patients with severe interpersonal trauma, that severe interpersonal trauma can be re-traumatizing in group, and that the individual format is often safer (in its key takeaways and FAQ: safer).',
    citations: [TRAUMA_VALUABLE, TRAUMA_RELATED, GKT_TAKEAWAY, GKT_FAQ_Q, TRAUMA_HARDER, TAKEAWAY_SAFER, FAQ_SAFER],
  }),
  condition({
    id: 'suicidality',
    name: 'Suicidality',
    // Not "suicidal thoughts": the KAIR article uses the words only of one man's outcome ("fewer suicidal thoughts"), not
    // as a name of the condition (audit 19, R24-1's weaker instance).
    alternate_names: [],
    category: 'mental_health',
    role_statements: [
      named(['active suicidality'], says('group_exclusion', ofFormat('group', GKT, 'Generally:'), GKT_FAQ_Q, GKT_FAQ)),
      named(['active suicidality'], SAFER_BY_FAQ(GKT_FAQ)),
      // "Fewer suicidal thoughts" is what the 44-year-old man reported after treatment: an outcome of the case, whose
      // population is depression (finding esketamine-case-fewer-suicidal-thoughts), not a condition he was studied for.
      says('study_outcome', CASE_STUDY, CASE_OUTCOME),
    ],
    note: 'The Canadian article names active suicidality among those who are generally not candidates for group KAT, and says the individual format is safer in these cases. The KAIR article reports fewer suicidal thoughts as an outcome of one man\'s case of eight esketamine infusions combined with group therapy sessions.',
    citations: [GKT_FAQ_Q, GKT_FAQ, FAQ_SAFER, CASE_OUTCOME],
  }),
  // ---- Named as reasons against ketamine therapy or its group format ----
  condition({
    id: 'high-blood-pressure',
    name: 'Uncontrolled high blood pressure',
    alternate_names: [],
    category: 'physical_health',
    role_statements: [says('contraindication', general(KAIR, AVOID_HEDGE), AVOID, { source_id: KAIR, excerpt: 'This includes those with uncontrolled high blood pressure', section: RISKS })],
    note: null,
    citations: [AVOID, { source_id: KAIR, excerpt: 'This includes those with uncontrolled high blood pressure', section: RISKS }],
  }),
  condition({
    id: 'heart-conditions',
    name: 'Serious heart conditions',
    alternate_names: [],
    category: 'physical_health',
    role_statements: [says('contraindication', general(KAIR, AVOID_HEDGE), AVOID, { source_id: KAIR, excerpt: 'uncontrolled high blood pressure, serious heart conditions', section: RISKS })],
    note: null,
    citations: [AVOID, { source_id: KAIR, excerpt: 'uncontrolled high blood pressure, serious heart conditions', section: RISKS }],
  }),
  condition({
    id: 'liver-disease',
    name: 'Severe liver disease',
    alternate_names: [],
    category: 'physical_health',
    role_statements: [says('contraindication', general(KAIR, AVOID_HEDGE), AVOID, { source_id: KAIR, excerpt: 'or severe liver disease.', section: RISKS })],
    note: null,
    citations: [AVOID, { source_id: KAIR, excerpt: 'or severe liver disease.', section: RISKS }],
  }),
  condition({
    id: 'psychosis',
    name: 'Psychosis',
    alternate_names: [],
    category: 'mental_health',
    role_statements: [
      named(['a history of psychosis'], says('contraindication', general(KAIR, AVOID_HEDGE), AVOID, PSYCHOSIS_HISTORY)),
      named(
        ['active psychosis', 'active psychotic or bipolar disorders'],
        says('group_exclusion', ofFormat('group', GKT, `${COMORBID_HEDGE}; generally not appropriate; Generally:`), GKT_COMORBID, GKT_TAKEAWAY, GKT_FAQ_Q),
      ),
      // "✓ (or exclusion)": its column was lost in extraction; Katalog places it in "Individual format safer" (see
      // /v1/format-fit/active-psychotic-symptoms), so the individual format is Katalog's reading.
      named(['Active psychotic symptoms'], says('individual_more_suitable', inferredScope(INDIVIDUAL_CELL('(or exclusion)')), PSYCHOSIS_ROW, TABLE_HEADER)),
      named(['active psychosis', 'active psychotic or bipolar disorders'], SAFER_BY_FAQ(GKT_TAKEAWAY, TAKEAWAY_SAFER)),
    ],
    note: 'The KAIR article names a history of psychosis; the Canadian article names active psychosis as generally an exclusion for the group format, says in its key takeaways and FAQ that the individual format is safer in those cases, and its format table\'s row reads "✓ (or exclusion)", which Katalog places in the column "Individual format safer" (the column was lost in extraction); the article does not say what "exclusion" covers.',
    citations: [AVOID, PSYCHOSIS_HISTORY, GKT_COMORBID, GKT_FAQ_Q, PSYCHOSIS_ROW, TABLE_HEADER, GKT_TAKEAWAY, TAKEAWAY_SAFER, FAQ_SAFER],
  }),
  condition({
    id: 'schizophrenia',
    name: 'Schizophrenia',
    alternate_names: [],
    category: 'mental_health',
    // No named_as: whether "a history of" of "a history of psychosis or schizophrenia" is said of schizophrenia too, the
    // article leaves open, as it does "active" of bipolar disorders (review 31 R31-1); the note says so.
    role_statements: [says('contraindication', general(KAIR, AVOID_HEDGE), AVOID, PSYCHOSIS_HISTORY)],
    note: 'The KAIR article names schizophrenia only among those who "should definitely avoid ketamine therapy altogether": "a history of psychosis or schizophrenia"; it does not say whether its "a history of" is said of schizophrenia too.',
    citations: [AVOID, PSYCHOSIS_HISTORY],
  }),
  condition({
    id: 'dissociative-disorders',
    name: 'Dissociative disorders',
    alternate_names: [],
    category: 'mental_health',
    role_statements: [named(['a history of dissociative disorders'], says('requires_evaluation', general(KAIR, EVALUATE_HEDGE), EVALUATE, { source_id: KAIR, excerpt: 'a history of dissociative disorders', section: RISKS }))],
    note: null,
    citations: [EVALUATE, { source_id: KAIR, excerpt: 'a history of dissociative disorders', section: RISKS }],
  }),
  condition({
    id: 'personality-disorders',
    name: 'Severe personality disorders',
    alternate_names: [],
    category: 'mental_health',
    role_statements: [
      named(['severe personality disorders that might impact group dynamics'], says('requires_evaluation', general(KAIR, EVALUATE_HEDGE), EVALUATE, { source_id: KAIR, excerpt: 'have severe personality disorders that might impact group dynamics', section: RISKS })),
    ],
    note: 'The KAIR article names those that might impact group dynamics, in its paragraph on situations that require careful evaluation by qualified clinicians (which it says of ketamine therapy in general; that it concerns the group format is Katalog\'s reading).',
    citations: [EVALUATE, { source_id: KAIR, excerpt: 'have severe personality disorders that might impact group dynamics', section: RISKS }],
  }),
  condition({
    id: 'borderline-personality-disorder',
    name: 'Borderline personality disorder',
    alternate_names: [],
    category: 'mental_health',
    role_statements: [
      // The FAQ's list, from its first line ("Generally:"), as every group exclusion citing it (audit 12 A12-3).
      named(['borderline personality disorder with marked instability'], says('group_exclusion', ofFormat('group', GKT, `${COMORBID_HEDGE}; generally not appropriate; Generally:`), GKT_COMORBID, GKT_TAKEAWAY, TAKEAWAY_SAFER, GKT_FAQ_Q, GKT_FAQ)),
      named(['borderline personality disorder with marked instability'], SAFER_BY_FAQ(GKT_FAQ, TAKEAWAY_SAFER)),
    ],
    note: 'The Canadian article names it only as "borderline personality disorder with marked instability". The Canadian article\'s key takeaway and its FAQ each list it among the conditions of which they say individual format is safer ("in those cases", "in these cases").',
    citations: [GKT_COMORBID, GKT_TAKEAWAY, GKT_FAQ, GKT_FAQ_Q, TAKEAWAY_SAFER, FAQ_SAFER],
  }),
  condition({
    id: 'bipolar-disorder',
    name: 'Bipolar disorder',
    alternate_names: ['bipolar disorders'],
    category: 'mental_health',
    role_statements: [
      // No named_as: whether "active" of "active psychotic or bipolar disorders" is said of bipolar disorders too, the
      // article leaves open (review 29 R29-2); the note says so.
      says('group_exclusion', ofFormat('group', GKT, 'generally not appropriate'), GKT_TAKEAWAY),
      says('individual_more_suitable', ofFormat('individual', GKT), GKT_TAKEAWAY, TAKEAWAY_SAFER),
    ],
    note: 'The Canadian article names bipolar disorders only in its key takeaway that group is generally not appropriate for patients with "severe interpersonal trauma, active psychotic or bipolar disorders, or borderline personality disorder with marked instability" and that "individual format is safer in those cases"; it does not say whether its "active" is said of bipolar disorders too.',
    citations: [GKT_TAKEAWAY, TAKEAWAY_SAFER],
  }),
  condition({
    id: 'mania',
    name: 'Mania or hypomania',
    alternate_names: [],
    category: 'mental_health',
    role_statements: [
      named(['active mania', 'active mania or recent hypomania'], says('group_exclusion', ofFormat('group', GKT, `${COMORBID_HEDGE}; Generally:`), GKT_COMORBID, GKT_FAQ_Q)),
      // As for psychosis: "✓ (or exclusion)" in a column Katalog places (see /v1/format-fit/active-mania-or-recent-hypomania).
      named(['Active mania or recent hypomania'], says('individual_more_suitable', inferredScope(INDIVIDUAL_CELL('(or exclusion)')), MANIA_ROW, TABLE_HEADER)),
      named(['active mania or recent hypomania'], SAFER_BY_FAQ()),
    ],
    note: 'The Canadian article names active mania in its "What is harder in group format", and active mania or recent hypomania in its format table and FAQ. The Canadian article\'s FAQ says the individual format is safer in these cases. The Canadian article\'s format table\'s row reads "✓ (or exclusion)", which Katalog places in the column "Individual format safer" (the column was lost in extraction); the article does not say what "exclusion" covers.',
    citations: [GKT_COMORBID, GKT_FAQ_Q, MANIA_ROW, TABLE_HEADER, FAQ_SAFER],
  }),
  condition({
    id: 'social-anxiety',
    name: 'Severe social anxiety',
    alternate_names: [],
    category: 'mental_health',
    role_statements: [
      says('individual_more_suitable', { ...ofFormat('individual', KAIR, 'might find individual ketamine therapy more suitable than the group format'), via: ONE_PROGRAM }, SOCIAL, AS_ONE_PROGRAM),
    ],
    note: 'The KAIR article reports what "one program" noted, quoting its words for whom it means ("individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy"); that they "might find individual ketamine therapy more suitable than the group format" is the KAIR article\'s wording, outside the quotation.',
    citations: [SOCIAL, AS_ONE_PROGRAM],
  }),
];
