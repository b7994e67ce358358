/**
 * Hostile 18h (the parts that are not a price's amount_text): the 18g answers refused the articles' own kind of
 * wording. A speaker after its verb is a proper name (which may hold "to", "for", "the"), a determiner and a noun, or
 * people named bare, and never what is reported (H18h-5, H18h-8); evidence hedges with a modifier between ("small pilot
 * study") and "early" at a clause's end qualify (H18h-11); "participants each" is a ratio only where "each" ends the
 * phrase and the staff are not counted (H18h-6); "1 facilitator : 4 participants" is a ratio (H18h-13).
 */
import { describe, expect, it } from 'vitest';
import { practicalRuleOf, scopedOf } from './seeded-writes.js';

const scoped = scopedOf;

describe('a speaker after its verb: a name, a determiner and a noun, or people (H18h-5, H18h-8)', () => {
  it.each([
    ['"Community heals," said Roots to Thrive.', 'Roots to Thrive'],
    ['"Groups work," notes the Society for Psychotherapy.', 'the Society for Psychotherapy'],
    ['"We fund it," said the VA.', 'the VA'],
    ['"I felt seen," said one woman.', 'one woman'],
    ['Groups help, notes a social worker.', 'a social worker'],
    ['"We grew fast," said the CEO.', 'the CEO'],
    ['"I felt seen," said a participant named Sarah.', 'a participant named Sarah'],
    ['"It helped," said participants.', 'participants'],
  ])('%j makes "%s" a speaker', (excerpt, who) => {
    expect(scoped(excerpt, 'via', who)).toEqual([]);
  });
  it.each([
    ['After eight sessions, reported fewer dropouts among patients.', 'fewer dropouts among patients'],
    ['After the program, reported more veterans.', 'more veterans'],
    ['"It worked," reported Marked Improvement.', 'Marked Improvement'],
    ['they "felt seen," reported a brighter mood', 'a brighter mood'],
    ['Group work is popular, notes a 40% saving.', 'a 40% saving'],
  ])('%j does not make "%s" a speaker', (excerpt, who) => {
    expect(scoped(excerpt, 'via', who)).toEqual(['scope.via']);
  });
});

describe('evidence hedges in the articles’ style (H18h-11)', () => {
  it.each([
    ['a small number of participants', 'small number of participants'],
    ['a small pilot study', 'small pilot study'],
    ['early-stage research', 'early-stage research'],
    ['the evidence is still early', 'the evidence is still early'],
    ['Financial assistance options are emerging too', 'emerging too'],
    ['results are modest', 'modest'],
  ])('%j: "%s" is taken', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual([]);
  });
});

describe('participants per facilitator: "each" ends the phrase, the staff are not counted, a colon is a ratio (H18h-6, -13)', () => {
  const rule = practicalRuleOf;
  it('"Two facilitators work with 6-8 participants each session" gives no 6-8 per facilitator', () => {
    expect(
      rule('Two facilitators work with 6-8 participants each session.', 'participants_per_facilitator', 6, 8),
    ).toEqual(['practical_rules.4.value_min', 'practical_rules.4.value_max']);
  });
  it('"Facilitators work with 3-4 participants each." and "1 facilitator : 4 participants" are ratios', () => {
    expect(rule('Facilitators work with 3-4 participants each.', 'participants_per_facilitator', 3, 4)).toEqual([]);
    expect(rule('Roots to Thrive: 1 facilitator : 4 participants.', 'participants_per_facilitator', 4, 4)).toEqual([]);
  });
});
