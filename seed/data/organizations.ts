import type { OrganizationSeed } from '../../src/resources/organizations/organizations.schema.js';

const KAIR = 'kair-group-therapy-unpacked';
const GKT = 'group-ketamine-therapy-canada';
const GKT_INTRO = 'Ketamine and esketamine access';
const GKT_RTT = "Roots to Thrive — Canada's leading published group KAT model";
const GKT_ATMA = 'Where ATMA CENA fits';
const GKT_FAQ = 'Frequently asked questions';
const GKT_SOURCES = 'Sources';

export const organizations: OrganizationSeed[] = [
  // Roots to Thrive and its partners (Canadian article).
  {
    id: 'roots-to-thrive',
    name: 'Roots to Thrive',
    kind: 'non_profit',
    description:
      "Non-profit in Nanaimo, BC, that runs what the Canadian article calls Canada's most established group KAT (ketamine-assisted therapy) model, in partnership with Vancouver Island University and the Snuneymuxw Community Wellness Centre, with a Snuneymuxw First Nation partnership (Elders and knowledge keepers integrated). It offers a 12-week group cohort and a 6-week individual track. The Indigenous Reconciliation Fund supports First Nations cohort participants. Its clinical protocol was published by Dames et al. (Frontiers in Psychiatry, 2025) and safety/tolerability data by Tsang et al. (European Psychiatry, 2023). The Canadian article places Nanaimo ~115 km from Victoria via BC-1, ferry-accessible from Vancouver. It says Roots to Thrive's intake assesses readiness for group format, and the Canadian article routes patients interested in the Roots to Thrive model through the ATMA CENA intake call (ATMA CENA is the article's inferred publisher).",
    parent_organization_id: null,
    partner_organization_ids: [
      'vancouver-island-university',
      'snuneymuxw-community-wellness-centre',
      'snuneymuxw-first-nation',
    ],
    city: 'Nanaimo',
    region: 'BC',
    country: 'CA',
    inferred_place_parts: [],
    website: 'https://rootstothrive.com/',
    website_organization_id: null,
    access_steps: [
      {
        kind: 'intake_assessment',
        text: "The Canadian article says Roots to Thrive's intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit.",
        organization_id: 'roots-to-thrive',
        source_id: GKT,
        hedge: null,
        inferred: false,
      },
      {
        kind: 'intake_call',
        text: "For patients interested in the Roots to Thrive group model, the Canadian article gives a practical pathway that starts with the ATMA CENA intake call, which it says discusses whether group or individual format fits the patient's indication and screening profile.",
        organization_id: 'atma-cena',
        source_id: GKT,
        hedge: null,
        inferred: false,
      },
    ],
    named_in_source: true,
    citations: [
      {
        source_id: GKT,
        excerpt:
          "The published exception — and Canada's most established group KAT model — is Roots to Thrive in Nanaimo, BC",
        section: GKT_INTRO,
      },
      {
        source_id: GKT,
        excerpt:
          'OperatorRoots to Thrive (non-profit) in partnership with Vancouver Island University and the Snuneymuxw Community Wellness Centre',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt: 'Program duration12 weeks (group cohort); 6 weeks (individual track)',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt:
          'Indigenous wellness integrationSnuneymuxw First Nation partnership; Elders and knowledge keepers integrated; Indigenous Reconciliation Fund support for First Nations cohort participants',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt:
          'The model has now been published in peer-reviewed clinical-protocol form (Dames et al., Frontiers in Psychiatry, 2025)',
        section: GKT_INTRO,
      },
      {
        source_id: GKT,
        excerpt: '(Tsang et al., European Psychiatry, 2023)',
        section: 'Key takeaways',
      },
      {
        source_id: GKT,
        excerpt: 'Roots to Thrive: https://rootstothrive.com/',
        section: GKT_SOURCES,
      },
      {
        source_id: GKT,
        excerpt: 'LocationNanaimo, BC (~115 km from Victoria via BC-1; ferry-accessible from Vancouver)',
        section: GKT_RTT,
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
          'For patients specifically interested in the Roots to Thrive group model, the practical pathway is:',
        section: GKT_ATMA,
      },
      {
        source_id: GKT,
        excerpt:
          'The ATMA CENA intake call discusses whether group or individual format fits your indication and screening profile.',
        section: GKT_ATMA,
      },
    ],
  },
  {
    id: 'vancouver-island-university',
    name: 'Vancouver Island University',
    kind: 'university',
    description:
      'University partner of Roots to Thrive, the group KAT program in Nanaimo, BC. The Canadian article\'s source list gives a page under the label "Vancouver Island University — Roots to Thrive partnership" (https://giving.viu.ca/roots-thrive): by its label a page about the partnership, on what Katalog reads from the address as the university\'s own site (giving.viu.ca), not its homepage nor a page about the university\'s own services (as the Sage and ATMA CENA addresses are, by their labels); the article gives no other address for the university. The article does not state where the university itself is located.',
    parent_organization_id: null,
    partner_organization_ids: ['roots-to-thrive'],
    city: null,
    region: null,
    country: null,
    inferred_place_parts: [],
    website: null,
    website_organization_id: null,
    access_steps: [],
    named_in_source: true,
    citations: [
      {
        source_id: GKT,
        excerpt:
          'OperatorRoots to Thrive (non-profit) in partnership with Vancouver Island University and the Snuneymuxw Community Wellness Centre',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt: 'Vancouver Island University — Roots to Thrive partnership: https://giving.viu.ca/roots-thrive',
        section: GKT_SOURCES,
      },
    ],
  },
  {
    id: 'snuneymuxw-community-wellness-centre',
    name: 'Snuneymuxw Community Wellness Centre',
    kind: 'community_organization',
    description:
      'Partner of Roots to Thrive through which Indigenous wellness is integrated into the group KAT program. The Canadian article says the partnership, with Elder involvement, serves all cohort participants, not only Indigenous participants.',
    parent_organization_id: null,
    partner_organization_ids: ['roots-to-thrive'],
    city: null,
    region: null,
    country: null,
    inferred_place_parts: [],
    website: null,
    website_organization_id: null,
    access_steps: [],
    named_in_source: true,
    citations: [
      {
        source_id: GKT,
        excerpt: 'Indigenous wellness integration through the Snuneymuxw Community Wellness Centre partnership',
        section: 'Key takeaways',
      },
      {
        source_id: GKT,
        excerpt:
          'The Snuneymuxw Community Wellness Centre partnership and Elder involvement at Roots to Thrive serves all cohort participants.',
        section: GKT_FAQ,
      },
    ],
  },
  {
    id: 'snuneymuxw-first-nation',
    name: 'Snuneymuxw First Nation',
    kind: 'first_nation',
    description:
      "First Nation in partnership with Roots to Thrive. The Canadian article's program table gives, under Indigenous wellness integration: \"Snuneymuxw First Nation partnership; Elders and knowledge keepers integrated\" (it does not say whose Elders and knowledge keepers they are). The article's source list labels an Indigenous Reconciliation Fund page \"Snuneymuxw / Roots to Thrive\"; it says nothing more of that page.",
    parent_organization_id: null,
    partner_organization_ids: ['roots-to-thrive'],
    city: null,
    region: null,
    country: null,
    inferred_place_parts: [],
    website: null,
    website_organization_id: null,
    access_steps: [],
    named_in_source: true,
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Indigenous wellness integrationSnuneymuxw First Nation partnership; Elders and knowledge keepers integrated',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt: 'Indigenous Reconciliation Fund — Snuneymuxw / Roots to Thrive',
        section: GKT_SOURCES,
      },
    ],
  },
  {
    id: 'indigenous-reconciliation-fund',
    name: 'Indigenous Reconciliation Fund',
    kind: 'fund',
    description:
      'Fund that supports First Nations cohort participants at Roots to Thrive (the Canadian article says it specifically supports First Nations cohort participation). The Canadian article describes it as providing support, not as a program partner. Its source list gives a page under the label "Indigenous Reconciliation Fund — Snuneymuxw / Roots to Thrive" (https://irfund.ca/en/snuneymuxw-first-nation-collaboration-and-reconciliation-with-roots-to-thrive-program/): by its label a page about Snuneymuxw and Roots to Thrive, on what Katalog reads from the address as the fund\'s own site (irfund.ca), not its homepage nor a page about the fund\'s own work in general; the article gives no other address for the fund. The article says nothing else of that page.',
    parent_organization_id: null,
    partner_organization_ids: [],
    city: null,
    region: null,
    country: null,
    inferred_place_parts: [],
    website: null,
    website_organization_id: null,
    access_steps: [],
    named_in_source: true,
    citations: [
      {
        source_id: GKT,
        excerpt: 'Indigenous Reconciliation Fund support for First Nations cohort participants',
        section: GKT_RTT,
      },
      {
        source_id: GKT,
        excerpt: 'The Indigenous Reconciliation Fund specifically supports First Nations cohort participation.',
        section: GKT_FAQ,
      },
      {
        source_id: GKT,
        excerpt:
          'Indigenous Reconciliation Fund — Snuneymuxw / Roots to Thrive: https://irfund.ca/en/snuneymuxw-first-nation-collaboration-and-reconciliation-with-roots-to-thrive-program/',
        section: GKT_SOURCES,
      },
    ],
  },
  // ATMA CENA network (Canadian article).
  {
    id: 'atma-cena',
    name: 'ATMA CENA',
    kind: 'clinic_network',
    description:
      "Ketamine-assisted therapy network (psychedelic.healthcare) whose corporate clinics the Canadian article places in Edmonton and Calgary (that it is a Canadian network is Katalog's reading), and the inferred publisher of the Canadian article \"Group Ketamine Therapy\": the article does not name its publisher, but it links to ATMA CENA's pages, says it explains \"where ATMA CENA sits in the landscape\", and sends readers to ATMA CENA's own intake call. Its corporate clinics in Edmonton and Calgary deliver KAT in an individual format (preparation, dosing and integration 1:1: patient + therapist + medical clinician); the Canadian article says this clinical model emphasizes individualized pacing, dose titration, and trauma-sensitive privacy. Group integration sessions are offered at some member clinics, e.g. Port Credit Therapy Centre in Mississauga. Its coordinated care model can support patients who dose through the network and integrate through a community group elsewhere, and can support coordination with Roots to Thrive for BC-located patients where appropriate. Offers the KAT Psycholytic Pathway, KAT Psychedelic Pathway and Customized KAT.",
    parent_organization_id: null,
    partner_organization_ids: [],
    city: null,
    region: null,
    country: 'CA',
    inferred_place_parts: ['country'],
    website: 'https://psychedelic.healthcare/find-care',
    website_organization_id: null,
    access_steps: [
      {
        kind: 'intake_call',
        text: "The Canadian article says the ATMA CENA intake call discusses whether group or individual format fits the patient's indication and screening profile, and can help orient a patient in BC interested in group KAT to the screening, registration, and (where appropriate) coordinated care coordination.",
        organization_id: 'atma-cena',
        source_id: GKT,
        hedge: 'can help',
        inferred: false,
      },
      {
        kind: 'coordinated_care',
        text: "The Canadian article says ATMA CENA's coordinated care model can also support patients who do their dosing through the network and their integration through a community group elsewhere.",
        organization_id: 'atma-cena',
        source_id: GKT,
        hedge: 'can',
        inferred: false,
      },
    ],
    named_in_source: true,
    citations: [
      {
        source_id: GKT,
        excerpt:
          "ATMA CENA's corporate clinics in Edmonton and Calgary deliver KAT in an individual format — preparation, dosing, and integration in a 1:1 (patient + therapist + medical clinician) structure.",
        section: GKT_ATMA,
      },
      {
        source_id: GKT,
        excerpt: 'That said, group integration sessions are offered at some ATMA CENA member clinics.',
        section: GKT_ATMA,
      },
      {
        source_id: GKT,
        excerpt:
          "ATMA CENA's coordinated care model can also support patients who do their dosing through the network and their integration through a community group elsewhere.",
        section: GKT_ATMA,
      },
      {
        source_id: GKT,
        excerpt: 'Some ATMA CENA member clinics offer group integration sessions alongside individual dosing.',
        section: GKT_FAQ,
      },
      {
        source_id: GKT,
        excerpt: 'ATMA CENA — coordinated care: https://psychedelic.healthcare/find-care',
        section: GKT_SOURCES,
      },
      {
        source_id: GKT,
        excerpt: 'ATMA CENA KAT Psycholytic Pathway (1 session bundled with prep + integration)',
        section: 'Cost comparison',
      },
      {
        source_id: GKT,
        excerpt: 'ATMA CENA KAT Psychedelic Pathway (1 session bundled with prep + integration)',
        section: 'Cost comparison',
      },
      {
        source_id: GKT,
        excerpt: 'ATMA CENA Customized KAT (2–8 sessions)',
        section: 'Cost comparison',
      },
      {
        source_id: GKT,
        excerpt: 'The clinical model emphasizes individualized pacing, dose titration, and trauma-sensitive privacy.',
        section: GKT_ATMA,
      },
      {
        source_id: GKT,
        excerpt:
          'This article explains how group KAT works, when it fits a patient versus individual format, and where ATMA CENA sits in the landscape.',
        section: GKT_INTRO,
      },
      {
        source_id: GKT,
        excerpt:
          'The ATMA CENA intake call discusses whether group or individual format fits your indication and screening profile.',
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
    id: 'atma-cena-edmonton',
    name: 'ATMA CENA (Edmonton corporate clinic)',
    kind: 'clinic',
    description:
      'One of ATMA CENA\'s corporate clinics; delivers KAT in an individual format (preparation, dosing and integration 1:1). The Canadian article says the corporate clinics\' clinical model emphasizes individualized pacing, dose titration, and trauma-sensitive privacy.',
    parent_organization_id: 'atma-cena',
    partner_organization_ids: [],
    city: 'Edmonton',
    region: 'AB',
    country: 'CA',
    inferred_place_parts: ['region', 'country'],
    website: null,
    website_organization_id: null,
    access_steps: [],
    named_in_source: true,
    citations: [
      {
        source_id: GKT,
        excerpt:
          "ATMA CENA's corporate clinics in Edmonton and Calgary deliver KAT in an individual format — preparation, dosing, and integration in a 1:1 (patient + therapist + medical clinician) structure.",
        section: GKT_ATMA,
      },
      {
        source_id: GKT,
        excerpt: 'The clinical model emphasizes individualized pacing, dose titration, and trauma-sensitive privacy.',
        section: GKT_ATMA,
      },
    ],
  },
  {
    id: 'atma-cena-calgary',
    name: 'ATMA CENA (Calgary corporate clinic)',
    kind: 'clinic',
    description:
      'One of ATMA CENA\'s corporate clinics; delivers KAT in an individual format (preparation, dosing and integration 1:1). The Canadian article says the corporate clinics\' clinical model emphasizes individualized pacing, dose titration, and trauma-sensitive privacy.',
    parent_organization_id: 'atma-cena',
    partner_organization_ids: [],
    city: 'Calgary',
    region: 'AB',
    country: 'CA',
    inferred_place_parts: ['region', 'country'],
    website: null,
    website_organization_id: null,
    access_steps: [],
    named_in_source: true,
    citations: [
      {
        source_id: GKT,
        excerpt:
          "ATMA CENA's corporate clinics in Edmonton and Calgary deliver KAT in an individual format — preparation, dosing, and integration in a 1:1 (patient + therapist + medical clinician) structure.",
        section: GKT_ATMA,
      },
      {
        source_id: GKT,
        excerpt: 'The clinical model emphasizes individualized pacing, dose titration, and trauma-sensitive privacy.',
        section: GKT_ATMA,
      },
    ],
  },
  {
    id: 'port-credit-therapy-centre',
    name: 'Port Credit Therapy Centre',
    kind: 'clinic',
    description:
      'ATMA CENA member clinic in Mississauga that lists "Group Integration Sessions" alongside individual KAT in its published services.',
    parent_organization_id: 'atma-cena',
    partner_organization_ids: [],
    city: 'Mississauga',
    region: 'ON',
    country: 'CA',
    inferred_place_parts: ['region', 'country'],
    website: 'https://psychedelic.healthcare/',
    // The article lists this address for the clinic, but it is the root of ATMA CENA's domain (its coordinated-care
    // page is https://psychedelic.healthcare/find-care): Katalog's reading is that it is the network's site.
    website_organization_id: 'atma-cena',
    access_steps: [],
    named_in_source: true,
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Port Credit Therapy Centre in Mississauga lists "Group Integration Sessions" alongside individual KAT in its published services.',
        section: GKT_ATMA,
      },
      {
        source_id: GKT,
        excerpt: 'Port Credit Therapy Centre (ATMA CENA member clinic): https://psychedelic.healthcare/',
        section: GKT_SOURCES,
      },
    ],
  },
  // Other named providers.
  {
    id: 'sage-integrative-health',
    name: 'Sage Integrative Health',
    kind: 'program_provider',
    description:
      'Provider in California (the Canadian article does not say what kind of organization it is) offering ketamine-assisted therapy integration circles: patients receive ketamine in private dosing sessions and join group integration circles for post-medicine processing.',
    parent_organization_id: null,
    partner_organization_ids: [],
    city: null,
    region: 'CA',
    country: 'US',
    inferred_place_parts: ['country'],
    website: 'https://sageintegrativeherapy.org/ketamine-assisted-therapy',
    website_organization_id: null,
    access_steps: [],
    named_in_source: true,
    citations: [
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
          'Sage Integrative Health — Ketamine-Assisted Therapy Integration Circles: https://sageintegrativeherapy.org/ketamine-assisted-therapy',
        section: GKT_SOURCES,
      },
    ],
  },
  {
    id: 'kair-program',
    name: 'KAIR Program',
    kind: 'program_provider',
    description:
      'Publisher of the KAIR article "Ketamine Group Therapy Unpacked" (Katalog\'s reading: a provider\'s own blog post). In that article KAIR Program says its intensive retreats combine ketamine with trauma-focused therapy led by experienced clinicians who specialize in treatment-resistant conditions; its conclusion says it has seen lives transform when ketamine is combined with intensive, trauma-focused therapy in a supportive group setting, without naming the retreats (that the intensive retreats are in a group setting is Katalog\'s reading). It refers to its PTSD treatment approach. The article gives no location or URL for it (amounts written in "$" are not a stated location).',
    parent_organization_id: null,
    partner_organization_ids: [],
    city: null,
    region: null,
    country: null,
    inferred_place_parts: [],
    website: null,
    website_organization_id: null,
    access_steps: [],
    named_in_source: true,
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'At KAIR Program, we emphasize finding providers who understand both the pharmacological aspects of ketamine and the psychological dimensions of group therapy.',
        section: 'Finding your team',
      },
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
      {
        source_id: KAIR,
        excerpt: 'we invite you to learn more about our PTSD treatment approach.',
        section: 'Conclusion',
      },
    ],
  },
  {
    id: 'colorado-group-clinic',
    name: 'Unnamed Colorado clinic',
    kind: 'clinic',
    description:
      'A Colorado clinic the KAIR article mentions without naming it ("A Colorado clinic mentioned in our research"), offering a five-week group curriculum for depression, addiction, and PTSD at roughly half the cost of individual ketamine-assisted psychotherapy (KAP). The article mentions "one Colorado clinic" offering group sessions at roughly half the price of individual ones in another section; it does not say whether the two are the same clinic.',
    parent_organization_id: null,
    partner_organization_ids: [],
    city: null,
    region: 'CO',
    country: 'US',
    inferred_place_parts: ['country'],
    website: null,
    website_organization_id: null,
    access_steps: [],
    named_in_source: false,
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
  {
    id: 'colorado-group-sessions-clinic',
    name: 'Unnamed Colorado clinic (group sessions at roughly half price)',
    kind: 'clinic',
    description:
      'A Colorado clinic the KAIR article mentions without naming it: its research found one Colorado clinic offering group sessions at roughly half the price of individual ones (no amounts given). The article mentions a Colorado clinic with a five-week group curriculum in another section; it does not say whether the two are the same clinic.',
    parent_organization_id: null,
    partner_organization_ids: [],
    city: null,
    region: 'CO',
    country: 'US',
    inferred_place_parts: ['country'],
    website: null,
    website_organization_id: null,
    access_steps: [],
    named_in_source: false,
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'Our research found one Colorado clinic offering group sessions at roughly half the price of individual ones.',
        section: 'Individual vs group ketamine therapy',
      },
    ],
  },
];
