import { canonicalJson } from '../../query/cursor.js';
import type { Citation, Scope } from '../common.schema.js';
import type { Rule } from '../rules.js';

/** A role statement as the rules and projections read it (the stored JSON, or a parsed body). */
export interface RoleStatementLike {
  role: string;
  scope: Scope;
  citations: Citation[];
}

/** Equal as JSON (an absent member and an undefined one are the same; key order does not matter). */
const key = (v: unknown) => canonicalJson(JSON.parse(JSON.stringify(v ?? null)));
const citationKey = (c: Citation) => key({ source_id: c.source_id, excerpt: c.excerpt, section: c.section });

/** The scope every statement shares, or null when they differ (or there are none). */
export function sharedScope(statements: readonly RoleStatementLike[]): Scope | null {
  const first = statements[0];
  if (!first) return null;
  const k = key(first.scope);
  return statements.every((s) => key(s.scope) === k) ? first.scope : null;
}

/** The roles of the statements, each once, in their order. */
export const rolesOf = (statements: readonly RoleStatementLike[]): string[] => [
  ...new Set(statements.map((s) => s.role)),
];

const statementsOf = (d: Record<string, unknown>) =>
  Array.isArray(d.role_statements) ? (d.role_statements as RoleStatementLike[]) : null;

/**
 * The rules across a condition's fields: `roles` and `scope` say what `role_statements` says (they cannot pair a role
 * with another statement's source), and each statement's scope names exactly the sources its own excerpts quote,
 * each excerpt one of the record's citations.
 */
export const conditionRules: Rule[] = [
  {
    text: 'roles lists the roles of role_statements, each once, in their order',
    check: (d, report) => {
      const statements = statementsOf(d);
      if (!statements || !Array.isArray(d.roles)) return;
      const want = rolesOf(statements);
      if (key(d.roles) !== key(want))
        report(['roles'], `must be ${JSON.stringify(want)}: the roles of role_statements`);
    },
  },
  {
    text: 'scope is the scope every role statement shares, or null when they differ',
    check: (d, report) => {
      const statements = statementsOf(d);
      if (!statements || d.scope === undefined) return;
      const shared = sharedScope(statements);
      if (key(d.scope) !== key(shared))
        report(
          ['scope'],
          shared === null
            ? 'must be null: the role statements differ in scope (each role has its own, in role_statements)'
            : 'must be the scope every role statement shares',
        );
    },
  },
  {
    text: "each role statement's scope.stated_by names exactly the sources of its citations, each one of the record's citations",
    check: (d, report) => {
      const statements = statementsOf(d);
      if (!statements || !Array.isArray(d.citations)) return;
      const record = new Set((d.citations as Citation[]).map(citationKey));
      statements.forEach((s, i) => {
        if (!s || !Array.isArray(s.citations) || !s.scope || !Array.isArray(s.scope.stated_by)) return;
        s.citations.forEach((c, j) => {
          if (!record.has(citationKey(c)))
            report(['role_statements', i, 'citations', j], "must be one of the record's citations");
        });
        const quoted = new Set(s.citations.map((c) => c.source_id));
        for (const by of s.scope.stated_by)
          if (!quoted.has(by))
            report(['role_statements', i, 'scope', 'stated_by'], `names ${by}, which none of its citations quotes`);
        for (const source of quoted)
          if (!s.scope.stated_by.includes(source))
            report(
              ['role_statements', i, 'scope', 'stated_by'],
              `must name ${source}: a citation of this statement quotes it`,
            );
      });
    },
  },
];
