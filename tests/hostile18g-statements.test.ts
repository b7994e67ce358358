/**
 * Hostile 18g (the parts that are not a price's amount_text): the 18f answers let through what they were not for. An
 * adjective that also qualifies ("small", "early", "common", "more") qualifies only in its phrases, and "+" only glued to
 * a figure (H18g-3); a speaker after its verb is a person, a body or a proper name, not what the verb reports (H18g-4);
 * a ratio's wording has one of the staff ("2 facilitators to 6-8 participants" is no 6-8 per facilitator; "groups of
 * 4-8 participants each" is a group size) (H18g-5).
 */
import { describe, expect, it } from 'vitest';
import { phaseLengthOf, practicalRuleOf, scopedOf } from './seeded-writes.js';

const scoped = scopedOf;

describe('an adjective qualifies only in its phrases, and "+" only glued to a figure (H18g-3)', () => {
  it.each([
    ['where small groups of 4-8 participants receive ketamine', 'small groups of 4-8 participants'],
    ['weekly community-of-practice large-group plus small-group sessions', 'small-group sessions'],
    ['that many find more powerful than solo treatment', 'more powerful than solo treatment'],
    ['connect common themes, and receive guidance', 'common themes'],
    ['a brighter mood, fewer suicidal thoughts, and better functioning', 'fewer suicidal thoughts'],
    ['rural communities have fewer choices', 'fewer choices'],
    ['yet another session', 'yet another session'],
    ['plus + sign', '+'],
  ])('%j: "%s" is a 422 naming scope.hedge', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual(['scope.hedge']);
  });
  it.each([
    ['A small but illuminating case series followed five participants', 'A small but illuminating case series'],
    ['Intranasal application (less common in group settings)', 'less common'],
    ['outcomes across 750+ participants', '750+'],
    // "Early … data" says how strong the evidence is (hostile 18h H18h-11 allows a modifier between).
    ['Early outcome data from Roots to Thrive', 'Early outcome data'],
    ['the evidence is limited', 'limited'],
    ['Financial assistance options are emerging', 'emerging'],
    ['do not exist at scale yet', 'yet'],
    ['based on limited evidence so far', 'limited evidence'],
  ])('%j: "%s" is taken', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual([]);
  });
});

describe('a speaker after its verb is one who can speak (H18g-4)', () => {
  it.each([
    ['After eight sessions, reported fewer suicidal thoughts.', 'fewer suicidal thoughts'],
    ['After eight infusions, reported a brighter mood in the case report.', 'a brighter mood'],
    ['Group work is popular, notes lower costs.', 'lower costs'],
    ['Our research, found group sessions at half the price.', 'group sessions'],
    ['they "felt seen," reported a brighter mood', 'a brighter mood'],
  ])('%j does not make "%s" a speaker', (excerpt, who) => {
    expect(scoped(excerpt, 'via', who)).toEqual(['scope.via']);
  });
  it.each([
    ['Group work lowers cost, notes one practitioner.', 'one practitioner'],
    ['"It changed my life," said a Roots to Thrive participant.', 'a Roots to Thrive participant'],
    ['"A novel, breakthrough approach," explains Dr. Phil Wolfson', 'Dr. Phil Wolfson'],
    ['"We perform thorough intake to ensure group fit," emphasized one clinician in our research', 'one clinician'],
  ])('%j makes "%s" a speaker', (excerpt, who) => {
    expect(scoped(excerpt, 'via', who)).toEqual([]);
  });
});

describe("a ratio's wording has one of the staff (H18g-5)", () => {
  const rule = practicalRuleOf;
  const BOTH = ['practical_rules.4.value_min', 'practical_rules.4.value_max'];
  it.each([
    ['Roots to Thrive: 2 facilitators to 6-8 participants.', 6, 8],
    ['Roots to Thrive: 3 facilitators to 20 participants.', 20, 20],
    ['Roots to Thrive: a team of facilitators to 20-40 participants.', 20, 40],
    ['KAIR article: Groups of 4-8 participants each; facilitators remain present.', 4, 8],
  ])('%j gives no %i-%i participants per facilitator', (text, min, max) => {
    expect(rule(text, 'participants_per_facilitator', min, max)).toEqual(BOTH);
  });
  it('groups of 4-8 participants each are a group size', () => {
    expect(
      rule('KAIR article: Groups of 4-8 participants each; facilitators remain present.', 'participants', 4, 8),
    ).toEqual([]);
  });
});

describe('an evidence qualifier the articles use is one (H18g-9)', () => {
  it.each([
    ['Evidence remains sparse.', 'sparse'],
    ['These reports are anecdotal.', 'anecdotal'],
    ["it's not the right fit for everyone", 'not the right fit for everyone'],
  ])('%j: "%s" is taken', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual([]);
  });
});

describe('how long to stay, or how often, is no phase length (H18g-7)', () => {
  const length = (id: string, description: string, minutes: number) => phaseLengthOf(id, minutes, minutes, description);
  it.each([
    ['post-session-integration', 'Katalog test: someone must stay with you for 24 hours.', 1440],
    ['post-session-integration', 'Katalog test: participants stay off work for 24 hours.', 1440],
    ['dosing-experience', 'Katalog test: vital signs are checked every 30 minutes.', 30],
  ])('%s with %j does not take %i', (id, description, minutes) => {
    expect(length(id, description, minutes)).toEqual(['duration_min_minutes', 'duration_max_minutes']);
  });
  it('"it lasts 45-90 minutes" still does', () => {
    expect(length('dosing-experience', 'Katalog test: it lasts 45-90 minutes.', 45)).toEqual([]);
  });
});
