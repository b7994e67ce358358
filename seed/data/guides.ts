import type { GuideSeed } from '../../src/resources/guides/guides.schema.js';

import { GKT, general, inferredScope, KAIR, ofFormat, ofPrograms } from './scope.js';

/**
 * The KAIR article writes "$" without a currency code: that it is USD is Katalog's reading, not stated (audit 17 A17-6;
 * the item texts give the amounts as written, "$"; a unit is at most 40 characters, "… per session" included).
 */
const USD_READ = "USD (Katalog's reading)";

type Scope = GuideSeed['items'][number]['scope'];

/**
 * The scope of words the article reports from another ("one clinician", "Dr. Zak Foy"): `via` names that speaker in
 * the article's words, so derived views say "One clinician quoted by the KAIR article" rather than the article.
 */
const quoting = (via: string, scope: Scope): Scope => ({ ...scope, via });

/** A guide item: its text (naming its speaker), who says it and of what (`scope`), and the figures it gives. */
const item = (
  text: string,
  scope: Scope,
  value_min: number | null = null,
  value_max: number | null = null,
  unit: string | null = null,
) => ({ text, value_min, value_max, unit, scope });

export const guides: GuideSeed[] = [
  {
    id: 'guide-course-of-treatment',
    topic: 'course_of_treatment',
    title: 'Course of treatment: how many sessions, over how long, and first-year totals',
    summary:
      'According to the KAIR article, most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter; it estimates a first-year total of approximately $1,000-$3,000 in group format versus $3,500-$10,000+ for comparable individual treatment (amounts written "$" without a currency code; USD is Katalog\'s reading). The Canadian article says Roots to Thrive runs 12-week group cohorts with three IM or sublingual ketamine sessions and weekly community-of-practice group work, and that its individual track is 6 weeks with 3 sessions.',
    items: [
      item('Initial protocol (KAIR article): most initial protocols involve 4-6 sessions.', general(KAIR, 'most'), 4, 6, 'sessions'),
      item('KAIR article: most initial protocols run over 2-3 months.', general(KAIR, 'most'), 2, 3, 'months'),
      item('KAIR article: in most initial protocols, maintenance sessions are recommended every 1-3 months thereafter.', general(KAIR, 'most'), 1, 3, 'months between maintenance sessions'),
      item(
        'KAIR article: approximate total first-year investment in group format of $1,000-$3,000, which it says the full treatment journey (most initial protocols: 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter) translates to (currency not stated; USD is Katalog\'s reading).', ofFormat('group', KAIR, 'most initial protocols; approximately'),
        1000,
        3000,
        USD_READ,
      ),
      item(
        'KAIR article: total first-year investment for comparable individual treatment of $3,500-$10,000+, in the sentence that says what the full treatment journey (most initial protocols: 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter) translates to: "approximately $1,000-$3,000 for group format, compared to $3,500-$10,000+ for comparable individual treatment" (that its "approximately" qualifies this figure too is Katalog\'s reading; its upper figure "$10,000+" is open-ended: the article gives no maximum; currency not stated; USD is Katalog\'s reading).',
        // "approximately" is written on the group figure: that it qualifies this one is Katalog's reading, said in the
        // text, so the hedge keeps only the article's qualifier of the journey "This" names (review 18 R18-2).
        ofFormat('individual', KAIR, 'most initial protocols'),
        3500,
        null,
        USD_READ,
      ),
      item(
        'Canadian article: the Roots to Thrive (Nanaimo, BC) group cohort runs 12 weeks, integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration, and Indigenous wellness contributions.', ofPrograms(['roots-to-thrive-group'], GKT),
        12,
        12,
        'weeks',
      ),
      item('Canadian article: the Roots to Thrive group cohort has 3 ketamine sessions (IM or sublingual) across the 12-week program.', ofPrograms(['roots-to-thrive-group'], GKT), 3, 3, 'ketamine sessions'),
      item('Canadian article: the Roots to Thrive individual track is 6 weeks with 3 sessions.', ofPrograms(['roots-to-thrive-individual'], GKT), 6, 6, 'weeks'),
      item(
        "The KAIR article says the process requires commitment: engaging fully in preparation and integration work, attending all scheduled sessions, and having support outside the program. It also says healing isn't a one-and-done event but a process that unfolds over time.", ofFormat('group', KAIR),
      ),
    ],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter.',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt:
          'This translates to a total first-year investment of approximately $1,000-$3,000 for group format, compared to $3,500-$10,000+ for comparable individual treatment.',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: GKT,
        excerpt:
          'Roots to Thrive runs 12-week cohorts integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration',
        section: 'Ketamine and esketamine access',
      },
      {
        source_id: GKT,
        excerpt: 'Roots to Thrive Group (12 weeks, 3 sessions)',
        section: 'Cost comparison',
      },
      {
        source_id: GKT,
        excerpt: 'Roots to Thrive Individual (6 weeks, 3 sessions)',
        section: 'Cost comparison',
      },
      {
        source_id: KAIR,
        excerpt:
          "you'll need to engage fully in preparation and integration work, attend all scheduled sessions, and have support outside the program.",
        section: 'Is it right for you?',
      },
      {
        source_id: KAIR,
        excerpt: "Healing isn't a one-and-done event but a process that unfolds over time.",
        section: 'Conclusion',
      },
    ],
  },
  {
    id: 'guide-costs',
    topic: 'costs',
    title: 'What group and individual ketamine therapy cost',
    summary:
      'The KAIR article says group ketamine therapy typically costs 40-60% less than individual ketamine therapy and gives typical per-session ranges (written "$" without a currency code; USD is Katalog\'s reading). The Canadian article gives Roots to Thrive prices in CAD and says group format is typically substantially less expensive per session than individual.',
    items: [
      item('The KAIR article says group ketamine therapy typically costs 40-60% less than individual ketamine therapy.', ofFormat('group', KAIR, 'Typically'), 40, 60, 'percent less than individual'),
      item(
        'KAIR article: individual ketamine infusions typically cost $400-$600 per session (USD is Katalog\'s reading).', ofFormat('individual', KAIR, 'typically'),
        400,
        600,
        `${USD_READ} per session`,
      ),
      item(
        'KAIR article: one-on-one ketamine-assisted psychotherapy (KAP) can run $600-$1,200 per session (USD is Katalog\'s reading).', ofFormat('individual', KAIR, 'can run'),
        600,
        1200,
        `${USD_READ} per session`,
      ),
      item(
        'KAIR article: ketamine group therapy sessions usually range from $100-$250 (USD is Katalog\'s reading).', ofFormat('group', KAIR, 'usually'),
        100,
        250,
        `${USD_READ} per session`,
      ),
      item(
        'KAIR article: group ketamine retreats cost about $2,500-$5,000 for multi-day programs (USD is Katalog\'s reading).', ofFormat('group', KAIR, 'about'),
        2500,
        5000,
        `${USD_READ} per retreat`,
      ),
      item(
        'The KAIR article says a Colorado clinic offers a five-week group curriculum for depression, addiction, and PTSD at roughly half the cost of individual ketamine-assisted psychotherapy (KAP).', ofPrograms(['colorado-five-week-group'], KAIR, 'roughly'),
      ),
      item(
        "The KAIR article says most insurance providers don't currently cover ketamine for mental health conditions, which makes the lower cost of group formats particularly valuable for many patients paying out-of-pocket (see the insurance and financial assistance guide).", general(KAIR, 'Most'),
      ),
      item(
        'Canadian article: Roots to Thrive group program (12 weeks, 3 sessions), approximately CAD $5,850 + GST.', ofPrograms(['roots-to-thrive-group'], GKT, '~'),
        5850,
        5850,
        'CAD + GST (approximate)',
      ),
      item('Canadian article: Roots to Thrive individual track (6 weeks, 3 sessions), approximately CAD $7,500 + tax.', ofPrograms(['roots-to-thrive-individual'], GKT, '~'), 7500, 7500, 'CAD + tax (approximate)'),
      item(
        'The Canadian article says group format is typically substantially less expensive per session than individual, and that for patients who screen as group-appropriate the cost reduction can make a multi-session course accessible that an individual course would not be.', ofFormat('group', GKT, 'typically'),
      ),
      item(
        'The Canadian article says group format trades privacy and individualized clinical attention for community connection, peer integration, and lower per-session cost.', ofFormat('group', GKT),
      ),
      item(
        'As one practitioner put it (KAIR article): "Group ketamine therapy is a key strategy for reducing financial barriers to psychedelic-assisted psychotherapy."', quoting('one practitioner', ofFormat('group', KAIR)),
      ),
    ],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'As one practitioner aptly noted: "Group ketamine therapy is a key strategy for reducing financial barriers to psychedelic-assisted psychotherapy."',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt: 'Typically costs 40-60% less than individual ketamine therapy',
        section: 'What is ketamine group therapy?',
      },
      {
        source_id: KAIR,
        excerpt:
          'Individual ketamine infusions typically cost between $400-$600 per session, while one-on-one ketamine-assisted psychotherapy can run $600-$1,200 per session.',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt: 'In contrast, ketamine group therapy sessions usually range from $100-$250, representing significant savings.',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt: 'group ketamine retreats cost about $2,500-$5,000 for multi-day programs',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt:
          'offering a five-week group curriculum for depression, addiction, and PTSD at roughly half the cost of individual ketamine-assisted psychotherapy (KAP).',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt: 'This makes the lower cost of group formats particularly valuable for many patients paying out-of-pocket.',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt: "Most insurance providers don't currently cover ketamine for mental health conditions",
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: GKT,
        excerpt: 'Roots to Thrive Group (12 weeks, 3 sessions)CAD $5,850 + GST',
        section: 'Cost comparison',
      },
      {
        source_id: GKT,
        excerpt: 'Roots to Thrive Individual (6 weeks, 3 sessions)CAD $7,500 + tax',
        section: 'Cost comparison',
      },
      {
        source_id: GKT,
        excerpt: 'Group: ~CAD $5,850 + GST; Individual: ~CAD $7,500 + tax',
        section: 'Roots to Thrive — Canada\'s leading published group KAT model',
      },
      {
        source_id: GKT,
        excerpt: 'Cost reduction. Group format is typically substantially less expensive per session than individual.',
        section: 'What group format adds',
      },
      {
        source_id: GKT,
        excerpt:
          'For patients who screen as group-appropriate, the cost reduction can make a multi-session course accessible that an individual course would not be.',
        section: 'Cost comparison',
      },
      {
        source_id: GKT,
        excerpt:
          'Group format trades privacy and individualized clinical attention for community connection, peer integration, and lower per-session cost.',
        section: 'Key takeaways',
      },
    ],
  },
  {
    id: 'guide-insurance-and-financial-assistance',
    topic: 'insurance_and_financial_assistance',
    title: 'Insurance coverage, financial assistance and access options',
    summary:
      'The KAIR article says most insurance providers do not currently cover ketamine for mental health conditions, with limited exceptions for Spravato® (esketamine) in some treatment-resistant depression cases. It says some programs offer sliding-scale fees based on income and some providers have BIPOC scholarships, and that telehealth for preparation and integration and differences between urban and rural areas across the country affect access. The Canadian article says the Indigenous Reconciliation Fund supports First Nations cohort participation at Roots to Thrive; it says nothing about insurance coverage.',
    items: [
      item("The KAIR article says most insurance providers don't currently cover ketamine for mental health conditions.", general(KAIR, 'Most')),
      item('The KAIR article says limited exceptions exist for Spravato® (esketamine) in some treatment-resistant depression cases.', general(KAIR, 'limited exceptions')),
      item('KAIR article: some programs offer sliding scale fees based on income.', general(KAIR, 'Some')),
      item('KAIR article: certain providers have established BIPOC scholarships to increase diversity and access among historically underserved populations.', general(KAIR, 'certain')),
      item(
        'Canadian article: at Roots to Thrive, the Indigenous Reconciliation Fund specifically supports First Nations cohort participation.', ofPrograms(['roots-to-thrive-group'], GKT),
      ),
      item(
        'KAIR article: some programs incorporate telehealth for preparation and integration components, allowing people to complete portions of the treatment remotely.', general(KAIR, 'Some'),
      ),
      item(
        'The KAIR article says accessibility varies widely across the country: urban areas typically offer more options, while rural communities have fewer choices, though this is gradually improving.', general(KAIR, 'typically'),
      ),
      item('The KAIR article says the American Society of Ketamine Physicians provides resources on ketamine therapy costs and insurance coverage, and a directory of providers.', general(KAIR)),
    ],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'Most insurance providers don\'t currently cover ketamine for mental health conditions, with limited exceptions for Spravato® (esketamine) in some treatment-resistant depression cases.',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt: 'Some programs offer sliding scale fees based on income',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt:
          'certain providers have established BIPOC scholarships to increase diversity and access among historically underserved populations.',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: GKT,
        excerpt: 'The Indigenous Reconciliation Fund specifically supports First Nations cohort participation.',
        section: 'Frequently asked questions',
      },
      {
        source_id: GKT,
        excerpt: 'Indigenous Reconciliation Fund support for First Nations cohort participants',
        section: 'Roots to Thrive — Canada\'s leading published group KAT model',
      },
      {
        source_id: KAIR,
        excerpt:
          'Some innovative programs are incorporating telehealth for preparation and integration components, allowing people to complete portions of the treatment remotely.',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt:
          'Urban areas typically offer more options, while rural communities have fewer choices, though this is gradually improving.',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt: 'Accessibility varies widely across the country.',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt:
          'For more information about ketamine therapy costs and insurance coverage, the American Society of Ketamine Physicians provides helpful resources and a directory of providers.',
        section: 'Cost & accessibility snapshot',
      },
    ],
  },
  {
    id: 'guide-candidacy',
    topic: 'candidacy',
    // What the articles say, not a verdict on the reader's candidacy (audit 9 L11).
    title: 'What the articles say about candidacy for group ketamine therapy',
    summary:
      "The KAIR article says ketamine shows particular promise for conditions that have not responded well to standard treatments. The Canadian article separates clinical eligibility from group fit: it says Roots to Thrive's intake assesses readiness for group format and that not every clinically eligible KAT patient is a group fit.",
    items: [
      item('The KAIR article says ketamine shows particular promise for treatment-resistant depression, among conditions that haven\'t responded well to standard treatments.', general(KAIR, 'shows particular promise')),
      item('The KAIR article says ketamine shows particular promise for PTSD, among conditions that haven\'t responded well to standard treatments.', general(KAIR, 'shows particular promise')),
      item('The KAIR article says ketamine shows particular promise for anxiety disorders, among conditions that haven\'t responded well to standard treatments.', general(KAIR, 'shows particular promise')),
      item('The KAIR article says ketamine shows particular promise for OCD, among conditions that haven\'t responded well to standard treatments.', general(KAIR, 'shows particular promise')),
      item('The KAIR article says ketamine shows particular promise for substance use disorders, among conditions that haven\'t responded well to standard treatments; the same article says some people should definitely avoid ketamine therapy altogether, including people with active substance use disorders.', general(KAIR, 'shows particular promise')),
      item('The KAIR article says ketamine shows particular promise for eating disorders, among conditions that haven\'t responded well to standard treatments.', general(KAIR, 'shows particular promise')),
      item('The KAIR article says ketamine shows particular promise for chronic pain with psychological components, among conditions that haven\'t responded well to standard treatments.', general(KAIR, 'shows particular promise')),
      item('The KAIR article says that having tried standard treatments without adequate relief is "often a sign this approach might be worth exploring".', ofFormat('group', KAIR, 'often … might')),
      item(
        'The KAIR article says the group setting brings additional considerations and lists them: feeling comfortable with vulnerability in a group context, respecting others\' boundaries, following group agreements, and managing personal needs without disrupting the collective experience.', ofFormat('group', KAIR),
      ),
      item('One clinician quoted by the KAIR article says: "We perform thorough intake to ensure group fit".', quoting('one clinician', ofFormat('group', KAIR))),
      item(
        // Its next clause is said of group format in general (audit 9 L11): it is in the next item.
        'The Canadian article says Roots to Thrive\'s intake assesses readiness for group format.', ofPrograms(['roots-to-thrive-group'], GKT),
      ),
      item(
        'The Canadian article says not every clinically eligible KAT patient is a group fit, that group format is an excellent fit for some patients and a poor fit for others, and calls the question of fit "a screening conversation at intake, not a marketing question".', ofFormat('group', GKT),
      ),
      item(
        'The KAIR article says, as one program noted, that "individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy" might find individual ketamine therapy more suitable than the group format; only the words in quotation marks are that program\'s.', quoting('one program', ofFormat('group', KAIR, 'might')),
      ),
    ],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'Clinically speaking, ketamine shows particular promise for conditions that haven\'t responded well to standard treatments.',
        section: 'Is it right for you?',
      },
      {
        source_id: KAIR,
        excerpt:
          'These include treatment-resistant depression, PTSD, anxiety disorders, OCD, substance use disorders, eating disorders, and chronic pain with psychological components.',
        section: 'Is it right for you?',
      },
      {
        source_id: KAIR,
        excerpt: 'Some people should definitely avoid ketamine therapy altogether.',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: KAIR,
        excerpt: 'people with active substance use disorders',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: KAIR,
        excerpt:
          "If you've tried standard treatments without adequate relief, that's often a sign this approach might be worth exploring.",
        section: 'Is it right for you?',
      },
      {
        source_id: KAIR,
        excerpt:
          "You'll need to feel comfortable with vulnerability in a group context, respect others' boundaries, follow group agreements, and manage your personal needs",
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: KAIR,
        excerpt: '"We perform thorough intake to ensure group fit," emphasized one clinician in our research.',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: GKT,
        excerpt:
          "Roots to Thrive's intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit.",
        section: 'What is harder in group format',
      },
      {
        source_id: GKT,
        excerpt:
          'The honest framing: group format is an excellent fit for some patients and a poor fit for others. This is a screening conversation at intake, not a marketing question.',
        section: 'When group fits versus when individual is safer',
      },
      {
        source_id: KAIR,
        excerpt:
          '"individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy" might find individual ketamine therapy more suitable than the group format.',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: KAIR,
        excerpt: 'As one program noted, "individuals with severe social anxiety',
        section: 'Potential risks & who should avoid',
      },
    ],
  },
  {
    id: 'guide-readiness',
    topic: 'readiness',
    title: 'Readiness for group ketamine therapy: the questions and realistic expectations the KAIR article gives',
    summary:
      'The KAIR article says that beyond a clinical diagnosis, personal readiness matters: being genuinely open to the ketamine experience and to the vulnerability of a group setting, committing to the preparation and integration work, and holding realistic expectations. The KAIR article lists honest questions for its reader to ask themselves and quotes a psychiatrist: "Look for a shift, not an earthquake."',
    items: [
      item("A readiness question the KAIR article puts to its reader: \"You'll want to consider whether you're genuinely open to both the ketamine experience itself and the vulnerability of a group setting.\"", ofFormat('group', KAIR)),
      item('One of the honest questions the KAIR article puts to its reader: "Can you share aspects of your healing journey with others?"', ofFormat('group', KAIR)),
      item('One of the honest questions the KAIR article puts to its reader: "Are you comfortable with temporarily altered states of consciousness?"', ofFormat('group', KAIR)),
      item('One of the honest questions the KAIR article puts to its reader: "Can you face challenging emotional material?"', ofFormat('group', KAIR)),
      item('One of the honest questions the KAIR article puts to its reader: "Do you have reliable transportation?"', ofFormat('group', KAIR)),
      item('One of the honest questions the KAIR article puts to its reader: "Can you abstain from substances before and after sessions?"', ofFormat('group', KAIR)),
      item('One of the honest questions the KAIR article puts to its reader: "Are you willing to make lifestyle changes to support your healing?"', ofFormat('group', KAIR)),
      item(
        'The KAIR article says the process requires commitment: engaging fully in preparation and integration work, attending all scheduled sessions, and having support outside the program.', ofFormat('group', KAIR),
      ),
      item('The KAIR article says realistic expectations are crucial: healing is rarely instant or complete from any treatment.', general(KAIR)),
      item('One psychiatrist quoted by the KAIR article: "Look for a shift, not an earthquake."', quoting('one psychiatrist', general(KAIR))),
      item(
        'The KAIR article says that while some people experience dramatic breakthroughs, many find healing comes through subtle insights and gradual positive changes over time.', general(KAIR, 'some … many'),
      ),
    ],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          "You'll want to consider whether you're genuinely open to both the ketamine experience itself and the vulnerability of a group setting.",
        section: 'Is it right for you?',
      },
      {
        source_id: KAIR,
        excerpt:
          'Can you share aspects of your healing journey with others? Are you comfortable with temporarily altered states of consciousness? Can you face challenging emotional material?',
        section: 'Is it right for you?',
      },
      {
        source_id: KAIR,
        excerpt:
          'Do you have reliable transportation? Can you abstain from substances before and after sessions? Are you willing to make lifestyle changes to support your healing?',
        section: 'Is it right for you?',
      },
      {
        source_id: KAIR,
        excerpt:
          "The process requires commitment – you'll need to engage fully in preparation and integration work, attend all scheduled sessions, and have support outside the program.",
        section: 'Is it right for you?',
      },
      {
        source_id: KAIR,
        excerpt: 'Realistic expectations are crucial too – healing is rarely instant or complete from any treatment.',
        section: 'Is it right for you?',
      },
      {
        source_id: KAIR,
        excerpt: 'As one psychiatrist wisely noted: "Look for a shift, not an earthquake."',
        section: 'Is it right for you?',
      },
      {
        source_id: KAIR,
        excerpt:
          'While some people experience dramatic breakthroughs, many find healing comes through subtle insights and gradual positive changes over time.',
        section: 'Is it right for you?',
      },
    ],
  },
  {
    id: 'guide-side-effects-and-risks',
    topic: 'side_effects_and_risks',
    title: 'Side effects and risks during ketamine group therapy',
    summary:
      'The KAIR article says that during sessions participants might experience temporary physical effects, that the dissociative experience can sometimes feel uncomfortable or disorienting, and that emotionally ketamine can bring challenging material to the surface. The Canadian article reports published safety data from Roots to Thrive (Tsang et al. 2023): temporary, reversible blood-pressure elevations (~12%), nausea in <13% of sessions, and no serious adverse events documented. The Canadian article also names risks of the group format itself.',
    items: [
      item("The KAIR article says that during sessions participants might experience temporary physical effects such as increased blood pressure (that it is said of ketamine sessions in general is Katalog's reading).", inferredScope(general(KAIR, 'might'))),
      item("The KAIR article says that during sessions participants might experience temporary physical effects such as increased heart rate (that it is said of ketamine sessions in general is Katalog's reading).", inferredScope(general(KAIR, 'might'))),
      item("The KAIR article says that during sessions participants might experience temporary physical effects such as nausea (that it is said of ketamine sessions in general is Katalog's reading).", inferredScope(general(KAIR, 'might'))),
      item("The KAIR article says that during sessions participants might experience temporary physical effects such as dizziness (that it is said of ketamine sessions in general is Katalog's reading).", inferredScope(general(KAIR, 'might'))),
      item("The KAIR article says the dissociative experience itself, while therapeutically valuable, can sometimes feel uncomfortable or disorienting (that it is said of ketamine's effect in general is Katalog's reading).", inferredScope(general(KAIR, 'can sometimes'))),
      item(
        "The KAIR article says ketamine can bring challenging emotional material to the surface and that it's important to be prepared for potentially difficult emotions or temporary confusion during the experience.", general(KAIR, 'can'),
      ),
      item(
        'Roots to Thrive program safety data (Tsang et al. 2023, "in the Roots to Thrive Ketamine-Assisted Therapy Program"), as the Canadian article reports them under its group model: temporary blood-pressure elevations of about 12% ("~12% increase"), all reversible.', ofPrograms(['roots-to-thrive-group'], GKT, '~'),
        12,
        12,
        'percent increase (approximate)',
      ),
      item('Roots to Thrive program safety data (Tsang et al. 2023, "in the Roots to Thrive Ketamine-Assisted Therapy Program"), as the Canadian article reports them under its group model: nausea in fewer than 13% of sessions ("<13%").', ofPrograms(['roots-to-thrive-group'], GKT, '<'), null, 13, 'percent of sessions (less than)'),
      item('Roots to Thrive program safety data (Tsang et al. 2023, "in the Roots to Thrive Ketamine-Assisted Therapy Program"), as the Canadian article reports them under its group model: no serious adverse events documented across the data set.', ofPrograms(['roots-to-thrive-group'], GKT)),
      item(
        'The Canadian article names group-specific risks: one participant\'s distress can affect others (experienced facilitation matters), and severe interpersonal trauma can be re-traumatizing in group; it says individual format is often safer there.', ofFormat('group', GKT, 'often'),
      ),
    ],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'During sessions, you might experience temporary physical effects like increased blood pressure, heart rate, nausea, or dizziness.',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: KAIR,
        excerpt:
          'The dissociative experience itself – while therapeutically valuable – can sometimes feel uncomfortable or disorienting.',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: KAIR,
        excerpt:
          "it's important to be prepared for potentially difficult emotions or temporary confusion during the experience.",
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: KAIR,
        excerpt: 'Emotionally, ketamine can bring challenging material to the surface.',
        section: 'Potential risks & who should avoid',
      },
      {
        source_id: GKT,
        excerpt:
          'Reported safety/tolerability data: temporary blood-pressure elevations (~12% increase, all reversible); nausea in <13% of sessions; no serious adverse events documented across the data set.',
        section: 'Published evidence',
      },
      {
        source_id: GKT,
        excerpt:
          "Roots to Thrive in Nanaimo BC is Canada's leading published group KAT model",
        section: 'Key takeaways',
      },
      {
        source_id: GKT,
        excerpt: 'safety/tolerability data (Tsang et al., European Psychiatry, 2023) document the program',
        section: 'Key takeaways',
      },
      {
        source_id: GKT,
        excerpt: "One participant's distress can affect others; experienced facilitation matters.",
        section: 'What is harder in group format',
      },
      {
        source_id: GKT,
        excerpt: 'Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.',
        section: 'What is harder in group format',
      },
    ],
  },
  {
    id: 'guide-benefits',
    topic: 'benefits',
    title: 'What the group format adds',
    summary:
      'Both articles describe what sharing ketamine-assisted therapy with a group adds: peer normalization and feeling less alone, learning from witnessing others, accountability, reduced stigma, community, and lower cost. The KAIR article adds that group support may help extend ketamine\'s antidepressant effects and help people integrate their experiences and maintain improvements longer. It also gives the KAIR article\'s account of how ketamine works (NMDA antagonism opening a "neuroplastic window") and its statement that research consistently shows integration is crucial for lasting benefits. What is harder in group format is in the group dynamics guide.',
    items: [
      item(
        'Peer normalization: the Canadian article says many patients feel less alone in their experience when they are with others working through similar struggles.', ofFormat('group', GKT, 'Many'),
      ),
      item(
        "The KAIR article says group settings provide validation, reduce isolation, and create a sense of community that's often missing in individual treatment.", ofFormat('group', KAIR),
      ),
      item(
        'Community of practice (Canadian article): skills practice (relating, regulating, sense-making) happens in a real social field rather than in 1:1 isolation.', ofFormat('group', GKT),
      ),
      item('Witness and integration: the Canadian article says sharing experiences in a structured group can deepen insight and reduce stigma.', ofFormat('group', GKT, 'can')),
      item('One participant quoted by the KAIR article: "Hearing peers\' experiences can accelerate self-reflection and growth".', quoting('one participant', ofFormat('group', KAIR, 'can'))),
      item(
        'One participant from a clinical case study, quoted by the KAIR article: "Participants often report insights gained not just from their own experiences, but from witnessing others\' processes" (the article later gives the same words to one practitioner).', quoting('one participant from a clinical case study', ofFormat('group', KAIR, 'often')),
      ),
      item('Collective wisdom (KAIR article): group members offer different perspectives on similar struggles, and diverse perspectives can illuminate blind spots.', ofFormat('group', KAIR, 'can')),
      item(
        'Accountability: the KAIR article says that participants who commit to showing up for others, and who share their insights and commitments with peers, are more likely to follow through.', ofFormat('group', KAIR),
      ),
      item('Reduced stigma: the KAIR article says groups normalize these experiences and that seeing others face similar challenges can be validating and inspiring.', ofFormat('group', KAIR, 'can be')),
      item(
        'The KAIR article says researchers have noticed that the support and connection found in groups may help extend ketamine\'s antidepressant effects, which typically do not last very long on their own.', ofFormat('group', KAIR, 'may'),
      ),
      item(
        'The KAIR article says the supportive group environment may help people integrate their experiences more effectively and maintain improvements longer; the brain-changing effect appears consistent whether ketamine is given individually or in groups.', ofFormat('group', KAIR, 'may'),
      ),
      item('The KAIR article says many participants form meaningful bonds that continue after the formal program ends.', ofFormat('group', KAIR, 'Many')),
      item(
        'Cost: the Canadian article says group format is typically substantially less expensive per session than individual (see the costs guide).', ofFormat('group', GKT, 'typically'),
      ),
      item('Cost: the KAIR article says the lower cost of group sessions makes this treatment accessible to many more people who need it.', ofFormat('group', KAIR)),
      item(
        'The KAIR article reports that research on firefighters showed significant decreases in anxiety and PTSD symptoms after a 12-week group program that were still present six months after treatment ended.', ofFormat('group', KAIR),
      ),
      item(
        'How it works (KAIR article): ketamine acts as an NMDA-antagonist and opens what therapists call a "neuroplastic window", a period when the brain becomes more flexible and open to new perspectives; the group setting provides the emotional support to explore them.', ofFormat('group', KAIR),
      ),
      item(
        'Dr. Zak Foy (quoted in the KAIR article): "Ketamine\'s mechanism of action involves NMDA receptor antagonism, which increases glutamate and promotes neuroplasticity."', quoting('Dr. Zak Foy', general(KAIR)),
      ),
      item(
        'Dr. Phil Wolfson, described by the KAIR article as having pioneered this work, calls it "a novel, breakthrough approach to awakened mind and the healing of trauma and depression".', quoting('Dr. Phil Wolfson', ofFormat('group', KAIR)),
      ),
      item('The KAIR article says research consistently shows that integration is crucial for lasting benefits.', ofFormat('group', KAIR)),
      item(
        'One program quoted by the KAIR article: "Ketamine\'s primary therapeutic value lies in the neuroplasticity window it creates, which can be harnessed through structured integration experiences."', quoting('one program', ofFormat('group', KAIR)),
      ),
    ],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Peer normalization. Many patients feel less alone in their experience when they are with others working through similar struggles.',
        section: 'What group format adds',
      },
      {
        source_id: KAIR,
        excerpt:
          "Group settings provide validation, reduce isolation, and create a sense of community that's often missing in individual treatment.",
        section: 'What is ketamine group therapy?',
      },
      {
        source_id: GKT,
        excerpt:
          'Community of practice. Skills practice — relating, regulating, sense-making — happens in a real social field rather than in 1:1 isolation.',
        section: 'What group format adds',
      },
      {
        source_id: GKT,
        excerpt: 'Witness and integration. Sharing experiences in structured group can deepen insight and reduce stigma.',
        section: 'What group format adds',
      },
      {
        source_id: KAIR,
        excerpt: '"Hearing peers\' experiences can accelerate self-reflection and growth," shared one participant.',
        section: 'Benefits, Risks & Candidacy',
      },
      {
        source_id: KAIR,
        excerpt:
          '"Participants often report insights gained not just from their own experiences, but from witnessing others\' processes," shared one participant from a clinical case study.',
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: KAIR,
        excerpt: "You'll benefit from collective wisdom as group members offer different perspectives on similar struggles.",
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: KAIR,
        excerpt: 'The diverse perspectives in the room can illuminate blind spots',
        section: 'Benefits, Risks & Candidacy',
      },
      {
        source_id: KAIR,
        excerpt: "When you commit to showing up for others, you're more likely to follow through on your healing intentions.",
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: KAIR,
        excerpt:
          'For those concerned about stigma around mental health treatment, groups normalize these experiences.',
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: KAIR,
        excerpt: 'Seeing others facing similar challenges with courage can be profoundly validating and inspiring.',
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: KAIR,
        excerpt:
          "researchers have noticed that the support and connection found in groups may actually help extend ketamine's antidepressant effects, which typically don't last very long on their own.",
        section: 'Benefits, Risks & Candidacy',
      },
      {
        source_id: KAIR,
        excerpt:
          'the supportive group environment may help people integrate their experiences more effectively and maintain improvements longer.',
        section: 'What the research says',
      },
      {
        source_id: KAIR,
        excerpt: 'This brain-changing effect appears consistent whether ketamine is given individually or in groups',
        section: 'What the research says',
      },
      {
        source_id: KAIR,
        excerpt: 'Many participants form meaningful bonds that continue long after the formal program ends',
        section: 'Benefits, Risks & Candidacy',
      },
      {
        source_id: GKT,
        excerpt: 'Cost reduction. Group format is typically substantially less expensive per session than individual.',
        section: 'What group format adds',
      },
      {
        source_id: KAIR,
        excerpt: 'making this powerful treatment accessible to many more people who need it.',
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: KAIR,
        excerpt:
          'showed significant improvements in anxiety and PTSD symptoms after a 12-week ketamine-assisted group therapy program, with benefits persisting six months later.',
        section: 'What is ketamine group therapy?',
      },
      {
        source_id: KAIR,
        excerpt:
          'ketamine\'s ability to act as an NMDA-antagonist opens what therapists call a "neuroplastic window"—a period when your brain becomes more flexible and open to new perspectives.',
        section: 'Definition of ketamine group therapy',
      },
      {
        source_id: KAIR,
        excerpt: 'ketamine helps create new neural pathways while the group setting provides the emotional support to explore them.',
        section: 'Definition of ketamine group therapy',
      },
      {
        source_id: KAIR,
        excerpt:
          'As Dr. Zak Foy explains: "Ketamine\'s mechanism of action involves NMDA receptor antagonism, which increases glutamate and promotes neuroplasticity."',
        section: 'What the research says',
      },
      {
        source_id: KAIR,
        excerpt:
          '"It\'s a novel, breakthrough approach to awakened mind and the healing of trauma and depression," explains Dr. Phil Wolfson, who pioneered this work.',
        section: 'Definition of ketamine group therapy',
      },
      {
        source_id: KAIR,
        excerpt: 'Research consistently shows that integration is crucial for lasting benefits.',
        section: 'Post-session integration',
      },
      {
        source_id: KAIR,
        excerpt:
          'As one program states: "Ketamine\'s primary therapeutic value lies in the neuroplasticity window it creates, which can be harnessed through structured integration experiences."',
        section: 'Post-session integration',
      },
    ],
  },
  {
    id: 'guide-group-dynamics',
    topic: 'group_dynamics',
    title: 'Group dynamics: how the group works and what is harder in group format',
    summary:
      'The Canadian article says group format trades privacy and individualized clinical attention for community connection, peer integration and lower per-session cost. The KAIR article describes small groups of 4-8 participants who share preparation and integration, and, in the session structure it says most programs follow, establish shared agreements about confidentiality, respect and participation; the Canadian article says Roots to Thrive runs cohorts of 20–40 participants broken into 6–9-person process groups with a ~1:3 to 1:4 facilitator-to-participant ratio. The Canadian article lists what is harder in group format: privacy, heterogeneity of experience, less individualized clinical attention, complex trauma, and comorbid conditions. What the group adds is in the benefits guide.',
    items: [
      item(
        'KAIR article: small groups of 4-8 participants receive ketamine under professional guidance while sharing preparation and integration experiences together.', ofFormat('group', KAIR),
        4,
        8,
        'participants per group',
      ),
      item('Roots to Thrive (Canadian article): 20–40 participants per cohort.', ofPrograms(['roots-to-thrive-group'], GKT), 20, 40, 'participants per cohort'),
      item('Roots to Thrive (Canadian article): cohorts are broken into 6–9-person process groups.', ofPrograms(['roots-to-thrive-group'], GKT), 6, 9, 'people per process group'),
      item(
        'Roots to Thrive (Canadian article): ~1:3 to 1:4 facilitator-to-participant ratio (about 3 to 4 participants per facilitator).', ofPrograms(['roots-to-thrive-group'], GKT, '~'),
        3,
        4,
        'participants per facilitator (approx.)',
      ),
      item(
        'The KAIR article, describing the session structure it says most programs follow, says the group establishes shared agreements about confidentiality, respect, and participation, and that these agreements create the safe container where genuine vulnerability becomes possible.', ofFormat('group', KAIR, 'most follow'),
      ),
      item(
        'The KAIR article says individual ketamine therapy (KAP) offers the therapist\'s undivided attention, complete privacy, and dosing that can be precisely customized; it describes KAP in general, not any listed program.', ofFormat('individual', KAIR, 'can'),
      ),
      item(
        'The KAIR article says group ketamine therapy, on the other hand, creates a shared healing container, where group members offer collective wisdom and different perspectives on similar struggles.', ofFormat('group', KAIR),
      ),
      item('Harder in group (Canadian article), privacy: multiple patients in one room during dosing means others see a patient\'s acute experience.', ofFormat('group', GKT)),
      item(
        'Harder in group (Canadian article), heterogeneity of experience: one participant\'s distress can affect others; experienced facilitation matters.', ofFormat('group', GKT),
      ),
      item(
        'Harder in group (Canadian article), individualized clinical attention: even with strong facilitator-to-participant ratios, clinical attention is less granular than 1:1.', ofFormat('group', GKT),
      ),
      item('Harder in group (Canadian article), complex trauma: severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.', ofFormat('group', GKT, 'can … often')),
      item(
        'Harder in group (Canadian article), comorbid conditions: active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.', ofFormat('group', GKT, 'generally'),
      ),
      item(
        'The Canadian article says that in Roots to Thrive\'s group dosing model, participants share the dosing space with subgroup support.', ofPrograms(['roots-to-thrive-group'], GKT),
      ),
      item(
        'The Canadian article says that in group integration models (some ATMA CENA member clinics, Sage Integrative Health), dosing is private and only integration is in group format.', ofPrograms(['sage-integration-circles'], GKT),
      ),
      item(
        "Katalog's reading, not the Canadian article's: it says dosing is private in the group integration models of \"some ATMA CENA member clinics\" without naming a clinic there; that Port Credit Therapy Centre's Group Integration Sessions follow that model (private dosing) is Katalog's reading.", inferredScope(ofPrograms(['port-credit-group-integration'], GKT, 'some')),
      ),
      item(
        '"I realized that I don\'t need to know their stories nor do they need to know mine to have a strong trusting relationship" (a participant in a clinical case study, quoted by the KAIR article).', quoting('one participant in a clinical case study', ofFormat('group', KAIR)),
      ),
      item(
        'The group is not just a billing convenience; it is the therapeutic container: community-of-practice work, peer process, and shared integration are part of the mechanism, not adjacent to it (Canadian article).', ofFormat('group', GKT),
      ),
      item(
        'The Canadian article says both group models (group dosing + group integration, and individual dosing + group integration) trade off some privacy for community connection and, in Roots to Thrive\'s model, substantial cost savings versus individual KAT.', ofFormat('group', GKT),
      ),
      item('Many therapists note that the sense of community can more than make up for the reduced one-on-one attention (KAIR article).', ofFormat('group', KAIR, 'Many … can')),
      item(
        'The trauma-informed approach means facilitators understand how to hold space for difficult emotions that might arise (KAIR article).', ofFormat('group', KAIR, 'might'),
      ),
    ],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'small groups of 4-8 participants receive ketamine under professional guidance while sharing preparation and integration experiences together.',
        section: 'The Healing Power of Shared Psychedelic Journeys',
      },
      {
        source_id: GKT,
        excerpt: '20–40 participants per cohort, broken into 6–9-person process groups; ~1:3 to 1:4 facilitator-to-participant ratio',
        section: 'Roots to Thrive — Canada\'s leading published group KAT model',
      },
      {
        source_id: GKT,
        excerpt:
          'Group format trades privacy and individualized clinical attention for community connection, peer integration, and lower per-session cost.',
        section: 'Key takeaways',
      },
      {
        source_id: KAIR,
        excerpt: 'The group will establish shared agreements about confidentiality, respect, and participation.',
        section: 'Pre-session preparation',
      },
      {
        source_id: KAIR,
        excerpt:
          "You'll receive their undivided attention and complete privacy during your experience. The dosing can be precisely custom to your needs",
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: KAIR,
        excerpt: 'Group ketamine therapy, on the other hand, creates a shared healing container.',
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: KAIR,
        excerpt: "You'll benefit from collective wisdom as group members offer different perspectives on similar struggles.",
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: GKT,
        excerpt: 'Privacy. Multiple patients in one room during dosing means others see your acute experience.',
        section: 'What is harder in group format',
      },
      {
        source_id: GKT,
        excerpt: "Heterogeneity of experience. One participant's distress can affect others; experienced facilitation matters.",
        section: 'What is harder in group format',
      },
      {
        source_id: GKT,
        excerpt:
          'Individualized clinical attention. Even with strong facilitator-to-participant ratios, clinical attention is less granular than 1:1.',
        section: 'What is harder in group format',
      },
      {
        source_id: GKT,
        excerpt: 'Complex trauma. Severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.',
        section: 'What is harder in group format',
      },
      {
        source_id: GKT,
        excerpt:
          'Comorbid conditions. Active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
        section: 'What is harder in group format',
      },
      {
        source_id: GKT,
        excerpt:
          "In Roots to Thrive's group dosing model, yes — participants share the dosing space with subgroup support.",
        section: 'Frequently asked questions',
      },
      {
        source_id: GKT,
        excerpt:
          'In group integration models (some ATMA CENA member clinics, Sage Integrative Health), dosing is private and only integration is in group format.',
        section: 'Frequently asked questions',
      },
      {
        source_id: KAIR,
        excerpt:
          "I realized that I don't need to know their stories nor do they need to know mine to have a strong trusting relationship,\" reported one participant in a clinical case study.",
        section: 'What is ketamine group therapy?',
      },
      {
        source_id: GKT,
        excerpt: 'The group is not just a billing convenience; it is the therapeutic container.',
        section: 'What is group ketamine-assisted therapy?',
      },
      {
        source_id: GKT,
        excerpt: 'Community-of-practice work, peer process, and shared integration are part of the mechanism, not adjacent to it.',
        section: 'What is group ketamine-assisted therapy?',
      },
      {
        source_id: GKT,
        excerpt:
          "Both models trade off some privacy for community connection and (in Roots to Thrive's model) substantial cost savings versus individual KAT.",
        section: 'What is group ketamine-assisted therapy?',
      },
      {
        source_id: KAIR,
        excerpt: 'Many therapists note that the sense of community can more than make up for the reduced one-on-one attention.',
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: KAIR,
        excerpt: 'The trauma-informed approach means facilitators understand how to hold space for difficult emotions that might arise.',
        section: 'Definition of ketamine group therapy',
      },
      // The walk-through's qualifier on the whole session structure, kept on what it says (audit 12 A12-4).
      { source_id: KAIR, excerpt: 'While each program has its unique elements, most follow a thoughtful structure designed to create a safe, supportive, and transformative experience.', section: 'Inside a Ketamine Group Therapy Session' },
      // The sentence its shared-agreements item restates (review 15 R15-2).
      { source_id: KAIR, excerpt: "These agreements aren't just formalities—they create the safe container where genuine vulnerability becomes possible.", section: 'Pre-session preparation' },
    ],
  },
  {
    id: 'guide-questions-to-ask',
    topic: 'questions_to_ask',
    title: 'Questions to ask a ketamine group therapy provider',
    summary: 'The KAIR article lists eight questions to ask when contacting potential providers.',
    items: [
      item('One of the questions the KAIR article says not to hesitate to ask potential providers: "What specific training do you have with ketamine therapy?"', ofFormat('group', KAIR)),
      item('One of the questions the KAIR article says not to hesitate to ask potential providers: "How many group ketamine sessions have you facilitated?"', ofFormat('group', KAIR)),
      item('One of the questions the KAIR article says not to hesitate to ask potential providers: "What does your screening process involve?"', ofFormat('group', KAIR)),
      item('One of the questions the KAIR article says not to hesitate to ask potential providers: "How do you handle difficult experiences during sessions?"', ofFormat('group', KAIR)),
      item('One of the questions the KAIR article says not to hesitate to ask potential providers: "What integration support do you provide?"', ofFormat('group', KAIR)),
      item('One of the questions the KAIR article says not to hesitate to ask potential providers: "What emergency protocols do you have in place?"', ofFormat('group', KAIR)),
      item('One of the questions the KAIR article says not to hesitate to ask potential providers: "How do you measure outcomes and treatment success?"', ofFormat('group', KAIR)),
      item('One of the questions the KAIR article says not to hesitate to ask potential providers: "What\'s the total cost, including all preparation and integration sessions?"', ofFormat('group', KAIR)),
    ],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'What specific training do you have with ketamine therapy? How many group ketamine sessions have you facilitated? What does your screening process involve?',
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt:
          'How do you handle difficult experiences during sessions? What integration support do you provide? What emergency protocols do you have in place?',
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt:
          "How do you measure outcomes and treatment success? What's the total cost, including all preparation and integration sessions?",
        section: 'Finding your team',
      },
    ],
  },
  {
    id: 'guide-red-flags',
    topic: 'red_flags',
    title: 'Red flags when choosing a provider',
    summary: 'The KAIR article lists six red flags that might indicate a less-than-ideal provider.',
    items: [
      item('A red flag that, the KAIR article says, might indicate a less-than-ideal provider ("Be wary of"): those who guarantee specific outcomes.', ofFormat('group', KAIR, 'might indicate')),
      item('A red flag that, the KAIR article says, might indicate a less-than-ideal provider ("Be wary of"): programs without proper medical supervision.', ofFormat('group', KAIR, 'might indicate')),
      item('A red flag that, the KAIR article says, might indicate a less-than-ideal provider ("Be wary of"): absence of thorough screening procedures.', ofFormat('group', KAIR, 'might indicate')),
      item('A red flag that, the KAIR article says, might indicate a less-than-ideal provider ("Be wary of"): lack of integration support.', ofFormat('group', KAIR, 'might indicate')),
      item('A red flag that, the KAIR article says, might indicate a less-than-ideal provider ("Be wary of"): pressure to commit to multiple sessions upfront.', ofFormat('group', KAIR, 'might indicate')),
      item('A red flag that, the KAIR article says, might indicate a less-than-ideal provider ("Be wary of"): unwillingness to discuss potential risks and contraindications.', ofFormat('group', KAIR, 'might indicate')),
    ],
    citations: [
      {
        source_id: KAIR,
        excerpt: 'Be watchful for red flags that might indicate a less-than-ideal provider.',
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt:
          'Be wary of those who guarantee specific outcomes, programs without proper medical supervision, absence of thorough screening procedures, lack of integration support',
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt:
          'pressure to commit to multiple sessions upfront, or unwillingness to discuss potential risks and contraindications.',
        section: 'Finding your team',
      },
    ],
  },
  {
    id: 'guide-finding-a-provider',
    topic: 'finding_a_provider',
    title: 'Where to look for a ketamine group therapy provider',
    summary:
      'The KAIR article suggests starting with established psychedelic therapy directories (such as those maintained by MAPS), Psychology Today\'s therapist finder, referrals from trusted mental health professionals, local integrative psychiatry clinics, and university medical centers; the American Society of Ketamine Physicians also has a directory of providers. In Canada, see the access pathways guide (ATMA CENA intake call, Roots to Thrive). What credentials to check is in the provider credentials guide.',
    items: [
      item('The KAIR article says to start the search for a provider by exploring established psychedelic therapy directories such as those maintained by MAPS (Multidisciplinary Association for Psychedelic Studies).', ofFormat('group', KAIR)),
      item("The KAIR article says Psychology Today's therapist finder also allows searching specifically for ketamine specialists in one's own area.", ofFormat('group', KAIR)),
      item("The KAIR article says: don't overlook the value of referrals from trusted mental health professionals.", ofFormat('group', KAIR)),
      item("The KAIR article says: don't overlook the value of inquiries at local integrative psychiatry clinics.", ofFormat('group', KAIR)),
      item("The KAIR article says: don't overlook the value of university medical centers with cutting-edge mental health programs.", ofFormat('group', KAIR)),
      item('The KAIR article says the American Society of Ketamine Physicians provides helpful resources and a directory of providers.', general(KAIR)),
      item(
        'Canada: the Canadian article says the ATMA CENA intake call discusses whether group or individual format fits, and calls Roots to Thrive in Nanaimo the most established published Canadian program (see the access pathways guide).', ofPrograms(['roots-to-thrive-group'], GKT),
      ),
    ],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'Start your search by exploring established psychedelic therapy directories such as those maintained by MAPS (Multidisciplinary Association for Psychedelic Studies).',
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt:
          "Psychology Today's therapist finder also allows you to search specifically for ketamine specialists in your area.",
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt:
          "Don't overlook the value of referrals from trusted mental health professionals, inquiries at local integrative psychiatry clinics, or university medical centers",
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt: 'university medical centers with cutting-edge mental health programs.',
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt: 'the American Society of Ketamine Physicians provides helpful resources and a directory of providers.',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: GKT,
        excerpt:
          'The ATMA CENA intake call discusses whether group or individual format fits your indication and screening profile.',
        section: 'Where ATMA CENA fits',
      },
      {
        source_id: GKT,
        excerpt: 'Roots to Thrive in Nanaimo BC is the most established published Canadian program.',
        section: 'Frequently asked questions',
      },
    ],
  },
  {
    id: 'guide-provider-credentials',
    topic: 'provider_credentials',
    title: 'Credentials and experience the KAIR article says to verify in a ketamine group therapy team',
    summary:
      'The KAIR article says to verify essential credentials: a medical provider with prescribing privileges, licensed mental health professionals on the team, specific training in ketamine-assisted therapy, substantial experience facilitating group processes, and a background in trauma-informed care. One practitioner quoted by the KAIR article says: "Apply clear inclusion/exclusion criteria to maximize safety". The Canadian article says that experienced facilitation matters in group format.',
    items: [
      item(
        'KAIR article: a medical provider with prescribing privileges, typically a psychiatrist, anesthesiologist, or in many states, a nurse practitioner.', ofFormat('group', KAIR, 'typically'),
      ),
      item('KAIR article: licensed mental health professionals on the team, such as psychologists, therapists, or counselors.', ofFormat('group', KAIR)),
      item('The KAIR article says specific training in ketamine-assisted therapy is crucial.', ofFormat('group', KAIR)),
      item('The KAIR article says substantial experience facilitating group therapeutic processes is crucial too.', ofFormat('group', KAIR)),
      item(
        'The KAIR article says a background in trauma-informed care is also important, as ketamine experiences can sometimes bring up difficult emotions or memories.', ofFormat('group', KAIR, 'can sometimes'),
      ),
      item('One practitioner quoted by the KAIR article: "Apply clear inclusion/exclusion criteria to maximize safety".', quoting('one practitioner', ofFormat('group', KAIR))),
      item(
        'Understanding of both the pharmacological aspects of ketamine and the psychological dimensions of group therapy (emphasized by the KAIR Program).', ofFormat('group', KAIR),
      ),
      item(
        'The Canadian article says that in group format one participant\'s distress can affect others and experienced facilitation matters, and that in the Roots to Thrive model participants are supported by a multi-disciplinary facilitation team.', ofFormat('group', GKT),
      ),
    ],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'Look for a medical provider with prescribing privileges—typically a psychiatrist, anesthesiologist, or in many states, a nurse practitioner.',
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt:
          'The team should include licensed mental health professionals like psychologists, therapists, or counselors.',
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt:
          'Specific training in ketamine-assisted therapy is crucial, as is substantial experience facilitating group therapeutic processes.',
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt:
          'A background in trauma-informed care is also important, as ketamine experiences can sometimes bring up difficult emotions or memories.',
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt: '"Apply clear inclusion/exclusion criteria to maximize safety," emphasized one practitioner in our research',
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt:
          'At KAIR Program, we emphasize finding providers who understand both the pharmacological aspects of ketamine and the psychological dimensions of group therapy.',
        section: 'Finding your team',
      },
      {
        source_id: GKT,
        excerpt: "One participant's distress can affect others; experienced facilitation matters.",
        section: 'What is harder in group format',
      },
      {
        source_id: GKT,
        excerpt: 'supported by a multi-disciplinary facilitation team',
        section: 'What is group ketamine-assisted therapy?',
      },
    ],
  },
  {
    id: 'guide-evidence-limitations',
    topic: 'evidence_limitations',
    title: 'Limits of the evidence on group ketamine therapy',
    summary:
      'Both articles are careful about the evidence. The KAIR article notes small sample sizes, a need for more randomized controlled trials of group formats, varying protocols and measurements, and a need for more long-term follow-up data. The Canadian article\'s "honest evidence picture": Roots to Thrive\'s program structure and safety profile are in the peer-reviewed literature, which is unusual for a group KAT model, but long-term efficacy data and randomized comparators against individual KAT remain research-stage.',
    items: [
      item('KAIR article: many studies have small sample sizes.', ofFormat('group', KAIR, 'Many')),
      item('KAIR article: more randomized controlled trials specifically examining group formats are needed.', ofFormat('group', KAIR)),
      item('KAIR article: protocols and measurements vary between studies.', ofFormat('group', KAIR)),
      item('KAIR article: more long-term follow-up data are needed to understand the lasting benefits.', ofFormat('group', KAIR)),
      item(
        "Canadian article: Roots to Thrive's program structure and safety profile are now in the peer-reviewed literature, which is unusual for a group KAT model.", ofPrograms(['roots-to-thrive-group'], GKT),
      ),
      item('Canadian article: long-term efficacy data and randomized comparators against individual KAT remain research-stage.', inferredScope(ofPrograms(['roots-to-thrive-group'], GKT))),
      item(
        'Canadian article: randomized head-to-head trials of group versus individual KAT do not exist at scale yet; both formats can work, and the right fit depends on screening, indication, and patient preference.', general(GKT, 'can'),
      ),
      item(
        "Canadian article: Roots to Thrive's published clinical protocol and safety data document outcomes consistent with the KAP literature broadly.", ofPrograms(['roots-to-thrive-group'], GKT),
      ),
    ],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          "Many studies have small sample sizes, and there's a need for more randomized controlled trials specifically examining group formats.",
        section: 'What the research says',
      },
      {
        source_id: KAIR,
        excerpt:
          'The protocols and measurements vary between studies, and we need more long-term follow-up data to understand the lasting benefits.',
        section: 'What the research says',
      },
      {
        source_id: GKT,
        excerpt:
          "The honest evidence picture: Roots to Thrive's program structure and safety profile are now in the peer-reviewed literature, which is unusual for a group KAT model.",
        section: 'Published evidence',
      },
      {
        source_id: GKT,
        excerpt: 'Long-term efficacy data and randomized comparators against individual KAT remain research-stage.',
        section: 'Published evidence',
      },
      {
        source_id: GKT,
        excerpt: 'Randomized head-to-head trials of group versus individual KAT do not exist at scale yet.',
        section: 'Frequently asked questions',
      },
      {
        source_id: GKT,
        excerpt: 'both formats can work; the right fit depends on screening, indication, and patient preference.',
        section: 'Frequently asked questions',
      },
      {
        source_id: GKT,
        excerpt:
          "Roots to Thrive's published clinical protocol and safety data document outcomes consistent with KAP literature broadly.",
        section: 'Frequently asked questions',
      },
    ],
  },
  {
    id: 'guide-legal-and-access',
    topic: 'legal_and_access',
    title: 'Legal and access context for ketamine and esketamine (the Canadian article)',
    summary:
      'From the Canadian article\'s "Legal And Access Context" box: ketamine may be used in regulated medical settings, including off-label psychiatric care where permitted, and esketamine/Spravato has specific approved indications and administration requirements. The Canadian article says most ketamine-assisted therapy in Canada is delivered in an individual format and that Roots to Thrive in Nanaimo, BC is the published exception. Its disclaimer says laws, clinical availability, and prescribing rules differ by jurisdiction.',
    items: [
      item('Canadian article: ketamine may be used in regulated medical settings, including off-label psychiatric care where permitted.', general(GKT, 'may')),
      item('Canadian article: esketamine/Spravato has specific approved indications and administration requirements.', general(GKT)),
      item(
        'Canadian article: most ketamine-assisted therapy in Canada is delivered in an individual format. The published exception, and Canada\'s most established group KAT model, is Roots to Thrive in Nanaimo, BC, in partnership with Vancouver Island University and the Snuneymuxw Community Wellness Centre.', general(GKT, 'Most'),
      ),
      item(
        'Canadian article: ATMA CENA\'s corporate clinics deliver KAT in an individual format; group integration sessions are offered at some member clinics (e.g., Port Credit Therapy Centre, Mississauga).', inferredScope(ofPrograms(['atma-cena-psycholytic-pathway', 'atma-cena-psychedelic-pathway', 'atma-cena-customized-kat', 'port-credit-group-integration'], GKT, 'some')),
      ),
      item("The Canadian article's disclaimer: laws, clinical availability, and prescribing rules differ by jurisdiction.", general(GKT)),
    ],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Ketamine may be used in regulated medical settings, including off-label psychiatric care where permitted.',
        section: 'Ketamine and esketamine access',
      },
      {
        source_id: GKT,
        excerpt: 'Esketamine/Spravato has specific approved indications and administration requirements.',
        section: 'Ketamine and esketamine access',
      },
      {
        source_id: GKT,
        excerpt: 'Most ketamine-assisted therapy in Canada is delivered in an individual format.',
        section: 'Ketamine and esketamine access',
      },
      {
        source_id: GKT,
        excerpt:
          "The published exception — and Canada's most established group KAT model — is Roots to Thrive in Nanaimo, BC, in partnership with Vancouver Island University",
        section: 'Ketamine and esketamine access',
      },
      {
        source_id: GKT,
        excerpt:
          "ATMA CENA's corporate clinics deliver individual-format KAT; group integration sessions appear at some ATMA CENA member clinics (e.g., Port Credit Therapy Centre, Mississauga).",
        section: 'Key takeaways',
      },
      {
        source_id: GKT,
        excerpt: 'Laws, clinical availability, and prescribing rules differ by jurisdiction.',
        section: 'Medical Disclaimer',
      },
    ],
  },
  {
    id: 'guide-medical-safety',
    topic: 'medical_safety',
    title: 'Medical safety and disclaimer',
    summary:
      'The Canadian article\'s "Medical Safety" box says psychedelic-assisted therapy is not appropriate for everyone, that screening, medication review, contraindications, and ongoing clinical oversight matter, and: "Speak with a licensed healthcare professional before making treatment decisions." The Canadian article describes itself as for educational purposes only, not medical advice.',
    items: [
      item('The Canadian article\'s Medical Safety box: "Psychedelic-assisted therapy is not appropriate for everyone."', general(GKT)),
      item('The Canadian article\'s Medical Safety box: "Screening, medication review, contraindications, and ongoing clinical oversight matter."', general(GKT)),
      item('The Canadian article\'s Medical Safety box: "Speak with a licensed healthcare professional before making treatment decisions."', general(GKT)),
      item(
        'The KAIR article, describing the session structure it says most programs follow, says every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation, including a review of current medications, heart health, mental health history and potential contraindications.', ofFormat('group', KAIR, 'most follow'),
      ),
      item('The Canadian article describes itself as for educational purposes only and not medical advice, diagnosis, or treatment.', general(GKT)),
      item("The Canadian article's disclaimer: laws, clinical availability, and prescribing rules differ by jurisdiction.", general(GKT)),
    ],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Psychedelic-assisted therapy is not appropriate for everyone. Screening, medication review, contraindications, and ongoing clinical oversight matter.',
        section: 'Medical Safety',
      },
      {
        source_id: GKT,
        excerpt: 'Speak with a licensed healthcare professional before making treatment decisions.',
        section: 'Medical Safety',
      },
      {
        source_id: KAIR,
        excerpt:
          'Every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation.',
        section: 'Pre-session preparation',
      },
      {
        source_id: KAIR,
        excerpt:
          'This includes reviewing your current medications, checking your heart health, evaluating your mental health history, and identifying any potential contraindications',
        section: 'Pre-session preparation',
      },
      {
        source_id: GKT,
        excerpt:
          'This article is for educational purposes only and is not medical advice, diagnosis, or treatment. Laws, clinical availability, and prescribing rules differ by jurisdiction.',
        section: 'Medical Disclaimer',
      },
      // The walk-through's qualifier on the whole session structure, kept on what it says (audit 12 A12-4).
      { source_id: KAIR, excerpt: 'While each program has its unique elements, most follow a thoughtful structure designed to create a safe, supportive, and transformative experience.', section: 'Inside a Ketamine Group Therapy Session' },
    ],
  },
  {
    id: 'guide-access-pathways',
    topic: 'access_pathways',
    title: 'Access pathways to group ketamine therapy in Canada',
    summary:
      'The Canadian article (whose inferred publisher is ATMA CENA) describes two group formats: group dosing + group integration (Roots to Thrive model) and individual dosing + group integration (some ATMA CENA member clinics; Sage Integrative Health in California). For patients interested in the Roots to Thrive group model, its practical pathway starts with the ATMA CENA intake call; BC patients are pointed to Roots to Thrive in Nanaimo (~115 km from Victoria via BC-1; ferry-accessible from Vancouver) and non-BC patients to ATMA CENA\'s individual KAT plus group integration at member clinics.',
    items: [
      item(
        'Canadian article, format 1, group dosing + group integration (Roots to Thrive model): participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work and community sessions across the cohort.', ofPrograms(['roots-to-thrive-group'], GKT),
      ),
      item(
        'Canadian article, format 2, individual dosing + group integration (some ATMA CENA member clinics, Sage Integrative Health in California): patients receive ketamine in private dosing sessions but join group integration circles for post-medicine processing.', ofPrograms(['sage-integration-circles'], GKT),
      ),
      item(
        "Katalog's reading, not the Canadian article's: it gives format 2 (individual dosing + group integration) for \"some ATMA CENA member clinics\" without naming a clinic there; that Port Credit Therapy Centre's Group Integration Sessions follow format 2 is Katalog's reading.", inferredScope(ofPrograms(['port-credit-group-integration'], GKT, 'some')),
      ),
      item(
        'The Canadian article\'s first pathway bullet for patients interested in the Roots to Thrive group model: the ATMA CENA intake call discusses whether group or individual format fits the patient\'s indication and screening profile.', ofPrograms(['roots-to-thrive-group'], GKT),
      ),
      item(
        'The Canadian article\'s pathway bullet for BC-located patients: Roots to Thrive in Nanaimo is the most published option; ATMA CENA can support coordination via coordinated care where appropriate.', ofPrograms(['roots-to-thrive-group'], GKT, 'where appropriate'),
      ),
      item("The Canadian article's pathway bullet for non-BC patients: ATMA CENA's individual KAT plus group integration at member clinics is the closest analog.", inferredScope(ofPrograms(['port-credit-group-integration'], GKT))),
      item(
        'The Canadian article places Nanaimo, BC, where Roots to Thrive is, ~115 km from Victoria via BC-1 and ferry-accessible from Vancouver.', ofPrograms(['roots-to-thrive-group', 'roots-to-thrive-individual'], GKT, '~'),
        115,
        115,
        'km from Victoria via BC-1 (approx.)',
      ),
      item(
        "The Canadian article says ATMA CENA's coordinated care model can also support patients who do their dosing through the network and their integration through a community group elsewhere.", inferredScope(ofPrograms(['atma-cena-psycholytic-pathway', 'atma-cena-psychedelic-pathway', 'atma-cena-customized-kat'], GKT, 'can')),
      ),
      item(
        'For BC-area context, the Canadian article points to its related article "Ketamine Therapy in Victoria BC", which discusses Roots to Thrive accessibility from Victoria.', ofPrograms(['roots-to-thrive-group', 'roots-to-thrive-individual'], GKT),
      ),
    ],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Group dosing + group integration (Roots to Thrive model). Participants are dosed in a shared room, supported by a multi-disciplinary facilitation team',
        section: 'What is group ketamine-assisted therapy?',
      },
      {
        source_id: GKT,
        excerpt: 'with subgroup process work and community sessions across the cohort.',
        section: 'What is group ketamine-assisted therapy?',
      },
      {
        source_id: GKT,
        excerpt:
          'Individual dosing + group integration (some ATMA CENA member clinics, Sage Integrative Health in California).',
        section: 'What is group ketamine-assisted therapy?',
      },
      {
        source_id: GKT,
        excerpt:
          'Patients receive ketamine in private dosing sessions but join group integration circles for post-medicine processing.',
        section: 'What is group ketamine-assisted therapy?',
      },
      {
        source_id: GKT,
        excerpt:
          'The ATMA CENA intake call discusses whether group or individual format fits your indication and screening profile.',
        section: 'Where ATMA CENA fits',
      },
      {
        source_id: GKT,
        excerpt:
          'For BC-located patients, Roots to Thrive in Nanaimo is the most published option. ATMA CENA can support coordination via coordinated care where appropriate.',
        section: 'Where ATMA CENA fits',
      },
      {
        source_id: GKT,
        excerpt:
          "For non-BC patients, ATMA CENA's individual KAT plus group integration at member clinics is the closest analog.",
        section: 'Where ATMA CENA fits',
      },
      {
        source_id: GKT,
        excerpt: 'Nanaimo, BC (~115 km from Victoria via BC-1; ferry-accessible from Vancouver)',
        section: 'Roots to Thrive — Canada\'s leading published group KAT model',
      },
      {
        source_id: GKT,
        excerpt:
          "ATMA CENA's coordinated care model can also support patients who do their dosing through the network and their integration through a community group elsewhere.",
        section: 'Where ATMA CENA fits',
      },
      {
        source_id: GKT,
        excerpt:
          'For BC-area context, see Ketamine Therapy in Victoria BC (which discusses Roots to Thrive accessibility from Victoria).',
        section: 'Where ATMA CENA fits',
      },
    ],
  },
];
