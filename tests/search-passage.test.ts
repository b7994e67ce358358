/**
 * A search hit's snippet shows whose its passage is (audit 23 A23-1): "…It says doses typically range from 0.5mg/kg to
 * 1.5mg/kg…" came with `said_by` "the KAIR article and the Canadian article", a dose credited to an article that gives
 * none. The snippet now leads with the words of its field that last name an article before the match ("The KAIR article
 * … It says doses …"), never with another field's, and shows only the record's text, "…" where some is left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_NAMES, speakers } from '../seed/articles.js';
import { seedData } from '../seed/data/index.js';
import { resources } from '../src/resources/index.js';
import { FIELD_BREAK, passage } from '../src/search/passage.js';
import { shownText, startApp, type TestApp } from './helpers.js';

const O = '\uE000';
const C = '\uE001';
/** "…[x]…" as the index's highlight marks it. */
const mark = (s: string) => s.replace(/\[([^\]]*)\]/g, `${O}$1${C}`);
const shown = (s: string) => s.replaceAll(O, '[').replaceAll(C, ']');
const cut = (s: string) => shown(passage(mark(s), O, C));

describe('passage (unit)', () => {
  it('gives a short text whole, as written', () => {
    expect(cut('The KAIR article says [groups] help.')).toBe('The KAIR article says [groups] help.');
    expect(cut('Line one\n[two] here')).toBe('Line one\n[two] here');
    expect(cut('')).toBe('');
  });

  it('leads an “It says …” sentence with the opening of the sentence “It” stands for', () => {
    const text =
      'The Canadian article says cohorts use IM. The KAIR article, describing the session most programs follow, lists routes. It says doses typically range from [0.5mg]/kg to 1.5mg/kg for intramuscular administration.';
    expect(cut(text)).toBe(
      '…The KAIR article … It says doses typically range from [0.5mg]/kg to 1.5mg/kg for intramuscular administration.',
    );
  });

  it('never leads with another field’s speaker', () => {
    expect(cut(`The KAIR article says groups help.${FIELD_BREAK}Nanaimo BC [sublingual]`)).toBe(
      '…Nanaimo BC [sublingual]',
    );
  });

  it('shows a sentence’s own speaker with the words up to the match when they fit, else as a lead', () => {
    const near = `${'Intro words here. '.repeat(3)}The Canadian article reports safety data (Tsang et al. 2023): elevations of 12%, [nausea] in 13% of sessions.`;
    expect(cut(near)).toBe(
      '…The Canadian article reports safety data (Tsang et al. 2023): elevations of 12%, [nausea] in 13% of sessions.',
    );
    const far = `One participant from a clinical case study, quoted by the KAIR article: ${'word '.repeat(40)}[insight] ends here.`;
    expect(cut(far)).toMatch(/^…quoted by the KAIR article: … (word ){13}\[insight\] ends here\.$/);
  });

  it('shows a match within twelve words of its sentence’s start from the start, what the sentence is about (review 38c R38c-2)', () => {
    const text = `Intro words. Its text says severe substance use is generally an exclusion for [group] format, and ${'word '.repeat(20)}end.`;
    expect(cut(text)).toMatch(
      /^…Its text says severe substance use is generally an exclusion for \[group\] format, and (word ){9}word…$/,
    );
    // Further in, the window starts a few words before the match (at a word saying which cases: audit 26 A26-3).
    const far = `Intro words. Its text says that ${'word '.repeat(12)}severe substance use is an exclusion for [group] format, and ${'more '.repeat(20)}end.`;
    expect(cut(far)).toMatch(/^…severe substance use is an exclusion for \[group\] format, and (more ){9}more…$/);
  });

  it('shows a clause that opens with its speaker after a comma from the speaker, when it fits (review 38c R38c-3)', () => {
    const opening = `Besides naming anxiety disorders among ${'word '.repeat(24)}conditions,`;
    const text = `Intro. ${opening} the KAIR article says severe anxiety that might be triggered by altered states requires careful [evaluation]. Next.`;
    expect(cut(text)).toBe(
      '…the KAIR article says severe anxiety that might be triggered by altered states requires careful [evaluation]. Next.',
    );
    // Not without the comma (a word before the speaker can govern it: the window then starts at the denial), nor without
    // a verb of saying after it.
    for (const other of [
      `Intro. ${opening.slice(0, -1)} not that the KAIR article says severe anxiety that might be triggered by altered states requires careful [evaluation]. Next.`,
      `Intro. ${opening} the KAIR article's anxiety that might be triggered by altered states requires careful [evaluation]. Next.`,
    ])
      expect(cut(other), other).not.toMatch(/^…the KAIR article/);
  });

  it('shows a speaker named after the match, after it', () => {
    const quote = `"I [realized] that ${'x '.repeat(30)}end" (a participant in a case study, quoted by the KAIR article). Next.`;
    expect(cut(`The Canadian article says groups help. ${quote}`)).toMatch(
      /^…"I \[realized\] that (x ){12}x … \(a participant in a case study, quoted by the KAIR article\)\.…$/,
    );
  });

  it('leads no other sentence, nor over two articles or a sentence of Katalog’s (review 35)', () => {
    const long = 'word '.repeat(20);
    for (const text of [
      `The KAIR article says groups help. Participants receive practical ${long}[guidance] here.`,
      `The KAIR article says groups cost less, which the Canadian article does not give. It says doses ${long}[zzqa] range.`,
      `The KAIR article says groups help. Katalog reads this as a format. It says doses ${long}[zzqb] range.`,
      `The KAIR article says groups help. It says USD is ${long}[inferred] here.`,
      `Two Canadian articles say groups help. It says doses ${long}[zzqc] range.`,
      `One practitioner quoted by the KAIR article: "Screen well." Understanding of ${long}[pharmacology] matters.`,
      // Review 35b: a clause after a semicolon whose rest denies ("gives none"), a sentence further back, a quotation.
      'The KAIR article gives a dose; the Canadian article gives none. It says doses [zzqf] range.',
      'The KAIR article mentions a Colorado clinic. Its own website lists prices. It says [zzqg] sessions cost $150.',
      '"The Canadian article got the dose wrong," one clinic told us. It says doses [zzqh] range.',
    ])
      expect(cut(text), text).not.toMatch(/article … /);
  });

  it('never skips a negation: a lead skips none, and a window starts before one (review 35b N7)', () => {
    const text = `The Canadian article reports safety data: ${'word '.repeat(30)}and no serious adverse events [documented].`;
    expect(cut(text)).toMatch(/no serious adverse events \[documented\]\.$/);
    const denied = `The KAIR article says there is no ${'word '.repeat(30)}pressure to make sense of [everything] at once.`;
    expect(cut(denied)).not.toMatch(/^The KAIR article says … /);
  });

  it('never starts just after a quantifier, a hedge or Katalog as a reading’s subject (audit 24 A24-5, A24-2)', () => {
    const intro = `Intro. The article ${'word '.repeat(12)}says`;
    const tail = ` ${'more '.repeat(20)}end.`;
    for (const [text, start] of [
      ['some people should definitely [avoid] ketamine', 'some people should definitely [avoid]'],
      ["most insurance providers don't currently [cover] ketamine", "most insurance providers don't currently [cover]"],
      [
        'that in models (some ATMA CENA member clinics, Sage Integrative Health), dosing is [private] here',
        '(some ATMA CENA member clinics, Sage Integrative Health), dosing is [private]',
      ],
      ['which Katalog places in the [column] "Individual format safer"', 'Katalog places in the [column]'],
      ['that Katalog classes an infusion as a different treatment from a [therapy] session', 'Katalog classes an'],
    ] as const) {
      const shown = cut(`${intro} ${text}${tail}`);
      expect(shown, text).toMatch(/^…/);
      expect(shown.slice(1), text).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
  });

  it('never cuts over a denial on the way to a later mark of Katalog’s (review 37c R37c-1, R37c-2)', () => {
    const text = `Intro. Dosing is [private] in that model; ${'word '.repeat(14)}it does not name this clinic there, so that its sessions follow ${'that '.repeat(10)}model is Katalog's reading.`;
    const shown = cut(text);
    expect(shown).toMatch(/Katalog's reading\.$/);
    expect(shown).toContain('not name this clinic');
  });

  it('reaches a mark of Katalog’s later in the sentence (review 35b N4)', () => {
    const text = `[Zzqi] is not among them: the article says ${'word '.repeat(30)}which would be Katalog's reading.`;
    expect(cut(text)).toMatch(/… which would be Katalog's reading\.$/);
  });

  it('never starts just after a count or a word saying which cases (audit 26 A26-2, A26-3)', () => {
    const intro = `Intro. The record ${'word '.repeat(14)}says`;
    for (const [text, start] of [
      ['four of the five participants with eating [disorders] improved', 'four of the five'],
      ['Two of the five participants also saw their [anxiety] drop', 'Two of the five'],
      ['3 IM or sublingual ketamine [sessions] with weekly group work', '3 IM or'],
      ['people with active substance use disorders should [avoid] it', 'active substance use'],
      ['recent severe trauma disclosure, active [suicidality] here', 'recent severe trauma'],
      // Nor after the format it is of (review 39c R39c-3: "…track is 6 weeks" lost "individual").
      ['and that its individual track is six [weeks] with 3 sessions', 'individual track'],
    ] as const) {
      const shown = cut(`${intro} ${text} ${'more '.repeat(20)}end.`);
      expect(shown.slice(1), text).toMatch(new RegExp(`^${start}`));
    }
  });

  it('leads with the speaker and starts at a later complement of its verb, past a denial in an earlier one (A26-3)', () => {
    const opening = `Intro. The Canadian article says group is generally not appropriate for patients with ${'word '.repeat(8)}trauma,`;
    const text = `${opening} that severe interpersonal trauma can be re-traumatizing in group, and that the individual format is often [safer] there.`;
    expect(cut(text)).toBe(
      '…The Canadian article says … that severe interpersonal trauma can be re-traumatizing in group, and that the individual format is often [safer] there.',
    );
    const again = `Intro. Named both ways: the KAIR article lists it among the conditions that haven't ${'word '.repeat(12)}promise, and says people with active disorders "should definitely [avoid] it".`;
    expect(cut(again)).toBe(
      '…the KAIR article lists … says people with active disorders "should definitely [avoid] it".',
    );
    // Not after another verb's "that", whose complement a later ", or that" may be, under its denial (review 39 R39-1).
    for (const denied of [
      `Intro. The Canadian article says trials ${'word '.repeat(10)}do not exist, so it does not claim that group format ${'word '.repeat(8)}works, or that the group format is [safer] there.`,
      `Intro. The KAIR article says no study has shown that ${'word '.repeat(16)}helps, or that the group format is [safer] than individual therapy.`,
      // Review 39b R39b-1: a denial whose own clause has no "that".
      `Intro. The KAIR article says no study has shown ${'word '.repeat(16)}helps, or that the group format is [safer] than individual therapy.`,
      `Intro. The Canadian article does not say whether ${'word '.repeat(16)}helps, or that the group format is [safer] than individual therapy.`,
      `Intro. The Canadian article says it is not known if ${'word '.repeat(16)}helps, or that the group format is [safer] there.`,
      // Review 39c R39c-1, R39c-2: other denials, and words that deny without a "no" or "not".
      `Intro. The KAIR article says no trial has confirmed group KAT ${'word '.repeat(14)}better, or that the group format is [safer] there.`,
      `Intro. The KAIR article says the article does not indicate ${'word '.repeat(14)}better, or that the group format is [safer] there.`,
      `Intro. The KAIR article says it is a myth ${'word '.repeat(16)}works, or that the group format is [safer] there.`,
    ])
      expect(cut(denied), denied).not.toMatch(/article says … that/);
    // Not after "does not", nor into words of Katalog's.
    for (const other of [
      `Intro. The Canadian article does not say group is ${'word '.repeat(20)}trauma, that severe trauma can be [harmful] there.`,
      `Intro. The Canadian article says group is not ${'word '.repeat(20)}trauma, that Katalog reads severe trauma as [harmful] there.`,
    ])
      expect(cut(other), other).not.toMatch(/^…The Canadian article (?:says|does) … /);
  });

  it('shows a hedge that opens the sentence with a window that starts later (A26-3)', () => {
    const list =
      'patients with severe interpersonal trauma, active psychosis, active mania or recent hypomania, borderline';
    expect(
      cut(
        `Intro. The Canadian article answers: Generally: ${list} ${'word '.repeat(10)}and active [suicidality]. Next.`,
      ),
    ).toMatch(/^…The Canadian article answers: Generally: … /);
    expect(cut(`Intro. Generally: ${list} ${'word '.repeat(10)}and active [suicidality]. Next.`)).toMatch(
      /^…Generally: … /,
    );
  });

  it('shows a clause after a semicolon with the clauses before it when its match is near its start and they fit (A26-3)', () => {
    const text =
      'Intro. Harder in group, complex trauma: severe interpersonal trauma can be re-traumatizing in group; individual format is often [safer]. Next words.';
    expect(cut(text)).toMatch(
      /^…Harder in group, complex trauma: severe .* in group; individual format is often \[safer\]\./,
    );
  });

  it('shows a later mark of Katalog’s from the start of its clause when it is near (review 38c R38c-4)', () => {
    const text = `The KAIR article names [those] that ${'word '.repeat(30)}(which it says of therapy in general; that it concerns the group format is Katalog's reading).`;
    expect(cut(text)).toMatch(/ … that it concerns the group format is Katalog's reading\)\.$/);
  });

  it('takes a verb of saying into a lead, never "does" and its "not"', () => {
    // A lead that would skip "not" is none (review 35 F8, 35b N7).
    expect(cut(`The Canadian article does not name it: ${'word '.repeat(40)}[zzqd] here.`)).not.toMatch(/article/);
    expect(cut(`The Canadian article says that ${'word '.repeat(40)}[zzqe] here.`)).toMatch(
      /^The Canadian article says … (word )+\[zzqe\] here\.$/,
    );
  });

  it('leads no clause’s “it says …”: its “it” can be a thing the sentence names (review 37 R37-2, 37b R37b-2)', () => {
    const long = 'word '.repeat(20);
    for (const text of [
      `Intro. The KAIR article says most protocols run ${long}weeks; it estimates a [first]-year total.`,
      `Intro. According to the KAIR article, one program hands out a brochure ${long}; it says [fasting] is never needed.`,
      `Intro. The KAIR article says a clinic in Denver hands out a brochure ${long}; it says [fasting] is never needed.`,
      `Intro. The KAIR article describes a Colorado clinic ${long}; it says its [fees] are roughly half.`,
    ])
      expect(cut(text), text).not.toMatch(/article … /);
  });

  it('a lead never skips a qualifier that opens what it skips, nor shows one before another clause (R37-3, R37b-9)', () => {
    const list =
      'including those with uncontrolled high blood pressure, serious heart conditions, a history of psychosis,';
    for (const text of [
      `Intro. The KAIR article says some people, ${list} ${'and more '.repeat(6)}should definitely avoid ketamine therapy [altogether] now.`,
      `Intro. The Canadian article answers: Generally: patients with ${'word '.repeat(30)}and [safer] there.`,
      `Intro. The KAIR article says only Spravato is covered, while group programs ${'word '.repeat(30)}are [paid] out of pocket.`,
      `Intro. The KAIR article says hardly any patients ${'word '.repeat(30)}can join group [sessions].`,
    ]) {
      const shown = cut(text);
      expect(shown, text).not.toMatch(/article (?:says|answers:?) … /);
      expect(shown, text).not.toMatch(/article says only … /);
    }
  });

  it('shows an article named in brackets that close the sentence and its clauses', () => {
    const text = `Intro. The group is not just a [billing] convenience; it is the container: ${'word '.repeat(30)}part of it (Canadian article).`;
    expect(cut(text)).toMatch(/^…The group is not just a \[billing\] convenience; .* … \(Canadian article\)\.$/);
    for (const other of [
      `Intro. The group is a [billing] convenience; ${'word '.repeat(30)}(Canadian article) says more.`,
      `Intro. The KAIR article says the group is a [billing] convenience; ${'word '.repeat(30)}(Canadian article).`,
      `Intro. The group is a [billing] convenience; the KAIR article ${'word '.repeat(30)}(Canadian article).`,
      // Review 37 R37-1: not over skipped words of Katalog's, or a denial, which it would credit to its article.
      `Intro. Dosing is [private] at some clinics; ${'word '.repeat(30)}; Katalog reads every clinic as one (Canadian article).`,
      `Intro. Dosing is [private] at some clinics; ${'word '.repeat(30)}; none of this is said of others (Canadian article).`,
      // Review 37b R37b-4: nor within one sentence.
      `Intro. Dosing is [private] at some clinics, ${'word '.repeat(30)}, and Katalog reads every clinic as one (Canadian article).`,
    ])
      expect(cut(other), other).not.toMatch(/\(Canadian article\)\.$/);
  });

  it('closes a mark it cuts inside (a number marked across a space)', () => {
    const cutInside = shown(passage(`${O}zzqm${C} ${'w '.repeat(14)}${O}5 850${C} end of it. Next words here.`, O, C));
    expect(cutInside.split('[').length).toBe(cutInside.split(']').length);
    expect(cutInside).toMatch(/\[5\]…$/);
  });

  it('reads "et al." and "Dr." as no sentence end', () => {
    const text = `The KAIR article says Tsang et al. ${'also '.repeat(30)}[reported] it.`;
    expect(cut(text)).toMatch(/^The KAIR article says … (also ){14}\[reported\] it\.$/);
  });

  it('shows the start of the text when only the title matched', () => {
    expect(cut(`${FIELD_BREAK}Tsang VWL Tao B${FIELD_BREAK}journal_article`)).toBe('Tsang VWL Tao B journal_article');
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Hit = { collection: string; id: string; snippet: string };
const search = async (q: string, extra = '') =>
  (await t.http.get(`/v1/search?q=${encodeURIComponent(q)}&limit=100${extra}`).expect(200)).body.data as Hit[];
const plain = shownText;
const NAMES = Object.values(ARTICLE_NAMES).map((n) => n.replace(/^the /, ''));
const NAMED = new RegExp(NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
/** The article a text names last, as written in the name list ("KAIR article"), or null. */
const lastNamed = (text: string) => {
  const found = [...text.matchAll(NAMED)].at(-1)?.[0];
  return found ? (NAMES.find((n) => n.toLowerCase() === found.toLowerCase()) ?? null) : null;
};

const firstNamed = (text: string) => lastNamed(text.match(NAMED)?.[0] ?? '');

/**
 * The sentence of a field around a position: a point ends one (not "et al." nor "Dr.") before a capital or a digit, and
 * a semicolon ends one.
 */
function sentenceAround(field: string, at: number): [number, number] {
  const ends = [...field.matchAll(/(?<!\b(?:al|Dr|[A-Z]))[.!?]["'”’)\]]*\s+(?=["'“‘([]?[A-Z0-9])|;\s+/g)].map(
    (m) => m.index + m[0].length,
  );
  return [Math.max(0, ...ends.filter((e) => e <= at)), Math.min(field.length, ...ends.filter((e) => e > at))];
}

describe('search snippets say whose their passage is (audit 23 A23-1)', () => {
  it('show only the record’s text, with balanced marks, and lead only an “It says …” sentence', async () => {
    const rows = t.db.$client
      .prepare('select k.collection, k.record_id as id, s.body from search s join search_keys k on k.id = s.rowid')
      .all() as { collection: string; id: string; body: string }[];
    const bodies = new Map(rows.map((r) => [`${r.collection}/${r.id}`, r.body]));
    // Words that follow a mention of an article in some field: the snippets a lead matters for.
    const queries = new Set<string>();
    for (const r of rows)
      for (const field of r.body.split(FIELD_BREAK)) {
        const first = field.search(NAMED);
        if (first < 0) continue;
        for (const w of field.slice(first).match(/\b[A-Za-z]{7,}\b/g) ?? [])
          if (!/article|canadian/i.test(w)) queries.add(w.toLowerCase());
      }
    expect(queries.size).toBeGreaterThan(200);
    const tableOf = new Map(resources.map((r) => [r.path, r.tableName]));
    let led = 0;
    let closing = 0;
    let checked = 0;
    for (const q of queries)
      for (const hit of await search(q)) {
        const body = bodies.get(`${tableOf.get(hit.collection)}/${hit.id}`) as string;
        expect(body, `${hit.collection}/${hit.id}`).toBeDefined();
        const text = body.replaceAll(FIELD_BREAK, ' ');
        const shownText = plain(hit.snippet);
        const where = `q=${q} ${hit.collection}/${hit.id}: ${shownText}`;
        // Only the record's text: every piece between the cuts is in it.
        for (const piece of shownText.split('…')) expect(text, where).toContain(piece.trim().replace(/[,;]+$/, ''));
        const at = hit.snippet.indexOf('<mark>');
        if (at < 0) continue;
        // Where the first match is in the record's text: in the piece between cuts that holds it.
        const before = plain(hit.snippet.slice(0, at));
        const cuts = before.split('…');
        const head = (cuts.at(-1) as string).trimStart();
        const piece = (shownText.split('…')[cuts.length - 1] as string).trim();
        expect(text.indexOf(piece), where).toBeGreaterThanOrEqual(0);
        const matchAt = text.indexOf(piece) + head.length;
        const fieldStart = body.lastIndexOf(FIELD_BREAK, matchAt) + 1;
        const fieldEnd = body.indexOf(FIELD_BREAK, matchAt) < 0 ? body.length : body.indexOf(FIELD_BREAK, matchAt);
        const field = text.slice(fieldStart, fieldEnd);
        const at0 = matchAt - fieldStart;
        const [from, to] = sentenceAround(field, at0);
        const sentence = field.slice(from, to);
        // Marks open and close in turn.
        expect((hit.snippet.match(/<\/?mark>/g) ?? []).join(''), where).toMatch(/^(?:<mark><\/mark>)*$/);
        const after = firstNamed(field.slice(at0, to));
        // The match's sentence with its clauses, from the match.
        const rest = field
          .slice(at0)
          .split(/(?<!\b(?:al|Dr|[A-Z]))[.!?]["'”’)\]]*\s+(?=["'“‘([]?[A-Z0-9])/)[0] as string;
        // An article named in brackets, shown after the match.
        const shownAfter = lastNamed(
          plain(hit.snippet.slice(at))
            .match(/\([^()]*\)/g)
            ?.join(' ') ?? '',
        );
        if (!lastNamed(field.slice(from, at0)) && !after && !lastNamed(before) && shownAfter && lastNamed(rest)) {
          // Named after the match's sentence only in brackets that close it and its clauses, naming one article.
          expect(rest, where).toMatch(new RegExp(`\\((?:[^()]*\\s)?(?:the )?${shownAfter}\\)[.!?]?["'”’]*\\s*$`, 'i'));
          expect(new Set([...rest.matchAll(NAMED)].map((x) => x[0].toLowerCase())).size, where).toBe(1);
          closing++;
          checked++;
          continue;
        }
        if (!lastNamed(field.slice(from, at0)) && after && !lastNamed(before)) {
          // Named after the match ("… (a participant, quoted by the KAIR article)"): shown after it.
          expect(firstNamed(plain(hit.snippet.slice(at))), where).toBe(after);
          checked++;
          continue;
        }
        // A lead from before the match's sentence: only for "It says …", from the sentence "It" stands for, which opens
        // with the one article it names, with no sentence of Katalog's between (review 35).
        const leadPiece = cuts.length > 1 ? (cuts[cuts.length - 2] as string).trim().replace(/[,;]+$/, '') : '';
        const leadAt = leadPiece ? field.lastIndexOf(leadPiece, at0 - leadPiece.length) : -1;
        if (leadPiece && lastNamed(leadPiece) && leadAt >= 0 && leadAt < from) {
          expect(sentence, where).toMatch(/^It (?:also )?[a-z]+s\b/);
          const earlier = field.slice(leadAt, from);
          expect(earlier, where).not.toMatch(/\bKatalog\b|\binferr?(?:ed|s|ing|ence)?\b|\bguides?\b/i);
          const names = new Set([...earlier.matchAll(NAMED)].map((x) => x[0].toLowerCase()));
          expect(names.size, where).toBe(1);
          expect(field.slice(leadAt), where).toMatch(
            new RegExp(`^(?:(?:As|According to) )?(?:The )?${lastNamed(leadPiece)}`, 'i'),
          );
          led++;
        }
        checked++;
      }
    expect(checked).toBeGreaterThan(500);
    expect(led).toBeGreaterThan(0);
    expect(closing).toBeGreaterThan(0);
  });

  it('a dose is shown with the article that gives it', async () => {
    const routes = (
      seedData.dosing_routes as unknown as {
        id: string;
        dose_max: number | null;
        dose_unit: string;
        dose_scope: { stated_by: string[] } | null;
      }[]
    ).filter((r) => r.dose_max !== null && r.dose_scope);
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) {
      const unit = r.dose_unit.split('/')[0] as string;
      const hit = (await search(`${r.dose_max}${unit}`, '&collection=dosing-routes')).find((h) => h.id === r.id);
      const snippet = plain(hit?.snippet ?? '');
      const before = snippet.slice(0, snippet.indexOf(`${r.dose_max}${unit}`));
      expect(lastNamed(before), snippet).toBe(speakers(r.dose_scope?.stated_by ?? []).replace(/^the /, ''));
    }
  });
});
