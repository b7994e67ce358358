import { ARTICLE_NAMES } from '../../seed/articles.js';
import { literal } from '../resources/rules.js';

/**
 * A search hit's snippet: the best-matching passage of a record's searched text, with the words that name whose it is
 * where the text gives them (audit 23 A23-1). FTS5's own `snippet()` cut a fixed window of tokens, so a passage often
 * began after its speaker: "…It says doses typically range from 0.5mg/kg to 1.5mg/kg…" came with the record's `said_by`
 * "the KAIR article and the Canadian article", a dose credited to an article that gives none. Here the passage is a
 * window of the best sentence, shown:
 * - from the sentence's start when it names an article before the match and the words between fit ("The Canadian
 *   article reports … (Tsang et al. 2023): … nausea in <13% of sessions"), or when the match is among its first twelve
 *   words, which say what it is about ("Its text says severe substance use is generally an exclusion for group format");
 * - from a clause that opens with the article after a comma, when its words up to the match fit ("…, the KAIR article
 *   says severe anxiety that … requires careful evaluation");
 * - with the sentence's opening as a lead when they do not, if the sentence opens with the article ("The KAIR article
 *   says … <window>") or names it as whom it quotes ("…quoted by the KAIR article: … <window>"), and the words the lead
 *   skips deny nothing and are not Katalog's ("no serious adverse events" must not read "… serious adverse events"),
 *   nor is the window Katalog's;
 * - through its naming after the match ("“…” (a participant …, quoted by the KAIR article)"), or in brackets that close
 *   the sentence and its clauses ("The group is not just a billing convenience; … (Canadian article).");
 * - and, for a sentence whose subject is "It" and a verb of saying ("It says doses …"), led by the opening of the
 *   sentence just before it, when that is a whole sentence of the same field that opens with the one article it names,
 *   denies nothing and names no Katalog, inference or guide of this API ("The KAIR article … It says doses …"); not a
 *   clause's "it" after a semicolon, which can stand for a thing its sentence names (review 37 R37-2).
 * A window never starts just after a denial, a qualifier ("some", "most") or Katalog in its sentence, and reaches a
 * mark of Katalog's later in the sentence when it can ("… is Katalog's reading"); a lead never skips a qualifier among
 * the first words it would skip ("The KAIR article says some people, … should definitely avoid").
 * Nothing else is led: reviews 35 and 35b showed that a lead over other sentences credits Katalog's notes,
 * cross-references and a quoted person's words to an article, and that a lead skipping a "no" says the opposite. Only text of the record is shown, in its order, "…" wherever some is left
 * out, and every <mark> a piece opens is closed in it.
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
/**
 * A match this near its sentence's start is shown from the start too, with the words after it the window would show:
 * the words before it name what the sentence is about (review 38c R38c-2: "…generally an exclusion for group format"
 * read as said of the record's condition, where the sentence says it of "severe substance use").
 */
const FROM_START = WINDOW - 4;
/** The most words a window grows to, to show its sentence's speaker with the words between it and the match. */
const LONGEST = 32;

/** The words naming an article ("KAIR article", "the Canadian article's"; not "Canadian articles"). */
const ARTICLE = `(?:${Object.values(ARTICLE_NAMES)
  .map((n) => literal(n.replace(/^the\s+/i, '')))
  .join('|')})(?![\\p{L}\\d])`;
const SPEAKER = new RegExp(`\\b${ARTICLE}`, 'giu');
/** A sentence that opens with an article as its subject: "The KAIR article says", "As the KAIR article describes it". */
const OPENS_WITH = new RegExp(`^(?:(?:as|according to)\\s+)?(?:the\\s+)?${ARTICLE}(?!['’]s)`, 'iu');
/** Words that deny what follows them: a lead never skips one, and a window never starts just after one (KEPT_BEFORE). */
const DENYING =
  "no|not|never|none|nor|neither|without|cannot|can't|can’t|don't|don’t|doesn't|doesn’t|isn't|isn’t|aren't|aren’t|wasn't|wasn’t|won't|won’t|unlike|except|lacks?|lacking|absent|hardly|seldom|scarcely|barely";
/** Words that narrow what follows them (QUALIFYING). */
const QUALIFIERS =
  'some|most|many|few|certain|several|often|usually|typically|generally|sometimes|rarely|only|may|might|can|could';
/** A count or figure ("four of the five participants", "3 IM or sublingual ketamine sessions"). */
const COUNTS =
  '[$~<>≤≥]*\\d[\\d.,:%/–-]*\\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|half|both|all|every|each';
/** Words saying which cases a statement is of ("severe interpersonal trauma", "active substance use disorders"). */
const SEVERITY =
  'severe|severely|active|recent|recently|mild|moderate|uncontrolled|serious|acute|chronic|complex|untreated|unstable|significant|current|history';
/**
 * Words a window never starts just after (it starts at the furthest one of them within LOOKBACK words before it, in its
 * sentence): a denial ("no serious adverse events documented": review 35b N7), a quantifier or hedge ("some people
 * should definitely avoid ketamine therapy", "most insurance providers don't currently cover": audit 24 A24-5), a count
 * or a word saying which cases ("four of the five participants …" read as five, "…substance use disorders" lost
 * "active": audit 26 A26-2, A26-3) or which format ("…track is 6 weeks" lost "individual": review 39c R39c-3), and Katalog as the subject of a reading ("which Katalog places in the column …", "Katalog classes an infusion as …":
 * A24-2).
 */
const KEPT_BEFORE = new RegExp(
  `^["'“‘(]?(?:${DENYING}|${QUALIFIERS}|${COUNTS}|${SEVERITY}|individual|group|katalog(?:['’]s)?)[,;:.]?$`,
  'i',
);
/**
 * Words that narrow what follows them ("some people should definitely avoid …", "Participants often report …",
 * "Generally: patients with …"): a lead never skips one among the first words it would skip, the subject the window
 * goes on with (review 37 R37-3, R37-5). Showing it with the lead instead could set it before another clause (review 37b
 * R37b-9: "says only Spravato … are paid out of pocket"). Further in, one qualifies a clause of its own ("participants
 * might experience …, and that ketamine can bring …"), which the window, starting at its own qualifier (KEPT_BEFORE),
 * does not depend on.
 */
const QUALIFYING = new RegExp(`\\b(?:${QUALIFIERS})\\b`, 'i');
/** A hedge that governs the sentence it opens: "Generally:", "Usually,". */
const ADVERB = new RegExp(`^(?:${QUALIFIERS})[,:]$`, 'i');
const opensQualified = (skipped: string) => QUALIFYING.test(skipped.trim().split(/\s+/, 3).join(' '));
/** How far back from a mark of Katalog's its clause's start is looked for. */
const CLAUSE = 8;
/** How far back a window's start looks for one of KEPT_BEFORE. */
const LOOKBACK = 10;
const NEGATIONS = new RegExp(`\\b(?:${DENYING})\\b|n['’]t\\b`, 'i');
/** Words that quote through an article: "quoted by the KAIR article", "cited in the Canadian article". */
const QUOTED = /\b(?:quoted|cited|reported|according)\s+(?:by|in|to)\s+(?:the\s+)?$/i;
/** The verbs of saying that may follow the article in a lead ("The Canadian article says"), and after "It". */
const SAYS =
  /^(?:says|said|adds|added|lists|listed|gives|gave|describes|described|reports|reported|notes|noted|quotes|quoted|names|named|calls|called|suggests|suggested|answers|answered|writes|wrote|mentions|mentioned|recommends|recommended|explains|explained|cites|cited|states|stated|warns|warned|puts|put|estimates|estimated)[,:]?$/i;
/** What an article does not say, after "It does not" ("it does not say whether …", "it does not name this"). */
const NOT_SAYING = /^(?:say|name|call|give|list|state|specify|mention|describe|report|tie)$/i;
/** A sentence that continues its speaker by "It": "It says doses …", "It also lists …", "It does not say whether …". */
const IT_SAYS = (plain: string[], s: number) => {
  if (!/^["'“(]?It$/.test(plain[s] ?? '')) return false;
  const [w1 = '', w2 = '', w3 = ''] = plain.slice(s + 1, s + 4);
  return (
    SAYS.test(w1) ||
    (/^also$/i.test(w1) && SAYS.test(w2)) ||
    (/^does$/i.test(w1) && /^not$/i.test(w2) && NOT_SAYING.test(w3)) ||
    (/^doesn['’]t$/i.test(w1) && NOT_SAYING.test(w2))
  );
};
/** A sentence that is Katalog's, not an article's: it names Katalog, an inference, or a guide of this API. */
const KATALOGS = /\bKatalog\b|\binferr?(?:ed|s|ing|ence)?\b|\bguides?\b|\bsee the\b/i;

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
  /** Where each word ends in the text (a word starts where the one before it ends, after the whitespace between). */
  ends: Int32Array;
  words: string[];
  /** The words without the match marks. */
  plain: string[];
  /** Sentences, as [start, end) word ranges; each field starts one. */
  sentences: (readonly [number, number])[];
  /** The field of each sentence. */
  fieldOf: number[];
  /** Whether a sentence is a clause after a semicolon (no sentence a lead may come from). */
  clause: boolean[];
  /**
   * The best sentence: the most distinct matched terms, then the most matches, then the first (one with words, not of a
   * value field unless matched); -1 when there is none.
   */
  best: number;
}

/** One pass over the words: the sentences, and the best one. */
function scan(marked: string, open: string, close: string, values?: readonly boolean[]): Scan {
  const parts = marked.split(/(\s+)/);
  const n = (parts.length + 1) >> 1;
  const words: string[] = new Array(n);
  const plain: string[] = new Array(n);
  // The marks, found once in the whole text; a word holds one when the next mark begins before the word ends (testing
  // each word for them was a third of the cut's time).
  const marks: number[] = [];
  for (let at = marked.indexOf(open); at >= 0; at = marked.indexOf(open, at + 1)) marks.push(at);
  for (let at = marked.indexOf(close); at >= 0; at = marked.indexOf(close, at + 1)) marks.push(at);
  marks.sort((x, y) => x - y);
  const hasMark = new Uint8Array(n);
  const ends = new Int32Array(n);
  for (let i = 0, at = 0, k = 0; i < n; i++) {
    const w = parts[2 * i] as string;
    const end = at + w.length;
    ends[i] = end;
    words[i] = w;
    if (k < marks.length && (marks[k] as number) < end) {
      hasMark[i] = 1;
      while (k < marks.length && (marks[k] as number) < end) k++;
      plain[i] = w.replaceAll(open, '').replaceAll(close, '');
    } else plain[i] = w;
    at = end + ((parts[2 * i + 1] as string | undefined)?.length ?? 0);
  }
  const starts = [0];
  const fieldOf = [0];
  const clause = [false];
  let best = -1;
  // A sentence of prose that holds a match comes before a value that does (review 38b R38b-1: `q=mg/kg` showed the
  // dose's unit, "mg/kg", alone, where the KAIR article's sentence giving the dose matched too, and said whose it is).
  let most = { prose: -1, terms: -1, matches: -1 };
  const terms = new Set<string>();
  let matches = 0;
  let filled = false;
  const score = () => {
    const field = fieldOf.at(-1) as number;
    const prose = matches && !values?.[field] ? 1 : 0;
    if (
      filled &&
      (matches || !values?.[field]) &&
      (prose > most.prose ||
        (prose === most.prose && (terms.size > most.terms || (terms.size === most.terms && matches > most.matches))))
    ) {
      best = starts.length - 1;
      most = { prose, terms: terms.size, matches };
    }
    terms.clear();
    matches = 0;
    filled = false;
  };
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const gap = parts[2 * i - 1] as string;
      const field = gap !== ' ' && gap.includes(FIELD_BREAK);
      const prev = plain[i - 1] as string;
      // A semicolon ends a statement too: "…the row's check mark was lost in extraction" after "; " is not the
      // sentence's opening speaker's.
      if (field || prev.endsWith(';') || (endsSentence(prev) && STARTS_SENTENCE.test(plain[i] as string))) {
        score();
        starts.push(i);
        // Each break a field: empty fields in between (a program with no city) are fields too.
        fieldOf.push((fieldOf.at(-1) as number) + (field ? gap.split(FIELD_BREAK).length - 1 : 0));
        clause.push(!field && prev.endsWith(';'));
      }
    }
    const w = words[i] as string;
    if (w) filled = true;
    if (hasMark[i] && w.includes(open))
      for (const piece of w.split(open).slice(1)) {
        terms.add((piece.split(close)[0] as string).toLowerCase());
        matches++;
      }
  }
  score();
  return {
    ends,
    words,
    plain,
    sentences: starts.map((s, i) => [s, starts[i + 1] ?? n] as const),
    fieldOf,
    clause,
    best,
  };
}

/**
 * `values`: which fields of the text (in their order, apart by FIELD_BREAK) hold values, not prose (fields.ts
 * VALUE_FIELDS): one is shown only where a match is in it, never as a passage of its own nor run on into from another
 * field (audit 24 A24-3: "absolute" was the snippet of a contraindication whose title alone matched).
 */
export function passage(marked: string, open: string, close: string, values?: readonly boolean[]): string {
  if (!marked.trim()) return '';
  const { ends, words, plain, sentences, fieldOf, clause, best } = scan(marked, open, close, values);
  if (best < 0) return '';
  const n = words.length;
  // Words [from, to) with the whitespace between them, as written.
  const text = (from: number, to: number) =>
    to > from
      ? marked
          .slice((ends[from] as number) - (words[from] as string).length, ends[to - 1] as number)
          .replaceAll(FIELD_BREAK, ' ')
      : '';
  const e = (sentences[best] as readonly [number, number])[1];
  let s = (sentences[best] as readonly [number, number])[0];
  let m = s;
  while (m < e && !(words[m] as string).includes(open)) m++;
  if (m === e) m = s;

  // The window: from the sentence's start when the match is near it, else from a few words before the match; on into
  // the next sentences when this one is short, never back into the previous one.
  let a = m - s <= NEAR ? s : m - BEFORE;
  // The window runs on into later fields, up to the first value field: a value is shown only as the passage itself,
  // never run on to from a sentence, where it would read as that sentence's words (review 38b R38b-1: "…gives no dose
  // for them. mg/kg").
  let stop = n;
  for (let i = best + 1; i < sentences.length; i++) {
    const f = fieldOf[i] as number;
    if (values?.[f] && f !== fieldOf[best]) {
      stop = (sentences[i] as readonly [number, number])[0];
      break;
    }
  }
  let b = Math.min(stop, a + WINDOW);
  a = m - s <= FROM_START ? s : Math.max(s, b - WINDOW);
  // A clause after a semicolon whose match is near its start, shown with the sentence's clauses before it when the
  // words up to the match fit: they hold its subject (audit 26 A26-3: "…individual format is often safer" for "complex
  // trauma: severe interpersonal trauma can be re-traumatizing in group; individual format is often safer").
  // Whether the words from `start` to the match fit a window, and the window from there, as long as it was or longer.
  const fits = (start: number) => m - start < LONGEST - BEFORE;
  const showFrom = (start: number) => {
    a = start;
    b = Math.min(stop, Math.max(b, a + WINDOW), a + LONGEST);
  };
  if (clause[best] && m - s <= FROM_START) {
    let i = best;
    while (i > 0 && clause[i] && fieldOf[i - 1] === fieldOf[best]) i--;
    const opening = (sentences[i] as readonly [number, number])[0];
    if (fits(opening)) {
      s = opening;
      showFrom(s);
    }
  }
  // Never just after a negation of the sentence ("no serious adverse events documented": review 35b N7).
  for (let i = a - 1, limit = Math.max(s, a - LOOKBACK); i >= limit; i--)
    if (KEPT_BEFORE.test(plain[i] as string)) a = i;
  // Kept out of a lead: words it would skip that deny, narrow or are Katalog's, or a window that is Katalog's.
  const skips = (from: number, to: number) => {
    const skipped = text(from, to);
    return NEGATIONS.test(skipped) || opensQualified(skipped) || KATALOGS.test(skipped) || KATALOGS.test(text(a, b));
  };

  // The speaker: named in the sentence (before its match, else after it), else, for "It says …", in the sentence "It"
  // stands for.
  const own = speakersIn(plain, s, e);
  const before = own.filter(([, end]) => end < m).at(-1);
  // The end of the sentence with the clauses after it (after semicolons, in its field).
  let j = best + 1;
  while (j < sentences.length && clause[j] && fieldOf[j] === fieldOf[best]) j++;
  const end = (sentences[j - 1] as readonly [number, number])[1];
  // Named after the match in its sentence, else in brackets that close the sentence and its clauses, naming the one
  // article they name ("The group is not just a billing convenience; it is the therapeutic container: … (Canadian
  // article)."): what the brackets say it of is all of them.
  const after = own.find(([start]) => start >= m) ?? (before ? undefined : closingName(plain, s, end));
  let lead: readonly [number, number] | null = null;
  let trail: readonly [number, number] | null = null;
  if (before) {
    // This sentence's speaker: shown with the words between it and the match when they fit, else as a lead when the
    // sentence opens with it or quotes through it.
    const said = saidFrom(plain, before, s);
    if (fits(s)) showFrom(s);
    else if (said !== undefined && fits(said)) {
      // A clause of the sentence opens with its speaker ("Besides naming …, the KAIR article says severe anxiety that
      // … requires careful evaluation"): shown from there when its words up to the match fit (review 38c R38c-3: the
      // window began at "might be triggered …", without the speaker or "severe").
      showFrom(said);
    } else {
      // The sentence's opening, or a clause that opens with the speaker after a comma, semicolon or colon ("Named both
      // ways: the KAIR article lists …").
      const first = OPENS_WITH.test(text(s, e).trim());
      const opening =
        first || said === undefined
          ? leadOf(plain, (own[0] as [number, number])[1], s, e)
          : ([said, before[1] + 1] as const);
      const quoted = [Math.max(s, nameStart(plain, before, s) - 2), before[1]] as const;
      const opens =
        oneArticle(
          plain,
          own.filter(([, end]) => end < m),
        ) &&
        (first || said !== undefined);
      const that = opens ? complementFrom(plain, opening, m) : undefined;
      const adverb = opening[1] + 1;
      if (opens && !skips(opening[1] + 1, a)) lead = opening;
      else if (opens && adverb < a && ADVERB.test(plain[adverb] as string) && !skips(adverb + 1, a))
        // With the hedge that opens what it says ("The Canadian article answers: Generally: … active suicidality"; audit
        // 26 A26-3: the window dropped it, and the lead would not skip it).
        lead = [opening[0], adverb];
      else if (that !== undefined && !KATALOGS.test(text(opening[1] + 1, that)) && !KATALOGS.test(text(that, b))) {
        // The window from a complement of the lead's verb after a comma ("The Canadian article says group is generally
        // not appropriate for …, that severe interpersonal trauma can be re-traumatizing in group, and that …"): what
        // the words skipped deny or narrow is their own complement, not this one (audit 26 A26-3: the window began at
        // "can be re-traumatizing in group", without its subject or speaker).
        lead = opening;
        a = that;
      } else if (
        QUOTED.test(`${plain.slice(Math.max(s, before[0] - 3), nameStart(plain, before, s)).join(' ')} `) &&
        !skips(quoted[1] + 1, a)
      )
        lead = quoted;
    }
  } else if (after && after[1] >= b) {
    // Named after the match ("“…” (a participant, quoted by the KAIR article)"): the window reaches it, or it follows
    // from the bracket that holds it.
    let from = Math.max(b, nameStart(plain, after, s) - 2);
    for (let i = after[0]; i >= Math.max(b, after[0] - 12); i--)
      if ((plain[i] as string).startsWith('(')) {
        from = i;
        break;
      }
    if (after[1] + 1 - a <= LONGEST || from <= b) b = after[1] + 1;
    // A speaker shown after skipped words is not shown over words that deny or are Katalog's: it would credit them to
    // its article (review 37 R37-1, 37b R37b-4); a mark of Katalog's is then looked for below.
    else if (!(NEGATIONS.test(text(b, from)) || KATALOGS.test(text(b, from)))) trail = [from, after[1]];
  } else if (!after && best > 0 && !clause[best] && IT_SAYS(plain, s) && !KATALOGS.test(text(s, e))) {
    // The sentence just before, a whole one of the same field, opening with the one article it names, saying nothing
    // Katalog's and denying nothing (its rest is not shown: "the Canadian article gives none" would read as "gives").
    // Not a clause's "it" after a semicolon: whether it stands for the article or for a thing its sentence names ("The
    // KAIR article says a clinic hands out a brochure …; it says fasting is never needed") no word rule tells (review
    // 37 R37-2, 37b R37b-2).
    const i = best - 1;
    const [ts, te] = sentences[i] as readonly [number, number];
    const skipped = text(ts, s);
    const named = speakersIn(plain, ts, s);
    if (
      named.length &&
      fieldOf[i] === fieldOf[best] &&
      !clause[i] &&
      oneArticle(plain, named) &&
      OPENS_WITH.test(skipped.trim()) &&
      !NEGATIONS.test(skipped) &&
      !KATALOGS.test(skipped)
    )
      lead = leadOf(plain, (named[0] as [number, number])[1], ts, te);
  }
  // A hedge that opens the sentence and governs all of it ("Generally: patients with …") leads a window that starts
  // later, unless the words between deny or are Katalog's.
  if (
    !lead &&
    a > s + 1 &&
    ADVERB.test(plain[s] as string) &&
    !NEGATIONS.test(text(s + 1, a)) &&
    !KATALOGS.test(text(s, b))
  )
    lead = [s, s];
  // A mark of Katalog's later in the sentence (through its clauses) is shown: the window reaches it, or it follows
  // ("Treatment-resistant depression is not among them … would be Katalog's reading": review 35b N4).
  if (!trail) {
    const rest = text(b, end);
    const mark = KATALOGS.exec(rest);
    if (mark) {
      const at = b + (rest.slice(0, mark.index).match(/\S+/g)?.length ?? 0);
      // Never cut over a denial on the way (review 37c R37c-1, R37c-2: "it does … that model is Katalog's reading" for
      // "it does not name this clinic there, so that …"): the mark then follows from the first denial it would skip.
      let from = Math.max(b, at - 3);
      // From the start of the mark's clause when it is near (review 38c R38c-4: "in general … group format is Katalog's
      // reading" for "in general; that it concerns the group format is Katalog's reading").
      for (let k = from; k > Math.max(b, at - CLAUSE); k--)
        if (/[,;:]$/.test(plain[k - 1] as string) || (plain[k] as string).startsWith('(')) {
          from = k;
          break;
        }
      for (let k = b; k < from; k++)
        if (NEGATIONS.test(plain[k] as string)) {
          from = k;
          break;
        }
      if (at + 2 - a <= LONGEST || from === b) b = Math.min(end, at + 2);
      else trail = [from, Math.min(end, at + 2) - 1];
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
    return balanced(i < pieces.length - 1 ? piece.replace(/[,;]+$/, '') : piece, open, close);
  });
  return `${cut(0, first)}${shown.join(' … ')}${cut(last, n)}`;
}

/**
 * A piece with its marks closed: a match FTS5 marks across a space ("5 850", a number's phrase) can be cut inside (review
 * 35 F6), and an open <mark> would run over everything after it.
 */
function balanced(piece: string, open: string, close: string): string {
  const firstClose = piece.indexOf(close);
  const lastOpen = piece.lastIndexOf(open);
  const head = firstClose >= 0 && (piece.indexOf(open) < 0 || firstClose < piece.indexOf(open)) ? open : '';
  const tail = lastOpen >= 0 && piece.indexOf(close, lastOpen) < 0 ? close : '';
  return `${head}${piece}${tail}`;
}

/** The [first, last] word of each mention of an article in words [from, to): one pass, linear in their length. */
function speakersIn(plain: string[], from: number, to: number): [number, number][] {
  const text = plain.slice(from, to).join(' ');
  const mentions = [...text.matchAll(SPEAKER)];
  if (!mentions.length) return [];
  const starts: number[] = [];
  for (let i = from, at = 0; i < to; at += (plain[i] as string).length + 1, i++) starts.push(at);
  // The word holding a character: the last word that starts at or before it (both in order, so one walk).
  let w = 0;
  const wordAt = (char: number) => {
    while (w + 1 < starts.length && (starts[w + 1] as number) <= char) w++;
    return from + w;
  };
  return mentions.map((x) => {
    const first = wordAt(x.index);
    return [first, wordAt(x.index + x[0].length - 1)];
  });
}

/**
 * The article named in brackets that close words [from, to) ("… not adjacent to it (Canadian article)."), when it is
 * the one article they name: its mention, else none.
 */
function closingName(plain: string[], from: number, to: number): [number, number] | undefined {
  const named = speakersIn(plain, from, to);
  const last = named.at(-1);
  if (!last || last[1] !== to - 1 || !/\)[.!?;]?["'”’]*$/.test(plain[last[1]] as string) || !oneArticle(plain, named))
    return undefined;
  for (let i = last[0]; i >= Math.max(from, last[0] - 12); i--) {
    const w = plain[i] as string;
    if (i < last[1] && w.includes(')')) return undefined;
    if (w.startsWith('(')) return last;
  }
  return undefined;
}

/** Whether mentions all name one article ("The KAIR article …, the KAIR article's …"), not two. */
const oneArticle = (plain: string[], mentions: [number, number][]): boolean =>
  new Set(
    mentions.map(([f, l]) =>
      plain
        .slice(f, l + 1)
        .join(' ')
        .toLowerCase()
        .replace(/^\W+|['’]s\W*$|\W+$/g, ''),
    ),
  ).size === 1;

/** A sentence's opening through its first mention of an article and the verb of saying after it ("The Canadian article says"). */
function leadOf(plain: string[], last: number, sentence: number, end: number): readonly [number, number] {
  const verb = last + 1 < end && /^[\p{L}]+$/u.test(plain[last] as string) && SAYS.test(plain[last + 1] as string);
  return [sentence, verb ? last + 1 : last];
}

/**
 * Words that take a clause of their own ("that", "whether", "if", and verbs of knowing, saying and showing: "no study
 * has shown X, or that Y", "does not say whether X, or that Y", "it is not known if …"): a later ", or that" may be
 * theirs, under a denial (review 39 R39-1, 39b R39b-1).
 */
const CLAUSAL =
  /^(?:that|whether|if|shown?|showed|shows|claims?|claimed|says?|said|knows?|known|knew|assumes?|assumed|proves?|proved|proven|suggests?|suggested|means?|meant|thinks?|thought|believes?|believed|establish(?:es|ed)?|demonstrat(?:es|ed)|finds?|found|reports?|reported|states?|stated|argues?|argued|impl(?:y|ies|ied)|conclud(?:es?|ed)|guarantee[sd]?|clear|certain|sure|evidence)[,;:]?$/i;

/** Words that deny what follows them without a "no" or "not" ("a myth that", "wrong to conclude", "little evidence"). */
const REVERSING =
  /^(?:myths?|false|untrue|wrong|incorrect|mistaken|rejects?|rejected|den(?:y|ies|ied)|doubts?|doubted|little|unlikely|unproven|disputes?|disputed|refutes?|refuted|contrary|lacks?|fails?|failed)[,;:]?$/i;

/**
 * The start of the first complement of a lead's verb that begins a clause before the match `m`, within reach of it (the
 * window then starts there: words before it belong to a complement the skipped words may deny): "that" after a comma, or after "and" or "or" after one ("says X, that Y, and that Z"), or
 * the lead's subject saying again ("lists X, and says Y"). Only after a verb of saying (not "does not" nor a bare name);
 * else undefined.
 */
function complementFrom(plain: string[], lead: readonly [number, number], m: number): number | undefined {
  if (!SAYS.test(plain[lead[1]] as string)) return undefined;
  // A "that" among the words skipped before it is another verb's ("does not claim that X, or that Y", "no study has
  // shown that …"), whose complement a later ", or that" may be, under its denial (review 39 R39-1): none is read then.
  // Nor is one read past any other denial than a copula's "not" before a word that is not of that kind ("group is
  // generally not appropriate for …"): "no trial has confirmed …", "does not indicate …", "it is a myth that …" may
  // govern the later clause too (review 39c R39c-1, R39c-2).
  const inner = (k: number) => {
    // From the verb's first word on, but for a "that" of the verb's own ("says that X, that Y").
    for (let i = /^that$/i.test(plain[lead[1] + 1] ?? '') ? lead[1] + 2 : lead[1] + 1; i < k; i++) {
      const w = plain[i] as string;
      if (CLAUSAL.test(w) || REVERSING.test(w)) return true;
      if (!NEGATIONS.test(w)) continue;
      const copula =
        /^(?:is|are|was|were)$/i.test(plain[i - 1] ?? '') ||
        (/ly$/i.test(plain[i - 1] ?? '') && /^(?:is|are|was|were)$/i.test(plain[i - 2] ?? ''));
      if (!/^not$/i.test(w) || !copula || CLAUSAL.test(plain[i + 1] ?? '')) return true;
    }
    return false;
  };
  for (let k = Math.max(lead[1] + 2, m - (LONGEST - BEFORE) + 1); k <= m; k++) {
    const prev = plain[k - 1] as string;
    const and = /^(?:and|or)$/i.test(prev) && (plain[k - 2] as string).endsWith(',');
    // The subject saying again ("…, and says Y") is the lead's verb's fellow, whatever the words before it hold.
    if (and && SAYS.test(plain[k] as string)) return k;
    if (/^that$/i.test(plain[k] as string) && (prev.endsWith(',') || and)) return inner(k) ? undefined : k;
  }
  return undefined;
}

/**
 * Where a clause starts that opens with a mention and a verb of saying ("…, the KAIR article says …"), after a comma,
 * semicolon or colon, so that no word before it governs it ("not that the KAIR article says …" has none); else
 * undefined.
 */
function saidFrom(plain: string[], mention: readonly [number, number], sentence: number): number | undefined {
  const at = nameStart(plain, mention, sentence);
  if (at <= sentence || !/[,;:]$/.test(plain[at - 1] as string)) return undefined;
  return /^[\p{L}]+$/u.test(plain[mention[1]] as string) && SAYS.test(plain[mention[1] + 1] ?? '') ? at : undefined;
}

/** Where a mention starts, with its "the". */
const nameStart = (plain: string[], [first]: readonly [number, number], sentence: number) =>
  first > sentence && /^the$/i.test(plain[first - 1] ?? '') ? first - 1 : first;
