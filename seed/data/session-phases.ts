import type { SessionPhaseSeed } from '../../src/resources/session-phases/session-phases.schema.js';

import { GKT, general, KAIR, ofFormat, ofPrograms } from './scope.js';

const PREP = 'Pre-session preparation';
const DOSING = 'The dosing experience';
const POST = 'Post-session integration';
const RTT = "Roots to Thrive — Canada's leading published group KAT model";
const RTT_GROUP = 'roots-to-thrive-group';
const INSIDE = 'Inside a Ketamine Group Therapy Session';
/** The KAIR article introduces the whole session structure with this qualifier: every KAIR rule below keeps it. */
const MOST_FOLLOW = 'most follow';
const STRUCTURE = { source_id: KAIR, excerpt: 'While each program has its unique elements, most follow a thoughtful structure designed to create a safe, supportive, and transformative experience.', section: INSIDE };
const STRUCTURE_SENTENCE =
  'The KAIR article says that while each program has its unique elements, most follow the structure it describes. ';

export const sessionPhases: SessionPhaseSeed[] = [
  {
    id: 'pre-session-preparation',
    name: 'Pre-session preparation',
    position: 1,
    description:
      STRUCTURE_SENTENCE +
      'As the KAIR article describes it, preparation begins before any medicine is given. The KAIR article says every participant undergoes thorough medical and psychological screening to check that ketamine is appropriate. It says participants are guided to develop meaningful intentions, with facilitators encouraging a balance of focused purpose and open curiosity, and gives holding treatment intentions lightly as common advice in clinical protocols. The KAIR article says the group establishes shared agreements about confidentiality, respect and participation, which create the safe container. The KAIR article says participants receive practical guidance (fasting, hydration, clothing, personal items), and that just before receiving ketamine the group often does breathwork or meditation.',
    duration_min_minutes: null,
    duration_max_minutes: null,
    practical_rules: [
      {
        rule: 'The KAIR article says every participant undergoes thorough medical and psychological screening: review of current medications, heart health, mental health history and any potential contraindications.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, MOST_FOLLOW),
      },
      {
        // Only what is said of Roots to Thrive: "not every clinically eligible KAT patient is a group fit" is said of
        // group format in general (audit 9 L11; the candidacy guide gives it so).
        rule: "The Canadian article says Roots to Thrive's intake assesses readiness for group format.",
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofPrograms([RTT_GROUP], GKT),
      },
      {
        rule: 'The KAIR article says participants are guided to develop meaningful intentions, with facilitators encouraging a balance of focused purpose and open curiosity rather than fixating on specific outcomes; it quotes "Hold treatment intentions lightly to avoid anxiety" as common advice in clinical protocols.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, MOST_FOLLOW),
      },
      {
        rule: 'The KAIR article says the group establishes shared agreements about confidentiality, respect, and participation.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, MOST_FOLLOW),
      },
      {
        rule: 'The KAIR article says participants receive guidance on fasting, usually 3-4 hours before the session.',
        value_min: 3,
        value_max: 4,
        unit: 'hours',
        scope: ofFormat('group', KAIR, `${MOST_FOLLOW}; usually`),
      },
      {
        rule: 'The KAIR article says participants also receive guidance on staying hydrated, wearing comfortable clothing, and bringing personal items that might support the journey, like a journal or meaningful object.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, `${MOST_FOLLOW}; might`),
      },
      {
        rule: 'The KAIR article says that just before receiving ketamine, the group often engages in breathwork or meditation to center attention and calm pre-session jitters.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, `${MOST_FOLLOW}; often`),
      },
    ],
    citations: [
      STRUCTURE,
      { source_id: KAIR, excerpt: 'The journey begins long before any medicine enters your system. Preparation is the foundation of a meaningful experience.', section: PREP },
      { source_id: KAIR, excerpt: 'Every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation.', section: PREP },
      { source_id: KAIR, excerpt: 'This includes reviewing your current medications, checking your heart health, evaluating your mental health history, and identifying any potential contraindications', section: PREP },
      { source_id: GKT, excerpt: "Roots to Thrive's intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit.", section: 'What is harder in group format' },
      { source_id: KAIR, excerpt: 'Rather than fixating on specific outcomes, facilitators encourage a balance of focused purpose and open curiosity.', section: PREP },
      { source_id: KAIR, excerpt: '"Hold treatment intentions lightly to avoid anxiety," is common advice in clinical protocols.', section: PREP },
      { source_id: KAIR, excerpt: 'The group will establish shared agreements about confidentiality, respect, and participation.', section: PREP },
      { source_id: KAIR, excerpt: "You'll receive guidance on fasting (usually 3-4 hours before), staying hydrated, wearing comfortable clothing, and bringing personal items", section: PREP },
      { source_id: KAIR, excerpt: 'bringing personal items that might support your journey like a journal or meaningful object.', section: PREP },
      { source_id: KAIR, excerpt: 'Just before receiving ketamine, the group often engages in breathwork or meditation to center attention and calm any pre-session jitters.', section: PREP },
      { source_id: KAIR, excerpt: "These agreements aren't just formalities—they create the safe container where genuine vulnerability becomes possible.", section: 'Pre-session preparation' },
    ],
  },
  {
    id: 'dosing-experience',
    name: 'The dosing experience',
    position: 2,
    description:
      STRUCTURE_SENTENCE +
      'As the KAIR article describes it, participants receive ketamine in a shared, thoughtfully designed space (comfortable seating or reclining options, gentle lighting, temperature control, privacy screens when needed, accessible restrooms). The KAIR article says routes include intramuscular injection, sublingual lozenges or troches, and, less commonly in group settings, intranasal application. The KAIR article says that after administration each participant wears an eye mask and headphones playing carefully curated music, and that facilitators remain present throughout, monitoring vital signs and maintaining the safety of the space. The KAIR article says the active phase typically lasts 45-90 minutes, followed by a gentle rest period. The Canadian article says that in the Roots to Thrive model participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work.',
    // The article gives the typical length of the active phase only, followed by a rest period (the rule below, with
    // its scope and hedge), not the whole phase's (audit 18 A18-2).
    duration_min_minutes: null,
    duration_max_minutes: null,
    practical_rules: [
      {
        rule: 'KAIR article: The space offers comfortable seating or reclining options, gentle lighting, temperature control, privacy screens when needed, and accessible restrooms.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, MOST_FOLLOW),
      },
      {
        rule: 'KAIR article: Once the medicine is administered, participants wear an eye mask to facilitate internal focus and headphones delivering carefully curated music.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, MOST_FOLLOW),
      },
      {
        rule: 'KAIR article: Facilitators remain present throughout, monitoring vital signs and maintaining the safety of the space.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, MOST_FOLLOW),
      },
      {
        rule: 'KAIR article: The active phase typically lasts 45-90 minutes, followed by a gentle rest period as participants gradually return to ordinary awareness.',
        value_min: 45,
        value_max: 90,
        unit: 'minutes',
        scope: ofFormat('group', KAIR, `${MOST_FOLLOW}; typically`),
      },
      {
        rule: 'KAIR article: Small groups of 4-8 participants receive ketamine together.',
        value_min: 4,
        value_max: 8,
        unit: 'participants',
        scope: ofFormat('group', KAIR),
      },
      {
        // Not its cohort size beside KAIR's dosing group: the article gives 20–40 participants per cohort and says
        // they are dosed in a shared room, not how many are dosed together (programs: group_size_basis "cohort").
        rule: 'Roots to Thrive (Canadian article): participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work and community sessions across the cohort. The article does not say how many are dosed together; its 20–40 is participants per cohort.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofPrograms([RTT_GROUP], GKT),
      },
      {
        rule: 'Roots to Thrive (Canadian article), in its table row on the program\'s group structure, not a figure it gives for dosing: each cohort is broken into 6–9-person process groups.',
        value_min: 6,
        value_max: 9,
        unit: 'participants',
        scope: ofPrograms([RTT_GROUP], GKT),
      },
      {
        rule: 'Roots to Thrive (Canadian article), in its table row on the program\'s group structure, not a figure it gives for dosing: ~1:3 to 1:4 facilitator-to-participant ratio, i.e. approximately one facilitator per 3 to 4 participants.',
        value_min: 3,
        value_max: 4,
        unit: 'participants_per_facilitator',
        scope: ofPrograms([RTT_GROUP], GKT, '~'),
      },
    ],
    citations: [
      STRUCTURE,
      { source_id: KAIR, excerpt: 'The physical space is thoughtfully designed with comfortable seating or reclining options, gentle lighting, temperature control, privacy screens when needed, and accessible restrooms.', section: DOSING },
      { source_id: KAIR, excerpt: 'Intramuscular injection (IM) for precise dosing and reliable absorption', section: DOSING },
      { source_id: KAIR, excerpt: 'Sublingual lozenges or troches for a slower onset and gentler experience', section: DOSING },
      { source_id: KAIR, excerpt: 'Intranasal application (less common in group settings)', section: DOSING },
      { source_id: KAIR, excerpt: "Once the medicine is administered, you'll wear an eye mask to facilitate internal focus and headphones delivering carefully curated music.", section: DOSING },
      { source_id: KAIR, excerpt: 'Facilitators remain present throughout, monitoring vital signs and maintaining the safety of the space.', section: DOSING },
      { source_id: KAIR, excerpt: 'The active phase typically lasts 45-90 minutes, followed by a gentle rest period as you gradually return to ordinary awareness.', section: DOSING },
      { source_id: KAIR, excerpt: 'small groups of 4-8 participants receive ketamine under professional guidance', section: 'The Healing Power of Shared Psychedelic Journeys' },
      { source_id: GKT, excerpt: 'Participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work and community sessions across the cohort.', section: 'What is group ketamine-assisted therapy?' },
      { source_id: GKT, excerpt: 'Group structure20–40 participants per cohort, broken into 6–9-person process groups; ~1:3 to 1:4 facilitator-to-participant ratio', section: RTT },
    ],
  },
  {
    id: 'post-session-integration',
    name: 'Post-session integration',
    position: 3,
    description:
      STRUCTURE_SENTENCE +
      'The KAIR article says that as participants return to ordinary consciousness they have space to journal initial impressions, perhaps create simple artwork, rest and hydrate, and share briefly if they feel moved to, with no pressure to make sense of everything at once. The KAIR article says that later, in the same session or at a follow-up meeting, the group gathers for a sharing circle to share insights, listen to others, connect common themes and receive guidance from facilitators. The KAIR article describes one innovative approach that uses art (drawing) to access nonverbal aspects of the experience. The Canadian article answers "No" to driving home after a group session: it says the 24-hour no-driving rule applies regardless of group or individual format.',
    duration_min_minutes: null,
    duration_max_minutes: null,
    practical_rules: [
      {
        rule: 'The KAIR article says that on returning to ordinary consciousness participants have space to journal initial impressions, perhaps create simple artwork, rest and hydrate, and share briefly if they feel moved to do so.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, `${MOST_FOLLOW}; perhaps`),
      },
      {
        rule: 'KAIR article: a sharing circle follows, either in the same session or at a follow-up meeting: share insights, listen to others\' journeys, connect common themes, and receive guidance from facilitators.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, MOST_FOLLOW),
      },
      {
        rule: 'The KAIR article describes one innovative approach, "using art (drawing) to access nonverbal aspects of the ketamine experience"; it does not say who uses it.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, `${MOST_FOLLOW}; One innovative approach`),
      },
      {
        rule: 'The Canadian article says "The 24-hour no-driving rule applies regardless of group or individual format" and answers: "Arrange a designated driver, rideshare, or transit."',
        value_min: 24,
        value_max: 24,
        unit: 'hours',
        scope: general(GKT),
      },
    ],
    citations: [
      STRUCTURE,
      { source_id: KAIR, excerpt: "you'll have space to journal initial impressions, perhaps create simple artwork, rest and hydrate, and share briefly if you feel moved to do so.", section: POST },
      { source_id: KAIR, excerpt: "There's no pressure to immediately make sense of everything you experienced.", section: POST },
      { source_id: KAIR, excerpt: 'Later, either in the same session or at a follow-up meeting, the group gathers for a sharing circle.', section: POST },
      { source_id: KAIR, excerpt: "This is a powerful opportunity to share your insights, listen to others' journeys, connect common themes, and receive guidance from facilitators.", section: POST },
      { source_id: KAIR, excerpt: 'One innovative approach involves "using art (drawing) to access nonverbal aspects of the ketamine experience,"', section: POST },
      { source_id: GKT, excerpt: 'Can I drive home after a group session? No. The 24-hour no-driving rule applies regardless of group or individual format. Arrange a designated driver, rideshare, or transit.', section: 'Frequently asked questions' },
    ],
  },
  {
    id: 'ongoing-integration-support',
    name: 'Ongoing integration support between sessions',
    position: 4,
    description:
      STRUCTURE_SENTENCE +
      'The KAIR article says that, to sustain their insights, participants are encouraged to adopt integration practices (daily journaling, mindfulness, body awareness exercises, behavioral changes aligned with their insights), and that many also continue individual therapy. The KAIR article says most programs include ongoing support: check-in calls between sessions, integration group meetings, resources for continued practice and community connection opportunities. Separately, the Canadian article describes Roots to Thrive\'s weekly community-of-practice large-group plus small-group sessions across its 12-week curriculum.',
    duration_min_minutes: null,
    duration_max_minutes: null,
    practical_rules: [
      {
        rule: 'The KAIR article says participants are encouraged to adopt integration practices: daily journaling, mindfulness, body awareness exercises, and behavioral changes aligned with their insights.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, MOST_FOLLOW),
      },
      {
        rule: 'KAIR article: many participants also continue with individual therapy to deepen their work.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, `${MOST_FOLLOW}; Many`),
      },
      {
        rule: 'KAIR article: most programs include check-in calls between sessions, integration group meetings, resources for continued practice, and community connection opportunities.',
        value_min: null,
        value_max: null,
        unit: null,
        scope: ofFormat('group', KAIR, `${MOST_FOLLOW}; Most`),
      },
      {
        rule: 'Roots to Thrive (Canadian article): weekly community-of-practice large-group plus small-group sessions across a 12-week trauma-informed, somatic, relational curriculum.',
        value_min: 12,
        value_max: 12,
        unit: 'weeks',
        scope: ofPrograms([RTT_GROUP], GKT),
      },
    ],
    citations: [
      STRUCTURE,
      { source_id: KAIR, excerpt: "To sustain your insights, you'll be encouraged to adopt integration practices like daily journaling, mindfulness, body awareness exercises", section: POST },
      { source_id: KAIR, excerpt: 'and making behavioral changes aligned with your insights. Many participants also continue with individual therapy to deepen their work.', section: POST },
      { source_id: KAIR, excerpt: 'Most programs include ongoing support through check-in calls between sessions, integration group meetings, resources for continued practice, and community connection opportunities.', section: POST },
      { source_id: GKT, excerpt: 'Curriculum12-week trauma-informed, somatic, relational arc; weekly community-of-practice large-group plus small-group sessions', section: RTT },
    ],
  },
];
