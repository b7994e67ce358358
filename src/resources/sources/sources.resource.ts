import { sourceDoc } from '../../jsonld/jsonld.js';
import { titleMarked } from '../../jsonld/titles.js';
import { defineResource, facetable, sortable } from '../define.js';
import { writesWords } from '../rules.js';
import { addressCited } from '../written-figures.js';
import { authorsKnown, Source, SourceFields, SourceKind, sources } from './sources.schema.js';

/** Words that join a name's words ("Society for Psychotherapy"), and are none alone. */
const JOINING = new Set(['a', 'an', 'and', 'at', 'by', 'de', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', '&']);
/** A name: words each capitalised (or a digit) but the joining ones, at least one not joining, the first capitalised. */
const isName = (text: string) => {
  const words = text.split(/\s+/).filter(Boolean);
  const named = words.filter((w) => !JOINING.has(w.toLowerCase()));
  return named.length > 0 && named.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && /^[\p{Lu}\p{N}]/u.test(words[0] ?? '');
};

export const sourcesResource = defineResource({
  path: 'sources',
  tableName: 'sources',
  singular: 'Source',
  plural: 'Sources',
  description: 'The two curated articles and every reference they cite, with URLs where given.',
  table: sources,
  entity: Source,
  writable: SourceFields,
  rules: [
    addressCited(['url']),
    authorsKnown,
    titleMarked('title_inferred'),
    // A publisher no excerpt writes is Katalog's reading (hostile 18 H18-8), as a title is; and one written only in
    // another case ("GROUP" of "group") or that is not a name ("the") is not one an excerpt writes (H18b-8).
    {
      text: 'a publisher no excerpt writes as a name (capitalised words, in its case) is marked (publisher_inferred: true)',
      check: (d, report) => {
        const excerpts = (Array.isArray(d.citations) ? (d.citations as { excerpt?: unknown }[]) : []).map((c) =>
          String(c?.excerpt ?? ''),
        );
        const publisher = d.publisher;
        if (typeof publisher !== 'string' || d.publisher_inferred !== false) return;
        if (!isName(publisher))
          report(
            ['publisher_inferred'],
            `must be true: "${publisher}" is not a name (capitalised words, not only "the", "of"…)`,
          );
        else if (!excerpts.some((e) => writesWords(e, publisher, { exact: true })))
          report(['publisher_inferred'], 'must be true: no excerpt writes the publisher, so it is Katalog’s reading');
      },
    },
  ],
  search: { title: 'title', body: ['publisher', 'authors', 'kind'] },
  jsonLd: {
    types: ['CreativeWork'],
    describe: 'CreativeWork (authors, year, journal, address; the sources that cite it)',
    build: (_repo, item, base) => sourceDoc(item, base),
  },
  query: {
    filters: {
      kind: { kind: 'in', column: sources.kind, values: SourceKind, description: 'Kind of source.' },
      year: { kind: 'range', column: sources.year, integer: true, description: 'Publication year.' },
    },
    sort: sortable(sources, 'title', 'year', 'updated_at'),
    facets: facetable(sources, SourceFields, 'kind', 'publisher_inferred', 'title_inferred'),
    defaultSort: ['title'],
  },
});
