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
