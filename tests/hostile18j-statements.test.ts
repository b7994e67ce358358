/**
 * Hostile 18j (the statement and session-phase write rules): a participants-per-facilitator ratio, or the staff count,
 * was taken as a group size (H18j-5, H18j-9) and number words were no figures (H18j-6); a phase length was taken from
 * any time figure (H18j-7) and truthful lengths were refused (H18j-8); "limited", "modest", "still early" qualified
 * seating and fees (H18j-13), and evidence hedges were refused (H18j-12).
 */
import { describe, expect, it } from 'vitest';
import { phaseLengthOf, practicalRuleOf as rule, scopedOf as scoped } from './seeded-writes.js';

const BOTH = ['practical_rules.4.value_min', 'practical_rules.4.value_max'];

describe('a ratio is participants per facilitator, never a group size (H18j-5, H18j-9)', () => {
  it.each([
    ['4 participants per facilitator', 4, 4],
    ['3-4 participants per facilitator', 3, 4],
    ['6 participants per therapist', 6, 6],
    ['4 people per facilitator', 4, 4],
    ['4 participants to each facilitator', 4, 4],
    ['4 participants for every facilitator', 4, 4],
    ['1 facilitator: 4 participants.', 4, 4],
    ['1 facilitator:4 participants', 4, 4],
    ['1 facilitator/4 participants', 4, 4],
    ['1 facilitator / 4 participants', 4, 4],
    ['A ratio of one facilitator to every 4 participants', 4, 4],
    ['Groups of 8 with 2 facilitators (4 participants per facilitator).', 4, 4],
  ])('%j is %i-%i per facilitator, not a group', (text, min, max) => {
    expect(rule(text, 'participants', min, max)).toEqual(BOTH);
    expect(rule(text, 'participants_per_facilitator', min, max)).toEqual([]);
  });
  it.each([
    ['Each group has 2 facilitators and 8 participants.', 2],
    ['Groups of 8 with 2 facilitators (4 participants per facilitator).', 2],
  ])('%j: the staff count %i is no participants', (text, n) => {
    expect(rule(text, 'participants', n, n)).toEqual(BOTH);
    expect(rule(text, 'participants_per_facilitator', n, n)).toEqual(BOTH);
  });
  it('"Each group has 2 facilitators and 8 participants." is a group of 8', () => {
    expect(rule('Each group has 2 facilitators and 8 participants.', 'participants', 8, 8)).toEqual([]);
  });
  it.each([
    ['A 1:4 facilitator-to-participant ratio.', 4, 4],
    ['1:4 facilitator ratio', 4, 4],
  ])('%j stays a ratio', (text, min, max) => {
    expect(rule(text, 'participants_per_facilitator', min, max)).toEqual([]);
  });
});

describe('number words are figures of ratios and groups (H18j-6)', () => {
  it.each([
    'One facilitator per four participants.',
    'one facilitator to four participants',
    'One facilitator to four.',
    'one facilitator for every four participants',
    'four participants per facilitator',
  ])('%j is 4 per facilitator', (text) => {
    expect(rule(text, 'participants_per_facilitator', 4, 4)).toEqual([]);
    expect(rule(text, 'participants', 4, 4)).toEqual(BOTH);
  });
  it('"Small groups of four to eight participants." is a group of 4-8, no ratio', () => {
    expect(rule('Small groups of four to eight participants.', 'participants', 4, 8)).toEqual([]);
    expect(rule('Small groups of four to eight participants.', 'participants_per_facilitator', 4, 8)).toEqual(BOTH);
  });
});
