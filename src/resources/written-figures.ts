import { listOnce, literal, type Rule } from './rules.js';

/**
 * Typed numbers are figures their own text writes (hostile 18 H18-18), as a price's amounts are figures of its
 * `amount_text` (prices/amount-text.ts): a guide item's 58,500 beside "CAD $5,850", a tenfold dose beside "0.5mg/kg to
 * 1.5mg/kg", or a phase length no text gives, would be served as typed values (`fields=value_min`) with nothing to
 * check them against.
 */

const WORDS: Record<string, number> = Object.fromEntries(
  [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ].map((w, i) => [w, i]),
);
const FIGURE = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)|(?<![\d.,])\d+(?:\.\d+)?/g;
const WORD =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/gi;

/** Each figure a text writes, where it is written and its value: digits or a word to twenty. */
export const figuresAt = (text: string) =>
  [...text.matchAll(FIGURE), ...text.matchAll(WORD)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    value: WORDS[m[0].toLowerCase()] ?? Number(m[0].replaceAll(',', '')),
  }));

/** The figures a text writes: digits (a comma before each group of three, decimals after a point) or a word to twenty. */
export function writtenFigures(text: string): number[] {
  return [
    ...[...text.matchAll(FIGURE)].map((m) => Number(m[0].replaceAll(',', ''))),
    ...[...text.matchAll(WORD)].map((m) => WORDS[m[0].toLowerCase()] as number),
  ];
}

/** `numbers` are figures `text` writes; given, they need `unit`. */
export const writtenIn = (numbers: readonly string[], text: string, unit: string): Rule => ({
  text: `${numbers.join(', ')}: figures ${text} writes, with ${unit}`,
  check: (d, report) => {
    const t = d[text];
    if (typeof t !== 'string') return;
    const figures = writtenFigures(t);
    for (const f of numbers) {
      const v = d[f];
      if (typeof v === 'number' && !figures.includes(v))
        report([f], `must be a figure ${text} writes (${listOnce(figures) || 'it writes none'})`);
    }
    if (d[unit] === null && numbers.some((f) => typeof d[f] === 'number'))
      report([unit], `must be given with ${numbers.join(' or ')}: a number means nothing without its unit`);
  },
});

/** The excerpts a record cites, as written. */
export const excerptsOf = (d: Record<string, unknown>) =>
  (Array.isArray(d.citations) ? (d.citations as { excerpt?: unknown }[]) : [])
    .map((c) => c?.excerpt)
    .filter((e): e is string => typeof e === 'string');

/** Words that name a route of administration: a clause naming one gives that route's dose. */
const ROUTES =
  /\b(?:intramuscular\w*|IM|sublingual\w*|SL|intranasal\w*|nasal|intravenous\w*|IV|oral\w*|infusions?|injections?|lozenges?|troches?|sprays?)\b/gi;

/**
 * A dose's figures are written with its unit in an excerpt ("0.5mg/kg to 1.5mg/kg", "100mg to 400mg", "0.5 to 1.5 mg/kg"),
 * in a clause that names this route or, when the excerpt names no route, anywhere in it (hostile 18c H18c-3: both routes
 * cite "0.5mg/kg to 1.5mg/kg for intramuscular administration, or 100mg to 400mg for sublingual"). mg/kg is not mg, so
 * "100mg" is no dose in mg/kg and "0.5mg/kg" none in mg.
 */
export const dosesWritten = (numbers: readonly string[], unit: string, route: readonly string[]): Rule => ({
  text: `${numbers.join(', ')}: figures an excerpt writes with ${unit}, for this route`,
  check: (d, report) => {
    const u = d[unit];
    if (typeof u !== 'string') return;
    const own = route
      .map((f) => d[f])
      .filter((v): v is string => typeof v === 'string' && v.length > 0)
      .flatMap((v) => v.toLowerCase().match(/[\p{L}]{2,}/gu) ?? []);
    const names = (clause: string) => (clause.match(ROUTES) ?? []).map((w) => w.toLowerCase());
    const n = String.raw`\d[\d,]*(?:\.\d+)?`;
    const to = String.raw`\s*(?:to|-|–|—)\s*`;
    const after = String.raw`\s?${literal(u)}(?![\p{L}/])`;
    // A range is written with the unit after its upper end ("0.5 to 1.5 mg/kg") or after both ("0.5mg/kg to 1.5mg/kg").
    const re = new RegExp(`(?<![\\d.])(${n})(?:${to}(${n}))?${after}(?:${to}(${n})${after})?`, 'giu');
    const written = excerptsOf(d).flatMap((e) => {
      const anyRoute = names(e).length > 0;
      return [...e.matchAll(re)].flatMap((m) => {
        // The dose's clause: from the last break before it to the next one after it.
        const from =
          Math.max(e.lastIndexOf(',', m.index), e.lastIndexOf(';', m.index), e.lastIndexOf('.', m.index - 1)) + 1;
        const rest = e.slice(m.index + m[0].length).search(/[,;]|\.(?!\d)/);
        const clause = e.slice(from, rest < 0 ? e.length : m.index + m[0].length + rest);
        if (anyRoute && !names(clause).some((w) => own.some((o) => o.startsWith(w) || w.startsWith(o)))) return [];
        const [lo, hi] = [m[1], m[2] ?? m[3]].map((x) => (x === undefined ? undefined : Number(x.replaceAll(',', ''))));
        return [{ lo: lo as number, hi }];
      });
    });
    const figures = written.flatMap(({ lo, hi }) => (hi === undefined ? [lo] : [lo, hi]));
    for (const f of numbers) {
      const v = d[f];
      if (typeof v === 'number' && !figures.includes(v))
        report(
          [f],
          `must be a figure a cited excerpt writes with ${u} for this route (${listOnce(figures) || 'none does'})`,
        );
    }
    // A range written is the dose's two ends, in order: its lower end is no dose alone, nor its upper one a lower bound
    // (hostile 21 H21-3: "0.5mg/kg to 1.5mg/kg" was taken as 1.5–1.5, as 0.5 alone, and as 0.5–0.5).
    const [min, max] = numbers.map((f) => d[f]);
    if (numbers.length !== 2 || typeof min !== 'number' || !figures.includes(min)) return;
    const alone = written.filter((w) => w.hi === undefined).map((w) => w.lo);
    const ranges = written.filter((w) => w.hi !== undefined);
    const range = (lo: number, hi: number) => `${lo} to ${hi}`;
    if (
      typeof max === 'number' &&
      (ranges.some((r) => r.lo === min && r.hi === max) || (alone.includes(min) && alone.includes(max)))
    )
      return;
    if (max === null && alone.includes(min)) return;
    const from = ranges.filter((r) => r.lo === min);
    const what = !from.length
      ? 'be the lower end of a range a cited excerpt writes, or a dose it writes alone'
      : max === null
        ? `be given: a cited excerpt writes ${min} as the lower end of a range`
        : `be the upper end of the range a cited excerpt writes from ${min}`;
    const all = listOnce(ranges.map((r) => range(r.lo, r.hi as number)).concat(alone.map(String)));
    report([(from.length ? numbers[1] : numbers[0]) as string], `must ${what} (${all} ${u})`);
  },
});

/** The number words to twenty, as one alternation. */
const WORD_FIGURE = Object.keys(WORDS).join('|');
/** Tens and their compounds, read whole ("forty-five" is 45, not 5; hostile 18l H18l-3). */
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const TENS_FIGURE = String.raw`(?:${Object.keys(TENS).join('|')})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)(?![\p{L}]))?`;
/**
 * A figure of time: digits ("2.5", "2½"), a word to twenty or a ten and its compound, "two and a half", "half an" or
 * "a half" (30 minutes of an hour, not 60; hostile 18k H18k-4), "2 1/2", or "a"/"an" ("an hour").
 */
const TIME_FIGURE = String.raw`(?:\d+|${TENS_FIGURE}|${WORD_FIGURE})(?:\s+and\s+a\s+half|-and-a-half)|half\s+an?|half(?=-hours?(?![\p{L}]))|an?\s+half|\d+\s+1\/2|\d+(?:\.\d+)?½?|½|${TENS_FIGURE}|${WORD_FIGURE}|an?`;
/**
 * A figure written with a unit of time: "45-90 minutes", "2-3 hours", "24-hour", "between 2 and 3 hours", "2h",
 * "1 h 30 min" (90), "an hour and a half" (hostile 18j H18j-7, H18j-8: "1 h 30 min" was 30, "three hours" nothing).
 */
const TIMES = new RegExp(
  String.raw`(?<![\d.,\p{L}])(?<!\p{L}-)(${TIME_FIGURE})(?:\s*(?:to|-|–|—|and|or)\s*(${TIME_FIGURE}))?[\s-]?(minutes?|mins?|hours?|hrs?|h)(?![\p{L}])(?:\s*(?:and\s+)?(\d+)\s*(?:minutes?|mins?)(?![\p{L}])|\s+(and a half)(?![\p{L}]))?`,
  'giu',
);
function timeFigure(x: string): number {
  const w = x
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/-and-a-half$/, ' and a half');
  if (w in WORDS) return WORDS[w] as number;
  // "2 1/2 hours" (hostile 18l H18l-8).
  const fraction = /^(\d+) 1\/2$/.exec(w);
  if (fraction) return Number(fraction[1]) + 0.5;
  const tens = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
  if (tens && (tens[1] as string) in TENS)
    return (TENS[tens[1] as string] as number) + (WORDS[tens[2] as string] as number);
  if (w in TENS) return TENS[w] as number;
  if (w.endsWith(' and a half')) return timeFigure(w.slice(0, -' and a half'.length)) + 0.5;
  if (w.includes('half')) return 0.5;
  if (w === 'a' || w === 'an') return 1;
  return x === '½' ? 0.5 : Number(x.replace('½', '')) + (x.endsWith('½') ? 0.5 : 0);
}

/** The nouns a time written as their adjective is the length of a session or phase of: "a 90-minute integration circle". */
const SESSION_NOUNS =
  /^(?:\s+[\p{L}-]+){0,2}?\s+(?:sessions?|circles?|phases?|meetings?|gatherings?|blocks?|calls?|check-ins?|integrations?|experiences?|journeys?|periods?|days?|groups?|ceremon(?:y|ies))\b/iu;
/**
 * Whether a time figure is written as a length (hostile 18j H18j-7: any time figure was one, "60 minutes from Calgary",
 * "Arrive 60 minutes early", "within 60 minutes of"): after a verb of length ("lasts about", "run", "last between",
 * "meets for"), as an adjective of a session or phase ("a 90-minute integration circle", "a 60-minute rest period"), or
 * after one and "of" ("sessions of 90 minutes"); and not said of a part of the phase ("the active phase typically lasts
 * 45-90 minutes", audit 18 A18-2).
 */
const LENGTH_VERB =
  /\b(?:last(?:s|ed|ing)?|runs?|ran|running|spans?|spanning|(?:meets?|met|gathers?|gathered)\s+for)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const LENGTH_OF =
  /\b(?:sessions?|circles?|phases?|meetings?|gatherings?|blocks?|calls?|check-ins?|periods?|ceremon(?:y|ies))\s+of\s+(?:[\p{L}-]+\s+)?$/iu;
const A_PART = /\b(?:active|acute|peak)\s+(?:phase|period|effects?)\b|\b(?:effects?|onset)\b/gi;
const SESSION_NOUN =
  /\b(?:sessions?|circles?|meetings?|gatherings?|calls?|check-ins?|groups?|ceremon(?:y|ies)|integration|preparation)\b/i;
/** The words since the sentence's start or a colon, without a phrase set off by two commas. */
const clauseOf = (before: string): string =>
  before.slice(Math.max(...[...'.;:!?'].map((c) => before.lastIndexOf(c))) + 1).replace(/,[^,]*,/g, ',');
/**
 * Said of a part of the phase: its clause names one ("the active phase", "effects peaking at") and no session after it
 * ("After the effects fade, the integration circle runs for 90 minutes" is the circle's; hostile 18k H18k-1).
 */
const saidOfPart = (before: string): boolean => {
  // A phrase between commas is no subject ("The session, including time for effects to wear off, lasts 3 hours";
  // hostile 18l H18l-2).
  const clause = clauseOf(before);
  const parts = [...clause.matchAll(A_PART)];
  const last = parts[parts.length - 1];
  return last !== undefined && !SESSION_NOUN.test(clause.slice((last.index ?? 0) + last[0].length));
};
/**
 * In the record's own texts, a time figure is the phase's length in any wording ("is 2-3 hours long", "takes 60
 * minutes", "Duration: 2-3 hours", "90 minutes each", "(90 minutes)"; hostile 18k H18k-1) but a part of it, a time
 * within or at which, a part at its start or end, a gap ("within 60 minutes of", "checked at 30 minutes", "the last 30
 * minutes", "2 hours apart"; H18j-7, H18k-9).
 */
/** The figure is a session's adjective: "a 90-minute integration circle", "in 3-hour blocks". */
const sessionAdjective = (m: RegExpMatchArray, text: string): boolean =>
  /(?:minute|min|hour|hr)$/i.test(m[0]) && SESSION_NOUNS.test(text.slice((m.index ?? 0) + m[0].length));
const ownLength = (m: RegExpMatchArray, text: string): boolean => {
  const before = text.slice(0, m.index ?? 0);
  return (
    !saidOfPart(before) &&
    // "in 3-hour blocks", "in 90-minute circles": the figure is the session's adjective (hostile 18l H18l-2).
    (!/\b(?:within|in|under|by|at)\s*$/i.test(before) || sessionAdjective(m, text)) &&
    !/\b(?:the|its|their)\s+(?:first|last|final|remaining|next|initial|opening|closing)\s+$/i.test(before)
  );
};
const writtenAsLength = (m: RegExpMatchArray, text: string): boolean => {
  const before = text.slice(0, m.index ?? 0);
  return !saidOfPart(before) && (sessionAdjective(m, text) || LENGTH_VERB.test(before) || LENGTH_OF.test(before));
};
/**
 * Whether a time figure is the length of something other than a session or phase (hostile 18e H18e-8, 18f H18f-9): as
 * an adjective ("a 24-hour rule", "a 3-4 hour fast", where "a 90-minute integration circle", "a 60-minute rest period"
 * are a session's), how long not to do something ("no driving for 24 hours", "fast for 3-4 hours"), or a time before,
 * after or from something ("3-4 hours before", "60 minutes from Calgary").
 */
const lengthOfOther = (m: RegExpMatchArray, text: string): boolean => {
  const next = text.slice((m.index ?? 0) + m[0].length);
  const before = text.slice(0, m.index ?? 0);
  if (
    // "lasts 60 minutes after each dosing session" is a length; "from start to finish", "of music" are (hostile 18k
    // H18k-1), "from Calgary", "of which is rest" are not.
    // "Integration circles of 90 minutes after each dosing session" is the circles' length (hostile 18l #583).
    (/^\s+(?:before|after|prior|earlier|later|beforehand|ahead|apart|ago)\b/i.test(next) &&
      !LENGTH_VERB.test(before) &&
      !LENGTH_OF.test(before)) ||
    /^\s+(?:early\b|of\s+which\b)/i.test(next) ||
    // After a verb of length, "from dosing to discharge", "from when you arrive" is the span (hostile 18l H18l-2).
    (/^\s+from\s+(?!(?:the\s+)?(?:start|arrival|beginning|check-in|opening|first)\b)/i.test(next) &&
      !LENGTH_VERB.test(before)) ||
    /\b(?:no|not|avoid\w*|fast\w*|driv\w*|eat\w*|drink\w*|wait\w*|abstain\w*|stay\w*|remain\w*|refrain\w*|off work)\b[^.;:]{0,30}\bfor\s*$/i.test(
      before,
    ) ||
    // An interval ("checked every 30 minutes"; hostile 18g H18g-7) is no length either.
    /\bevery\s*$/i.test(before)
  )
    return true;
  // A singular unit followed by a word is an adjective ("24-hour rule", "3-4 hour fast"; "45-90 minutes" is a length).
  // "1 hour in total" is a length: a singular unit after one figure is plural's ("1 hour"), after a range an adjective's.
  const adjective =
    /(?:-\s*|\d\s*(?:-|–|to)\s*[\d.]+\s+)(?:minute|min|hour|hr)$/i.test(m[0]) && /^\s+\p{L}/u.test(next);
  return adjective && !SESSION_NOUNS.test(next);
};

/**
 * A time in the record's own text whose clause is about something else than a session or the phase (hostile 18l H18l-6:
 * "The infusion runs for 40 minutes", "Participants rest for 30 minutes", "Each participant has 5 minutes to share",
 * "The drive from Calgary is 90 minutes" were taken as the dosing phase's length), or a part the clause adds ("Dosing
 * sessions last 3 hours, including 1 hour of integration"). The clause is the words since the sentence's start, a
 * colon or its last comma (a phrase set off by two commas left out); it is the phase's when it names a session, a word
 * of the phase's name or a length ("The length of a dosing session is"), people meeting ("Participants meet for"), tells
 * the reader to allow the time ("Allow three hours", "You'll spend"), or names nothing ("Duration: 2-3 hours", "and last 3
 * hours", "It lasts").
 */
const PART_ADDED = /\b(?:including|incl\.|plus|of\s+which)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?$/i;
const SESSION_SUBJECT =
  /\b(?:sessions?|circles?|phases?|meetings?|gatherings?|blocks?|calls?|check-ins?|groups?|ceremon(?:y|ies)|integration|preparation|dosing|experiences?|journeys?|periods?|programs?|cohorts?|length|duration|total|allow\w*|plan\w*|expect\w*|budget\w*|reserve\w*|set\s+aside)\b/i;
const NO_SUBJECT =
  /^(?:the|a|an|each|every|its|their|this|that|these|those|it|it's|it’s|they|you|you'll|you’ll|we|we'll|we’ll|and|then|typically|usually|generally|normally|often|roughly|about|around|approximately|altogether|overall|in|total|some|whole|entire|full|everything|last(?:s|ed)?|runs?|ran|takes?|took|is|are|was|were|will|be|there|spends?|spent|spans?|for|of|over|between|from|to|held)$/i;
/** People meeting for a time are the session ("Participants meet for 90 minutes"). */
const MEETING = /\b(?:meets?|met|meeting|gathers?|gathered|convenes?|convened|come\s+together|comes\s+together)\b/i;
const otherSubject = (m: RegExpMatchArray, text: string, names: RegExp | null): boolean => {
  const before = text.slice(0, m.index ?? 0);
  const clause = clauseOf(before);
  const tail = clause.slice(clause.lastIndexOf(',') + 1);
  if (PART_ADDED.test(tail)) return true;
  if (SESSION_SUBJECT.test(tail) || MEETING.test(tail) || names?.test(tail) || sessionAdjective(m, text)) return false;
  return (tail.match(/\p{L}[\p{L}'-]*/gu) ?? []).some((w) => !NO_SUBJECT.test(w));
};

/** Words of a phase's name that name no phase in particular ("Ongoing integration support between sessions"). */
const GENERIC = /^(?:session|sessions|phase|group|support|experience|between|ongoing|with|from|after|before)$/i;
/**
 * A length in minutes is a figure the record's texts, or an excerpt that names the phase by a word of its name
 * ("integration", "dosing"), write as a length with its unit: in minutes, or in hours (×60) (hostile 18c H18c-4: any
 * figure ×60 took "45-90 minutes" as 2,700-5,400; 18j H18j-7: a case report's "30-minute group therapy sessions" was
 * the integration phase's length).
 */
export const minutesWritten = (numbers: readonly string[], texts: readonly string[]): Rule => ({
  text: `${numbers.join(', ')}: figures written in minutes or hours`,
  check: (d, report) => {
    const own = (typeof d.name === 'string' ? d.name : '').match(/[\p{L}-]{4,}/gu)?.filter((w) => !GENERIC.test(w));
    const names = own?.length ? new RegExp(`(?<![\\p{L}])(?:${own.map(literal).join('|')})(?![\\p{L}])`, 'iu') : null;
    const ownTexts = texts.map((t) => d[t]).filter((t): t is string => typeof t === 'string');
    const written = [
      ...ownTexts.map((t) => ({ t, own: true })),
      ...excerptsOf(d)
        .filter((e) => names?.test(e))
        .map((t) => ({ t, own: false })),
    ];
    const minutes = written.flatMap(({ t, own }) =>
      [...t.matchAll(TIMES)].flatMap((m) => {
        if (lengthOfOther(m, t) || !(own ? ownLength(m, t) && !otherSubject(m, t, names) : writtenAsLength(m, t)))
          return [];
        const perUnit = /^h/i.test(m[3] as string) ? 60 : 1;
        const plus = (m[4] ? Number(m[4]) : 0) + (m[5] ? perUnit / 2 : 0);
        return [m[1], m[2]]
          .filter((x): x is string => x !== undefined)
          .map((x) => timeFigure(x) * perUnit + (m[2] === undefined ? plus : 0));
      }),
    );
    for (const f of numbers) {
      const v = d[f];
      if (typeof v === 'number' && !minutes.includes(v))
        report(
          [f],
          `must be a length the texts or excerpts write, in minutes or hours (${listOnce(minutes) || 'none'})`,
        );
    }
  },
});

/** The words a practical rule's unit is written with beside its figure ("3-4 hours", "6–9-person", "a 12-week"). */
const UNIT_WORDS: Record<string, RegExp> = {
  hours: /^(?:hours?|hrs?)\b/i,
  minutes: /^(?:minutes?|mins?)\b/i,
  participants: /^(?:participants?|people|persons?)\b/i,
  participants_per_facilitator:
    /^(?:participants?|people|persons?)\s+(?:each\s+)?(?:per|to each|for each|to every|for every)\s+(?:facilitator|therapist|clinician|guide)s?(?![\p{L}-])/iu,
  weeks: /^weeks?\b/i,
  months: /^months?\b/i,
  sessions: /^(?:\w+\s)?sessions?\b/i,
};

/** Words that name whom participants are counted per. */
// A word of its own: not "guided", "guidelines", "staffed", "therapist-led" (hostile 18k H18k-3).
const STAFF = '(?:facilitators?|therapists?|clinicians?|guides?|staff)(?![\\p{L}-])';
/**
 * Other staff a ratio may count participants per: "3-4 participants per nurse" is no group of 3-4 (hostile 18l H18l-6),
 * nor participants per facilitator (a nurse is not one; hostile 18m H18m-6).
 */
const OTHER_STAFF =
  '(?:nurses?|sitters?|doctors?|physicians?|psychiatrists?|counsell?ors?|practitioners?)(?![\\p{L}-])';
const PER_OTHER = new RegExp(
  `^\\s*(?:(?:to|-|–|—)\\s*\\w+\\s*)?(?:participants?|people|persons?|patients?|clients?)\\s+(?:each\\s+)?(?:per|(?:to|for)\\s+(?:each|every|1|one|a|an))\\s+${OTHER_STAFF}`,
  'iu',
);
const OTHER_PER_ONE = new RegExp(
  `\\b(?:1|one|a|an|each|every)\\s+${OTHER_STAFF}\\s+(?:per|to|for)\\s+(?:every\\s+)?$`,
  'iu',
);
/**
 * A figure counted per one of the staff, by the words before it: "1:3" (in a text that names a ratio or the staff), "one
 * facilitator per 3 to 4 participants", "1 facilitator to 3-4 participants", "each facilitator supports 3–4"; one of
 * them, not "2 facilitators to 6-8 participants" (hostile 18g H18g-5).
 */
const PER_ONE =
  /(?:\b(?:per|for every|for each|to every)\s+|\b(?:1|one|a|an|each|every)\s+(?:facilitator|therapist|clinician|guide)(?:\s+(?:to|for|with|supports?|works? with|looks? after|cares? for)(?:\s+every)?\s+|\s*[:/]\s*)|\beach (?:facilitator|therapist|clinician|guide)\b[^.;:]{0,40}?\s)(?:\w+\s*(?:to|-|–|—)\s*)?$/i;
const RATIO = /(?<![\d.,])\d+\s*:\s*(?:\d+\s*(?:to|-|–|—)\s*\d+\s*:\s*)?$/;
/** "3–4 participants each" after the figure: a number per one of the staff ("facilitators work with 3–4 participants each"). */
const EACH_AFTER = /^\s*(?:(?:to|-|–|—)\s*\w+\s*)?(?:participants?|people|persons?)\s+each(?=\s*(?:[.,;:)]|$))/i;
/**
 * "4 participants per facilitator", "3-4 people to each therapist" after the figure: a ratio, whatever words come before
 * it (hostile 18j H18j-5: it was taken as a group of 4).
 */
const PER_AFTER = new RegExp(
  `^\\s*(?:(?:to|-|–|—)\\s*\\w+\\s*)?(?:participants?|people|persons?)\\s+(?:each\\s+)?(?:per|(?:to|for)\\s+(?:each|every|1|one|a|an))\\s+${STAFF}`,
  'iu',
);
/**
 * A ratio written participants first (hostile 18l H18l-6): in "4:1 participant-to-facilitator" the first figure is the
 * participants per facilitator, in "1:4 participant-to-facilitator" there are 4 facilitators per participant; "Participants
 * outnumber facilitators 4 to 1"; "Facilitators each support 3-4 participants".
 */
const PARTICIPANTS_FIRST = new RegExp(`^\\s*(?:participants?|people|persons?)[\\s-]+(?:to|per)[\\s-]+${STAFF}`, 'iu');
const FIRST_OF_RATIO = /^\s*(?::|to)\s*(?:1|one)\b(?![.,]?\d)/iu;
const OUTNUMBER = new RegExp(`\\b(?:participants?|people)\\s+outnumber\\s+(?:the\\s+)?${STAFF}\\s*(?:by\\s+)?$`, 'iu');
const EACH_STAFF = new RegExp(
  `\\b${STAFF}\\s+each\\s+(?:support|supports|see|sees|guide|guides|work with|works with|look after|looks after|care for|cares for)\\s+(?:\\w+\\s*(?:to|-|–|—)\\s*)?$`,
  'iu',
);
/** After the figure: participants at a time, not sessions, groups or hours, nor per day or across a cohort (H18m-5). */
const EACH_PARTICIPANTS =
  /^\s*(?:(?:to|-|–|—)\s*\w+\s*)?(?:participants?|people|persons?|patients?|clients?)(?![\p{L}])(?!\s+(?:a|an|per|each|every|across|over|in\s+(?:a|the)|during)\s+(?:\d+[\s-]*)?(?:day|week|month|year|cohort|program|course|session)s?\b)(?!\s+across\b)/iu;
/** A ratio labelled participants first anywhere in its text: "participant-to-facilitator ratio of 1:4". */
const LABELLED_PARTICIPANTS_FIRST = new RegExp(
  `(?:participants?|people|persons?|patients?|clients?)(?:[\\s-]+to[\\s-]+|\\s*:\\s*)${STAFF}|ratio\\s+of\\s+(?:participants?|people|patients?|clients?)\\s+to\\s+${STAFF}`,
  'iu',
);
/** Whether a figure is the participants of a ratio written participants first, or of one the other way round. */
const participantsFirst = (before: string, after: string): boolean | undefined => {
  const labelled = LABELLED_PARTICIPANTS_FIRST.test(before + after);
  // "4:1 participant-to-facilitator", "outnumber facilitators 4 to 1": the first figure, when the second is 1.
  if (FIRST_OF_RATIO.test(after)) {
    const rest = after.replace(FIRST_OF_RATIO, '');
    if (PARTICIPANTS_FIRST.test(rest) || OUTNUMBER.test(before) || (labelled && /:/.test(after.slice(0, 3))))
      return true;
  }
  // "1:4 participant-to-facilitator", "a participant-to-facilitator ratio of 1:4": the second figure counts facilitators.
  if (RATIO.test(before) && (PARTICIPANTS_FIRST.test(after) || labelled)) return false;
  return undefined;
};
/**
 * The figure counts the staff ("2 facilitators and 8 participants", "1 facilitator: 4"): no participants (H18j-5); not
 * a ratio's ("1:4 facilitator-to-participant ratio", "1:4 facilitator ratio").
 */
const STAFF_AFTER = new RegExp(`^\\s*${STAFF}(?!\\s+ratio)`, 'iu');
const countsStaff = (before: string, after: string) => STAFF_AFTER.test(after) && !RATIO.test(before);
/**
 * Whether a figure, by the text around it, is one of its unit whatever follows it (hostile 18e H18e-7, 18f H18f-8):
 * participants per facilitator are a ratio's figure, and a ratio's figure is no group of participants; "Cohort 2: 20
 * participants" is no ratio (its text names no ratio nor staff). Otherwise the unit's words follow the figure.
 */
const NAMES_RATIO = new RegExp(`\\bratio\\b|\\b${STAFF}`, 'iu');
const STAFF_IN_CLAUSE = new RegExp(`\\b${STAFF}[^.;:]*$`, 'iu');
const perStaff = (before: string, after: string, text: string): boolean =>
  participantsFirst(before, after) ??
  (PER_ONE.test(before) ||
    (EACH_STAFF.test(before) && EACH_PARTICIPANTS.test(after)) ||
    PER_AFTER.test(after) ||
    (RATIO.test(before) && NAMES_RATIO.test(text)) ||
    // "facilitators work with 3–4 participants each": the staff before the figure, in its clause, counted or not ("Two
    // facilitators work with 6-8 participants each", 18i H18i-6); "each" ends the phrase ("… each session" is per
    // session, 18h H18h-6), and "groups of 4-8 participants each" is a group's size.
    (EACH_AFTER.test(after) && STAFF_IN_CLAUSE.test(before)));
/** "Groups of 8 with 2 facilitators", "groups of 4 to 8.": a group's size with no unit word after it (hostile 18j #1083). */
// "Cohorts of 8 meet for 6 weeks", "Group size: 4-8", "Cohort size 20-40" (hostile 18l H18l-8).
const GROUP_OF =
  /\b(?:(?:groups?|cohorts?|circles?)\s+of|(?:group|cohort|circle|class)\s+sizes?\s*(?:is|of|:)?)\s+(?:\w+\s*(?:to|-|–|—)\s*)?$/i;
// A verb may follow ("Small groups of 4-8 receive ketamine together"; hostile 18k #419).
const GROUP_ENDS =
  /^\s*(?:(?:to|-|–|—)\s*\w+\s*)?(?:[.,;:()]|$|(?:with|and|in|at|who|receive|meet|gather|share|sit|lie|are|were)\b)/i;
/** "20–40 participants per cohort, 6–9 per process group": a group's size with its unit earlier (hostile 18k #442). */
const PER_GROUP = /^\s*(?:(?:to|-|–|—)\s*\w+\s*)?per\s+(?:[\p{L}-]+\s+)?(?:groups?|circles?|cohorts?)\b/iu;
const NAMES_PARTICIPANTS = /\b(?:participants?|people|persons?)\b/i;
/** The staff work "in groups of 2": a count of staff (hostile 18k #446). */
const STAFF_GROUPS = new RegExp(
  `\\b${STAFF}\\s+(?:work|works|serve|serves|are|operate)\\s+in\\s+groups? of\\s+$`,
  'iu',
);
/**
 * A count of groups ("Two groups of eight", "One group of 8") or of people per mat ("One participant per mat"), not a
 * group's size (hostile 18k H18k-8).
 */
const NOT_GROUP_SIZE =
  /^\s*(?:(?:groups?|cohorts?|circles?)\s+of\b|(?:participants?|people|persons?)\s+(?:each\s+)?(?:per|on each|to each|for each)\s+(?:mat|mattress|bed|room|couch|chair|recliner)s?\b)/i;
const UNIT_PLACE: Record<string, (before: string, after: string, text: string) => boolean | undefined> = {
  participants: (before, after, text) =>
    NOT_GROUP_SIZE.test(after) ||
    PER_OTHER.test(after) ||
    OTHER_PER_ONE.test(before) ||
    STAFF_GROUPS.test(before) ||
    countsStaff(before, after) ||
    perStaff(before, after, text)
      ? false
      : (GROUP_OF.test(before) && GROUP_ENDS.test(after)) ||
          (PER_GROUP.test(after) && NAMES_PARTICIPANTS.test(text.slice(0, before.length)))
        ? true
        : undefined,
  participants_per_facilitator: (before, after, text) =>
    countsStaff(before, after) ? false : perStaff(before, after, text) ? true : undefined,
};

/** A value given with an enumerated unit is a figure its text writes with that unit, within a few words after it. */
export const unitWritten = (numbers: readonly string[], text: string, unit: string): Rule => ({
  text: `${numbers.join(', ')}: written with ${unit}`,
  check: (d, report) => {
    const t = d[text];
    const u = d[unit];
    const words = typeof u === 'string' ? UNIT_WORDS[u] : undefined;
    if (typeof t !== 'string' || !words) return;
    const place = UNIT_PLACE[u as string];
    // Figures in digits or words ("one facilitator per four participants"; hostile 18j H18j-6).
    const withUnit = [...t.matchAll(FIGURE), ...t.matchAll(WORD)].filter((m) => {
      const placed = place?.(t.slice(0, m.index), t.slice(m.index + m[0].length), t);
      if (placed !== undefined) return placed;
      // The unit after the figure, or after the range it opens ("3 to 4 participants", "1:3 to 1:4 … ratio").
      return [0, 1, 2, 3, 4].some((k) => {
        const after = t
          .slice(m.index + m[0].length)
          .split(/(?<=[\s-])/)
          .slice(k)
          .join('')
          .replace(/^[\s-]+/, '');
        return words.test(after);
      });
    });
    const figureValue = (x: string) => WORDS[x.toLowerCase()] ?? Number(x.replaceAll(',', ''));
    const figures = withUnit.map((m) => figureValue(m[0]));
    for (const f of numbers) {
      const v = d[f];
      if (typeof v === 'number' && !figures.includes(v))
        report([f], `must be a figure ${text} writes with its unit, ${u} (${listOnce(figures) || 'none'})`);
    }
    // A least and a most are one range the text writes ("4-8", "four to eight"), not figures of two ("Cohort size
    // 20-40; process groups of 6-9" is no 6-40; hostile 18l #633).
    const [lo, hi] = numbers.map((f) => d[f]);
    if (
      numbers.length === 2 &&
      typeof lo === 'number' &&
      typeof hi === 'number' &&
      lo !== hi &&
      figures.includes(lo) &&
      figures.includes(hi) &&
      !withUnit.some((m) => {
        const next = RANGE_END.exec(t.slice(m.index + m[0].length));
        return figureValue(m[0]) === lo && next?.[1] !== undefined && figureValue(next[1]) === hi;
      }) &&
      ![...t.matchAll(FIGURE), ...t.matchAll(WORD)].some((m) => {
        const next = RANGE_END.exec(t.slice(m.index + m[0].length));
        return figureValue(m[0]) === lo && next?.[1] !== undefined && figureValue(next[1]) === hi;
      })
    )
      report([numbers[1] as string], `must end the range ${text} writes from ${lo} (as "4-8" or "four to eight")`);
  },
});
/** The end of a range after its first figure: "-8", " to eight", " or 9", " to 1:4" (of "1:3 to 1:4"). */
const RANGE_END = /^\s*(?:-|–|—|to|or|and)\s*(?:1\s*:\s*)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[a-z]+)(?![\d\p{L}])/iu;

/**
 * `numbers` are figures a cited excerpt writes, in digits or words (hostile 21 H21-1: a finding's "79%" was taken as 80,
 * a case series of "five participants" as 7, a cohort of "20–40 participants" as 400), or, for one, a case of one
 * person ("the case of a 44-year-old man"). A figure the record lists in `inferred_fields` is Katalog's reading and
 * said to be.
 */
export const citedFigures = (numbers: Readonly<Record<string, CitedUnit>>): Rule => ({
  text: `${Object.keys(numbers).join(', ')}: figures its excerpts write`,
  check: (d, report) => {
    const excerpts = excerptsOf(d);
    const inferred = Array.isArray(d.inferred_fields) ? d.inferred_fields : [];
    for (const [f, unitOf] of Object.entries(numbers)) {
      const v = d[f];
      if (typeof v !== 'number' || inferred.includes(f)) continue;
      const unit = typeof unitOf === 'function' ? unitOf(d) : unitOf;
      // The figures written with the unit within a few words after them (review 39 R39-5: a "44-year-old" was a count
      // of sessions, a journal's volume 16 a study's weeks), or any figure where the unit is not one of these.
      const figures = excerpts.flatMap((e) =>
        [...e.matchAll(FIGURE), ...e.matchAll(WORD)]
          // Not the second term of a ratio ("1:4 facilitator-to-participant": review 39b R39b-2).
          .filter(
            (m) =>
              !unit ||
              (!/\d\s*:\s*$/.test(e.slice(0, m.index)) &&
                unit.test(e.slice(m.index + m[0].length)) &&
                ofRange(f, numbers, e, m)),
          )
          .map((m) => WORDS[m[0].toLowerCase()] ?? Number(m[0].replaceAll(',', ''))),
      );
      if (
        (unit === CITED_UNITS.participants || unit === CITED_UNITS.count) &&
        excerpts.some((e) => /\bcase of an?\b/i.test(e))
      )
        figures.push(1);
      // A magnitude: its sign is no figure the excerpt writes ("dropped 5"), and the rules of its unit read it.
      if (!figures.includes(Math.abs(v)))
        report(
          [f],
          `must be a figure a cited excerpt writes${unit ? ' with its unit' : ''} (${listOnce(figures) || 'none'})`,
        );
    }
  },
});

/**
 * The words a count is written with, within a few words after its figure ("four of the five participants", "20–40
 * participants per cohort", "6–9-person", "12-week", "a six-month follow-up"); null: any figure.
 */
/** What may follow a figure before its words: "+" ("750+"), the rest of a range ("20 to 40", "4-8", "four to eight"). */
const FIGURE_TAIL = `\\+?(?:-?\\s*(?:[-–—‑−]|to|or|through|and)\\s*(?:\\d+|${Object.keys(WORDS).join('|')}))?`;
/**
 * A figure of another unit written onto it or after it ("30-minute group therapy sessions", "30 minute", "30-min", "a
 * 44-year-old", "a 44 year old man"; review 39b R39b-2, review 39c R39c-6).
 */
const OTHER_UNIT =
  '(?!\\s*(?:%|per ?cent\\b))(?![\\s\\-–—‑−]*(?:minutes?|mins?|mn|hours?|hrs?|years?|yrs?|y\\/o|days?|weeks?|months?|mg|mcg|ml|km|kg)\\b)';
/** The rest of a range a figure opens ("20–40", "four to eight", "5 or 6"), or its start before the figure. */
const OPENS_RANGE = new RegExp(
  `^\\+?-?\\s*((?:[-–—‑−]|to|or|through|and))\\s*(\\d+(?:\\.\\d+)?|${Object.keys(WORDS).join('|')})\\b`,
  'i',
);
const ENDS_RANGE = new RegExp(
  `(?:(?:\\d|\\b(?:${Object.keys(WORDS).join('|')}))\\+?-?\\s*(?:[-–—‑−]|to|or|through)|\\bbetween\\s+(?:\\d+|${Object.keys(WORDS).join('|')})\\s+and)\\s*$`,
  'i',
);
/** A change, not a range: "cut from 12 to 6 weeks", "grew from 3 to 5 participants" (review 39c R39c-7). */
const CHANGED_FROM =
  /\b(?:grew|grow[sn]?|growing|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|drop\w*|cut|cuts|cutting|mov\w*|increas\w*|decreas\w*|reduc\w*|chang\w*|went|go(?:es|ne)?|shr[ai]nk\w*|expand\w*|extend\w*|shorten\w*|lengthen\w*|rais\w*|lower\w*|down|up)\s+from\s+$/i;
/**
 * Whether a figure, by the range around it, may be `field`'s: one end of a range only for a field of a least-and-most
 * pair (a study of "20–40 participants" has no 20 participants), and a range only as written low to high, not a change.
 */
function ofRange(field: string, numbers: Readonly<Record<string, unknown>>, e: string, m: RegExpMatchArray): boolean {
  const before = e.slice(0, m.index);
  const found = OPENS_RANGE.exec(e.slice((m.index ?? 0) + m[0].length));
  // "3 and 5" is a range only after "between" (review 40 R40-7).
  const opens = found && (found[1]?.toLowerCase() !== 'and' || /\bbetween\s+$/i.test(before)) ? found : null;
  const paired = /_(?:min|max)$/.test(field) || `${field}_max` in numbers;
  // An age is no count ("aged 44 … sessions"; R40-8); a figure a change starts from is no single value, with its unit
  // or not ("shortened from 12 weeks to 6 weeks"; R40-9).
  if (/\b(?:aged?|ages)\s+$/i.test(before)) return false;
  // The end of a change is the state it ends in ("grew from 3 to 5 participants": 5), no end of a range.
  const end = ENDS_RANGE.exec(before);
  const endOfChange = end !== null && CHANGED_FROM.test(before.slice(0, end.index).replace(/[\d.,]+$|\p{L}+$/u, ''));
  if (!paired && (opens || (end && !endOfChange) || CHANGED_FROM.test(before))) return false;
  if (!opens) return true;
  const value = (x: string) => WORDS[x.toLowerCase()] ?? Number(x.replaceAll(',', ''));
  return value(opens[2] as string) > value(m[0]) && !CHANGED_FROM.test(before);
}
const PEOPLE = '(?:participants?|people|patients|persons?|individuals|firefighters|men|women|clients|members)\\b';
const NOT_FIGURE = `(?!\\d|(?:${Object.keys(WORDS).join('|')})\\b)`;
export const CITED_UNITS = {
  participants: new RegExp(`^${FIGURE_TAIL}${OTHER_UNIT}(?:\\s*\\S+){0,4}?(?:\\s+|-)${PEOPLE}`, 'i'),
  // A whole count: no other figure between it and its noun ("four of the five participants" is no group of four).
  count: new RegExp(`^${FIGURE_TAIL}${OTHER_UNIT}(?:\\s+${NOT_FIGURE}\\S+){0,4}?(?:\\s+|-)${PEOPLE}`, 'i'),
  weeks: new RegExp(`^${FIGURE_TAIL}(?:\\s+|-)(?:weeks?|weekly)\\b`, 'i'),
  months: new RegExp(`^${FIGURE_TAIL}(?:\\s+|-)months?\\b`, 'i'),
  sessions: new RegExp(`^${FIGURE_TAIL}${OTHER_UNIT}(?:\\s*\\S+){0,5}?\\s+(?:sessions?|infusions?)\\b`, 'i'),
  percent: /^\s?(?:%|per ?cent\b)/i,
} as const;
type CitedUnit = RegExp | null | ((d: Record<string, unknown>) => RegExp | null);

/** An address as compared: without its scheme, "www." and a closing slash, its host in lower case. */
const bareAddress = (url: string) => {
  const rest = url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
  const slash = rest.indexOf('/');
  return slash < 0 ? rest.toLowerCase() : rest.slice(0, slash).toLowerCase() + rest.slice(slash);
};

/**
 * A web address (at `path`, e.g. ['access', 'website']) is one a cited excerpt writes (hostile 21 H21-8: any https
 * address was taken, where the excerpts give the organization's own); one whose owner is Katalog's reading too.
 */
export const addressCited = (path: readonly string[]): Rule => ({
  text: `${path.join('.')}: an address a cited excerpt writes`,
  check: (d, report) => {
    let holder: unknown = d;
    for (const p of path.slice(0, -1)) holder = (holder as Record<string, unknown> | null)?.[p];
    const at = holder as Record<string, unknown> | null | undefined;
    const url = at?.[path.at(-1) as string];
    if (typeof url !== 'string') return;
    const excerpts = excerptsOf(d).map((e) =>
      e.replace(/https?:\/\/(?:www\.)?([^/\s]+)/gi, (_, h: string) => h.toLowerCase()),
    );
    const bare = bareAddress(url);
    // Whole: not the end of a longer host ("thrive.com" of "rootstothrive.com"), nor a cut host or path
    // ("psychedelic.health", ".../PMC1066089"; review 39b R39b-9).
    const written = new RegExp(`(?<![\\p{L}\\p{N}.-])${literal(bare)}(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, 'u');
    if (!excerpts.some((e) => written.test(e)))
      report([...path], `must be an address a cited excerpt writes (it writes no "${bare}")`);
  },
});
