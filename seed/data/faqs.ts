import type { FaqSeed } from '../../src/resources/faqs/faqs.schema.js';

const GKT = 'group-ketamine-therapy-canada';
const FAQ = 'Frequently asked questions';

const cite = (excerpt: string) => ({ source_id: GKT, excerpt, section: FAQ });

/**
 * Every question and answer is the Canadian article's own FAQ, verbatim (the seed verifier checks the
 * answer against the article named by `answered_by`). The answer also names its speaker up front ("The
 * Canadian article answers: ") so that it reads attributed wherever it is shown alone: several answers
 * state verdicts or advice ("Individual format is safer in these cases.", "Arrange a designated driver…").
 */
export const faqs: FaqSeed[] = [
  {
    id: 'what-is-group-ketamine-assisted-therapy',
    question: 'What is group ketamine-assisted therapy?',
    answer:
      "The Canadian article answers: A treatment model where ketamine dosing happens within a cohort structure, with shared preparation, dosing, or integration. Roots to Thrive in Nanaimo BC is Canada's leading published group dosing model; some ATMA CENA member clinics offer group integration alongside individual dosing.",
    answered_by: GKT,
    position: 1,
    related: [
      { collection: 'programs', id: 'roots-to-thrive-group' },
      { collection: 'organizations', id: 'roots-to-thrive' },
      { collection: 'organizations', id: 'atma-cena' },
      { collection: 'programs', id: 'port-credit-group-integration' },
    ],
    citations: [
      cite('What is group ketamine-assisted therapy? A treatment model where ketamine dosing happens within a cohort structure, with shared preparation, dosing, or integration.'),
      cite("Roots to Thrive in Nanaimo BC is Canada's leading published group dosing model; some ATMA CENA member clinics offer group integration alongside individual dosing."),
    ],
  },
  {
    id: 'where-can-i-do-group-ketamine-therapy-in-canada',
    question: 'Where can I do group ketamine therapy in Canada?',
    answer:
      'The Canadian article answers: Roots to Thrive in Nanaimo BC is the most established published Canadian program. Some ATMA CENA member clinics offer group integration sessions alongside individual dosing.',
    answered_by: GKT,
    position: 2,
    related: [
      { collection: 'programs', id: 'roots-to-thrive-group' },
      { collection: 'organizations', id: 'roots-to-thrive' },
      { collection: 'organizations', id: 'atma-cena' },
      { collection: 'organizations', id: 'port-credit-therapy-centre' },
      { collection: 'programs', id: 'port-credit-group-integration' },
    ],
    citations: [
      cite('Where can I do group ketamine therapy in Canada? Roots to Thrive in Nanaimo BC is the most established published Canadian program.'),
      cite('Some ATMA CENA member clinics offer group integration sessions alongside individual dosing.'),
    ],
  },
  {
    id: 'what-does-roots-to-thrive-cost',
    question: 'What does Roots to Thrive cost?',
    answer: 'The Canadian article answers: Approximately CAD $5,850 + GST for the 12-week group cohort program; CAD $7,500 + tax for the 6-week individual track.',
    answered_by: GKT,
    position: 3,
    related: [
      { collection: 'programs', id: 'roots-to-thrive-group' },
      { collection: 'programs', id: 'roots-to-thrive-individual' },
      { collection: 'prices', id: 'roots-to-thrive-group-price' },
      { collection: 'prices', id: 'roots-to-thrive-individual-price' },
      { collection: 'organizations', id: 'roots-to-thrive' },
    ],
    citations: [
      cite('What does Roots to Thrive cost? Approximately CAD $5,850 + GST for the 12-week group cohort program; CAD $7,500 + tax for the 6-week individual track.'),
    ],
  },
  {
    id: 'does-atma-cena-offer-group-ketamine-therapy',
    question: 'Does ATMA CENA offer group ketamine therapy?',
    answer:
      "The Canadian article answers: ATMA CENA's corporate clinics in Edmonton and Calgary deliver KAT in an individual format. Group integration sessions are offered at some member clinics, including Port Credit Therapy Centre in Mississauga.",
    answered_by: GKT,
    position: 4,
    related: [
      { collection: 'organizations', id: 'atma-cena' },
      { collection: 'organizations', id: 'atma-cena-edmonton' },
      { collection: 'organizations', id: 'atma-cena-calgary' },
      { collection: 'organizations', id: 'port-credit-therapy-centre' },
      { collection: 'programs', id: 'port-credit-group-integration' },
      { collection: 'programs', id: 'atma-cena-psycholytic-pathway' },
      { collection: 'programs', id: 'atma-cena-psychedelic-pathway' },
      { collection: 'programs', id: 'atma-cena-customized-kat' },
    ],
    citations: [
      cite("Does ATMA CENA offer group ketamine therapy? ATMA CENA's corporate clinics in Edmonton and Calgary deliver KAT in an individual format."),
      cite('Group integration sessions are offered at some member clinics, including Port Credit Therapy Centre in Mississauga.'),
    ],
  },
  {
    id: 'is-group-format-as-effective-as-individual',
    question: 'Is group format as effective as individual?',
    answer:
      "The Canadian article answers: Roots to Thrive's published clinical protocol and safety data document outcomes consistent with KAP literature broadly. Randomized head-to-head trials of group versus individual KAT do not exist at scale yet. The honest answer: both formats can work; the right fit depends on screening, indication, and patient preference.",
    answered_by: GKT,
    position: 5,
    related: [
      { collection: 'studies', id: 'dames-2025-roots-to-thrive-protocol' },
      { collection: 'studies', id: 'tsang-2023-roots-to-thrive-safety' },
      { collection: 'programs', id: 'roots-to-thrive-group' },
      { collection: 'programs', id: 'roots-to-thrive-individual' },
    ],
    citations: [
      cite("Is group format as effective as individual? Roots to Thrive's published clinical protocol and safety data document outcomes consistent with KAP literature broadly."),
      cite('Randomized head-to-head trials of group versus individual KAT do not exist at scale yet. The honest answer: both formats can work;'),
      cite('the right fit depends on screening, indication, and patient preference.'),
    ],
  },
  {
    id: 'who-is-not-a-candidate-for-group-kat',
    question: 'Who is not a candidate for group KAT?',
    answer:
      'The Canadian article answers: Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania, borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality, or complex medical comorbidities requiring close monitoring. Individual format is safer in these cases.',
    answered_by: GKT,
    position: 6,
    related: [
      { collection: 'contraindications', id: 'severe-interpersonal-trauma' },
      { collection: 'contraindications', id: 'active-psychotic-symptoms' },
      { collection: 'contraindications', id: 'active-mania-or-recent-hypomania' },
      { collection: 'contraindications', id: 'borderline-personality-disorder-with-marked-instability' },
      { collection: 'contraindications', id: 'active-substance-use-group-format' },
      { collection: 'contraindications', id: 'recent-severe-trauma-disclosure' },
      { collection: 'contraindications', id: 'active-suicidality' },
      { collection: 'contraindications', id: 'complex-medical-comorbidities-requiring-close-monitoring' },
      { collection: 'format-fit', id: 'severe-interpersonal-trauma-or-active-ptsd-with-hypervigilance' },
      { collection: 'format-fit', id: 'active-psychotic-symptoms' },
      { collection: 'format-fit', id: 'active-mania-or-recent-hypomania' },
      { collection: 'format-fit', id: 'borderline-personality-disorder-with-marked-instability' },
      { collection: 'format-fit', id: 'active-substance-use-disorder' },
      { collection: 'format-fit', id: 'recent-severe-trauma-disclosure-or-active-suicidality' },
      { collection: 'format-fit', id: 'complex-medical-comorbidities-requiring-close-monitoring' },
    ],
    citations: [
      cite('Who is not a candidate for group KAT? Generally: patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania,'),
      cite('borderline personality disorder with marked instability, active substance use disorder, recent severe trauma disclosure, active suicidality,'),
      cite('or complex medical comorbidities requiring close monitoring. Individual format is safer in these cases.'),
    ],
  },
  {
    id: 'do-i-see-other-people-while-dosing',
    question: "Do I see other people while I'm dosing?",
    answer:
      "The Canadian article answers: In Roots to Thrive's group dosing model, yes — participants share the dosing space with subgroup support. In group integration models (some ATMA CENA member clinics, Sage Integrative Health), dosing is private and only integration is in group format.",
    answered_by: GKT,
    position: 7,
    related: [
      // Not Port Credit's group integration program: that its sessions follow the private-dosing model the answer names
      // is Katalog's reading (the program says so; audit 23 A23-2), and a related link cannot say so.
      { collection: 'programs', id: 'roots-to-thrive-group' },
      { collection: 'programs', id: 'sage-integration-circles' },
      { collection: 'organizations', id: 'sage-integrative-health' },
      { collection: 'organizations', id: 'atma-cena' },
    ],
    citations: [
      cite("Do I see other people while I'm dosing? In Roots to Thrive's group dosing model, yes — participants share the dosing space with subgroup support."),
      cite('In group integration models (some ATMA CENA member clinics, Sage Integrative Health), dosing is private and only integration is in group format.'),
    ],
  },
  {
    id: 'what-is-community-of-practice',
    question: 'What\'s "community of practice"?',
    answer:
      "The Canadian article answers: A 12-week cohort framework — weekly large-group and small-group sessions structured around themes — where participants build relational and integration skills together over the program arc. Roots to Thrive's clinical protocol describes this as central to the therapeutic mechanism.",
    answered_by: GKT,
    position: 8,
    related: [
      { collection: 'programs', id: 'roots-to-thrive-group' },
      { collection: 'studies', id: 'dames-2025-roots-to-thrive-protocol' },
    ],
    citations: [
      cite('What\'s "community of practice"?'),
      cite('A 12-week cohort framework — weekly large-group and small-group sessions structured around themes — where participants build relational and integration skills together over the program arc.'),
      cite("Roots to Thrive's clinical protocol describes this as central to the therapeutic mechanism."),
    ],
  },
  {
    id: 'is-indigenous-wellness-integration-only-for-indigenous-participants',
    question: 'Is Indigenous wellness integration relevant only to Indigenous participants?',
    answer:
      'The Canadian article answers: The Snuneymuxw Community Wellness Centre partnership and Elder involvement at Roots to Thrive serves all cohort participants. The Indigenous Reconciliation Fund specifically supports First Nations cohort participation.',
    answered_by: GKT,
    position: 9,
    related: [
      { collection: 'organizations', id: 'snuneymuxw-community-wellness-centre' },
      { collection: 'organizations', id: 'indigenous-reconciliation-fund' },
      { collection: 'organizations', id: 'roots-to-thrive' },
      { collection: 'programs', id: 'roots-to-thrive-group' },
    ],
    citations: [
      cite('Is Indigenous wellness integration relevant only to Indigenous participants?'),
      cite('The Snuneymuxw Community Wellness Centre partnership and Elder involvement at Roots to Thrive serves all cohort participants.'),
      cite('The Indigenous Reconciliation Fund specifically supports First Nations cohort participation.'),
    ],
  },
  {
    id: 'can-i-drive-home-after-a-group-session',
    question: 'Can I drive home after a group session?',
    answer: 'The Canadian article answers: No. The 24-hour no-driving rule applies regardless of group or individual format. Arrange a designated driver, rideshare, or transit.',
    answered_by: GKT,
    position: 10,
    related: [{ collection: 'session-phases', id: 'post-session-integration' }],
    citations: [
      cite('Can I drive home after a group session? No. The 24-hour no-driving rule applies regardless of group or individual format. Arrange a designated driver, rideshare, or transit.'),
    ],
  },
  {
    id: 'group-kat-in-bc',
    question: "What if I'm in BC and interested in group KAT?",
    answer:
      'The Canadian article answers: Roots to Thrive in Nanaimo is the practical option (~115 km from Victoria via BC-1; ferry-accessible from Vancouver). The ATMA CENA intake call can help orient you to the screening, registration, and (where appropriate) coordinated care coordination. See Ketamine Therapy in Victoria BC.',
    answered_by: GKT,
    position: 11,
    related: [
      { collection: 'organizations', id: 'roots-to-thrive' },
      { collection: 'programs', id: 'roots-to-thrive-group' },
      { collection: 'organizations', id: 'atma-cena' },
      { collection: 'sources', id: 'ketamine-therapy-victoria-bc' },
    ],
    citations: [
      cite("What if I'm in BC and interested in group KAT? Roots to Thrive in Nanaimo is the practical option (~115 km from Victoria via BC-1; ferry-accessible from Vancouver)."),
      cite('The ATMA CENA intake call can help orient you to the screening, registration, and (where appropriate) coordinated care coordination. See Ketamine Therapy in Victoria BC.'),
    ],
  },
];
