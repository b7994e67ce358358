import { canonicalJson } from '../../query/cursor.js';
import type { Citation, Scope } from '../common.schema.js';
import { type Rule, writesWords } from '../rules.js';

/** A role statement as the rules and projections read it (the stored JSON, or a parsed body). */
export interface RoleStatementLike {
  role: string;
  scope: Scope;
  citations: Citation[];
  named_as?: string[];
}

/** Equal as JSON (an absent member and an undefined one are the same; key order does not matter). */
const key = (v: unknown) => canonicalJson(JSON.parse(JSON.stringify(v ?? null)));
const citationKey = (c: Citation) => key({ source_id: c.source_id, excerpt: c.excerpt, section: c.section });

/** The scope every statement shares, or null when they differ (or there are none). */
export function sharedScope(statements: readonly RoleStatementLike[]): Scope | null {
  const first = statements[0];
  if (!first) return null;
  const k = key(first.scope);
  // A copy: the record's scope is its own value, never the same object as a statement's.
  return statements.every((s) => key(s.scope) === k) ? structuredClone(first.scope) : null;
}

/** The roles of the statements, each once, in their order. */
export const rolesOf = (statements: readonly RoleStatementLike[]): string[] => [
  ...new Set(statements.map((s) => s.role)),
];

/**
 * Words that say which condition a name is, as stems (the first five letters: "psychotic" names psychosis): a name's
 * words before any "with …" ("Chronic pain with psychological components" is pain), less the words every name shares
 * ("disorder", "disease") and those that say how severe or how recent ("severe", "active", "chronic"), which name no
 * condition (hostile 18f H18f-6: "severe substance use" was taken as severe liver disease's words).
 */
const GENERIC = new Set([
  'and',
  'or',
  'the',
  'a',
  'of',
  'disor',
  'disea',
  'condi',
  'relat',
  'sever',
  'serio',
  'activ',
  'recen',
  'uncon',
  'chron',
  'histo',
]);
const stemsOf = (text: string): string[] =>
  (text.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.slice(0, 5)).filter((w) => !GENERIC.has(w));
const nameStems = (name: string): string[] => stemsOf(name.split(/\s+with\s+/i)[0] as string);
/**
 * Whether words of an excerpt name the condition (hostile 18e H18e-9: mania's statement was stored as named "Active
 * psychosis", another item of its list): one item, not a run of a list ("Active psychosis, active mania"), with a word of
 * the condition's names, or the class a list gives its conditions ("conditions that haven't responded well to standard
 * treatments", "treatment-resistant conditions").
 */
const namesCondition = (words: string, stems: Set<string>): boolean =>
  !/[,;]/.test(words) &&
  (/^(?:conditions that|treatment-resistant conditions$)/i.test(words) || stemsOf(words).some((w) => stems.has(w)));

const statementsOf = (d: Record<string, unknown>) =>
  Array.isArray(d.role_statements) ? (d.role_statements as RoleStatementLike[]) : null;

/**
 * The rules across a condition's fields: `roles` and `scope` say what `role_statements` says (they cannot pair a role
 * with another statement's source), and each statement's scope names exactly the sources its own excerpts quote,
 * each excerpt one of the record's citations.
 */
export const conditionRules: Rule[] = [
  {
    text: "each of a role statement's named_as is whole words of one of its excerpts that name the condition",
    check: (d, report) => {
      const names = [d.name, ...(Array.isArray(d.alternate_names) ? d.alternate_names : [])].filter(
        (n): n is string => typeof n === 'string',
      );
      const stems = new Set(names.flatMap(nameStems));
      statementsOf(d)?.forEach((s, i) => {
        const named = s?.named_as as unknown;
        if (!s || !Array.isArray(named) || !Array.isArray(s.citations)) return;
        named.forEach((words, j) => {
          if (typeof words !== 'string') return;
          if (
            !s.citations.some((c) => typeof c?.excerpt === 'string' && writesWords(c.excerpt, words, { exact: true }))
          )
            report(['role_statements', i, 'named_as', j], 'must be whole words one of its excerpts writes, verbatim');
          else if (words && !namesCondition(words, stems))
            report(
              ['role_statements', i, 'named_as', j],
              `must name the condition, one item of a list: a word of its name${names.length > 1 ? 's' : ''} (${names.join(', ')}), or the class a list names ("conditions that …")`,
            );
        });
      });
    },
  },
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
      if (key(d.scope) === key(shared)) return;
      // The two fields disagree: either may be the wrong one, so both are named.
      report(
        ['scope'],
        shared === null
          ? 'must be null: the role statements differ in scope (each role has its own, in role_statements)'
          : 'must be the scope every role statement shares',
      );
      report(
        ['role_statements'],
        'their scopes are not the record’s scope (`scope`: the one they all share, else null)',
      );
    },
  },
  {
    text: "each role statement's scope.stated_by names exactly the sources of its citations, each one of the record's citations",
    check: (d, report) => {
      const statements = statementsOf(d);
      if (!statements || !Array.isArray(d.citations)) return;
      const cited = d.citations as Citation[];
      const record = new Set(cited.map(citationKey));
      const words = (c: Citation) => key([c.excerpt, c.section]);
      statements.forEach((s, i) => {
        if (!s || !Array.isArray(s.citations) || !s.scope || !Array.isArray(s.scope.stated_by)) return;
        s.citations.forEach((c, j) => {
          if (record.has(citationKey(c))) return;
          // The same words credited to another source by the record: the record's citation is the one named (a
          // dangling or wrong source there is reported by the reference check too).
          const k = cited.findIndex((x) => words(x) === words(c));
          if (k >= 0)
            report(['citations', k, 'source_id'], `must be ${c.source_id}, the source role_statements[${i}] quotes`);
          else report(['role_statements', i, 'citations', j], "must be one of the record's citations");
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
