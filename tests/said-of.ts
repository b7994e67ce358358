/**
 * What the seed says of an owner, read by the tests themselves (review 12 R12-4): never src's own rule
 * (conditions/included.ts), so a wrong rule there cannot pass by agreeing with itself.
 */
import type { Scope } from '../src/resources/common.schema.js';

type Cit = { source_id: string; excerpt: string; section?: string };

/**
 * Whether the owner's excerpts quote this one (the test's own reading): it is part of one of them, from the same
 * source, or of one read on into the next it cites from the same source and section, across one space (a quotation
 * and the words that introduce it, cited apart: "As one program noted," then the program's words).
 */
const quoted = (x: Cit, own: Cit[]) =>
  own.some((o, i) => {
    if (o.source_id !== x.source_id) return false;
    const next = own.slice(i + 1).find((n) => n.source_id === o.source_id && n.section === o.section);
    return o.excerpt.includes(x.excerpt) || (next !== undefined && `${o.excerpt} ${next.excerpt}`.includes(x.excerpt));
  });

/**
 * What the seed says a study reports (the test's own reading, not src's rule): a statement whose every excerpt the
 * owner's excerpts quote.
 */
export const quotesOnly = (st: { citations: Cit[] }, own: Cit[]) =>
  st.citations.length > 0 && st.citations.every((x) => quoted(x, own));
export const STUDY_ROLES = ['study_population', 'study_outcome'];
/**
 * What the seed says of a program (the test's own reading, not src's rule, R12-4): a scope, not Katalog's reading,
 * naming the program; or, for a generic record, its format said by sources the record alone cites, and not a study's
 * result (what a source reports of a particular study is that study's, audit 12 A12-7).
 */
export const ofProgram = (
  st: { role: string; scope: Scope },
  p: { id: string; generic?: boolean; format?: string; citations: readonly { source_id: string }[] },
) => {
  const sc = st.scope;
  return (
    !sc.inferred &&
    ((sc.level === 'program' && sc.program_ids.includes(p.id)) ||
      (p.generic === true &&
        !STUDY_ROLES.includes(st.role) &&
        sc.level === 'format' &&
        sc.format === p.format &&
        sc.stated_by.length > 0 &&
        sc.stated_by.every((s) => p.citations.some((c) => c.source_id === s))))
  );
};

/** The condition roles that keep each contraindication category (audit 9 M2: "should definitely avoid", …). */
export const ROLES_OF_CATEGORY: Record<string, string[]> = {
  absolute: ['contraindication'],
  requires_evaluation: ['requires_evaluation'],
  group_specific: ['group_exclusion', 'individual_more_suitable'],
  group_requirement: [],
};

/**
 * What the seed says a contraindication states, of a condition it names (the test's own reading, audit 12 A12-1): a
 * statement of a role its category keeps, said by the contraindication's sources alone, quoting only its excerpts.
 */
export const statesOf = (
  st: { role: string; scope: Scope; citations: Cit[] },
  x: { category: string; scope: { stated_by: string[] }; citations: Cit[] },
) =>
  (ROLES_OF_CATEGORY[x.category] ?? []).includes(st.role) &&
  st.scope.stated_by.length > 0 &&
  st.scope.stated_by.every((s) => x.scope.stated_by.includes(s)) &&
  quotesOnly(st, x.citations);
