import type { FormatFitSeed } from '../../src/resources/format-fit/format-fit.schema.js';

const GKT = 'group-ketamine-therapy-canada';
const KAIR = 'kair-group-therapy-unpacked';

const TABLE = 'When group fits versus when individual is safer';
const TAKEAWAYS = 'Key takeaways';
const ADDS = 'What group format adds';
const HARDER = 'What is harder in group format';
const FAQ = 'Frequently asked questions';

const row = (excerpt: string) => ({ source_id: GKT, excerpt, section: TABLE });

// Supporting sentences for the inferred check marks
const FRAMING = row('The honest framing: group format is an excellent fit for some patients and a poor fit for others.');
const TRADE = { source_id: GKT, excerpt: 'Group format trades privacy and individualized clinical attention for community connection, peer integration, and lower per-session cost.', section: TAKEAWAYS };
const PEER = { source_id: GKT, excerpt: 'Peer normalization. Many patients feel less alone in their experience when they are with others working through similar struggles.', section: ADDS };
const COP = { source_id: GKT, excerpt: 'Community of practice. Skills practice — relating, regulating, sense-making — happens in a real social field rather than in 1:1 isolation.', section: ADDS };
const TAKEAWAY_1 = { source_id: GKT, excerpt: 'Group is generally not appropriate for patients with severe interpersonal trauma, active psychotic or bipolar disorders', section: TAKEAWAYS };
const TAKEAWAY_2 = { source_id: GKT, excerpt: 'or borderline personality disorder with marked instability — individual format is safer in those cases.', section: TAKEAWAYS };
const COMORBID = {
  source_id: GKT,
  excerpt: 'Comorbid conditions. Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
  section: HARDER,
};
const FAQ_1 = { source_id: GKT, excerpt: 'Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,', section: FAQ };
const FAQ_2 = { source_id: GKT, excerpt: 'borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality,', section: FAQ };
const FAQ_3 = { source_id: GKT, excerpt: 'or complex medical comorbidities requiring close monitoring. Individual format is safer in these cases.', section: FAQ };

const LOST = 'The check mark was lost in extraction;';

export const formatFit: FormatFitSeed[] = [
  {
    id: 'treatment-resistant-depression-intact-social-functioning',
    situation: 'Treatment-resistant depression with intact social functioning',
    position: 1,
    group_format: '✓',
    individual_format: null,
    favoured_format: 'group',
    inferred: true,
    note: `${LOST} the group column is inferred. The row describes a patient without any of the group exclusions the article lists, with the social functioning that group work relies on (peer normalization, skills practice "in a real social field"); the rows marking individual format as safer are the exclusions named in the key takeaways, "What is harder in group format" and the FAQ.`,
    citations: [row('Treatment-resistant depression with intact social functioning'), PEER, COP, FRAMING],
  },
  {
    id: 'mild-to-moderate-anxiety-or-trauma',
    situation: 'Mild-to-moderate anxiety or trauma',
    position: 2,
    group_format: '✓',
    individual_format: null,
    favoured_format: 'group',
    inferred: true,
    note: `${LOST} the group column is inferred. The article reserves individual format for severe interpersonal trauma ("individual format is often safer"); mild-to-moderate anxiety or trauma is the contrasting case, and none of the listed group exclusions covers it.`,
    citations: [
      row('Mild-to-moderate anxiety or trauma'),
      { source_id: GKT, excerpt: 'Complex trauma. Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.', section: HARDER },
      PEER,
      FRAMING,
    ],
  },
  {
    id: 'strong-relational-capacity-desire-for-community',
    situation: 'Strong relational capacity; desire for community',
    position: 3,
    group_format: '✓',
    individual_format: null,
    favoured_format: 'group',
    inferred: true,
    note: `${LOST} the group column is inferred from the article's description of what group format adds: community connection, community-of-practice skills practice (relating, regulating, sense-making) and peer integration.`,
    citations: [row('Strong relational capacity; desire for community'), TRADE, COP],
  },
  {
    id: 'cost-is-a-meaningful-barrier',
    situation: 'Cost is a meaningful barrier',
    position: 4,
    group_format: '✓',
    individual_format: null,
    favoured_format: 'group',
    inferred: true,
    note: `${LOST} the group column is inferred from "Cost reduction" (group format is typically substantially less expensive per session) and the cost comparison, which says the cost reduction can make a multi-session course accessible for patients who screen as group-appropriate.`,
    citations: [
      row('Cost is a meaningful barrier'),
      { source_id: GKT, excerpt: 'Cost reduction. Group format is typically substantially less expensive per session than individual.', section: ADDS },
      { source_id: GKT, excerpt: 'For patients who screen as group-appropriate, the cost reduction can make a multi-session course accessible that an individual course would not be.', section: 'Cost comparison' },
    ],
  },
  {
    id: 'severe-interpersonal-trauma-or-active-ptsd-with-hypervigilance',
    situation: 'Severe interpersonal trauma or active PTSD with hypervigilance',
    position: 5,
    group_format: null,
    individual_format: '✓',
    favoured_format: 'individual',
    inferred: true,
    note: `${LOST} the individual column is inferred from the key takeaways, "Complex trauma" (severe interpersonal trauma can be re-traumatizing in group; individual format is often safer) and the FAQ. Active PTSD with hypervigilance is named only in this row.`,
    citations: [
      row('Severe interpersonal trauma or active PTSD with hypervigilance'),
      TAKEAWAY_1,
      { source_id: GKT, excerpt: 'Complex trauma. Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.', section: HARDER },
      FAQ_1,
    ],
  },
  {
    id: 'active-psychotic-symptoms',
    situation: 'Active psychotic symptoms',
    position: 6,
    group_format: null,
    individual_format: '✓ (or exclusion)',
    favoured_format: 'individual',
    inferred: true,
    note: 'The cell text "✓ (or exclusion)" survives but its column does not; it is placed in "Individual format safer" because the article calls active psychosis generally an exclusion for group format and says individual format is safer in these cases. "(or exclusion)": the patient may be excluded from ketamine therapy altogether.',
    citations: [row('Active psychotic symptoms✓ (or exclusion)'), TAKEAWAY_1, COMORBID, FAQ_1, FAQ_3],
  },
  {
    id: 'active-mania-or-recent-hypomania',
    situation: 'Active mania or recent hypomania',
    position: 7,
    group_format: null,
    individual_format: '✓ (or exclusion)',
    favoured_format: 'individual',
    inferred: true,
    note: 'The cell text "✓ (or exclusion)" survives but its column does not; it is placed in "Individual format safer" because the article calls active mania generally an exclusion for group format and the FAQ says individual format is safer for active mania or recent hypomania. "(or exclusion)": the patient may be excluded from ketamine therapy altogether.',
    citations: [row('Active mania or recent hypomania✓ (or exclusion)'), COMORBID, FAQ_1, FAQ_3],
  },
  {
    id: 'borderline-personality-disorder-with-marked-instability',
    situation: 'Borderline personality disorder with marked instability',
    position: 8,
    group_format: null,
    individual_format: '✓',
    favoured_format: 'individual',
    inferred: true,
    note: `${LOST} the individual column is inferred from the key takeaways ("individual format is safer in those cases"), "Comorbid conditions" (generally an exclusion for group format) and the FAQ.`,
    citations: [row('Borderline personality disorder with marked instability'), TAKEAWAY_2, COMORBID, FAQ_2, FAQ_3],
  },
  {
    id: 'active-substance-use-disorder',
    situation: 'Active substance use disorder',
    position: 9,
    group_format: '(exclusion in both)',
    individual_format: '(after stabilization)',
    favoured_format: 'individual',
    inferred: false,
    note: 'Both cells survive: the group cell reads "(exclusion in both)" (excluded from group and individual format while active) and the individual cell "(after stabilization)", so individual format is the option once the disorder is stabilized. "Comorbid conditions" calls severe substance use generally an exclusion for group format.',
    citations: [row('Active substance use disorder(exclusion in both)(after stabilization)'), COMORBID, FAQ_2],
  },
  {
    id: 'recent-severe-trauma-disclosure-or-active-suicidality',
    situation: 'Recent severe trauma disclosure or active suicidality',
    position: 10,
    group_format: null,
    individual_format: '✓',
    favoured_format: 'individual',
    inferred: true,
    note: `${LOST} the individual column is inferred from the FAQ "Who is not a candidate for group KAT?", which lists recent severe trauma disclosure and active suicidality and says individual format is safer in these cases.`,
    citations: [row('Recent severe trauma disclosure or active suicidality'), FAQ_2, FAQ_3],
  },
  {
    id: 'need-for-individualized-dose-titration',
    situation: 'Need for individualized dose titration',
    position: 11,
    group_format: null,
    individual_format: '✓',
    favoured_format: 'individual',
    inferred: true,
    note: `${LOST} the individual column is inferred: group format trades away individualized clinical attention ("less granular than 1:1"), while the individual model is described as emphasizing individualized pacing and dose titration. The KAIR article likewise says dosing in individual therapy can be precisely customized.`,
    citations: [
      row('Need for individualized dose titration'),
      { source_id: GKT, excerpt: 'Individualized clinical attention. Even with strong facilitator-to-participant ratios, clinical attention is less granular than 1:1.', section: HARDER },
      { source_id: GKT, excerpt: 'The clinical model emphasizes individualized pacing, dose titration, and trauma-sensitive privacy.', section: 'Where ATMA CENA fits' },
      { source_id: KAIR, excerpt: 'The dosing can be precisely custom to your needs', section: 'Individual vs group ketamine therapy' },
    ],
  },
  {
    id: 'complex-medical-comorbidities-requiring-close-monitoring',
    situation: 'Complex medical comorbidities requiring close monitoring',
    position: 12,
    group_format: null,
    individual_format: '✓',
    favoured_format: 'individual',
    inferred: true,
    note: `${LOST} the individual column is inferred from the FAQ "Who is not a candidate for group KAT?", which lists complex medical comorbidities requiring close monitoring and says individual format is safer in these cases; group format also gives less granular clinical attention than 1:1.`,
    citations: [
      row('Complex medical comorbidities requiring close monitoring'),
      FAQ_3,
      { source_id: GKT, excerpt: 'Individualized clinical attention. Even with strong facilitator-to-participant ratios, clinical attention is less granular than 1:1.', section: HARDER },
    ],
  },
];
