import { defineResource, facetable, sortable } from '../define.js';
import { citedSources } from '../includes.js';
import { atLeast, eachOf } from '../rules.js';
import { Source } from '../sources/sources.schema.js';
import { writtenIn } from '../written-figures.js';
import { Guide, GuideFields, GuideTopic, guides } from './guides.schema.js';
import { itemUnitWritten } from './item-unit.js';

export const guidesResource = defineResource({
  path: 'guides',
  tableName: 'guides',
  singular: 'Guide',
  plural: 'Guides',
  description:
    'Practical guidance: course of treatment, costs, insurance and assistance, candidacy, readiness, risks, questions to ask, red flags.',
  table: guides,
  entity: Guide,
  writable: GuideFields,
  rules: [
    eachOf(
      'items',
      atLeast('value_max', 'value_min'),
      writtenIn(['value_min', 'value_max'], 'text', 'unit'),
      itemUnitWritten('text', 'unit', ['value_min', 'value_max']),
    ),
  ],
  search: { title: 'title', body: ['summary', 'items', 'topic'] },
  jsonLd: { types: ['CreativeWork'], describe: 'CreativeWork', description: 'summary' },
  query: {
    filters: {
      topic: { kind: 'in', column: guides.topic, values: GuideTopic, description: 'Topic of the guide.' },
    },
    sort: sortable(guides, 'topic', 'title', 'updated_at'),
    facets: facetable(guides, GuideFields, 'topic'),
    defaultSort: ['topic'],
    includes: { sources: citedSources(Source) },
  },
});
