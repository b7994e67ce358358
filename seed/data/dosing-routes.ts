import type { DosingRouteSeed } from '../../src/resources/dosing-routes/dosing-routes.schema.js';

const KAIR = 'kair-group-therapy-unpacked';
const GKT = 'group-ketamine-therapy-canada';
const KAIR_DOSING = 'The dosing experience';
const KAIR_DOSES =
  'Dosages typically range from 0.5mg/kg to 1.5mg/kg for intramuscular administration, or 100mg to 400mg for sublingual, carefully adjusted for your individual factors and treatment goals.';

export const dosingRoutes: DosingRouteSeed[] = [
  {
    id: 'intramuscular',
    name: 'Intramuscular injection',
    abbreviation: 'IM',
    forms: ['injection'],
    dose_min: 0.5,
    dose_max: 1.5,
    dose_unit: 'mg/kg',
    dose_scope: { level: 'format', format: 'group', program_ids: [], stated_by: [KAIR], hedge: 'most follow; typically … carefully adjusted for your individual factors and treatment goals', inferred: false },
    description:
      "The KAIR article, describing the ketamine group therapy session it says most programs follow, lists intramuscular injection (IM) among the routes ketamine may be administered through, \"for precise dosing and reliable absorption\". It says doses typically range from 0.5mg/kg to 1.5mg/kg for intramuscular administration, carefully adjusted for individual factors and treatment goals. The Canadian article says Roots to Thrive's group cohorts use IM or sublingual ketamine sessions and gives no dose for them.",
    used_in_group_settings: 'yes',
    citations: [
      {
        source_id: KAIR,
        excerpt: 'Intramuscular injection (IM) for precise dosing and reliable absorption',
        section: KAIR_DOSING,
      },
      { source_id: KAIR, excerpt: KAIR_DOSES, section: KAIR_DOSING },
      {
        source_id: GKT,
        excerpt: '12-week cohort with 3 IM or SL ketamine sessions',
        section: 'Key takeaways',
      },
      // The walk-through's qualifier on the whole session structure, kept on what it says (audit 12 A12-4).
      { source_id: KAIR, excerpt: 'While each program has its unique elements, most follow a thoughtful structure designed to create a safe, supportive, and transformative experience.', section: 'Inside a Ketamine Group Therapy Session' },
    ],
  },
  {
    id: 'sublingual',
    name: 'Sublingual',
    abbreviation: 'SL',
    forms: ['lozenges', 'troches'],
    dose_min: 100,
    dose_max: 400,
    dose_unit: 'mg',
    dose_scope: { level: 'format', format: 'group', program_ids: [], stated_by: [KAIR], hedge: 'most follow; typically … carefully adjusted for your individual factors and treatment goals', inferred: false },
    description:
      "The KAIR article, describing the ketamine group therapy session it says most programs follow, lists sublingual lozenges or troches among the routes ketamine may be administered through, \"for a slower onset and gentler experience\". It says doses typically range from 100mg to 400mg for sublingual administration (a dose in mg, not mg/kg), carefully adjusted for individual factors and treatment goals. The Canadian article says Roots to Thrive's group cohorts use IM or sublingual (SL) ketamine sessions and gives no dose for them.",
    used_in_group_settings: 'yes',
    citations: [
      {
        source_id: KAIR,
        excerpt: 'Sublingual lozenges or troches for a slower onset and gentler experience',
        section: KAIR_DOSING,
      },
      { source_id: KAIR, excerpt: KAIR_DOSES, section: KAIR_DOSING },
      {
        source_id: GKT,
        excerpt: '12-week cohort with 3 IM or SL ketamine sessions',
        section: 'Key takeaways',
      },
      // The walk-through's qualifier on the whole session structure, kept on what it says (audit 12 A12-4).
      { source_id: KAIR, excerpt: 'While each program has its unique elements, most follow a thoughtful structure designed to create a safe, supportive, and transformative experience.', section: 'Inside a Ketamine Group Therapy Session' },
    ],
  },
  {
    id: 'intranasal',
    name: 'Intranasal',
    abbreviation: null,
    forms: [],
    dose_min: null,
    dose_max: null,
    dose_unit: null,
    dose_scope: null,
    description:
      'Intranasal application, which the KAIR article, describing the ketamine group therapy session it says most programs follow, lists among the routes ketamine may be administered through and describes as less common in group settings. No dose is given.',
    used_in_group_settings: 'less_common',
    citations: [
      {
        source_id: KAIR,
        excerpt: 'Intranasal application (less common in group settings)',
        section: KAIR_DOSING,
      },
      // The walk-through's qualifier on the session it describes (audit 16 A16-5), as the IM and sublingual routes cite it.
      {
        source_id: KAIR,
        excerpt: 'While each program has its unique elements, most follow a thoughtful structure designed to create a safe, supportive, and transformative experience.',
        section: 'Inside a Ketamine Group Therapy Session',
      },
    ],
  },
];
