import { nextInSection } from '../resources/excerpts.js';
import type { Rule } from '../resources/rules.js';

/** A work (a source or a study) as stored: its title, its citations and its mark. */
type Work = Record<string, unknown>;

type Cited = { source_id: string; excerpt: string; section?: string };

/**
 * The two excerpts a work's title is cut across, when no one excerpt writes it: an excerpt and the next one of the
 * same source and section in the record's citations (the order it quotes them in), the title running from the end of
 * the first into the start of the second across the one space between them (the Tsang et al. reference, cut in two).
 * Never two excerpts from different places: the seed verifier checks, against the article, that such a pair is read
 * together there (`verifyTitleJoins`); a record written through the API is held to the same order and section.
 */
export function titleJoin(work: Work): [Cited, Cited] | null {
  const title = String(work.title ?? '');
  const cited = (work.citations as Cited[] | undefined) ?? [];
  if (title === '') return null;
  for (const [i, a] of cited.entries()) {
    const b = nextInSection(cited, i);
    if (b && `${a.excerpt} ${b.excerpt}`.includes(title)) return [a, b];
  }
  return null;
}

/**
 * Whether a source gives a work's title: it is written in one of the record's excerpts, or across two excerpts read
 * one after the other (`titleJoin`). The one rule: the seed verifier checks every record's mark against it, and a
 * write that leaves a title unmarked must pass it (`titleMarked`).
 */
export function titleGiven(work: Work): boolean {
  const title = String(work.title ?? '');
  const cited = (work.citations as Cited[] | undefined) ?? [];
  return title !== '' && (cited.some((a) => a.excerpt.includes(title)) || titleJoin(work) !== null);
}

/**
 * Whether the record marks its title as Katalog's description (its source gives no title): a source's
 * `title_inferred`, a study's `inferred_fields` listing `title` (each collection's existing kind of mark).
 */
export function titleInferred(work: Work): boolean {
  return work.title_inferred === true || ((work.inferred_fields as string[] | undefined) ?? []).includes('title');
}

/** The suffix that marks a derived name as Katalog's description of a work whose source gives no title. */
export const NO_TITLE = " (Katalog's description; its source gives no title)";

/**
 * A work's name as a derived view may state it (a study's, a source's): its title when the record does not mark it
 * as Katalog's description, else the title said to be one (never stated as the work's own title). One rule for every
 * derived name; the mark itself is kept equal to `titleGiven` (seed verifier, `titleMarked`).
 */
export function workName(work: Work): string {
  const title = String(work.title ?? work.id);
  return work.title === undefined || work.title === null || titleInferred(work) ? `${title}${NO_TITLE}` : title;
}

/**
 * A title no excerpt of the record writes is marked as Katalog's description (`mark`: the collection's marker), so
 * no record states Katalog's description as a work's own title (audit 11 A11-3). Checked on every write and on the
 * seed; marking a title a source does give is not refused (it understates), the seed verifier refuses it.
 */
export const titleMarked = (mark: 'title_inferred' | 'inferred_fields'): Rule => ({
  text: `a title no excerpt writes is marked (${mark === 'title_inferred' ? 'title_inferred: true' : 'inferred_fields lists title'})`,
  check: (d, report) => {
    if (typeof d.title === 'string' && !titleInferred(d) && !titleGiven(d))
      report(
        [mark],
        mark === 'title_inferred'
          ? 'must be true: no excerpt writes the title, so it is Katalog’s description'
          : 'must name title: no excerpt writes the title, so it is Katalog’s description',
      );
  },
});
