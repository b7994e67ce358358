import { ARTICLE_NAMES } from '../../seed/articles.js';

/**
 * Whose words a snippet opens with, when the cut hides it (audit 20 A20-1). A record quoting both articles writes
 * whose each passage is in its text ("The KAIR article says … It says doses typically range …", "Canadian article:
 * …", "… (KAIR article)."), and `said_by` names both; FTS5's snippet is a window of words that can open after the name
 * ("…It says doses typically range from 100mg to 400mg…"), so a hit gave one article's words with nothing saying
 * which. The speaker of the words at the snippet's start is, in this order:
 * 1. the article their clause names before them ("the Canadian article names active psychosis");
 * 2. the article their sentence names after them ("The group is … the mechanism (Canadian article).");
 * 3. the article named last before their clause ("The KAIR article … It says …", "KAIR article: small groups …").
 * When that name is not in the snippet, the snippet opens with it ("The KAIR article: …It says …"); a later passage
 * of the snippet names its own speaker, as the texts are written.
 */

/** How texts name each article ("the KAIR article", "KAIR article:", "(Canadian article)"), and both at once. */
const ARTICLES = Object.values(ARTICLE_NAMES).map((name) => ({
  label: capitalized(name),
  word: name.replace(/^the /, ''),
}));
const NAMES: readonly { label: string; pattern: RegExp }[] = [
  ...ARTICLES.map(({ label, word }) => ({ label, pattern: new RegExp(`\\b${escapeRegExp(word)}\\b`, 'g') })),
  { label: 'Both articles', pattern: /\bboth articles\b/gi },
];

/** SQL: `column` names a speaker (only such texts are read whole, for `snippetSpeaker`). */
export const namesASpeaker = (column: string): string =>
  `(${ARTICLES.map(({ word }) => `instr(${column}, '${word.replaceAll("'", "''")}') > 0`).join(' or ')} or instr(lower(${column}), 'both articles') > 0)`;

/** Whether a `said_by` names more than one article: then a snippet must show whose its words are. */
export function namesArticles(saidBy: string): number {
  return ARTICLES.filter(({ word }) => saidBy.includes(word)).length;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Named = { at: number; end: number; label: string };

/** Every article named in `text`, in order of position. */
function namesIn(text: string): Named[] {
  const found: Named[] = [];
  for (const { label, pattern } of NAMES)
    for (const m of text.matchAll(pattern)) found.push({ at: m.index, end: m.index + m[0].length, label });
  return found.sort((a, b) => a.at - b.at);
}

/**
 * The speaker to open `snippet` with ("The KAIR article"), or undefined when its own words show it, its text names
 * none, or it cannot be placed in the text. `text` is the whole searched text, `snippet` FTS5's `snippet()` of it,
 * its matches between `open` and `close` and cut with `ellipsis` (the window is a piece of the text: found by its
 * words, without reading the text's tokens again as `highlight()` would).
 */
export function snippetSpeaker(
  text: string,
  snippet: string,
  marks: { open: string; close: string; ellipsis: string },
): string | undefined {
  let core = snippet.replaceAll(marks.open, '').replaceAll(marks.close, '');
  if (core.startsWith(marks.ellipsis)) core = core.slice(marks.ellipsis.length);
  if (core.endsWith(marks.ellipsis)) core = core.slice(0, -marks.ellipsis.length);
  const start = text.indexOf(core);
  if (start < 0) return undefined;
  const names = namesIn(text);
  if (!names.length) return undefined;
  const end = start + core.length;
  const sentenceStart = lastBoundary(text, start, /[.!?]["”)]?\s+(?=["“(A-Z])/g);
  const clauseStart = Math.max(sentenceStart, lastBoundary(text, start, /[;:]\s+/g));
  const sentenceEnd = nextBoundary(text, start, /[.!?]["”)]?(\s+(?=["“(A-Z])|\s*$)/g);
  const speaker =
    names.filter((n) => n.at >= clauseStart && n.end <= start).at(-1) ??
    names.find((n) => n.at >= start && n.end <= sentenceEnd) ??
    names.filter((n) => n.end <= clauseStart).at(-1);
  if (!speaker) return undefined;
  const shown = speaker.at >= start && speaker.end <= end;
  return shown ? undefined : speaker.label;
}

/** The end of the last boundary before `pos` (0 if none). */
function lastBoundary(text: string, pos: number, boundary: RegExp): number {
  let last = 0;
  for (const m of text.matchAll(boundary)) {
    const after = m.index + m[0].length;
    if (after > pos) break;
    last = after;
  }
  return last;
}

/** The start of the first boundary at or after `pos` (the text's end if none). */
function nextBoundary(text: string, pos: number, boundary: RegExp): number {
  for (const m of text.matchAll(boundary)) if (m.index >= pos) return m.index + 1;
  return text.length;
}
