import type { GuideSeed } from '../../src/resources/guides/guides.schema.js';

const KAIR = 'kair-group-therapy-unpacked';
const GKT = 'group-ketamine-therapy-canada';

/** The KAIR article writes "$" without a currency code: USD is implied, not stated. */
const USD_IMPLIED = 'USD (implied; written "$")';

const item = (text: string, value_min: number | null = null, value_max: number | null = null, unit: string | null = null) => ({
  text,
  value_min,
  value_max,
  unit,
});

export const guides: GuideSeed[] = [
  {
    id: 'guide-course-of-treatment',
    topic: 'course_of_treatment',
    title: 'Course of treatment: how many sessions, over how long, and first-year totals',
    summary:
      'According to the KAIR article, most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter; it estimates a first-year total of approximately $1,000-$3,000 in group format versus $3,500-$10,000+ for comparable individual treatment (amounts written "$" without a currency code; USD implied). In Canada, Roots to Thrive runs 12-week group cohorts with three IM or sublingual ketamine sessions and weekly community-of-practice group work; its individual track is 6 weeks with 3 sessions. Prices per program are in /v1/prices; program structures are in /v1/programs.',
    items: [
      item('Initial protocol (KAIR article): most initial protocols involve 4-6 sessions.', 4, 6, 'sessions'),
      item('The initial sessions are spread over 2-3 months.', 2, 3, 'months'),
      item('Maintenance sessions are recommended every 1-3 months after the initial protocol.', 1, 3, 'months between maintenance sessions'),
      item(
        'Approximate total first-year investment in group format: $1,000-$3,000 (currency not stated; USD implied).',
        1000,
        3000,
        USD_IMPLIED,
      ),
      item(
        'Total first-year investment for comparable individual treatment: $3,500-$10,000+ (open-ended upper figure "$10,000+", so no maximum is recorded; currency not stated; USD implied).',
        3500,
        null,
        USD_IMPLIED,
      ),
      item(
        'Roots to Thrive (Nanaimo, BC) group cohort: 12 weeks, integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration, and Indigenous wellness contributions.',
        12,
        12,
        'weeks',
      ),
      item('Roots to Thrive group cohort: 3 ketamine sessions (IM or sublingual) across the 12-week program.', 3, 3, 'ketamine sessions'),
      item('Roots to Thrive individual track: 6 weeks with 3 ketamine sessions.', 6, 6, 'weeks'),
      item(
        'The process requires commitment: engage fully in preparation and integration work and attend all scheduled sessions. Healing is not a one-and-done event but a process that unfolds over time.',
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
      'The KAIR article says group ketamine therapy typically costs 40-60% less than individual ketamine therapy and gives typical per-session ranges (written "$" without a currency code; USD implied). The Canadian article gives Roots to Thrive prices in CAD and says group format is typically substantially less expensive per session than individual. Per-program prices with their exact terms (currency, taxes, what is included) are in /v1/prices.',
    items: [
      item('Group ketamine therapy typically costs 40-60% less than individual ketamine therapy.', 40, 60, 'percent less than individual'),
      item(
        'Individual ketamine infusions typically cost $400-$600 per session (USD implied).',
        400,
        600,
        `${USD_IMPLIED} per session`,
      ),
      item(
        'One-on-one ketamine-assisted psychotherapy (KAP) can run $600-$1,200 per session (USD implied).',
        600,
        1200,
        `${USD_IMPLIED} per session`,
      ),
      item(
        'Ketamine group therapy sessions usually range from $100-$250 (USD implied).',
        100,
        250,
        `${USD_IMPLIED} per session`,
      ),
      item(
        'Group ketamine retreats cost about $2,500-$5,000 for multi-day programs (USD implied).',
        2500,
        5000,
        `${USD_IMPLIED} per retreat`,
      ),
      item(
        'A Colorado clinic offers a five-week group curriculum for depression, addiction, and PTSD at roughly half the cost of individual ketamine-assisted psychotherapy (KAP).',
      ),
      item(
        'Most insurers do not cover ketamine for mental health conditions, which makes the lower cost of group formats particularly valuable for patients paying out-of-pocket (see the insurance and financial assistance guide).',
      ),
      item(
        'Roots to Thrive group program (12 weeks, 3 sessions): approximately CAD $5,850 + GST.',
        5850,
        5850,
        'CAD + GST (approximate)',
      ),
      item('Roots to Thrive individual track (6 weeks, 3 sessions): approximately CAD $7,500 + tax.', 7500, 7500, 'CAD + tax (approximate)'),
      item(
        'Canada: group format is typically substantially less expensive per session than individual; for patients who screen as group-appropriate, the cost reduction can make a multi-session course accessible that an individual course would not be.',
      ),
      item(
        'Group format trades privacy and individualized clinical attention for community connection, peer integration, and lower per-session cost.',
      ),
      item(
        'As one practitioner put it (KAIR article): "Group ketamine therapy is a key strategy for reducing financial barriers to psychedelic-assisted psychotherapy."',
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
      'The KAIR article says most insurance providers do not currently cover ketamine for mental health conditions, with limited exceptions for Spravato® (esketamine) in some treatment-resistant depression cases. Some programs offer sliding-scale fees based on income and some providers have BIPOC scholarships. In Canada, the Indigenous Reconciliation Fund supports First Nations cohort participation at Roots to Thrive. Telehealth for preparation and integration, and differences between urban and rural areas, affect access. The Canadian article says nothing about insurance coverage.',
    items: [
      item('Most insurance providers do not currently cover ketamine for mental health conditions.'),
      item('Limited exceptions exist for Spravato® (esketamine) in some treatment-resistant depression cases.'),
      item('Some programs offer sliding scale fees based on income.'),
      item('Certain providers have established BIPOC scholarships to increase diversity and access among historically underserved populations.'),
      item(
        'Roots to Thrive (Canada): the Indigenous Reconciliation Fund specifically supports First Nations cohort participation.',
      ),
      item(
        'Some programs incorporate telehealth for preparation and integration components, allowing people to complete portions of the treatment remotely.',
      ),
      item(
        'Accessibility varies widely: urban areas typically offer more options, while rural communities have fewer choices, though this is gradually improving.',
      ),
      item('The American Society of Ketamine Physicians provides resources on ketamine therapy costs and insurance coverage, and a directory of providers.'),
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
        excerpt:
          'For more information about ketamine therapy costs and insurance coverage, the American Society of Ketamine Physicians provides helpful resources and a directory of providers.',
        section: 'Cost & accessibility snapshot',
      },
    ],
  },
  {
    id: 'guide-candidacy',
    topic: 'candidacy',
    title: 'Who may be a candidate for group ketamine therapy',
    summary:
      'Ketamine shows particular promise for conditions that have not responded well to standard treatments. Clinical eligibility for ketamine is not the same as fitting the group format: Roots to Thrive\'s intake assesses readiness for group format, and not every clinically eligible KAT patient is a group fit. Who should avoid ketamine or needs careful evaluation is in /v1/contraindications; when group versus individual format fits is in /v1/format-fit.',
    items: [
      item('Treatment-resistant depression'),
      item('PTSD'),
      item('Anxiety disorders'),
      item('OCD'),
      item('Substance use disorders'),
      item('Eating disorders'),
      item('Chronic pain with psychological components'),
      item("If you've tried standard treatments without adequate relief, that's often a sign this approach might be worth exploring."),
      item(
        'The group setting brings additional considerations: you need to feel comfortable with vulnerability in a group context, respect others\' boundaries, follow group agreements, and manage your personal needs without disrupting the collective experience. Programs perform thorough intake to ensure group fit.',
      ),
      item(
        'Roots to Thrive\'s intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit. Whether group format fits is a screening conversation at intake, not a marketing question.',
      ),
      item(
        'People with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy might find individual ketamine therapy more suitable than the group format.',
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
        excerpt: 'This is a screening conversation at intake, not a marketing question.',
        section: 'When group fits versus when individual is safer',
      },
      {
        source_id: KAIR,
        excerpt:
          '"individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy" might find individual ketamine therapy more suitable',
        section: 'Potential risks & who should avoid',
      },
    ],
  },
  {
    id: 'guide-readiness',
    topic: 'readiness',
    title: 'Are you ready? Questions to ask yourself and realistic expectations',
    summary:
      'Beyond a clinical diagnosis, personal readiness matters: being genuinely open to the ketamine experience and to the vulnerability of a group setting, committing to the preparation and integration work, and holding realistic expectations. The KAIR article lists honest questions to ask yourself and quotes a psychiatrist: "Look for a shift, not an earthquake."',
    items: [
      item("Are you genuinely open to both the ketamine experience itself and the vulnerability of a group setting?"),
      item('Can you share aspects of your healing journey with others?'),
      item('Are you comfortable with temporarily altered states of consciousness?'),
      item('Can you face challenging emotional material?'),
      item('Do you have reliable transportation?'),
      item('Can you abstain from substances before and after sessions?'),
      item('Are you willing to make lifestyle changes to support your healing?'),
      item(
        'Commitment: engage fully in preparation and integration work, attend all scheduled sessions, and have support outside the program.',
      ),
      item('Realistic expectations: healing is rarely instant or complete from any treatment.'),
      item(
        '"Look for a shift, not an earthquake." Some people experience dramatic breakthroughs, but many find healing comes through subtle insights and gradual positive changes over time.',
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
      'During sessions, ketamine can cause temporary physical effects and a dissociative experience that may feel uncomfortable or disorienting; emotionally, it can bring challenging material to the surface. Published Canadian safety data from Roots to Thrive (Tsang et al. 2023) report temporary, reversible blood-pressure elevations (~12%), nausea in <13% of sessions, and no serious adverse events documented; see /v1/findings for study tsang-2023-roots-to-thrive-safety. The group format has its own risks. Who should avoid ketamine is in /v1/contraindications.',
    items: [
      item('Temporary physical effects during sessions: increased blood pressure.'),
      item('Temporary physical effects during sessions: increased heart rate.'),
      item('Temporary physical effects during sessions: nausea.'),
      item('Temporary physical effects during sessions: dizziness.'),
      item('The dissociative experience itself, while therapeutically valuable, can sometimes feel uncomfortable or disorienting.'),
      item(
        'Ketamine can bring challenging emotional material to the surface; be prepared for potentially difficult emotions or temporary confusion during the experience.',
      ),
      item(
        'Roots to Thrive safety data (Tsang et al. 2023): temporary blood-pressure elevations of about 12% ("~12% increase"), all reversible.',
        12,
        12,
        'percent increase (approximate)',
      ),
      item('Roots to Thrive safety data (Tsang et al. 2023): nausea in fewer than 13% of sessions ("<13%").', null, 13, 'percent of sessions (less than)'),
      item('Roots to Thrive safety data (Tsang et al. 2023): no serious adverse events documented across the data set.'),
      item(
        'Group-specific risks: one participant\'s distress can affect others (experienced facilitation matters), and severe interpersonal trauma can be re-traumatizing in group, where individual format is often safer.',
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
      'Both articles describe what sharing ketamine-assisted therapy with a group adds: peer normalization and feeling less alone, learning from witnessing others, accountability, reduced stigma, community, and lower cost. The KAIR article adds that group support may help extend ketamine\'s antidepressant effects and help people integrate their experiences and maintain improvements longer. It also gives the KAIR article\'s account of how ketamine works (NMDA antagonism opening a "neuroplastic window") and its point that integration is crucial for lasting benefits. What is harder in group format is in the group dynamics guide.',
    items: [
      item(
        'Peer normalization: many patients feel less alone in their experience when they are with others working through similar struggles; group settings provide validation, reduce isolation, and create a sense of community often missing in individual treatment.',
      ),
      item(
        'Community of practice: skills practice (relating, regulating, sense-making) happens in a real social field rather than in 1:1 isolation.',
      ),
      item(
        'Witness and integration: sharing experiences in a structured group can deepen insight and reduce stigma; participants often report insights gained from witnessing others\' processes, and hearing peers\' experiences can accelerate self-reflection and growth.',
      ),
      item('Collective wisdom: group members offer different perspectives on similar struggles, and diverse perspectives can illuminate blind spots.'),
      item(
        'Accountability: when you commit to showing up for others and share your insights and commitments with peers, you are more likely to follow through.',
      ),
      item('Reduced stigma: groups normalize these experiences; seeing others face similar challenges can be validating and inspiring.'),
      item(
        'Researchers have noticed that the support and connection found in groups may help extend ketamine\'s antidepressant effects, which typically do not last very long on their own.',
      ),
      item(
        'The supportive group environment may help people integrate their experiences more effectively and maintain improvements longer; the brain-changing effect appears consistent whether ketamine is given individually or in groups.',
      ),
      item('Many participants form meaningful bonds that continue after the formal program ends.'),
      item(
        'Cost: group format is typically substantially less expensive per session than individual, making treatment accessible to more people (see the costs guide).',
      ),
      item(
        'Research on firefighters showed significant decreases in anxiety and PTSD symptoms after a 12-week group program that were still present six months after treatment ended (see /v1/findings).',
      ),
      item(
        'How it works (KAIR article): ketamine acts as an NMDA-antagonist and opens what therapists call a "neuroplastic window", a period when the brain becomes more flexible and open to new perspectives; the group setting provides the emotional support to explore them.',
      ),
      item(
        'Dr. Zak Foy (quoted in the KAIR article): "Ketamine\'s mechanism of action involves NMDA receptor antagonism, which increases glutamate and promotes neuroplasticity."',
      ),
      item(
        'Dr. Phil Wolfson, described by the KAIR article as having pioneered this work, calls it "a novel, breakthrough approach to awakened mind and the healing of trauma and depression".',
      ),
      item(
        'Integration is described as crucial for lasting benefits; one program states that "Ketamine\'s primary therapeutic value lies in the neuroplasticity window it creates, which can be harnessed through structured integration experiences."',
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
        excerpt: '"Participants often report insights gained not just from their own experiences, but from witnessing others\' processes,"',
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
          '"Ketamine\'s primary therapeutic value lies in the neuroplasticity window it creates, which can be harnessed through structured integration experiences."',
        section: 'Post-session integration',
      },
    ],
  },
  {
    id: 'guide-group-dynamics',
    topic: 'group_dynamics',
    title: 'Group dynamics: how the group works and what is harder in group format',
    summary:
      'Group formats trade privacy and individualized clinical attention for community connection, peer integration and lower per-session cost. The KAIR article describes small groups of 4-8 participants who share preparation and integration and agree on confidentiality, respect and participation; Roots to Thrive runs cohorts of 20–40 participants broken into 6–9-person process groups with a ~1:3 to 1:4 facilitator-to-participant ratio. The Canadian article lists what is harder in group format: privacy, heterogeneity of experience, less individualized clinical attention, complex trauma, and comorbid conditions. What the group adds is in the benefits guide.',
    items: [
      item(
        'KAIR article: small groups of 4-8 participants receive ketamine under professional guidance while sharing preparation and integration experiences together.',
        4,
        8,
        'participants per group',
      ),
      item('Roots to Thrive: 20–40 participants per cohort.', 20, 40, 'participants per cohort'),
      item('Roots to Thrive: cohorts are broken into 6–9-person process groups.', 6, 9, 'people per process group'),
      item(
        'Roots to Thrive: ~1:3 to 1:4 facilitator-to-participant ratio (about 3 to 4 participants per facilitator).',
        3,
        4,
        'participants per facilitator (approx.)',
      ),
      item(
        'The group establishes shared agreements about confidentiality, respect, and participation; these agreements create the safe container where genuine vulnerability becomes possible.',
      ),
      item(
        'Individual ketamine therapy (KAP) offers the therapist\'s undivided attention, complete privacy, and dosing that can be precisely customized; group therapy creates a shared healing container with collective wisdom and peer support.',
      ),
      item('Harder in group, privacy: multiple patients in one room during dosing means others see your acute experience.'),
      item(
        'Harder in group, heterogeneity of experience: one participant\'s distress can affect others; experienced facilitation matters.',
      ),
      item(
        'Harder in group, individualized clinical attention: even with strong facilitator-to-participant ratios, clinical attention is less granular than 1:1.',
      ),
      item('Harder in group, complex trauma: severe interpersonal trauma can be re-traumatizing in group; individual format is often safer.'),
      item(
        'Harder in group, comorbid conditions: active psychosis, active mania, severe substance use, or borderline personality disorder with marked instability are generally exclusions for group format.',
      ),
      item(
        'In group integration models (individual dosing), dosing is private and only integration is in group format; in Roots to Thrive\'s group dosing model, participants share the dosing space with subgroup support.',
      ),
      item(
        '"I realized that I don\'t need to know their stories nor do they need to know mine to have a strong trusting relationship" (participant in a clinical case study).',
      ),
      item(
        'The group is not just a billing convenience; it is the therapeutic container: community-of-practice work, peer process, and shared integration are part of the mechanism, not adjacent to it (Canadian article).',
      ),
      item(
        'Both group models (group dosing + group integration, and individual dosing + group integration) trade off some privacy for community connection and, in Roots to Thrive\'s model, substantial cost savings versus individual KAT.',
      ),
      item('Many therapists note that the sense of community can more than make up for the reduced one-on-one attention (KAIR article).'),
      item(
        'The trauma-informed approach means facilitators understand how to hold space for difficult emotions that might arise (KAIR article).',
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
        excerpt: 'dosing is private and only integration is in group format.',
        section: 'Frequently asked questions',
      },
      {
        source_id: KAIR,
        excerpt:
          "I realized that I don't need to know their stories nor do they need to know mine to have a strong trusting relationship",
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
    ],
  },
  {
    id: 'guide-questions-to-ask',
    topic: 'questions_to_ask',
    title: 'Questions to ask a ketamine group therapy provider',
    summary: 'The KAIR article lists eight questions to ask when contacting potential providers.',
    items: [
      item('What specific training do you have with ketamine therapy?'),
      item('How many group ketamine sessions have you facilitated?'),
      item('What does your screening process involve?'),
      item('How do you handle difficult experiences during sessions?'),
      item('What integration support do you provide?'),
      item('What emergency protocols do you have in place?'),
      item('How do you measure outcomes and treatment success?'),
      item("What's the total cost, including all preparation and integration sessions?"),
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
      item('Guaranteeing specific outcomes.'),
      item('Programs without proper medical supervision.'),
      item('Absence of thorough screening procedures.'),
      item('Lack of integration support.'),
      item('Pressure to commit to multiple sessions upfront.'),
      item('Unwillingness to discuss potential risks and contraindications.'),
    ],
    citations: [
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
      item('Psychedelic therapy directories such as those maintained by MAPS (Multidisciplinary Association for Psychedelic Studies).'),
      item("Psychology Today's therapist finder, which lets you search specifically for ketamine specialists in your area."),
      item('Referrals from trusted mental health professionals.'),
      item('Inquiries at local integrative psychiatry clinics.'),
      item('University medical centers with cutting-edge mental health programs.'),
      item('The American Society of Ketamine Physicians directory of providers.'),
      item(
        'Canada: the ATMA CENA intake call discusses whether group or individual format fits; Roots to Thrive in Nanaimo is the most established published Canadian program (see the access pathways guide).',
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
    title: 'Credentials and experience a ketamine group therapy team should have',
    summary:
      'The KAIR article says to verify essential credentials: a medical provider with prescribing privileges, licensed mental health professionals on the team, specific training in ketamine-assisted therapy, substantial experience facilitating group processes, and a background in trauma-informed care. Providers should apply clear inclusion/exclusion criteria. The Canadian article notes that experienced facilitation matters in group format.',
    items: [
      item(
        'A medical provider with prescribing privileges: typically a psychiatrist, anesthesiologist, or in many states, a nurse practitioner.',
      ),
      item('Licensed mental health professionals on the team, such as psychologists, therapists, or counselors.'),
      item('Specific training in ketamine-assisted therapy.'),
      item('Substantial experience facilitating group therapeutic processes.'),
      item(
        'A background in trauma-informed care, as ketamine experiences can sometimes bring up difficult emotions or memories.',
      ),
      item('Clear inclusion/exclusion criteria applied to maximize safety.'),
      item(
        'Understanding of both the pharmacological aspects of ketamine and the psychological dimensions of group therapy (emphasized by the KAIR Program).',
      ),
      item(
        'In group format, one participant\'s distress can affect others, so experienced facilitation matters; Roots to Thrive uses a multi-disciplinary facilitation team.',
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
      'Both articles are careful about the evidence. The KAIR article notes small sample sizes, a need for more randomized controlled trials of group formats, varying protocols and measurements, and a need for more long-term follow-up data. The Canadian article\'s "honest evidence picture": Roots to Thrive\'s program structure and safety profile are in the peer-reviewed literature, which is unusual for a group KAT model, but long-term efficacy data and randomized comparators against individual KAT remain research-stage. The studies and their findings are in /v1/studies and /v1/findings.',
    items: [
      item('Many studies have small sample sizes.'),
      item('More randomized controlled trials specifically examining group formats are needed.'),
      item('Protocols and measurements vary between studies.'),
      item('More long-term follow-up data are needed to understand the lasting benefits.'),
      item(
        "Roots to Thrive's program structure and safety profile are now in the peer-reviewed literature, which is unusual for a group KAT model.",
      ),
      item('Long-term efficacy data and randomized comparators against individual KAT remain research-stage.'),
      item(
        'Randomized head-to-head trials of group versus individual KAT do not exist at scale yet; both formats can work, and the right fit depends on screening, indication, and patient preference.',
      ),
      item(
        "Roots to Thrive's published clinical protocol and safety data document outcomes consistent with the KAP literature broadly.",
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
    title: 'Legal and access context for ketamine and esketamine (Canada)',
    summary:
      'From the Canadian article\'s "Legal And Access Context" box: ketamine may be used in regulated medical settings, including off-label psychiatric care where permitted, and esketamine/Spravato has specific approved indications and administration requirements. Most ketamine-assisted therapy in Canada is delivered in an individual format; Roots to Thrive in Nanaimo, BC is the published exception. Laws, clinical availability, and prescribing rules differ by jurisdiction.',
    items: [
      item('Ketamine may be used in regulated medical settings, including off-label psychiatric care where permitted.'),
      item('Esketamine/Spravato has specific approved indications and administration requirements.'),
      item(
        'Most ketamine-assisted therapy in Canada is delivered in an individual format. The published exception, and Canada\'s most established group KAT model, is Roots to Thrive in Nanaimo, BC, in partnership with Vancouver Island University and the Snuneymuxw Community Wellness Centre.',
      ),
      item(
        'ATMA CENA\'s corporate clinics deliver KAT in an individual format; group integration sessions are offered at some member clinics (e.g., Port Credit Therapy Centre, Mississauga).',
      ),
      item('Laws, clinical availability, and prescribing rules differ by jurisdiction.'),
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
      'From the Canadian article\'s "Medical Safety" box and its medical disclaimer: psychedelic-assisted therapy is not appropriate for everyone; screening, medication review, contraindications, and ongoing clinical oversight matter; speak with a licensed healthcare professional before making treatment decisions. The content is educational, not medical advice. Contraindications are in /v1/contraindications.',
    items: [
      item('Psychedelic-assisted therapy is not appropriate for everyone.'),
      item('Screening, medication review, contraindications, and ongoing clinical oversight matter.'),
      item('Speak with a licensed healthcare professional before making treatment decisions.'),
      item(
        'Every participant should undergo thorough medical and psychological screening, including a review of current medications, heart health, mental health history, and potential contraindications (KAIR article).',
      ),
      item('This information is for educational purposes only and is not medical advice, diagnosis, or treatment.'),
      item('Laws, clinical availability, and prescribing rules differ by jurisdiction.'),
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
    ],
  },
  {
    id: 'guide-access-pathways',
    topic: 'access_pathways',
    title: 'Access pathways to group ketamine therapy in Canada',
    summary:
      'Two group formats exist: group dosing + group integration (Roots to Thrive model) and individual dosing + group integration (some ATMA CENA member clinics; Sage Integrative Health in California). For patients interested in the Roots to Thrive group model, the Canadian article\'s practical pathway starts with the ATMA CENA intake call; BC patients are pointed to Roots to Thrive in Nanaimo (~115 km from Victoria via BC-1; ferry-accessible from Vancouver) and non-BC patients to ATMA CENA\'s individual KAT plus group integration at member clinics.',
    items: [
      item(
        'Format 1, group dosing + group integration (Roots to Thrive model): participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work and community sessions across the cohort.',
      ),
      item(
        'Format 2, individual dosing + group integration (some ATMA CENA member clinics, Sage Integrative Health in California): patients receive ketamine in private dosing sessions but join group integration circles for post-medicine processing.',
      ),
      item(
        'Step 1: the ATMA CENA intake call discusses whether group or individual format fits your indication and screening profile.',
      ),
      item(
        'BC-located patients: Roots to Thrive in Nanaimo is the most published option; ATMA CENA can support coordination via coordinated care where appropriate.',
      ),
      item("Non-BC patients: ATMA CENA's individual KAT plus group integration at member clinics is the closest analog."),
      item(
        'Nanaimo, BC is ~115 km from Victoria via BC-1 and ferry-accessible from Vancouver.',
        115,
        115,
        'km from Victoria via BC-1 (approx.)',
      ),
      item(
        "ATMA CENA's coordinated care model can also support patients who do their dosing through the network and their integration through a community group elsewhere.",
      ),
      item(
        'For BC-area context, the Canadian article points to its related article "Ketamine Therapy in Victoria BC", which discusses Roots to Thrive accessibility from Victoria.',
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
