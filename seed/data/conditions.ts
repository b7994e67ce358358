import type { ConditionSeed } from '../../src/resources/conditions/conditions.schema.js';
import { GKT, general, KAIR, ofFormat, ofPrograms } from './scope.js';

/*
 * The conditions the two articles name: those ketamine therapy (or its group format) is used or studied
 * for, and those they give as reasons against it. Pregnancy and breastfeeding, medications that could
 * interact, and "complex medical comorbidities" are screening flags, not conditions: they stay in
 * /v1/contraindications only. Each record's scope is that of its first citation's statement.
 */

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

export const conditions: ConditionSeed[] = [
  // ---- Named as conditions ketamine therapy is used or studied for ----
  {
    id: 'treatment-resistant-depression',
    name: 'Treatment-resistant depression',
    alternate_names: ['depression that hadn\'t responded to traditional treatments'],
    category: 'mental_health',
    roles: ['indication', 'study_population'],
    scope: general(KAIR, PROMISE_HEDGE),
    note: 'The KAIR article lists it first among conditions that haven\'t responded well to standard treatments; the Canadian article\'s format table has a row "Treatment-resistant depression with intact social functioning"; the row\'s check mark was lost in extraction, and Katalog infers that the table puts it under "Group format generally appropriate".',
    citations: [
      PROMISE,
      LIST('These include treatment-resistant depression, PTSD, anxiety disorders, OCD, substance use disorders, eating disorders, and chronic pain with psychological components.'),
      { source_id: KAIR, excerpt: 'There\'s also the case of a 44-year-old man with depression that hadn\'t responded to traditional treatments.', section: RESEARCH },
      { source_id: GKT, excerpt: 'Treatment-resistant depression with intact social functioning', section: TABLE },
    ],
  },
  {
    id: 'depression',
    name: 'Depression',
    alternate_names: [],
    category: 'mental_health',
    roles: ['indication', 'study_population'],
    // The bullet is under "What is ketamine group therapy?": said of the group format.
    scope: ofFormat('group', KAIR, 'Shows promising results'),
    note: null,
    citations: [
      PROMISING,
      { source_id: KAIR, excerpt: '79% of those with depression showed significant clinical improvement', section: RESEARCH },
    ],
  },
  {
    id: 'ptsd',
    name: 'Post-traumatic stress disorder',
    alternate_names: ['PTSD'],
    category: 'mental_health',
    // Not a group exclusion: the only place the Canadian article names PTSD beside the formats is a table row whose
    // check mark was lost, and its list of who is not a candidate for group KAT does not name PTSD.
    roles: ['indication', 'study_population'],
    scope: general(KAIR, PROMISE_HEDGE),
    note: 'The Canadian article\'s format table has a row "Severe interpersonal trauma or active PTSD with hypervigilance"; the row\'s check mark was lost in extraction, so the text does not say which of the table\'s two columns the row is in, and Katalog does not give PTSD the role group_exclusion (the format-fit record for that row marks its column as Katalog\'s reading). The article\'s FAQ list of whom group KAT does not suit names severe interpersonal trauma, not PTSD (see trauma).',
    citations: [
      PROMISE,
      LIST('These include treatment-resistant depression, PTSD, anxiety disorders'),
      { source_id: KAIR, excerpt: '86% of those who started with PTSD no longer met the criteria after the program', section: RESEARCH },
      { source_id: GKT, excerpt: 'Severe interpersonal trauma or active PTSD with hypervigilance', section: TABLE },
      { source_id: GKT, excerpt: 'Group format generally appropriateIndividual format safer', section: TABLE },
    ],
  },
  {
    id: 'anxiety',
    name: 'Anxiety and anxiety disorders',
    alternate_names: ['anxiety', 'anxiety disorders', 'severe anxiety'],
    category: 'mental_health',
    roles: ['indication', 'study_population', 'contraindication'],
    scope: general(KAIR, PROMISE_HEDGE),
    note: 'Besides naming anxiety disorders among the conditions for which it says ketamine shows particular promise, the KAIR article says severe anxiety that might be triggered by altered states requires careful evaluation.',
    citations: [
      PROMISE,
      LIST('PTSD, anxiety disorders, OCD'),
      { source_id: KAIR, excerpt: 'Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly', section: RESEARCH },
      { source_id: KAIR, excerpt: 'If you have severe anxiety that might be triggered by altered states', section: RISKS },
      { source_id: GKT, excerpt: 'Mild-to-moderate anxiety or trauma', section: TABLE },
    ],
  },
  {
    id: 'generalized-anxiety-disorder',
    name: 'Generalized anxiety disorder',
    alternate_names: [],
    category: 'mental_health',
    roles: ['study_population'],
    scope: ofFormat('group', KAIR),
    note: 'Named by the KAIR article in the results of a Canadian program that combined ketamine group therapy with a Community of Practice model.',
    citations: [
      { source_id: KAIR, excerpt: '91% of participants with generalized anxiety disorder improved to a milder category', section: RESEARCH },
      { source_id: KAIR, excerpt: 'A Canadian program combined ketamine group therapy with a Community of Practice model over 12 weeks', section: RESEARCH },
    ],
  },
  {
    id: 'ocd',
    name: 'Obsessive-compulsive disorder',
    alternate_names: ['OCD'],
    category: 'mental_health',
    roles: ['indication'],
    scope: general(KAIR, PROMISE_HEDGE),
    note: null,
    citations: [PROMISE, LIST('anxiety disorders, OCD, substance use disorders')],
  },
  {
    id: 'substance-use-disorder',
    name: 'Substance use disorder',
    alternate_names: ['substance use disorders', 'active substance use disorders', 'severe substance use'],
    category: 'substance_use',
    roles: ['indication', 'contraindication', 'group_exclusion'],
    scope: general(KAIR, PROMISE_HEDGE),
    note: 'Named both ways: the KAIR article lists substance use disorders among conditions ketamine shows promise for, and says people with active substance use disorders should avoid ketamine therapy; the Canadian article\'s format table marks active substance use disorder "(exclusion in both)" in its group cell and "(after stabilization)" in its individual cell.',
    citations: [
      PROMISE,
      LIST('OCD, substance use disorders, eating disorders'),
      AVOID,
      { source_id: KAIR, excerpt: 'people with active substance use disorders', section: RISKS },
      { source_id: GKT, excerpt: 'Active substance use disorder(exclusion in both)(after stabilization)', section: TABLE },
      GKT_COMORBID,
    ],
  },
  {
    id: 'addiction',
    name: 'Addiction',
    alternate_names: [],
    category: 'substance_use',
    roles: ['indication'],
    scope: ofPrograms(['colorado-five-week-group'], KAIR),
    note: null,
    citations: [
      { source_id: KAIR, excerpt: 'offering a five-week group curriculum for depression, addiction, and PTSD', section: COST },
    ],
  },
  {
    id: 'eating-disorders',
    name: 'Eating disorders',
    alternate_names: [],
    category: 'mental_health',
    roles: ['indication', 'study_population'],
    scope: general(KAIR, PROMISE_HEDGE),
    note: null,
    citations: [
      PROMISE,
      LIST('substance use disorders, eating disorders, and chronic pain with psychological components.'),
      { source_id: KAIR, excerpt: 'A small but illuminating case series followed five participants with eating disorders', section: RESEARCH },
    ],
  },
  {
    id: 'chronic-pain',
    name: 'Chronic pain with psychological components',
    alternate_names: [],
    category: 'physical_health',
    roles: ['indication'],
    scope: general(KAIR, PROMISE_HEDGE),
    note: null,
    citations: [PROMISE, LIST('eating disorders, and chronic pain with psychological components.')],
  },
  {
    id: 'mood-disorders',
    name: 'Mood and anxiety challenges',
    alternate_names: [],
    category: 'mental_health',
    roles: ['study_population'],
    // Named by no record's conditions: the case series lists only eating disorders (the condition the article states
    // of its participants), and keeps "mood and anxiety challenges" in its population field. That the group format
    // is what this is said of is Katalog's reading of the case series' group sessions (inferred).
    scope: { ...ofFormat('group', KAIR), inferred: true },
    note: 'The KAIR article\'s words for what the participants of a case series of four weekly group ketamine sessions also had, besides eating disorders: "challenges", not a diagnosis it names. No study lists it among its conditions: the article\'s words describe the population of that case series. That it is said of the group format is Katalog\'s reading of that case series.',
    citations: [
      { source_id: KAIR, excerpt: 'five participants with eating disorders who also had mood and anxiety challenges', section: RESEARCH },
    ],
  },
  {
    id: 'trauma',
    name: 'Trauma',
    alternate_names: ['trauma-related conditions', 'severe interpersonal trauma', 'complex trauma'],
    category: 'mental_health',
    roles: ['indication', 'group_exclusion'],
    scope: ofFormat('group', KAIR, 'can be especially valuable'),
    note: 'The Canadian article says severe interpersonal trauma can be re-traumatizing in group, and that the individual format is often safer.',
    citations: [
      { source_id: KAIR, excerpt: 'This can be especially valuable for those struggling with trauma', section: WHAT },
      { source_id: KAIR, excerpt: 'specifically for trauma-related conditions', section: RIGHT },
      { source_id: GKT, excerpt: 'Complex trauma. Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.', section: HARDER },
    ],
  },
  {
    id: 'suicidality',
    name: 'Suicidality',
    alternate_names: ['suicidal thoughts', 'active suicidality'],
    category: 'mental_health',
    roles: ['study_population', 'group_exclusion'],
    scope: ofFormat('group', GKT, 'Generally:'),
    note: null,
    citations: [
      { source_id: GKT, excerpt: 'Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,', section: FAQ },
      GKT_FAQ,
      { source_id: KAIR, excerpt: 'he reported a brighter mood, fewer suicidal thoughts', section: RESEARCH },
    ],
  },
  // ---- Named as reasons against ketamine therapy or its group format ----
  {
    id: 'high-blood-pressure',
    name: 'Uncontrolled high blood pressure',
    alternate_names: [],
    category: 'physical_health',
    roles: ['contraindication'],
    scope: general(KAIR, 'should definitely avoid ketamine therapy altogether'),
    note: null,
    citations: [AVOID, { source_id: KAIR, excerpt: 'This includes those with uncontrolled high blood pressure', section: RISKS }],
  },
  {
    id: 'heart-conditions',
    name: 'Serious heart conditions',
    alternate_names: [],
    category: 'physical_health',
    roles: ['contraindication'],
    scope: general(KAIR, 'should definitely avoid ketamine therapy altogether'),
    note: null,
    citations: [AVOID, { source_id: KAIR, excerpt: 'uncontrolled high blood pressure, serious heart conditions', section: RISKS }],
  },
  {
    id: 'liver-disease',
    name: 'Severe liver disease',
    alternate_names: [],
    category: 'physical_health',
    roles: ['contraindication'],
    scope: general(KAIR, 'should definitely avoid ketamine therapy altogether'),
    note: null,
    citations: [AVOID, { source_id: KAIR, excerpt: 'or severe liver disease.', section: RISKS }],
  },
  {
    id: 'psychosis',
    name: 'Psychosis',
    alternate_names: ['history of psychosis', 'active psychosis', 'active psychotic symptoms'],
    category: 'mental_health',
    roles: ['contraindication', 'group_exclusion'],
    scope: general(KAIR, 'should definitely avoid ketamine therapy altogether'),
    note: 'The KAIR article names a history of psychosis; the Canadian article names active psychosis as generally an exclusion for the group format.',
    citations: [
      AVOID,
      { source_id: KAIR, excerpt: 'a history of psychosis or schizophrenia', section: RISKS },
      GKT_COMORBID,
      { source_id: GKT, excerpt: 'Active psychotic symptoms✓ (or exclusion)', section: TABLE },
    ],
  },
  {
    id: 'schizophrenia',
    name: 'Schizophrenia',
    alternate_names: [],
    category: 'mental_health',
    roles: ['contraindication'],
    scope: general(KAIR, 'should definitely avoid ketamine therapy altogether'),
    note: null,
    citations: [AVOID, { source_id: KAIR, excerpt: 'a history of psychosis or schizophrenia', section: RISKS }],
  },
  {
    id: 'dissociative-disorders',
    name: 'Dissociative disorders',
    alternate_names: ['a history of dissociative disorders'],
    category: 'mental_health',
    roles: ['contraindication'],
    scope: general(KAIR, 'require careful evaluation by qualified clinicians'),
    note: null,
    citations: [EVALUATE, { source_id: KAIR, excerpt: 'a history of dissociative disorders', section: RISKS }],
  },
  {
    id: 'personality-disorders',
    name: 'Severe personality disorders',
    alternate_names: [],
    category: 'mental_health',
    roles: ['contraindication'],
    scope: general(KAIR, 'require careful evaluation by qualified clinicians'),
    note: 'The KAIR article names those that might impact group dynamics.',
    citations: [EVALUATE, { source_id: KAIR, excerpt: 'have severe personality disorders that might impact group dynamics', section: RISKS }],
  },
  {
    id: 'borderline-personality-disorder',
    name: 'Borderline personality disorder',
    alternate_names: ['borderline personality disorder with marked instability'],
    category: 'mental_health',
    roles: ['group_exclusion'],
    scope: ofFormat('group', GKT, 'generally exclusions for group format'),
    note: 'Named with marked instability.',
    citations: [GKT_COMORBID, GKT_FAQ],
  },
  {
    id: 'bipolar-disorder',
    name: 'Bipolar disorder',
    alternate_names: ['bipolar disorders'],
    category: 'mental_health',
    roles: ['group_exclusion'],
    scope: ofFormat('group', GKT, 'generally not appropriate'),
    note: 'Named as active bipolar disorders.',
    citations: [GKT_TAKEAWAY],
  },
  {
    id: 'mania',
    name: 'Mania or hypomania',
    alternate_names: ['active mania', 'recent hypomania'],
    category: 'mental_health',
    roles: ['group_exclusion'],
    scope: ofFormat('group', GKT, 'generally exclusions for group format'),
    note: 'Named as active mania or recent hypomania.',
    citations: [GKT_COMORBID, { source_id: GKT, excerpt: 'Active mania or recent hypomania✓ (or exclusion)', section: TABLE }],
  },
  {
    id: 'social-anxiety',
    name: 'Severe social anxiety',
    alternate_names: [],
    category: 'mental_health',
    roles: ['group_exclusion'],
    scope: ofFormat('group', KAIR, 'might find individual ketamine therapy more suitable than the group format'),
    note: 'The KAIR article quotes "one program": such individuals "might find individual ketamine therapy more suitable than the group format".',
    citations: [
      {
        source_id: KAIR,
        excerpt: '"individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy" might find individual ketamine therapy more suitable than the group format.',
        section: RISKS,
      },
    ],
  },
];
