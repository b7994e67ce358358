import { sql } from 'drizzle-orm';
import { clean, conditionType, sourcesOf } from '../../jsonld/jsonld.js';
import { Id, ScopeLevel } from '../common.schema.js';
import { custom, defineResource, facetable, sortable } from '../define.js';
import { citedSources } from '../includes.js';
import { Source } from '../sources/sources.schema.js';
import { Condition, ConditionFields, ConditionRole, conditions } from './conditions.schema.js';

export const conditionsResource = defineResource({
  path: 'conditions',
  tableName: 'conditions',
  singular: 'Condition',
  plural: 'Conditions',
  description:
    'Conditions the sources name: those ketamine therapy (or its group format) is used or studied for, and those they give as reasons against it. Programs, studies, findings and contraindications refer to them by id.',
  table: conditions,
  entity: Condition,
  writable: ConditionFields,
  search: { title: 'name', body: ['alternate_names', 'note', 'category', 'roles'] },
  jsonLd: {
    types: ['MedicalCondition', 'MedicalEntity'],
    describe: 'MedicalCondition (or MedicalEntity)',
    // Its name, the names the sources use, Katalog's note, the sources that name it. Naming a condition
    // says nothing of whether a treatment works for it: that is in /v1/findings, with its study.
    build: (_repo, c, base) =>
      clean({
        '@type': conditionType(c),
        '@id': `${base}/v1/conditions/${c.id}`,
        identifier: c.id,
        name: c.name,
        alternateName: c.alternate_names,
        description: c.note,
        subjectOf: sourcesOf(c, base),
      }),
  },
  query: {
    filters: {
      category: {
        kind: 'in',
        column: conditions.category,
        values: ConditionFields.shape.category,
        description: 'Kind of condition.',
      },
      role: custom({
        list: true,
        schema: ConditionRole,
        description: 'Named by the sources in one of these ways.',
        where: (v: string[]) =>
          sql`exists (select 1 from json_each(${conditions.roles}) where json_each.value in ${v})`,
      }),
      scope_level: custom({
        list: true,
        schema: ScopeLevel,
        description:
          'What the naming statement is said of: `ketamine_therapy` (in general), a `format`, or named `program`s.',
        where: (v: string[]) => sql`json_extract(${conditions.scope}, '$.level') in ${v}`,
      }),
      stated_by: custom({
        list: true,
        schema: Id,
        description:
          'Named by one of these sources (ids from /v1/sources): a source its scope states, or any source one of its citations quotes (a condition one article names as an indication and the other as a group exclusion is named by both).',
        where: (v: string[]) =>
          sql`(exists (select 1 from json_each(${conditions.scope}, '$.stated_by') where json_each.value in ${v}) or exists (select 1 from citations c where c.collection = 'conditions' and c.record_id = ${conditions.id} and c.source_id in ${v}))`,
      }),
    },
    facets: facetable(conditions, ConditionFields, 'category'),
    sort: sortable(conditions, 'name', 'category', 'updated_at'),
    defaultSort: ['name'],
    includes: { sources: citedSources(Source) },
  },
});
