import { type SQL, sql } from 'drizzle-orm';
import { clean, conditionType, sourcesOf } from '../../jsonld/jsonld.js';
import { Id, ScopeLevel } from '../common.schema.js';
import { custom, defineResource, facetable, sortable } from '../define.js';
import { citedSources } from '../includes.js';
import { Source } from '../sources/sources.schema.js';
import { Condition, ConditionFields, ConditionRole, conditions } from './conditions.schema.js';
import { conditionRules } from './statements.js';

const STATEMENT_PARAMS = ['role', 'stated_by', 'scope_level'] as const;

/**
 * Conditions with one role statement matching every one of `role`, `stated_by` and `scope_level` given: the role,
 * the source and what it is said of are those of one statement, never of two. Emitted once, by the first of them
 * present (the others add nothing).
 */
function statementFilter(params: Record<string, unknown>, self: (typeof STATEMENT_PARAMS)[number]): SQL | undefined {
  if (STATEMENT_PARAMS.find((p) => params[p] !== undefined) !== self) return undefined;
  const role = params.role as string[] | undefined;
  const by = params.stated_by as string[] | undefined;
  const level = params.scope_level as string[] | undefined;
  const parts: SQL[] = [];
  if (role) parts.push(sql`json_extract(s.value, '$.role') in ${role}`);
  if (level) parts.push(sql`json_extract(s.value, '$.scope.level') in ${level}`);
  if (by) parts.push(sql`exists (select 1 from json_each(s.value, '$.scope.stated_by') b where b.value in ${by})`);
  return sql`exists (select 1 from json_each(${conditions.role_statements}) s where ${sql.join(parts, sql` and `)})`;
}

export const conditionsResource = defineResource({
  path: 'conditions',
  tableName: 'conditions',
  names: { columns: ['name', 'alternate_names'] },
  singular: 'Condition',
  plural: 'Conditions',
  description:
    'Conditions the sources name: those ketamine therapy (or its group format) is used or studied for, and those they give as reasons against it. Programs, studies, findings and contraindications refer to them by id.',
  table: conditions,
  entity: Condition,
  writable: ConditionFields,
  rules: conditionRules,
  search: { title: 'name', body: ['alternate_names', 'note', 'category', 'roles'] },
  // A role comes with who gives it, of what and whether it is Katalog's reading (review 25 R25-11).
  readWith: { roles: ['role_statements', 'scope'] },
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
        description:
          'Has a role statement with one of these roles (with stated_by, scope_level: the same statement); its `named_as` quotes how its excerpts name it.',
        reads: { field: 'role_statements' },
        where: (_: string[], params) => statementFilter(params, 'role'),
      }),
      scope_level: custom({
        list: true,
        schema: ScopeLevel,
        description: 'Has a role statement said of one of these (with role, stated_by: the same statement).',
        reads: { field: 'role_statements' },
        where: (_: string[], params) => statementFilter(params, 'scope_level'),
      }),
      stated_by: custom({
        list: true,
        schema: Id,
        description: 'Has a role statement by one of these sources (with role, scope_level: the same statement).',
        reads: { field: 'role_statements' },
        where: (_: string[], params) => statementFilter(params, 'stated_by'),
      }),
    },
    facets: facetable(conditions, ConditionFields, 'category'),
    sort: sortable(conditions, 'name', 'category', 'updated_at'),
    defaultSort: ['name'],
    includes: { sources: citedSources(Source) },
  },
});
