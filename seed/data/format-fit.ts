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

/** The table's column headers, hedged as written ("generally appropriate", "safer"). */
const HEADER = row('Group format generally appropriateIndividual format safer');

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
    note: `${LOST} the group column is inferred. Katalog reads the row as describing a patient without any of the group exclusions the Canadian article lists, with the social functioning that group work relies on (peer normalization, skills practice "in a real social field"); the rows Katalog places under "Individual format safer" (their check marks were lost too) name situations the Canadian article lists in its key takeaways, "What is harder in group format" or its FAQ, except "Need for individualized dose titration", which none of these names (Katalog reads that row from what the article says of individualized clinical attention in group format).`,
    citations: [row('Treatment-resistant depression with intact social functioning'), HEADER, PEER, COP, FRAMING],
  },
  {
    id: 'mild-to-moderate-anxiety-or-trauma',
    situation: 'Mild-to-moderate anxiety or trauma',
    position: 2,
    group_format: '✓',
    individual_format: null,
    favoured_format: 'group',
    inferred: true,
    note: `${LOST} the group column is inferred. The Canadian article says group is generally not appropriate for patients with severe interpersonal trauma (individual format is safer in those cases), that severe interpersonal trauma can be re-traumatizing in group and that individual format is often safer; it says nothing of mild-to-moderate anxiety or trauma outside this row. Katalog reads the row as the contrasting case: none of the situations the Canadian article lists as not fitting the group format names it.`,
    citations: [
      row('Mild-to-moderate anxiety or trauma'),
      HEADER,
      { source_id: GKT, excerpt: 'Complex trauma. Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.', section: HARDER },
      PEER,
      FRAMING,
      TAKEAWAY_1,
      TAKEAWAY_2,
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
    note: `${LOST} the group column is inferred from the Canadian article's key takeaway that group format trades privacy and individualized clinical attention for community connection, peer integration and lower per-session cost, and from its "Community of practice" item (skills practice — relating, regulating, sense-making — in a real social field).`,
    citations: [row('Strong relational capacity; desire for community'), HEADER, TRADE, COP],
  },
  {
    id: 'cost-is-a-meaningful-barrier',
    situation: 'Cost is a meaningful barrier',
    position: 4,
    group_format: '✓',
    individual_format: null,
    favoured_format: 'group',
    inferred: true,
    note: `${LOST} the group column is inferred from the Canadian article's "Cost reduction" item (group format is typically substantially less expensive per session) and its cost comparison, which says the cost reduction can make a multi-session course accessible for patients who screen as group-appropriate.`,
    citations: [
      row('Cost is a meaningful barrier'),
      HEADER,
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
    note: `${LOST} the individual column is inferred from the Canadian article's key takeaways, its "Complex trauma" item (the Canadian article says severe interpersonal trauma can be re-traumatizing in group and individual format is often safer) and its FAQ. Active PTSD with hypervigilance is named only in this row.`,
    citations: [
      row('Severe interpersonal trauma or active PTSD with hypervigilance'),
      HEADER,
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
    note: 'The cell text "✓ (or exclusion)" survives but its column does not; Katalog places it in "Individual format safer" because the Canadian article calls active psychosis generally an exclusion for group format and says individual format is safer in these cases. The cell adds "(or exclusion)"; the Canadian article does not say whether this means exclusion from the group format only or from ketamine therapy altogether.',
    citations: [row('Active psychotic symptoms✓ (or exclusion)'), HEADER, TAKEAWAY_1, COMORBID, FAQ_1, FAQ_3],
  },
  {
    id: 'active-mania-or-recent-hypomania',
    situation: 'Active mania or recent hypomania',
    position: 7,
    group_format: null,
    individual_format: '✓ (or exclusion)',
    favoured_format: 'individual',
    inferred: true,
    note: 'The cell text "✓ (or exclusion)" survives but its column does not; Katalog places it in "Individual format safer" because the Canadian article calls active mania generally an exclusion for group format and its FAQ says individual format is safer for active mania or recent hypomania. The cell adds "(or exclusion)"; the Canadian article does not say whether this means exclusion from the group format only or from ketamine therapy altogether.',
    citations: [row('Active mania or recent hypomania✓ (or exclusion)'), HEADER, COMORBID, FAQ_1, FAQ_3],
  },
  {
    id: 'borderline-personality-disorder-with-marked-instability',
    situation: 'Borderline personality disorder with marked instability',
    position: 8,
    group_format: null,
    individual_format: '✓',
    favoured_format: 'individual',
    inferred: true,
    note: `${LOST} the individual column is inferred from the Canadian article's key takeaways ("individual format is safer in those cases"), its "Comorbid conditions" item (generally an exclusion for group format) and its FAQ.`,
    citations: [row('Borderline personality disorder with marked instability'), HEADER, TAKEAWAY_2, COMORBID, FAQ_2, FAQ_3],
  },
  {
    id: 'active-substance-use-disorder',
    situation: 'Active substance use disorder',
    position: 9,
    group_format: '(exclusion in both)',
    individual_format: '(after stabilization)',
    // "(exclusion in both)": the row marks neither format while the disorder is active.
    favoured_format: 'neither',
    inferred: false,
    note: 'Both cells survive. The Canadian article\'s table reads "(exclusion in both)" in the group cell and "(after stabilization)" in the individual cell; it says nothing more about the row. That the row favours "neither" format while the disorder is active is Katalog\'s summary of the two cells, not the article\'s word: the individual cell\'s "(after stabilization)" is not in it. The Canadian article\'s "Comorbid conditions" item calls severe substance use generally an exclusion for group format, and its FAQ lists active substance use disorder under "Who is not a candidate for group KAT?" and ends that list "Individual format is safer in these cases."; the article does not reconcile that with the table\'s "(exclusion in both)".',
    citations: [row('Active substance use disorder(exclusion in both)(after stabilization)'), HEADER, COMORBID, FAQ_1, FAQ_2, FAQ_3],
  },
  {
    id: 'recent-severe-trauma-disclosure-or-active-suicidality',
    situation: 'Recent severe trauma disclosure or active suicidality',
    position: 10,
    group_format: null,
    individual_format: '✓',
    favoured_format: 'individual',
    inferred: true,
    note: `${LOST} the individual column is inferred from the Canadian article's FAQ "Who is not a candidate for group KAT?", which lists recent severe trauma disclosure and active suicidality and says individual format is safer in these cases.`,
    citations: [row('Recent severe trauma disclosure or active suicidality'), HEADER, FAQ_1, FAQ_2, FAQ_3],
  },
  {
    id: 'need-for-individualized-dose-titration',
    situation: 'Need for individualized dose titration',
    position: 11,
    group_format: null,
    individual_format: '✓',
    favoured_format: 'individual',
    inferred: true,
    note: `${LOST} the individual column is inferred: the Canadian article says clinical attention in group format is "less granular than 1:1", and that ATMA CENA's individual-format clinical model emphasizes individualized pacing and dose titration. The KAIR article likewise says dosing in individual therapy can be precisely customized.`,
    citations: [
      row('Need for individualized dose titration'),
      HEADER,
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
    note: `${LOST} the individual column is inferred from the Canadian article's FAQ "Who is not a candidate for group KAT?", which lists complex medical comorbidities requiring close monitoring and says individual format is safer in these cases; the Canadian article also says clinical attention in group format is less granular than 1:1.`,
    citations: [
      row('Complex medical comorbidities requiring close monitoring'),
      HEADER,
      FAQ_1,
      FAQ_3,
      { source_id: GKT, excerpt: 'Individualized clinical attention. Even with strong facilitator-to-participant ratios, clinical attention is less granular than 1:1.', section: HARDER },
    ],
  },
];
