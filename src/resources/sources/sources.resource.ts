import { sourceDoc } from '../../jsonld/jsonld.js';
import { titleMarked } from '../../jsonld/titles.js';
import { defineResource, facetable, sortable } from '../define.js';
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
  rules: [authorsKnown, titleMarked('title_inferred')],
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
