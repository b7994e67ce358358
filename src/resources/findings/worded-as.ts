import type { Rule } from '../rules.js';
import { excerptsOf, figuresAt } from '../written-figures.js';

/**
 * A finding's qualifier and direction are the ones its texts word (hostile 21 H21-5: "79% of those with depression showed
 * significant clinical improvement" was taken as `unchanged`, and as less than 79%). The qualifier is read beside the
 * value where an excerpt writes it: "<13%" is less than, "750+" at least, "~12%" approximately, a figure with none of
 * these exact. A direction other than not_applicable is one a word of the summary or an excerpt gives ("improvement",
 * "decreased", "elevations", "no longer met the criteria").
 */

const LESS = /(?:<|≤|\b(?:less|fewer)\s+than|\bunder|\bbelow|\bup\s+to)\s*$/i;
const AT_LEAST_BEFORE = /(?:>|≥|\bat\s+least|\bmore\s+than|\bover)\s*$/i;
const AT_LEAST_AFTER = /^(?:\s?%)?(?:\+|\s+(?:or\s+more|and\s+(?:up|over)|plus)\b)/i;
const ABOUT = /(?:~|≈|\babout|\baround|\bapprox\w*\.?|\broughly|\bnearly|\balmost|\bsome)\s*$/i;

/** The qualifier an excerpt writes beside a figure. */
function qualifierAt(text: string, at: number, end: number): string {
  const before = text.slice(0, at);
  const after = text.slice(end);
  if (LESS.test(before)) return 'less_than';
  if (AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(after)) return 'at_least';
  if (ABOUT.test(before)) return 'approximately';
  return 'exact';
}

/** Words that give each direction. */
const DIRECTIONS: Record<string, RegExp> = {
  improved: /\b(?:improv\w*|better|brighter|milder|no\s+longer\s+met|recover\w*|remission|benefits?)\b/i,
  decreased: /\b(?:decreas\w*|drop\w*|reduc\w*|fewer|less|lower\w*|declin\w*|fell|fall\w*)\b/i,
  increased: /\b(?:increas\w*|elevat\w*|rise|rises|rose|risen|higher|grew|grow\w*)\b/i,
  unchanged: /\b(?:unchanged|no\s+(?:significant\s+)?change|did\s+not\s+change|stable|same)\b/i,
};

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
    const texts = [d.summary, ...excerpts].filter((t): t is string => typeof t === 'string');
    if (!texts.some((t) => words.test(t)))
      report(
        ['direction'],
        `must be a direction the summary or an excerpt words (it writes no word of "${direction}")`,
      );
  },
};
