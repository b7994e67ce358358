import { defineResource, facetable, sortable } from '../define.js';
import { citedSources } from '../includes.js';
import { Source } from '../sources/sources.schema.js';
import { FormatFit, FormatFitFields, formatFit } from './format-fit.schema.js';

export const formatFitResource = defineResource({
  path: 'format-fit',
  tableName: 'format_fit',
  singular: 'FormatFit',
  plural: 'FormatFit',
  description: 'The table "When group fits versus when individual is safer", row by row; inferred cells are marked.',
  table: formatFit,
  entity: FormatFit,
  writable: FormatFitFields,
  search: { title: 'situation', body: ['note', 'group_format', 'individual_format'] },
  jsonLd: { types: ['Claim'], describe: 'Claim', description: 'note' },
  query: {
    filters: {
      favoured_format: {
        kind: 'in',
        column: formatFit.favoured_format,
        values: FormatFitFields.shape.favoured_format,
        description: 'The format the row marks.',
      },
      inferred: {
        kind: 'bool',
        column: formatFit.inferred,
        description: 'Rows with a value inferred from the surrounding text.',
      },
    },
    sort: sortable(formatFit, 'position', 'situation', 'updated_at'),
    facets: facetable(formatFit, FormatFitFields, 'favoured_format', 'inferred'),
    defaultSort: ['position'],
    includes: { sources: citedSources(Source) },
  },
});
