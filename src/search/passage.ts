import { ARTICLE_NAMES } from '../../seed/articles.js';
import { literal } from '../resources/rules.js';

/**
 * A search hit's snippet: the best-matching passage of a record's searched text, led by the words that name whose it is
 * (audit 23 A23-1). FTS5's own `snippet()` cut a fixed window of tokens, so a passage often began after its speaker:
 * "…It says doses typically range from 0.5mg/kg to 1.5mg/kg…" came with the record's `said_by` "the KAIR article and the
 * Canadian article", a dose credited to an article that gives none. Here the passage is a window of the best sentence,
 * and when that window does not show the words naming an article, the opening of the sentence that last names one (this
 * sentence or an earlier one: "The KAIR article … It says doses …") leads it. Only text of the record is shown, in its
 * order, with "…" wherever something is left out; nothing is inferred about a speaker the text does not name.
 *
 * `marked` is the whole highlighted text (FTS5 `highlight()`, matches between `open` and `close`). Work is linear in
 * its length, as FTS5's own highlighting is.
 */

/** Words of the best sentence shown around its first match. */
const WINDOW = 16;
/** Words kept before the first match, when the sentence starts earlier. */
const BEFORE = 3;
/** A match this near its sentence's start is shown from the start. */
const NEAR = 6;
/** The most words a window grows to, to show its sentence's speaker with the words between it and the match. */
const LONGEST = 32;
/** A sentence opening up to its speaker is kept whole when the speaker is named within this many words. */
const LEAD = 6;

/** The words naming an article as the speaker of a passage ("KAIR article", "the Canadian article's"). */
const SPEAKER = new RegExp(
  `\\b(?:${Object.values(ARTICLE_NAMES)
    .map((n) => literal(n.replace(/^the\s+/i, '')))
    .join('|')})`,
  'gi',
);

/** Abbreviations whose point ends no sentence ("Tsang et al. 2023", "Dr. Foy"). */
const ABBREVIATION = /^["'“‘(]*(?:[A-Z]|al|dr|mr|mrs|ms|st|no|vs|e\.g|i\.e|approx|cf|fig)\.$/i;
const ENDS_SENTENCE = /[.!?]["'”’)\]]*$/;
const STARTS_SENTENCE = /^["'“‘([]?[A-Z0-9]/;
/** A word that ends a sentence: a point, ! or ? (then any closing quotes or brackets), not of an abbreviation. */
const endsSentence = (w: string) =>
  CLOSERS.has(w.charCodeAt(w.length - 1)) && ENDS_SENTENCE.test(w) && !ABBREVIATION.test(w);
const CLOSERS = new Set([...'.!?"\'”’)]'].map((c) => c.charCodeAt(0)));

/**
 * What the search index puts between two fields of a record (triggers.ts): a paragraph separator, which FTS5 reads as
 * a space, so that a passage's speaker is looked for in its own field only (a program's place is not said by the
 * article its description names). A snippet shows it as a space.
 */
export const FIELD_BREAK = '\u2029';

/**
 * Private-use characters FTS5 puts around matches, replaced by <mark> tags after escaping (search.ts). The index never
 * holds them, nor a FIELD_BREAK, from a record's text (triggers.ts `indexable`): a stored one would open or close a mark
 * or split a field.
 */
export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';

/** A text cut into words and sentences, with its best sentence. */
interface Scan {
  /** Words at even indexes, the whitespace between them (kept as written) at odd ones. */
  parts: string[];
  words: string[];
  /** The words without the match marks. */
  plain: string[];
  /** Sentences, as [start, end) word ranges; each field starts one. */
  sentences: (readonly [number, number])[];
  /** The field of each sentence. */
  fieldOf: number[];
  /** The best sentence: the most distinct matched terms, then the most matches, then the first (one with words). */
  best: number;
}

/** One pass over the words: the sentences, and the best one. */
function scan(marked: string, open: string, close: string): Scan {
  const parts = marked.split(/(\s+)/);
  const n = (parts.length + 1) >> 1;
  const words: string[] = new Array(n);
  const plain: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = parts[2 * i] as string;
    words[i] = w;
    plain[i] = w.includes(open) || w.includes(close) ? w.replaceAll(open, '').replaceAll(close, '') : w;
  }
  const starts = [0];
  const fieldOf = [0];
  let best = -1;
  let most = { terms: -1, matches: -1 };
  const terms = new Set<string>();
  let matches = 0;
  let filled = false;
  const score = () => {
    if (filled && (terms.size > most.terms || (terms.size === most.terms && matches > most.matches))) {
      best = starts.length - 1;
      most = { terms: terms.size, matches };
    }
    terms.clear();
    matches = 0;
    filled = false;
  };
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const gap = parts[2 * i - 1] as string;
      const field = gap !== ' ' && gap.includes(FIELD_BREAK);
      if (field || (endsSentence(plain[i - 1] as string) && STARTS_SENTENCE.test(plain[i] as string))) {
        score();
        starts.push(i);
        fieldOf.push((fieldOf.at(-1) as number) + (field ? 1 : 0));
      }
    }
    const w = words[i] as string;
    if (w) filled = true;
    if (w.includes(open))
      for (const piece of w.split(open).slice(1)) {
        terms.add((piece.split(close)[0] as string).toLowerCase());
        matches++;
      }
  }
  score();
  return {
    parts,
    words,
    plain,
    sentences: starts.map((s, i) => [s, starts[i + 1] ?? n] as const),
    fieldOf,
    best: Math.max(best, 0),
  };
}

export function passage(marked: string, open: string, close: string): string {
  if (!marked.trim()) return '';
  const { parts, words, plain, sentences, fieldOf, best } = scan(marked, open, close);
  const n = words.length;
  const text = (from: number, to: number) =>
    to > from
      ? parts
          .slice(2 * from, 2 * to - 1)
          .join('')
          .replaceAll(FIELD_BREAK, ' ')
      : '';
  const [s, e] = sentences[best] as readonly [number, number];
  let m = s;
  while (m < e && !(words[m] as string).includes(open)) m++;
  if (m === e) m = s;

  // The window: from the sentence's start when the match is near it, else from a few words before the match; on into
  // the next sentences when this one is short, never back into the previous one.
  let a = m - s <= NEAR ? s : m - BEFORE;
  let b = Math.min(n, a + WINDOW);
  a = Math.max(s, b - WINDOW);

  // The speaker: named in the sentence (before its match, else after it), else in the last earlier sentence naming one.
  const own = speakersIn(plain, s, e);
  const before = own.filter(([, end]) => end < m).at(-1);
  const after = own.find(([start]) => start >= m);
  let lead: readonly [number, number] | null = null;
  let trail: readonly [number, number] | null = null;
  if (before) {
    // This sentence's speaker: shown with the words between it and the match when they fit, else as a lead.
    const from = leadOf(plain, before, s, e)[0];
    if (m - from < LONGEST - BEFORE) {
      a = Math.min(a, from);
      b = Math.min(n, Math.max(b, a + WINDOW), a + LONGEST);
    } else lead = leadOf(plain, before, s, e);
  } else if (after && after[1] >= b) {
    // Named after the match ("“…” (a participant, quoted by the KAIR article)"): the window reaches it, or it follows.
    const from = Math.max(b, nameStart(plain, after, s) - 2);
    if (after[1] + 1 - a <= LONGEST || from <= b) b = after[1] + 1;
    else trail = [from, after[1]];
  } else if (!after) {
    for (let i = best - 1; i >= 0 && fieldOf[i] === fieldOf[best] && !lead; i--) {
      const [ts, te] = sentences[i] as readonly [number, number];
      const last = speakersIn(plain, ts, te).at(-1);
      if (last) lead = leadOf(plain, last, ts, te);
    }
  }

  // The pieces in their order, "…" wherever text is left out.
  const pieces = [
    ...(lead ? [[lead[0], lead[1] + 1] as const] : []),
    [a, b] as const,
    ...(trail ? [[trail[0], trail[1] + 1] as const] : []),
  ];
  const cut = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (words[i]) return '…';
    return '';
  };
  const first = (pieces[0] as readonly [number, number])[0];
  const last = (pieces.at(-1) as readonly [number, number])[1];
  const shown = pieces.map(([from, to], i) => {
    const piece = text(from, to).trim();
    return i < pieces.length - 1 ? piece.replace(/[,;]+$/, '') : piece;
  });
  return `${cut(0, first)}${shown.join(' … ')}${cut(last, n)}`;
}

/** The [first, last] word of each mention of an article in words [from, to). */
function speakersIn(plain: string[], from: number, to: number): [number, number][] {
  const text = plain.slice(from, to).join(' ');
  const wordAt = (char: number) => from + (text.slice(0, char).match(/ /g)?.length ?? 0);
  return [...text.matchAll(SPEAKER)].map((x) => [wordAt(x.index), wordAt(x.index + x[0].length - 1)]);
}

/**
 * The opening that names the speaker, from the sentence's start (or from two words before "the KAIR article" when that
 * is far: "…quoted by the KAIR article:"), through the verb that follows it ("The Canadian article says").
 */
function leadOf(
  plain: string[],
  speaker: readonly [number, number],
  sentence: number,
  end: number,
): readonly [number, number] {
  const last = speaker[1];
  const verb =
    last + 1 < end && /^[A-Za-z]+$/.test(plain[last] as string) && /^[a-z]+s[,:]?$/.test(plain[last + 1] as string);
  const named = nameStart(plain, speaker, sentence);
  return [named - sentence <= LEAD ? sentence : named - 2, verb ? last + 1 : last];
}

/** Where a mention starts, with its "the". */
const nameStart = (plain: string[], [first]: readonly [number, number], sentence: number) =>
  first > sentence && /^the$/i.test(plain[first - 1] ?? '') ? first - 1 : first;
