import type { z } from 'zod';
import { canonicalJson } from '../query/cursor.js';
import { SLUG_PATTERN as SLUG } from './common.schema.js';

type Doc = Record<string, unknown>;
type Report = (path: (string | number)[], message: string) => void;

/**
 * A rule across the fields of a record (or of each item of one of its arrays), checked on every
 * write and on the seed. Its `text` goes into the description of the write body in the OpenAPI
 * document, since JSON Schema cannot say "this field is at least that one".
 */
export interface Rule {
  text: string;
  check: (doc: Doc, report: Report) => void;
  /** For `listedAsInferred`: the marker whose fields the rule keeps listed in `inferred_fields`. */
  listed?: { flag: string; fields: readonly string[] };
}

const given = (v: unknown) => v !== null && v !== undefined;

/** `max` is at least `min` when both are given. */
export const atLeast = (max: string, min: string): Rule => ({
  text: `${max} ≥ ${min}`,
  check: (d, report) => {
    const lo = d[min];
    const hi = d[max];
    if (typeof lo === 'number' && typeof hi === 'number' && hi < lo) report([max], `must be at least ${min} (${lo})`);
  },
});

/** When `field` is given, `other` is too. */
export const needs = (field: string, other: string): Rule => ({
  text: `${field} needs ${other}`,
  check: (d, report) => {
    if (given(d[field]) && !given(d[other])) report([other], `must be given when ${field} is`);
  },
});

/** `field` is given (for use with `when`). */
export const required = (field: string): Rule => ({
  text: `${field} is given`,
  check: (d, report) => {
    if (!given(d[field])) report([field], 'must be given');
  },
});

/** When `flag` is true, `field` is null. */
export const excludes = (flag: string, field: string, why: string): Rule => ({
  text: `${flag}: true leaves ${field} null (${why})`,
  check: (d, report) => {
    if (d[flag] === true && given(d[field])) report([field], `must be null when ${flag} is true (${why})`);
  },
});

/**
 * A field a specific flag marks as Katalog's reading is also in `inferred_fields`, the one list derived views
 * read: when `flag` is true (or, for a list flag, names the field), each of `fields` that is given is listed.
 */
export const listedAsInferred = (flag: string, fields: readonly string[]): Rule => ({
  listed: { flag, fields },
  text: `${flag} marks ${fields.join(', ')} as inferred: each one given is in inferred_fields`,
  check: (d, report) => {
    const value = d[flag];
    const listed = new Set(Array.isArray(d.inferred_fields) ? (d.inferred_fields as string[]) : []);
    const marked = Array.isArray(value) ? fields.filter((f) => value.includes(f)) : value === true ? fields : [];
    for (const f of marked)
      if (given(d[f]) && !listed.has(f)) report(['inferred_fields'], `must name ${f}: ${flag} marks it as inferred`);
  },
});

/** When `field` equals `value`, `check` holds. */
export const when = (field: string, value: unknown, rule: Rule): Rule => ({
  text: `when ${field} is ${JSON.stringify(value)}: ${rule.text}`,
  check: (d, report) => {
    if (d[field] === value) rule.check(d, report);
  },
});

/** `rules` hold for the object `field` (when it is one). */
export const within = (field: string, ...rules: Rule[]): Rule => ({
  text: `${field}: ${rules.map((r) => r.text).join(', ')}`,
  check: (d, report) => {
    const inner = d[field];
    if (inner && typeof inner === 'object' && !Array.isArray(inner))
      for (const r of rules) r.check(inner as Doc, (path, message) => report([field, ...path], message));
  },
});

/** `rules` hold for every item of the array `field`. */
export const eachOf = (field: string, ...rules: Rule[]): Rule => ({
  text: `each of ${field}: ${rules.map((r) => r.text).join(', ')}`,
  check: (d, report) => {
    const items = d[field];
    if (!Array.isArray(items)) return;
    items.forEach((item, i) => {
      if (item && typeof item === 'object')
        for (const r of rules) r.check(item as Doc, (path, message) => report([field, i, ...path], message));
    });
  },
});

/**
 * Nothing but white space and characters that show nothing: Unicode's default-ignorable code points (zero-width space
 * and joiners, word joiner, BOM, soft hyphen, the Hangul fillers, variation selectors, tag characters…), format
 * characters, and the blank braille pattern (hostile 13, H13-7: a question of one U+3164 was a search hit with an empty
 * title).
 */
export const BLANK = /^[\s\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]*$/u;

/**
 * Control characters (general category Cc) but tab, line feed and carriage return: C0 (NUL included), DEL and C1
 * (U+0080–U+009F: NEL is a line break to many tools, U+009B a terminal's 8-bit CSI; hostile 16 H16-10).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Half of a UTF-16 surrogate pair without its other half (`"\ud800"` in JSON): not a character. SQLite
 * would store it as bytes that are not UTF-8 and read it back as U+FFFD, so the text a client wrote
 * would be lost; it is refused instead.
 */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const NOT_WELL_FORMED = 'must be well-formed Unicode (a lone surrogate is not a character)';

/**
 * Every text, at any depth, is plain text: not blank (whitespace only: hostile H-10; an empty text is each field's own
 * rule), no NUL or other control characters but tab, LF and CR, and no lone surrogate. And no list, at any depth, holds
 * the same entry (an object: a citation, a related record) or id twice (hostile 13 H13-10: they were stored as sent).
 */
export const plainText: Rule = {
  text: 'no text is blank or holds a control character but tab, LF and CR, or a lone surrogate; no list repeats an entry or id',
  check: (doc, report) => {
    // Iterative: the depth of a body never becomes the depth of the stack.
    const stack: [unknown, (string | number)[]][] = [[doc, []]];
    while (stack.length) {
      const [value, path] = stack.pop() as [unknown, (string | number)[]];
      if (typeof value === 'string') {
        if (value.length && BLANK.test(value)) report(path, 'must not be blank (whitespace only)');
        else if (CONTROL.test(value)) report(path, 'must not contain control characters (NUL, escape…)');
        else if (LONE_SURROGATE.test(value)) report(path, NOT_WELL_FORMED);
      } else if (Array.isArray(value)) {
        const seen = new Map<string, number>();
        value.forEach((v, i) => {
          // An entry (a citation, a related record, a statement) or an id: a list of them is a set. A name or a word
          // may repeat (two co-authors with the same name and initials; review C13-4).
          if ((v && typeof v === 'object') || (typeof v === 'string' && SLUG.test(v))) {
            const key = canonicalJson(v);
            const first = seen.get(key);
            if (first === undefined) seen.set(key, i);
            else report([...path, i], `repeats item ${first + 1} of the list: give each once`);
          }
          stack.push([v, [...path, i]]);
        });
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) stack.push([v, [...path, k]]);
      }
    }
  },
};

/**
 * A marker of Katalog's reading marks a value that is given (hostile 17b H17b-7): in every object of a body, a list of
 * field names (`inferred_fields`, `inferred_place_parts`) names no field of that object that is null, and a true
 * `<field>_inferred` (`access.website_inferred`) has its field given. Otherwise a view that reports readings would call
 * a missing value Katalog's reading.
 */
export const markedGiven: Rule = {
  text: 'a reading marker (inferred_fields, <field>_inferred) marks only given values',
  check: (doc, report) => {
    const stack: [unknown, (string | number)[]][] = [[doc, []]];
    while (stack.length) {
      const [value, path] = stack.pop() as [unknown, (string | number)[]];
      if (Array.isArray(value))
        value.forEach((v, i) => {
          stack.push([v, [...path, i]]);
        });
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      const o = value as Doc;
      for (const [k, v] of Object.entries(o)) {
        stack.push([v, [...path, k]]);
        if (/^inferred_/.test(k) && Array.isArray(v))
          v.forEach((f, i) => {
            if (typeof f === 'string' && f in o && o[f] === null)
              report([...path, k, i], `names ${f}, which is null: a reading marks a given value`);
          });
        const base = /^(.+)_inferred$/.exec(k)?.[1];
        if (v === true && base !== undefined && base in o && o[base] === null)
          report([...path, k], `must be false: ${base} is null, and a reading marks a given value`);
      }
    }
  },
};

/** `w` as a regular expression that matches it literally. */
export const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Figures or words for a refusal message, each once: a text that writes "$1" 66 times lists 1 once (hostile 18e H18e-11). */
export const listOnce = (xs: readonly (string | number)[]) => [...new Set(xs)].join(', ');
/** Words that report speech ("noted", "explains", "emphasized"). */
const REPORTING =
  '(?:not(?:ed|es?)|says?|said|reports?|reported|f(?:ou|i)nds?|found|explain(?:s|ed)?|emphasi[sz](?:es|ed)|writes?|wrote|stat(?:es|ed)|observ(?:es|ed)|recommend(?:s|ed)|suggest(?:s|ed)|describ(?:es|ed)|puts? it|shar(?:es|ed)|told|tells|add(?:s|ed)|recall(?:s|ed)|reflect(?:s|ed))';

/**
 * Whether `excerpt` writes `who` as the one who says something: in its words and case (a sentence may capitalise its
 * first letter), beside words that report speech: "As one program noted", "As Dr. Zak Foy explains", "according to …",
 * and the verb first only where it follows what is said: right after a closing quotation mark, dash or bracket
 * ('…," emphasized one clinician'; hostile 18f H18f-7: any quotation mark), or after a comma when the speaker ends the
 * sentence or is followed by where they spoke ("…, notes one practitioner."). Elsewhere the words after a reporting
 * verb are what is said or found, not who says it (hostile 18e H18e-6: "found one Colorado clinic", "reported a
 * brighter mood").
 */
const subjectFirst = (name: string) =>
  `(?<![\\p{L}\\p{N}])${name}\\s*(?:,[^,]{0,60},\\s*)?(?:\\p{L}+ly\\s+)?${REPORTING}\\b`;
/** People and bodies that speak in the articles' reported speech, named without a determiner ("said participants"). */
const SPEAKERS =
  /\b(?:participants?|practitioners?|clinicians?|psychiatrists?|psychologists?|therapists?|physicians?|doctors?|nurses?|facilitators?|programs?|programmes?|clinics?|researchers?|patients?|clients?|people|veterans?|experts?|providers?|staff|firefighters?|authors?|members?|specialists?|founders?|teams?|studies|study|reports?)$/i;
/** Words that open what is reported, not who reports it: "a brighter mood", "fewer suicidal thoughts", "a 40% saving". */
const REPORTED =
  /^(?:(?:a|an|the|one|two|three|some|several)\s+)?(?:\d|(?:brighter|better|worse|fewer|lower|higher|more|less|greater|improved|reduced|increased|significant|marked|positive|negative|new|reductions?|increases?|improvements?|decreases?|drops?|rises?|sense|feelings?|deaths?|changes?|shifts?|benefits?|differences?|effects?|outcomes?|results?|responses?|symptoms?)\b)/i;
/**
 * Whether words name one who can speak, as a reporting verb's subject after it (hostile 18g H18g-4, 18h H18h-5): a
 * proper name, which may hold "to", "for", "of", "the", "and" and open with "the" ("Roots to Thrive", "the Society for
 * Psychotherapy", "Dr. Zak Foy"), a determiner and a noun ("one woman", "a social worker", "the CEO"), or people named
 * bare ("participants"); never what is reported ("a brighter mood", "fewer suicidal thoughts", "lower costs").
 */
const canSpeak = (who: string): boolean => {
  if (REPORTED.test(who)) return false;
  const proper = /^(?:the\s+)?\p{Lu}[\p{L}.'&-]*(?:\s+(?:(?:to|for|of|the|and|on|in)\s+)*\p{Lu}[\p{L}.'&-]*)*$/u;
  const determined = /^(?:one|a|an|the|his|her|their|our|another|each|two|three|several|some)\s+\p{L}/iu;
  return (
    proper.test(who) ||
    determined.test(who) ||
    SPEAKERS.test(who.split(/\s+(?:in|from|at|of|with|who|for)\s+/)[0] ?? who)
  );
};
function reports(excerpt: string, who: string): boolean {
  const name = `(?:${literal(who.charAt(0))}|${literal(who.charAt(0).toUpperCase())})${literal(who.slice(1))}`;
  const end = '(?![\\p{L}\\p{N}])';
  const afterQuote = `['\u2019"\u201d\u00bb]\\s*[,\u2014\u2013(-]?\\s*${REPORTING}\\s+${name}${end}`;
  const afterComma = `,\\s*${REPORTING}\\s+${name}(?=\\s*(?:[.!?;)]|$)|\\s+(?:in|from|at|during|with)\\b)`;
  // After its verb a speaker is one who can speak (hostile 18g H18g-4: "…, reported fewer suicidal thoughts."): a person
  // or an organisation, or a proper name.
  const verbFirst = canSpeak(who) ? `|${afterQuote}|${afterComma}` : '';
  return new RegExp(`\\b[Aa]ccording to\\s+${name}${end}|${subjectFirst(name)}${verbFirst}`, 'u').test(excerpt);
}
/**
 * `words` in `text` as whole words, in any case (a mark alone is its own word): "e" is not in "the". With `{ exact:
 * true }`, in the case `text` writes them: a verbatim qualifier is not "ALTOGETHER" where the source writes "altogether".
 */
export function writesWords(text: string, words: string, options?: { exact?: boolean }): boolean {
  const start = /^[\p{L}\p{N}]/u.test(words) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = /[\p{L}\p{N}]$/u.test(words) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${start}${literal(words)}${end}`, options?.exact ? 'u' : 'iu').test(text);
}

/**
 * The words that make a piece of an excerpt a qualifier of what it says (hostile 18e H18e-12: "individual" was a word of
 * an excerpt, and the fit check served 'says such individuals "individual"'): a modal ("might", "can", "should"), how
 * often or how many ("generally", "typically", "most", "some"), how sure or how near ("perhaps", "promising",
 * "approximately", "~", "<"), a condition on it ("where appropriate", "after stabilization", "(or exclusion)",
 * "careful evaluation", "limited exceptions", "need to"), or how strongly ("definitely", "altogether", "only"). Every
 * hedge the seed gives holds one.
 */
const QUALIFYING_WORDS =
  'might|may|maybe|can|could|should|would|must|needs?|generally|general|typically|typical|usually|usual|often|' +
  'sometimes|occasionally|rarely|rare|frequently|commonly|uncommon|normally|mostly|mainly|largely|broadly|' +
  'consistently|most|many|some|several|few|certain|perhaps|possibly|possible|potentially|potential|likely|unlikely|' +
  'probably|promising|promise|appears?|seems?|suggests?|tends?|approximately|approx|roughly|nearly|almost|up to|' +
  'at least|at most|estimated|varies|vary|depending|depends|appropriate|suitable|recommended|optional|careful|' +
  'carefully|caution|evaluation|exceptions?|exclusions?|stabilization|especially|particularly|definitely|altogether|' +
  'absolutely|always|never|only|not every|not all|not always|not necessarily|preliminary|research-stage|gradually|' +
  'substantially|unless|sparse|anecdotal(?:ly)?|not the right fit|not for everyone|uncertain|unclear|tentative|' +
  'relatively|at times(?! of)|case by case|case-by-case|individually assessed|early-stage|' +
  // Words that are something else alone ("one program", "about confidentiality", "where small groups", "small groups",
  // "common themes", "fewer choices", "yet another"; hostile 18f H18f-5, 18g H18g-3): qualifiers only in these phrases.
  'about(?=\\s*[$~\\d]|$)|one (?:\\p{L}+ )?(?:approach|option|way|model|case)|(?:where|when|if) (?:appropriate|needed|' +
  'possible|indicated|necessary|available)|(?:less|more) (?:common|likely|than)|fewer than|more or less|small but|' +
  // Two modifiers may stand between ("small pilot study", "small, open-label study"; hostile 18h H18h-11, 18j H18j-12).
  '(?:small|limited|early|emerging|modest)(?:,? [\\p{L}-]+){0,2}? (?:evidence|data|samples?|study|studies|trials?|' +
  'case series|research|findings|results|exceptions)|small number of (?:participants|patients|people|subjects|cases|' +
  'studies)|pilot (?:study|studies|trials?)|single (?:[\\p{L}-]+ )?(?:reports?|study|trial|case)|' +
  // These only right before the evidence ("Mixed results", "low-quality|low quality evidence"; not "mixed methods study", "low dose
  // study": hostile 18m H18m-11).
  '(?:mixed|low|low-quality|low quality|inconclusive|sparse|thin) (?:evidence|data|results|findings)|' +
  '(?:more|larger|further|additional) (?:[\\p{L}-]+ )?(?:research|studies|trials?|evidence|data) (?:is |are )?(?:needed|warranted|required)|' +
  // "Emerging" alone, as the article says of financial assistance options ("are emerging too"; hostile 18f H18f-4).
  '^emerging(?: too)?$|(?:is|are|still|remains?|very) emerging(?: too)?$|(?:not )?yet$|not yet';
/**
 * Words that qualify only what is said of the evidence (hostile 18i H18i-5, 18j H18j-12, H18j-13): "limited", "early
 * stages", "thin", "mixed", "suggested" said of the evidence, its subject ("The evidence base is thin", "Data are limited
 * to case reports", "Our understanding of group KAT remains limited", "Data suggested"), not "Seating is limited", "The
 * fee is modest", "The facilitator suggested a break", "early dropouts", "mixed groups" (hostile 18k H18k-5, H18k-6).
 */
const OF_EVIDENCE =
  /(?<![\p{L}])(?:limited|early|emerging|modest|thin|mixed|inconclusive|sparse|suggested|small|low|uncontrolled)(?![\p{L}])/iu;
const EVIDENCE_NOUNS =
  'evidence|data|stud(?:y|ies)|trials?|research|findings|results|samples?|case reports?|case series|literature|' +
  'knowledge|understanding|what we know|outcomes|follow-up|reports|experience|' +
  '(?:quality|certainty|strength) of (?:the )?(?:evidence|data)';
/**
 * The evidence as the subject before the hedge: a few words before it ("Long-term", "Our", "However,"; no preposition,
 * so not "Spots in the study"), one noun after it ("evidence base"), a bracket or a phrase of it ("of group KAT", "from
 * Tsang et al."), then a verb of being and adverbs ("remains", "is, in Dr. Lee's view,", "still").
 */
const EVIDENCE_SUBJECT = new RegExp(
  `^\\s*(?:(?!(?:in|of|at|for|on|to|with|from|by)\\s)[\\p{L}'’-]+,?\\s+){0,3}(?:${EVIDENCE_NOUNS})(?![\\p{L}])` +
    `(?:\\s+(?:base|pool|body|quality|certainty|so far|to date))?(?:\\s*\\([^()]{0,60}\\))?` +
    // A phrase between commas before the verb ("The evidence, according to Dr. Smith, is"; hostile 18l H18l-1).
    `(?:\\s*,[^,;:!?]{1,40},)?` +
    `(?:\\s+(?:of|about|on|from|with|for|in|into)\\s+[^;:!?]{0,60}?)?` +
    `(?:\\s+(?:is|are|was|were|remains?|remained|seems?|appears?|looks?|stays?|still|very|quite|rather|too|also|` +
    `currently|relatively|fairly|somewhat|so far|to date|in its|at an?|in an?|at its|in)){0,4}\\s*(?:,[^,]{0,40},\\s*)?` +
    // Another of these words before it, joined ("The trial was small (n=20) and uncontrolled"; hostile 18l H18l-8).
    `(?:(?:limited|small|early|modest|thin|mixed|inconclusive|sparse|low|uncontrolled)(?:\\s*\\([^()]{0,30}\\))?\\s*(?:,\\s*and|,|and)\\s+)?$`,
  'iu',
);
/** After the hedge, no noun it is the adjective of ("early dropouts", "mixed groups", "Thin mats"). */
const NO_NOUN_AFTER =
  /^\s*(?:$|[.,;:!?()[\]\u2013\u2014]|(?:to|and|but|in|at|so|for|as|with|by|across|among|between|overall|too|yet|stages?|days|phase|quality|certainty)(?![\p{L}]))/iu;
/**
 * Not said of the evidence though after it (hostile 18l H18l-4): "mixed with saline", "early in the morning", "limited to
 * veterans" (who was studied, not how well).
 */
const NOT_A_HEDGE_AFTER: Record<string, RegExp> = {
  mixed: /^\s*(?:with|into)(?![\p{L}])/iu,
  limited:
    /^\s*to\s+(?:(?:the|those|people|individuals)\s+)?(?:veterans|adults|adolescents|children|youth|women|men|students|inpatients|outpatients|residents|people|individuals|those)(?![\p{L}])/iu,
  early: /^\s*in\s+the\s+(?:morning|day|afternoon|evening|week)(?![\p{L}])/iu,
};
const ONLY_OF: Record<string, RegExp> = {
  low: /\b(?:quality|certainty|confidence|strength)\b/i,
  small: /\b(?:trials?|stud(?:y|ies)|samples?|pilots?|cohorts?|numbers?|sizes?)\b/i,
};
/**
 * What a study lacked, in a sentence about a study, a trial or the evidence (hostile 18l H18l-8): "The trial was not
 * randomized", "Results have not been replicated", "no control group"; not "Seating is not randomized", "The session has
 * no control group", "Songs are not replicated" (hostile 18m H18m-10).
 */
const LACKED =
  /^(?:(?:not|non-?) ?randomi[sz]ed|(?:no|without an?) control group|not (?:been )?(?:replicated|studied))$/i;
const STUDY_WORDS =
  /\b(?:stud(?:y|ies|ied)|trials?|research|evidence|results|data|findings|samples?|pilots?|participants were|design)\b/i;
const lackedOfStudy = (excerpt: string, piece: string): boolean =>
  LACKED.test(piece) &&
  excerpt.split(SENTENCE_END).some(
    (sentence) =>
      writesWords(sentence, piece, { exact: true }) &&
      (STUDY_WORDS.test(sentence.replace(piece, '')) ||
        // "Group KAT has not been studied in adolescents": a topic not researched, not a person ("who have not").
        (/\b(?:has|have)\s+not\s+been\s+(?:studied|replicated)\b/i.test(sentence) &&
          !/\bwho\s+(?:has|have)\s+not\b/i.test(sentence))),
  );
/** "suggested" of the evidence: a that-clause or a finding ("Data suggested a benefit"), not "suggested a dose". */
const SUGGESTED_AFTER =
  /^\s*(?:$|[.,;:!?()[\]]|that(?![\p{L}])|(?:(?:an?|some|no|the|possible|potential|[\p{L}-]+ly)\s+){0,2}(?:[\p{L}-]+\s+)?(?:benefits?|improvements?|effects?|efficacy|effectiveness|reductions?|associations?|links?|role|promise|trends?|relationship|advantages?|harms?|risks?|response)(?![\p{L}]))/iu;
/** A sentence ends at . ! ? ; but not after "St.", "Dr.", "et al.", "e.g." (hostile 18k H18k-5). */
const SENTENCE_END = /(?<=[.!?;])(?<!\b(?:St|Dr|Drs|Mr|Mrs|Ms|Prof|al|e\.g|i\.e|vs|etc|approx|Fig|No)\.)\s+/;
const saidOfEvidence = (excerpt: string, piece: string): boolean => {
  const word = OF_EVIDENCE.exec(piece);
  if (!word) return false;
  const suggested = /suggested/i.test(word[0]);
  return excerpt.split(SENTENCE_END).some((sentence) => {
    if (!writesWords(sentence, piece, { exact: true })) return false;
    // Each place the piece stands ("Seating is limited, and the evidence is limited"): the words before the hedge word
    // (in the sentence, then the piece) and after it.
    for (let at = sentence.indexOf(piece); at >= 0; at = sentence.indexOf(piece, at + 1)) {
      const before = sentence.slice(0, at + word.index);
      const after = sentence.slice(at + word.index + word[0].length);
      // Its clause may follow another ("…, and the evidence is limited").
      const clause = before.replace(/^.*\b(?:and|but|while|whereas|although|though)\s+/is, '');
      // A lead-in before the subject ("According to Dr. Smith, the evidence", "The authors concluded that the data",
      // "Smith et al. found the data"; hostile 18l H18l-1).
      const led = before.replace(
        /^(?:.*?\b(?:that|found|find|finds|showed|show|shows|concluded|conclude|concludes|noted|note|notes|reported|report|reports)\s+|according to [^,]{1,60},\s*)/is,
        '',
      );
      const subject = EVIDENCE_SUBJECT.test(before) || EVIDENCE_SUBJECT.test(clause) || EVIDENCE_SUBJECT.test(led);
      const not = NOT_A_HEDGE_AFTER[word[0].toLowerCase()];
      if (not?.test(after)) continue;
      // "low" of the evidence's quality or certainty, "small" of a study or its sample, not of what was found ("Reports
      // of dissociation were low", "Findings on side effects were small": hostile 18m H18m-12).
      const only = ONLY_OF[word[0].toLowerCase()];
      if (only && !only.test(before) && !only.test(after.split(/[.;!?]/)[0] ?? '')) continue;
      if (subject && (suggested ? SUGGESTED_AFTER.test(after) : NO_NOUN_AFTER.test(after))) return true;
    }
    return false;
  });
};
// A sign of a figure's qualifier: "~", "<", "750+" ("+" glued to a figure; alone it is no qualifier).
const QUALIFYING = new RegExp(`(?:[~<>≤≥±≈]|\\d\\+|(?<![\\p{L}])(?:${QUALIFYING_WORDS})(?![\\p{L}]))`, 'iu');
const QUALIFYING_EXAMPLES = 'a word such as "might", "can", "generally", "most", "perhaps", "~", "where appropriate"';

/**
 * Who says a statement is a source the record cites, and its qualifier is words their excerpts write (hostile 18 H18-8,
 * 18b H18b-6): in every object of a body, `stated_by` names only sources of the record's citations, each piece of
 * `hedge` (pieces joined by "; " or " … ") is whole words of one of their excerpts, verbatim (in the case they write
 * it), and `via` (whom the source reports) is whole words of one of them; so is the `hedge` of an object naming one
 * `source_id` (an access step), against that source's excerpts; an FAQ's `answered_by` and an access step's
 * `source_id` are sources the record cites. Otherwise the fit check, JSON-LD and search would quote an editor's words
 * as a source's.
 */
/** Words that name the individual format. */
const INDIVIDUAL =
  /(?:\b|(?<=[a-z]))individual[\s-]+(?:format|therapy|treatment|sessions?|track|ketamine|KAP|KAT|care|dosing|infusions?|psychotherapy|model|pathway|course)\b|\b(?:individually|one[\s-]on[\s-]one|1-on-1|one-to-one|1:1|privately|KAP)\b|\bprivate\s+(?:dosing|sessions?|rooms?)\b/i;

export const saidInCitations: Rule = {
  text: 'stated_by, answered_by and source_id name cited sources; hedge and via are words of their excerpts',
  check: (doc, report) => {
    if (!Array.isArray(doc.citations)) return;
    const cited = (doc.citations as { source_id?: unknown; excerpt?: unknown }[]).filter(
      (c) => c && typeof c.source_id === 'string' && typeof c.excerpt === 'string',
    ) as { source_id: string; excerpt: string }[];
    const sources = new Set(cited.map((c) => c.source_id));
    if (typeof doc.answered_by === 'string' && !sources.has(doc.answered_by))
      report(['answered_by'], 'must be a source the record cites');
    // Each object with the object that holds it (a scope's statement: a guide item, a condition's role, the record).
    const stack: [unknown, (string | number)[], Doc][] = [];
    for (const [k, v] of Object.entries(doc)) if (k !== 'citations') stack.push([v, [k], doc]);
    while (stack.length) {
      const [value, path, holder] = stack.pop() as [unknown, (string | number)[], Doc];
      if (Array.isArray(value)) {
        value.forEach((v, i) => {
          stack.push([v, [...path, i], holder]);
        });
        continue;
      }
      if (!value || typeof value !== 'object') continue;
      const o = value as Doc;
      for (const [k, v] of Object.entries(o)) if (k !== 'citations') stack.push([v, [...path, k], o]);
      const own = typeof o.source_id === 'string' && path.at(-2) !== 'citations';
      if (own && !sources.has(o.source_id as string))
        report([...path, 'source_id'], 'must be a source the record cites');
      let by: string[];
      let whose: string;
      if (Array.isArray(o.stated_by)) {
        by = (o.stated_by as unknown[]).filter((b): b is string => typeof b === 'string');
        by.forEach((b, i) => {
          if (!sources.has(b)) report([...path, 'stated_by', i], 'must be a source the record cites');
        });
        whose = 'its stated_by';
      } else if (own) {
        by = [o.source_id as string];
        whose = 'its source_id';
      } else continue;
      const excerpts = cited.filter((c) => by.includes(c.source_id)).map((c) => c.excerpt);
      // A statement said of the individual format is one its source's excerpts (or their sections) say of it (hostile
      // 21 H21-7: a dose range, a practical rule, a guide item or a condition's role the article gives for group therapy
      // was taken as the individual format's). Of the group format, the articles say it throughout.
      // A statement nested in the record (a guide item, a practical rule, a condition's role) is its own words and
      // citations, not the record's other sentences that compare the formats (review 42 R42-1).
      if (o.level === 'format' && o.format === 'individual' && o.inferred !== true) {
        const nested = holder !== doc;
        const cites = (nested && Array.isArray(holder.citations) ? holder.citations : nested ? [] : doc.citations) as {
          source_id?: unknown;
          excerpt?: unknown;
          section?: unknown;
        }[];
        const words = [
          ...cites
            .filter((c) => by.includes(c?.source_id as string))
            .flatMap((c) => [c.excerpt, c.section])
            .filter((t): t is string => typeof t === 'string'),
          ...(nested ? Object.values(holder).filter((t): t is string => typeof t === 'string') : []),
        ];
        if (!words.some((e) => INDIVIDUAL.test(e)))
          report(
            [...path, 'format'],
            `must be a format ${whose} says it of: no excerpt of it names the individual format`,
          );
      }
      if (typeof o.hedge === 'string')
        for (const piece of o.hedge.split(/; | … /))
          if (!piece || piece !== piece.trim())
            // "might; " stored its separator (hostile 18f H18f-13).
            report([...path, 'hedge'], 'has an empty or padded piece: pieces are joined by "; " or " … "');
          else if (!excerpts.some((e) => writesWords(e, piece, { exact: true })))
            report(
              [...path, 'hedge'],
              `"${piece}" must be words an excerpt of ${whose} writes, verbatim (in its case)`,
            );
          else if (
            !QUALIFYING.test(piece) &&
            !excerpts.some((e) => saidOfEvidence(e, piece) || lackedOfStudy(e, piece))
          )
            report([...path, 'hedge'], `"${piece}" must qualify the statement (${QUALIFYING_EXAMPLES})`);
      // Whom the source reports is named as a speaker, in the excerpt's words and case: "As one program noted",
      // "one program says", "according to Dr. X" (hostile 18c H18c-8: "ketamine" was served as "ketamine quoted by …").
      if (typeof o.via === 'string' && !excerpts.some((e) => reports(e, o.via as string)))
        report(
          [...path, 'via'],
          `"${o.via}" must be words an excerpt of ${whose} writes as a speaker ("as … noted", "… says", "according to …")`,
        );
    }
  },
};

/**
 * The write schema of a collection: its fields plus its rules (and `plainText`), which break with
 * a 422 naming the field. Kept apart from the fields themselves, which reads extend, pick and omit.
 */
export function withRules<T extends z.ZodObject>(fields: T, rules: Rule[]): T {
  const all = [...rules, plainText, markedGiven, saidInCitations];
  const description = fields.description ? `${fields.description} ` : '';
  // `plainText`, `markedGiven` and `saidInCitations` hold for every body: the API's description says them once (http/docs.ts).
  const own = rules.length
    ? ` Rules across fields (422 when one is broken): ${rules.map((r) => r.text).join('; ')}.`
    : '';
  return fields
    .superRefine((doc, ctx) => {
      for (const rule of all)
        rule.check(doc as Doc, (path, message) =>
          ctx.addIssue({ code: 'custom', path, message, params: { rule: true } }),
        );
    })
    .meta({ description: `${description}${own}`.trim() }) as T;
}
