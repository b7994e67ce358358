/**
 * What the seed says of an owner, read by the tests themselves (review 12 R12-4): never src's own rule
 * (conditions/included.ts), so a wrong rule there cannot pass by agreeing with itself.
 */
import type { Scope } from '../src/resources/common.schema.js';

type Cit = { source_id: string; excerpt: string };

/**
 * What the seed says a study reports (the test's own reading, not src's rule): a statement whose every excerpt is part
 * of one of the owner's excerpts, from the same source.
 */
export const quotesOnly = (st: { citations: Cit[] }, own: Cit[]) =>
  st.citations.length > 0 &&
  st.citations.every((x) => own.some((o) => o.source_id === x.source_id && o.excerpt.includes(x.excerpt)));
export const STUDY_ROLES = ['study_population', 'study_outcome'];
/**
 * What the seed says of a program (the test's own reading, not src's rule, R12-4): a scope, not Katalog's reading,
 * naming the program; or, for a generic record, its format said by sources the record alone cites.
 */
export const ofProgram = (
  sc: Scope,
  p: { id: string; generic?: boolean; format?: string; citations: readonly { source_id: string }[] },
) =>
  !sc.inferred &&
  ((sc.level === 'program' && sc.program_ids.includes(p.id)) ||
    (p.generic === true &&
      sc.level === 'format' &&
      sc.format === p.format &&
      sc.stated_by.length > 0 &&
      sc.stated_by.every((s) => p.citations.some((c) => c.source_id === s))));
