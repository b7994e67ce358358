import { getTableName, sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { bool, json, recordColumns } from './common.js';

/*
 * Foreign keys: every reference held in a column of its own (src/resources/references.ts declares
 * them all, and the record store checks them on every write) is also a SQLite foreign key, so a
 * row cannot point at a row that does not exist, whoever writes it. Records are deleted as tombstones
 * (deleted_at), so the rule about deleted records stays the store's (integrity.ts); a key only guards
 * that the row is there. References inside JSON columns (lists of ids, scopes, a FAQ's related
 * records, a session phase's rules) cannot be foreign keys: the store alone checks them.
 */

/**
 * The index of a facetable field (`facetable` in src/resources/define.ts; src/query/facets.ts counts
 * with it): partial on live records, so a facet over a whole collection is a scan of this small index
 * alone, never of the table. tests/facets.test.ts checks that every facetable field has one.
 */
function facetIndex(column: AnySQLiteColumn) {
  return index(`${getTableName(column.table)}_${column.name}_facet_idx`)
    .on(column)
    .where(sql.raw('deleted_at is null'));
}

export const sources = sqliteTable(
  'sources',
  {
    ...recordColumns,
    title: text('title').notNull(),
    publisher: text('publisher'),
    publisher_inferred: bool('publisher_inferred').notNull().default(false),
    journal: text('journal'),
    authors: json<string[]>('authors').notNull(),
    year: integer('year'),
    url: text('url'),
    kind: text('kind').notNull(),
    updated: text('updated'),
  },
  (t) => [facetIndex(t.kind), facetIndex(t.publisher_inferred), index('sources_updated_at_idx').on(t.updated_at, t.id)],
);

export const conditions = sqliteTable(
  'conditions',
  {
    ...recordColumns,
    name: text('name').notNull(),
    alternate_names: json<string[]>('alternate_names').notNull(),
    category: text('category').notNull(),
    roles: json<string[]>('roles').notNull(),
    scope: json<Record<string, unknown>>('scope').notNull(),
    note: text('note'),
  },
  (t) => [
    facetIndex(t.category),
    index('conditions_updated_at_idx').on(t.updated_at, t.id),
    index('conditions_name_idx').on(t.name, t.id),
  ],
);

export const organizations = sqliteTable(
  'organizations',
  {
    ...recordColumns,
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    parent_organization_id: text('parent_organization_id').references((): AnySQLiteColumn => organizations.id),
    partner_organization_ids: json<string[]>('partner_organization_ids').notNull(),
    city: text('city'),
    region: text('region'),
    country: text('country'),
    website: text('website'),
    website_organization_id: text('website_organization_id').references((): AnySQLiteColumn => organizations.id),
    access_steps: json<ProgramAccessRow['steps']>('access_steps').notNull().default([]),
    inferred_place_parts: json<string[]>('inferred_place_parts').notNull().default([]),
    named_in_source: bool('named_in_source').notNull(),
  },
  (t) => [
    facetIndex(t.kind),
    facetIndex(t.parent_organization_id),
    facetIndex(t.named_in_source),
    index('organizations_updated_at_idx').on(t.updated_at, t.id),
    index('organizations_name_idx').on(t.name, t.id),
    index('organizations_parent_idx').on(t.parent_organization_id),
  ],
);

export const dosingRoutes = sqliteTable(
  'dosing_routes',
  {
    ...recordColumns,
    name: text('name').notNull(),
    abbreviation: text('abbreviation'),
    forms: json<string[]>('forms').notNull(),
    dose_min: real('dose_min'),
    dose_max: real('dose_max'),
    dose_unit: text('dose_unit'),
    dose_scope: json<Record<string, unknown> | null>('dose_scope'),
    description: text('description').notNull(),
    used_in_group_settings: text('used_in_group_settings').notNull(),
  },
  (t) => [
    facetIndex(t.dose_unit),
    facetIndex(t.used_in_group_settings),
    index('dosing_routes_updated_at_idx').on(t.updated_at, t.id),
  ],
);

export interface ProgramAccessRow {
  website: string | null;
  website_organization_id: string | null;
  website_inferred: boolean;
  steps: {
    kind: string;
    text: string;
    organization_id: string | null;
    source_id: string;
    hedge: string | null;
    inferred: boolean;
  }[];
}

export const programs = sqliteTable(
  'programs',
  {
    ...recordColumns,
    name: text('name').notNull(),
    organization_id: text('organization_id').references(() => organizations.id),
    format: text('format').notNull(),
    dosing_setting: text('dosing_setting').notNull(),
    dosing_setting_inferred: bool('dosing_setting_inferred').notNull().default(false),
    integration_setting: text('integration_setting').notNull(),
    generic: bool('generic').notNull(),
    duration_weeks: integer('duration_weeks'),
    medicine_sessions: integer('medicine_sessions'),
    medicine_sessions_max: integer('medicine_sessions_max'),
    group_size_min: integer('group_size_min'),
    group_size_max: integer('group_size_max'),
    structure: text('structure'),
    city: text('city'),
    region: text('region'),
    country: text('country'),
    place_inferred: bool('place_inferred').notNull().default(false),
    inferred_place_parts: json<string[]>('inferred_place_parts').notNull().default([]),
    // The column default predates website_organization_id and website_inferred (changing a default rebuilds the
    // table in SQLite); every write goes through the record store with the whole validated object, so it is never used.
    access: json<ProgramAccessRow>('access')
      .notNull()
      .default({ website: null, steps: [] } as unknown as ProgramAccessRow),
    routes: json<string[]>('routes').notNull(),
    conditions: json<string[]>('conditions').notNull(),
    description: text('description').notNull(),
    financial_assistance: json<string[]>('financial_assistance').notNull(),
    inferred_fields: json<string[]>('inferred_fields').notNull().default([]),
  },
  (t) => [
    facetIndex(t.format),
    facetIndex(t.dosing_setting),
    facetIndex(t.integration_setting),
    facetIndex(t.organization_id),
    facetIndex(t.generic),
    index('programs_updated_at_idx').on(t.updated_at, t.id),
    index('programs_name_idx').on(t.name, t.id),
    index('programs_format_name_idx').on(t.format, t.name, t.id),
    index('programs_organization_idx').on(t.organization_id),
    index('programs_country_idx').on(t.country, t.region, t.city),
    index('programs_duration_idx').on(t.duration_weeks, t.id),
    index('programs_format_duration_idx').on(t.format, t.duration_weeks, t.id),
    // The cost comparison pages by owner (the organization, or the program itself when it has none):
    // prices are paired only within one owner, so a page of owners is complete on its own.
    index('programs_owner_idx').on(sql`coalesce(${t.organization_id}, ${t.id})`, t.id),
  ],
);

export const prices = sqliteTable(
  'prices',
  {
    ...recordColumns,
    program_id: text('program_id').references(() => programs.id),
    label: text('label').notNull(),
    format: text('format').notNull(),
    /** Money is stored exactly, in minor units (cents). */
    amount_min_minor: integer('amount_min_minor'),
    amount_max_minor: integer('amount_max_minor'),
    open_ended: bool('open_ended').notNull(),
    open_ended_from_minor: integer('open_ended_from_minor'),
    approximate: bool('approximate').notNull(),
    amount_text: text('amount_text').notNull(),
    currency: text('currency').notNull(),
    currency_implied: bool('currency_implied').notNull(),
    unit: text('unit').notNull(),
    treatment: text('treatment').notNull(),
    hedges: json<string[]>('hedges').notNull(),
    includes: json<string[]>('includes').notNull(),
    sessions_included: integer('sessions_included'),
    sessions_included_max: integer('sessions_included_max'),
    tax_note: text('tax_note'),
    note: text('note'),
    published_year: integer('published_year'),
    inferred_fields: json<string[]>('inferred_fields').notNull().default([]),
  },
  (t) => [
    facetIndex(t.program_id),
    facetIndex(t.format),
    facetIndex(t.currency),
    facetIndex(t.unit),
    facetIndex(t.treatment),
    facetIndex(t.currency_implied),
    facetIndex(t.open_ended),
    index('prices_updated_at_idx').on(t.updated_at, t.id),
    index('prices_program_idx').on(t.program_id),
    index('prices_currency_amount_idx').on(t.currency, t.amount_min_minor, t.id),
    index('prices_amount_idx').on(t.amount_min_minor, t.id),
  ],
);

export const contraindications = sqliteTable(
  'contraindications',
  {
    ...recordColumns,
    condition: text('condition').notNull(),
    condition_ids: json<string[]>('condition_ids').notNull().default([]),
    category: text('category').notNull(),
    applies_to: text('applies_to').notNull(),
    scope: json<Record<string, unknown>>('scope').notNull(),
    inferred: bool('inferred').notNull().default(false),
    note: text('note'),
  },
  (t) => [
    facetIndex(t.category),
    facetIndex(t.applies_to),
    facetIndex(t.inferred),
    index('contraindications_updated_at_idx').on(t.updated_at, t.id),
  ],
);

export const formatFit = sqliteTable(
  'format_fit',
  {
    ...recordColumns,
    situation: text('situation').notNull(),
    position: integer('position').notNull(),
    group_format: text('group_format'),
    individual_format: text('individual_format'),
    favoured_format: text('favoured_format').notNull(),
    inferred: bool('inferred').notNull(),
    note: text('note'),
  },
  (t) => [
    facetIndex(t.favoured_format),
    facetIndex(t.inferred),
    index('format_fit_updated_at_idx').on(t.updated_at, t.id),
  ],
);

export const studies = sqliteTable(
  'studies',
  {
    ...recordColumns,
    title: text('title').notNull(),
    authors: json<string[]>('authors').notNull(),
    year: integer('year'),
    journal: text('journal'),
    journal_reference: text('journal_reference'),
    url: text('url'),
    source_id: text('source_id').references(() => sources.id),
    design: text('design').notNull(),
    population: text('population'),
    intervention: text('intervention'),
    participants: integer('participants'),
    participants_qualifier: text('participants_qualifier'),
    duration_weeks: integer('duration_weeks'),
    follow_up_months: integer('follow_up_months'),
    medicine_sessions: integer('medicine_sessions'),
    conditions: json<string[]>('conditions').notNull(),
    inferred_fields: json<string[]>('inferred_fields').notNull().default([]),
  },
  (t) => [
    facetIndex(t.source_id),
    facetIndex(t.participants_qualifier),
    index('studies_updated_at_idx').on(t.updated_at, t.id),
    index('studies_source_idx').on(t.source_id),
  ],
);

export const findings = sqliteTable(
  'findings',
  {
    ...recordColumns,
    study_id: text('study_id')
      .notNull()
      .references(() => studies.id),
    condition: text('condition').references(() => conditions.id),
    measure: text('measure').notNull(),
    value: real('value'),
    value_unit: text('value_unit'),
    value_qualifier: text('value_qualifier'),
    denominator: integer('denominator'),
    direction: text('direction').notNull(),
    summary: text('summary').notNull(),
    inferred_fields: json<string[]>('inferred_fields').notNull().default([]),
  },
  (t) => [
    facetIndex(t.study_id),
    facetIndex(t.condition),
    facetIndex(t.value_unit),
    index('findings_updated_at_idx').on(t.updated_at, t.id),
    index('findings_study_idx').on(t.study_id),
    index('findings_value_idx').on(t.value, t.id),
  ],
);

export const faqs = sqliteTable(
  'faqs',
  {
    ...recordColumns,
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    /** Required by every write; nullable here only so that the column can be added to existing tables and backfilled. */
    answered_by: text('answered_by').references(() => sources.id),
    position: integer('position').notNull(),
    related: json<{ collection: string; id: string }[]>('related').notNull(),
  },
  (t) => [facetIndex(t.answered_by), index('faqs_updated_at_idx').on(t.updated_at, t.id)],
);

/** A statement's scope (src/resources/common.schema.ts `Scope`), as stored inside JSON columns. */
export interface ScopeRow {
  level: string;
  format: string | null;
  program_ids: string[];
  stated_by: string[];
  hedge: string | null;
  inferred: boolean;
}

export interface PracticalRuleRow {
  rule: string;
  value_min: number | null;
  value_max: number | null;
  unit: string | null;
  scope: ScopeRow;
}

export const sessionPhases = sqliteTable(
  'session_phases',
  {
    ...recordColumns,
    name: text('name').notNull(),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    duration_min_minutes: integer('duration_min_minutes'),
    duration_max_minutes: integer('duration_max_minutes'),
    practical_rules: json<PracticalRuleRow[]>('practical_rules').notNull(),
  },
  (t) => [index('session_phases_updated_at_idx').on(t.updated_at, t.id)],
);

export interface GuideItemRow {
  text: string;
  value_min: number | null;
  value_max: number | null;
  unit: string | null;
  scope: ScopeRow;
}

export const guides = sqliteTable(
  'guides',
  {
    ...recordColumns,
    topic: text('topic').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    items: json<GuideItemRow[]>('items').notNull(),
  },
  (t) => [facetIndex(t.topic), index('guides_updated_at_idx').on(t.updated_at, t.id)],
);

/** Citations of every record of every collection: one row per excerpt, in order. */
export const citations = sqliteTable(
  'citations',
  {
    collection: text('collection').notNull(),
    record_id: text('record_id').notNull(),
    position: integer('position').notNull(),
    source_id: text('source_id')
      .notNull()
      .references(() => sources.id),
    excerpt: text('excerpt').notNull(),
    section: text('section').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.collection, t.record_id, t.position] }),
    index('citations_source_idx').on(t.source_id),
  ],
);
