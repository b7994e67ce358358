/**
 * The sources' own comparative claims about cost: returned by /v1/cost-comparison beside the figures
 * Katalog computes, so a reader sees what each article itself says and of what. Each claim is cited
 * verbatim (checked against the articles by tests/seed.test.ts), names its speaker, and keeps the
 * source's qualifier.
 */
const KAIR = 'kair-group-therapy-unpacked';
const GKT = 'group-ketamine-therapy-canada';

export interface CostClaimSeed {
  id: string;
  /** The claim, attributed to its source, in the source's terms. */
  claim: string;
  source_id: string;
  /** What the claim is said of, in words. */
  said_of: string;
  /** The source's own qualifier, verbatim; fragments separated by "…". */
  hedge: string | null;
  program_ids: string[];
  organization_ids: string[];
  /** The prices (see /v1/prices) whose figures the claim states. */
  price_ids: string[];
  citations: { source_id: string; excerpt: string; section: string }[];
}

export const costClaims: CostClaimSeed[] = [
  {
    id: 'kair-group-typically-40-60-percent-less',
    claim: 'The KAIR article says ketamine group therapy typically costs 40-60% less than individual ketamine therapy.',
    source_id: KAIR,
    said_of: 'ketamine group therapy in general, against individual ketamine therapy',
    hedge: 'Typically',
    program_ids: [],
    organization_ids: [],
    price_ids: [],
    citations: [
      {
        source_id: KAIR,
        excerpt: 'Typically costs 40-60% less than individual ketamine therapy',
        section: 'What is ketamine group therapy?',
      },
    ],
  },
  {
    id: 'kair-individual-400-600-group-100-250',
    claim:
      'The KAIR article says individual sessions typically run $400-$600 each, while group sessions often cost just $100-$250 (no currency written).',
    source_id: KAIR,
    said_of: 'individual and group sessions in general, per session',
    hedge: 'typically … often',
    program_ids: [],
    organization_ids: [],
    price_ids: ['kair-individual-session-400-600', 'kair-group-session-100-250'],
    citations: [
      {
        source_id: KAIR,
        excerpt: 'While individual sessions typically run $400-$600 each, group sessions often cost just $100-$250',
        section: 'Individual vs group ketamine therapy',
      },
    ],
  },
  {
    id: 'kair-infusion-kap-and-group-sessions',
    claim:
      'The KAIR article says individual ketamine infusions typically cost between $400-$600 per session, while one-on-one ketamine-assisted psychotherapy can run $600-$1,200 per session, and that group therapy sessions usually range from $100-$250, "representing significant savings" (no currency written).',
    source_id: KAIR,
    said_of: 'infusions, one-on-one KAP and group sessions in general, per session',
    hedge: 'typically … can run; usually',
    program_ids: [],
    organization_ids: [],
    price_ids: ['kair-individual-infusion-400-600', 'kair-individual-kap-session-600-1200', 'kair-group-session-100-250'],
    citations: [
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
    ],
  },
  {
    id: 'kair-colorado-clinic-group-sessions-half-price',
    claim:
      'The KAIR article says its research found one Colorado clinic offering group sessions at roughly half the price of individual ones (no amounts given).',
    source_id: KAIR,
    // The article: "group sessions at roughly half the price of individual ones"; that they are the clinic's own is not said (audit 9 L11).
    said_of: "one Colorado clinic's group sessions, against individual ones",
    hedge: 'roughly',
    program_ids: [],
    organization_ids: ['colorado-group-sessions-clinic'],
    price_ids: [],
    citations: [
      {
        source_id: KAIR,
        excerpt: 'Our research found one Colorado clinic offering group sessions at roughly half the price of individual ones.',
        section: 'Individual vs group ketamine therapy',
      },
    ],
  },
  {
    id: 'kair-colorado-five-week-curriculum-half-cost',
    claim:
      'The KAIR article says a Colorado clinic offers a five-week group curriculum for depression, addiction, and PTSD at roughly half the cost of individual ketamine-assisted psychotherapy (no amounts given).',
    source_id: KAIR,
    said_of: "a Colorado clinic's five-week group curriculum, against individual KAP",
    hedge: 'roughly',
    program_ids: ['colorado-five-week-group'],
    organization_ids: ['colorado-group-clinic'],
    // The article gives no amount for the clinic: the ratio is a claim, never a price record.
    price_ids: [],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'offering a five-week group curriculum for depression, addiction, and PTSD at roughly half the cost of individual ketamine-assisted psychotherapy (KAP).',
        section: 'Cost & accessibility snapshot',
      },
    ],
  },
  {
    id: 'kair-first-year-group-1000-3000-individual-3500-10000-plus',
    claim:
      'The KAIR article says most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter, and that this translates to a total first-year investment of approximately $1,000-$3,000 for group format, compared to $3,500-$10,000+ for comparable individual treatment (no currency written).',
    source_id: KAIR,
    said_of: 'a first year of treatment (initial protocol plus maintenance) in each format, in general',
    // Both qualifiers of the figures: "most" of the protocol the first-year amounts are derived from, and "approximately".
    hedge: 'most initial protocols; approximately',
    program_ids: [],
    organization_ids: [],
    price_ids: ['kair-first-year-group-1000-3000', 'kair-first-year-individual-3500-10000-plus'],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter. This translates to a total first-year investment of approximately',
        section: 'Cost & accessibility snapshot',
      },
      {
        source_id: KAIR,
        excerpt:
          'This translates to a total first-year investment of approximately $1,000-$3,000 for group format, compared to $3,500-$10,000+ for comparable individual treatment.',
        section: 'Cost & accessibility snapshot',
      },
    ],
  },
  {
    id: 'canadian-group-typically-less-expensive-per-session',
    claim: 'The Canadian article says group format is typically substantially less expensive per session than individual.',
    source_id: GKT,
    said_of: 'the group format in general, per session',
    hedge: 'typically',
    program_ids: [],
    organization_ids: [],
    price_ids: [],
    citations: [
      {
        source_id: GKT,
        excerpt: 'Group format is typically substantially less expensive per session than individual.',
        section: 'What group format adds',
      },
    ],
  },
  {
    id: 'canadian-roots-to-thrive-substantial-savings',
    claim:
      "The Canadian article says Roots to Thrive's model brings substantial cost savings versus individual KAT.",
    source_id: GKT,
    said_of: "Roots to Thrive's group model, against individual KAT",
    hedge: null,
    program_ids: ['roots-to-thrive-group'],
    organization_ids: ['roots-to-thrive'],
    price_ids: [],
    citations: [
      {
        source_id: GKT,
        excerpt:
          "Both models trade off some privacy for community connection and (in Roots to Thrive's model) substantial cost savings versus individual KAT.",
        section: 'What is group ketamine-assisted therapy?',
      },
    ],
  },
  {
    id: 'canadian-financial-differential-meaningful',
    claim:
      'The Canadian article says of the pathways in its cost table that the financial differential is meaningful.',
    source_id: GKT,
    said_of: 'the pathways of its cost table (Roots to Thrive, ATMA CENA)',
    hedge: null,
    // The rows of the Canadian cost table ("Pathway"): what the claim is said of, so filters apply to it.
    program_ids: [
      'roots-to-thrive-group',
      'roots-to-thrive-individual',
      'atma-cena-psycholytic-pathway',
      'atma-cena-psychedelic-pathway',
      'atma-cena-customized-kat',
      'port-credit-group-integration',
    ],
    organization_ids: [],
    price_ids: [],
    citations: [{ source_id: GKT, excerpt: 'The financial differential is meaningful.', section: 'Cost comparison' }],
  },
  {
    id: 'kair-group-retreats-still-offer-value',
    claim:
      'The KAIR article says group ketamine retreats cost about $2,500-$5,000 for multi-day programs, which it says still offers value compared to equivalent individual treatment (no individual figure given; no currency written).',
    source_id: KAIR,
    said_of: 'multi-day group retreats in general, against equivalent individual treatment',
    hedge: 'about',
    program_ids: [],
    organization_ids: [],
    price_ids: ['kair-group-retreat-2500-5000'],
    citations: [
      {
        source_id: KAIR,
        excerpt:
          'For those interested in immersive experiences, group ketamine retreats cost about $2,500-$5,000 for multi-day programs, which still offers value compared to equivalent individual treatment.',
        section: 'Cost & accessibility snapshot',
      },
    ],
  },
  {
    id: 'canadian-group-trades-privacy-for-lower-per-session-cost',
    claim:
      'The Canadian article says group format trades privacy and individualized clinical attention for community connection, peer integration, and lower per-session cost.',
    source_id: GKT,
    said_of: 'the group format in general',
    hedge: null,
    program_ids: [],
    organization_ids: [],
    price_ids: [],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'Group format trades privacy and individualized clinical attention for community connection, peer integration, and lower per-session cost.',
        section: 'Key takeaways',
      },
    ],
  },
  {
    id: 'canadian-cost-reduction-makes-course-accessible',
    claim:
      'The Canadian article says, right after its cost table (of Roots to Thrive and ATMA CENA pathways), that for patients who screen as group-appropriate, the cost reduction can make a multi-session course accessible that an individual course would not be.',
    source_id: GKT,
    said_of: "the cost table's pathways (Roots to Thrive, ATMA CENA), for patients who screen as group-appropriate",
    hedge: 'can',
    // The sentence follows "The financial differential is meaningful." under the cost table: the same rows.
    program_ids: [
      'roots-to-thrive-group',
      'roots-to-thrive-individual',
      'atma-cena-psycholytic-pathway',
      'atma-cena-psychedelic-pathway',
      'atma-cena-customized-kat',
      'port-credit-group-integration',
    ],
    organization_ids: [],
    price_ids: [],
    citations: [
      {
        source_id: GKT,
        excerpt:
          'The financial differential is meaningful. For patients who screen as group-appropriate, the cost reduction can make a multi-session course accessible that an individual course would not be.',
        section: 'Cost comparison',
      },
    ],
  },
];
