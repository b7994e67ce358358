import { z } from 'zod';
import { findingDoc, findingsSaidBy } from '../../jsonld/jsonld.js';
import { Id } from '../common.schema.js';
import { IncludedCondition } from '../conditions/conditions.schema.js';
import { conditionsUnderFindings } from '../conditions/included.js';
import { defineResource, facetable, readTogether, sortable } from '../define.js';
import { citedSources, referenced } from '../includes.js';
import { atLeast, needs, when } from '../rules.js';
import { Source } from '../sources/sources.schema.js';
import { Study } from '../studies/studies.schema.js';
import { CITED_UNITS, citedFigures } from '../written-figures.js';
import { Finding, FindingFields, findings } from './findings.schema.js';
import { wordedAs } from './worded-as.js';

export const findingsResource = defineResource({
  path: 'findings',
  tableName: 'findings',
  singular: 'Finding',
  plural: 'Findings',
  description: 'Reported results of studies; every numeric result is its own record.',
  table: findings,
  entity: Finding,
  writable: FindingFields,
  rules: [
    citedFigures({
      value: (d) => CITED_UNITS[d.value_unit as 'percent'] ?? null,
      denominator: CITED_UNITS.participants,
    }),
    needs('value', 'value_unit'),
    wordedAs,
    when('value_unit', 'participants', atLeast('denominator', 'value')),
    // A number possible for its unit (hostile 18 H18-9): a count of participants is whole and not negative, a
    // percentage within 0–100 (its direction says which way) unless it says a rise ("rose by 150%"), months not
    // negative. Sessions and events may be a mean ("5.5 sessions on average"), and no figure is beyond the integers a
    // double holds exactly (1e300 participants; hostile 18b H18b-11).
    {
      text: 'value: participants whole ≥ 0; sessions, events, months ≥ 0; percent 0–100 but a rise; ≤ 2^53 − 1',
      check: (d, report) => {
        const v = d.value;
        if (typeof v !== 'number') return;
        const unit = d.value_unit;
        if (Math.abs(v) > Number.MAX_SAFE_INTEGER) report(['value'], 'must be at most 9007199254740991 (2^53 − 1)');
        else if (unit === 'participants' && !(Number.isInteger(v) && v >= 0))
          report(['value'], 'must be a whole number of participants, 0 or more');
        else if ((unit === 'sessions' || unit === 'events' || unit === 'months') && v < 0)
          report(['value'], `must be 0 or more ${unit}`);
        else if (unit === 'percent' && v < 0)
          report(['value'], 'must be a percentage of 0 or more (direction says which way)');
        else if (unit === 'percent' && v > 100 && d.direction !== 'increased' && d.direction !== 'improved')
          report(
            ['value'],
            'must be a percentage from 0 to 100: only a rise (direction increased or improved) is more',
          );
      },
    },
  ],
  search: { title: 'measure', body: ['summary', 'condition'], saidBy: findingsSaidBy },
  // What a value is of (its measure and direction: "~12 percent" is an increase of blood pressure; review 25 R25-6), and
  // whose result it is: the study (audit 23 A23-6: "~12 percent, increased" alone read as a general fact).
  readWith: {
    ...readTogether(['value', 'denominator'], ['value_unit', 'value_qualifier', 'measure', 'direction', 'study_id']),
    direction: ['study_id'],
    // A study's result said alone reads as a general fact (audit 27 A27-2).
    summary: ['study_id'],
  },
  jsonLd: {
    types: ['Claim'],
    describe: 'Claim (whose report it is, and the study it is based on)',
    build: (repo, item, base) => findingDoc(repo, item, base),
  },
  query: {
    filters: {
      study_id: { kind: 'in', column: findings.study_id, values: Id, description: 'Study the finding belongs to.' },
      condition: { kind: 'in', column: findings.condition, values: Id, description: 'Condition measured.' },
      measure: {
        kind: 'in',
        column: findings.measure,
        values: z.string().min(1).max(200),
        description: 'What was measured, exactly as stored (e.g. GAD-7).',
      },
      value_unit: {
        kind: 'in',
        column: findings.value_unit,
        values: FindingFields.shape.value_unit.unwrap(),
        description: 'Unit of the value.',
      },
      value: {
        kind: 'range',
        column: findings.value,
        description:
          'Reported value as written, within one `value_unit` (give exactly one); `value_qualifier` says what it bounds ("<13" is 13 here). One unit is not one quantity (a percent of participants, of sessions, a change): read `measure`.',
      },
    },
    sort: sortable(findings, 'study_id', 'measure', 'value_unit', 'value', 'updated_at'),
    facets: facetable(findings, FindingFields, 'study_id', 'condition', 'value_unit'),
    defaultSort: ['study_id', 'measure'],
    // Percentages, participants and sessions are not one scale (review 25 R25-8).
    within: { value: ['value_unit'] },
    includes: {
      study: referenced(FindingFields, 'study_id', Study, 'the study it comes from'),
      condition_record: referenced(
        FindingFields,
        'condition',
        IncludedCondition,
        "the condition measured, with only what its or its study's excerpts report; `link_inferred` when it is Katalog's reading",
        conditionsUnderFindings,
      ),
      sources: citedSources(Source),
    },
  },
});
