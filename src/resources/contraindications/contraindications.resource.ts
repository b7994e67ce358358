import { contraindications } from '../../db/schema/index.js';
import { defineResource, sortable } from '../define.js';
import { citedSources } from '../includes.js';
import { Source } from '../sources/sources.schema.js';
import { Contraindication, ContraindicationFields } from './contraindications.schema.js';

export const contraindicationsResource = defineResource({
  path: 'contraindications',
  collection: 'contraindications',
  singular: 'Contraindication',
  plural: 'Contraindications',
  description:
    'Contraindications and screening flags: absolute, requiring careful evaluation, and specific to the group format.',
  table: contraindications,
  entity: Contraindication,
  fields: ContraindicationFields,
  query: {
    filters: {
      category: {
        kind: 'in',
        column: contraindications.category,
        values: ContraindicationFields.shape.category,
        description: 'Kind of contraindication.',
      },
      applies_to: {
        kind: 'in',
        column: contraindications.applies_to,
        values: ContraindicationFields.shape.applies_to,
        description: 'Any format, or the group format only.',
      },
    },
    sort: sortable(contraindications, 'condition', 'category', 'updated_at'),
    defaultSort: ['category', 'condition'],
    includes: { sources: citedSources(Source) },
  },
});
