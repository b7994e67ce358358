import { defineResource, facetable, sortable } from '../define.js';
import { citedSources } from '../includes.js';
import { Source } from '../sources/sources.schema.js';
import { excerptsOf } from '../written-figures.js';
import { FormatFit, FormatFitFields, formatFit } from './format-fit.schema.js';

/** The marks a table cell says "this column" with. */
const MARKS = ['✓', '✔', '✅', '☑'];

export const formatFitResource = defineResource({
  path: 'format-fit',
  tableName: 'format_fit',
  singular: 'FormatFit',
  plural: 'FormatFit',
  description: 'The table "When group fits versus when individual is safer", row by row; inferred cells are marked.',
  table: formatFit,
  entity: FormatFit,
  writable: FormatFitFields,
  rules: [
    // The summary the filter and facet read is what the cells the fit check quotes mark (hostile 18 H18-13).
    {
      text: 'favoured_format is the column whose cell alone begins with a mark (✓ ✔ ✅ ☑), else neither',
      check: (d, report) => {
        // A mark begins the cell (hostile 18b H18b-13: "✔" counted as none, "not ✓" as one).
        const marked = (cell: unknown) => typeof cell === 'string' && MARKS.some((m) => cell.trim().startsWith(m));
        const g = marked(d.group_format);
        const i = marked(d.individual_format);
        const want = g && !i ? 'group' : i && !g ? 'individual' : 'neither';
        if (typeof d.favoured_format === 'string' && d.favoured_format !== want)
          report(
            ['favoured_format'],
            `must be ${want}: the cells mark ${g && i ? 'both columns' : g ? 'the group column' : i ? 'the individual column' : 'neither column'}`,
          );
      },
    },
    // A row is the article's as it stands only when an excerpt writes it whole, its situation and both its cells in
    // column order: with one cell lost in extraction, which column the other is in is Katalog's reading (hostile 21
    // H21-6, review 39 R39-4: `inferred: false` on such a row had the fit check state the inference as the table).
    {
      text: 'inferred false: an excerpt writes the whole row',
      check: (d, report) => {
        if (d.inferred !== false) return;
        const squash = (x: unknown) => String(x ?? '').replace(/\s+/g, '');
        const row = `${squash(d.situation)}${squash(d.group_format)}${squash(d.individual_format)}`;
        // Both cells written: an empty one is a lost one (review 39b R39b-4).
        const whole =
          typeof d.group_format === 'string' &&
          typeof d.individual_format === 'string' &&
          d.group_format.trim() !== '' &&
          d.individual_format.trim() !== '' &&
          excerptsOf(d).some((e) => squash(e).includes(row));
        if (!whole) report(['inferred'], 'must be true: no cited excerpt writes the row with both its cells');
      },
    },
  ],
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
