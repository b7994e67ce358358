/**
 * Phase lengths and ratios of hostile 18l H18l-6. A time in a phase's own description is its length only when its clause is about a session or the phase (hostile 18l
 * H18l-6): "The infusion runs for 40 minutes", "Participants rest for 30 minutes", "The drive from Calgary is 90
 * minutes" were taken as the dosing phase's length, and "including 1 hour of integration" as the session's. The
 * regression fixture (tests/write-verdicts.test.ts) holds the hostile round's bodies; these are wordings beside them.
 */
import { describe, expect, it } from 'vitest';
import { phaseLengthOf, practicalRuleOf } from './seeded-writes.js';

const LENGTH = ['duration_min_minutes', 'duration_max_minutes'];

describe("a time is a phase's length when its clause is the session's (H18l-6)", () => {
  it.each([
    ['dosing-experience', 'Dosing sessions last 3 hours, including 1 hour of integration.', 180],
    ['dosing-experience', 'It takes about 3 hours.', 180],
    ['dosing-experience', "You'll spend about 3 hours there.", 180],
    ['dosing-experience', 'Allow 3 hours.', 180],
    ['dosing-experience', 'In the Roots to Thrive model dosing sessions last 3 hours.', 180],
    ['post-session-integration', 'Participants meet for 90 minutes after each dosing session.', 90],
    ['post-session-integration', 'The group gathers weekly for 90 minutes.', 90],
    ['post-session-integration', 'Duration: 90 minutes.', 90],
    ['post-session-integration', 'Sharing circles run 90 minutes.', 90],
    ['dosing-experience', 'Altogether it lasts 3 hours.', 180],
  ])('%s with %j takes %i', (id, description, length) => {
    expect(phaseLengthOf(id, length, length, description)).toEqual([]);
  });

  it.each([
    ['dosing-experience', 'Dosing sessions last 3 hours, including 1 hour of integration.', 60],
    ['dosing-experience', 'The sessions run 3 hours, plus 30 minutes of check-in.', 30],
    ['dosing-experience', 'The ketamine infusion runs for 40 minutes.', 40],
    ['dosing-experience', 'Participants rest for 30 minutes.', 30],
    ['dosing-experience', 'The drive from Calgary is 90 minutes.', 90],
    ['dosing-experience', 'During the session, music plays for 60 minutes.', 60],
    ['dosing-experience', 'The dose is given over 40 minutes.', 40],
    ['post-session-integration', 'Each participant has 5 minutes to share.', 5],
    ['post-session-integration', 'Participants journal for 20 minutes, then share.', 20],
    ['dosing-experience', 'Nausea usually passes after about 10 minutes.', 10],
  ])('%s with %j does not take %i', (id, description, length) => {
    expect(phaseLengthOf(id, length, length, description)).toEqual(LENGTH);
  });
});

describe('a ratio written participants first, or in words, is read the right way round (H18l-6)', () => {
  it.each([
    ['KAIR article: A 4:1 participant-to-facilitator ratio.', 4, 4],
    ['KAIR article: Participants outnumber facilitators 4 to 1.', 4, 4],
    ['KAIR article: 4 participants to 1 facilitator.', 4, 4],
    ['KAIR article: Facilitators each support 3-4 participants.', 3, 4],
    ['KAIR article: A 1:4 facilitator-to-participant ratio.', 4, 4],
  ])('%j takes %i-%i participants per facilitator', (rule, min, max) => {
    expect(practicalRuleOf(rule, 'participants_per_facilitator', min, max)).toEqual([]);
  });
  it.each([
    ['KAIR article: A 1:4 participant-to-facilitator ratio.', 'participants_per_facilitator', 4, 4],
    ['KAIR article: A 4:1 participant-to-facilitator ratio.', 'participants', 4, 4],
    ['KAIR article: Facilitators each support 3-4 participants.', 'participants', 3, 4],
    ['KAIR article: 3-4 participants per nurse.', 'participants', 3, 4],
    ['KAIR article: 3-4 participants per sitter.', 'participants', 3, 4],
  ])('%j does not take %s %i-%i', (rule, unit, min, max) => {
    expect(practicalRuleOf(rule, unit, min, max)).not.toEqual([]);
  });
});

describe('group sizes as written, and one range per least and most (H18l-8)', () => {
  it.each([
    ['KAIR article: Group size: 4-8.', 'participants', 4, 8],
    ['KAIR article: Cohort size 20-40; process groups of 6-9.', 'participants', 20, 40],
    ['KAIR article: Cohorts of 8 meet for 6 weeks.', 'participants', 8, 8],
    ['KAIR article: Groups of four to eight.', 'participants', 4, 8],
    ['~1:3 to 1:4 facilitator-to-participant ratio', 'participants_per_facilitator', 3, 4],
  ])('%j takes %s %i-%i', (rule, unit, min, max) => {
    expect(practicalRuleOf(rule, unit, min, max)).toEqual([]);
  });
  it('"Cohort size 20-40; process groups of 6-9" is no group of 6-40', () => {
    expect(practicalRuleOf('KAIR article: Cohort size 20-40; process groups of 6-9.', 'participants', 6, 40)).toEqual([
      'practical_rules.4.value_max',
    ]);
  });
  it('"2 1/2 hours" is 150 minutes', () => {
    expect(phaseLengthOf('dosing-experience', 150, 150, 'The dosing session lasts 2 1/2 hours.')).toEqual([]);
  });
});
