import { z } from 'zod';
import { marking } from './markers.js';
import { references } from './references.js';

/** What an id is: lower-case letters and digits, words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable, human-readable identifier (a slug). Never reused, never renamed. */
export const Slug = z
  .string()
  .min(1)
  .max(120)
  .regex(SLUG_PATTERN, 'lowercase slug: letters, digits and single hyphens');

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

/**
 * Marks a record embedded by an include (`include=…`) when that its owner points at it is Katalog's reading, not its
 * source's words: the owner lists the reference field in its `inferred_fields` (resources/includes.ts sets it).
 */
export const LinkInferred = z.literal(true).optional().meta({
  description:
    "Present (true) when the reference between the including record and this one is Katalog's reading (in the `inferred_fields` of the record holding it); absent otherwise.",
});

/** A place in a source that supports a record: `excerpt` is a verbatim substring of the source text. */
export const Citation = z
  .object({
    source_id: Id.meta(references('sources', 'Id of the source (see /v1/sources) the excerpt is quoted from.')),
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

/**
 * A condition the sources name, by its id in /v1/conditions: a reference (declared here once, so every
 * field that names a condition, on programs, studies, findings and contraindications, is checked on
 * write, in the seed and on delete, and can include the condition).
 */
export const ConditionId = Id.meta(references('conditions', 'Id of a condition (see /v1/conditions).'));

/** ISO 3166-1 alpha-2 country code. */
export const Country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be two upper-case letters (ISO 3166-1 alpha-2), such as CA')
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

/**
 * A web address in a record (a source's, a study's, a program's or an organization's site): `http` or `https` with a
 * host name, at most 2048 characters. Frontends render these as links: a `javascript:`, `data:` or `vbscript:` address
 * would run in their pages (hostile 13, H13-19). The pattern says the scheme in the spec.
 */
export const WebUrl = z
  .url({
    protocol: /^https?$/,
    // A host name of dotted labels, as the URL parser gives it (an internationalised name in its xn-- form, a trailing
    // dot allowed): not Zod's httpUrl domain rule, whose last label must be letters only (review C13-5). Its last label
    // starts with a letter, as every top-level domain does: no IP address in any spelling (127.1, 0x7f.1; C13b-2).
    hostname: /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/i,
    error: 'must be an http:// or https:// address with a host name',
  })
  .max(2048)
  // No user name or password before the host: "https://psychedelic.healthcare@evil.example/" reads as one site and goes
  // to another (hostile 18 H18-10); nor a character a URI cannot hold (RFC 3986: space, <, >, ", {, }, |, ^, `).
  .refine((u) => !/^[a-z]+:\/\/[^/?#]*@/i.test(u), 'must not carry a user name or password')
  .refine((u) => !/[\s<>"{}|^`\\]/.test(u), 'must not hold a character a URI cannot (space, <, >, ", {, }, |, ^, `)')
  // Nor, after the host, what RFC 3986 has no place for either (hostile 18b H18b-12): a % not followed by two hex digits,
  // [ or ], a character outside ASCII (written %-encoded), a second #. An internationalised host name stays (C13-5).
  .refine(
    (u) => !/%(?![0-9a-f]{2})|[[\]]|[^\x21-\x7e]|#.*#/i.test(u.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '')),
    'must write its path, query and fragment in URI characters: % followed by two hex digits, no [ ], non-ASCII or second #',
  )
  .meta({ pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' });

/** A short free-text filter value (city, region), matched exactly. */
export const ShortText = z.string().min(1).max(100);

/** The parts of a place, which `place_inferred` and `inferred_place_parts` mark (markers.ts). */
export const PLACE_PARTS = ['city', 'region', 'country'] as const;

/** Parts of a place Katalog derives from what the source states (Mississauga → region ON; California → country US). */
export const InferredPlaceParts = marking(
  z.array(z.enum(PLACE_PARTS)).max(3).meta({
    description:
      'Parts of the place (city, region, country) that Katalog derives rather than the source stating them: a city’s province (Mississauga → ON), a state’s country (California → US). Derived views (JSON-LD) do not state them, and there a region whose country is withheld is written by its name (California, not CA, which reads as Canada). Empty when every part given is stated (or when the whole place is inferred: see place_inferred).',
  }),
  PLACE_PARTS,
);

export const ScopeLevel = z.enum(['program', 'format', 'ketamine_therapy']).meta({
  description:
    'What the statement is said of: one or more specific programs (`program_ids`), a treatment format (`format`), or ketamine therapy in general.',
});

/**
 * Where a statement applies and whose it is. Derived views (JSON-LD, the fit check, the cost comparison)
 * follow it: a program shows a statement as its own only when its scope is that program.
 */
export const Scope = z
  .object({
    level: ScopeLevel,
    format: z.enum(['group', 'individual']).nullable().meta({
      description:
        'For `level: format`: the group format or the individual format, as the stating source words it; null otherwise.',
    }),
    program_ids: z
      .array(Id.meta(references('programs')))
      .max(50)
      .meta({
        description: 'For `level: program`: the programs the source says it of (see /v1/programs); empty otherwise.',
      }),
    stated_by: z
      .array(Id.meta(references('sources')))
      .min(1)
      .max(5)
      .meta({ description: 'The sources (see /v1/sources) that say it; each is among the record’s citations.' }),
    hedge: z.string().min(1).max(300).nullable().meta({
      description:
        'The source’s own qualifier or modality, verbatim ("generally", "typically … carefully adjusted", "might"); qualifiers of different sentences separated by "; " (a section’s and the sentence’s own: "most follow; usually"); null when the source states it plainly or the value is inferred.',
    }),
    via: z.string().min(1).max(200).nullable().optional().meta({
      description:
        'Whom the stating source reports the statement from, in the source’s own words (the KAIR article: "one program"); absent or null when the source says it in its own voice. Derived views name both, and credit the reported one only with the words the source quotes from it.',
    }),
    inferred: z.boolean().meta({
      description:
        'True when what the statement is said of (level, format, programs) is Katalog’s reading of the source, not its words (e.g. a group-format scope read from "might impact group dynamics"); the citations hold what supports the reading. Derived views word such a statement as Katalog’s inference.',
    }),
  })
  .superRefine((s, ctx) => {
    if (s.level === 'program' && !s.program_ids.length)
      ctx.addIssue({ code: 'custom', path: ['program_ids'], message: 'a program-level statement names its programs' });
    if (s.level !== 'program' && s.program_ids.length)
      ctx.addIssue({ code: 'custom', path: ['program_ids'], message: 'only a program-level statement names programs' });
    if ((s.level === 'format') !== (s.format !== null))
      ctx.addIssue({ code: 'custom', path: ['format'], message: 'a format is given exactly when level is "format"' });
  })
  .meta({ id: 'Scope', description: 'What a statement applies to, who says it, and with what qualifier.' });
export type Scope = z.infer<typeof Scope>;

export const AccessStepKind = z.enum([
  'intake_call',
  'intake_assessment',
  'screening',
  'registration',
  'coordinated_care',
]);

/** One step of the way into a program, as its source gives it (programs; organizations, for the steps they run). */
export const AccessStep = z
  .object({
    kind: AccessStepKind.meta({
      description:
        'intake_call: a call that decides the format and orients the patient; intake_assessment: the program’s own intake (readiness, fit); screening: medical and psychological screening; registration; coordinated_care: coordination between providers (e.g. dosing in one place, integration in another).',
    }),
    text: z.string().min(1).max(500).meta({ description: 'The step as the source gives it, naming the source.' }),
    organization_id: Id.meta(references('organizations')).nullable().meta({
      description: 'Who runs the step (e.g. ATMA CENA for its intake call); null when the source does not say.',
    }),
    source_id: Id.meta(
      references('sources', 'The source that gives the step (see /v1/sources); the program cites it.'),
    ),
    hedge: z.string().min(1).max(300).nullable().meta({
      description: 'The source’s own qualifier, verbatim ("where appropriate", "can help"); null when stated plainly.',
    }),
    inferred: z.boolean().meta({
      description:
        'True when the step is Katalog’s reading: the source gives it for another program or for the organization (e.g. the ATMA CENA intake call, given for the Roots to Thrive pathway, applied to a member clinic’s program), not for this program. Derived views (JSON-LD) do not show an inferred step as the program’s own.',
    }),
  })
  .meta({ id: 'AccessStep' });

/**
 * Fields that are never a reading of the source: the record's key, its evidence, and the markers of readings
 * themselves (`place_inferred`, `inferred_place_parts`, `dosing_setting_inferred`: a field named with "inferred").
 */
const NOT_INFERABLE = new Set(['id', 'citations']);
const isMarker = (name: string) => /(^|_)inferred(_|$)/.test(name);

/**
 * `inferred_fields` of a collection: the names of that collection's own fields (derived from its schema, so a
 * name that is not a field is refused) whose value is Katalog's reading of the sources rather than what a
 * source says of this record (the pattern of `inferred_place_parts` and `dosing_setting_inferred`, for any field).
 * Derived views follow it: JSON-LD never states such a field as the record's own (src/jsonld/).
 */
export function inferredFields<S extends z.ZodRawShape>(fields: z.ZodObject<S>, id: string, example: string) {
  const names = Object.keys(fields.shape).filter((k) => !NOT_INFERABLE.has(k) && !isMarker(k)) as [
    Exclude<keyof S & string, 'id' | 'citations' | `${string}inferred${string}`>,
    ...Exclude<keyof S & string, 'id' | 'citations' | `${string}inferred${string}`>[],
  ];
  return (
    z
      .array(z.enum(names))
      .max(names.length)
      .refine((a) => new Set(a).size === a.length, 'each field is named once')
      .meta({
        // A component of its own: the read, sparse and write schemas refer to one copy of the field list.
        id,
        description: `Fields whose value is Katalog's reading, not what a source says of this record (${example}); its citations hold what supports it. JSON-LD never states them.`,
      })
      // Optional on write (none listed); the read schemas take `.unwrap()`, so a serializer never invents it.
      .default([])
  );
}
