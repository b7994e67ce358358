import { sourceDoc } from '../../jsonld/jsonld.js';
import { titleMarked } from '../../jsonld/titles.js';
import { defineResource, facetable, sortable } from '../define.js';
import { writesWords } from '../rules.js';
import { authorsKnown, Source, SourceFields, SourceKind, sources } from './sources.schema.js';

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
    authorsKnown,
    titleMarked('title_inferred'),
    // A publisher no excerpt writes is Katalog's reading (hostile 18 H18-8), as a title is.
    {
      text: 'a publisher no excerpt writes is marked (publisher_inferred: true)',
      check: (d, report) => {
        const excerpts = (Array.isArray(d.citations) ? (d.citations as { excerpt?: unknown }[]) : []).map((c) =>
          String(c?.excerpt ?? ''),
        );
        if (
          typeof d.publisher === 'string' &&
          d.publisher_inferred === false &&
          !excerpts.some((e) => writesWords(e, d.publisher as string))
        )
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
