/**
 * Hostile 18f (the parts that are not a price's amount_text): the answers to 18e read a quoted field's role without
 * refusing the articles' own wording. A hedge holds a qualifier of the articles' kinds, and a word that is something else
 * alone ("one", "about", "where") is none (H18f-4, -5); `named_as` is one item naming the condition (H18f-6); a speaker
 * may follow any quotation mark or end the sentence after a comma (H18f-7); a ratio is read in its common wordings
 * (H18f-8); how long not to drive or eat is no phase length (H18f-9); a hedge has no empty piece (H18f-13).
 */
import { describe, expect, it } from 'vitest';
import { type Doc, KAIR, phaseLengthOf, practicalRuleOf, refusedOf } from './seeded-writes.js';

const SECTION = 'What the research says';
const withExcerpt = (excerpt: string, change: (r: Doc) => void) => (r: Doc) => {
  (r.citations as Doc[]).push({ source_id: KAIR, excerpt, section: SECTION });
  change(r);
};

describe('a hedge holds a qualifier of the kinds the articles write (H18f-4, -5)', () => {
  const hedge = (excerpt: string, h: string) =>
    refusedOf(
      'contraindications',
      'severe-social-anxiety',
      withExcerpt(excerpt, (r) => {
        (r.scope as Doc).hedge = h;
      }),
    );
  it.each([
    ['Intranasal application (less common in group settings)', 'less common'],
    ['not every clinically eligible KAT patient is a group fit', 'not every'],
    ['outcomes consistent with KAP literature broadly', 'broadly'],
    ['Research consistently shows that integration is crucial', 'consistently'],
    ['do not exist at scale yet', 'yet'],
    ['outcomes across 750+ participants', '750+'],
    ['A small but illuminating case series followed five participants', 'A small but illuminating case series'],
    ['randomized comparators remain research-stage', 'remain research-stage'],
    ['Financial assistance options are emerging too', 'emerging'],
    ['though this is gradually improving', 'gradually improving'],
    ['Group format is typically substantially less expensive', 'substantially'],
  ])('%j: "%s" is taken', (excerpt, h) => {
    expect(hedge(excerpt, h)).toEqual([]);
  });
  it.each([
    ['As one program noted, individuals with severe social anxiety', 'one program'],
    ['sessions one-on-one with a therapist', 'one-on-one with a therapist'],
    ['Ask about confidentiality', 'about confidentiality'],
    ['When you commit to showing up for others', 'When you commit to showing up for others'],
    ['where the group meets', 'where the group meets'],
  ])('%j: "%s" is a 422 naming scope.hedge', (excerpt, h) => {
    expect(hedge(excerpt, h)).toEqual(['scope.hedge']);
  });
  it('the phrases those words qualify in are taken', () => {
    expect(hedge('costs about $400', 'about')).toEqual([]);
    expect(hedge('One innovative approach combines both', 'One innovative approach')).toEqual([]);
    expect(hedge('with a physician where appropriate', 'where appropriate')).toEqual([]);
  });
  it('a piece is never empty nor padded: "might; " is a 422 (H18f-13)', () => {
    expect(hedge('might', 'might; ')).toEqual(['scope.hedge']);
    expect(hedge('might', 'might')).toEqual([]);
  });
});

describe("a condition's named_as is one item that names it (H18f-6)", () => {
  const named = (id: string, words: string, excerpt?: string) =>
    refusedOf('conditions', id, (r) => {
      const statement = (r.role_statements as Doc[])[0] as Doc;
      if (excerpt) {
        const cite = { source_id: KAIR, excerpt, section: SECTION };
        (r.citations as Doc[]).push(cite);
        (statement.citations as Doc[]).push({ ...cite });
        (statement.scope as Doc).stated_by = [...new Set([...((statement.scope as Doc).stated_by as string[]), KAIR])];
      }
      statement.named_as = [words];
    }).filter((p) => p.startsWith('role_statements.0.named_as'));
  const HEART = 'uncontrolled high blood pressure, serious heart conditions, a history of psychosis or schizophrenia';
  it.each([
    ['mania', 'Active psychosis, active mania', undefined],
    ['psychosis', 'serious heart conditions', HEART],
    ['liver-disease', 'severe substance use', 'severe substance use, or severe liver disease'],
    [
      'personality-disorders',
      'severe anxiety that might be triggered by altered states',
      'severe anxiety that might be triggered by altered states',
    ],
    ['high-blood-pressure', 'uncontrolled high blood pressure, serious heart conditions', HEART],
  ])('%s: "%s" is a 422 naming it', (id, words, excerpt) => {
    expect(named(id, words, excerpt)).toEqual(['role_statements.0.named_as.0']);
  });
  it('an empty one gets one error, not a second saying it names nothing', () => {
    expect(named('mania', '')).toEqual(['role_statements.0.named_as.0']);
  });
  it('the words of one item that name it are taken', () => {
    expect(named('mania', 'active mania')).toEqual([]);
    expect(named('psychosis', 'a history of psychosis', HEART)).toEqual([]);
  });
});

describe('a speaker after what is said: any quotation mark, a dash or bracket, or the end of the sentence (H18f-7)', () => {
  const via = (excerpt: string, who: string) =>
    refusedOf(
      'contraindications',
      'severe-social-anxiety',
      withExcerpt(excerpt, (r) => {
        (r.scope as Doc).via = who;
      }),
    );
  it.each([
    ['‘The small groups have been amazing,’ reported one participant in a clinical case study.', 'one participant'],
    ["'The small groups have been amazing,' reported one participant in a clinical case study.", 'one participant'],
    ['Group work lowers cost, notes one practitioner.', 'one practitioner'],
    ['"We perform thorough intake to ensure group fit" — emphasized one clinician', 'one clinician'],
    ['"We perform thorough intake to ensure group fit" (emphasized one clinician)', 'one clinician'],
  ])('%j makes "%s" a speaker', (excerpt, who) => {
    expect(via(excerpt, who)).toEqual([]);
  });
  it('the words after a reporting verb that go on are what is reported', () => {
    expect(via('the patients, reported a brighter mood and fewer thoughts', 'a brighter mood')).toEqual(['scope.via']);
  });
});

describe('participants per facilitator in their common wordings (H18f-8)', () => {
  const rule = practicalRuleOf;
  it.each([
    'Roots to Thrive: 1 facilitator to 3-4 participants.',
    'Roots to Thrive: each facilitator supports 3–4 participants.',
    'Roots to Thrive: a ratio of one facilitator to 3–4 participants.',
    'Roots to Thrive: facilitators work with 3–4 participants each.',
  ])('%j is a ratio, not a group', (text) => {
    expect(rule(text, 'participants_per_facilitator', 3, 4)).toEqual([]);
    expect(rule(text, 'participants', 3, 4)).toEqual(['practical_rules.4.value_min', 'practical_rules.4.value_max']);
  });
  it('"Cohort 2: 20 participants" is a group (its text names no ratio nor staff)', () => {
    expect(rule('Cohort 2: 20 participants.', 'participants', 20, 20)).toEqual([]);
  });
});

describe('how long not to drive or eat is no phase length (H18f-9)', () => {
  const length = (id: string, description: string, min: number, max: number) =>
    phaseLengthOf(id, min, max, description);
  it.each([
    ['post-session-integration', 'Katalog test: no driving for 24 hours.', 1440],
    ['pre-session-preparation', 'Katalog test: it asks for a 3-4 hour fast.', 180],
    ['pre-session-preparation', 'Katalog test: participants fast for 3-4 hours.', 180],
  ])('%s with %j does not take %i', (id, description, minutes) => {
    expect(length(id, description, minutes, minutes)).toEqual(['duration_min_minutes', 'duration_max_minutes']);
  });
  it.each([
    ['dosing-experience', 'Katalog test: a program lists a 60-minute rest period.', 60],
    ['dosing-experience', 'Katalog test: a 3-hour dosing day.', 180],
    ['dosing-experience', 'Katalog test: it lasts 1 hour in total.', 60],
  ])('%s with %j takes %i', (id, description, minutes) => {
    expect(length(id, description, minutes, minutes)).toEqual([]);
  });
});
