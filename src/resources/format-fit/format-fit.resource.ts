import { defineResource, facetable, sortable } from '../define.js';
import { citedSources } from '../includes.js';
import { Source } from '../sources/sources.schema.js';
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
    // A cell is the article's only as an excerpt writes it (hostile 21 H21-6: a row whose mark was lost in extraction,
    // set `inferred: false`, had the fit check state Katalog's inference as the article's table).
    {
      text: 'inferred false: a cited excerpt writes each cell',
      check: (d, report) => {
        if (d.inferred !== false) return;
        const excerpts = ((d.citations ?? []) as { excerpt?: unknown }[]).map((c) => String(c?.excerpt ?? ''));
        for (const cell of [d.group_format, d.individual_format])
          if (typeof cell === 'string' && !excerpts.some((e) => e.includes(cell.trim())))
            report(['inferred'], `must be true: no cited excerpt writes the cell "${cell}"`);
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
