import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { bool, facetIndex, json, recordColumns } from '../../db/schema/common.js';
import { countingIndex } from '../../query/counting.js';
import { citations, Id, RecordMeta, WebUrl } from '../common.schema.js';
import type { Rule } from '../rules.js';

export const SourceKind = z.enum(['article', 'journal_article', 'journal', 'website', 'guideline', 'directory']).meta({
  description: 'journal: a journal named as a whole, without an article (e.g. "the Journal of Psychopharmacology").',
});

/**
 * One author's name as the citing article writes it. "et al." is not an author: a reference that lists the
 * first author followed by "et al." stores the first author only (so no schema.org Person "et al." exists).
 */
export const AuthorName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/^\s*et\.?\s*al\.?\s*$/i.test(name), { message: '"et al." is not an author name' });

/**
 * Whether `authors` is the whole author list the citing article gives: true where it writes the names as the whole
 * list ("Dames S, Kryskow P, Tsang VWL, Argento E (2025)"), false where it writes the first authors and "et al."
 * ("Swainson J, et al."), so no derived view presents the names stored as the only authors; null where that is not
 * known: always when the citing article names no author (an empty list is never asserted whole, audit 9 M4), and on
 * a write that does not say.
 */
export const AuthorsComplete = z.boolean().nullable().default(null).meta({
  description:
    'True: the citing article gives `authors` whole; false: after "et al." (JSON-LD: creditText); null: not known (always when no author is named).',
});

/** An empty author list is never a whole one (sources and studies alike): no article says a work has no authors. */
export const authorsKnown: Rule = {
  text: 'authors_complete is not true when authors is empty',
  check: (d, report) => {
    if (d.authors_complete === true && Array.isArray(d.authors) && !d.authors.length)
      report(['authors_complete'], 'must not be true when authors is empty: the citing article names no author (null)');
  },
};

export const SourceFields = z.object({
  id: Id,
  title: z.string().min(1).max(500),
  title_inferred: z.boolean().default(false).meta({
    description:
      'True: no source gives the title, `title` is Katalog’s description (false only if an excerpt writes it).',
  }),
  publisher: z.string().max(200).nullable().meta({
    description:
      'Organization that publishes it; never a journal (a journal article’s journal is `journal`); null when the citing article names none.',
  }),
  journal: z.string().min(1).max(200).nullable().meta({
    description:
      'Journal an article appeared in, as the citing article writes it (e.g. "Frontiers in Psychiatry", "Can J Psychiatry"); null for anything not published in a journal.',
  }),
  publisher_inferred: z.boolean().meta({
    description:
      'True when the citing article does not name the publisher and Katalog infers it (e.g. from the article’s own links and self-references, a link’s domain, or a label naming the page’s subject, not its owner); the record’s citations hold what the inference rests on. False when an excerpt names it as such, or null.',
  }),
  authors: z.array(AuthorName).max(50).meta({
    description: 'Authors as written by the citing article; never "et al." (see `authors_complete`).',
  }),
  authors_complete: AuthorsComplete,
  year: z.number().int().min(1900).max(2100).nullable(),
  url: WebUrl.nullable().meta({
    description: 'Address as given by the citing article; null when the article names the source without a link.',
  }),
  kind: SourceKind,
  updated: z.iso.date().nullable().meta({ description: 'Last-updated date the source states about itself, if any.' }),
  citations: citations.meta({
    description: 'Where the source is named: for the two articles themselves, their title line.',
  }),
});

export const Source = SourceFields.extend({
  ...RecordMeta,
  // The write default (null) is not the read schema's: a sparse response never gains the field.
  authors_complete: SourceFields.shape.authors_complete.unwrap(),
  title_inferred: SourceFields.shape.title_inferred.unwrap(),
}).meta({
  id: 'Source',
  description: 'A source the content is curated from or that the articles cite.',
});
export type Source = z.infer<typeof Source>;
export type SourceSeed = z.input<typeof SourceFields>;

/* The stored table (drizzle): property names equal column names; JSON columns hold lists and objects. */
export const sources = sqliteTable(
  'sources',
  {
    ...recordColumns,
    title: text('title').notNull(),
    // Since migration 0027 (audit 11 A11-3): the title is Katalog's description, no source gives it.
    title_inferred: bool('title_inferred').notNull().default(false),
    publisher: text('publisher'),
    publisher_inferred: bool('publisher_inferred').notNull().default(false),
    journal: text('journal'),
    authors: json<string[]>('authors').notNull(),
    // Nullable since migration 0023 (null: not known; the store always writes the validated value).
    authors_complete: bool('authors_complete'),
    year: integer('year'),
    url: text('url'),
    kind: text('kind').notNull(),
    updated: text('updated'),
  },
  (t) => [
    ...countingIndex(t),
    facetIndex(t.kind),
    facetIndex(t.publisher_inferred),
    facetIndex(t.title_inferred),
    index('sources_updated_at_idx').on(t.updated_at, t.id),
  ],
);
