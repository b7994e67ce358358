import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { bool, facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { citations, Format, Id, inferredFields, RecordMeta } from '../common.schema.js';
import { marking } from '../markers.js';
import { programs } from '../programs/programs.schema.js';
import { agreesWith, namedIn, references } from '../references.js';
import { ISO_4217 } from './currencies.js';

// `first_year`: a total for the first year of treatment (the KAIR article's "total first-year investment"), never a yearly
// rate (audit 19 A19-2); `per_year` stays for a rate a source gives per year.
export const PriceUnit = z
  .enum(['per_session', 'per_program', 'per_additional_session', 'per_year', 'first_year', 'per_retreat'])
  .meta({
    description:
      "What the amount pays for: `per_session` one session; `per_program` the whole program as written; `per_additional_session` a session beyond a program's; `per_year` a yearly rate; `first_year` a total for the first year of treatment, not a rate; `per_retreat` one retreat.",
  });
/** What is paid for, so that a comparison never sets an infusion against a therapy session. */
export const PriceTreatment = z
  .enum(['ketamine_assisted_therapy', 'ketamine_infusion', 'integration_only', 'not_stated'])
  .meta({
    description:
      'The treatment the amount pays for: ketamine-assisted therapy (KAP/KAT, with preparation, dosing and integration), a ketamine infusion, an integration session without dosing (post-medicine processing, e.g. a group integration session for patients dosed privately), or not stated by the source ("individual sessions").',
  });

export const Currency = z
  .enum(ISO_4217)
  .meta({ id: 'Currency', description: 'ISO 4217 currency code.', examples: ['CAD', 'USD'] });
const Amount = z.number().min(0).max(10_000_000).multipleOf(0.01);

const PriceBase = z.object({
  id: Id,
  // Its format is its program's (hostile 18 H18-17: an "individual" price on the group program was paired against its
  // group price).
  program_id: agreesWith(namedIn(Id.meta(references('programs')), ['label']), { format: 'format' })
    .nullable()
    .meta({ description: 'Program the price belongs to; null for market-wide figures.' }),
  label: z.string().min(1).max(300),
  format: Format,
  amount_min: Amount.nullable().meta({
    description:
      'Lower (or only) amount in major currency units; null when the source gives no figure (e.g. "Varies by clinic") or only a ceiling ("up to $900").',
  }),
  amount_max: Amount.nullable().meta({
    description:
      'Upper amount; null for a single figure, or when open-ended (then `open_ended_from` keeps the stated figure, e.g. 10000 for "$10,000+").',
  }),
  open_ended: z
    .boolean()
    .meta({ description: 'True when the source writes no maximum: "$10,000+", "and up", "over $900", "from $900".' }),
  open_ended_from: Amount.nullable().meta({
    description:
      'With `open_ended`: the figure the source writes before the "+" (10000 for "$10,000+"), kept as stated; it is not a maximum. Null otherwise.',
  }),
  approximate: z.boolean().meta({
    description:
      'True exactly when the source qualifies the amount ("approximately", "about", "~", "typically", "can run", the "Approximate cost" column), or Katalog reads a hedge onto it (see note): then `hedges` holds its words; false when it states the amount plainly (`hedges` empty).',
  }),
  hedges: z.array(z.string().min(1).max(60)).max(10).meta({
    description:
      'The qualifiers ("typically", "often", "can run", "~", the "Approximate cost" column), verbatim; one written before another figure or in another sentence is Katalog’s reading onto this amount, as the note says; empty when it states the amount plainly.',
  }),
  amount_text: z.string().min(1).max(200).meta({ description: 'The amount exactly as written in the source.' }),
  currency: Currency,
  currency_implied: marking(
    z.boolean().meta({
      description:
        'True when the source writes "$" without a currency code and the currency is inferred; then `currency` is in `inferred_fields` too.',
    }),
    // The currency, and the amounts written with it (an amount read without its currency is still one).
    ['currency', 'amount_min', 'amount_max', 'amount_text'],
  ),
  unit: PriceUnit,
  treatment: PriceTreatment,
  includes: z.array(z.string().min(1).max(200)).max(20).meta({
    description:
      'What the price covers besides the medicine sessions, as the source writes it (e.g. "community-of-practice groups"); empty when the source says nothing.',
  }),
  sessions_included: z.number().int().min(0).max(100).nullable().meta({
    description:
      'Medicine sessions the price covers; the lower bound when a range. Where the source writes only "sessions" ("2–8 sessions", "1 session bundled with prep + integration"), reading them as medicine sessions is Katalog\'s, and the field is listed in `inferred_fields`.',
  }),
  sessions_included_max: z.number().int().min(0).max(100).nullable(),
  tax_note: z
    .string()
    .max(50)
    .nullable()
    .meta({ description: 'Tax note exactly as written (e.g. "+ GST", "+ tax"); null when the source states none.' }),
  note: z.string().max(1000).nullable(),
  published_year: z.number().int().min(1900).max(2100).nullable().meta({
    description:
      'Year the source says the price is published for (the Canadian article’s "Cost (2026 published)" row); null when it gives none.',
  }),
  citations,
});

export const PriceFields = PriceBase.extend({
  inferred_fields: inferredFields(
    PriceBase,
    'PriceInferredFields',
    'e.g. the "3 sessions" of the Roots to Thrive individual track read as medicine sessions of ketamine-assisted therapy, as the group cohort\'s are; the cost comparison says so of every figure whose treatment or sessions are listed',
  ),
});

export const Price = PriceFields.extend({
  ...RecordMeta,
  inferred_fields: PriceFields.shape.inferred_fields.unwrap(),
}).meta({
  id: 'Price',
  description: 'A price or price range, exactly as a source states it. Never converted between currencies.',
});
export type Price = z.infer<typeof Price>;
export type PriceSeed = z.input<typeof PriceFields>;

/** `amount_upper_minor` of a "+" price: above every amount (at most 10,000,000.00), and exact in a double. */
export const OPEN_ENDED_UPPER = Number.MAX_SAFE_INTEGER;

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */
export const prices = sqliteTable(
  'prices',
  {
    ...recordColumns,
    program_id: text('program_id').references(() => programs.id),
    label: text('label').notNull(),
    format: text('format').notNull(),
    /** Money is stored exactly, in minor units (cents). */
    amount_min_minor: integer('amount_min_minor'),
    amount_max_minor: integer('amount_max_minor'),
    /**
     * The price's upper figure, which the `amount_max` filters and sort read (review 27 R27-5): `amount_max`, or the only
     * figure when there is no range, and for a "+" price a figure above every amount (it has no maximum). Null when the
     * source gives no figure. Never served.
     */
    amount_upper_minor: integer('amount_upper_minor').generatedAlwaysAs(
      sql.raw(`case when open_ended then ${OPEN_ENDED_UPPER} else coalesce(amount_max_minor, amount_min_minor) end`),
      { mode: 'virtual' },
    ),
    open_ended: bool('open_ended').notNull(),
    open_ended_from_minor: integer('open_ended_from_minor'),
    approximate: bool('approximate').notNull(),
    amount_text: text('amount_text').notNull(),
    currency: text('currency').notNull(),
    currency_implied: bool('currency_implied').notNull(),
    unit: text('unit').notNull(),
    treatment: text('treatment').notNull(),
    hedges: json<string[]>('hedges').notNull(),
    includes: json<string[]>('includes').notNull(),
    sessions_included: integer('sessions_included'),
    sessions_included_max: integer('sessions_included_max'),
    tax_note: text('tax_note'),
    note: text('note'),
    published_year: integer('published_year'),
    inferred_fields: json<string[]>('inferred_fields').notNull().default([]),
  },
  (t) => [
    ...countingIndex(t),
    facetIndex(t.program_id),
    facetIndex(t.format),
    facetIndex(t.currency),
    facetIndex(t.unit),
    facetIndex(t.treatment),
    facetIndex(t.currency_implied),
    facetIndex(t.open_ended),
    index('prices_updated_at_idx').on(t.updated_at, t.id),
    index('prices_program_idx').on(t.program_id),
    // The default order: amounts within one currency and unit (audit 21 A21-2, review 27 R27-4).
    index('prices_currency_unit_amount_idx').on(t.currency, t.unit, t.amount_min_minor, t.id),
    index('prices_amount_idx').on(t.amount_min_minor, t.id),
    index('prices_currency_unit_upper_idx').on(t.currency, t.unit, t.amount_upper_minor, t.id),
  ],
);
