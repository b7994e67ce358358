import type { Rule } from '../rules.js';
import { excerptsOf, figuresAt } from '../written-figures.js';

/**
 * A finding's qualifier and direction are the ones its texts word (hostile 21 H21-5: "79% of those with depression showed
 * significant clinical improvement" was taken as `unchanged`, and as less than 79%). The qualifier is read beside the
 * value where an excerpt writes it: "<13%" is less than, "750+" at least, "~12%" approximately, a figure with none of
 * these exact. A direction other than not_applicable is one a word of its summary gives ("improvement", "decreased",
 * "elevations", "no longer met the criteria"), not denied and no comparison of a figure.
 */

// "No more than 13%" is at most 13 %, "not less than" at least (review 41 R41-10): the denial is read first.
const DENIED_MORE =
  /\b(?:(?:no|not|never)\s+(?:(?:more|greater|higher)\s+than|over|above)|(?:did|does|do)\s+not\s+exceed|never\s+exceed(?:s|ed)?)\s*$/i;
const DENIED_LESS = /\b(?:no|not|never)\s+(?:(?:less|fewer|lower)\s+than|under|below)\s*$/i;
const LESS_BEFORE =
  /(?:<|≤|\b(?:less|fewer)\s+than|\bunder|\bbelow|\bup\s+to|\bat\s+most|\ba\s+maximum\s+of|\bmax\.?)\s*$/i;
const LESS_AFTER = /^(?:\s?%)?\s+(?:or\s+(?:fewer|less|below|under)|at\s+most|max(?:imum)?)\b/i;
const AT_LEAST_BEFORE =
  /(?:>|≥|\bat\s+least|\b(?:more|greater)\s+than|\bover|\bupwards\s+of|\ba\s+minimum\s+of|\bmin\.?)\s*$/i;
const AT_LEAST_AFTER =
  /^(?:\s?%)?(?:\+|\s+(?:or\s+(?:more|over|above|greater)|and\s+(?:up|over|above)|plus|at\s+least)\b)/i;
const ABOUT_BEFORE =
  /(?:~|≈|\babout|\baround|\bapprox\w*\.?|\broughly|\bnearly|\balmost|\bsome|\ban?\s+estimated|\bestimated)\s*$/i;
const ABOUT_AFTER = /^(?:\s?%)?\s+(?:or\s+so|approx\w*\.?|or\s+thereabouts)\b/i;

/** The qualifier an excerpt writes beside a figure. */
function qualifierAt(text: string, at: number, end: number): string {
  const before = text.slice(0, at);
  const after = text.slice(end);
  if (DENIED_MORE.test(before)) return 'less_than';
  if (DENIED_LESS.test(before)) return 'at_least';
  if (LESS_BEFORE.test(before) || LESS_AFTER.test(after)) return 'less_than';
  if (AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(after)) return 'at_least';
  if (ABOUT_BEFORE.test(before) || ABOUT_AFTER.test(after)) return 'approximately';
  return 'exact';
}

/** Words that give each direction. */
const DIRECTIONS: Record<string, RegExp> = {
  improved:
    /\b(?:improv\w*|better|brighter|milder|no\s+longer\s+met|recover\w*|remission|benefits?|relie(?:f|ved))\b/gi,
  decreased:
    /\b(?:decreas\w*|drop\w*|reduc\w*|fewer|less|lower\w*|declin\w*|fell|fall\w*|went\s+down|eased|subsided|lessened)\b/gi,
  increased: /\b(?:increas\w*|elevat\w*|rise|rises|rose|risen|higher|grew|grow\w*|went\s+up)\b/gi,
  unchanged: /\b(?:unchanged|no\s+(?:significant\s+)?(?:change|difference)|did\s+not\s+change|stable|same)\b/gi,
};
/**
 * A direction word as said of the finding: not a comparison of a figure ("fewer than 13%"; review 41 R41-8), nor under a
 * denial ("did not decrease", "no improvement"; R41-9) unless the denial is the word's own ("no change").
 */
const saysDirection = (direction: string, words: RegExp, text: string) =>
  [...text.matchAll(words)].some((m) => {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (/^\s+than\b/i.test(after)) return false;
    return direction === 'unchanged' || !/\b(?:no|not|never|without|n['’]t)\s+(?:\w+\s+){0,2}$/i.test(before);
  });

export const wordedAs: Rule = {
  text: 'value_qualifier, direction: as worded',
  check: (d, report) => {
    const excerpts = excerptsOf(d);
    const v = d.value;
    const q = d.value_qualifier;
    if (typeof v === 'number' && typeof q === 'string') {
      const read = excerpts.flatMap((e) =>
        figuresAt(e)
          .filter((f) => f.value === Math.abs(v))
          .map((f) => qualifierAt(e, f.at, f.end)),
      );
      if (read.length && !read.includes(q))
        report(
          ['value_qualifier'],
          `must be the qualifier a cited excerpt writes beside ${v} (${[...new Set(read)].join(', ')})`,
        );
    }
    const direction = d.direction;
    const words = typeof direction === 'string' ? DIRECTIONS[direction] : undefined;
    if (!words) return;
    // The finding's own summary: an excerpt may hold the study's other results ("fewer suicidal thoughts" beside "better
    // functioning"; R41-8).
    if (!(typeof d.summary === 'string' && saysDirection(direction as string, words, d.summary)))
      report(['direction'], `must be a direction its summary words (it writes no word of "${direction}")`);
  },
};
