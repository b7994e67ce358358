import type { ProgramSeed } from '../../src/resources/programs/programs.schema.js';

const KAIR = 'kair-group-therapy-unpacked';
const GKT = 'group-ketamine-therapy-canada';
const GKT_INTRO = 'Ketamine and esketamine access';
const GKT_WHAT = 'What is group ketamine-assisted therapy?';
const GKT_RTT = "Roots to Thrive — Canada's leading published group KAT model";
const GKT_ATMA = 'Where ATMA CENA fits';
const GKT_COST = 'Cost comparison';
const GKT_FAQ = 'Frequently asked questions';

export const programs: ProgramSeed[] = [
  // Roots to Thrive (Canadian article).
  {
    id: 'roots-to-thrive-group',
    name: 'Roots to Thrive Group (12-week cohort)',
    organization_id: 'roots-to-thrive',
    format: 'group',
    dosing_setting: 'group',
    dosing_setting_inferred: false,
    integration_setting: 'group',
    generic: false,
    duration_weeks: 12,
    medicine_sessions: 3,
    medicine_sessions_max: null,
    group_size_min: 20,
    group_size_max: 40,
    // "20–40 participants per cohort": a cohort, not the number dosed together (the article does not give that).
    group_size_basis: 'cohort',
    structure:
      '20–40 participants per cohort, broken into 6–9-person process groups; ~1:3 to 1:4 facilitator-to-participant ratio. Participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work and community sessions across the cohort. Weekly community-of-practice large-group plus small-group sessions.',
    city: 'Nanaimo',
    region: 'BC',
    country: 'CA',
    inferred_place_parts: [],
    place_inferred: false,
    access: {
      website: 'https://rootstothrive.com/', website_organization_id: 'roots-to-thrive', website_inferred: false,
      steps: [
        {
          kind: 'intake_call',
          text: "The Canadian article's practical pathway for patients interested in the Roots to Thrive group model starts with the ATMA CENA intake call, which it says discusses whether group or individual format fits the patient's indication and screening profile.",
          organization_id: 'atma-cena',
          source_id: GKT,
          hedge: null,
          inferred: false,
        },
        {
          kind: 'coordinated_care',
          text: 'For BC-located patients, the Canadian article says ATMA CENA can support coordination via coordinated care where appropriate, and that the ATMA CENA intake call can help orient them to the screening, registration, and (where appropriate) coordinated care coordination.',
          organization_id: 'atma-cena',
          source_id: GKT,
          hedge: 'where appropriate',
          inferred: false,
        },
        {
          kind: 'intake_assessment',
          text: "The Canadian article says Roots to Thrive's intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit.",
          organization_id: 'roots-to-thrive',
          source_id: GKT,
          hedge: null,
          inferred: false,
        },
      ],
    },
    routes: ['intramuscular', 'sublingual'],
    conditions: [],
    description:
      "What the Canadian article calls Canada's leading published group KAT model (group dosing + group integration), in Nanaimo, BC (~115 km from Victoria via BC-1; ferry-accessible from Vancouver). A 12-week cohort integrating 3 IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration, and Indigenous wellness contributions: in the article's words, \"Snuneymuxw First Nation partnership; Elders and knowledge keepers integrated\", and \"Indigenous wellness integration through the Snuneymuxw Community Wellness Centre partnership\". The curriculum is a 12-week trauma-informed, somatic, relational arc. The clinical protocol is published (Dames et al., Frontiers in Psychiatry, 2025). The article does not name the conditions the program treats.",
    financial_assistance: ['Indigenous Reconciliation Fund support for First Nations cohort participants'],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Roots to Thrive runs 12-week cohorts integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration',
        section: GKT_INTRO,
      },
      {
        source_id: GKT,
        excerpt: 'Program duration12 weeks (group cohort); 6 weeks (individual track)',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt: 'Ketamine sessions3 IM or sublingual sessions across the program',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt:
          'Group structure20–40 participants per cohort, broken into 6–9-person process groups; ~1:3 to 1:4 facilitator-to-participant ratio',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt:
          'Curriculum12-week trauma-informed, somatic, relational arc; weekly community-of-practice large-group plus small-group sessions',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt:
          'Participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work and community sessions across the cohort.',
        section: GKT_WHAT,
      },
      { source_id: GKT, excerpt: 'Group dosing + group integration (Roots to Thrive model).', section: GKT_WHAT },
      {
        source_id: GKT,
        excerpt:
          'Indigenous wellness integrationSnuneymuxw First Nation partnership; Elders and knowledge keepers integrated; Indigenous Reconciliation Fund support for First Nations cohort participants',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt: 'Indigenous wellness integration through the Snuneymuxw Community Wellness Centre partnership',
        section: 'Key takeaways',
      },
      {
        source_id: GKT,
        excerpt:
          "Roots to Thrive's intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit.",
        section: 'What is harder in group format',
      },
      {
        source_id: GKT,
        excerpt: 'LocationNanaimo, BC (~115 km from Victoria via BC-1; ferry-accessible from Vancouver)',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt: "The published exception — and Canada's most established group KAT model — is Roots to Thrive in Nanaimo, BC",
        section: GKT_INTRO,
      },
      {
        source_id: GKT,
        excerpt: "Roots to Thrive in Nanaimo BC is Canada's leading published group KAT model",
        section: 'Key takeaways',
      },
      {
        source_id: GKT,
        excerpt: 'For patients specifically interested in the Roots to Thrive group model, the practical pathway is:',
        section: GKT_ATMA,
      },
      {
        source_id: GKT,
        excerpt:
          'The ATMA CENA intake call discusses whether group or individual format fits your indication and screening profile.',
        section: GKT_ATMA,
      },
      { source_id: GKT, excerpt: 'Roots to Thrive: https://rootstothrive.com/', section: 'Sources' },
      {
        source_id: GKT,
        excerpt:
          'For BC-located patients, Roots to Thrive in Nanaimo is the most published option. ATMA CENA can support coordination via coordinated care where appropriate.',
        section: GKT_ATMA,
      },
      {
        source_id: GKT,
        excerpt:
          'The ATMA CENA intake call can help orient you to the screening, registration, and (where appropriate) coordinated care coordination.',
        section: GKT_FAQ,
      },
    ],
  },
  {
    id: 'roots-to-thrive-individual',
    name: 'Roots to Thrive Individual (6-week track)',
    organization_id: 'roots-to-thrive',
    format: 'individual',
    dosing_setting: 'individual',
    dosing_setting_inferred: false,
    integration_setting: 'not_stated',
    generic: false,
    duration_weeks: 6,
    medicine_sessions: 3,
    medicine_sessions_max: null,
    group_size_min: null,
    group_size_max: null,
    group_size_basis: null,
    structure: null,
    city: 'Nanaimo',
    region: 'BC',
    country: 'CA',
    inferred_place_parts: [],
    place_inferred: false,
    access: { website: 'https://rootstothrive.com/', website_organization_id: 'roots-to-thrive', website_inferred: false, steps: [] },
    routes: [],
    conditions: [],
    description:
      'Roots to Thrive\'s individual track in Nanaimo, BC: a 6-week, 3-session program in individual format, with the same Roots clinical team as the group cohort. That its 3 sessions are medicine (ketamine) sessions, as the group cohort\'s are, is Katalog\'s reading: the article writes only "3-session". The Canadian article\'s "3 IM or sublingual sessions" row does not say whether it applies to this track.',
    financial_assistance: [],
    inferred_fields: ['medicine_sessions'],
    citations: [
      {
        source_id: GKT,
        excerpt: 'Individual track at Roots to Thrive: $7,500 + tax for a 6-week, 3-session program.',
        section: 'Key takeaways',
      },
      {
        source_id: GKT,
        excerpt:
          'Roots to Thrive Individual (6 weeks, 3 sessions)CAD $7,500 + taxIndividual format; same Roots clinical team',
        section: GKT_COST,
      },
      {
        source_id: GKT,
        excerpt: 'LocationNanaimo, BC (~115 km from Victoria via BC-1; ferry-accessible from Vancouver)',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt: 'Roots to Thrive in Nanaimo BC is the most established published Canadian program.',
        section: GKT_FAQ,
      },
      { source_id: GKT, excerpt: 'Roots to Thrive: https://rootstothrive.com/', section: 'Sources' },
    ],
  },
  // ATMA CENA (Canadian article).
  {
    id: 'atma-cena-psycholytic-pathway',
    name: 'ATMA CENA KAT Psycholytic Pathway',
    organization_id: 'atma-cena',
    format: 'individual',
    dosing_setting: 'individual',
    dosing_setting_inferred: false,
    integration_setting: 'individual',
    generic: false,
    duration_weeks: null,
    medicine_sessions: 1,
    medicine_sessions_max: null,
    group_size_min: null,
    group_size_max: null,
    group_size_basis: null,
    structure:
      '1 session bundled with preparation + integration; additional sessions priced per session. Katalog\'s reading, not the Canadian article\'s words for this pathway: preparation, dosing, and integration 1:1 (patient + therapist + medical clinician), the structure the article gives for ATMA CENA\'s corporate clinics, which it does not tie this pathway to.',
    city: null,
    region: 'AB',
    country: 'CA',
    inferred_place_parts: [],
    // Katalog's reading: the article says ATMA CENA's corporate clinics (Edmonton and Calgary, Alberta) deliver
    // its KAT in individual format, but it does not say where this pathway is delivered.
    place_inferred: true,
    access: { website: 'https://psychedelic.healthcare/find-care', website_organization_id: 'atma-cena', website_inferred: false, steps: [] },
    routes: [],
    conditions: [],
    description:
      'Individual-format ATMA CENA pathway: 1 session bundled with preparation and integration (the cost table writes "1 session bundled with prep + integration"; that it is the ketamine session is Katalog\'s reading), with additional sessions available at a per-session price. The Canadian article does not describe what distinguishes the psycholytic pathway clinically. Where it is delivered is Katalog\'s reading: the Canadian article says ATMA CENA\'s corporate clinics in Edmonton and Calgary deliver KAT in an individual format, and its cost table lists this pathway as "Individual format"; it does not tie the pathway to one clinic or city.',
    financial_assistance: [],
    inferred_fields: ['integration_setting', 'structure', 'region', 'country', 'medicine_sessions'],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'ATMA CENA KAT Psycholytic Pathway (1 session bundled with prep + integration)CAD $1,530 + $740/additionalIndividual format',
        section: GKT_COST,
      },
      {
        source_id: GKT,
        excerpt:
          "ATMA CENA's corporate clinics in Edmonton and Calgary deliver KAT in an individual format — preparation, dosing, and integration in a 1:1 (patient + therapist + medical clinician) structure.",
        section: GKT_ATMA,
      },
      { source_id: GKT, excerpt: 'ATMA CENA — coordinated care: https://psychedelic.healthcare/find-care', section: 'Sources' },
    ],
  },
  {
    id: 'atma-cena-psychedelic-pathway',
    name: 'ATMA CENA KAT Psychedelic Pathway',
    organization_id: 'atma-cena',
    format: 'individual',
    dosing_setting: 'individual',
    dosing_setting_inferred: false,
    integration_setting: 'individual',
    generic: false,
    duration_weeks: null,
    medicine_sessions: 1,
    medicine_sessions_max: null,
    group_size_min: null,
    group_size_max: null,
    group_size_basis: null,
    structure:
      '1 session bundled with preparation + integration; additional sessions priced per session. Katalog\'s reading, not the Canadian article\'s words for this pathway: preparation, dosing, and integration 1:1 (patient + therapist + medical clinician), the structure the article gives for ATMA CENA\'s corporate clinics, which it does not tie this pathway to.',
    city: null,
    region: 'AB',
    country: 'CA',
    inferred_place_parts: [],
    // Katalog's reading: the article says ATMA CENA's corporate clinics (Edmonton and Calgary, Alberta) deliver
    // its KAT in individual format, but it does not say where this pathway is delivered.
    place_inferred: true,
    access: { website: 'https://psychedelic.healthcare/find-care', website_organization_id: 'atma-cena', website_inferred: false, steps: [] },
    routes: [],
    conditions: [],
    description:
      'Individual-format ATMA CENA pathway: 1 session bundled with preparation and integration (the cost table writes "1 session bundled with prep + integration"; that it is the ketamine session is Katalog\'s reading), with additional sessions available at a per-session price. The Canadian article does not describe what distinguishes the psychedelic pathway clinically. Where it is delivered is Katalog\'s reading: the Canadian article says ATMA CENA\'s corporate clinics in Edmonton and Calgary deliver KAT in an individual format, and its cost table lists this pathway as "Individual format"; it does not tie the pathway to one clinic or city.',
    financial_assistance: [],
    inferred_fields: ['integration_setting', 'structure', 'region', 'country', 'medicine_sessions'],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'ATMA CENA KAT Psychedelic Pathway (1 session bundled with prep + integration)CAD $1,585 + $795/additionalIndividual format',
        section: GKT_COST,
      },
      {
        source_id: GKT,
        excerpt:
          "ATMA CENA's corporate clinics in Edmonton and Calgary deliver KAT in an individual format — preparation, dosing, and integration in a 1:1 (patient + therapist + medical clinician) structure.",
        section: GKT_ATMA,
      },
      { source_id: GKT, excerpt: 'ATMA CENA — coordinated care: https://psychedelic.healthcare/find-care', section: 'Sources' },
    ],
  },
  {
    id: 'atma-cena-customized-kat',
    name: 'ATMA CENA Customized KAT',
    organization_id: 'atma-cena',
    format: 'individual',
    dosing_setting: 'individual',
    dosing_setting_inferred: false,
    integration_setting: 'individual',
    generic: false,
    duration_weeks: null,
    medicine_sessions: 2,
    medicine_sessions_max: 8,
    group_size_min: null,
    group_size_max: null,
    group_size_basis: null,
    structure:
      'Katalog\'s reading, not the Canadian article\'s words for this pathway: preparation, dosing, and integration 1:1 (patient + therapist + medical clinician), the structure the article gives for ATMA CENA\'s corporate clinics, which it does not tie this pathway to.',
    city: null,
    region: 'AB',
    country: 'CA',
    inferred_place_parts: [],
    // Katalog's reading: the article says ATMA CENA's corporate clinics (Edmonton and Calgary, Alberta) deliver
    // its KAT in individual format, but it does not say where this pathway is delivered.
    place_inferred: true,
    access: { website: 'https://psychedelic.healthcare/find-care', website_organization_id: 'atma-cena', website_inferred: false, steps: [] },
    routes: [],
    conditions: [],
    description:
      'Individual-format ATMA CENA program of 2–8 sessions, as the Canadian article\'s cost table writes it ("ATMA CENA Customized KAT (2–8 sessions)"); that they are ketamine (medicine) sessions is Katalog\'s reading. Where it is delivered is Katalog\'s reading: the Canadian article says ATMA CENA\'s corporate clinics in Edmonton and Calgary deliver KAT in an individual format, and its cost table lists this program as "Individual format"; it does not tie the program to one clinic or city.',
    financial_assistance: [],
    inferred_fields: ['integration_setting', 'structure', 'region', 'country', 'medicine_sessions', 'medicine_sessions_max'],
    citations: [
      {
        source_id: GKT,
        excerpt: 'ATMA CENA Customized KAT (2–8 sessions)CAD $2,325–$6,930Individual format',
        section: GKT_COST,
      },
      {
        source_id: GKT,
        excerpt:
          "ATMA CENA's corporate clinics in Edmonton and Calgary deliver KAT in an individual format — preparation, dosing, and integration in a 1:1 (patient + therapist + medical clinician) structure.",
        section: GKT_ATMA,
      },
      { source_id: GKT, excerpt: 'ATMA CENA — coordinated care: https://psychedelic.healthcare/find-care', section: 'Sources' },
    ],
  },
  // Port Credit Therapy Centre, ATMA CENA member clinic (Canadian article).
  {
    id: 'port-credit-group-integration',
    name: 'Group Integration Sessions',
    organization_id: 'port-credit-therapy-centre',
    format: 'group',
    dosing_setting: 'individual',
    dosing_setting_inferred: true,
    integration_setting: 'group',
    generic: false,
    duration_weeks: null,
    medicine_sessions: null,
    medicine_sessions_max: null,
    group_size_min: null,
    group_size_max: null,
    group_size_basis: null,
    structure:
      "Katalog's reading, not the Canadian article's: individual dosing + group integration (ketamine taken in private dosing sessions, integration in group sessions), the format the article gives for \"some ATMA CENA member clinics\" without naming this clinic there.",
    city: 'Mississauga',
    region: 'ON',
    country: 'CA',
    inferred_place_parts: ['region', 'country'],
    place_inferred: false,
    access: {
      website: 'https://psychedelic.healthcare/', website_organization_id: 'atma-cena', website_inferred: true,
      steps: [
        {
          kind: 'intake_call',
          text: "Katalog's reading, not the Canadian article's: it gives the ATMA CENA intake call (which discusses whether group or individual format fits the patient's indication and screening profile) as the first step of its pathway for patients interested in the Roots to Thrive model, and calls ATMA CENA's individual KAT plus group integration at member clinics the closest analog for non-BC patients; it does not say this clinic's sessions are reached through that call.",
          organization_id: 'atma-cena',
          source_id: GKT,
          hedge: null,
          inferred: true,
        },
      ],
    },
    routes: [],
    conditions: [],
    description:
      'Port Credit Therapy Centre, an ATMA CENA member clinic in Mississauga, lists "Group Integration Sessions" alongside individual KAT in its published services. The Canadian article says that in the group integration models of some ATMA CENA member clinics, dosing is private and only integration is in group format; it does not name this clinic there, so that its sessions follow that model is Katalog\'s reading. For non-BC patients, the Canadian article calls ATMA CENA\'s individual KAT plus group integration at member clinics the closest analog to the Roots to Thrive group model. Price varies by clinic.',
    financial_assistance: [],
    inferred_fields: ['dosing_setting', 'structure', 'region', 'country'],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Port Credit Therapy Centre in Mississauga lists "Group Integration Sessions" alongside individual KAT in its published services.',
        section: GKT_ATMA,
      },
      {
        source_id: GKT,
        excerpt:
          'Individual dosing + group integration (some ATMA CENA member clinics, Sage Integrative Health in California).',
        section: GKT_WHAT,
      },
      {
        source_id: GKT,
        excerpt:
          'In group integration models (some ATMA CENA member clinics, Sage Integrative Health), dosing is private and only integration is in group format.',
        section: GKT_FAQ,
      },
      {
        source_id: GKT,
        excerpt:
          "For non-BC patients, ATMA CENA's individual KAT plus group integration at member clinics is the closest analog.",
        section: GKT_ATMA,
      },
      { source_id: GKT, excerpt: 'Port Credit Therapy Centre (ATMA CENA member clinic): https://psychedelic.healthcare/', section: 'Sources' },
      {
        source_id: GKT,
        excerpt:
          'The ATMA CENA intake call discusses whether group or individual format fits your indication and screening profile.',
        section: GKT_ATMA,
      },
    ],
  },
  {
    id: 'port-credit-individual-kat',
    name: 'Individual KAT (Port Credit Therapy Centre)',
    organization_id: 'port-credit-therapy-centre',
    format: 'individual',
    dosing_setting: 'individual',
    dosing_setting_inferred: false,
    integration_setting: 'not_stated',
    generic: false,
    duration_weeks: null,
    medicine_sessions: null,
    medicine_sessions_max: null,
    group_size_min: null,
    group_size_max: null,
    group_size_basis: null,
    structure: null,
    city: 'Mississauga',
    region: 'ON',
    country: 'CA',
    inferred_place_parts: ['region', 'country'],
    place_inferred: false,
    access: { website: 'https://psychedelic.healthcare/', website_organization_id: 'atma-cena', website_inferred: true, steps: [] },
    routes: [],
    conditions: [],
    description:
      'Individual ketamine-assisted therapy listed by Port Credit Therapy Centre (ATMA CENA member clinic, Mississauga) alongside its "Group Integration Sessions". The Canadian article gives no further detail or price for it.',
    financial_assistance: [],
    inferred_fields: ['region', 'country'],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Port Credit Therapy Centre in Mississauga lists "Group Integration Sessions" alongside individual KAT in its published services.',
        section: GKT_ATMA,
      },
      {
        source_id: GKT,
        excerpt:
          '(Mississauga\'s Port Credit Therapy Centre lists "Group Integration Sessions" alongside individual KAT)',
        section: GKT_INTRO,
      },
      { source_id: GKT, excerpt: 'Port Credit Therapy Centre (ATMA CENA member clinic): https://psychedelic.healthcare/', section: 'Sources' },
    ],
  },
  // Sage Integrative Health (Canadian article).
  {
    id: 'sage-integration-circles',
    name: 'Ketamine-Assisted Therapy Integration Circles',
    organization_id: 'sage-integrative-health',
    format: 'group',
    dosing_setting: 'individual',
    dosing_setting_inferred: false,
    integration_setting: 'group',
    generic: false,
    duration_weeks: null,
    medicine_sessions: null,
    medicine_sessions_max: null,
    group_size_min: null,
    group_size_max: null,
    group_size_basis: null,
    structure:
      'Individual dosing + group integration: patients receive ketamine in private dosing sessions but join group integration circles for post-medicine processing.',
    city: null,
    region: 'CA',
    country: 'US',
    inferred_place_parts: ['country'],
    place_inferred: false,
    access: { website: 'https://sageintegrativeherapy.org/ketamine-assisted-therapy', website_organization_id: 'sage-integrative-health', website_inferred: false, steps: [] },
    routes: [],
    conditions: [],
    description:
      'Sage Integrative Health in California: patients receive ketamine in private dosing sessions and join group integration circles for post-medicine processing; dosing is private and only integration is in group format.',
    financial_assistance: [],
    inferred_fields: ['country'],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Individual dosing + group integration (some ATMA CENA member clinics, Sage Integrative Health in California).',
        section: GKT_WHAT,
      },
      {
        source_id: GKT,
        excerpt:
          'Patients receive ketamine in private dosing sessions but join group integration circles for post-medicine processing.',
        section: GKT_WHAT,
      },
      {
        source_id: GKT,
        excerpt:
          'In group integration models (some ATMA CENA member clinics, Sage Integrative Health), dosing is private and only integration is in group format.',
        section: GKT_FAQ,
      },
      {
        source_id: GKT,
        excerpt:
          'Sage Integrative Health — Ketamine-Assisted Therapy Integration Circles: https://sageintegrativeherapy.org/ketamine-assisted-therapy',
        section: 'Sources',
      },
    ],
  },
  // KAIR Program (KAIR article).
  {
    id: 'kair-intensive-retreat',
    name: 'KAIR Program intensive retreats',
    organization_id: 'kair-program',
    format: 'group',
    dosing_setting: 'not_stated',
    dosing_setting_inferred: false,
    integration_setting: 'not_stated',
    generic: false,
    duration_weeks: null,
    medicine_sessions: null,
    medicine_sessions_max: null,
    group_size_min: null,
    group_size_max: null,
    group_size_basis: null,
    structure: null,
    city: null,
    region: null,
    country: null,
    inferred_place_parts: [],
    place_inferred: false,
    access: { website: null, website_organization_id: null, website_inferred: false, steps: [] },
    routes: [],
    conditions: ['trauma'],
    description:
      'Intensive retreats that the KAIR Program, in its own article, says combine ketamine with trauma-focused therapy led by experienced clinicians who specialize in treatment-resistant conditions. Two things are Katalog\'s reading, not the article\'s words for the retreats: their format, group, is read from its conclusion ("we\'ve seen how lives transform when ketamine is combined with intensive, trauma-focused therapy in a supportive group setting"), which does not name the retreats; the condition, trauma, is read from "trauma-focused therapy", a kind of therapy, not a condition the article says the retreats treat. The KAIR article gives no schedule, size, route or price for these retreats (its "$2,500-$5,000" figure is for group ketamine retreats in general).',
    financial_assistance: [],
    inferred_fields: ['format', 'conditions'],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'Our intensive retreats combine ketamine with trauma-focused therapy led by experienced clinicians who specialize in treatment-resistant conditions.',
        section: 'Finding your team',
      },
      {
        source_id: KAIR,
        excerpt:
          "At KAIR Program, we've seen how lives transform when ketamine is combined with intensive, trauma-focused therapy in a supportive group setting.",
        section: 'Conclusion',
      },
    ],
  },
  // The unnamed Colorado clinic (KAIR article).
  {
    id: 'colorado-five-week-group',
    name: 'Five-week group curriculum (Colorado clinic)',
    organization_id: 'colorado-group-clinic',
    format: 'group',
    dosing_setting: 'not_stated',
    dosing_setting_inferred: false,
    integration_setting: 'not_stated',
    generic: false,
    duration_weeks: 5,
    medicine_sessions: null,
    medicine_sessions_max: null,
    group_size_min: null,
    group_size_max: null,
    group_size_basis: null,
    structure: null,
    city: null,
    region: 'CO',
    country: 'US',
    inferred_place_parts: ['country'],
    place_inferred: false,
    access: { website: null, website_organization_id: null, website_inferred: false, steps: [] },
    routes: [],
    conditions: ['depression', 'addiction', 'ptsd'],
    description:
      'A five-week group curriculum for depression, addiction, and PTSD offered by an unnamed Colorado clinic; the KAIR article says it costs roughly half as much as individual ketamine-assisted psychotherapy (KAP). (The article also mentions "one Colorado clinic" offering group sessions at roughly half the price; it does not say it is the same clinic.)',
    financial_assistance: [],
    inferred_fields: ['country'],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'offering a five-week group curriculum for depression, addiction, and PTSD at roughly half the cost of individual ketamine-assisted psychotherapy (KAP).',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt: 'A Colorado clinic mentioned in our research drives this point home',
        section: 'Cost & accessibility snapshot',
      },
    ],
  },
  // Generic models described by the KAIR article.
  {
    id: 'generic-group-kat',
    name: 'Group ketamine-assisted therapy (G-KAT), as typically described',
    organization_id: null,
    format: 'group',
    dosing_setting: 'group',
    dosing_setting_inferred: false,
    integration_setting: 'group',
    generic: true,
    duration_weeks: null,
    medicine_sessions: null,
    medicine_sessions_max: null,
    group_size_min: 4,
    group_size_max: 8,
    // "small groups of 4-8 participants receive ketamine": dosed together.
    group_size_basis: 'dosing_group',
    structure:
      'The KAIR article describes small groups of 4-8 participants who receive ketamine under professional guidance while sharing preparation and integration experiences together. It says that, while each program has its unique elements, most follow a structure of pre-session preparation, the dosing experience and post-session integration (a sharing circle in the same session or at a follow-up meeting). The KAIR article says most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter (stated for ketamine therapy generally, not only group).',
    city: null,
    region: null,
    country: null,
    inferred_place_parts: [],
    place_inferred: false,
    access: {
      website: null, website_organization_id: null, website_inferred: false,
      steps: [
        {
          kind: 'screening',
          text: 'The KAIR article, describing the session structure it says most programs follow, says every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation.',
          organization_id: null,
          source_id: KAIR,
          hedge: 'most follow',
          inferred: false,
        },
        {
          kind: 'intake_assessment',
          text: 'One clinician quoted by the KAIR article says: "We perform thorough intake to ensure group fit".',
          organization_id: null,
          source_id: KAIR,
          hedge: null,
          inferred: false,
        },
      ],
    },
    routes: ['intramuscular', 'sublingual', 'intranasal'],
    // Only what the KAIR article says of the group format: its longer list ("ketamine shows particular promise for
    // … OCD, substance use disorders, … chronic pain") is said of ketamine in general and stays in the description.
    // Treatment-resistant depression would be Katalog's reading of "depression … and other treatment-resistant
    // conditions", and inferred_fields cannot mark one value: it stays out, and the description says so.
    conditions: ['depression', 'anxiety', 'ptsd', 'trauma', 'eating-disorders'],
    description:
      "Group ketamine-assisted therapy (G-KAT) as the KAIR article describes it in general: a structured approach where small groups of 4-8 participants receive ketamine under professional guidance while sharing preparation and integration. Routes named in the session structure it says most programs follow: intramuscular injection, sublingual lozenges or troches, and intranasal application (less common in group settings). The KAIR article says it shows promising results for depression, anxiety, PTSD and other treatment-resistant conditions; it says group settings can be especially valuable for those struggling with trauma; and its conclusion names depression, PTSD, anxiety and eating disorders where it says ketamine group therapy offers a new path forward. Treatment-resistant depression is not among them: the article says the group format shows promise for \"depression, anxiety, PTSD, and other treatment-resistant conditions\", and its conclusion speaks of \"conditions that haven't responded to traditional treatments\", among them \"depression that won't lift\"; calling that treatment-resistant depression would be Katalog's reading, not the article's words. Of ketamine in general, not of the group format, the KAIR article says it shows particular promise for conditions that haven't responded well to standard treatments. Of ketamine in general, the KAIR article names these conditions: treatment-resistant depression, PTSD, anxiety disorders, OCD, substance use disorders, eating disorders, and chronic pain with psychological components. The KAIR article says some programs use telehealth for preparation and integration components. The KAIR article says most insurance providers don't currently cover ketamine for mental health conditions, with limited exceptions for Spravato® (esketamine) in some treatment-resistant depression cases.",
    // The KAIR article says its financial-assistance sentences of "some programs" and "certain providers", not of this
    // model: they are in guide-insurance-and-financial-assistance with that one scope (audit 7 L22), not listed here.
    financial_assistance: [],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'Ketamine group therapy is a structured therapeutic approach where small groups of 4-8 participants receive ketamine under professional guidance while sharing preparation and integration experiences',
        section: 'The Healing Power of Shared Psychedelic Journeys',
      },
      {
        source_id: KAIR,
        excerpt: 'Shows promising results for depression, anxiety, PTSD, and other treatment-resistant conditions',
        section: 'What is ketamine group therapy?',
      },
      {
        source_id: KAIR,
        excerpt:
          "The research we've explored shows real promise for people struggling with conditions that haven't responded to traditional treatments.",
        section: 'Conclusion',
      },
      {
        source_id: KAIR,
        excerpt:
          "Whether it's depression that won't lift, PTSD that haunts your days, anxiety that won't quiet down, or eating disorders that feel impossible to overcome",
        section: 'Conclusion',
      },
      {
        source_id: KAIR,
        excerpt:
          "Clinically speaking, ketamine shows particular promise for conditions that haven't responded well to standard treatments.",
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
          'This can be especially valuable for those struggling with trauma, where feeling disconnected is part of the suffering.',
        section: 'What is ketamine group therapy?',
      },
      {
        source_id: KAIR,
        excerpt:
          "PTSD that haunts your days, anxiety that won't quiet down, or eating disorders that feel impossible to overcome—ketamine group therapy offers a new path forward.",
        section: 'Conclusion',
      },
      {
        source_id: KAIR,
        excerpt: 'Intramuscular injection (IM) for precise dosing and reliable absorption',
        section: 'The dosing experience',
      },
      {
        source_id: KAIR,
        excerpt: 'Sublingual lozenges or troches for a slower onset and gentler experience',
        section: 'The dosing experience',
      },
      {
        source_id: KAIR,
        excerpt: 'Intranasal application (less common in group settings)',
        section: 'The dosing experience',
      },
      {
        source_id: KAIR,
        excerpt: 'Later, either in the same session or at a follow-up meeting, the group gathers for a sharing circle.',
        section: 'Post-session integration',
      },
      {
        source_id: KAIR,
        excerpt:
          'most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt: 'Some innovative programs are incorporating telehealth for preparation and integration components',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt:
          "Most insurance providers don't currently cover ketamine for mental health conditions, with limited exceptions for Spravato® (esketamine) in some treatment-resistant depression cases.",
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt:
          'Every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation.',
        section: 'Pre-session preparation',
      },
      {
        source_id: KAIR,
        excerpt: '"We perform thorough intake to ensure group fit," emphasized one clinician in our research.',
        section: 'Potential risks & who should avoid',
      },
      // The walk-through's qualifier on the whole session structure, kept on what it says (audit 12 A12-4).
      { source_id: KAIR, excerpt: 'While each program has its unique elements, most follow a thoughtful structure designed to create a safe, supportive, and transformative experience.', section: 'Inside a Ketamine Group Therapy Session' },
    ],
  },
  {
    id: 'generic-individual-kap',
    name: 'Individual ketamine-assisted psychotherapy (KAP), as typically described',
    organization_id: null,
    format: 'individual',
    dosing_setting: 'individual',
    dosing_setting_inferred: false,
    integration_setting: 'not_stated',
    generic: true,
    duration_weeks: null,
    medicine_sessions: null,
    medicine_sessions_max: null,
    group_size_min: null,
    group_size_max: null,
    group_size_basis: null,
    structure: 'One-on-one work with a therapist.',
    city: null,
    region: null,
    country: null,
    inferred_place_parts: [],
    place_inferred: false,
    access: { website: null, website_organization_id: null, website_inferred: false, steps: [] },
    routes: [],
    conditions: [],
    description:
      "Individual ketamine therapy (often called KAP or Ketamine-Assisted Psychotherapy) as the KAIR article describes it: the patient works one-on-one with a therapist, with the therapist's undivided attention and complete privacy; dosing can be precisely customized to the patient's needs, and deeply personal material can be worked through without considering others' comfort levels. The KAIR article says, as one program noted, that \"individuals with severe social anxiety, a history of disruptive behavior in groups, or a strong preference for privacy\" might find individual ketamine therapy more suitable than the group format; only the words in quotation marks are that program's.",
    financial_assistance: [],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'In individual ketamine therapy (often called KAP or Ketamine-Assisted Psychotherapy), you work one-on-one with a therapist.',
        section: 'Individual vs group ketamine therapy',
      },
      {
        source_id: KAIR,
        excerpt:
          "You'll receive their undivided attention and complete privacy during your experience. The dosing can be precisely custom to your needs",
        section: 'Individual vs group ketamine therapy',
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
];
