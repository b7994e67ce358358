/**
 * Hostile 18i (the parts that are not a price's amount_text): the H18h answers overshot. What a verb reports, after a
 * determiner, is no speaker ("a reduction in symptoms"), and people named bare are (H18i-4, H18i-8); "early", "limited",
 * "modest" qualify alone or said of the evidence, not "arrive early" or "modest fee" (H18i-5); "Two facilitators work
 * with 6-8 participants each" is 6-8 per facilitator (H18i-6).
 */
import { describe, expect, it } from 'vitest';
import { practicalRuleOf as rule, scopedOf as scoped } from './seeded-writes.js';

describe('a speaker after its verb (H18i-4, H18i-8)', () => {
  it.each([
    ['The firefighters, after 12 weeks, reported a reduction in symptoms.', 'a reduction in symptoms'],
    ['After the program, reported two deaths.', 'two deaths'],
    ['Over time, reported a sense of community.', 'a sense of community'],
  ])('%j does not make "%s" a speaker', (excerpt, who) => {
    expect(scoped(excerpt, 'via', who)).toEqual(['scope.via']);
  });
  it.each([
    ['"It helped," said firefighters.', 'firefighters'],
    ['"Groups work," noted specialists.', 'specialists'],
    ['"It changed us," said members.', 'members'],
  ])('%j makes "%s" a speaker', (excerpt, who) => {
    expect(scoped(excerpt, 'via', who)).toEqual([]);
  });
});

describe('"early", "limited", "modest" qualify alone or said of the evidence (H18i-5)', () => {
  it.each([
    ['Please arrive early', 'arrive early'],
    ['Book early to secure a place', 'Book early'],
    ['small cohorts of eight', 'small cohorts'],
    ['a modest fee applies', 'modest fee'],
    ['at times of crisis', 'at times of crisis'],
  ])('%j: "%s" is a 422 naming scope.hedge', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual(['scope.hedge']);
  });
  it.each([
    ['the evidence is still early', 'the evidence is still early'],
    ['results are modest', 'modest'],
    ['a small number of participants', 'small number of participants'],
  ])('%j: "%s" is taken', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual([]);
  });
});

describe('"each" of counted staff (H18i-6)', () => {
  it('"Two facilitators work with 6-8 participants each." is 6-8 per facilitator, not a group', () => {
    const text = 'Two facilitators work with 6-8 participants each.';
    expect(rule(text, 'participants_per_facilitator', 6, 8)).toEqual([]);
    expect(rule(text, 'participants', 6, 8)).toEqual(['practical_rules.4.value_min', 'practical_rules.4.value_max']);
  });
});
