import { studyDoc } from '../../jsonld/jsonld.js';
import { titleMarked } from '../../jsonld/titles.js';
import { Id } from '../common.schema.js';
import { IncludedCondition } from '../conditions/conditions.schema.js';
import { conditionsUnderStudies } from '../conditions/included.js';
import { defineResource, facetable, readTogether, sortable } from '../define.js';
import { Finding } from '../findings/findings.schema.js';
import { citedSources, hasMany, referenced } from '../includes.js';
import { needs } from '../rules.js';
import { authorsKnown, Source } from '../sources/sources.schema.js';
import { CITED_UNITS, citedFigures } from '../written-figures.js';
import { Study, StudyFields, studies } from './studies.schema.js';

export const studiesResource = defineResource({
  path: 'studies',
  tableName: 'studies',
  singular: 'Study',
  plural: 'Studies',
  description: 'Studies, case reports and program evaluations the sources report.',
  table: studies,
  entity: Study,
  writable: StudyFields,
  rules: [
    citedFigures({
      participants: CITED_UNITS.count,
      medicine_sessions: CITED_UNITS.sessions,
      duration_weeks: CITED_UNITS.weeks,
      follow_up_months: CITED_UNITS.months,
    }),
    needs('participants_qualifier', 'participants'),
    authorsKnown,
    titleMarked('inferred_fields'),
  ],
  search: { title: 'title', body: ['authors', 'journal', 'design', 'population', 'intervention', 'conditions'] },
  readWith: readTogether(['participants'], ['participants_qualifier']),
  jsonLd: {
    types: ['MedicalStudy'],
    describe: 'MedicalStudy',
    build: (repo, item, base) => studyDoc(repo, item, base),
  },
  query: {
    filters: {
      condition: {
        kind: 'contains',
        column: studies.conditions,
        values: Id,
        description: 'Studies one of these conditions.',
      },
      year: { kind: 'range', column: studies.year, integer: true, description: 'Publication year.' },
      participants: {
        kind: 'range',
        column: studies.participants,
        integer: true,
        description: 'Number of participants.',
      },
      duration_weeks: { kind: 'range', column: studies.duration_weeks, description: 'Treatment duration in weeks.' },
    },
    sort: sortable(studies, 'title', 'year', 'participants', 'updated_at'),
    facets: facetable(studies, StudyFields, 'source_id', 'participants_qualifier'),
    defaultSort: ['title'],
    includes: {
      findings: hasMany('findings', 'study_id', Finding, 'its findings'),
      condition_records: referenced(
        StudyFields,
        'conditions',
        IncludedCondition,
        "the conditions it names, each with only what reports it; `link_inferred` when they are Katalog's reading",
        conditionsUnderStudies,
      ),
      sources: citedSources(Source),
    },
  },
});
