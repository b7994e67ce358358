import { faqDoc } from '../../jsonld/jsonld.js';
import { defineResource, facetable, sortable } from '../define.js';
import { citedSources } from '../includes.js';
import { Source } from '../sources/sources.schema.js';
import { Faq, FaqFields, faqs } from './faqs.schema.js';

export const faqsResource = defineResource({
  path: 'faqs',
  tableName: 'faqs',
  singular: 'Faq',
  plural: 'Faqs',
  description: 'Frequently asked questions with the answers the sources give.',
  table: faqs,
  entity: Faq,
  writable: FaqFields,
  search: { title: 'question', body: ['answer'] },
  // An answer comes with whose it is (audit 23 A23-6).
  readWith: { answer: ['answered_by'] },
  jsonLd: {
    types: ['Question'],
    describe: 'Question with its acceptedAnswer',
    build: (_repo, item, base) => faqDoc(item, base),
  },
  query: {
    sort: sortable(faqs, 'position', 'question', 'updated_at'),
    facets: facetable(faqs, FaqFields, 'answered_by'),
    defaultSort: ['position'],
    includes: { sources: citedSources(Source) },
  },
});
