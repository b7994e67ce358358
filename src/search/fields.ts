/**
 * What full-text search indexes per collection: a title and body columns. The FTS5 table and the
 * triggers that keep it in step with the data are generated from this by scripts/gen-search-sql.ts
 * into a custom migration, so writes need nothing extra.
 */
export const SEARCH_FIELDS: Record<string, { title: string; body: string[] }> = {
  sources: { title: 'title', body: ['publisher', 'authors', 'kind'] },
  organizations: { title: 'name', body: ['description', 'city', 'region', 'kind'] },
  dosing_routes: { title: 'name', body: ['abbreviation', 'forms', 'description'] },
  programs: {
    title: 'name',
    body: ['description', 'structure', 'city', 'region', 'conditions', 'routes', 'financial_assistance'],
  },
  prices: { title: 'label', body: ['amount_text', 'note', 'currency', 'tax_note', 'unit'] },
  contraindications: { title: 'condition', body: ['note', 'category'] },
  format_fit: { title: 'situation', body: ['note', 'group_format', 'individual_format'] },
  studies: { title: 'title', body: ['authors', 'journal', 'design', 'population', 'intervention', 'conditions'] },
  findings: { title: 'measure', body: ['summary', 'condition'] },
  faqs: { title: 'question', body: ['answer'] },
  session_phases: { title: 'name', body: ['description', 'practical_rules'] },
  guides: { title: 'title', body: ['summary', 'items', 'topic'] },
};

/** Columns stored as JSON (arrays of strings or objects). */
export const JSON_COLUMNS = new Set([
  'authors',
  'forms',
  'conditions',
  'routes',
  'financial_assistance',
  'practical_rules',
  'items',
]);
