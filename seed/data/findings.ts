import type { FindingSeed } from '../../src/resources/findings/findings.schema.js';

const KAIR = 'kair-group-therapy-unpacked';
const GKT = 'group-ketamine-therapy-canada';
const RESEARCH = 'What the research says';
const PUBLISHED = 'Published evidence';

/** The sentence that attributes program-wide figures jointly to Dames et al. 2025 and Tsang et al. 2023. */
const JOINT_EXCERPT = {
  source_id: GKT,
  excerpt:
    'The published clinical protocol (Dames et al., Frontiers in Psychiatry, 2025) and safety/tolerability data (Tsang et al., European Psychiatry, 2023) document',
  section: 'Key takeaways',
};
const JOINT_FIGURES = {
  source_id: GKT,
  excerpt: "document the program's structure and outcomes across 750+ participants and 2,000+ KAP sessions.",
  section: 'Key takeaways',
};
const CONSISTENT_EXCERPT = {
  source_id: GKT,
  excerpt:
    "Roots to Thrive's published clinical protocol and safety data document outcomes consistent with KAP literature broadly.",
  section: 'Frequently asked questions',
};

export const findings: FindingSeed[] = [
  // Firefighters: 12-week ketamine-assisted group therapy program.
  {
    id: 'firefighters-gad7-anxiety-decreased',
    study_id: 'firefighters-group-kat-12-week',
    condition: 'anxiety',
    measure: 'GAD-7 (anxiety scores)',
    value: null,
    value_unit: null,
    value_qualifier: null,
    denominator: null,
    direction: 'decreased',
    summary:
      'Anxiety scores measured by the GAD-7 decreased significantly, with large effect sizes, after the 12-week ketamine group therapy program. The source gives no score or effect-size figure.',
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly with large effect sizes.',
        section: RESEARCH,
      },
    ],
  },
  {
    id: 'firefighters-pcl5-ptsd-decreased',
    study_id: 'firefighters-group-kat-12-week',
    condition: 'ptsd',
    measure: 'PCL-5 (PTSD symptoms)',
    value: null,
    value_unit: null,
    value_qualifier: null,
    denominator: null,
    direction: 'decreased',
    summary:
      'PTSD symptoms measured by the PCL-5 decreased significantly, with large effect sizes, after the 12-week ketamine group therapy program. The source gives no score or effect-size figure.',
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly with large effect sizes.',
        section: RESEARCH,
      },
    ],
  },
  {
    id: 'firefighters-benefits-persist-six-months',
    study_id: 'firefighters-group-kat-12-week',
    condition: null,
    measure: 'Persistence of improvements (anxiety and PTSD symptoms) at follow-up',
    // No figure of the result: "six months" is when it was measured, the study's follow_up_months (audit 9 L12).
    value: null,
    value_unit: null,
    value_qualifier: null,
    denominator: null,
    direction: 'improved',
    summary:
      'The improvements in anxiety and PTSD symptoms had not disappeared after treatment ended: they were still present at the follow-up assessments six months later.',
    citations: [
      {
        source_id: KAIR,
        excerpt:
          "What's most impressive is that these benefits didn't disappear after treatment ended—they were still present six months later during follow-up assessments.",
        section: RESEARCH,
      },
      {
        source_id: KAIR,
        excerpt: 'with benefits persisting six months later.',
        section: 'What is ketamine group therapy?',
      },
    ],
  },
  // Eating disorders case series.
  {
    id: 'eating-disorders-depression-improved-4-of-5',
    study_id: 'eating-disorders-group-ketamine-case-series',
    condition: 'depression',
    measure: 'Depression scores',
    value: 4,
    value_unit: 'participants',
    value_qualifier: 'exact',
    denominator: 5,
    direction: 'improved',
    summary:
      'After four weekly group ketamine sessions, four of the five participants with eating disorders experienced meaningful (elsewhere in the KAIR article: "significant") improvements in their depression scores.',
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'After just four weekly group ketamine sessions, four out of the five experienced meaningful improvements in their depression scores.',
        section: RESEARCH,
      },
      {
        source_id: KAIR,
        excerpt:
          'In one case series, four out of five participants with eating disorders saw significant improvements in their depression scores after just four weekly group ketamine sessions.',
        section: 'Is it right for you?',
      },
    ],
  },
  {
    id: 'eating-disorders-anxiety-dropped-2-of-5',
    study_id: 'eating-disorders-group-ketamine-case-series',
    condition: 'anxiety',
    measure: 'Anxiety levels',
    value: 2,
    value_unit: 'participants',
    value_qualifier: 'exact',
    denominator: 5,
    direction: 'decreased',
    summary: 'Two of the five participants also saw their anxiety levels drop considerably. No score is given.',
    citations: [
      {
        source_id: KAIR,
        excerpt: 'Two participants also saw their anxiety levels drop considerably.',
        section: RESEARCH,
      },
      {
        source_id: KAIR,
        excerpt: 'A small but illuminating case series followed five participants with eating disorders',
        section: RESEARCH,
      },
    ],
  },
  // 44-year-old man: esketamine infusions with group therapy.
  {
    id: 'esketamine-case-brighter-mood',
    study_id: 'esketamine-group-therapy-case-report',
    condition: 'treatment-resistant-depression',
    measure: 'Mood (self-reported)',
    value: null,
    value_unit: null,
    value_qualifier: null,
    denominator: null,
    direction: 'improved',
    summary:
      'After eight esketamine infusions combined with 30-minute group therapy sessions, the patient reported a brighter mood. The KAIR article suggests that adding the group component might improve the medication\'s effectiveness.',
    // "Treatment-resistant depression" is Katalog's label for the source's "depression that hadn't responded to traditional treatments".
    inferred_fields: ['condition'],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'After participating in eight esketamine infusions combined with 30-minute group therapy sessions, he reported a brighter mood',
        section: RESEARCH,
      },
      {
        source_id: KAIR,
        excerpt: "This suggests that adding the group component might improve the medication's effectiveness.",
        section: RESEARCH,
      },
    ],
  },
  {
    id: 'esketamine-case-fewer-suicidal-thoughts',
    study_id: 'esketamine-group-therapy-case-report',
    condition: 'suicidality',
    measure: 'Suicidal thoughts (self-reported)',
    value: null,
    value_unit: null,
    value_qualifier: null,
    denominator: null,
    direction: 'decreased',
    summary: 'After the esketamine infusions with group therapy sessions, the patient reported fewer suicidal thoughts.',
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'he reported a brighter mood, fewer suicidal thoughts, and better functioning both at work and at home.',
        section: RESEARCH,
      },
    ],
    // The source writes suicidal thoughts, not the condition: linking them to suicidality is Katalog's reading (audit 19:
    // "suicidal thoughts" is no other name of suicidality).
    inferred_fields: ['condition'],
  },
  {
    id: 'esketamine-case-better-functioning',
    study_id: 'esketamine-group-therapy-case-report',
    condition: 'treatment-resistant-depression',
    measure: 'Functioning at work and at home (self-reported)',
    value: null,
    value_unit: null,
    value_qualifier: null,
    denominator: null,
    direction: 'improved',
    summary: 'After the esketamine infusions with group therapy sessions, the patient reported better functioning both at work and at home.',
    // "Treatment-resistant depression" is Katalog's label for the source's "depression that hadn't responded to traditional treatments".
    inferred_fields: ['condition'],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'he reported a brighter mood, fewer suicidal thoughts, and better functioning both at work and at home.',
        section: RESEARCH,
      },
    ],
  },
  // Canadian healthcare providers: ketamine group therapy with a Community of Practice over 12 weeks.
  {
    id: 'healthcare-providers-gad-91-percent-milder-category',
    study_id: 'canadian-healthcare-providers-community-of-practice',
    condition: 'generalized-anxiety-disorder',
    measure: 'Generalized anxiety disorder severity category',
    value: 91,
    value_unit: 'percent',
    value_qualifier: 'exact',
    denominator: null,
    direction: 'improved',
    summary: '91% of participants with generalized anxiety disorder improved to a milder category.',
    citations: [
      {
        source_id: KAIR,
        excerpt: '91% of participants with generalized anxiety disorder improved to a milder category',
        section: RESEARCH,
      },
    ],
  },
  {
    id: 'healthcare-providers-depression-79-percent-improved',
    study_id: 'canadian-healthcare-providers-community-of-practice',
    condition: 'depression',
    measure: 'Depression (clinical improvement)',
    value: 79,
    value_unit: 'percent',
    value_qualifier: 'exact',
    denominator: null,
    direction: 'improved',
    summary: '79% of those with depression showed significant clinical improvement.',
    citations: [
      {
        source_id: KAIR,
        excerpt: 'while 79% of those with depression showed significant clinical improvement.',
        section: RESEARCH,
      },
    ],
  },
  {
    id: 'healthcare-providers-ptsd-86-percent-no-longer-met-criteria',
    study_id: 'canadian-healthcare-providers-community-of-practice',
    condition: 'ptsd',
    measure: 'PTSD diagnostic criteria',
    value: 86,
    value_unit: 'percent',
    value_qualifier: 'exact',
    denominator: null,
    direction: 'improved',
    summary: '86% of those who started with PTSD no longer met the criteria after the program.',
    citations: [
      {
        source_id: KAIR,
        excerpt: '86% of those who started with PTSD no longer met the criteria after the program',
        section: RESEARCH,
      },
    ],
  },
  {
    id: 'healthcare-providers-92-percent-less-interference',
    study_id: 'canadian-healthcare-providers-community-of-practice',
    condition: null,
    measure: 'Interference with daily life and work (self-reported)',
    value: 92,
    value_unit: 'percent',
    value_qualifier: 'exact',
    denominator: null,
    direction: 'decreased',
    // The KAIR article gives no base for this figure (audit 13 A13-1): its sentence follows the figure for those who
    // started with PTSD, so "of participants" would be Katalog's reading.
    summary: '92% reported less interference with their daily life and work (the KAIR article gives no base for this percentage).',
    citations: [
      {
        source_id: KAIR,
        excerpt: '92% reported less interference with their daily life and work.',
        section: RESEARCH,
      },
    ],
  },
  // Tsang et al. 2023: safety and tolerability in Roots to Thrive.
  {
    id: 'tsang-2023-blood-pressure-elevation-12-percent',
    study_id: 'tsang-2023-roots-to-thrive-safety',
    condition: null,
    measure: 'Blood pressure',
    value: 12,
    value_unit: 'percent',
    value_qualifier: 'approximately',
    denominator: null,
    direction: 'increased',
    summary: 'Temporary blood-pressure elevations of about 12% (written "~12% increase"); all were reversible.',
    citations: [
      {
        source_id: GKT,
        excerpt: 'temporary blood-pressure elevations (~12% increase, all reversible)',
        section: PUBLISHED,
      },
    ],
  },
  {
    id: 'tsang-2023-nausea-under-13-percent-of-sessions',
    study_id: 'tsang-2023-roots-to-thrive-safety',
    condition: null,
    measure: 'Nausea (share of sessions)',
    value: 13,
    value_unit: 'percent',
    value_qualifier: 'less_than',
    denominator: null,
    direction: 'not_applicable',
    summary: 'Nausea occurred in fewer than 13% of sessions (written "<13% of sessions").',
    citations: [
      {
        source_id: GKT,
        excerpt: 'nausea in <13% of sessions',
        section: PUBLISHED,
      },
    ],
  },
  {
    id: 'tsang-2023-no-serious-adverse-events',
    study_id: 'tsang-2023-roots-to-thrive-safety',
    condition: null,
    measure: 'Serious adverse events',
    value: null,
    value_unit: null,
    value_qualifier: null,
    denominator: null,
    direction: 'not_applicable',
    summary: 'No serious adverse events were documented across the data set (the source writes "no", not a count).',
    citations: [
      {
        source_id: GKT,
        excerpt: 'no serious adverse events documented across the data set.',
        section: PUBLISHED,
      },
    ],
  },
  // Program-wide figures the Canadian article attributes jointly to Dames et al. 2025 and Tsang et al. 2023.
  {
    id: 'dames-2025-program-participants-750-plus',
    study_id: 'dames-2025-roots-to-thrive-protocol',
    condition: null,
    measure: 'Participants documented (program-wide, attributed jointly with Tsang et al. 2023)',
    value: 750,
    value_unit: 'participants',
    value_qualifier: 'at_least',
    denominator: null,
    direction: 'not_applicable',
    summary:
      'The Canadian article says this protocol and the safety/tolerability data of Tsang et al. 2023 together document the Roots to Thrive program\'s structure and outcomes across 750+ participants. The figure is program-wide and attributed to both publications jointly (the article gives one figure for both publications together, not a count for each); no per-publication count is given.',
    citations: [JOINT_EXCERPT, JOINT_FIGURES],
  },
  {
    id: 'dames-2025-program-kap-sessions-2000-plus',
    study_id: 'dames-2025-roots-to-thrive-protocol',
    condition: null,
    measure: 'KAP sessions documented (program-wide, attributed jointly with Tsang et al. 2023)',
    value: 2000,
    value_unit: 'sessions',
    value_qualifier: 'at_least',
    denominator: null,
    direction: 'not_applicable',
    summary:
      'The Canadian article says this protocol and the safety/tolerability data of Tsang et al. 2023 together document the Roots to Thrive program across 2,000+ KAP sessions. The figure is program-wide and attributed to both publications jointly (the article gives one figure for both publications together, not a count for each).',
    citations: [JOINT_EXCERPT, JOINT_FIGURES],
  },
  {
    id: 'dames-2025-outcomes-consistent-with-kap-literature',
    study_id: 'dames-2025-roots-to-thrive-protocol',
    condition: null,
    measure: 'Outcomes compared with the KAP literature',
    value: null,
    value_unit: null,
    value_qualifier: null,
    denominator: null,
    direction: 'not_applicable',
    summary:
      'Roots to Thrive\'s published clinical protocol and safety data (attributed jointly with Tsang et al. 2023) document outcomes consistent with the KAP literature broadly.',
    citations: [CONSISTENT_EXCERPT],
  },
  {
    id: 'tsang-2023-program-participants-750-plus',
    study_id: 'tsang-2023-roots-to-thrive-safety',
    condition: null,
    measure: 'Participants documented (program-wide, attributed jointly with Dames et al. 2025)',
    value: 750,
    value_unit: 'participants',
    value_qualifier: 'at_least',
    denominator: null,
    direction: 'not_applicable',
    summary:
      'The Canadian article says these safety/tolerability data and the clinical protocol of Dames et al. 2025 together document the Roots to Thrive program\'s structure and outcomes across 750+ participants; elsewhere it says the program has reported safety and tolerability data from hundreds of participants. The figure is program-wide and attributed to both publications jointly (the article gives one figure for both publications together, not a count for each); no per-publication count is given.',
    citations: [
      JOINT_EXCERPT,
      JOINT_FIGURES,
      {
        source_id: GKT,
        excerpt: 'has reported safety and tolerability data from hundreds of participants and thousands of KAP sessions.',
        section: 'Ketamine and esketamine access',
      },
    ],
  },
  {
    id: 'tsang-2023-program-kap-sessions-2000-plus',
    study_id: 'tsang-2023-roots-to-thrive-safety',
    condition: null,
    measure: 'KAP sessions documented (program-wide, attributed jointly with Dames et al. 2025)',
    value: 2000,
    value_unit: 'sessions',
    value_qualifier: 'at_least',
    denominator: null,
    direction: 'not_applicable',
    summary:
      'The Canadian article says these safety/tolerability data and the clinical protocol of Dames et al. 2025 together document the Roots to Thrive program across 2,000+ KAP sessions; elsewhere it says the program has reported safety and tolerability data from thousands of KAP sessions. The figure is program-wide and attributed to both publications jointly (the article gives one figure for both publications together, not a count for each).',
    citations: [
      JOINT_EXCERPT,
      JOINT_FIGURES,
      {
        source_id: GKT,
        excerpt: 'has reported safety and tolerability data from hundreds of participants and thousands of KAP sessions.',
        section: 'Ketamine and esketamine access',
      },
    ],
  },
  {
    id: 'tsang-2023-outcomes-consistent-with-kap-literature',
    study_id: 'tsang-2023-roots-to-thrive-safety',
    condition: null,
    measure: 'Outcomes compared with the KAP literature',
    value: null,
    value_unit: null,
    value_qualifier: null,
    denominator: null,
    direction: 'not_applicable',
    summary:
      'Roots to Thrive\'s safety data and published clinical protocol (attributed jointly with Dames et al. 2025) document outcomes consistent with the KAP literature broadly.',
    citations: [CONSISTENT_EXCERPT],
  },
];
