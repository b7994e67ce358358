import { z } from 'zod';

/** A stable, human-readable identifier (a slug). Never reused, never renamed. */
export const Slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase slug: letters, digits and single hyphens');

/** A slug as a record's id: the OpenAPI component `Id`. (Path parameters describe a `Slug`.) */
export const Id = Slug.meta({
  id: 'Id',
  description: 'Stable string identifier (slug).',
  examples: ['roots-to-thrive-group'],
});

export const Timestamp = z.iso.datetime({ offset: true }).meta({
  id: 'Timestamp',
  description: 'RFC 3339 timestamp (UTC).',
  examples: ['2026-11-22T00:00:00.000Z'],
});

/** A place in a source that supports a record: `excerpt` is a verbatim substring of the source text. */
export const Citation = z
  .object({
    source_id: Id.meta({ description: 'Id of the source (see /v1/sources) the excerpt is quoted from.' }),
    excerpt: z
      .string()
      .min(1)
      .max(200)
      .meta({ description: 'Verbatim quotation from the source (at most 200 characters).' }),
    section: z.string().min(1).max(200).meta({ description: 'Heading of the section the excerpt comes from.' }),
  })
  .meta({ id: 'Citation', description: 'Where a fact comes from: a source and a verbatim excerpt of it.' });
export type Citation = z.infer<typeof Citation>;

export const Format = z.enum(['group', 'individual']).meta({ description: 'Treatment format.' });
export type Format = z.infer<typeof Format>;

/** Controlled vocabulary of conditions, shared by programs, studies and findings. */
export const Condition = z
  .enum([
    'depression',
    'treatment-resistant-depression',
    'anxiety',
    'generalized-anxiety-disorder',
    'ptsd',
    'trauma',
    'ocd',
    'substance-use-disorder',
    'addiction',
    'eating-disorders',
    'chronic-pain',
    'suicidality',
    'mood-disorders',
  ])
  .meta({ id: 'Condition', description: 'A condition named by the sources.' });
export type Condition = z.infer<typeof Condition>;

/** ISO 3166-1 alpha-2 country code. */
export const Country = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .meta({ description: 'ISO 3166-1 alpha-2 country code.', examples: ['CA'] });

/** Fields every stored record has, whatever its collection. */
export const RecordMeta = {
  version: z.number().int().min(1).meta({ description: 'Incremented on every change of the record.' }),
  created_at: Timestamp,
  updated_at: Timestamp,
};

export const citations = z
  .array(Citation)
  .min(1)
  .max(50)
  .meta({ description: 'Where the record comes from: at least one verbatim excerpt of a source.' });

/** A short free-text filter value (city, region), matched exactly. */
export const ShortText = z.string().min(1).max(100);
