import type { StudySeed } from '../../src/resources/studies/studies.schema.js';

const KAIR = 'kair-group-therapy-unpacked';
const GKT = 'group-ketamine-therapy-canada';

/**
 * Studies the two articles report. The KAIR article names none of its studies (no authors, year,
 * journal or link), so those records carry descriptive titles and null bibliographic fields; their
 * `authors_complete` is null too (not known: no list the article gives is whole, or partial).
 */
export const studies: StudySeed[] = [
  {
    id: 'firefighters-group-kat-12-week',
    title: '12-week ketamine-assisted group therapy program for firefighters with treatment-resistant mental health conditions',
    authors: [],
    authors_complete: null,
    year: null,
    journal: null,
    journal_reference: null,
    url: null,
    source_id: null,
    design: '12-week ketamine group therapy program with a six-month follow-up assessment (study design otherwise not stated)',
    population: 'Firefighters with treatment-resistant mental health conditions (number of participants not stated)',
    intervention: '12-week ketamine-assisted group therapy program',
    participants: null,
    participants_qualifier: null,
    duration_weeks: 12,
    follow_up_months: 6,
    medicine_sessions: null,
    conditions: ['anxiety', 'ptsd'],
    // The population is "firefighters with treatment-resistant mental health conditions"; anxiety and PTSD are what was measured (GAD-7, PCL-5), so that the participants had them is Katalog's reading.
    inferred_fields: ['conditions', 'title'],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'In a 12-week ketamine group therapy program designed for firefighters battling treatment-resistant mental health conditions, participants experienced dramatic improvements.',
        section: 'What the research says',
      },
      {
        source_id: KAIR,
        excerpt:
          'Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly with large effect sizes.',
        section: 'What the research says',
      },
      {
        source_id: KAIR,
        excerpt: 'they were still present six months later during follow-up assessments.',
        section: 'What the research says',
      },
    ],
  },
  {
    id: 'eating-disorders-group-ketamine-case-series',
    title: 'Case series of weekly group ketamine sessions for eating disorders with mood and anxiety challenges',
    // No source gives its title: the title is Katalog's description (audit 11 A11-3).
    inferred_fields: ['title'],
    authors: [],
    authors_complete: null,
    year: null,
    journal: null,
    journal_reference: null,
    url: null,
    source_id: null,
    design: 'Case series',
    population: 'Five participants with eating disorders who also had mood and anxiety challenges',
    intervention: 'Four weekly group ketamine sessions',
    participants: 5,
    participants_qualifier: 'exact',
    duration_weeks: null,
    follow_up_months: null,
    medicine_sessions: 4,
    // Only the condition the source states of the participants ("five participants with eating disorders"), so the
    // field is the source's and its JSON-LD names it. Mood disorders and anxiety would be Katalog's reading of "mood
    // and anxiety challenges" (kept in population), and depression is an outcome measured ("depression scores"; see
    // its findings, whose condition names it), not a condition of the population.
    conditions: ['eating-disorders'],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'A small but illuminating case series followed five participants with eating disorders who also had mood and anxiety challenges.',
        section: 'What the research says',
      },
      {
        source_id: KAIR,
        excerpt: 'After just four weekly group ketamine sessions, four out of the five experienced meaningful improvements in their depression scores.',
        section: 'What the research says',
      },
    ],
  },
  {
    id: 'esketamine-group-therapy-case-report',
    // In the KAIR article's words ("the case of a 44-year-old man"); "case report" would be Katalog's label.
    title: "The case of a 44-year-old man with depression that hadn't responded to traditional treatments: eight esketamine infusions combined with 30-minute group therapy sessions",
    authors: [],
    authors_complete: null,
    year: null,
    journal: null,
    journal_reference: null,
    url: null,
    source_id: null,
    design: "Katalog's reading: a case report of a single patient. The KAIR article says only \"There's also the case of a 44-year-old man\".",
    population: "A 44-year-old man with depression that hadn't responded to traditional treatments",
    intervention: 'Eight esketamine infusions combined with 30-minute group therapy sessions',
    // "the case of a 44-year-old man": one patient.
    participants: 1,
    participants_qualifier: 'exact',
    duration_weeks: null,
    follow_up_months: null,
    medicine_sessions: 8,
    conditions: ['treatment-resistant-depression'],
    // The source says "depression that hadn't responded to traditional treatments", never "treatment-resistant depression" of this man: the label is Katalog's reading. "Fewer suicidal thoughts" is an outcome (finding esketamine-case-fewer-suicidal-thoughts), not a condition of the population, so suicidality is not listed.
    inferred_fields: ['conditions', 'design', 'title'],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          "There's also the case of a 44-year-old man with depression that hadn't responded to traditional treatments.",
        section: 'What the research says',
      },
      {
        source_id: KAIR,
        excerpt: 'After participating in eight esketamine infusions combined with 30-minute group therapy sessions',
        section: 'What the research says',
      },
    ],
  },
  {
    // The KAIR article does not name this program; it is not asserted to be Roots to Thrive.
    id: 'canadian-healthcare-providers-community-of-practice',
    title: 'Canadian program of ketamine group therapy with a Community of Practice model for healthcare providers (12 weeks)',
    // No source gives its title: the title is Katalog's description (audit 11 A11-3).
    inferred_fields: ['title'],
    authors: [],
    authors_complete: null,
    year: null,
    journal: null,
    journal_reference: null,
    url: null,
    source_id: null,
    design: 'Not stated: the KAIR article reports the results of a Canadian program (not named) that combined ketamine group therapy with a Community of Practice model over 12 weeks.',
    population: 'Healthcare providers (in a Canadian program; where the providers work and their number are not stated)',
    intervention: 'Ketamine group therapy combined with a Community of Practice model over 12 weeks',
    participants: null,
    participants_qualifier: null,
    duration_weeks: 12,
    follow_up_months: null,
    medicine_sessions: null,
    conditions: ['generalized-anxiety-disorder', 'depression', 'ptsd'],
    citations: [
      {
        source_id: KAIR,
        excerpt: 'Healthcare providers themselves have benefited from these approaches too.',
        section: 'What the research says',
      },
      {
        source_id: KAIR,
        excerpt: 'A Canadian program combined ketamine group therapy with a Community of Practice model over 12 weeks, with remarkable results:',
        section: 'What the research says',
      },
      {
        source_id: KAIR,
        excerpt:
          '91% of participants with generalized anxiety disorder improved to a milder category, while 79% of those with depression showed significant clinical improvement.',
        section: 'What the research says',
      },
      {
        source_id: KAIR,
        excerpt: '86% of those who started with PTSD no longer met the criteria after the program',
        section: 'What the research says',
      },
    ],
  },
  {
    id: 'dames-2025-roots-to-thrive-protocol',
    title: 'A clinical protocol for group-based ketamine-assisted therapy in a community of practice: the Roots To Thrive model',
    authors: ['Dames S', 'Kryskow P', 'Tsang VWL', 'Argento E'],
    authors_complete: true,
    year: 2025,
    journal: 'Frontiers in Psychiatry',
    journal_reference: '16:1568017',
    url: 'https://www.frontiersin.org/journals/psychiatry/articles/10.3389/fpsyt.2025.1568017/full',
    source_id: 'dames-2025-roots-to-thrive-protocol',
    design: 'Peer-reviewed clinical protocol',
    population:
      'Katalog\'s reading, not the Canadian article\'s words for this protocol: the Roots to Thrive group ketamine-assisted therapy cohorts (Nanaimo, BC), the program the protocol is of. The article attributes program-wide data (750+ participants, 2,000+ KAP sessions) jointly to this protocol and to Tsang et al. 2023, without a count for either.',
    intervention:
      'Katalog\'s reading, not the Canadian article\'s words for this protocol: the Roots to Thrive program the protocol is of, as the article describes the program, a 12-week group cohort of three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration, and Indigenous wellness contributions. What the article says of the protocol itself: it describes the program structure, facilitation model, screening, and integration framework.',
    participants: null,
    participants_qualifier: null,
    duration_weeks: 12,
    follow_up_months: null,
    medicine_sessions: 3,
    conditions: [],
    // The Canadian article gives the 12 weeks and three sessions of the Roots to Thrive program, not of this protocol's text: that the protocol specifies them is Katalog's reading.
    inferred_fields: ['population', 'intervention', 'duration_weeks', 'medicine_sessions'],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Dames S, Kryskow P, Tsang VWL, Argento E (2025). A clinical protocol for group-based ketamine-assisted therapy in a community of practice: the Roots To Thrive model.',
        section: 'Published evidence',
      },
      {
        source_id: GKT,
        excerpt: 'Frontiers in Psychiatry 16:1568017.',
        section: 'Published evidence',
      },
      {
        source_id: GKT,
        excerpt:
          'The published clinical protocol describes the program structure, facilitation model, screening, and integration framework.',
        section: 'Published evidence',
      },
      {
        source_id: GKT,
        excerpt:
          'Roots to Thrive runs 12-week cohorts integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work',
        section: 'Ketamine and esketamine access',
      },
      {
        source_id: GKT,
        excerpt: 'https://www.frontiersin.org/journals/psychiatry/articles/10.3389/fpsyt.2025.1568017/full',
        section: 'Sources',
      },
      {
        source_id: GKT,
        excerpt:
          "document the program's structure and outcomes across 750+ participants and 2,000+ KAP sessions.",
        section: 'Key takeaways',
      },
    ],
  },
  {
    id: 'tsang-2023-roots-to-thrive-safety',
    title:
      'Safety and Tolerability of Intramuscular and Sublingual Ketamine for Psychiatric Treatment in the Roots to Thrive Ketamine-Assisted Therapy Program',
    authors: ['Tsang VWL', 'Tao B', 'Dames S', 'Walsh Z', 'Kryskow P'],
    authors_complete: true,
    year: 2023,
    journal: 'European Psychiatry',
    journal_reference: '66(Suppl 1):S605–S606',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10660891/',
    source_id: 'tsang-2023-roots-to-thrive-safety',
    design: 'Safety and tolerability analysis',
    population:
      'Participants of the Roots to Thrive ketamine-assisted therapy program. The Canadian article attributes program-wide data (750+ participants, 2,000+ KAP sessions) jointly to this paper and to Dames et al. 2025 without giving a per-publication participant count.',
    intervention: 'Intramuscular and sublingual ketamine for psychiatric treatment in the Roots to Thrive ketamine-assisted therapy program',
    participants: null,
    participants_qualifier: null,
    duration_weeks: null,
    follow_up_months: null,
    medicine_sessions: null,
    conditions: [],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Tsang VWL, Tao B, Dames S, Walsh Z, Kryskow P (2023). Safety and Tolerability of Intramuscular and Sublingual Ketamine for Psychiatric Treatment',
        section: 'Published evidence',
      },
      {
        source_id: GKT,
        excerpt:
          'in the Roots to Thrive Ketamine-Assisted Therapy Program. European Psychiatry 66(Suppl 1):S605–S606.',
        section: 'Published evidence',
      },
      {
        source_id: GKT,
        excerpt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10660891/',
        section: 'Sources',
      },
      {
        source_id: GKT,
        excerpt:
          "document the program's structure and outcomes across 750+ participants and 2,000+ KAP sessions.",
        section: 'Key takeaways',
      },
    ],
    // "Safety and tolerability analysis" is Katalog's word for it: the Canadian article gives the title and "Reported
    // safety/tolerability data".
    inferred_fields: ['design'],
  },
];
